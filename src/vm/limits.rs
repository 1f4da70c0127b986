//! Checkpoints: the places where running script code can be stopped from outside.
//!
//! The dispatch loop counts down `Interp::ticks` on every backward jump (each loop iteration)
//! and every script-level call; when the count reaches zero it calls `Interp::checkpoint`, the
//! one slow path where outside requests are looked at. Between checkpoints a script runs at
//! most `TICK_INTERVAL` loop iterations or calls, so a flag set from another thread (Ctrl-C in
//! the REPL, a host stopping a runaway script) is seen promptly, while the hot path pays one
//! decrement and a predictable branch.
//!
//! Today the checkpoint looks at the interrupt flag (raising `KeyboardInterrupt`); host limits
//! (fuel, deadlines) hook in here too.

use super::Interp;
use crate::object::exception::{RResult, Raise};
use crate::object::types::ExcKind;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};

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

impl Interp {
    /// The slow path of the tick countdown: looks at outside requests and restarts the count.
    #[cold]
    #[inline(never)]
    pub(crate) fn checkpoint(&mut self) -> RResult<()> {
        self.ticks = TICK_INTERVAL;
        if self.interrupt.take() {
            return Err(Raise::args(ExcKind::KeyboardInterrupt, vec![]));
        }
        Ok(())
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
