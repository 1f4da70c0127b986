//! Raising and unwinding: tracebacks, exception context, matching `except` clauses, and finding
//! the handler (or leaving the fiber).

use super::{Fiber, Halt, Interp};
use crate::object::exception::{RResult, Raise, TbEntry, type_error};
use crate::object::frame::FrameKind;
use crate::object::function::CodeObj;
use crate::object::types::{ExcKind, TypeKind};
use crate::object::value::{CoroState, Value};
use std::rc::Rc;

impl Interp {
    /// Unwinds `fiber` to the innermost handler for `exc`. Returns `None` when a handler took
    /// it (execution continues there), or `Halt::Raised` when it escaped the bottom frame.
    pub(super) fn unwind(&mut self, fiber: &mut Fiber, mut exc: Value) -> Option<Halt> {
        loop {
            let Some(frame) = fiber.frames.last_mut() else {
                return Some(Halt::Raised(exc));
            };
            if let Value::Exception(e) = &exc {
                let mut tb = e.traceback.borrow_mut();
                if tb.last().is_none_or(|t| t.frame_id != frame.id) {
                    tb.push(TbEntry {
                        code: frame.code.clone(),
                        pc: frame.pc.saturating_sub(1),
                        frame_id: frame.id,
                    });
                }
            }
            if let Some(h) = frame.extra.as_mut()
                && let Some(block) = h.blocks.pop()
            {
                fiber
                    .stack
                    .truncate(frame.base as usize + block.depth as usize);
                h.handling.truncate(block.handling as usize);
                h.handling.push(exc.clone());
                fiber.stack.push(exc);
                frame.pc = block.handler;
                return None;
            }
            let f = fiber.frames.pop().expect("frame");
            match &f.kind {
                FrameKind::Call
                | FrameKind::ClassBody(_)
                | FrameKind::Init(_)
                | FrameKind::Exec(_)
                | FrameKind::Finalizer => {}
                FrameKind::OpCall => {}
                FrameKind::Coroutine(c) => c.borrow_mut().state = CoroState::Closed,
                FrameKind::Generator(g) => {
                    {
                        let mut gb = g.borrow_mut();
                        gb.state = CoroState::Closed;
                        gb.frame = None;
                    }
                    if super::generator::is_exc(&exc, ExcKind::StopIteration) {
                        exc = self.stop_iteration_escaped(exc);
                    }
                }
                FrameKind::ModuleInit(m) => {
                    self.modules.remove(&m.name);
                }
                FrameKind::AsyncGen(g) => {
                    fiber.stack.truncate(f.return_to as usize);
                    match self.async_gen_raised(g, exc) {
                        Ok(v) => {
                            fiber.stack.push(v);
                            return None;
                        }
                        Err(e) => exc = e,
                    }
                }
            }
            fiber.stack.truncate(f.return_to as usize);
            if let Some(then) = f.extra.and_then(|e| e.then) {
                // A stepped native waited for this frame: it may handle the exception.
                match self.throw_native(fiber, *then, exc) {
                    Ok(super::Flow::Continue) => return None,
                    Ok(super::Flow::Halt(h)) => return Some(*h),
                    Err(r) => {
                        exc = self.materialize(r);
                        self.set_context(fiber, &exc);
                        continue;
                    }
                }
            }
            if fiber.frames.is_empty() {
                return Some(Halt::Raised(exc));
            }
            // `StopIteration` from a `__next__` method ends the loop (or `yield from`) that
            // called it.
            if matches!(f.kind, FrameKind::OpCall)
                && super::generator::is_exc(&exc, ExcKind::StopIteration)
                && super::generator::end_of_iteration(fiber, &stop_iteration_value(&exc))
            {
                return None;
            }
        }
    }

    /// `StopIteration` raised inside a generator becomes a `RuntimeError` (PEP 479).
    fn stop_iteration_escaped(&self, exc: Value) -> Value {
        let new = self.new_exception(
            ExcKind::RuntimeError,
            vec![Value::str("generator raised StopIteration")],
        );
        if let Value::Exception(e) = &new {
            *e.cause.borrow_mut() = Some(exc.clone());
            e.suppress_context.set(true);
            *e.context.borrow_mut() = Some(exc);
        }
        new
    }

    /// The exception currently being handled, searching outward through the fiber's frames.
    pub fn handled_exception(&self, fiber: &Fiber) -> Option<Value> {
        fiber.frames.iter().rev().find_map(|f| f.handled().cloned())
    }

    /// Sets `__context__` of a newly raised exception to the one being handled.
    pub(super) fn set_context(&self, fiber: &Fiber, exc: &Value) {
        let (Value::Exception(e), Some(Value::Exception(h))) = (exc, self.handled_exception(fiber))
        else {
            return;
        };
        if Rc::ptr_eq(e, &h) || e.context.borrow().is_some() {
            return;
        }
        // Avoid creating a context cycle.
        let mut cur = Some(h.clone());
        while let Some(c) = cur {
            if Rc::ptr_eq(&c, e) {
                return;
            }
            cur = match &*c.context.borrow() {
                Some(Value::Exception(n)) => Some(n.clone()),
                _ => None,
            };
        }
        *e.context.borrow_mut() = Some(Value::Exception(h));
    }

    /// `raise` (n=0), `raise exc` (n=1), `raise exc from cause` (n=2).
    pub(super) fn raise_op(&mut self, fiber: &mut Fiber, n: u32) -> Raise {
        let (exc, cause) = match n {
            0 => {
                return match self.handled_exception(fiber) {
                    Some(e) => Raise::value(e),
                    None => Raise::new(ExcKind::RuntimeError, "No active exception to reraise"),
                };
            }
            1 => (fiber.stack.pop().expect("exc"), None),
            _ => {
                let cause = fiber.stack.pop().expect("cause");
                (fiber.stack.pop().expect("exc"), Some(cause))
            }
        };
        let exc = match self.instantiate_exception(exc) {
            Ok(e) => e,
            Err(r) => return r,
        };
        if let (Some(cause), Value::Exception(e)) = (cause, &exc) {
            let cause = match cause {
                Value::None => None,
                c => match self.instantiate_exception(c) {
                    Ok(c) => Some(c),
                    Err(_) => {
                        return Raise::new(
                            ExcKind::TypeError,
                            "exception causes must derive from BaseException",
                        );
                    }
                },
            };
            *e.cause.borrow_mut() = cause;
            e.suppress_context.set(true);
        }
        Raise::value(exc)
    }

    /// `raise X`: an exception class is instantiated with no arguments.
    fn instantiate_exception(&self, v: Value) -> Result<Value, Raise> {
        match &v {
            Value::Exception(_) => Ok(v),
            Value::Type(t) if t.is_exception() => Ok(Value::Exception(Rc::new(
                crate::object::exception::ExceptionObj::new(t.clone(), vec![]),
            ))),
            _ => Err(Raise::new(
                ExcKind::TypeError,
                "exceptions must derive from BaseException",
            )),
        }
    }

    /// Does `exc` match an `except` clause's class (or tuple of classes)?
    pub(super) fn exception_matches(&self, exc: &Value, cls: &Value) -> RResult<bool> {
        match cls {
            Value::Tuple(items) => {
                for c in items.iter() {
                    if self.exception_matches(exc, c)? {
                        return Ok(true);
                    }
                }
                Ok(false)
            }
            Value::Type(t) if matches!(t.kind, TypeKind::Exception(_)) => match exc {
                Value::Exception(e) => Ok(e.class.is_subclass(t)),
                _ => Ok(false),
            },
            _ => {
                type_error("catching classes that do not inherit from BaseException is not allowed")
            }
        }
    }

    pub(super) fn unbound_local(&self, code: &Rc<CodeObj>, slot: u32) -> Raise {
        let name = &code.code.varnames[slot as usize];
        Raise::new(
            ExcKind::UnboundLocalError,
            format!(
                "cannot access local variable '{name}' where it is not associated with a value"
            ),
        )
    }

    pub(super) fn unbound_deref(&self, code: &Rc<CodeObj>, cell: u32) -> Raise {
        let c = &code.code;
        let i = cell as usize;
        if i < c.cellvars.len() {
            Raise::new(
                ExcKind::UnboundLocalError,
                format!(
                    "cannot access local variable '{}' where it is not associated with a value",
                    c.cellvars[i]
                ),
            )
        } else {
            Raise::new(
                ExcKind::NameError,
                format!(
                    "cannot access free variable '{}' where it is not associated with a value in enclosing scope",
                    c.freevars[i - c.cellvars.len()]
                ),
            )
        }
    }
}

/// The value of a `StopIteration` (its first argument, or `None`).
pub(super) fn stop_iteration_value(exc: &Value) -> Value {
    match exc {
        Value::Exception(e) => e.args.borrow().first().cloned().unwrap_or(Value::None),
        _ => Value::None,
    }
}
