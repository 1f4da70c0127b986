//! The native `_asyncio` module: `run`, `create_task`, `gather`, the timer future behind
//! `sleep`, and the methods of `Future`/`Task` objects. The Baton-level API is in
//! `stdlib/asyncio/__init__.py`.

use super::builtins::{arity, kwarg};
use super::event_loop::{Callback, add_done_callback};
use super::{HostFn, Runtime};
use crate::object::exception::{RResult, err, type_error};
use crate::object::future::{FutStatus, FutureCallback, FutureObj};
use crate::object::types::ExcKind;
use crate::object::value::Value;
use crate::vm::attr_tags::FUTURE;
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
    ];
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
            arity("run", &args, 1, 1).map_err(|r| m(rt, r))?;
            let _debug = kwarg(&kwargs, "debug");
            rt.asyncio_run(args.into_iter().next().expect("checked"))
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
            rt.gather(args, ret)
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
            Ok(Value::Bool(rt.cancel(&fut, msg)))
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

impl Runtime {
    /// `asyncio.run(coro)`: a new loop runs the coroutine as the main task, then every task
    /// still pending is cancelled and awaited, as CPython's `Runner` does.
    pub(super) fn asyncio_run(&mut self, coro: Value) -> Result<Value, Value> {
        if self.event_loop.is_some() {
            return Err(self.error(
                ExcKind::RuntimeError,
                "asyncio.run() cannot be called from a running event loop",
            ));
        }
        if !matches!(coro, Value::Coroutine(_)) {
            return Err(self.error(
                ExcKind::ValueError,
                format!(
                    "a coroutine was expected, got {}",
                    crate::object::repr::repr(&coro)
                ),
            ));
        }
        self.event_loop = Some(super::event_loop::EventLoop::new());
        let outcome = match self.create_task(coro, None) {
            Ok(main) => self.run_until_complete(&main),
            Err(e) => Err(e),
        };
        let shutdown = self.cancel_all_tasks();
        // CPython then runs `shutdown_asyncgens()` and `shutdown_default_executor()` as two
        // more tasks; they print nothing but take two task names.
        self.task_counter += 2;
        self.event_loop = None;
        shutdown?;
        outcome
    }

    fn run_until_complete(&mut self, fut: &Rc<FutureObj>) -> Result<Value, Value> {
        add_done_callback(self.event_loop(), fut, FutureCallback::StopLoop);
        self.run_forever()?;
        if !fut.done() {
            return Err(self.error(
                ExcKind::RuntimeError,
                "Event loop stopped before Future completed.",
            ));
        }
        match self.future_outcome(fut) {
            crate::vm::Resume::Value(v) => Ok(v),
            crate::vm::Resume::Throw(e) => Err(e),
        }
    }

    /// `runners._cancel_all_tasks`.
    fn cancel_all_tasks(&mut self) -> Result<(), Value> {
        let pending = self.event_loop().pending_tasks();
        if pending.is_empty() {
            return Ok(());
        }
        for t in &pending {
            self.cancel(t, None);
        }
        let g = self.gather(
            pending.iter().map(|t| Value::Future(t.clone())).collect(),
            true,
        )?;
        let Value::Future(g) = g else { unreachable!() };
        let _ = self.run_until_complete(&g);
        for t in &pending {
            let st = t.state.borrow();
            if st.status == FutStatus::Cancelled {
                continue;
            }
            if let Some(e) = &st.exception {
                self.interp.flush_stdout();
                eprintln!("unhandled exception during asyncio.run() shutdown");
                eprintln!(
                    "task: {}",
                    crate::object::repr::repr(&Value::Future(t.clone()))
                );
                eprintln!("{}", crate::object::repr::repr(e));
            }
        }
        Ok(())
    }
}

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
            FutStatus::Cancelled => Err(crate::object::Raise::value(
                interp.cancelled_error(st.cancel_message.clone()),
            )),
            FutStatus::Done => match &st.exception {
                Some(e) => Err(crate::object::Raise::value(e.clone())),
                None => Ok(st.result.clone()),
            },
        }
    });
    interp.register_method(FUTURE, "exception", |interp, a, _| {
        let f = fut(a)?;
        let st = f.state.borrow();
        match st.status {
            FutStatus::Pending => err(ExcKind::InvalidStateError, "Exception is not set."),
            FutStatus::Cancelled => Err(crate::object::Raise::value(
                interp.cancelled_error(st.cancel_message.clone()),
            )),
            FutStatus::Done => Ok(st.exception.clone().unwrap_or(Value::None)),
        }
    });
    interp.register_method(FUTURE, "get_name", |_, a, _| {
        let f = fut(a)?;
        let name = f.state.borrow().name.clone();
        Ok(name.map_or(Value::None, Value::string))
    });
    interp.register_method(FUTURE, "set_name", |_, a, _| {
        arity("set_name", a, 2, 2)?;
        let f = fut(a)?;
        f.state.borrow_mut().name = Some(crate::object::repr::str(&a[1]));
        Ok(Value::None)
    });
    interp.register_method(FUTURE, "get_coro", |_, a, _| {
        Ok(fut(a)?.state.borrow().coro.clone())
    });
    let id = interp.register_native("cancel", NativeKind::Host(HostFn::Cancel as u32));
    interp.methods.insert((FUTURE, "cancel"), id);
}

fn fut(args: &[Value]) -> RResult<Rc<FutureObj>> {
    match args.first() {
        Some(Value::Future(f)) => Ok(f.clone()),
        _ => type_error("descriptor requires a 'Future' object"),
    }
}
