//! The event loop: a ready queue of callbacks, a timer heap on the monotonic clock, and the task
//! table. Scheduling follows CPython 3.11's `BaseEventLoop._run_once` and `Task.__step` exactly
//! (which callbacks go through the ready queue, and in what order), because interleaved output
//! of several tasks must match CPython's line for line.

use crate::object::future::{FutStatus, FutureCallback, FutureObj, GatherState, TaskId, wakeups};
use crate::object::value::{Value, agen_registry};
use crate::vm::Fiber;
use std::cell::RefCell;
use std::collections::VecDeque;
use std::rc::Rc;
use std::time::{Duration, Instant};

/// A unit of work in the ready queue (asyncio's `Handle`), as plain data.
#[derive(Debug)]
pub enum Callback {
    /// `Task.__step(exc)`: run the task, first sending it `send` (the value of the `await`
    /// it is suspended in; `None` for a fresh task) or throwing `throw` into it.
    Step {
        task: TaskId,
        send: Option<Value>,
        throw: Option<Value>,
    },
    /// `Task.__wakeup(fut)`: resume a task with the result of the future it awaited.
    Wake { task: TaskId, fut: Rc<FutureObj> },
    /// `gather`'s `_done_callback(child)`.
    Gather {
        state: Rc<RefCell<GatherState>>,
        child: Rc<FutureObj>,
    },
    /// `futures._set_result_unless_cancelled` (the timer behind `asyncio.sleep`).
    SetResultUnlessCancelled { fut: Rc<FutureObj>, value: Value },
    /// `run_until_complete`'s done callback: stop after this iteration.
    Stop,
    /// A script callable (`loop.call_soon(f, *args)`, a done callback): `func(*args)`.
    Call { func: Value, args: Vec<Value> },
    /// An async generator was dropped unfinished: close it in a task of its own.
    CloseAsyncGen(Value),
}

/// One task: its future (the `Task` object scripts see) and its frames while suspended.
pub struct TaskSlot {
    pub future: Rc<FutureObj>,
    /// `None` while the task is running (the fiber is on the Rust stack of `step_task`).
    pub fiber: Option<Fiber>,
}

pub struct EventLoop {
    pub ready: VecDeque<Callback>,
    timers: super::timer_heap::TimerHeap<Callback>,
    pub tasks: Vec<Option<TaskSlot>>,
    start: Instant,
    pub stopping: bool,
    pub current_task: Option<TaskId>,
    /// The script-level loop object (`asyncio.get_running_loop()`), set by `asyncio.run`.
    pub loop_obj: Value,
    /// The virtual clock's skipped seconds (`None`: real time; see `clock.rs`).
    pub clock: Option<Rc<std::cell::Cell<f64>>>,
    /// Debug mode (`loop.set_debug`): slow callbacks are reported.
    pub debug: bool,
    /// An empty buffer swapped with `future::wakeups`' list when it is flushed.
    wake_buf: wakeups::Pending,
}

impl Default for EventLoop {
    fn default() -> Self {
        EventLoop::new()
    }
}

impl EventLoop {
    pub fn new() -> EventLoop {
        EventLoop {
            ready: VecDeque::new(),
            timers: Default::default(),
            tasks: Vec::new(),
            start: Instant::now(),
            stopping: false,
            current_task: None,
            loop_obj: Value::None,
            clock: None,
            debug: false,
            wake_buf: Vec::new(),
        }
    }

    /// `loop.time()`: seconds on the monotonic clock.
    pub fn time(&self) -> f64 {
        let skipped = self.clock.as_ref().map_or(0.0, |c| c.get());
        self.start.elapsed().as_secs_f64() + skipped
    }

    /// Waits `d` for the next timer: sleeps, or on the virtual clock skips it.
    pub fn wait(&self, d: Duration) {
        match &self.clock {
            Some(c) => c.set(c.get() + d.as_secs_f64()),
            None => std::thread::sleep(d),
        }
    }

    pub fn call_soon(&mut self, cb: Callback) {
        self.finalize_dropped_agens();
        self.ready.push_back(cb);
    }

    /// Queues the callbacks of futures that natives completed inside the VM (see
    /// `future::wakeups`), in the order they completed.
    #[inline]
    pub fn flush_wakeups(&mut self) {
        if wakeups::any() {
            let mut buf = std::mem::take(&mut self.wake_buf);
            wakeups::swap(&mut buf);
            for (fut, cb) in buf.drain(..) {
                self.ready.push_back(to_callback(cb, &fut));
            }
            self.wake_buf = buf;
        }
    }

    /// CPython's asyncgen finalizer hook runs when the generator is dropped and schedules its
    /// closing right away; Baton schedules it before the next callback is queued.
    pub fn finalize_dropped_agens(&mut self) {
        self.flush_wakeups();
        if agen_registry::any_dropped() {
            for g in agen_registry::take_dropped() {
                self.ready
                    .push_back(Callback::CloseAsyncGen(Value::AsyncGen(g)));
            }
        }
    }

    /// `loop.call_at(when, cb)`.
    pub fn call_at(&mut self, when: f64, callback: Callback) {
        self.timers.push(when, callback);
    }

    pub fn add_task(&mut self, future: Rc<FutureObj>, fiber: Fiber) -> TaskId {
        let id = self.tasks.len() as TaskId;
        self.tasks.push(Some(TaskSlot {
            future,
            fiber: Some(fiber),
        }));
        id
    }

    /// How long `_run_once` may block: zero if work is ready, until the first timer otherwise,
    /// `None` if nothing can ever become ready.
    pub fn timeout(&mut self) -> Option<Duration> {
        self.flush_wakeups();
        if !self.ready.is_empty() || self.stopping {
            return Some(Duration::ZERO);
        }
        let first = self.timers.peek_when()?;
        Some(Duration::from_secs_f64((first - self.time()).max(0.0)))
    }

    /// Moves every timer that is due into the ready queue; returns how many callbacks this
    /// iteration runs (callbacks scheduled while running wait for the next iteration).
    pub fn collect_due(&mut self) -> usize {
        self.flush_wakeups();
        if self.timers.is_empty() {
            return self.ready.len();
        }
        let end = self.time() + 1e-9;
        while let Some(when) = self.timers.peek_when() {
            if when >= end {
                break;
            }
            let (_, callback) = self.timers.pop().expect("peeked");
            self.ready.push_back(callback);
        }
        self.ready.len()
    }

    /// Tasks that are not done, in creation order.
    pub fn pending_tasks(&self) -> Vec<Rc<FutureObj>> {
        self.tasks
            .iter()
            .flatten()
            .filter(|t| t.future.status() == FutStatus::Pending)
            .map(|t| t.future.clone())
            .collect()
    }
}

/// Completes a future and schedules its callbacks (`Future.__schedule_callbacks`).
pub fn schedule_callbacks(lp: &mut EventLoop, fut: &Rc<FutureObj>) {
    let callbacks = std::mem::take(&mut fut.state.borrow_mut().callbacks);
    for cb in callbacks {
        lp.call_soon(to_callback(cb, fut));
    }
}

fn to_callback(cb: FutureCallback, fut: &Rc<FutureObj>) -> Callback {
    match cb {
        FutureCallback::WakeTask(task) => Callback::Wake {
            task,
            fut: fut.clone(),
        },
        FutureCallback::Gather(state) => Callback::Gather {
            state,
            child: fut.clone(),
        },
        FutureCallback::StopLoop => Callback::Stop,
        FutureCallback::Call(func) => Callback::Call {
            func,
            args: vec![Value::Future(fut.clone())],
        },
    }
}

/// `fut.add_done_callback(cb)`: runs soon if the future is already done.
pub fn add_done_callback(lp: &mut EventLoop, fut: &Rc<FutureObj>, cb: FutureCallback) {
    if fut.done() {
        lp.call_soon(to_callback(cb, fut));
    } else {
        fut.state.borrow_mut().callbacks.push(cb);
    }
}

pub fn set_result(lp: &mut EventLoop, fut: &Rc<FutureObj>, v: Value) -> bool {
    {
        let mut st = fut.state.borrow_mut();
        if st.status != FutStatus::Pending {
            return false;
        }
        st.status = FutStatus::Done;
        st.result = v;
    }
    schedule_callbacks(lp, fut);
    true
}

pub fn set_exception(lp: &mut EventLoop, fut: &Rc<FutureObj>, e: Value) -> bool {
    {
        let mut st = fut.state.borrow_mut();
        if st.status != FutStatus::Pending {
            return false;
        }
        st.status = FutStatus::Done;
        st.exception = Some(e);
        st.log_traceback = true;
    }
    schedule_callbacks(lp, fut);
    true
}

/// `Future.cancel(msg)` for a plain future.
pub fn cancel_future(lp: &mut EventLoop, fut: &Rc<FutureObj>, msg: Option<Value>) -> bool {
    {
        let mut st = fut.state.borrow_mut();
        if st.status != FutStatus::Pending {
            return false;
        }
        st.status = FutStatus::Cancelled;
        st.cancel_message = msg;
    }
    schedule_callbacks(lp, fut);
    true
}
