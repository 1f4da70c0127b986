//! Checkpoints: the places where running script code can be stopped from outside.
//!
//! The dispatch loop counts down `Interp::ticks` on every backward jump (each loop iteration)
//! and every script-level call; when the count reaches zero it calls `Interp::checkpoint`, the
//! one slow path where outside requests are looked at. Between checkpoints a script runs at
//! most `TICK_INTERVAL` loop iterations or calls, so a flag set from another thread (Ctrl-C in
//! the REPL, a host stopping a runaway script) is seen promptly, while the hot path pays one
//! decrement and a predictable branch.
//!
//! The checkpoint looks at the interrupt flag (raising `KeyboardInterrupt`) and, when an
//! embedding host set any, at the host's limits (`Limits`): fuel, a wall-clock deadline and a
//! memory cap. A limit that is hit stays *tripped*: every later tick raises again at once, so
//! a script that catches the error (`except BaseException:`) cannot run another loop
//! iteration or call; the host clears the trip when it gets control back.

use super::Interp;
use crate::object::exception::{RResult, Raise};
use crate::object::types::ExcKind;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, AtomicIsize, Ordering};
use std::time::Instant;

/// Loop iterations or calls between two checkpoints.
pub const TICK_INTERVAL: u32 = 1 << 12;

/// A handle that stops the script running in an interpreter from another thread (or a signal
/// handler): the next checkpoint raises `KeyboardInterrupt` in the running code.
#[derive(Clone, Debug, Default)]
pub struct InterruptHandle(Arc<AtomicBool>);

impl InterruptHandle {
    /// Asks the running script to stop with `KeyboardInterrupt`.
    pub fn interrupt(&self) {
        self.0.store(true, Ordering::Relaxed);
    }
    /// Takes a pending request back (e.g. one that arrived while no script was running).
    pub fn clear(&self) {
        self.0.store(false, Ordering::Relaxed);
    }
    /// Is a request waiting for the next checkpoint (not yet seen by the script)?
    pub fn pending(&self) -> bool {
        self.0.load(Ordering::Relaxed)
    }
    /// Consumes a pending request: true at most once per `interrupt`.
    pub fn take(&self) -> bool {
        self.0.swap(false, Ordering::Relaxed)
    }
}

/// Which host limit stopped a script.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LimitKind {
    /// The fuel (tick budget) ran out.
    Fuel,
    /// The wall-clock deadline passed.
    Deadline,
    /// The VM's allocations passed the memory cap.
    Memory,
}

impl LimitKind {
    /// The exception the script sees, and its message.
    pub fn exception(self) -> (ExcKind, &'static str) {
        match self {
            LimitKind::Fuel => (ExcKind::RuntimeError, "instruction budget (fuel) exhausted"),
            LimitKind::Deadline => (ExcKind::TimeoutError, "deadline exceeded"),
            LimitKind::Memory => (ExcKind::MemoryError, "memory limit exceeded"),
        }
    }
}

/// Limits an embedding host put on the interpreter (all off by default).
#[derive(Debug)]
pub struct Limits {
    /// Ticks left (one per loop iteration and per script call).
    pub fuel: Option<u64>,
    pub deadline: Option<Instant>,
    /// Bytes allocated by this VM (kept by the host's counting allocator) and the cap.
    pub memory: Option<(Arc<AtomicIsize>, usize)>,
    /// The limit that was hit, until the host clears it.
    pub tripped: Option<LimitKind>,
    /// The count the current tick countdown started from.
    pub(crate) reload: u32,
}

impl Default for Limits {
    fn default() -> Limits {
        Limits {
            fuel: None,
            deadline: None,
            memory: None,
            tripped: None,
            reload: TICK_INTERVAL,
        }
    }
}

impl Limits {
    fn active(&self) -> bool {
        self.fuel.is_some()
            || self.deadline.is_some()
            || self.memory.is_some()
            || self.tripped.is_some()
    }
}

impl Interp {
    /// The slow path of the tick countdown: looks at outside requests and restarts the count.
    #[cold]
    #[inline(never)]
    pub(crate) fn checkpoint(&mut self) -> RResult<()> {
        self.ticks = TICK_INTERVAL;
        if self.interrupt.take() {
            return Err(Raise::args(ExcKind::KeyboardInterrupt, vec![]));
        }
        if self.limits.active() {
            return self.check_limits();
        }
        Ok(())
    }

    /// Charges the ticks just counted to the fuel and looks at every limit.
    fn check_limits(&mut self) -> RResult<()> {
        let used = std::mem::replace(&mut self.limits.reload, TICK_INTERVAL);
        if self.limits.tripped.is_none() {
            if let Some(fuel) = &mut self.limits.fuel {
                *fuel = fuel.saturating_sub(used as u64);
                if *fuel == 0 {
                    self.limits.tripped = Some(LimitKind::Fuel);
                } else if *fuel < TICK_INTERVAL as u64 {
                    self.ticks = *fuel as u32;
                    self.limits.reload = self.ticks;
                }
            }
            if let Some(d) = self.limits.deadline
                && Instant::now() >= d
            {
                self.limits.tripped = Some(LimitKind::Deadline);
            }
            if let Some((used, cap)) = &self.limits.memory
                && used.load(Ordering::Relaxed) > *cap as isize
            {
                self.limits.tripped = Some(LimitKind::Memory);
            }
        }
        match self.limits.tripped {
            Some(kind) => {
                // Raise again at the very next tick.
                self.ticks = 1;
                self.limits.reload = 1;
                let (exc, msg) = kind.exception();
                Err(Raise::new(exc, msg))
            }
            None => Ok(()),
        }
    }

    /// Restarts the tick countdown after the host changed the limits (so that a small fuel
    /// budget is charged exactly) and clears a trip.
    pub fn reset_limits(&mut self) {
        self.limits.tripped = None;
        let n = match self.limits.fuel {
            Some(f) => f.clamp(1, TICK_INTERVAL as u64) as u32,
            None => TICK_INTERVAL,
        };
        self.ticks = n;
        self.limits.reload = n;
    }

    /// Ticks counted since the last checkpoint (not yet charged to the fuel).
    pub fn ticks_pending(&self) -> u64 {
        (self.limits.reload - self.ticks) as u64
    }

    /// The handle that interrupts scripts run by this interpreter.
    pub fn interrupt_handle(&self) -> InterruptHandle {
        self.interrupt.clone()
    }
}

/// Counts one tick; at zero, runs the checkpoint (`?` propagates what it raises).
macro_rules! tick {
    ($vm:expr) => {
        $vm.ticks -= 1;
        if $vm.ticks == 0 {
            $vm.checkpoint()?;
        }
    };
}
pub(crate) use tick;
