//! Driving the runtime from an interactive host (the REPL, an embedding that runs scripts in
//! slices): an event loop that stays running between inputs, stepping that loop up to a
//! deadline, and REPL inputs that `await` at the top level (run as tasks on that loop, as in
//! `python3 -m asyncio`).

use super::event_loop::{Callback, EventLoop, add_done_callback};
use super::{RunError, Runtime};
use crate::object::future::{FutureCallback, FutureObj, TaskId};
use crate::object::value::Value;
use crate::syntax::{SyntaxError, parse_module};
use std::rc::Rc;
use std::time::{Duration, Instant};

/// How the event loop stands when `run_loop_until` returns.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LoopStatus {
    /// Work is ready to run now (the deadline came first, or a `Stop` callback ran).
    Ready,
    /// Nothing is ready; the first timer is due in this long.
    Waiting(Duration),
    /// Nothing is scheduled at all (tasks may still wait on futures nobody completes).
    Idle,
    /// No event loop is running.
    NoLoop,
}

/// A REPL input that awaited at its top level: it runs as a task on the running loop.
/// Drive the loop until `is_done`, then collect the outcome with `finish_input`.
pub struct PendingInput {
    fut: Rc<FutureObj>,
}

impl PendingInput {
    pub fn is_done(&self) -> bool {
        self.fut.done()
    }
}

impl Runtime {
    /// Starts an event loop that stays running between calls, as the asyncio REPL's does:
    /// script code run afterwards can create tasks, and they progress whenever the host
    /// calls `run_loop_until`. `loop_obj` is the script-level loop object
    /// (`asyncio.get_running_loop()`). Returns false if a loop is already running.
    pub fn start_event_loop(&mut self, loop_obj: Value) -> bool {
        if self.event_loop.is_some() {
            return false;
        }
        let mut lp = EventLoop::new();
        lp.loop_obj = loop_obj;
        self.event_loop = Some(lp);
        true
    }

    /// Runs the event loop until `deadline`: ready callbacks and due timers run, and when
    /// nothing is ready the loop sleeps until its next timer if that comes before `deadline`.
    /// Returns early when nothing is scheduled or a `Stop` callback ran (see `run_input`).
    /// A `KeyboardInterrupt` or `SystemExit` escaping a task or callback is returned as the
    /// error, as it escapes CPython's `run_forever`. With a deadline in the past this runs
    /// what is ready now and never sleeps.
    pub fn run_loop_until(&mut self, deadline: Instant) -> Result<LoopStatus, Value> {
        loop {
            let Some(lp) = self.event_loop.as_mut() else {
                return Ok(LoopStatus::NoLoop);
            };
            if lp.stopping {
                lp.stopping = false;
                return Ok(LoopStatus::Ready);
            }
            let n = lp.collect_due();
            if n == 0 {
                let wait = match lp.timeout() {
                    None => return Ok(LoopStatus::Idle),
                    Some(d) => d,
                };
                let now = Instant::now();
                if now + wait > deadline {
                    return Ok(if now >= deadline && wait.is_zero() {
                        LoopStatus::Ready
                    } else {
                        LoopStatus::Waiting(wait)
                    });
                }
                self.interp.flush_stdout();
                std::thread::sleep(wait);
                continue;
            }
            for _ in 0..n {
                let Some(cb) = self.event_loop().ready.pop_front() else {
                    break;
                };
                self.run_callback(cb)?;
                self.event_loop().finalize_dropped_agens();
            }
            self.interp.flush_stdout();
            if Instant::now() >= deadline {
                let lp = self.event_loop();
                return Ok(if !lp.ready.is_empty() || lp.stopping {
                    LoopStatus::Ready
                } else {
                    match lp.timeout() {
                        None => LoopStatus::Idle,
                        Some(d) => LoopStatus::Waiting(d),
                    }
                });
            }
        }
    }

    /// Runs one REPL input in the persistent `__main__` namespace, allowing `await` at its
    /// top level. Input without `await` runs to completion here (`Ok(None)`); input with
    /// `await` needs a running loop (`start_event_loop`) and becomes a task (`Ok(Some)`):
    /// drive the loop until it is done, then call `finish_input`.
    pub fn run_input(&mut self, source: &str) -> Result<Option<PendingInput>, RunError> {
        let module = parse_module(source).map_err(RunError::Syntax)?;
        let code = crate::compiler::compile_interactive_async(&module, "<stdin>", source).map_err(
            |e| {
                RunError::Syntax(vec![SyntaxError::new(
                    source,
                    "SyntaxError",
                    e.message,
                    e.span.start as usize,
                    e.span.end as usize,
                )])
            },
        )?;
        if !crate::compiler::has_top_level_await(&code) || self.event_loop.is_none() {
            return self.run_interactive_code(source, &code).map(|()| None);
        }
        let main = self.main_module();
        let code = self.interp.load_code(&code);
        let fiber = self.interp.main_fiber(code, main.dict.clone());
        self.task_counter += 1;
        let name = format!("Task-{}", self.task_counter);
        let lp = self.event_loop();
        let id = lp.tasks.len() as TaskId;
        let fut = Rc::new(FutureObj::new(Some(id)));
        fut.state.borrow_mut().name = Some(name.into());
        lp.add_task(fut.clone(), fiber);
        lp.call_soon(Callback::Step {
            task: id,
            send: None,
            throw: None,
        });
        add_done_callback(lp, &fut, FutureCallback::StopLoop);
        Ok(Some(PendingInput { fut }))
    }

    /// Cancels an awaiting REPL input (Ctrl-C): its task gets `CancelledError`; keep driving
    /// the loop until it is done.
    pub fn cancel_input(&mut self, input: &PendingInput) {
        if self.event_loop.is_some() {
            self.cancel(&input.fut, None);
        }
    }

    /// The outcome of an awaiting REPL input once its task is done.
    pub fn finish_input(&mut self, input: PendingInput) -> Result<(), RunError> {
        self.interp.flush_stdout();
        match self.future_outcome(&input.fut) {
            crate::vm::Resume::Value(_) => Ok(()),
            crate::vm::Resume::Throw(e) => Err(self.classify(e)),
        }
    }

    /// Evaluates the expression `expr` in the globals of `__main__` (REPL completion of
    /// `obj.attr`); `None` if it does not compile or raises.
    pub fn eval_in_main(&mut self, expr: &str) -> Option<Value> {
        let main = self.main_module();
        let code = self
            .compile(
                "__baton_result__ = eval(__baton_src__, __baton_g__)\n",
                "<eval>",
            )
            .ok()?;
        let scratch = self.interp.new_module("__baton_eval__", None);
        {
            let mut d = scratch.dict.borrow_mut();
            d.set_str("__baton_src__", Value::string(expr.to_string()));
            d.set_str("__baton_g__", Value::Dict(main.dict.clone()));
        }
        let code = self.interp.load_code(&code);
        let fiber = self.interp.main_fiber(code, scratch.dict.clone());
        self.run_fiber(fiber).ok()?;
        let result = crate::object::str::Str::new("__baton_result__");
        let dict = scratch.dict.borrow();
        dict.get_str(&result).cloned()
    }

    /// The `__main__` module, made on first use.
    pub(super) fn main_module(&mut self) -> Rc<crate::object::function::ModuleObj> {
        match self.interp.modules.get("__main__") {
            Some(Value::Module(m)) => m.clone(),
            _ => {
                let m = self.interp.new_module("__main__", None);
                self.interp
                    .modules
                    .insert(Rc::from("__main__"), Value::Module(m.clone()));
                m
            }
        }
    }
}

impl Runtime {
    /// Runs compiled REPL input (no top-level suspension) in `__main__` to completion.
    fn run_interactive_code(
        &mut self,
        source: &str,
        code: &Rc<crate::bytecode::Code>,
    ) -> Result<(), RunError> {
        // The code keeps its own source (`compile_interactive_async`): tracebacks number the
        // lines of each input and, like CPython's REPL, show no source lines.
        let _ = source;
        let main = self.main_module();
        let code = self.interp.load_code(code);
        let fiber = self.interp.main_fiber(code, main.dict.clone());
        let r = self.run_fiber(fiber);
        self.interp.flush_stdout();
        r.map(|_| ()).map_err(|e| self.classify(e))
    }
}
