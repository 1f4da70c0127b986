//! Calls: binding arguments to parameters (with CPython's error messages), pushing frames for
//! script functions, running natives, creating coroutines, and `await`.

use super::limits::tick;
use super::{Fiber, Halt, Interp, NativeKind, Step, StepInput};
use crate::bytecode::CodeKind;
use crate::object::dict::Dict;
use crate::object::exception::{RResult, Raise, err, type_error};
use crate::object::frame::{Frame, FrameKind, Then};
use crate::object::function::Function;
use crate::object::future::FutStatus;
use crate::object::ops;
use crate::object::types::{ExcKind, TypeKind};
use crate::object::value::{CoroState, Coroutine, Value};
use std::cell::RefCell;
use std::rc::Rc;

/// What the dispatch loop does after a call-like instruction.
pub enum Flow {
    /// The frame stack may have changed: re-read the top frame.
    Continue,
    /// Boxed: halts are rare, and a small `Flow` keeps every call's return cheap.
    Halt(Box<Halt>),
}

impl Interp {
    /// Calls the callable below the top `argc` values of the current frame's stack. With
    /// `kwnames`, the last `kwnames.len()` of those values are keyword arguments.
    pub(super) fn call(
        &mut self,
        fiber: &mut Fiber,
        argc: usize,
        kwnames: Option<&Rc<Vec<Value>>>,
    ) -> RResult<Flow> {
        let base = fiber.stack.len() - argc - 1;
        // Natives called positionally read their arguments straight off the stack.
        if kwnames.is_none()
            && let Value::Native(n) = &fiber.stack[base]
            && n.bound.is_none()
            && let NativeKind::Pure(f) = self.natives[n.id as usize].kind
        {
            let id = n.id;
            let args = &fiber.stack[base + 1..];
            self.check_receiver(id, args)?;
            match f(self, args, &[]) {
                Ok(v) => {
                    fiber.stack.truncate(base);
                    fiber.stack.push(v);
                    return Ok(Flow::Continue);
                }
                Err(r) if r.needs_script() => {
                    let args = fiber.stack.split_off(base + 1);
                    fiber.stack.truncate(base);
                    return self.native_fallback(fiber, id, args, Vec::new(), r);
                }
                Err(r) => return Err(r),
            }
        }
        if kwnames.is_none()
            && let Value::Native(n) = &fiber.stack[base]
            && n.bound.is_none()
            && let NativeKind::Stepped(f) = self.natives[n.id as usize].kind
        {
            let id = n.id;
            let args = &fiber.stack[base + 1..];
            self.check_receiver(id, args)?;
            match f(self, StepInput::Start(args, &[])) {
                Ok(step) => {
                    fiber.stack.truncate(base);
                    return self.drive_step(fiber, id, step, None);
                }
                Err(r) if r.needs_script() => {
                    let args = fiber.stack.split_off(base + 1);
                    fiber.stack.truncate(base);
                    return self.native_fallback(fiber, id, args, Vec::new(), r);
                }
                Err(r) => return Err(r),
            }
        }
        let mut args = fiber.stack.split_off(base + 1);
        let callable = fiber.stack.pop().expect("callable");
        let kwargs = match kwnames {
            None => Vec::new(),
            Some(names) => {
                let values = args.split_off(args.len() - names.len());
                names
                    .iter()
                    .zip(values)
                    .map(|(n, v)| match n {
                        Value::Str(s) => (Rc::from(s.as_str()), v),
                        _ => (Rc::from(""), v),
                    })
                    .collect()
            }
        };
        self.call_value(fiber, callable, args, kwargs)
    }

    /// `f(*args, **kwargs)`.
    pub(super) fn call_ex(&mut self, fiber: &mut Fiber, has_kwargs: bool) -> RResult<Flow> {
        let kwargs = if has_kwargs { fiber.stack.pop() } else { None };
        if let Value::Generator(_) | Value::Instance(_) = fiber.stack.last().expect("args")
            && let Some(f) = self.prelude_fn("_call_star")
        {
            // `f(*it)` over script-level iteration: the prelude collects `it` and calls `f`.
            let args = fiber.stack.pop().expect("args");
            let callable = fiber.stack.pop().expect("callable");
            let kwargs = kwargs.unwrap_or_else(|| Value::dict(Dict::new()));
            return self.call_value(fiber, f, vec![callable, args, kwargs], Vec::new());
        }
        let args = fiber.stack.pop().expect("args tuple");
        let callable = fiber.stack.pop().expect("callable");
        let args = match args {
            Value::Tuple(t) => (*t).clone(),
            other if crate::object::iter::iter_of(&other).is_err() => {
                return type_error(format!(
                    "{}() argument after * must be an iterable, not {}",
                    function_str(&callable),
                    other.type_name()
                ));
            }
            other => crate::object::iter::collect(&other)?,
        };
        let mut kw = Vec::new();
        if let Some(Value::Dict(d)) = kwargs {
            for (k, v) in d.borrow().map.iter() {
                match &k.value {
                    Value::Str(s) => {
                        if kw
                            .iter()
                            .any(|(n, _): &(Rc<str>, Value)| &**n == s.as_str())
                        {
                            return type_error(format!(
                                "{}() got multiple values for keyword argument '{}'",
                                callable_name(&callable),
                                s.as_str()
                            ));
                        }
                        kw.push((Rc::from(s.as_str()), v.clone()))
                    }
                    _ => return type_error("keywords must be strings"),
                }
            }
        }
        self.call_value(fiber, callable, args, kw)
    }

    /// The general call path, with owned arguments.
    pub(super) fn call_value(
        &mut self,
        fiber: &mut Fiber,
        callable: Value,
        mut args: Vec<Value>,
        kwargs: Vec<(Rc<str>, Value)>,
    ) -> RResult<Flow> {
        match &callable {
            Value::Function(f) => {
                let locals = bind_args(f, args, kwargs)?;
                self.enter(fiber, f, locals)
            }
            Value::Native(n) => {
                if let Some(recv) = &n.bound {
                    args.insert(0, recv.clone());
                }
                self.check_receiver(n.id, &args)?;
                match self.natives[n.id as usize].kind {
                    NativeKind::Pure(f) => match f(self, &args, &kwargs) {
                        Ok(v) => {
                            push(fiber, v);
                            Ok(Flow::Continue)
                        }
                        Err(r) if r.needs_script() => {
                            if n.bound.is_some() {
                                args.remove(0);
                            }
                            self.native_fallback_bound(fiber, n, args, kwargs, r)
                        }
                        Err(r) => Err(r),
                    },
                    NativeKind::Host(id) => {
                        Ok(Flow::Halt(Box::new(Halt::HostCall { id, args, kwargs })))
                    }
                    NativeKind::Stepped(f) => match f(self, StepInput::Start(&args, &kwargs)) {
                        Ok(step) => self.drive_step(fiber, n.id, step, None),
                        Err(r) if r.needs_script() => {
                            if n.bound.is_some() {
                                args.remove(0);
                            }
                            self.native_fallback_bound(fiber, n, args, kwargs, r)
                        }
                        Err(r) => Err(r),
                    },
                    NativeKind::Frame(f) => f(self, fiber, args, kwargs),
                }
            }
            Value::Instance(_) => match super::protocol::special(&callable, "__call__") {
                Some(f) => {
                    args.insert(0, callable.clone());
                    self.call_value(fiber, f, args, kwargs)
                }
                None => type_error(format!("'{}' object is not callable", callable.type_name())),
            },
            Value::Method(m) => {
                args.insert(0, m.receiver.clone());
                self.call_value(fiber, m.func.clone(), args, kwargs)
            }
            Value::Type(t) if t.dict.is_some() => {
                let t = t.clone();
                self.instantiate(fiber, &t, args, kwargs)
            }
            Value::Type(t) => match t.kind {
                TypeKind::Class => unreachable!("user classes have a namespace"),
                TypeKind::Exception(_) => {
                    if !kwargs.is_empty() {
                        return type_error(format!("{}() takes no keyword arguments", t.name));
                    }
                    let mut t = t.clone();
                    if let (TypeKind::Exception(Some(ExcKind::OSError)), Some(Value::Int(n))) =
                        (&t.kind, args.first())
                        && args.len() >= 2
                        && let Some(k) = crate::object::exception::os_error_subclass(*n)
                    {
                        t = self.exc_type(k);
                    }
                    let e = crate::object::exception::ExceptionObj::new(t, args);
                    push(fiber, Value::Exception(Rc::new(e)));
                    Ok(Flow::Continue)
                }
                TypeKind::Builtin(bt) => match self.type_ctors.get(&(bt as u8)).copied() {
                    Some(id) => {
                        let native = self.natives[id as usize].value.clone();
                        self.call_value(fiber, native, args, kwargs)
                    }
                    None => type_error(format!("cannot create '{}' instances", t.name)),
                },
            },
            other => type_error(format!("'{}' object is not callable", other.type_name())),
        }
    }

    /// Runs `f` with its parameters bound: pushes its frame, or, for `async def`, wraps the
    /// frame in a coroutine object.
    fn enter(
        &mut self,
        fiber: &mut Fiber,
        f: &Rc<Function>,
        mut locals: Vec<Value>,
    ) -> RResult<Flow> {
        let code = &f.code.code;
        let mut cells = Vec::with_capacity(code.cellvars.len() + code.freevars.len());
        for _ in &code.cellvars {
            cells.push(Rc::new(RefCell::new(Value::Unbound)));
        }
        for &(local, cell) in &code.cell_params {
            let v = std::mem::take(&mut locals[local as usize]);
            *cells[cell as usize].borrow_mut() = v;
        }
        cells.extend(f.closure.iter().cloned());
        let base = fiber.stack.len();
        let mut frame = self.new_frame(
            f.code.clone(),
            f.globals.clone(),
            FrameKind::Call,
            base,
            base,
        );
        frame.cells = cells.into_boxed_slice();
        if matches!(
            code.kind,
            CodeKind::Coroutine | CodeKind::Generator | CodeKind::AsyncGenerator
        ) {
            let origin = if self.coro_origin_depth > 0 && code.kind == CodeKind::Coroutine {
                self.coroutine_origin(fiber)
            } else {
                None
            };
            let coro = Rc::new(RefCell::new(Coroutine {
                state: CoroState::Created,
                closing: false,
                finalize: false,
                close_on_drop: code.kind == CodeKind::Generator,
                frame: Some(Box::new((frame, locals))),
                qualname: code.qualname.clone(),
                origin,
            }));
            fiber.stack.push(match code.kind {
                CodeKind::Coroutine => Value::Coroutine(coro),
                CodeKind::Generator => Value::Generator(coro),
                _ => Value::AsyncGen(coro),
            });
            return Ok(Flow::Continue);
        }
        if fiber.frames.len() >= self.recursion_limit {
            return err(ExcKind::RecursionError, "maximum recursion depth exceeded");
        }
        tick!(self);
        fiber.stack.extend(locals);
        fiber.frames.push(frame);
        Ok(Flow::Continue)
    }

    /// Carries out a stepped native's steps until it returns or a callback needs a frame (the
    /// frame's return resumes the native; see `FrameKind::Then`).
    pub(super) fn drive_step(
        &mut self,
        fiber: &mut Fiber,
        mut native: u32,
        mut step: Step,
        mut outer: Option<Box<Then>>,
    ) -> RResult<Flow> {
        loop {
            match step {
                Step::Return(v) => match outer {
                    // A stepped native called this one: hand it the result.
                    Some(o) => {
                        let o = *o;
                        step = self.resume_native(o.native, o.state, v)?;
                        native = o.native;
                        outer = o.outer;
                    }
                    // The native's result finishes the instruction that started it.
                    None => return self.complete_op(fiber, v),
                },
                Step::Call { .. } | Step::CallKw { .. } => {
                    let (func, args, kwargs, state) = match step {
                        Step::Call { func, args, state } => (func, args, Vec::new(), state),
                        Step::CallKw {
                            func,
                            args,
                            kwargs,
                            state,
                        } => (func, args, kwargs, state),
                        Step::Return(_) => unreachable!(),
                    };
                    if let Value::Native(n) = &func
                        && n.bound.is_none()
                        && let NativeKind::Stepped(f) = self.natives[n.id as usize].kind
                    {
                        // A stepped native calling another: nest the continuations.
                        match f(self, StepInput::Start(&args, &kwargs)) {
                            Ok(s) => {
                                outer = Some(Box::new(Then {
                                    native,
                                    state,
                                    outer,
                                }));
                                native = n.id;
                                step = s;
                                continue;
                            }
                            Err(r) if !r.needs_script() => return Err(r),
                            Err(_) => {}
                        }
                    }
                    let depth = fiber.frames.len();
                    if let Flow::Halt(_) = self.call_value(fiber, func, args, kwargs)? {
                        return err(
                            ExcKind::RuntimeError,
                            "a function called by a built-in cannot suspend the task",
                        );
                    }
                    if fiber.frames.len() > depth {
                        // The callback runs as a frame; its result resumes this native. If a
                        // nested stepped native already waits on that frame, we wait after it.
                        let link = Box::new(Then {
                            native,
                            state,
                            outer,
                        });
                        let frame = fiber.frames.last_mut().expect("pushed frame");
                        let extra = frame.extra();
                        match &mut extra.then {
                            Some(inner) => inner.append(link),
                            None => extra.then = Some(link),
                        }
                        return Ok(Flow::Continue);
                    }
                    let result = fiber.stack.pop().expect("callback result");
                    step = self.resume_native(native, state, result)?;
                }
            }
        }
    }

    /// Resumes a stepped native with a callback's result.
    pub(super) fn resume_native(
        &mut self,
        native: u32,
        state: Value,
        result: Value,
    ) -> RResult<Step> {
        match self.natives[native as usize].kind {
            NativeKind::Stepped(f) => f(self, StepInput::Resume { state, result }),
            _ => unreachable!("only stepped natives have continuations"),
        }
    }

    /// Takes the frame and locals out of a not-yet-started coroutine, marking it running.
    pub fn start_coroutine(&mut self, coro: &Value) -> RResult<(Frame, Vec<Value>)> {
        let Value::Coroutine(c) = coro else {
            return type_error(format!(
                "a coroutine was expected, got {}",
                crate::object::repr::repr(coro)
            ));
        };
        let mut cb = c.borrow_mut();
        match cb.state {
            CoroState::Created => {
                cb.state = CoroState::Running;
                let (mut frame, locals) = *cb.frame.take().expect("created coroutine has a frame");
                frame.kind = FrameKind::Coroutine(c.clone());
                Ok((frame, locals))
            }
            CoroState::Running | CoroState::Suspended => {
                err(ExcKind::RuntimeError, "coroutine is being awaited already")
            }
            CoroState::Closed => err(
                ExcKind::RuntimeError,
                "cannot reuse already awaited coroutine",
            ),
        }
    }

    /// `await x` with `x` on top of the stack.
    pub(super) fn await_value(&mut self, fiber: &mut Fiber) -> RResult<Flow> {
        let v = fiber.stack.pop().expect("awaitable");
        match &v {
            Value::Coroutine(_) => {
                if fiber.frames.len() >= self.recursion_limit {
                    return err(ExcKind::RecursionError, "maximum recursion depth exceeded");
                }
                let started = self.start_coroutine(&v)?;
                super::push_started(fiber, started);
                Ok(Flow::Continue)
            }
            Value::Future(f) => {
                let st = f.state.borrow();
                match st.status {
                    FutStatus::Pending => {
                        drop(st);
                        Ok(Flow::Halt(Box::new(Halt::Await(v))))
                    }
                    FutStatus::Done => match &st.exception {
                        Some(e) => {
                            let e = e.clone();
                            drop(st);
                            f.state.borrow_mut().log_traceback = false;
                            Err(Raise::value(e))
                        }
                        None => {
                            let r = st.result.clone();
                            drop(st);
                            push(fiber, r);
                            Ok(Flow::Continue)
                        }
                    },
                    FutStatus::Cancelled => {
                        drop(st);
                        Err(Raise::value(self.future_cancelled_error(f)))
                    }
                }
            }
            Value::YieldNow => Ok(Flow::Halt(Box::new(Halt::Yield))),
            Value::AGenOp(op) => self.await_agen_op(fiber, op),
            // An awaitable object: its `__await__()` result is awaited in turn (`complete_op`
            // re-runs `Await` on it).
            Value::Instance(_) => match super::protocol::special(&v, "__await__") {
                Some(f) => self.call_for_op(fiber, f, vec![v.clone()]),
                None => type_error(format!(
                    "object {} can't be used in 'await' expression",
                    v.type_name()
                )),
            },
            // A generator from `__await__`: the prelude's `_await_iter` drives it as a task
            // would (bare `yield`s go to the event loop), as a coroutine awaited here.
            Value::Generator(_) => {
                let Some(f) = self.prelude_fn("_await_iter") else {
                    return type_error("cannot await a generator");
                };
                self.call_value(fiber, f, vec![v.clone()], Vec::new())?;
                self.await_value(fiber)
            }
            other => type_error(format!(
                "object {} can't be used in 'await' expression",
                other.type_name()
            )),
        }
    }

    /// `Future._make_cancelled_error()`: a task's own `CancelledError` the first time (it is
    /// handed over once), then a new one carrying the cancel message.
    pub fn future_cancelled_error(&self, fut: &crate::object::future::FutureObj) -> Value {
        let mut st = fut.state.borrow_mut();
        if let Some(e) = st.cancelled_exc.take() {
            return e;
        }
        self.cancelled_error(st.cancel_message.clone())
    }

    /// A `CancelledError`, with the cancel message as its argument if there is one.
    pub fn cancelled_error(&self, msg: Option<Value>) -> Value {
        self.new_exception(ExcKind::CancelledError, msg.into_iter().collect())
    }

    pub(super) fn make_function(
        &mut self,
        stack: &mut Vec<Value>,
        globals: &crate::object::value::DictRef,
        code: &Value,
        defaults: bool,
        kwdefaults: bool,
        closure: bool,
    ) -> Value {
        let closure = if closure {
            match stack.pop() {
                Some(Value::Tuple(t)) => t
                    .iter()
                    .filter_map(|c| match c {
                        Value::Cell(c) => Some(c.clone()),
                        _ => None,
                    })
                    .collect(),
                _ => Vec::new(),
            }
        } else {
            Vec::new()
        };
        let kwdefaults = if kwdefaults {
            match stack.pop() {
                Some(Value::Dict(d)) => d
                    .borrow()
                    .map
                    .iter()
                    .filter_map(|(k, v)| match &k.value {
                        Value::Str(s) => Some((Rc::from(s.as_str()), v.clone())),
                        _ => None,
                    })
                    .collect(),
                _ => Vec::new(),
            }
        } else {
            Vec::new()
        };
        let defaults = if defaults {
            match stack.pop() {
                Some(Value::Tuple(t)) => (*t).clone(),
                _ => Vec::new(),
            }
        } else {
            Vec::new()
        };
        let Value::Code(code) = code else {
            unreachable!("MakeFunction needs a code constant")
        };
        Value::Function(Rc::new(Function {
            code: code.clone(),
            globals: globals.clone(),
            defaults,
            kwdefaults,
            closure,
            attrs: Default::default(),
        }))
    }
}

fn push(fiber: &mut Fiber, v: Value) {
    fiber.stack.push(v);
}

/// `DictMerge`: adds the `**` mapping `other` to a call's keyword dict `map`.
pub(super) fn merge_kwargs(func: &Value, map: &Value, other: &Value) -> RResult<()> {
    let Value::Dict(map) = map else {
        unreachable!("a keyword dict")
    };
    let Value::Dict(other) = other else {
        return type_error(format!(
            "{}() argument after ** must be a mapping, not {}",
            function_str(func),
            other.type_name()
        ));
    };
    let items: Vec<_> = other
        .borrow()
        .map
        .iter()
        .map(|(k, v)| (k.clone(), v.clone()))
        .collect();
    let mut m = map.borrow_mut();
    for (k, v) in items {
        let Value::Str(s) = &k.value else {
            return type_error("keywords must be strings");
        };
        if m.get(&k).is_some() {
            return type_error(format!(
                "{}() got multiple values for keyword argument '{}'",
                function_str(func),
                s.as_str()
            ));
        }
        m.insert(k, v);
    }
    Ok(())
}

/// CPython's `_PyObject_FunctionStr`: `module.qualname` for script functions outside
/// `builtins`, the bare name for built-ins.
fn function_str(v: &Value) -> String {
    let func = match v {
        Value::Method(m) => &m.func,
        v => v,
    };
    match func {
        Value::Function(f) => {
            let module = f
                .globals
                .borrow()
                .get_str(&crate::object::str::Str::new("__name__"))
                .map(crate::object::repr::str);
            match module {
                Some(m) if m != "builtins" => format!("{m}.{}", f.code.code.qualname),
                _ => f.code.code.qualname.to_string(),
            }
        }
        other => callable_name(other),
    }
}

fn callable_name(v: &Value) -> String {
    match v {
        Value::Function(f) => f.code.code.qualname.to_string(),
        Value::Native(n) => n.name.to_string(),
        Value::Type(t) => t.name.to_string(),
        other => other.type_name(),
    }
}

fn quote_list(names: &[Rc<str>]) -> String {
    let q: Vec<String> = names.iter().map(|n| format!("'{n}'")).collect();
    match q.len() {
        0 => String::new(),
        1 => q[0].clone(),
        2 => format!("{} and {}", q[0], q[1]),
        n => format!("{}, and {}", q[..n - 1].join(", "), q[n - 1]),
    }
}

/// Binds call arguments to a function's parameter slots, as CPython's `_PyEval_MakeFrame`
/// does, with the same error messages.
pub fn bind_args(
    f: &Function,
    args: Vec<Value>,
    kwargs: Vec<(Rc<str>, Value)>,
) -> RResult<Vec<Value>> {
    let code = &f.code.code;
    let name = &code.qualname;
    let nargs = code.argcount as usize;
    let nkwonly = code.kwonlyargcount as usize;
    let mut locals = vec![Value::Unbound; code.nlocals()];
    let npos = args.len();
    if npos > nargs && !code.varargs {
        let ndef = f.defaults.len();
        let given_kw = kwargs
            .iter()
            .filter(|(k, _)| code.varnames[nargs..nargs + nkwonly].iter().any(|n| n == k))
            .count();
        let takes = if ndef > 0 {
            format!("from {} to {} positional arguments", nargs - ndef, nargs)
        } else {
            format!(
                "{nargs} positional argument{}",
                if nargs == 1 { "" } else { "s" }
            )
        };
        let given = if given_kw > 0 {
            format!(
                "{npos} positional argument{} (and {given_kw} keyword-only argument{}) were given",
                if npos == 1 { "" } else { "s" },
                if given_kw == 1 { "" } else { "s" }
            )
        } else {
            format!(
                "{npos} {}",
                if npos == 1 { "was given" } else { "were given" }
            )
        };
        return type_error(format!("{name}() takes {takes} but {given}"));
    }
    let mut args = args.into_iter();
    for slot in locals.iter_mut().take(nargs.min(npos)) {
        *slot = args.next().expect("counted");
    }
    let mut slot = nargs + nkwonly;
    if code.varargs {
        locals[slot] = Value::tuple(args.collect());
        slot += 1;
    }
    let mut extra = Dict::new();
    let mut posonly_as_kw: Vec<Rc<str>> = Vec::new();
    for (k, v) in kwargs {
        let idx = code.varnames[..nargs + nkwonly]
            .iter()
            .position(|n| *n == k);
        match idx {
            Some(i) if i >= code.posonlyargcount as usize => {
                if !matches!(locals[i], Value::Unbound) {
                    return type_error(format!("{name}() got multiple values for argument '{k}'"));
                }
                locals[i] = v;
            }
            _ if code.varkeywords => {
                let key = ops::make_key(Value::str(&k))?;
                if extra.get(&key).is_some() {
                    return type_error(format!(
                        "{name}() got multiple values for keyword argument '{k}'"
                    ));
                }
                extra.insert(key, v);
            }
            Some(_) => posonly_as_kw.push(k),
            None => {
                return type_error(format!("{name}() got an unexpected keyword argument '{k}'"));
            }
        }
    }
    if !posonly_as_kw.is_empty() {
        return type_error(format!(
            "{name}() got some positional-only arguments passed as keyword arguments: '{}'",
            posonly_as_kw
                .iter()
                .map(|s| s.to_string())
                .collect::<Vec<_>>()
                .join(", ")
        ));
    }
    if code.varkeywords {
        locals[slot] = Value::dict(extra);
    }
    let first_default = nargs - f.defaults.len().min(nargs);
    let mut missing: Vec<Rc<str>> = Vec::new();
    for (i, slot) in locals.iter_mut().enumerate().take(nargs) {
        if matches!(slot, Value::Unbound) {
            if i >= first_default {
                *slot = f.defaults[i - first_default].clone();
            } else {
                missing.push(code.varnames[i].clone());
            }
        }
    }
    if !missing.is_empty() {
        return type_error(format!(
            "{name}() missing {} required positional argument{}: {}",
            missing.len(),
            if missing.len() == 1 { "" } else { "s" },
            quote_list(&missing)
        ));
    }
    for (slot, pname) in locals[nargs..nargs + nkwonly]
        .iter_mut()
        .zip(&code.varnames[nargs..nargs + nkwonly])
    {
        if matches!(slot, Value::Unbound) {
            match f.kwdefaults.iter().find(|(n, _)| n == pname) {
                Some((_, v)) => *slot = v.clone(),
                None => missing.push(pname.clone()),
            }
        }
    }
    if !missing.is_empty() {
        return type_error(format!(
            "{name}() missing {} required keyword-only argument{}: {}",
            missing.len(),
            if missing.len() == 1 { "" } else { "s" },
            quote_list(&missing)
        ));
    }
    Ok(locals)
}
