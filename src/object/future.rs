//! asyncio futures and tasks as plain data. The event loop (runtime/) gives them behaviour;
//! callbacks are data too (`FutureCallback`), never boxed closures.

use super::value::Value;
use std::cell::RefCell;
use std::rc::Rc;

/// Index of a task in the event loop's task table.
pub type TaskId = u32;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FutStatus {
    Pending,
    Done,
    Cancelled,
}

/// Something to run (via the loop's ready queue) when a future completes.
#[derive(Debug, Clone)]
pub enum FutureCallback {
    /// Resume the task that awaits this future.
    WakeTask(TaskId),
    /// A child of `gather` finished.
    Gather(Rc<RefCell<GatherState>>),
    /// `run_until_complete` is done: stop the loop after this iteration.
    StopLoop,
    /// A script callable added with `add_done_callback`: called with the future.
    Call(Value),
}

/// A future's done callbacks, in the order they were added. Most futures get exactly one
/// (the task that awaits them), kept inline: no allocation per future.
#[derive(Debug, Default)]
pub enum Callbacks {
    #[default]
    None,
    One(FutureCallback),
    Many(Vec<FutureCallback>),
}

impl Callbacks {
    pub fn push(&mut self, cb: FutureCallback) {
        *self = match std::mem::take(self) {
            Callbacks::None => Callbacks::One(cb),
            Callbacks::One(first) => Callbacks::Many(vec![first, cb]),
            Callbacks::Many(mut v) => {
                v.push(cb);
                Callbacks::Many(v)
            }
        };
    }

    pub fn iter(&self) -> std::slice::Iter<'_, FutureCallback> {
        match self {
            Callbacks::None => [].iter(),
            Callbacks::One(cb) => std::slice::from_ref(cb).iter(),
            Callbacks::Many(v) => v.iter(),
        }
    }
    pub fn len(&self) -> usize {
        match self {
            Callbacks::None => 0,
            Callbacks::One(_) => 1,
            Callbacks::Many(v) => v.len(),
        }
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// Keeps the callbacks for which `keep` is true, in order.
    pub fn retain(&mut self, mut keep: impl FnMut(&FutureCallback) -> bool) {
        match self {
            Callbacks::None => {}
            Callbacks::One(cb) => {
                if !keep(cb) {
                    *self = Callbacks::None;
                }
            }
            Callbacks::Many(v) => v.retain(keep),
        }
    }
}

impl IntoIterator for Callbacks {
    type Item = FutureCallback;
    type IntoIter =
        std::iter::Chain<std::option::IntoIter<FutureCallback>, std::vec::IntoIter<FutureCallback>>;

    fn into_iter(self) -> Self::IntoIter {
        match self {
            Callbacks::None => None.into_iter().chain(Vec::new()),
            Callbacks::One(cb) => Some(cb).into_iter().chain(Vec::new()),
            Callbacks::Many(v) => None.into_iter().chain(v),
        }
    }
}

/// Book-keeping of one `asyncio.gather` call.
#[derive(Debug)]
pub struct GatherState {
    pub outer: Rc<FutureObj>,
    pub children: Vec<Rc<FutureObj>>,
    /// Number of distinct children (an awaitable passed twice is waited for once).
    pub distinct: usize,
    pub finished: usize,
    pub return_exceptions: bool,
}

#[derive(Debug)]
pub struct FutState {
    pub status: FutStatus,
    pub result: Value,
    pub exception: Option<Value>,
    pub callbacks: Callbacks,
    pub cancel_message: Option<Value>,
    /// Tasks only: the name given to the task; `None` for the default `Task-{number}`
    /// (made when asked for: most tasks are never named).
    pub name: Option<Box<str>>,
    /// Tasks only: the task's number, for its default name.
    pub number: u32,
    /// Tasks only: the coroutine it drives.
    pub coro: Value,
    /// Tasks only: a cancellation was requested and must be thrown in at the next step.
    pub must_cancel: bool,
    /// Tasks only: the future this task is currently blocked on.
    pub waiting_on: Option<Rc<FutureObj>>,
    /// Tasks only: number of outstanding cancel requests (`Task.cancelling()`).
    pub cancel_requests: u32,
    /// Gathering futures only: the children, cancelled when the gather is cancelled.
    pub gather_children: Option<Box<[Rc<FutureObj>]>>,
    /// Gathering futures only: a cancel reached at least one child.
    pub cancel_requested: bool,
    /// Tasks only: the `CancelledError` that ended the task, given (once) to the first
    /// `result()`/`exception()`/`await` after it, as CPython's `_cancelled_exc`.
    pub cancelled_exc: Option<Value>,
    /// The exception was set and nobody has looked at it yet ("never retrieved").
    pub log_traceback: bool,
    /// Tasks only: the code of the coroutine, and the instruction it was suspended at last
    /// (for `repr`: `coro=<main() running at f.py:3>`).
    pub coro_code: Option<Rc<super::function::CodeObj>>,
    pub coro_pc: u32,
}

#[derive(Debug)]
pub struct FutureObj {
    pub state: RefCell<FutState>,
    /// `Some` when this future is a task.
    pub task: Option<TaskId>,
}

impl FutState {
    /// A task's name: the one set, or `Task-N`.
    pub fn task_name(&self) -> String {
        match &self.name {
            Some(n) => n.to_string(),
            None => format!("Task-{}", self.number),
        }
    }
}

impl FutureObj {
    pub fn new(task: Option<TaskId>) -> FutureObj {
        FutureObj {
            state: RefCell::new(FutState {
                status: FutStatus::Pending,
                result: Value::None,
                exception: None,
                callbacks: Callbacks::None,
                cancel_message: None,
                name: None,
                number: 0,
                coro: Value::None,
                must_cancel: false,
                waiting_on: None,
                cancel_requests: 0,
                gather_children: None,
                cancel_requested: false,
                cancelled_exc: None,
                log_traceback: false,
                coro_code: None,
                coro_pc: 0,
            }),
            task,
        }
    }
    pub fn is_task(&self) -> bool {
        self.task.is_some()
    }
    pub fn done(&self) -> bool {
        self.state.borrow().status != FutStatus::Pending
    }
    pub fn status(&self) -> FutStatus {
        self.state.borrow().status
    }
}

/// Futures completed by natives that run inside the dispatch loop (the `asyncio.Queue` core,
/// the waiter deques), which cannot reach the event loop: their done callbacks wait here,
/// in completion order, and the loop moves them to its ready queue before it queues or runs
/// anything else, so they keep the place `Future.set_result`'s `call_soon` gives them.
pub mod wakeups {
    use super::{FutStatus, FutureCallback, FutureObj};
    use crate::object::value::Value;
    use std::cell::{Cell, RefCell};
    use std::rc::Rc;

    pub type Pending = Vec<(Rc<FutureObj>, FutureCallback)>;

    thread_local! {
        static ANY: Cell<bool> = const { Cell::new(false) };
        static PENDING: RefCell<Pending> = const { RefCell::new(Vec::new()) };
    }

    /// `fut.set_result(v)` from inside the VM: false if `fut` is already done.
    pub fn set_result(fut: &Rc<FutureObj>, v: Value) -> bool {
        let callbacks = {
            let mut st = fut.state.borrow_mut();
            if st.status != FutStatus::Pending {
                return false;
            }
            st.status = FutStatus::Done;
            st.result = v;
            std::mem::take(&mut st.callbacks)
        };
        if !callbacks.is_empty() {
            PENDING.with(|p| {
                p.borrow_mut()
                    .extend(callbacks.into_iter().map(|cb| (fut.clone(), cb)))
            });
            ANY.with(|a| a.set(true));
        }
        true
    }

    /// Whether completions wait to be scheduled.
    #[inline]
    pub fn any() -> bool {
        ANY.with(|a| a.get())
    }

    /// The waiting completions, oldest first.
    pub fn take() -> Pending {
        let mut v = Vec::new();
        swap(&mut v);
        v
    }

    /// Swaps the waiting completions with `buf` (an empty buffer, so that no allocation is
    /// made once both have grown).
    pub fn swap(buf: &mut Pending) {
        ANY.with(|a| a.set(false));
        PENDING.with(|p| std::mem::swap(&mut *p.borrow_mut(), buf));
    }
}
