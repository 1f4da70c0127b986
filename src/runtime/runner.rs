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
        let lp = self.new_loop(loop_obj);
        let origin_depth = self.interp.coro_origin_depth;
        if lp.debug {
            self.interp.coro_origin_depth = super::debug::DEBUG_STACK_DEPTH;
        }
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
        self.drop_host_futures();
        self.interp.coro_origin_depth = origin_depth;
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
            None => self.new_loop(loop_obj.clone()),
        }
    }

    /// A new event loop for the script-level `loop_obj`, on the configured clock and in the
    /// loop object's debug mode.
    fn new_loop(&mut self, loop_obj: Value) -> EventLoop {
        let mut lp = EventLoop::new();
        lp.clock = self.loop_clock();
        lp.debug = Runtime::loop_debug(&loop_obj);
        lp.loop_obj = loop_obj;
        lp
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
        let origin_depth = self.interp.coro_origin_depth;
        if lp.debug {
            self.interp.coro_origin_depth = super::debug::DEBUG_STACK_DEPTH;
        }
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
        self.interp.coro_origin_depth = origin_depth;
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
            let (e, origin) = {
                let st = t.state.borrow();
                if !st.log_traceback {
                    continue;
                }
                let Some(e) = st.exception.clone() else {
                    continue;
                };
                let origin = match &st.coro {
                    Value::Coroutine(c) => c.borrow().origin.as_ref().map(|o| o.0.clone()),
                    _ => None,
                };
                (e, origin)
            };
            let mut out = String::from("Task exception was never retrieved\n");
            let shown = crate::object::repr::repr(&Value::Future(t.clone()));
            match origin.as_ref().and_then(|o| o.last()) {
                // Debug mode: where the task was made.
                Some(last) => {
                    let (line, _) = self.entry_line(last);
                    let file = &last.code.code.filename;
                    let shown = shown.strip_suffix('>').unwrap_or(&shown);
                    out.push_str(&format!("future: {shown} created at {file}:{line}>\n"));
                    out.push_str("source_traceback: Object created at (most recent call last):\n");
                    self.format_entries(origin.as_deref().unwrap_or_default(), &mut out);
                }
                None => out.push_str(&format!("future: {shown}\n")),
            }
            self.prepare_exception_display(&e);
            out.push_str(&(self.format_traceback)(&e, &self.sources));
            self.interp.flush_stdout();
            eprint!("{out}");
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
            if let Some(e) = st.exception.clone() {
                drop(st);
                let mut out = String::from("unhandled exception during asyncio.run() shutdown\n");
                let shown = crate::object::repr::repr(&Value::Future(t.clone()));
                out.push_str(&format!("task: {shown}\n"));
                self.prepare_exception_display(&e);
                out.push_str(&(self.format_traceback)(&e, &self.sources));
                self.interp.flush_stdout();
                eprint!("{out}");
            }
        }
        Ok(())
    }
}
