//! Tasks: `Task.__step`, wake-ups, cancellation, `gather`, and the loop that runs them
//! (`run_forever` / `_run_once`). The only place that drives task fibers.

use super::Runtime;
use super::event_loop::{
    Callback, EventLoop, add_done_callback, cancel_future, set_exception, set_result,
};
use crate::object::future::{FutStatus, FutureCallback, FutureObj, GatherState, TaskId};
use crate::object::types::ExcKind;
use crate::object::value::Value;
use crate::vm::{Fiber, Halt, Resume};
use std::cell::RefCell;
use std::rc::Rc;

impl Runtime {
    pub(super) fn event_loop(&mut self) -> &mut EventLoop {
        self.event_loop.as_mut().expect("a running event loop")
    }

    /// `loop.create_task(coro, name=)`: the first step is scheduled with `call_soon`.
    pub(super) fn create_task(
        &mut self,
        coro: Value,
        name: Option<String>,
    ) -> Result<Rc<FutureObj>, Value> {
        let started = self
            .interp
            .start_coroutine(&coro)
            .map_err(|r| self.interp.materialize(r))?;
        let coro_code = started.0.code.clone();
        let fiber = self.interp.coroutine_fiber(started);
        self.task_counter += 1;
        let number = self.task_counter as u32;
        let lp = self.event_loop();
        let id = lp.tasks.len() as TaskId;
        let fut = Rc::new(FutureObj::new(Some(id)));
        {
            let mut st = fut.state.borrow_mut();
            st.name = name.map(String::into_boxed_str);
            st.number = number;
            st.coro = coro;
            st.coro_code = Some(coro_code);
        }
        lp.add_task(fut.clone(), fiber);
        lp.call_soon(Callback::Step {
            task: id,
            send: None,
            throw: None,
        });
        Ok(fut)
    }

    /// Runs the loop until a `Stop` callback has run (`run_forever`).
    pub(super) fn run_forever(&mut self) -> Result<(), Value> {
        loop {
            self.run_once()?;
            let lp = self.event_loop();
            if lp.stopping {
                lp.stopping = false;
                return Ok(());
            }
        }
    }

    /// One iteration: wait for the first timer if nothing is ready, then run the callbacks
    /// that are ready now.
    pub(super) fn run_once(&mut self) -> Result<(), Value> {
        self.poll_host_futures();
        let mut timeout = self.event_loop().timeout();
        if self.host_futures_pending() {
            // A host future will wake the loop: wait for it (or the first timer).
            timeout = Some(timeout.unwrap_or(std::time::Duration::from_secs(3600)));
        }
        match timeout {
            None => {
                return Err(self.interp.new_exception(
                    ExcKind::RuntimeError,
                    vec![Value::str(
                        "event loop is stuck: every task is waiting and nothing can wake them",
                    )],
                ));
            }
            Some(d) if !d.is_zero() => {
                self.idle(d)?;
                self.poll_host_futures();
            }
            Some(_) => {}
        }
        let n = self.event_loop().collect_due();
        for _ in 0..n {
            let Some(cb) = self.event_loop().ready.pop_front() else {
                break;
            };
            if self.event_loop().debug {
                self.run_callback_timed(cb)?;
            } else {
                self.run_callback(cb)?;
            }
            self.event_loop().finalize_dropped_agens();
        }
        Ok(())
    }

    pub(super) fn run_callback(&mut self, cb: Callback) -> Result<(), Value> {
        match cb {
            Callback::Step { task, send, throw } => {
                let resume = match (send, throw) {
                    (_, Some(e)) => Some(Resume::Throw(e)),
                    (Some(v), None) => Some(Resume::Value(v)),
                    (None, None) => None,
                };
                self.step_task(task, resume)
            }
            Callback::Wake { task, fut } => {
                let resume = self.future_outcome(&fut);
                self.step_task(task, Some(resume))
            }
            Callback::Gather { state, child } => {
                self.gather_done(&state, &child);
                Ok(())
            }
            Callback::SetResultUnlessCancelled { fut, value } => {
                if fut.status() != FutStatus::Cancelled {
                    set_result(self.event_loop(), &fut, value);
                }
                Ok(())
            }
            Callback::Stop => {
                self.event_loop().stopping = true;
                Ok(())
            }
            Callback::CloseAsyncGen(agen) => {
                self.close_async_gen(agen)?;
                Ok(())
            }
            Callback::Call { func, args } => match self.call_script(func.clone(), args) {
                Ok(_) => Ok(()),
                Err(e) => {
                    if let Value::Exception(x) = &e
                        && matches!(
                            x.kind(),
                            Some(ExcKind::KeyboardInterrupt | ExcKind::SystemExit)
                        )
                    {
                        return Err(e);
                    }
                    self.interp.flush_stdout();
                    eprintln!("Exception in callback {}", crate::object::repr::repr(&func));
                    eprintln!("{}", crate::object::repr::repr(&e));
                    Ok(())
                }
            },
        }
    }

    /// `loop.create_task(agen.aclose())` (through the prelude's `_agen_aclose`).
    pub(super) fn close_async_gen(&mut self, agen: Value) -> Result<Rc<FutureObj>, Value> {
        let f = self
            .interp
            .prelude_fn("_agen_aclose")
            .expect("the prelude defines _agen_aclose");
        let coro = self.call_script(f, vec![agen])?;
        self.create_task(coro, None)
    }

    /// What `future.result()` gives: its value, or its exception to throw.
    pub(super) fn future_outcome(&self, fut: &Rc<FutureObj>) -> Resume {
        let mut st = fut.state.borrow_mut();
        match st.status {
            FutStatus::Done => match &st.exception {
                Some(e) => {
                    let e = e.clone();
                    st.log_traceback = false;
                    Resume::Throw(e)
                }
                None => Resume::Value(st.result.clone()),
            },
            FutStatus::Cancelled => {
                drop(st);
                Resume::Throw(super::asyncio::make_cancelled_error(&self.interp, fut))
            }
            FutStatus::Pending => Resume::Throw(self.interp.new_exception(
                ExcKind::InvalidStateError,
                vec![Value::str("Result is not set.")],
            )),
        }
    }

    /// `Task.__step`: runs the task until it awaits something pending, yields, or finishes.
    fn step_task(&mut self, task: TaskId, resume: Option<Resume>) -> Result<(), Value> {
        let lp = self.event_loop();
        let Some(slot) = lp.tasks[task as usize].as_mut() else {
            return Ok(());
        };
        let fut = slot.future.clone();
        if fut.done() {
            return Ok(());
        }
        let Some(mut fiber) = slot.fiber.take() else {
            return Ok(());
        };
        let mut resume = resume;
        {
            let mut st = fut.state.borrow_mut();
            if st.must_cancel {
                let is_cancel = matches!(&resume, Some(Resume::Throw(Value::Exception(e)))
                    if e.kind() == Some(ExcKind::CancelledError));
                if !is_cancel {
                    let msg = st.cancel_message.clone();
                    resume = Some(Resume::Throw(self.interp.cancelled_error(msg)));
                }
                st.must_cancel = false;
            }
            st.waiting_on = None;
        }
        if let Some(r) = resume {
            self.interp.resume(&mut fiber, r);
        }
        let prev = self.event_loop().current_task.replace(task);
        let result = self.drive_task(task, &fut, fiber);
        self.event_loop().current_task = prev;
        result
    }

    fn drive_task(
        &mut self,
        task: TaskId,
        fut: &Rc<FutureObj>,
        mut fiber: Fiber,
    ) -> Result<(), Value> {
        loop {
            let halt = self.interp.run(&mut fiber);
            self.print_warnings();
            match halt {
                Halt::HostCall { id, args, kwargs } => {
                    let r = self.host_call(id, args, kwargs);
                    self.resume_with(&mut fiber, r);
                }
                Halt::Import { name } => {
                    let r = self.import(&mut fiber, &name);
                    match r {
                        Ok(Some(m)) => self.interp.resume(&mut fiber, Resume::Value(m)),
                        Ok(None) => {}
                        Err(e) => self.interp.resume(&mut fiber, Resume::Throw(e)),
                    }
                }
                Halt::Returned(v) => {
                    let lp = self.event_loop();
                    let must_cancel = std::mem::take(&mut fut.state.borrow_mut().must_cancel);
                    if must_cancel {
                        let msg = fut.state.borrow().cancel_message.clone();
                        cancel_future(lp, fut, msg);
                    } else {
                        set_result(lp, fut, v);
                    }
                    self.retire(task);
                    return Ok(());
                }
                Halt::Raised(e) => {
                    let cancelled = matches!(&e, Value::Exception(x) if x.kind() == Some(ExcKind::CancelledError));
                    let lp = self.event_loop();
                    if cancelled {
                        // `super().cancel()`: no message; the exception itself is kept for
                        // the first `result()`.
                        fut.state.borrow_mut().cancelled_exc = Some(e.clone());
                        cancel_future(lp, fut, None);
                    } else {
                        set_exception(lp, fut, e.clone());
                    }
                    self.retire(task);
                    if let Value::Exception(x) = &e
                        && matches!(
                            x.kind(),
                            Some(ExcKind::KeyboardInterrupt | ExcKind::SystemExit)
                        )
                    {
                        return Err(e);
                    }
                    return Ok(());
                }
                Halt::Await(v) => {
                    let Value::Future(waited) = v else {
                        unreachable!("only futures suspend")
                    };
                    if Rc::ptr_eq(&waited, fut) {
                        let e = self.interp.new_exception(
                            ExcKind::RuntimeError,
                            vec![Value::str("Task cannot await on itself")],
                        );
                        self.park(task, fiber);
                        self.event_loop().call_soon(Callback::Step {
                            task,
                            send: None,
                            throw: Some(e),
                        });
                        return Ok(());
                    }
                    let lp = self.event_loop();
                    add_done_callback(lp, &waited, FutureCallback::WakeTask(task));
                    let must_cancel = {
                        let mut st = fut.state.borrow_mut();
                        st.waiting_on = Some(waited.clone());
                        st.coro_pc = fiber.frames.first().map_or(0, |f| f.pc.saturating_sub(1));
                        st.must_cancel
                    };
                    if must_cancel {
                        let msg = fut.state.borrow().cancel_message.clone();
                        if self.cancel(&waited, msg) {
                            fut.state.borrow_mut().must_cancel = false;
                        }
                    }
                    self.park(task, fiber);
                    return Ok(());
                }
                Halt::Yield => {
                    fut.state.borrow_mut().coro_pc =
                        fiber.frames.first().map_or(0, |f| f.pc.saturating_sub(1));
                    self.park(task, fiber);
                    self.event_loop().call_soon(Callback::Step {
                        task,
                        send: Some(Value::None),
                        throw: None,
                    });
                    return Ok(());
                }
            }
        }
    }

    pub(super) fn resume_with(&mut self, fiber: &mut Fiber, r: Result<Value, Value>) {
        match r {
            Ok(v) => self.interp.resume(fiber, Resume::Value(v)),
            Err(e) => self.interp.resume(fiber, Resume::Throw(e)),
        }
    }

    fn park(&mut self, task: TaskId, fiber: Fiber) {
        if let Some(slot) = self.event_loop().tasks[task as usize].as_mut() {
            slot.fiber = Some(fiber);
        }
    }

    /// A finished task keeps its future (scripts may hold it) but drops its frames.
    fn retire(&mut self, task: TaskId) {
        if let Some(slot) = self.event_loop().tasks[task as usize].as_mut() {
            slot.fiber = None;
        }
    }

    /// `Task.cancel(msg)` / `Future.cancel(msg)` / `_GatheringFuture.cancel(msg)`.
    pub(super) fn cancel(&mut self, fut: &Rc<FutureObj>, msg: Option<Value>) -> bool {
        if fut.done() {
            return false;
        }
        // Tasks waiting on each other in a cycle recurse without end, as in CPython, where
        // that ends in RecursionError (see `HostFn::Cancel`).
        if self.cancel_depth >= self.interp.recursion_limit {
            self.cancel_overflow = true;
            return false;
        }
        self.cancel_depth += 1;
        let r = self.cancel_inner(fut, msg);
        self.cancel_depth -= 1;
        r
    }

    fn cancel_inner(&mut self, fut: &Rc<FutureObj>, msg: Option<Value>) -> bool {
        if fut.is_task() {
            let waiting = {
                let mut st = fut.state.borrow_mut();
                st.cancel_requests += 1;
                st.waiting_on.clone()
            };
            if let Some(w) = waiting
                && self.cancel(&w, msg.clone())
            {
                return true;
            }
            let mut st = fut.state.borrow_mut();
            st.must_cancel = true;
            st.cancel_message = msg;
            return true;
        }
        let children = fut.state.borrow().gather_children.clone();
        if let Some(children) = children.filter(|c| !c.is_empty()) {
            let mut any = false;
            for c in &children {
                if self.cancel(c, msg.clone()) {
                    any = true;
                }
            }
            if any {
                fut.state.borrow_mut().cancel_requested = true;
            }
            return any;
        }
        cancel_future(self.event_loop(), fut, msg)
    }

    /// `asyncio.gather(*aws, return_exceptions=)`.
    pub(super) fn gather(
        &mut self,
        aws: Vec<Value>,
        return_exceptions: bool,
    ) -> Result<Value, Value> {
        self.gather_with(aws, return_exceptions, None)
    }

    /// `gather`, turning other awaitables into futures with the script's `ensure` (when given:
    /// `asyncio.ensure_future`) as each is reached.
    pub(super) fn gather_with(
        &mut self,
        aws: Vec<Value>,
        return_exceptions: bool,
        ensure: Option<Value>,
    ) -> Result<Value, Value> {
        let outer = Rc::new(FutureObj::new(None));
        if aws.is_empty() {
            set_result(self.event_loop(), &outer, Value::list(vec![]));
            return Ok(Value::Future(outer));
        }
        let state = Rc::new(RefCell::new(GatherState {
            outer: outer.clone(),
            children: Vec::new(),
            distinct: 0,
            finished: 0,
            return_exceptions,
        }));
        // The same awaitable passed twice is one child (by identity: awaitables are objects).
        let mut seen: rustc_hash::FxHashMap<usize, Rc<FutureObj>> = Default::default();
        for aw in aws {
            if let Some(f) = seen.get(&aw.identity()).filter(|_| aw.is_heap()) {
                let f = f.clone();
                state.borrow_mut().children.push(f);
                continue;
            }
            let child = match &aw {
                Value::Future(f) => f.clone(),
                Value::Coroutine(_) => self.create_task(aw.clone(), None)?,
                other if ensure.is_some() => {
                    let f = ensure.clone().expect("checked");
                    match self.call_script(f, vec![other.clone()])? {
                        Value::Future(f) => f,
                        _ => {
                            return Err(self.error(
                                ExcKind::TypeError,
                                "ensure_future() did not return a future",
                            ));
                        }
                    }
                }
                other => {
                    return Err(self.interp.new_exception(
                        ExcKind::TypeError,
                        vec![Value::string(format!(
                            "An asyncio.Future, a coroutine or an awaitable is required, got {}",
                            other.type_name()
                        ))],
                    ));
                }
            };
            state.borrow_mut().distinct += 1;
            state.borrow_mut().children.push(child.clone());
            seen.insert(aw.identity(), child.clone());
            add_done_callback(
                self.event_loop(),
                &child,
                FutureCallback::Gather(state.clone()),
            );
        }
        outer.state.borrow_mut().gather_children = Some(state.borrow().children.clone().into());
        Ok(Value::Future(outer))
    }

    /// gather's `_done_callback(child)`.
    fn gather_done(&mut self, state: &Rc<RefCell<GatherState>>, child: &Rc<FutureObj>) {
        let (outer, finished, distinct, return_exceptions) = {
            let mut s = state.borrow_mut();
            s.finished += 1;
            (s.outer.clone(), s.finished, s.distinct, s.return_exceptions)
        };
        if outer.done() {
            return;
        }
        if !return_exceptions {
            let failure = match child.status() {
                FutStatus::Cancelled => {
                    Some(super::asyncio::make_cancelled_error(&self.interp, child))
                }
                _ => {
                    let mut st = child.state.borrow_mut();
                    st.log_traceback = false;
                    st.exception.clone()
                }
            };
            if let Some(e) = failure {
                set_exception(self.event_loop(), &outer, e);
                return;
            }
        }
        if finished < distinct {
            return;
        }
        let children = state.borrow().children.clone();
        let mut results = Vec::with_capacity(children.len());
        for c in &children {
            c.state.borrow_mut().log_traceback = false;
            let st = c.state.borrow();
            results.push(match st.status {
                FutStatus::Cancelled => {
                    let msg = st.cancel_message.clone().unwrap_or_else(|| Value::str(""));
                    self.interp
                        .new_exception(ExcKind::CancelledError, vec![msg])
                }
                _ => st.exception.clone().unwrap_or_else(|| st.result.clone()),
            });
        }
        let cancel_requested = outer.state.borrow().cancel_requested;
        let lp = self.event_loop();
        if cancel_requested {
            // CPython's `fut._make_cancelled_error()` here names the loop variable of the
            // results loop: the last child, not the one that just finished.
            let last = children.last().unwrap_or(child);
            let e = super::asyncio::make_cancelled_error(&self.interp, last);
            set_exception(self.event_loop(), &outer, e);
        } else {
            set_result(lp, &outer, Value::list(results));
        }
    }
}
