//! Clock and debug settings of asyncio: the virtual clock (`baton --virtual-time`,
//! `Runtime::set_virtual_time`), on which the event loop jumps to the next timer instead of
//! sleeping, and development mode (`-X dev`), which turns asyncio's debug mode on.
//!
//! With the virtual clock, `loop.time()`, `time.monotonic()`, `time.perf_counter()` and
//! `time.time()` read the real clock plus the time skipped so far, and `time.sleep` skips
//! instead of blocking: every clock a script can read agrees, time still moves forward while
//! code runs, and a program that sleeps for an hour prints the same and finishes at once.

use super::Runtime;
use crate::vm::Interp;
use std::cell::Cell;
use std::rc::Rc;

/// Per-interpreter asyncio settings (an `Interp::ext`).
#[derive(Default)]
pub struct AsyncioConfig {
    /// Seconds skipped so far, when the virtual clock is on.
    pub skipped: Option<Rc<Cell<f64>>>,
    /// `-X dev`: event loops start in debug mode.
    pub dev_mode: bool,
}

/// Seconds the virtual clock has skipped (0 when it is off).
pub fn skipped(interp: &mut Interp) -> f64 {
    interp
        .ext::<AsyncioConfig>()
        .skipped
        .as_ref()
        .map_or(0.0, |c| c.get())
}

/// With the virtual clock on, skips `secs` and returns true; otherwise returns false.
pub fn skip(interp: &mut Interp, secs: f64) -> bool {
    match &interp.ext::<AsyncioConfig>().skipped {
        Some(c) => {
            c.set(c.get() + secs);
            true
        }
        None => false,
    }
}

impl Runtime {
    /// Runs timers on a virtual clock: when every task waits, the clock jumps to the next
    /// deadline instead of sleeping (see the module documentation).
    pub fn set_virtual_time(&mut self, on: bool) {
        let cfg = self.interp.ext::<AsyncioConfig>();
        cfg.skipped = match (on, cfg.skipped.take()) {
            (true, Some(c)) => Some(c),
            (true, None) => Some(Rc::new(Cell::new(0.0))),
            (false, _) => None,
        };
        let clock = cfg.skipped.clone();
        for lp in self
            .event_loop
            .iter_mut()
            .chain(self.parked_loops.iter_mut())
        {
            lp.clock = clock.clone();
        }
    }

    /// Development mode (`baton -X dev`): asyncio's event loops run in debug mode.
    pub fn set_dev_mode(&mut self, on: bool) {
        self.interp.ext::<AsyncioConfig>().dev_mode = on;
    }

    /// The clock a new event loop reads (`None`: the real one).
    pub(super) fn loop_clock(&mut self) -> Option<Rc<Cell<f64>>> {
        self.interp.ext::<AsyncioConfig>().skipped.clone()
    }

    /// Whether new loops start in debug mode: `-X dev` or `PYTHONASYNCIODEBUG` set.
    pub(super) fn debug_default(&mut self) -> bool {
        self.interp.ext::<AsyncioConfig>().dev_mode
            || std::env::var_os("PYTHONASYNCIODEBUG").is_some_and(|v| !v.is_empty())
    }
}
