//! Running an event loop: `asyncio.run` (CPython's `Runner`: the main task, then cancelling
//! what is left, closing async generators, reporting unretrieved exceptions) and
//! `loop.run_until_complete` on loops made by `new_event_loop()`, parked between runs.

use super::Runtime;
use super::event_loop::{EventLoop, add_done_callback};
use crate::object::future::{FutStatus, FutureCallback, FutureObj};
use crate::object::types::ExcKind;
use crate::object::value::{Value, agen_registry};
use std::rc::Rc;

impl Runtime {
    /// `asyncio.run(coro)`: a new loop runs the coroutine as the main task, then every task
    /// still pending is cancelled and awaited, as CPython's `Runner` does.
    pub(super) fn asyncio_run(&mut self, coro: Value, loop_obj: Value) -> Result<Value, Value> {
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
        agen_registry::take_alive();
        agen_registry::take_dropped();
        crate::object::future::wakeups::take();
        let mut lp = EventLoop::new();
        lp.loop_obj = loop_obj;
        self.event_loop = Some(lp);
        let outcome = match self.create_task(coro, None) {
            Ok(main) => self.run_until_complete(&main),
            Err(e) => Err(e),
        };
        let shutdown = self.cancel_all_tasks();
        let agens = self.shutdown_asyncgens();
        self.report_unretrieved();
        // CPython then runs `shutdown_asyncgens()` and `shutdown_default_executor()` as two
        // more tasks; they print nothing but take two task names.
        self.task_counter += 2;
        self.event_loop = None;
        shutdown?;
        agens?;
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

    /// The parked state of `loop_obj`, or a new loop for it.
    pub(super) fn unpark(&mut self, loop_obj: &Value) -> EventLoop {
        match self
            .parked_loops
            .iter()
            .position(|lp| lp.loop_obj.is(loop_obj))
        {
            Some(i) => self.parked_loops.swap_remove(i),
            None => {
                let mut lp = EventLoop::new();
                lp.loop_obj = loop_obj.clone();
                lp
            }
        }
    }

    /// `loop.run_until_complete(aw)` on a loop made by `new_event_loop()`: its tasks and
    /// timers stay pending between calls (nothing is cancelled, unlike `asyncio.run`).
    pub(super) fn loop_run_until_complete(
        &mut self,
        loop_obj: Value,
        aw: Value,
    ) -> Result<Value, Value> {
        if self.event_loop.is_some() {
            let same = self
                .event_loop
                .as_ref()
                .is_some_and(|lp| lp.loop_obj.is(&loop_obj));
            return Err(self.error(
                ExcKind::RuntimeError,
                if same {
                    "This event loop is already running"
                } else {
                    "Cannot run the event loop while another loop is running"
                },
            ));
        }
        let lp = self.unpark(&loop_obj);
        self.event_loop = Some(lp);
        let fut = match aw {
            Value::Future(f) => Ok(f),
            Value::Coroutine(_) => self.create_task(aw, None),
            other => Err(self.error(
                ExcKind::TypeError,
                format!(
                    "An asyncio.Future, a coroutine or an awaitable is required, got {}",
                    other.type_name()
                ),
            )),
        };
        let outcome = match fut {
            Ok(f) => self.run_until_complete(&f),
            Err(e) => Err(e),
        };
        if let Some(lp) = self.event_loop.take() {
            self.parked_loops.push(lp);
        }
        outcome
    }

    /// What a task's `__del__` logs when its exception was never looked at.
    fn report_unretrieved(&mut self) {
        let tasks: Vec<Rc<FutureObj>> = self
            .event_loop()
            .tasks
            .iter()
            .flatten()
            .map(|t| t.future.clone())
            .collect();
        for t in tasks {
            let st = t.state.borrow();
            if !st.log_traceback {
                continue;
            }
            if let Some(e) = &st.exception {
                self.interp.flush_stdout();
                eprintln!("Task exception was never retrieved");
                eprintln!(
                    "future: <Task finished name='{}' exception={}>",
                    st.task_name(),
                    crate::object::repr::repr(e)
                );
            }
        }
    }

    /// `loop.shutdown_asyncgens()`: async generators still suspended are closed together.
    fn shutdown_asyncgens(&mut self) -> Result<(), Value> {
        let alive = agen_registry::take_alive();
        if alive.is_empty() {
            return Ok(());
        }
        let mut tasks = Vec::new();
        for g in alive {
            tasks.push(Value::Future(self.close_async_gen(Value::AsyncGen(g))?));
        }
        let Value::Future(g) = self.gather(tasks, true)? else {
            unreachable!("gather returns a future")
        };
        let _ = self.run_until_complete(&g);
        Ok(())
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
