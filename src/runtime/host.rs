//! What an embedding host adds to the runtime: native functions of its own (closures, called
//! through `NativeKind::Host` ids numbered after the runtime's own `HostFn`s), modules of its
//! own, which modules may be imported at all, and entry points to run code in a namespace that
//! persists between runs. The public embedding API (the `embed` module) is built on this.

use super::{HostFn, Runtime};
use crate::object::types::ExcKind;
use crate::object::value::{DictRef, Value};
use crate::vm::NativeKind;
use rustc_hash::{FxHashMap, FxHashSet};
use std::future::Future;
use std::pin::Pin;
use std::rc::Rc;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::task::{Context, Poll, Wake, Waker};
use std::time::{Duration, Instant};

/// A host function: converted arguments in, a value or an exception out. `Send`, because the
/// VM that owns it may move between threads.
pub type HostFunction =
    Box<dyn FnMut(&mut Runtime, Vec<Value>, Vec<(Rc<str>, Value)>) -> Result<Value, Value> + Send>;

/// What a host future gives when it completes: made into a value (or an exception) inside
/// the VM.
pub type HostOutput = Box<dyn FnOnce(&crate::vm::Interp) -> Result<Value, Value> + Send>;

/// A Rust future a script awaits (an async host function's call).
pub type HostFuture = Pin<Box<dyn Future<Output = HostOutput> + Send>>;

/// Runs the polling it is given inside some context (e.g. a tokio runtime's).
pub type PollContext = Box<dyn Fn(&mut dyn FnMut()) + Send>;

/// Wakes the event loop when a host future can make progress.
struct LoopWaker {
    woken: AtomicBool,
    thread: std::sync::Mutex<std::thread::Thread>,
}

impl Wake for LoopWaker {
    fn wake(self: Arc<Self>) {
        self.wake_by_ref();
    }
    fn wake_by_ref(self: &Arc<Self>) {
        self.woken.store(true, Ordering::Release);
        self.thread
            .lock()
            .unwrap_or_else(|p| p.into_inner())
            .unpark();
    }
}

/// Host futures the scripts are waiting for, each with the asyncio future they see.
#[derive(Default)]
pub struct HostFutures {
    pending: Vec<(Rc<crate::object::future::FutureObj>, HostFuture)>,
    waker: Option<Arc<LoopWaker>>,
    /// Called around each poll (e.g. to enter a tokio runtime's context).
    pub poll_context: Option<PollContext>,
}

/// The host's additions (empty for the CLI).
pub struct HostHooks {
    functions: Vec<Option<HostFunction>>,
    /// Host futures in flight.
    pub futures: HostFutures,
    /// Modules the host made: `import name` resolves to them before anything else.
    pub modules: FxHashMap<Rc<str>, Value>,
    /// When set, only these modules (and the runtime's internal `_` modules, which the
    /// standard library uses) can be imported, besides the host's own.
    pub allowed_modules: Option<FxHashSet<String>>,
    /// Modules that can never be imported.
    pub denied_modules: FxHashSet<String>,
    /// Whether `import` may read `.py` files from the script folder and `sys.path`.
    pub file_imports: bool,
}

impl Default for HostHooks {
    fn default() -> HostHooks {
        HostHooks {
            functions: Vec::new(),
            futures: HostFutures::default(),
            modules: FxHashMap::default(),
            allowed_modules: None,
            denied_modules: FxHashSet::default(),
            file_imports: true,
        }
    }
}

impl HostHooks {
    /// Whether `import name` may load `name` (host modules are always allowed).
    pub(super) fn may_import(&self, name: &str) -> bool {
        let top = name.split('.').next().unwrap_or(name);
        if self.denied_modules.contains(name) || self.denied_modules.contains(top) {
            return false;
        }
        match &self.allowed_modules {
            None => true,
            Some(allowed) => {
                top.starts_with('_') || allowed.contains(name) || allowed.contains(top)
            }
        }
    }
}

impl Runtime {
    /// Registers a host function; returns the function value scripts call.
    pub fn register_host_function(&mut self, name: &str, f: HostFunction) -> Value {
        let id = HostFn::ALL.len() + self.hooks.functions.len();
        self.hooks.functions.push(Some(f));
        let nid = self
            .interp
            .register_native(name, NativeKind::Host(id as u32));
        self.interp.natives[nid as usize].value.clone()
    }

    /// Runs host function number `index` (a `NativeKind::Host` id past the runtime's own).
    pub(super) fn call_host_function(
        &mut self,
        index: usize,
        args: Vec<Value>,
        kwargs: Vec<(Rc<str>, Value)>,
    ) -> Result<Value, Value> {
        let Some(mut f) = self.hooks.functions.get_mut(index).and_then(Option::take) else {
            return Err(self.error(ExcKind::RuntimeError, "a host function cannot call itself"));
        };
        let r = f(self, args, kwargs);
        self.hooks.functions[index] = Some(f);
        r
    }

    /// Runs `source` (a whole module) in the namespace `globals`, which persists between
    /// runs (the host's `__main__`).
    pub fn run_in(
        &mut self,
        source: &str,
        filename: &str,
        globals: &DictRef,
    ) -> Result<Value, super::RunError> {
        let code = self
            .compile(source, filename)
            .map_err(super::RunError::Syntax)?;
        self.sources.insert(Rc::from(filename), Rc::from(source));
        let code = self.interp.load_code(&code);
        let fiber = self.interp.main_fiber(code, globals.clone());
        let r = self.run_fiber(fiber);
        self.interp.flush_stdout();
        r.map_err(|e| self.classify(e))
    }

    /// Calls `func(*args)` to completion; a coroutine it returns is run by `asyncio.run`.
    pub fn call_to_completion(
        &mut self,
        func: Value,
        args: Vec<Value>,
    ) -> Result<Value, super::RunError> {
        let r = self.call_script(func, args);
        let r = match r {
            Ok(c @ Value::Coroutine(_)) => self.asyncio_run(c, Value::None),
            other => other,
        };
        self.interp.flush_stdout();
        r.map_err(|e| self.classify(e))
    }
}

impl Runtime {
    /// Starts a host future: returns the asyncio future the script awaits. Outside a running
    /// event loop this raises `RuntimeError`, as awaiting anything there would.
    pub fn start_host_future(&mut self, fut: HostFuture) -> Result<Value, Value> {
        if self.event_loop.is_none() {
            return Err(self.error(
                ExcKind::RuntimeError,
                "an async host function needs a running event loop (call it from async code)",
            ));
        }
        let obj = Rc::new(crate::object::future::FutureObj::new(None));
        self.hooks.futures.pending.push((obj.clone(), fut));
        if let Some(w) = &self.hooks.futures.waker {
            w.woken.store(true, Ordering::Release);
        }
        Ok(Value::Future(obj))
    }

    /// Whether host futures are in flight.
    pub fn host_futures_pending(&self) -> bool {
        !self.hooks.futures.pending.is_empty()
    }

    /// Polls the host futures that were woken: completed ones resolve their asyncio future;
    /// those whose asyncio future was cancelled (the awaiting task was cancelled) are dropped.
    pub(super) fn poll_host_futures(&mut self) {
        let futures = &mut self.hooks.futures;
        if futures.pending.is_empty() {
            return;
        }
        let waker = futures
            .waker
            .get_or_insert_with(|| {
                Arc::new(LoopWaker {
                    woken: AtomicBool::new(true),
                    thread: std::sync::Mutex::new(std::thread::current()),
                })
            })
            .clone();
        // The VM may have moved to another thread since the last wait.
        *waker.thread.lock().unwrap_or_else(|p| p.into_inner()) = std::thread::current();
        futures.pending.retain(|(obj, _)| !obj.done());
        if !waker.woken.swap(false, Ordering::AcqRel) {
            return;
        }
        let mut done = Vec::new();
        let mut pending = std::mem::take(&mut futures.pending);
        {
            let w = Waker::from(waker);
            let mut cx = Context::from_waker(&w);
            let mut poll_all = || {
                pending.retain_mut(|(obj, f)| match f.as_mut().poll(&mut cx) {
                    Poll::Ready(out) => {
                        done.push((obj.clone(), out));
                        false
                    }
                    Poll::Pending => true,
                });
            };
            match &futures.poll_context {
                Some(ctx) => ctx(&mut poll_all),
                None => poll_all(),
            }
        }
        futures.pending.append(&mut pending);
        for (obj, out) in done {
            let r = out(&self.interp);
            let Some(lp) = self.event_loop.as_mut() else {
                continue;
            };
            match r {
                Ok(v) => {
                    super::event_loop::set_result(lp, &obj, v);
                }
                Err(e) => {
                    super::event_loop::set_exception(lp, &obj, e);
                }
            }
        }
    }

    /// Waits up to `d` for a timer or a host future's wake-up, but not past a host deadline
    /// (which then trips, as at a checkpoint).
    pub(super) fn idle(&mut self, d: Duration) -> Result<(), Value> {
        self.interp.flush_stdout();
        let mut end = Instant::now() + d;
        let deadline = self.interp.limits.deadline;
        if let Some(dl) = deadline {
            end = end.min(dl);
        }
        let waker = match &self.hooks.futures.waker {
            Some(w) if !self.hooks.futures.pending.is_empty() => Some(w.clone()),
            _ => None,
        };
        match waker {
            Some(w) => {
                while !w.woken.load(Ordering::Acquire) {
                    let now = Instant::now();
                    if now >= end {
                        break;
                    }
                    std::thread::park_timeout(end - now);
                }
            }
            // Nothing outside can wake the loop: sleep, or jump a virtual clock forward.
            None => {
                let rest = end.saturating_duration_since(Instant::now());
                self.event_loop().wait(rest);
            }
        }
        if let Some(dl) = deadline
            && Instant::now() >= dl
        {
            let kind = crate::vm::limits::LimitKind::Deadline;
            self.interp.limits.tripped = Some(kind);
            let (exc, msg) = kind.exception();
            return Err(self.error(exc, msg));
        }
        Ok(())
    }

    /// Drops every host future (the loop is closing).
    pub(super) fn drop_host_futures(&mut self) {
        self.hooks.futures.pending.clear();
    }
}

/// What a stepped event loop has left to do.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LoopState {
    /// Ready callbacks, pending tasks or host futures remain.
    Busy,
    /// Nothing is left: every task finished (timers that no task waits for are ignored).
    Idle,
}

impl Runtime {
    /// Starts `coro` as a task on the host's persistent event loop (made on first use).
    pub fn spawn_task(
        &mut self,
        coro: Value,
    ) -> Result<Rc<crate::object::future::FutureObj>, Value> {
        if self.event_loop.is_none() {
            self.event_loop = Some(super::event_loop::EventLoop::new());
        }
        self.create_task(coro, None)
    }

    /// Cancels a task: it sees `CancelledError` at its `await`.
    pub fn cancel_task(&mut self, task: &Rc<crate::object::future::FutureObj>) -> bool {
        if self.event_loop.is_none() {
            return false;
        }
        self.cancel(task, None)
    }

    /// Runs the host's event loop until `until` (or, with `None`, until no work is left).
    /// Waiting for timers or host futures is bounded by `until`.
    pub fn step_loop(&mut self, until: Option<Instant>) -> Result<LoopState, Value> {
        loop {
            let Some(lp) = self.event_loop.as_mut() else {
                return Ok(LoopState::Idle);
            };
            lp.stopping = false;
            let timeout = lp.timeout();
            let tasks_pending = !lp.pending_tasks().is_empty();
            let ready = !lp.ready.is_empty();
            let hosts = self.host_futures_pending();
            // Timers left by finished tasks (a cancelled sleep) are not work.
            if !tasks_pending && !hosts && !ready {
                return Ok(LoopState::Idle);
            }
            if timeout.is_none() && !hosts {
                if tasks_pending {
                    return Err(self.error(
                        ExcKind::RuntimeError,
                        "event loop is stuck: every task is waiting and nothing can wake them",
                    ));
                }
                return Ok(LoopState::Idle);
            }
            let now = Instant::now();
            let left = until.map(|u| u.saturating_duration_since(now));
            let wait = timeout.unwrap_or(Duration::from_secs(3600));
            if let Some(left) = left
                && (left.is_zero() || wait > left)
            {
                // Nothing is due within the budget: wait out the rest of it.
                self.poll_host_futures();
                if !left.is_zero() {
                    self.idle(left)?;
                    self.poll_host_futures();
                }
                let lp = self.event_loop.as_mut().expect("checked");
                if lp.timeout() != Some(Duration::ZERO) {
                    return Ok(LoopState::Busy);
                }
            }
            self.run_once()?;
            if let Some(u) = until
                && Instant::now() >= u
            {
                return Ok(LoopState::Busy);
            }
        }
    }

    /// Whether `task` finished, and its result.
    pub fn task_outcome(
        &mut self,
        task: &Rc<crate::object::future::FutureObj>,
    ) -> Option<Result<Value, Value>> {
        if !task.done() {
            return None;
        }
        Some(match self.future_outcome(task) {
            crate::vm::Resume::Value(v) => Ok(v),
            crate::vm::Resume::Throw(e) => Err(e),
        })
    }
}
