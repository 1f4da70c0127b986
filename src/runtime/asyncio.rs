//! The native `_asyncio` module and its host calls: `run`, `create_task`, `gather`, the timer
//! future behind `sleep`, `Future.set_result`/`set_exception`/`add_done_callback`/`cancel`,
//! the loop's `call_soon`/`call_at`/`time`, and the hooks of loops made by `new_event_loop()`
//! (see `runner.rs`). Methods that need no event loop are in `futures.rs`; the Baton-level API
//! is in `stdlib/asyncio/`.

use super::builtins::{arity, kwarg};
use super::event_loop::{Callback, add_done_callback, set_exception, set_result};
use super::{HostFn, Runtime};
use crate::object::exception::RResult;
use crate::object::future::{FutureCallback, FutureObj};
use crate::object::types::{BuiltinType, ExcKind};
use crate::object::value::Value;
use crate::vm::{Interp, NativeKind};
use std::rc::Rc;

/// Builds the `_asyncio` module object.
pub fn module(interp: &mut Interp) -> Value {
    let m = interp.new_module("_asyncio", None);
    let host = |interp: &mut Interp, name: &str, f: HostFn| {
        let id = interp.register_native(name, NativeKind::Host(f as u32));
        (name.to_string(), interp.natives[id as usize].value.clone())
    };
    let mut entries = vec![
        host(interp, "run", HostFn::AsyncioRun),
        host(interp, "create_task", HostFn::CreateTask),
        host(interp, "gather", HostFn::Gather),
        host(interp, "_sleep_future", HostFn::SleepFuture),
        host(interp, "current_task", HostFn::CurrentTask),
        host(interp, "_call_soon", HostFn::CallSoon),
        host(interp, "_call_at", HostFn::CallAt),
        host(interp, "_time", HostFn::LoopTime),
        host(interp, "_get_loop", HostFn::GetLoop),
        host(interp, "_set_loop", HostFn::SetLoop),
        host(interp, "_all_tasks", HostFn::AllTasks),
        host(
            interp,
            "_loop_run_until_complete",
            HostFn::LoopRunUntilComplete,
        ),
        host(interp, "_loop_enter", HostFn::LoopEnter),
        host(interp, "_loop_exit", HostFn::LoopExit),
        host(interp, "_loop_is_running", HostFn::LoopIsRunning),
        host(interp, "_loop_close", HostFn::LoopClose),
        host(interp, "_loop_set_debug", HostFn::LoopSetDebug),
        host(interp, "_debug_default", HostFn::DebugDefault),
    ];
    entries.push((
        "Future".into(),
        Value::Type(interp.builtin_type(BuiltinType::Future)),
    ));
    entries.push((
        "Task".into(),
        Value::Type(interp.builtin_type(BuiltinType::Task)),
    ));
    let id = interp.register_native("_yield_now", NativeKind::Pure(yield_now));
    entries.push((
        "_yield_now".into(),
        interp.natives[id as usize].value.clone(),
    ));
    entries.push((
        "CancelledError".into(),
        Value::Type(interp.exc_type(ExcKind::CancelledError)),
    ));
    entries.push((
        "InvalidStateError".into(),
        Value::Type(interp.exc_type(ExcKind::InvalidStateError)),
    ));
    entries.push((
        "TimeoutError".into(),
        Value::Type(interp.exc_type(ExcKind::TimeoutError)),
    ));
    entries.extend(super::aqueue::entries(interp));
    let mut d = m.dict.borrow_mut();
    for (k, v) in entries {
        d.set_str(&k, v);
    }
    drop(d);
    Value::Module(m)
}

fn yield_now(_: &mut Interp, args: &[Value], _: &[(Rc<str>, Value)]) -> RResult<Value> {
    arity("_yield_now", args, 0, 0)?;
    Ok(Value::YieldNow)
}

/// Runs a host native of the asyncio family.
pub(super) fn host_call(
    rt: &mut Runtime,
    f: HostFn,
    args: Vec<Value>,
    kwargs: Vec<(Rc<str>, Value)>,
) -> Result<Value, Value> {
    let m = |rt: &Runtime, r: crate::object::Raise| rt.interp.materialize(r);
    match f {
        HostFn::AsyncioRun => {
            arity("run", &args, 1, 2).map_err(|r| m(rt, r))?;
            let _debug = kwarg(&kwargs, "debug");
            let mut args = args.into_iter();
            let coro = args.next().expect("checked");
            rt.asyncio_run(coro, args.next().unwrap_or(Value::None))
        }
        HostFn::CreateTask => {
            arity("create_task", &args, 1, 1).map_err(|r| m(rt, r))?;
            let name = kwarg(&kwargs, "name")
                .filter(|v| !v.is_none())
                .map(|v| crate::object::repr::str(&v));
            let coro = args.into_iter().next().expect("checked");
            if !matches!(coro, Value::Coroutine(_)) {
                return Err(rt.error(
                    ExcKind::TypeError,
                    format!(
                        "a coroutine was expected, got {}",
                        crate::object::repr::repr(&coro)
                    ),
                ));
            }
            rt.create_task(coro, name).map(Value::Future)
        }
        HostFn::Gather => {
            let ret =
                kwarg(&kwargs, "return_exceptions").is_some_and(|v| crate::object::ops::truthy(&v));
            rt.gather_with(args, ret, kwarg(&kwargs, "_ensure"))
        }
        HostFn::SleepFuture => {
            let delay = match args.first() {
                Some(Value::Int(i)) => *i as f64,
                Some(Value::Float(f)) => *f,
                Some(Value::Bool(b)) => *b as i64 as f64,
                Some(other) => {
                    return Err(rt.error(
                        ExcKind::TypeError,
                        format!(
                            "'<=' not supported between instances of '{}' and 'int'",
                            other.type_name()
                        ),
                    ));
                }
                None => return Err(rt.error(ExcKind::TypeError, "sleep() missing delay")),
            };
            let result = args.get(1).cloned().unwrap_or(Value::None);
            let fut = Rc::new(FutureObj::new(None));
            let lp = rt.event_loop();
            let when = lp.time() + delay;
            lp.call_at(
                when,
                Callback::SetResultUnlessCancelled {
                    fut: fut.clone(),
                    value: result,
                },
            );
            Ok(Value::Future(fut))
        }
        HostFn::Cancel => {
            let Some(Value::Future(fut)) = args.first() else {
                return Err(rt.error(ExcKind::TypeError, "cancel() needs a future"));
            };
            let msg = args
                .get(1)
                .cloned()
                .or_else(|| kwarg(&kwargs, "msg"))
                .filter(|v| !v.is_none());
            let fut = fut.clone();
            rt.cancel_overflow = false;
            let r = rt.cancel(&fut, msg);
            if std::mem::take(&mut rt.cancel_overflow) {
                return Err(rt.error(
                    ExcKind::RecursionError,
                    "maximum recursion depth exceeded while calling a Python object",
                ));
            }
            Ok(Value::Bool(r))
        }
        HostFn::SetResult => {
            arity("set_result", &args, 2, 2).map_err(|r| m(rt, r))?;
            let f = future_arg(rt, &args)?;
            if !set_result(rt.event_loop(), &f, args[1].clone()) {
                return Err(rt.error(ExcKind::InvalidStateError, "invalid state"));
            }
            Ok(Value::None)
        }
        HostFn::SetException => {
            arity("set_exception", &args, 2, 2).map_err(|r| m(rt, r))?;
            let f = future_arg(rt, &args)?;
            if f.done() {
                return Err(rt.error(ExcKind::InvalidStateError, "invalid state"));
            }
            let mut exc = args[1].clone();
            if let Value::Type(t) = &exc
                && matches!(t.kind, crate::object::types::TypeKind::Exception(_))
            {
                exc = rt.call_script(exc.clone(), vec![])?;
            }
            let Value::Exception(x) = &exc else {
                return Err(rt.error(ExcKind::TypeError, "invalid exception object"));
            };
            if x.kind() == Some(ExcKind::StopIteration) {
                return Err(rt.error(
                    ExcKind::TypeError,
                    "StopIteration interacts badly with generators and cannot be raised into a Future",
                ));
            }
            set_exception(rt.event_loop(), &f, exc);
            Ok(Value::None)
        }
        HostFn::AddDoneCallback => {
            arity("add_done_callback", &args, 2, 2).map_err(|r| m(rt, r))?;
            let f = future_arg(rt, &args)?;
            add_done_callback(rt.event_loop(), &f, FutureCallback::Call(args[1].clone()));
            Ok(Value::None)
        }
        HostFn::CallSoon => {
            let mut args = args.into_iter();
            let Some(func) = args.next() else {
                return Err(rt.error(ExcKind::TypeError, "call_soon() missing callback"));
            };
            let args = args.collect();
            rt.event_loop().call_soon(Callback::Call { func, args });
            Ok(Value::None)
        }
        HostFn::CallAt => {
            let mut args = args.into_iter();
            let when = match args.next() {
                Some(Value::Int(i)) => i as f64,
                Some(Value::Float(f)) => f,
                _ => return Err(rt.error(ExcKind::TypeError, "call_at() needs a time")),
            };
            let Some(func) = args.next() else {
                return Err(rt.error(ExcKind::TypeError, "call_at() missing callback"));
            };
            let args = args.collect();
            rt.event_loop().call_at(when, Callback::Call { func, args });
            Ok(Value::None)
        }
        HostFn::LoopTime => Ok(Value::Float(rt.event_loop().time())),
        HostFn::GetLoop => Ok(rt.event_loop().loop_obj.clone()),
        HostFn::SetLoop => {
            rt.event_loop().loop_obj = args.into_iter().next().unwrap_or(Value::None);
            Ok(Value::None)
        }
        HostFn::LoopRunUntilComplete => {
            arity("run_until_complete", &args, 2, 2).map_err(|r| m(rt, r))?;
            let mut args = args.into_iter();
            let loop_obj = args.next().expect("checked");
            let aw = args.next().expect("checked");
            rt.loop_run_until_complete(loop_obj, aw)
        }
        HostFn::LoopEnter => {
            // A call on a loop that is not running (`loop.create_task(...)` before
            // `run_until_complete`): its parked state is installed for the call.
            let loop_obj = args.into_iter().next().unwrap_or(Value::None);
            if rt.event_loop.is_none() {
                let lp = rt.unpark(&loop_obj);
                rt.event_loop = Some(lp);
                rt.entered_parked = true;
            }
            Ok(Value::None)
        }
        HostFn::LoopExit => {
            if std::mem::take(&mut rt.entered_parked)
                && let Some(lp) = rt.event_loop.take()
            {
                rt.parked_loops.push(lp);
            }
            Ok(Value::None)
        }
        HostFn::LoopIsRunning => {
            let loop_obj = args.into_iter().next().unwrap_or(Value::None);
            Ok(Value::Bool(
                !rt.entered_parked
                    && rt
                        .event_loop
                        .as_ref()
                        .is_some_and(|lp| lp.loop_obj.is(&loop_obj)),
            ))
        }
        HostFn::LoopClose => {
            let loop_obj = args.into_iter().next().unwrap_or(Value::None);
            if let Some(i) = rt
                .parked_loops
                .iter()
                .position(|lp| lp.loop_obj.is(&loop_obj))
            {
                let lp = rt.parked_loops.swap_remove(i);
                rt.interp.flush_stdout();
                for t in lp.pending_tasks() {
                    eprintln!("Task was destroyed but it is pending!");
                    eprintln!("task: {}", crate::object::repr::repr(&Value::Future(t)));
                }
            }
            Ok(Value::None)
        }
        HostFn::LoopSetDebug => {
            arity("set_debug", &args, 2, 2).map_err(|r| m(rt, r))?;
            rt.set_loop_debug(&args[0], crate::object::ops::truthy(&args[1]));
            Ok(Value::None)
        }
        HostFn::DebugDefault => Ok(Value::Bool(rt.debug_default())),
        HostFn::AllTasks => {
            let tasks = rt.event_loop().pending_tasks();
            Ok(Value::list(tasks.into_iter().map(Value::Future).collect()))
        }
        HostFn::CurrentTask => {
            let lp = rt.event_loop();
            Ok(match lp.current_task {
                Some(t) => lp.tasks[t as usize]
                    .as_ref()
                    .map_or(Value::None, |s| Value::Future(s.future.clone())),
                None => Value::None,
            })
        }
    }
}

fn future_arg(rt: &Runtime, args: &[Value]) -> Result<Rc<FutureObj>, Value> {
    match args.first() {
        Some(Value::Future(f)) => Ok(f.clone()),
        _ => Err(rt.error(ExcKind::TypeError, "descriptor requires a 'Future' object")),
    }
}

/// `Future._make_cancelled_error()`: the task's own `CancelledError` the first time, then a
/// new one carrying the cancel message.
pub(super) fn make_cancelled_error(interp: &Interp, fut: &FutureObj) -> Value {
    interp.future_cancelled_error(fut)
}
