//! The data model for objects of user classes: operators, truth, `len`, subscripts,
//! iteration and calls that run special methods (`__add__`, `__bool__`, `__getitem__`, ...).
//!
//! An instruction that meets such an object does not call the method recursively: it starts
//! one of the stepped natives below (or pushes the method's frame with `call_for_op`), and the
//! result comes back to the instruction through `complete_op` (see `generator.rs`).

use super::call::Flow;
use super::{Fiber, Interp, NativeKind, Step, StepInput};
use crate::object::exception::{RResult, Raise, RaiseKind, err, type_error};
use crate::object::frame::FrameKind;
use crate::object::str::Str;
use crate::object::types::ExcKind;
use crate::object::value::Value;
use crate::syntax::ast::{BinOp, CmpOp};
use std::rc::Rc;

/// Ids of the protocol natives, registered when the interpreter is made.
#[derive(Default, Clone)]
pub struct ProtocolNatives {
    pub truth: u32,
    pub binary: u32,
    pub compare: u32,
    pub contains: u32,
    pub len: u32,
    pub retry: u32,
    pub attr_result: u32,
    pub none_result: u32,
    /// `getattr`, `hasattr`, `setattr`.
    pub attr_builtins: [u32; 3],
    /// `exec`, `eval` and `eval`'s continuation.
    pub eval_builtins: [u32; 3],
    pub eval_result: u32,
    /// Runs a parent's `__init_subclass__` once a class statement has made its class.
    pub init_subclass: u32,
    /// `object`'s own methods (see `object_method`).
    pub object_methods: Vec<(&'static str, u32)>,
}

/// The class attribute `name` of an object of a user class (unbound), if it has one.
pub(super) fn special(v: &Value, name: &str) -> Option<Value> {
    match v {
        Value::Instance(i) => match i.class.lookup(&Str::new(name))? {
            // A method of a class defined in Rust: the native itself (receiver first).
            Value::Wrapped(w) => match &*w {
                crate::object::value::Wrapped::NativeMethod(f) => Some(f.clone()),
                _ => Some(Value::Wrapped(w)),
            },
            f => Some(f),
        },
        _ => None,
    }
}

fn same_class(a: &Value, b: &Value) -> bool {
    match (a, b) {
        (Value::Instance(x), Value::Instance(y)) => Rc::ptr_eq(&x.class, &y.class),
        _ => false,
    }
}

/// Is `b`'s class a proper subclass of `a`'s? (Its reflected method is then tried first.)
fn is_proper_subclass(b: &Value, a: &Value) -> bool {
    match (a, b) {
        (Value::Instance(x), Value::Instance(y)) => {
            !Rc::ptr_eq(&x.class, &y.class) && y.class.is_subclass(&x.class)
        }
        _ => false,
    }
}

/// One method call to try for an operator: `func(*args)`, negated for `!=` through `__eq__`.
fn attempt(func: Value, args: Vec<Value>, negate: bool) -> Value {
    Value::tuple(vec![func, Value::tuple(args), Value::Bool(negate)])
}

/// The state of an operator in progress: the attempts left, then what to do when all of them
/// decline (an error message, or for `==`/`!=` the identity result).
fn next_attempt(attempts: &[Value], fallback: Value) -> RResult<Step> {
    let Some((first, rest)) = attempts.split_first() else {
        return match fallback {
            Value::Str(msg) => type_error(msg.as_str().to_string()),
            v => Ok(Step::Return(v)),
        };
    };
    let Value::Tuple(t) = first else {
        unreachable!("attempt tuple")
    };
    let Value::Tuple(args) = &t[1] else {
        unreachable!("attempt args")
    };
    Ok(Step::Call {
        func: t[0].clone(),
        args: (**args).clone(),
        state: Value::tuple(vec![Value::tuple(rest.to_vec()), fallback, t[2].clone()]),
    })
}

/// Resuming an operator: a result other than `NotImplemented` is the answer.
fn resume_attempts(state: Value, result: Value) -> RResult<Step> {
    let Value::Tuple(s) = state else {
        unreachable!("operator state")
    };
    if !matches!(result, Value::NotImplemented) {
        return Ok(Step::Return(match (&s[2], result) {
            (Value::Bool(true), Value::Bool(b)) => Value::Bool(!b),
            (Value::Bool(true), r) => Value::Bool(!crate::object::ops::truthy(&r)),
            (_, r) => r,
        }));
    }
    let Value::Tuple(rest) = &s[0] else {
        unreachable!("attempts")
    };
    next_attempt(rest, s[1].clone())
}

fn binary_step(interp: &mut Interp, input: StepInput) -> RResult<Step> {
    match input {
        StepInput::Start(args, _) => {
            let (a, b) = (&args[0], &args[1]);
            let Value::Int(code) = args[2] else {
                unreachable!("operator code")
            };
            let op = BinOp::ALL[(code & 0x3f) as usize];
            let inplace = code & 0x40 != 0;
            // `str % values` is str's own operator (never the right operand's `__rmod__`);
            // values with user `__str__` are formatted by the prelude's script version.
            if let (BinOp::Mod, Value::Str(_)) = (op, a)
                && let Some(f) = interp.prelude_fn("_str_mod")
            {
                return Ok(Step::Call {
                    func: f,
                    args: vec![a.clone(), b.clone()],
                    state: Value::tuple(vec![
                        Value::tuple(vec![]),
                        Value::None,
                        Value::Bool(false),
                    ]),
                });
            }
            // A sequence repeated by an object with `__index__` (and no `__mul__`/`__rmul__`).
            if op == BinOp::Mult
                && let Some((seq, n)) = match (a, b) {
                    (Value::Instance(_), s) if special(a, "__mul__").is_none() => Some((s, a)),
                    (s, Value::Instance(_)) if special(b, "__rmul__").is_none() => Some((s, b)),
                    _ => None,
                }
                && matches!(
                    seq,
                    Value::List(_) | Value::Tuple(_) | Value::Str(_) | Value::Bytes(_)
                )
                && crate::object::ops::has_index_method(n)
                && let Some(f) = interp.prelude_fn("_seq_repeat")
            {
                return Ok(Step::Call {
                    func: f,
                    args: vec![seq.clone(), n.clone()],
                    state: Value::tuple(vec![
                        Value::tuple(vec![]),
                        Value::None,
                        Value::Bool(false),
                    ]),
                });
            }
            // Sets whose members need script `__hash__`/`__eq__`.
            if let (Value::Set(_) | Value::FrozenSet(_), Value::Set(_) | Value::FrozenSet(_)) =
                (a, b)
                && let Some(f) = interp.prelude_fn("_set_binop")
            {
                return Ok(Step::Call {
                    func: f,
                    args: vec![
                        a.clone(),
                        b.clone(),
                        Value::str(op.dunder_stem()),
                        Value::Bool(inplace),
                    ],
                    state: Value::tuple(vec![
                        Value::tuple(vec![]),
                        Value::None,
                        Value::Bool(false),
                    ]),
                });
            }
            let stem = op.dunder_stem();
            let mut attempts = Vec::new();
            if inplace && let Some(f) = special(a, &format!("__i{stem}__")) {
                attempts.push(attempt(f, vec![a.clone(), b.clone()], false));
            }
            let forward = special(a, &format!("__{stem}__"))
                .map(|f| attempt(f, vec![a.clone(), b.clone()], false));
            let reflected = if same_class(a, b) {
                None
            } else {
                special(b, &format!("__r{stem}__"))
                    .map(|f| attempt(f, vec![b.clone(), a.clone()], false))
            };
            if is_proper_subclass(b, a) {
                attempts.extend(reflected);
                attempts.extend(forward);
            } else {
                attempts.extend(forward);
                attempts.extend(reflected);
            }
            let sym = if op == BinOp::Pow && !inplace {
                "** or pow()".to_string()
            } else if inplace {
                format!("{}=", op.symbol())
            } else {
                op.symbol().to_string()
            };
            let seq = |v: &Value| {
                matches!(
                    v,
                    Value::List(_) | Value::Tuple(_) | Value::Str(_) | Value::Bytes(_)
                )
            };
            let msg = match (a, b) {
                (s, Value::Instance(_)) | (Value::Instance(_), s)
                    if op == BinOp::Mult && seq(s) =>
                {
                    let other = if seq(a) { b } else { a };
                    format!(
                        "can't multiply sequence by non-int of type '{}'",
                        other.type_name()
                    )
                }
                _ => format!(
                    "unsupported operand type(s) for {sym}: '{}' and '{}'",
                    a.type_name(),
                    b.type_name()
                ),
            };
            next_attempt(&attempts, Value::string(msg))
        }
        StepInput::Resume { state, result } => resume_attempts(state, result),
        StepInput::Throw { exc, .. } => Err(Raise::value(exc)),
    }
}

fn compare_step(interp: &mut Interp, input: StepInput) -> RResult<Step> {
    match input {
        StepInput::Start(args, _) => {
            let (a, b) = (&args[0], &args[1]);
            let Value::Int(code) = args[2] else {
                unreachable!("operator code")
            };
            let op = CmpOp::ALL[code as usize];
            // Sequences holding objects of user classes compare item by item in script code.
            if matches!(
                (a, b),
                (Value::List(_), Value::List(_)) | (Value::Tuple(_), Value::Tuple(_))
            ) && let Some(f) = interp.prelude_fn("_seq_compare")
            {
                return Ok(Step::Call {
                    func: f,
                    args: vec![Value::Int(code), a.clone(), b.clone()],
                    state: Value::tuple(vec![
                        Value::tuple(vec![]),
                        Value::None,
                        Value::Bool(false),
                    ]),
                });
            }
            // Sets and dicts holding objects whose `__eq__` is script code.
            if let (Value::Set(_) | Value::FrozenSet(_), Value::Set(_) | Value::FrozenSet(_))
            | (Value::Dict(_), Value::Dict(_)) = (a, b)
                && let Some(f) = interp.prelude_fn("_keyed_compare")
            {
                return Ok(Step::Call {
                    func: f,
                    args: vec![Value::str(op.symbol()), a.clone(), b.clone()],
                    state: Value::tuple(vec![
                        Value::tuple(vec![]),
                        Value::None,
                        Value::Bool(false),
                    ]),
                });
            }
            let (name, reflected_name) = match op {
                CmpOp::Eq => ("__eq__", "__eq__"),
                CmpOp::NotEq => ("__ne__", "__ne__"),
                CmpOp::Lt => ("__lt__", "__gt__"),
                CmpOp::LtE => ("__le__", "__ge__"),
                CmpOp::Gt => ("__gt__", "__lt__"),
                _ => ("__ge__", "__le__"),
            };
            // `!=` without `__ne__` is the negation of `__eq__` (object.__ne__).
            let method = |v: &Value| match special(v, name) {
                Some(f) => Some((f, false)),
                None if op == CmpOp::NotEq => special(v, "__eq__").map(|f| (f, true)),
                None => None,
            };
            let reflected_method = |v: &Value| match special(v, reflected_name) {
                Some(f) => Some((f, false)),
                None if op == CmpOp::NotEq => special(v, "__eq__").map(|f| (f, true)),
                None => None,
            };
            let forward = method(a).map(|(f, neg)| attempt(f, vec![a.clone(), b.clone()], neg));
            // Unlike arithmetic, comparisons try the reflected method even for the same class.
            let reflected =
                reflected_method(b).map(|(f, neg)| attempt(f, vec![b.clone(), a.clone()], neg));
            let mut attempts = Vec::new();
            if is_proper_subclass(b, a) {
                attempts.extend(reflected);
                attempts.extend(forward);
            } else {
                attempts.extend(forward);
                attempts.extend(reflected);
            }
            let fallback = match op {
                CmpOp::Eq => Value::Bool(a.is(b)),
                CmpOp::NotEq => Value::Bool(!a.is(b)),
                _ => Value::string(format!(
                    "'{}' not supported between instances of '{}' and '{}'",
                    op.symbol(),
                    a.type_name(),
                    b.type_name()
                )),
            };
            next_attempt(&attempts, fallback)
        }
        StepInput::Resume { state, result } => resume_attempts(state, result),
        StepInput::Throw { exc, .. } => Err(Raise::value(exc)),
    }
}

/// Truth of an object with `__bool__` or `__len__` (checked as CPython checks them).
fn truth_step(_: &mut Interp, input: StepInput) -> RResult<Step> {
    match input {
        StepInput::Start(args, _) => {
            let v = &args[0];
            if let Some(f) = special(v, "__bool__") {
                return Ok(Step::Call {
                    func: f,
                    args: vec![v.clone()],
                    state: Value::Int(0),
                });
            }
            if let Some(f) = special(v, "__len__") {
                return Ok(Step::Call {
                    func: f,
                    args: vec![v.clone()],
                    state: Value::Int(1),
                });
            }
            Ok(Step::Return(Value::Bool(crate::object::ops::truthy(v))))
        }
        StepInput::Resume { state, result } => match (state, result) {
            (Value::Int(0), Value::Bool(b)) => Ok(Step::Return(Value::Bool(b))),
            (Value::Int(0), r) => type_error(format!(
                "__bool__ should return bool, returned {}",
                r.type_name()
            )),
            (_, r) => Ok(Step::Return(Value::Bool(checked_len(&r)? != 0))),
        },
        StepInput::Throw { exc, .. } => Err(Raise::value(exc)),
    }
}

/// The result of a `__len__` method, checked.
fn checked_len(r: &Value) -> RResult<i64> {
    let n = match r {
        Value::Int(n) => *n,
        Value::Bool(b) => *b as i64,
        Value::BigInt(_) => {
            return err(
                ExcKind::OverflowError,
                "cannot fit 'int' into an index-sized integer",
            );
        }
        other => {
            return type_error(format!(
                "'{}' object cannot be interpreted as an integer",
                other.type_name()
            ));
        }
    };
    if n < 0 {
        return err(ExcKind::ValueError, "__len__() should return >= 0");
    }
    Ok(n)
}

/// `len(x)`.
fn len_step(_: &mut Interp, input: StepInput) -> RResult<Step> {
    match input {
        StepInput::Start(args, kw) => {
            if !kw.is_empty() {
                return type_error("len() takes no keyword arguments");
            }
            if args.len() != 1 {
                return type_error(format!(
                    "len() takes exactly one argument ({} given)",
                    args.len()
                ));
            }
            let v = &args[0];
            if let Value::Instance(_) = v {
                return match special(v, "__len__") {
                    Some(f) => Ok(Step::Call {
                        func: f,
                        args: vec![v.clone()],
                        state: Value::None,
                    }),
                    None => type_error(format!("object of type '{}' has no len()", v.type_name())),
                };
            }
            Ok(Step::Return(Value::Int(crate::object::ops::len(v)? as i64)))
        }
        StepInput::Resume { result, .. } => Ok(Step::Return(Value::Int(checked_len(&result)?))),
        StepInput::Throw { exc, .. } => Err(Raise::value(exc)),
    }
}

/// `x in obj` for an object with `__contains__`.
fn contains_step(interp: &mut Interp, input: StepInput) -> RResult<Step> {
    match input {
        StepInput::Start(args, _) => {
            let (item, container) = (&args[0], &args[1]);
            if let Some(f) = special(container, "__contains__") {
                return Ok(Step::Call {
                    func: f,
                    args: vec![container.clone(), item.clone()],
                    state: args[2].clone(),
                });
            }
            // A dict or set whose keys need script `__hash__`/`__eq__` (`in`).
            if let Value::Dict(_) | Value::Set(_) | Value::FrozenSet(_) | Value::DictView(_) =
                container
                && let Some(f) = interp.prelude_fn("_contains_keyed")
            {
                return Ok(Step::Call {
                    func: f,
                    args: vec![container.clone(), item.clone()],
                    state: args[2].clone(),
                });
            }
            let iterable = !matches!(container, Value::Instance(_))
                || special(container, "__iter__").is_some()
                || special(container, "__getitem__").is_some();
            match interp.prelude_fn("_contains") {
                Some(f) if iterable => Ok(Step::Call {
                    func: f,
                    args: vec![container.clone(), item.clone()],
                    state: args[2].clone(),
                }),
                _ => type_error(format!(
                    "argument of type '{}' is not iterable",
                    container.type_name()
                )),
            }
        }
        StepInput::Resume { state, result } => {
            let found = crate::object::ops::truthy(&result);
            Ok(Step::Return(Value::Bool(
                found != matches!(state, Value::Bool(true)),
            )))
        }
        StepInput::Throw { exc, .. } => Err(Raise::value(exc)),
    }
}

/// Calls a native again once an argument it could not iterate has been collected into a list
/// by script code (see `RaiseKind::Iterate`). Started with
/// `[native, args, kwargs, pending, collect]`; `kwargs` is a tuple of `(name, value)` pairs.
fn retry_step(_: &mut Interp, input: StepInput) -> RResult<Step> {
    match input {
        StepInput::Start(a, _) => Ok(Step::Call {
            func: a[4].clone(),
            args: vec![a[3].clone()],
            state: Value::tuple(a[..4].to_vec()),
        }),
        StepInput::Resume { state, result } => {
            let Value::Tuple(s) = &state else {
                return Ok(Step::Return(result));
            };
            let (Value::Tuple(args), Value::Tuple(kwargs)) = (&s[1], &s[2]) else {
                unreachable!("retry arguments")
            };
            let pending = &s[3];
            let swap = |v: &Value| {
                if v.is(pending) {
                    result.clone()
                } else {
                    v.clone()
                }
            };
            let args = args.iter().map(swap).collect();
            let kwargs = kwargs
                .iter()
                .filter_map(|kv| match kv {
                    Value::Tuple(p) => match &p[0] {
                        Value::Str(k) => Some((Rc::from(k.as_str()), swap(&p[1]))),
                        _ => None,
                    },
                    _ => None,
                })
                .collect();
            Ok(Step::CallKw {
                func: s[0].clone(),
                args,
                kwargs,
                state: Value::None,
            })
        }
        StepInput::Throw { exc, .. } => Err(Raise::value(exc)),
    }
}

impl Interp {
    pub(super) fn register_protocol_natives(&mut self) {
        self.protocol = ProtocolNatives {
            truth: self.register_native("__bool__", NativeKind::Stepped(truth_step)),
            binary: self.register_native("__binary__", NativeKind::Stepped(binary_step)),
            compare: self.register_native("__compare__", NativeKind::Stepped(compare_step)),
            contains: self.register_native("__contains__", NativeKind::Stepped(contains_step)),
            len: self.register_native("len", NativeKind::Stepped(len_step)),
            retry: self.register_native("__retry__", NativeKind::Stepped(retry_step)),
            init_subclass: self.register_native(
                "__init_subclass__",
                NativeKind::Stepped(super::class::init_subclass_step),
            ),
            ..Default::default()
        };
    }

    /// A function of `stdlib/_prelude.py`.
    pub fn prelude_fn(&self, name: &str) -> Option<Value> {
        self.prelude
            .as_ref()?
            .borrow()
            .get_str(&Str::new(name))
            .cloned()
    }

    /// A native asked for script code (`Raise::needs_script`): run its script-level version,
    /// or collect the argument it could not iterate and call it again.
    pub(super) fn native_fallback(
        &mut self,
        fiber: &mut Fiber,
        id: u32,
        args: Vec<Value>,
        kwargs: Vec<(Rc<str>, Value)>,
        r: Raise,
    ) -> RResult<Flow> {
        let entry = &self.natives[id as usize];
        // A method's script version is `_<type>_<name>`, taking the receiver first.
        let name = match entry.receiver {
            Some((_, type_name)) => format!("_{type_name}_{}", entry.name),
            None => entry.name.to_string(),
        };
        // Built-ins whose names the prelude must not shadow (`dict`) use `_<name>`.
        if let Some(f) = self
            .prelude_fn(&name)
            .or_else(|| self.prelude_fn(&format!("_{name}")))
        {
            return self.call_value(fiber, f, args, kwargs);
        }
        let native = self.natives[id as usize].value.clone();
        self.start_retry(fiber, native, args, kwargs, r)
    }

    /// Collects the argument a native could not iterate (`r` is its `RaiseKind::Iterate`),
    /// then calls `native` again with the list in its place (see `retry_step`).
    fn start_retry(
        &mut self,
        fiber: &mut Fiber,
        native: Value,
        args: Vec<Value>,
        kwargs: Vec<(Rc<str>, Value)>,
        r: Raise,
    ) -> RResult<Flow> {
        let (RaiseKind::Iterate(pending), Some(collect)) = (*r.0, self.prelude_fn("_collect"))
        else {
            return Err(Raise::delegate());
        };
        let kw = kwargs
            .into_iter()
            .map(|(k, v)| Value::tuple(vec![Value::str(&k), v]))
            .collect();
        let start = [
            native,
            Value::tuple(args),
            Value::tuple(kw),
            pending,
            collect,
        ];
        self.start_protocol(fiber, self.protocol.retry, &start)
    }

    /// Collects `v` into a list by script code, for the current instruction (which then runs
    /// again on the list: see `complete_op`).
    pub(super) fn collect_for_op(&mut self, fiber: &mut Fiber, v: Value) -> RResult<Flow> {
        match self.prelude_fn("_collect") {
            Some(f) => self.call_for_op(fiber, f, vec![v]),
            None => Err(Raise::iterate(v)),
        }
    }

    /// The method that decides the truth of `v`, if its class has one.
    pub(super) fn truth_method(&self, v: &Value) -> Option<Value> {
        special(v, "__bool__").or_else(|| special(v, "__len__"))
    }

    /// Starts a protocol native on `args`; its result completes the current instruction.
    fn start_protocol(&mut self, fiber: &mut Fiber, id: u32, args: &[Value]) -> RResult<Flow> {
        let NativeKind::Stepped(f) = self.natives[id as usize].kind else {
            unreachable!("protocol natives are stepped")
        };
        let step = f(self, StepInput::Start(args, &[]))?;
        self.drive_step(fiber, id, step, None)
    }

    /// Truth of `v` through `__bool__`/`__len__`, for the current instruction.
    pub(super) fn start_truth(&mut self, fiber: &mut Fiber, v: Value) -> RResult<Flow> {
        self.start_protocol(fiber, self.protocol.truth, &[v])
    }

    /// A binary operator with an object of a user class as an operand.
    pub(super) fn start_binary(
        &mut self,
        fiber: &mut Fiber,
        op: BinOp,
        inplace: bool,
        a: Value,
        b: Value,
    ) -> RResult<Flow> {
        let code = op as i64 | if inplace { 0x40 } else { 0 };
        self.start_protocol(fiber, self.protocol.binary, &[a, b, Value::Int(code)])
    }

    /// A comparison with an object of a user class as an operand.
    pub(super) fn start_compare(
        &mut self,
        fiber: &mut Fiber,
        op: CmpOp,
        a: Value,
        b: Value,
    ) -> RResult<Flow> {
        match op {
            CmpOp::In | CmpOp::NotIn => self.start_protocol(
                fiber,
                self.protocol.contains,
                &[a, b, Value::Bool(op == CmpOp::NotIn)],
            ),
            _ => self.start_protocol(fiber, self.protocol.compare, &[a, b, Value::Int(op as i64)]),
        }
    }

    /// Calls `func(*args)` for the current instruction: a script function runs as a frame
    /// whose result goes through `complete_op`.
    pub(super) fn call_for_op(
        &mut self,
        fiber: &mut Fiber,
        func: Value,
        args: Vec<Value>,
    ) -> RResult<Flow> {
        let depth = fiber.frames.len();
        let height = fiber.stack.len();
        if let Value::Native(n) = &func
            && let NativeKind::Stepped(f) = self.natives[n.id as usize].kind
        {
            let id = n.id;
            let mut args = args;
            if let Some(recv) = &n.bound {
                args.insert(0, recv.clone());
            }
            let step = f(self, StepInput::Start(&args, &[]))?;
            return self.drive_step(fiber, id, step, None);
        }
        if let Flow::Halt(_) = self.call_value(fiber, func, args, Vec::new())? {
            return err(
                ExcKind::RuntimeError,
                "a special method cannot suspend the task",
            );
        }
        if fiber.frames.len() > depth {
            let frame = fiber.frames.last_mut().expect("pushed frame");
            if let FrameKind::Call = frame.kind {
                frame.kind = FrameKind::OpCall;
            }
            return Ok(Flow::Continue);
        }
        if fiber.stack.len() > height {
            let v = fiber.stack.pop().expect("call result");
            return self.complete_op(fiber, v);
        }
        Ok(Flow::Continue)
    }

    /// `next()` on an object of a user class: its `__next__`, for the current instruction.
    pub(super) fn call_next_method(&mut self, fiber: &mut Fiber, it: &Value) -> RResult<Flow> {
        match special(it, "__next__") {
            // A native `__next__` (a file's lines): its `StopIteration` ends the loop here, as
            // a script method's does when its frame unwinds (see `unwind`).
            Some(Value::Native(n)) if n.bound.is_none() => {
                let NativeKind::Pure(f) = self.natives[n.id as usize].kind else {
                    return self.call_for_op(fiber, Value::Native(n), vec![it.clone()]);
                };
                match f(self, std::slice::from_ref(it), &[]) {
                    Ok(v) => self.complete_op(fiber, v),
                    Err(r) => {
                        let exc = self.materialize(r);
                        if !super::generator::is_exc(&exc, ExcKind::StopIteration) {
                            return Err(Raise::value(exc));
                        }
                        let value = super::unwind::stop_iteration_value(&exc);
                        if super::generator::end_of_iteration(fiber, &value) {
                            Ok(Flow::Continue)
                        } else {
                            Err(Raise::value(exc))
                        }
                    }
                }
            }
            Some(f) => self.call_for_op(fiber, f, vec![it.clone()]),
            None => type_error(format!("'{}' object is not an iterator", it.type_name())),
        }
    }

    /// `iter()` on an object of a user class: its `__iter__`, for the current instruction.
    pub(super) fn call_iter_method(&mut self, fiber: &mut Fiber, v: &Value) -> RResult<Flow> {
        match special(v, "__iter__") {
            Some(f) => self.call_for_op(fiber, f, vec![v.clone()]),
            None => type_error(format!("'{}' object is not iterable", v.type_name())),
        }
    }

    /// `obj[key]`, `obj[key] = v`, `del obj[key]` on an object of a user class.
    pub(super) fn call_item_method(
        &mut self,
        fiber: &mut Fiber,
        name: &str,
        args: Vec<Value>,
    ) -> RResult<Flow> {
        match special(&args[0], name) {
            Some(f) => self.call_for_op(fiber, f, args),
            None => {
                let t = args[0].type_name();
                type_error(match name {
                    "__getitem__" => format!("'{t}' object is not subscriptable"),
                    "__setitem__" => format!("'{t}' object does not support item assignment"),
                    _ => format!("'{t}' object doesn't support item deletion"),
                })
            }
        }
    }

    /// A unary operator on an object of a user class.
    pub(super) fn call_unary_method(
        &mut self,
        fiber: &mut Fiber,
        name: &str,
        symbol: &str,
        v: Value,
    ) -> RResult<Flow> {
        match special(&v, name) {
            Some(f) => self.call_for_op(fiber, f, vec![v]),
            None => type_error(format!(
                "bad operand type for unary {symbol}: '{}'",
                v.type_name()
            )),
        }
    }
}

impl Interp {
    /// `native_fallback` for a possibly bound native (a method such as `list.extend`): the
    /// retry calls the bound native again, so the receiver is not repeated.
    pub(super) fn native_fallback_bound(
        &mut self,
        fiber: &mut Fiber,
        n: &Rc<crate::object::function::NativeFunc>,
        args: Vec<Value>,
        kwargs: Vec<(Rc<str>, Value)>,
        r: Raise,
    ) -> RResult<Flow> {
        if n.bound.is_none() {
            return self.native_fallback(fiber, n.id, args, kwargs, r);
        }
        // A method's script version is `_<type>_<name>` with the receiver first.
        if let Some((_, type_name)) = self.natives[n.id as usize].receiver
            && let Some(f) = self.prelude_fn(&format!("_{type_name}_{}", n.name))
            && let Some(recv) = &n.bound
        {
            let mut all = vec![recv.clone()];
            all.extend(args);
            return self.call_value(fiber, f, all, kwargs);
        }
        self.start_retry(fiber, Value::Native(n.clone()), args, kwargs, r)
    }
}

/// `property(fget=None, fset=None, fdel=None, doc=None)`.
fn property_new(_: &mut Interp, args: &[Value], kw: &[(Rc<str>, Value)]) -> RResult<Value> {
    const NAMES: [&str; 4] = ["fget", "fset", "fdel", "doc"];
    if args.len() > 4 {
        return type_error(format!(
            "property() takes at most 4 arguments ({} given)",
            args.len()
        ));
    }
    let mut slots = [Value::None, Value::None, Value::None, Value::None];
    for (slot, v) in slots.iter_mut().zip(args) {
        *slot = v.clone();
    }
    for (k, v) in kw {
        match NAMES.iter().position(|n| **n == **k) {
            Some(i) if i < args.len() => {
                return type_error(format!(
                    "argument for property() given by name ('{k}') and position ({})",
                    i + 1
                ));
            }
            Some(i) => slots[i] = v.clone(),
            None => {
                return type_error(format!(
                    "property() got an unexpected keyword argument '{k}'"
                ));
            }
        }
    }
    let [fget, fset, fdel, _] = slots;
    Ok(property(fget, fset, fdel))
}

fn property(fget: Value, fset: Value, fdel: Value) -> Value {
    Value::Wrapped(Rc::new(crate::object::value::Wrapped::Property(
        fget, fset, fdel,
    )))
}

/// The (getter, setter, deleter) of a property value.
pub(super) fn property_parts(v: &Value) -> Option<(&Value, &Value, &Value)> {
    match v {
        Value::Wrapped(w) => match &**w {
            crate::object::value::Wrapped::Property(g, s, d) => Some((g, s, d)),
            _ => None,
        },
        _ => None,
    }
}

/// `prop.getter(f)`, `prop.setter(f)`, `prop.deleter(f)`: a copy with one function replaced.
fn property_with(which: usize) -> super::NativeFn {
    fn make(which: usize, args: &[Value]) -> RResult<Value> {
        let (Some((g, s, d)), Some(f)) = (args.first().and_then(property_parts), args.get(1))
        else {
            return type_error("property method expects a property and a function");
        };
        let mut parts = [g.clone(), s.clone(), d.clone()];
        parts[which] = f.clone();
        let [g, s, d] = parts;
        Ok(property(g, s, d))
    }
    match which {
        0 => |_, a, _| make(0, a),
        1 => |_, a, _| make(1, a),
        _ => |_, a, _| make(2, a),
    }
}

impl Interp {
    pub(super) fn register_property(&mut self) -> u32 {
        use super::attr::tag::PROPERTY;
        for (i, name) in ["getter", "setter", "deleter"].into_iter().enumerate() {
            self.register_method(PROPERTY, name, property_with(i));
        }
        self.register_native("property", NativeKind::Pure(property_new))
    }

    /// `obj.name` found a property in `obj`'s class: run its getter for this instruction.
    pub(super) fn property_get(
        &mut self,
        fiber: &mut Fiber,
        prop: &Value,
        obj: Value,
        name: &Str,
    ) -> RResult<Flow> {
        let (fget, _, _) = property_parts(prop).expect("a property");
        if fget.is_none() {
            return err(
                ExcKind::AttributeError,
                format!(
                    "property '{}' of '{}' object has no getter",
                    name.as_str(),
                    obj.type_name()
                ),
            );
        }
        self.call_for_op(fiber, fget.clone(), vec![obj])
    }

    /// `obj.name = v` on an instance whose class has properties: the property's setter, to
    /// run for this instruction (`None`: store as usual).
    pub(super) fn property_setter(&self, obj: &Value, name: &Str) -> Option<RResult<Value>> {
        let Value::Instance(i) = obj else { return None };
        if !i.class.setters.get() {
            return None;
        }
        if let Some(f @ Value::Function(_)) = special(obj, "__setattr__") {
            // A script `__setattr__` takes every store; the name goes in as a partial
            // argument (see `setter_args`).
            return Some(Ok(Value::tuple(vec![f, Value::str(name.as_str())])));
        }
        let attr = i.class.lookup(name)?;
        let (_, fset, _) = property_parts(&attr)?;
        if fset.is_none() {
            return Some(err(
                ExcKind::AttributeError,
                format!(
                    "property '{}' of '{}' object has no setter",
                    name.as_str(),
                    obj.type_name()
                ),
            ));
        }
        Some(Ok(fset.clone()))
    }

    /// `del obj.name` on a property: its deleter (or the error when it has none).
    pub(super) fn property_deleter(&self, obj: &Value, name: &Str) -> Option<RResult<Value>> {
        let Value::Instance(i) = obj else { return None };
        if !i.class.setters.get() {
            return None;
        }
        let attr = i.class.lookup(name)?;
        let (_, _, fdel) = property_parts(&attr)?;
        if fdel.is_none() {
            return Some(err(
                ExcKind::AttributeError,
                format!(
                    "property '{}' of '{}' object has no deleter",
                    name.as_str(),
                    obj.type_name()
                ),
            ));
        }
        Some(Ok(fdel.clone()))
    }

    /// The call for a setter found by `property_setter`: `fset(obj, v)`, or
    /// `__setattr__(obj, name, v)`.
    pub(super) fn setter_call(setter: Value, obj: Value, v: Value) -> (Value, Vec<Value>) {
        match setter {
            Value::Tuple(t) => (t[0].clone(), vec![obj, t[1].clone(), v]),
            f => (f, vec![obj, v]),
        }
    }

    /// `obj.name` failed with `e`: a `__getattr__` of `obj`'s class gets a chance.
    pub(super) fn attr_missing(
        &mut self,
        fiber: &mut Fiber,
        obj: Value,
        name: &Str,
        e: Raise,
    ) -> RResult<Flow> {
        if e.needs_script()
            && let Some(f) = self.prelude_fn("_getattribute")
        {
            // The class defines `__getattribute__`.
            return self.call_for_op(fiber, f, vec![obj, Value::str(name.as_str())]);
        }
        match special(&obj, "__getattr__") {
            Some(f) if is_attribute_error(&e) => {
                self.call_for_op(fiber, f, vec![obj, Value::str(name.as_str())])
            }
            _ => Err(e),
        }
    }
}

fn is_attribute_error(e: &Raise) -> bool {
    match &*e.0 {
        RaiseKind::New(k, _) | RaiseKind::Args(k, _) => *k == ExcKind::AttributeError,
        RaiseKind::Value(v) => super::generator::is_exc(v, ExcKind::AttributeError),
        _ => false,
    }
}

/// The attribute-name argument of `getattr`/`hasattr`/`setattr`.
fn attr_name_arg(v: &Value) -> RResult<Str> {
    match v {
        Value::Str(s) => Ok(Str::new(s.as_str())),
        other => type_error(format!(
            "attribute name must be string, not '{}'",
            other.type_name()
        )),
    }
}

/// Continuation of `getattr(obj, name, default)` and `hasattr` when a getter or
/// `__getattr__` runs: state `[default]` for getattr, `[]` for hasattr.
fn attr_result_step(_: &mut Interp, input: StepInput) -> RResult<Step> {
    let hasattr = |state: &Value| matches!(state, Value::Tuple(t) if t.is_empty());
    match input {
        StepInput::Start(..) => unreachable!("only used as a continuation"),
        StepInput::Resume { state, result } => Ok(Step::Return(if hasattr(&state) {
            Value::Bool(true)
        } else {
            result
        })),
        StepInput::Throw { state, exc } => {
            if !super::generator::is_exc(&exc, ExcKind::AttributeError) {
                return Err(Raise::value(exc));
            }
            match &state {
                Value::Tuple(t) if t.is_empty() => Ok(Step::Return(Value::Bool(false))),
                Value::Tuple(t) => Ok(Step::Return(t[0].clone())),
                _ => Err(Raise::value(exc)),
            }
        }
    }
}

/// `getattr(obj, name[, default])` (`hasattr` when `has` is set): properties and
/// `__getattr__` run as frames.
fn attr_lookup(
    interp: &mut Interp,
    fiber: &mut Fiber,
    args: Vec<Value>,
    has: bool,
) -> RResult<Flow> {
    let name = attr_name_arg(&args[1])?;
    let obj = args[0].clone();
    let default = if has { None } else { args.get(2).cloned() };
    let catch = has || default.is_some();
    let custom = match &obj {
        Value::Instance(i) if i.class.getattribute.get() => interp.prelude_fn("_getattribute"),
        _ => None,
    };
    let looked_up = match custom {
        Some(_) => Err(Raise::delegate()),
        None => interp.load_attr(&obj, &name),
    };
    let (func, call_args) = match looked_up {
        Err(e) if e.needs_script() && custom.is_some() => (
            custom.clone().expect("checked"),
            vec![obj, Value::str(name.as_str())],
        ),
        Ok(v) => match property_parts(&v) {
            Some((fget, _, _)) if matches!(obj, Value::Instance(_)) && !fget.is_none() => {
                (fget.clone(), vec![obj])
            }
            _ => {
                fiber.stack.push(if has { Value::Bool(true) } else { v });
                return Ok(Flow::Continue);
            }
        },
        Err(e) if is_attribute_error(&e) => match special(&obj, "__getattr__") {
            Some(f) => (f, vec![obj, Value::str(name.as_str())]),
            None if has => {
                fiber.stack.push(Value::Bool(false));
                return Ok(Flow::Continue);
            }
            None => match default {
                Some(d) => {
                    fiber.stack.push(d);
                    return Ok(Flow::Continue);
                }
                None => return Err(e),
            },
        },
        Err(e) => return Err(e),
    };
    let depth = fiber.frames.len();
    interp.call_value(fiber, func, call_args, Vec::new())?;
    if catch && fiber.frames.len() > depth {
        let state = Value::tuple(default.into_iter().collect());
        let then = Box::new(crate::object::frame::Then {
            native: interp.protocol.attr_result,
            state,
            outer: None,
        });
        fiber.frames.last_mut().expect("pushed").extra().then = Some(then);
    } else if has && fiber.frames.len() == depth {
        fiber.stack.pop();
        fiber.stack.push(Value::Bool(true));
    }
    Ok(Flow::Continue)
}

fn getattr_native(
    interp: &mut Interp,
    fiber: &mut Fiber,
    args: Vec<Value>,
    kw: Vec<(Rc<str>, Value)>,
) -> RResult<Flow> {
    if !kw.is_empty() {
        return type_error("getattr() takes no keyword arguments");
    }
    if args.len() < 2 || args.len() > 3 {
        return type_error(format!(
            "getattr expected at least 2 arguments, got {}",
            args.len()
        ));
    }
    attr_lookup(interp, fiber, args, false)
}

fn hasattr_native(
    interp: &mut Interp,
    fiber: &mut Fiber,
    args: Vec<Value>,
    kw: Vec<(Rc<str>, Value)>,
) -> RResult<Flow> {
    if !kw.is_empty() {
        return type_error("hasattr() takes no keyword arguments");
    }
    if args.len() != 2 {
        return type_error(format!("hasattr expected 2 arguments, got {}", args.len()));
    }
    attr_lookup(interp, fiber, args, true)
}

fn setattr_native(
    interp: &mut Interp,
    fiber: &mut Fiber,
    args: Vec<Value>,
    kw: Vec<(Rc<str>, Value)>,
) -> RResult<Flow> {
    if !kw.is_empty() {
        return type_error("setattr() takes no keyword arguments");
    }
    if args.len() != 3 {
        return type_error(format!("setattr expected 3 arguments, got {}", args.len()));
    }
    let name = attr_name_arg(&args[1])?;
    if let Some(setter) = interp.property_setter(&args[0], &name) {
        let depth = fiber.frames.len();
        let (f, call_args) = Interp::setter_call(setter?, args[0].clone(), args[2].clone());
        interp.call_value(fiber, f, call_args, Vec::new())?;
        if fiber.frames.len() > depth {
            // The setter's result is not setattr's: setattr returns None.
            fiber.frames.last_mut().expect("pushed").extra().then =
                Some(Box::new(crate::object::frame::Then {
                    native: interp.protocol.none_result,
                    state: Value::None,
                    outer: None,
                }));
        }
        return Ok(Flow::Continue);
    }
    interp.store_attr(&args[0], &name, args[2].clone())?;
    fiber.stack.push(Value::None);
    Ok(Flow::Continue)
}

/// Continuation that replaces a callback's result with `None`.
fn none_result_step(_: &mut Interp, input: StepInput) -> RResult<Step> {
    match input {
        StepInput::Throw { exc, .. } => Err(Raise::value(exc)),
        _ => Ok(Step::Return(Value::None)),
    }
}

impl Interp {
    pub(super) fn register_attr_natives(&mut self) -> [u32; 3] {
        self.protocol.attr_result =
            self.register_native("getattr", NativeKind::Stepped(attr_result_step));
        self.protocol.none_result =
            self.register_native("setattr", NativeKind::Stepped(none_result_step));
        [
            self.register_native("getattr", NativeKind::Frame(getattr_native)),
            self.register_native("hasattr", NativeKind::Frame(hasattr_native)),
            self.register_native("setattr", NativeKind::Frame(setattr_native)),
        ]
    }
}

/// `object.__init__(self)`.
fn object_init(_: &mut Interp, a: &[Value], _: &[(Rc<str>, Value)]) -> RResult<Value> {
    if a.len() > 1 {
        return type_error(
            "object.__init__() takes exactly one argument (the instance to initialize)",
        );
    }
    Ok(Value::None)
}

/// `object.__setattr__(self, name, value)`: a plain store in the instance's namespace.
fn object_setattr(i: &mut Interp, a: &[Value], _: &[(Rc<str>, Value)]) -> RResult<Value> {
    if a.len() != 3 {
        return type_error(format!("expected 3 arguments, got {}", a.len()));
    }
    let name = attr_name_arg(&a[1])?;
    match &a[0] {
        Value::Instance(inst) => inst.dict.borrow_mut().set_str(name.as_str(), a[2].clone()),
        obj => i.store_attr(obj, &name, a[2].clone())?,
    }
    Ok(Value::None)
}

/// `object.__init_subclass__`: does nothing, and takes no keyword arguments.
fn object_init_subclass(_: &mut Interp, a: &[Value], kw: &[(Rc<str>, Value)]) -> RResult<Value> {
    if !kw.is_empty() {
        let name = match a.first() {
            Some(Value::Type(t)) => t.name.to_string(),
            _ => "object".to_string(),
        };
        return type_error(format!(
            "{name}.__init_subclass__() takes no keyword arguments"
        ));
    }
    Ok(Value::None)
}

fn object_delattr(i: &mut Interp, a: &[Value], _: &[(Rc<str>, Value)]) -> RResult<Value> {
    if a.len() != 2 {
        return type_error(format!("expected 2 arguments, got {}", a.len()));
    }
    let name = attr_name_arg(&a[1])?;
    i.delete_attr(&a[0], &name)?;
    Ok(Value::None)
}

/// `object.__getattribute__(obj, name)`: the plain lookup (instance dict, then class), with
/// no `__getattr__` fallback and no properties run.
fn object_getattribute(i: &mut Interp, a: &[Value], _: &[(Rc<str>, Value)]) -> RResult<Value> {
    if a.len() != 2 {
        return type_error(format!("expected 2 arguments, got {}", a.len()));
    }
    let name = attr_name_arg(&a[1])?;
    i.load_attr(&a[0], &name)
}

fn object_repr(_: &mut Interp, a: &[Value], _: &[(Rc<str>, Value)]) -> RResult<Value> {
    match a.first() {
        Some(v) => Ok(Value::string(crate::object::repr::repr(v))),
        None => type_error("descriptor '__repr__' of 'object' object needs an argument"),
    }
}

fn object_eq(_: &mut Interp, a: &[Value], _: &[(Rc<str>, Value)]) -> RResult<Value> {
    if a.len() != 2 {
        return type_error(format!(
            "expected 1 argument, got {}",
            a.len().saturating_sub(1)
        ));
    }
    Ok(if a[0].is(&a[1]) {
        Value::Bool(true)
    } else {
        Value::NotImplemented
    })
}

fn object_ne(_: &mut Interp, a: &[Value], _: &[(Rc<str>, Value)]) -> RResult<Value> {
    if a.len() != 2 {
        return type_error(format!(
            "expected 1 argument, got {}",
            a.len().saturating_sub(1)
        ));
    }
    Ok(if a[0].is(&a[1]) {
        Value::Bool(false)
    } else {
        Value::NotImplemented
    })
}

fn object_hash(_: &mut Interp, a: &[Value], _: &[(Rc<str>, Value)]) -> RResult<Value> {
    match a.first() {
        Some(v) => Ok(Value::Int((v.identity() >> 4) as i64)),
        None => type_error("descriptor '__hash__' of 'object' object needs an argument"),
    }
}

impl Interp {
    pub(super) fn register_object_methods(&mut self) {
        let table: [(&'static str, super::NativeFn); 10] = [
            ("__init_subclass__", object_init_subclass),
            ("__init__", object_init),
            ("__setattr__", object_setattr),
            ("__delattr__", object_delattr),
            ("__getattribute__", object_getattribute),
            ("__repr__", object_repr),
            ("__str__", object_repr),
            ("__eq__", object_eq),
            ("__ne__", object_ne),
            ("__hash__", object_hash),
        ];
        for (name, f) in table {
            let id = self.register_native(name, NativeKind::Pure(f));
            self.protocol.object_methods.push((name, id));
        }
    }

    /// A method of `object` itself (what `super()` and `object.x` reach last).
    pub fn object_method(&self, name: &str) -> Option<u32> {
        self.protocol
            .object_methods
            .iter()
            .find(|(n, _)| *n == name)
            .map(|(_, id)| *id)
    }
}

impl Interp {
    /// `cls[key]`: a class's `__class_getitem__`, or for built-in types a generic alias made by
    /// the prelude's `_generic_alias`.
    pub(super) fn class_getitem(
        &mut self,
        fiber: &mut Fiber,
        cls: Value,
        key: Value,
    ) -> RResult<Flow> {
        let Value::Type(t) = &cls else {
            unreachable!("a class")
        };
        if let Some(f) = t.lookup(&Str::new("__class_getitem__")) {
            let f = match f {
                Value::Wrapped(w) => match &*w {
                    crate::object::value::Wrapped::ClassMethod(f)
                    | crate::object::value::Wrapped::StaticMethod(f) => f.clone(),
                    _ => Value::Wrapped(w.clone()),
                },
                f => f,
            };
            return self.call_for_op(fiber, f, vec![cls, key]);
        }
        let generic = matches!(
            t.kind,
            crate::object::types::TypeKind::Builtin(
                crate::object::types::BuiltinType::List
                    | crate::object::types::BuiltinType::Dict
                    | crate::object::types::BuiltinType::Tuple
                    | crate::object::types::BuiltinType::Set
                    | crate::object::types::BuiltinType::FrozenSet
                    | crate::object::types::BuiltinType::Type
            )
        );
        match self.prelude_fn("_generic_alias") {
            Some(f) if generic => self.call_for_op(fiber, f, vec![cls, key]),
            _ => type_error(format!("type '{}' is not subscriptable", t.name)),
        }
    }
}
