//! Async generators (`async def` with `yield`). They share the generator representation: a
//! suspended frame that awaiting `__anext__()`/`asend()`/`athrow()`/`aclose()` moves onto the
//! awaiting fiber. An `await` inside the generator suspends that whole fiber like any other
//! await; `yield v` moves the frame back and `v` becomes the value of the `await`; returning
//! raises `StopAsyncIteration` in the awaiter. Nothing recurses on the Rust stack.

use super::call::Flow;
use super::generator::is_exc;
use super::{Fiber, Interp};
use crate::object::exception::{ExceptionObj, RResult, Raise, err, type_error};
use crate::object::frame::FrameKind;
use crate::object::types::{ExcKind, TypeKind};
use crate::object::value::{AGenAction, AGenKind, AGenOp, CoroState, Coroutine, Value};
use std::cell::RefCell;
use std::rc::Rc;

type AGenRef = Rc<RefCell<Coroutine>>;

impl Interp {
    /// `await` on the awaitable of an async generator operation.
    pub(super) fn await_agen_op(&mut self, fiber: &mut Fiber, op: &Rc<AGenOp>) -> RResult<Flow> {
        let Some(action) = op.action.borrow_mut().take() else {
            return err(
                ExcKind::RuntimeError,
                match op.kind {
                    AGenKind::ASend => "cannot reuse already awaited __anext__()/asend()",
                    AGenKind::AThrow => "cannot reuse already awaited aclose()/athrow()",
                },
            );
        };
        let g = &op.agen;
        let mut gb = g.borrow_mut();
        match gb.state {
            CoroState::Running => {
                return err(
                    ExcKind::RuntimeError,
                    match op.kind {
                        AGenKind::ASend => "anext(): asynchronous generator is already running",
                        AGenKind::AThrow => "athrow(): asynchronous generator is already running",
                    },
                );
            }
            CoroState::Closed => {
                drop(gb);
                return match action {
                    AGenAction::Send(_) => Err(Raise::value(
                        self.new_exception(ExcKind::StopAsyncIteration, vec![]),
                    )),
                    AGenAction::Throw(_) | AGenAction::Close => {
                        fiber.stack.push(Value::None);
                        Ok(Flow::Continue)
                    }
                };
            }
            CoroState::Created => match &action {
                AGenAction::Close | AGenAction::Throw(_) => {
                    gb.state = CoroState::Closed;
                    gb.frame = None;
                    drop(gb);
                    if let AGenAction::Throw(e) = action {
                        return Err(Raise::value(e));
                    }
                    fiber.stack.push(Value::None);
                    return Ok(Flow::Continue);
                }
                AGenAction::Send(v) if !v.is_none() => {
                    return type_error(
                        "can't send non-None value to a just-started async generator",
                    );
                }
                AGenAction::Send(_) => {}
            },
            CoroState::Suspended => {}
        }
        if fiber.frames.len() >= self.recursion_limit {
            return err(ExcKind::RecursionError, "maximum recursion depth exceeded");
        }
        let started = gb.state == CoroState::Created;
        if started {
            gb.finalize = true;
            crate::object::value::agen_registry::started(g);
        }
        gb.state = CoroState::Running;
        gb.closing = matches!(action, AGenAction::Close);
        let (mut frame, values) = *gb.frame.take().expect("a suspended generator has a frame");
        drop(gb);
        frame.kind = FrameKind::AsyncGen(g.clone());
        super::push_started(fiber, (frame, values));
        match action {
            AGenAction::Send(v) => {
                if !started {
                    fiber.stack.push(v);
                }
                Ok(Flow::Continue)
            }
            AGenAction::Throw(e) => Err(Raise::value(e)),
            AGenAction::Close => Err(Raise::value(
                self.new_exception(ExcKind::GeneratorExit, vec![]),
            )),
        }
    }

    /// `yield v` in an async generator frame: the frame goes back into the generator and `v`
    /// is the result of the awaiting instruction.
    pub(super) fn async_gen_yield(&mut self, fiber: &mut Fiber, v: Value) -> RResult<Flow> {
        let mut frame = fiber.frames.pop().expect("yielding frame");
        let FrameKind::AsyncGen(g) = std::mem::replace(&mut frame.kind, FrameKind::Call) else {
            unreachable!("checked by the caller")
        };
        let values = fiber.stack.split_off(frame.base as usize);
        let closing = {
            let mut gb = g.borrow_mut();
            gb.state = CoroState::Suspended;
            gb.frame = Some(Box::new((frame, values)));
            std::mem::take(&mut gb.closing)
        };
        if closing {
            return err(
                ExcKind::RuntimeError,
                "async generator ignored GeneratorExit",
            );
        }
        fiber.stack.push(v);
        Ok(Flow::Continue)
    }

    /// The async generator's frame returned: the generator is finished.
    pub(super) fn async_gen_returned(&mut self, g: &AGenRef) -> RResult<Value> {
        if finish(g) {
            return Ok(Value::None);
        }
        Err(Raise::value(
            self.new_exception(ExcKind::StopAsyncIteration, vec![]),
        ))
    }

    /// `exc` escaped the async generator's frame. `Ok(v)`: `aclose()` is satisfied and the
    /// awaiter continues with `v`; `Err(e)`: `e` propagates to the awaiter.
    pub(super) fn async_gen_raised(&mut self, g: &AGenRef, exc: Value) -> Result<Value, Value> {
        let closing = finish(g);
        if closing
            && (is_exc(&exc, ExcKind::GeneratorExit) || is_exc(&exc, ExcKind::StopAsyncIteration))
        {
            return Ok(Value::None);
        }
        let msg = if is_exc(&exc, ExcKind::StopAsyncIteration) {
            "async generator raised StopAsyncIteration"
        } else if is_exc(&exc, ExcKind::StopIteration) {
            "async generator raised StopIteration"
        } else {
            return Err(exc);
        };
        let new = self.new_exception(ExcKind::RuntimeError, vec![Value::str(msg)]);
        if let Value::Exception(e) = &new {
            *e.cause.borrow_mut() = Some(exc.clone());
            e.suppress_context.set(true);
            *e.context.borrow_mut() = Some(exc);
        }
        Err(new)
    }

    /// Methods of async generator objects.
    pub fn register_async_gen_methods(&mut self) {
        use super::attr_tags::ASYNC_GEN;
        self.register_method(ASYNC_GEN, "__aiter__", |_, a, _| Ok(a[0].clone()));
        self.register_method(ASYNC_GEN, "__anext__", |_, a, _| {
            op(a, AGenKind::ASend, AGenAction::Send(Value::None))
        });
        self.register_method(ASYNC_GEN, "asend", |_, a, _| {
            let v = a.get(1).cloned().ok_or_else(|| {
                Raise::new(
                    ExcKind::TypeError,
                    "async_generator.asend() takes exactly one argument (0 given)",
                )
            })?;
            op(a, AGenKind::ASend, AGenAction::Send(v))
        });
        self.register_method(ASYNC_GEN, "athrow", |interp, a, _| {
            let exc = match (a.get(1), a.get(2)) {
                (Some(Value::Exception(_)), _) => a[1].clone(),
                // A class of the script may have its own `__init__`: the prelude's
                // `_async_generator_athrow` calls the class, then comes back here.
                (Some(Value::Type(t)), _) if t.dict.is_some() => return Err(Raise::delegate()),
                (Some(Value::Type(t)), val) if matches!(t.kind, TypeKind::Exception(_)) => {
                    let args = match val {
                        None | Some(Value::None) => vec![],
                        Some(Value::Tuple(items)) => items.to_vec(),
                        Some(v) => vec![v.clone()],
                    };
                    match t.kind {
                        TypeKind::Exception(Some(k)) => interp.new_exception(k, args),
                        _ => Value::Exception(Rc::new(ExceptionObj::new(t.clone(), args))),
                    }
                }
                _ => {
                    return type_error("exceptions must be classes or instances deriving from BaseException, not NoneType");
                }
            };
            op(a, AGenKind::AThrow, AGenAction::Throw(exc))
        });
        self.register_method(ASYNC_GEN, "aclose", |_, a, _| {
            op(a, AGenKind::AThrow, AGenAction::Close)
        });
    }
}

/// Marks the generator finished; whether `aclose()` was waiting for that.
fn finish(g: &AGenRef) -> bool {
    let mut gb = g.borrow_mut();
    gb.state = CoroState::Closed;
    gb.frame = None;
    std::mem::take(&mut gb.closing)
}

fn op(args: &[Value], kind: AGenKind, action: AGenAction) -> RResult<Value> {
    let Some(Value::AsyncGen(g)) = args.first() else {
        return type_error("descriptor requires an 'async_generator' object");
    };
    Ok(Value::AGenOp(Rc::new(AGenOp {
        agen: g.clone(),
        action: RefCell::new(Some(action)),
        kind,
    })))
}
