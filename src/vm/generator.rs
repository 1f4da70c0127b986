//! Generators, and how results reach the instruction that asked for them.
//!
//! A generator is a suspended frame: resuming it (`next`, `send`, `throw`, a `for` loop,
//! `yield from`) pushes that frame onto the running fiber, and `yield` moves it back into the
//! generator object. Nothing recurses on the Rust stack, and this is the same frame-moving
//! machinery coroutines use.
//!
//! Script code run on behalf of an instruction (a generator resumed by `ForIter`, a
//! `__next__` or `__bool__` method, a property getter) hands its result to `complete_op`,
//! which finishes that instruction: the instruction is the one before the frame's `pc`.

use super::call::Flow;
use super::{Fiber, Interp, Resume};
use crate::bytecode::Op;
use crate::object::exception::{RResult, Raise, err, type_error};
use crate::object::frame::{FrameKind, Then};
use crate::object::ops::truthy;
use crate::object::types::ExcKind;
use crate::object::value::{CoroState, Coroutine, Value};
use std::cell::RefCell;
use std::rc::Rc;

pub(super) type GenRef = Rc<RefCell<Coroutine>>;

impl Interp {
    /// Pushes a generator's frame to run until its next `yield` or its end; its result then
    /// goes to the current instruction (`complete_op`) or to `then`.
    pub(super) fn resume_generator(
        &mut self,
        fiber: &mut Fiber,
        g: &GenRef,
        with: Resume,
        then: Option<Box<Then>>,
    ) -> RResult<Flow> {
        let mut gb = g.borrow_mut();
        match gb.state {
            CoroState::Running => return err(ExcKind::ValueError, "generator already executing"),
            CoroState::Closed => {
                drop(gb);
                return match with {
                    Resume::Throw(e) => self.deliver_exception(fiber, e, then),
                    Resume::Value(_) => self.generator_returned(fiber, Value::None, then),
                };
            }
            CoroState::Created => {
                if let Resume::Value(v) = &with
                    && !v.is_none()
                {
                    return type_error("can't send non-None value to a just-started generator");
                }
            }
            CoroState::Suspended => {}
        }
        if fiber.frames.len() >= self.recursion_limit {
            return err(ExcKind::RecursionError, "maximum recursion depth exceeded");
        }
        let started = gb.state == CoroState::Created;
        gb.state = CoroState::Running;
        let (mut frame, values) = *gb.frame.take().expect("a suspended generator has a frame");
        drop(gb);
        frame.kind = FrameKind::Generator(g.clone());
        if let Some(t) = then {
            frame.extra().then = Some(t);
        }
        super::push_started(fiber, (frame, values));
        match with {
            Resume::Value(v) => {
                if !started {
                    fiber.stack.push(v);
                }
                Ok(Flow::Continue)
            }
            Resume::Throw(e) => {
                // Delegating with `yield from` to a generator: the exception goes to it (its
                // result or exception then finishes the `YieldFrom`, as if it were running).
                let frame = fiber.frames.last_mut().expect("pushed");
                if !started
                    && let Some(Op::YieldFrom) = frame.code.code.ops.get(frame.pc as usize)
                    && let Some(Value::Generator(sub)) = fiber.stack.last()
                {
                    let sub = sub.clone();
                    frame.pc += 1;
                    return self.resume_generator(fiber, &sub, Resume::Throw(e), None);
                }
                // Raised at the `yield` where the generator stopped.
                Err(Raise::value(e))
            }
        }
    }

    /// `YieldValue`: moves the running generator frame (and its value stack) back into its
    /// generator and hands `v` to whoever resumed it.
    pub(super) fn yield_value(&mut self, fiber: &mut Fiber, v: Value) -> RResult<Flow> {
        if let Some(FrameKind::AsyncGen(_)) = fiber.frames.last().map(|f| &f.kind) {
            return self.async_gen_yield(fiber, v);
        }
        let mut frame = fiber.frames.pop().expect("yielding frame");
        let FrameKind::Generator(g) = std::mem::replace(&mut frame.kind, FrameKind::Call) else {
            return err(ExcKind::RuntimeError, "yield outside a generator frame");
        };
        let values = fiber.stack.split_off(frame.base as usize);
        let then = frame.extra.as_mut().and_then(|e| e.then.take());
        {
            let mut gb = g.borrow_mut();
            gb.state = CoroState::Suspended;
            gb.frame = Some(Box::new((frame, values)));
        }
        self.deliver(fiber, v, then)
    }

    /// A generator frame returned `v`: the generator is finished, and its resumer sees
    /// `StopIteration(v)` (a `for` loop just ends; `yield from` takes `v` as its value).
    pub(super) fn generator_returned(
        &mut self,
        fiber: &mut Fiber,
        v: Value,
        then: Option<Box<Then>>,
    ) -> RResult<Flow> {
        if then.is_none() && end_of_iteration(fiber, &v) {
            return Ok(Flow::Continue);
        }
        let exc = self.stop_iteration(v);
        self.deliver_exception(fiber, exc, then)
    }

    /// `StopIteration(v)` (no arguments for `None`, as CPython does).
    pub(super) fn stop_iteration(&self, v: Value) -> Value {
        let args = if v.is_none() { vec![] } else { vec![v] };
        self.new_exception(ExcKind::StopIteration, args)
    }

    /// Hands a result to a waiting native continuation, or to the current instruction.
    fn deliver(&mut self, fiber: &mut Fiber, v: Value, then: Option<Box<Then>>) -> RResult<Flow> {
        match then {
            Some(t) => {
                let Then {
                    native,
                    state,
                    outer,
                } = *t;
                let step = self.resume_native(native, state, v)?;
                self.drive_step(fiber, native, step, outer)
            }
            None => self.complete_op(fiber, v),
        }
    }

    /// Raises `exc` in the resumer: a waiting native continuation gets to handle it first.
    fn deliver_exception(
        &mut self,
        fiber: &mut Fiber,
        exc: Value,
        then: Option<Box<Then>>,
    ) -> RResult<Flow> {
        match then {
            Some(t) => self.throw_native(fiber, *t, exc),
            None => Err(Raise::value(exc)),
        }
    }

    /// Offers an exception raised by a callback to the stepped natives waiting on it,
    /// innermost first. `Ok` when one of them handled it.
    pub(super) fn throw_native(
        &mut self,
        fiber: &mut Fiber,
        then: Then,
        exc: Value,
    ) -> RResult<Flow> {
        let Then {
            native,
            state,
            outer,
        } = then;
        let super::NativeKind::Stepped(f) = self.natives[native as usize].kind else {
            unreachable!("only stepped natives have continuations")
        };
        match f(self, super::StepInput::Throw { state, exc }) {
            Ok(step) => self.drive_step(fiber, native, step, outer),
            Err(r) => match outer {
                Some(o) => {
                    let exc = self.materialize(r);
                    self.throw_native(fiber, *o, exc)
                }
                None => Err(r),
            },
        }
    }

    /// Finishes the current frame's instruction with `v`, the result of script code it ran
    /// (see the module comment). Most instructions push it; jumps test it; stores drop it.
    pub(super) fn complete_op(&mut self, fiber: &mut Fiber, v: Value) -> RResult<Flow> {
        let Some(frame) = fiber.frames.last_mut() else {
            return Ok(Flow::Halt(Box::new(super::Halt::Returned(v))));
        };
        let op = frame.code.code.ops[frame.pc as usize - 1];
        let stack = &mut fiber.stack;
        match op {
            Op::PopJumpIfFalse(t)
            | Op::PopJumpIfTrue(t)
            | Op::CompareJumpIfFalse { target: t, .. }
            | Op::CompareConstJumpIfFalse { target: t, .. }
            | Op::LocalCompareConstJumpIfFalse { target: t, .. } => {
                let Some(b) = self.plain_truth(&v) else {
                    return self.start_truth(fiber, v);
                };
                let jump_if = matches!(op, Op::PopJumpIfTrue(_));
                if b == jump_if {
                    frame.pc = t;
                }
            }
            Op::JumpIfFalseOrPop(t) | Op::JumpIfTrueOrPop(t) => {
                let Some(b) = self.plain_truth(&v) else {
                    return self.start_truth(fiber, v);
                };
                if b == matches!(op, Op::JumpIfTrueOrPop(_)) {
                    frame.pc = t;
                } else {
                    stack.pop();
                }
            }
            Op::UnaryNot => {
                let Some(b) = self.plain_truth(&v) else {
                    return self.start_truth(fiber, v);
                };
                stack.push(Value::Bool(!b));
            }
            Op::StoreAttr(_)
            | Op::LocalStoreAttr { .. }
            | Op::DeleteAttr(_)
            | Op::StoreSubscript
            | Op::DeleteSubscript
            | Op::MapAdd(_)
            | Op::SetAdd(_)
            | Op::DictUpdate => {}
            Op::LoadMethod(_) | Op::LocalLoadMethod { .. } => {
                stack.push(v);
                stack.push(Value::Unbound);
            }
            // The operand, collected into a list: run the instruction again on it.
            Op::UnpackSequence(_) | Op::UnpackEx { .. } | Op::ListExtend | Op::SetUpdate => {
                *stack.last_mut().expect("operand") = v;
                frame.pc -= 1;
            }
            // `__await__()` returned `v`: await that instead.
            Op::Await => {
                if !matches!(
                    v,
                    Value::Coroutine(_) | Value::Future(_) | Value::Generator(_) | Value::YieldNow
                ) {
                    return type_error(format!(
                        "__await__() returned non-iterator of type '{}'",
                        v.type_name()
                    ));
                }
                stack.push(v);
                frame.pc -= 1;
            }
            Op::YieldFrom => {
                // The sub-iterator yielded `v`: this generator yields it too, and re-runs
                // `YieldFrom` with whatever is sent next.
                frame.pc -= 1;
                return self.yield_value(fiber, v);
            }
            _ => stack.push(v),
        }
        Ok(Flow::Continue)
    }

    /// Truth of a value whose truth needs no script code (`None` for objects of classes with
    /// `__bool__` or `__len__`).
    pub(super) fn plain_truth(&self, v: &Value) -> Option<bool> {
        match v {
            Value::Bool(b) => Some(*b),
            Value::Instance(_) if self.truth_method(v).is_some() => None,
            v => Some(truthy(v)),
        }
    }

    /// `YieldFrom` with `[sub, sent]` on the stack.
    pub(super) fn yield_from(&mut self, fiber: &mut Fiber) -> RResult<Flow> {
        let sent = fiber.stack.pop().expect("sent value");
        let sub = fiber.stack.last().expect("sub-iterator").clone();
        match &sub {
            // `yield from` a coroutine or a future (inside an `__await__` generator): awaited
            // on this fiber, so the value of the `yield from` is its result.
            Value::Coroutine(_) | Value::Future(_) => self.await_value(fiber),
            Value::Generator(g) => self.resume_generator(fiber, g, Resume::Value(sent), None),
            Value::Iter(it) => {
                let next = it.borrow_mut().next_item()?;
                match next {
                    Some(v) => {
                        let frame = fiber.frames.last_mut().expect("frame");
                        frame.pc -= 1;
                        self.yield_value(fiber, v)
                    }
                    None => {
                        fiber.stack.pop();
                        fiber.stack.push(Value::None);
                        Ok(Flow::Continue)
                    }
                }
            }
            _ => self.call_next_method(fiber, &sub),
        }
    }
}

/// An iterator driven by the current instruction is exhausted, with `value` (a generator's
/// return value, a `StopIteration`'s value): a `for` loop pops it and jumps past its body;
/// `yield from` pops it and pushes the value. `false` if the instruction is neither.
pub(super) fn end_of_iteration(fiber: &mut Fiber, value: &Value) -> bool {
    let Some(frame) = fiber.frames.last_mut() else {
        return false;
    };
    match frame.code.code.ops[frame.pc as usize - 1] {
        Op::ForIter(target) => {
            fiber.stack.pop();
            frame.pc = target;
            true
        }
        Op::YieldFrom => {
            fiber.stack.pop();
            fiber.stack.push(value.clone());
            true
        }
        _ => false,
    }
}

/// `next(it[, default])`.
fn next_native(
    interp: &mut Interp,
    fiber: &mut Fiber,
    args: Vec<Value>,
    kw: Vec<(Rc<str>, Value)>,
) -> RResult<Flow> {
    if !kw.is_empty() {
        return type_error("next() takes no keyword arguments");
    }
    if args.is_empty() || args.len() > 2 {
        return type_error(format!(
            "next expected at least 1 argument, got {}",
            args.len()
        ));
    }
    let default = args.get(1).cloned();
    let with_default = |interp: &Interp, d: Option<Value>| {
        d.map(|state| {
            Box::new(Then {
                native: interp.generator_natives.next_default,
                state,
                outer: None,
            })
        })
    };
    match &args[0] {
        Value::Generator(g) => {
            let then = with_default(interp, default);
            interp.resume_generator(fiber, g, Resume::Value(Value::None), then)
        }
        Value::Iter(it) => {
            let next = it.borrow_mut().next_item()?;
            match (next, default) {
                (Some(v), _) | (None, Some(v)) => {
                    fiber.stack.push(v);
                    Ok(Flow::Continue)
                }
                (None, None) => Err(Raise::value(interp.stop_iteration(Value::None))),
            }
        }
        it @ Value::Instance(_) => {
            let Some(f) = super::protocol::special(it, "__next__") else {
                return type_error(format!("'{}' object is not an iterator", it.type_name()));
            };
            let depth = fiber.frames.len();
            interp.call_value(fiber, f, vec![it.clone()], Vec::new())?;
            if fiber.frames.len() > depth
                && let Some(t) = with_default(interp, default)
            {
                fiber.frames.last_mut().expect("pushed").extra().then = Some(t);
            }
            Ok(Flow::Continue)
        }
        other => type_error(format!("'{}' object is not an iterator", other.type_name())),
    }
}

/// Continuation of `next(it, default)`: the default replaces `StopIteration`.
fn next_default_step(_: &mut Interp, input: super::StepInput) -> RResult<super::Step> {
    match input {
        super::StepInput::Start(..) => unreachable!("only used as a continuation"),
        super::StepInput::Resume { result, .. } => Ok(super::Step::Return(result)),
        super::StepInput::Throw { state, exc } => {
            if is_exc(&exc, ExcKind::StopIteration) {
                Ok(super::Step::Return(state))
            } else {
                Err(Raise::value(exc))
            }
        }
    }
}

/// Continuation of `generator.close()`: the generator must not yield again.
fn close_step(_: &mut Interp, input: super::StepInput) -> RResult<super::Step> {
    match input {
        super::StepInput::Start(..) => unreachable!("only used as a continuation"),
        super::StepInput::Resume { .. } => {
            err(ExcKind::RuntimeError, "generator ignored GeneratorExit")
        }
        super::StepInput::Throw { exc, .. } => {
            if is_exc(&exc, ExcKind::StopIteration) || is_exc(&exc, ExcKind::GeneratorExit) {
                Ok(super::Step::Return(Value::None))
            } else {
                Err(Raise::value(exc))
            }
        }
    }
}

/// Is `exc` an instance of the built-in exception class `k` (or a subclass)?
pub(super) fn is_exc(exc: &Value, k: ExcKind) -> bool {
    match exc {
        Value::Exception(e) => match e.class.kind {
            crate::object::types::TypeKind::Exception(Some(kind)) if kind == k => true,
            _ => e.class.mro.iter().any(|t| {
                matches!(t.kind, crate::object::types::TypeKind::Exception(Some(kind)) if kind == k)
            }),
        },
        _ => false,
    }
}

/// `iter(x)`.
fn iter_native(
    interp: &mut Interp,
    fiber: &mut Fiber,
    args: Vec<Value>,
    kw: Vec<(Rc<str>, Value)>,
) -> RResult<Flow> {
    if !kw.is_empty() {
        return type_error("iter() takes no keyword arguments");
    }
    if args.len() != 1 {
        return type_error(format!("iter expected 1 argument, got {}", args.len()));
    }
    match &args[0] {
        v @ Value::Generator(_) => {
            fiber.stack.push(v.clone());
            Ok(Flow::Continue)
        }
        v @ Value::Instance(_) => {
            let Some(f) = super::protocol::special(v, "__iter__") else {
                return type_error(format!("'{}' object is not iterable", v.type_name()));
            };
            interp.call_value(fiber, f, vec![v.clone()], Vec::new())
        }
        v => {
            fiber.stack.push(crate::object::iter::iter_of(v)?);
            Ok(Flow::Continue)
        }
    }
}

fn generator_of(v: &Value) -> &GenRef {
    match v {
        Value::Generator(g) => g,
        _ => unreachable!("receiver checked"),
    }
}

fn gen_send(
    interp: &mut Interp,
    fiber: &mut Fiber,
    args: Vec<Value>,
    _: Vec<(Rc<str>, Value)>,
) -> RResult<Flow> {
    if args.len() != 2 {
        return type_error(format!(
            "generator.send() takes exactly one argument ({} given)",
            args.len() - 1
        ));
    }
    let g = generator_of(&args[0]).clone();
    interp.resume_generator(fiber, &g, Resume::Value(args[1].clone()), None)
}

fn gen_next(
    interp: &mut Interp,
    fiber: &mut Fiber,
    args: Vec<Value>,
    _: Vec<(Rc<str>, Value)>,
) -> RResult<Flow> {
    let g = generator_of(&args[0]).clone();
    interp.resume_generator(fiber, &g, Resume::Value(Value::None), None)
}

fn gen_iter(
    _: &mut Interp,
    fiber: &mut Fiber,
    args: Vec<Value>,
    _: Vec<(Rc<str>, Value)>,
) -> RResult<Flow> {
    fiber.stack.push(args[0].clone());
    Ok(Flow::Continue)
}

fn gen_throw(
    interp: &mut Interp,
    fiber: &mut Fiber,
    args: Vec<Value>,
    _: Vec<(Rc<str>, Value)>,
) -> RResult<Flow> {
    if args.len() < 2 || args.len() > 4 {
        return type_error(format!(
            "throw expected at least 1 argument, got {}",
            args.len() - 1
        ));
    }
    let exc = match (&args[1], args.get(2)) {
        (Value::Exception(_), None | Some(Value::None)) => args[1].clone(),
        (Value::Exception(_), Some(_)) => {
            return type_error("instance exception may not have a separate value");
        }
        (Value::Type(t), v) if t.is_exception() => {
            let a = match v {
                None | Some(Value::None) => vec![],
                Some(Value::Tuple(t)) => (**t).clone(),
                Some(v) => vec![v.clone()],
            };
            Value::Exception(Rc::new(crate::object::exception::ExceptionObj::new(
                t.clone(),
                a,
            )))
        }
        _ => {
            return type_error(
                "exceptions must be classes or instances deriving from BaseException, not "
                    .to_string()
                    + &args[1].type_name(),
            );
        }
    };
    let g = generator_of(&args[0]).clone();
    interp.resume_generator(fiber, &g, Resume::Throw(exc), None)
}

fn gen_close(
    interp: &mut Interp,
    fiber: &mut Fiber,
    args: Vec<Value>,
    _: Vec<(Rc<str>, Value)>,
) -> RResult<Flow> {
    let g = generator_of(&args[0]).clone();
    let state = g.borrow().state;
    match state {
        CoroState::Suspended => {
            let exc = interp.new_exception(ExcKind::GeneratorExit, vec![]);
            let then = Box::new(Then {
                native: interp.generator_natives.close,
                state: Value::None,
                outer: None,
            });
            interp.resume_generator(fiber, &g, Resume::Throw(exc), Some(then))
        }
        CoroState::Running => err(ExcKind::ValueError, "generator already executing"),
        CoroState::Created | CoroState::Closed => {
            let mut gb = g.borrow_mut();
            gb.state = CoroState::Closed;
            gb.frame = None;
            drop(gb);
            fiber.stack.push(Value::None);
            Ok(Flow::Continue)
        }
    }
}

/// Ids of the generator natives, registered when the interpreter is made.
#[derive(Default, Clone, Copy)]
pub struct GeneratorNatives {
    pub next: u32,
    pub iter: u32,
    next_default: u32,
    close: u32,
}

impl Interp {
    pub(super) fn register_generator_natives(&mut self) {
        use super::NativeKind;
        use super::attr::tag::GENERATOR;
        self.generator_natives = GeneratorNatives {
            next: self.register_native("next", NativeKind::Frame(next_native)),
            iter: self.register_native("iter", NativeKind::Frame(iter_native)),
            next_default: self.register_native("next", NativeKind::Stepped(next_default_step)),
            close: self.register_native("close", NativeKind::Stepped(close_step)),
        };
        self.register_method_kind(GENERATOR, "send", NativeKind::Frame(gen_send));
        self.register_method_kind(GENERATOR, "__next__", NativeKind::Frame(gen_next));
        self.register_method_kind(GENERATOR, "__iter__", NativeKind::Frame(gen_iter));
        self.register_method_kind(GENERATOR, "throw", NativeKind::Frame(gen_throw));
        self.register_method_kind(GENERATOR, "close", NativeKind::Frame(gen_close));
    }
}
