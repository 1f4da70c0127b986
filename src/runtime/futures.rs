//! Methods of `Future` and `Task` objects, and their constructors.

use super::HostFn;
use super::asyncio::make_cancelled_error;
use super::builtins::arity;
use crate::object::exception::{RResult, Raise, err, type_error};
use crate::object::future::{FutStatus, FutureCallback, FutureObj};
use crate::object::types::{BuiltinType, ExcKind};
use crate::object::value::{CoroState, Value};
use crate::vm::attr_tags::{COROUTINE, FUTURE};
use crate::vm::{Interp, NativeKind};
use std::rc::Rc;

/// Methods of `Future` and `Task` objects.
pub fn install_methods(interp: &mut Interp) {
    interp.register_method(FUTURE, "done", |_, a, _| Ok(Value::Bool(fut(a)?.done())));
    interp.register_method(FUTURE, "cancelled", |_, a, _| {
        Ok(Value::Bool(fut(a)?.status() == FutStatus::Cancelled))
    });
    interp.register_method(FUTURE, "result", |interp, a, _| {
        let f = fut(a)?;
        let st = f.state.borrow();
        match st.status {
            FutStatus::Pending => err(ExcKind::InvalidStateError, "Result is not set."),
            FutStatus::Cancelled => {
                drop(st);
                Err(Raise::value(make_cancelled_error(interp, &f)))
            }
            FutStatus::Done => match &st.exception {
                Some(e) => {
                    let e = e.clone();
                    drop(st);
                    f.state.borrow_mut().log_traceback = false;
                    Err(Raise::value(e))
                }
                None => Ok(st.result.clone()),
            },
        }
    });
    interp.register_method(FUTURE, "exception", |interp, a, _| {
        let f = fut(a)?;
        let st = f.state.borrow();
        match st.status {
            FutStatus::Pending => err(ExcKind::InvalidStateError, "Exception is not set."),
            FutStatus::Cancelled => {
                drop(st);
                Err(Raise::value(make_cancelled_error(interp, &f)))
            }
            FutStatus::Done => {
                let e = st.exception.clone().unwrap_or(Value::None);
                drop(st);
                f.state.borrow_mut().log_traceback = false;
                Ok(e)
            }
        }
    });
    interp.register_method(FUTURE, "get_name", |_, a, _| {
        let f = fut(a)?;
        let st = f.state.borrow();
        Ok(if f.is_task() {
            Value::string(st.task_name())
        } else {
            Value::None
        })
    });
    interp.register_method(FUTURE, "set_name", |_, a, _| {
        arity("set_name", a, 2, 2)?;
        let f = fut(a)?;
        f.state.borrow_mut().name = Some(crate::object::repr::str(&a[1]).into());
        Ok(Value::None)
    });
    interp.register_method(FUTURE, "get_coro", |_, a, _| {
        Ok(fut(a)?.state.borrow().coro.clone())
    });
    interp.register_method(FUTURE, "cancelling", |_, a, _| {
        Ok(Value::Int(fut(a)?.state.borrow().cancel_requests as i64))
    });
    interp.register_method(FUTURE, "uncancel", |_, a, _| {
        let f = fut(a)?;
        let mut st = f.state.borrow_mut();
        if st.cancel_requests > 0 {
            st.cancel_requests -= 1;
        }
        Ok(Value::Int(st.cancel_requests as i64))
    });
    interp.register_method(FUTURE, "remove_done_callback", |_, a, _| {
        arity("remove_done_callback", a, 2, 2)?;
        let f = fut(a)?;
        let mut st = f.state.borrow_mut();
        let before = st.callbacks.len();
        st.callbacks
            .retain(|cb| !matches!(cb, FutureCallback::Call(g) if same_callable(g, &a[1])));
        Ok(Value::Int((before - st.callbacks.len()) as i64))
    });
    interp.register_method(FUTURE, "__await__", |_, a, _| Ok(a[0].clone()));
    interp.register_method(FUTURE, "__iter__", |_, a, _| Ok(a[0].clone()));
    interp.register_method(COROUTINE, "__await__", |_, a, _| Ok(a[0].clone()));
    interp.register_method(COROUTINE, "close", coro_close);
    interp.register_async_gen_methods();
    for (name, h) in [
        ("cancel", HostFn::Cancel),
        ("set_result", HostFn::SetResult),
        ("set_exception", HostFn::SetException),
        ("add_done_callback", HostFn::AddDoneCallback),
        ("get_loop", HostFn::GetLoop),
    ] {
        let id = interp.register_native(name, NativeKind::Host(h as u32));
        interp.methods.insert((FUTURE, name), id);
    }
    let id = interp.register_native("Future", NativeKind::Pure(new_future));
    interp.type_ctors.insert(BuiltinType::Future as u8, id);
    let id = interp.register_native("Task", NativeKind::Host(HostFn::CreateTask as u32));
    interp.type_ctors.insert(BuiltinType::Task as u8, id);
}

fn new_future(_: &mut Interp, _: &[Value], _: &[(Rc<str>, Value)]) -> RResult<Value> {
    Ok(Value::Future(Rc::new(FutureObj::new(None))))
}

/// `==` for callbacks: the same object, or bound methods of the same function and receiver.
fn same_callable(a: &Value, b: &Value) -> bool {
    match (a, b) {
        (Value::Method(x), Value::Method(y)) => x.func.is(&y.func) && x.receiver.is(&y.receiver),
        (Value::Native(x), Value::Native(y)) => {
            x.id == y.id
                && match (&x.bound, &y.bound) {
                    (Some(p), Some(q)) => p.is(q),
                    (None, None) => true,
                    _ => false,
                }
        }
        _ => a.is(b),
    }
}

fn fut(args: &[Value]) -> RResult<Rc<FutureObj>> {
    match args.first() {
        Some(Value::Future(f)) => Ok(f.clone()),
        _ => type_error("descriptor requires a 'Future' object"),
    }
}

/// `coroutine.close()`: a coroutine that never started is closed without running; one that is
/// finished stays so.
fn coro_close(_: &mut Interp, a: &[Value], _: &[(Rc<str>, Value)]) -> RResult<Value> {
    let Some(Value::Coroutine(c)) = a.first() else {
        return type_error("descriptor 'close' requires a 'coroutine' object");
    };
    let mut cb = c.borrow_mut();
    match cb.state {
        CoroState::Created | CoroState::Closed => {
            cb.state = CoroState::Closed;
            cb.frame = None;
            Ok(Value::None)
        }
        _ => err(
            ExcKind::RuntimeError,
            "closing a running coroutine is not supported yet",
        ),
    }
}
