//! asyncio's debug mode (`asyncio.run(..., debug=True)`, `PYTHONASYNCIODEBUG=1`,
//! `baton -X dev`): callbacks and task steps that hold the loop longer than
//! `loop.slow_callback_duration` are reported as CPython reports them, coroutines remember
//! where they were created (for "was never awaited" and for failed tasks), and
//! "Task exception was never retrieved" shows where the task was made.

use super::Runtime;
use super::event_loop::Callback;
use crate::object::str::Str;
use crate::object::value::Value;

/// CPython's `constants.DEBUG_STACK_DEPTH`.
pub const DEBUG_STACK_DEPTH: u32 = 10;

/// An attribute of the script-level loop object.
pub(super) fn loop_attr(loop_obj: &Value, name: &str) -> Option<Value> {
    match loop_obj {
        Value::Instance(i) => i.dict.borrow().get_str(&Str::new(name)).cloned(),
        _ => None,
    }
}

impl Runtime {
    /// Whether the script-level loop object is in debug mode (`loop._debug`).
    pub(super) fn loop_debug(loop_obj: &Value) -> bool {
        loop_attr(loop_obj, "_debug").is_some_and(|v| crate::object::ops::truthy(&v))
    }

    /// Runs one callback and reports it if it held the loop too long (debug mode).
    pub(super) fn run_callback_timed(&mut self, cb: Callback) -> Result<(), Value> {
        let subject = match &cb {
            Callback::Step { task, .. } | Callback::Wake { task, .. } => self.event_loop().tasks
                [*task as usize]
                .as_ref()
                .map(|t| Value::Future(t.future.clone())),
            Callback::Call { func, .. } => Some(func.clone()),
            _ => None,
        };
        let start = self.event_loop().time();
        let r = self.run_callback(cb);
        let took = self.event_loop().time() - start;
        let lp = self.event_loop();
        let limit = match loop_attr(&lp.loop_obj, "slow_callback_duration") {
            Some(Value::Float(f)) => f,
            Some(Value::Int(i)) => i as f64,
            _ => 0.1,
        };
        if took >= limit
            && let Some(subject) = subject
        {
            let shown = self.handle_repr(&subject);
            self.interp.flush_stdout();
            eprintln!("Executing {shown} took {took:.3} seconds");
        }
        r
    }

    /// How `Handle.__repr__` shows a callback: a task step is the task; a `loop.call_soon`
    /// handle shows itself.
    fn handle_repr(&mut self, subject: &Value) -> String {
        match subject {
            Value::Future(_) => crate::object::repr::repr(subject),
            Value::Method(m) if matches!(m.receiver, Value::Instance(_)) => {
                let repr = self.interp.natives[self.interp.repr_native as usize]
                    .value
                    .clone();
                match self.call_script(repr, vec![m.receiver.clone()]) {
                    Ok(Value::Str(s)) => s.as_str().to_string(),
                    _ => crate::object::repr::repr(subject),
                }
            }
            other => format!("<Handle {}>", crate::object::repr::repr(other)),
        }
    }

    /// `loop.set_debug(enabled)` on the running or a parked loop.
    pub(super) fn set_loop_debug(&mut self, loop_obj: &Value, on: bool) {
        let running = self
            .event_loop
            .as_mut()
            .filter(|lp| lp.loop_obj.is(loop_obj));
        if let Some(lp) = running {
            lp.debug = on;
            self.interp.coro_origin_depth = if on { DEBUG_STACK_DEPTH } else { 0 };
            return;
        }
        for lp in &mut self.parked_loops {
            if lp.loop_obj.is(loop_obj) {
                lp.debug = on;
            }
        }
    }
}
