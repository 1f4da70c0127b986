//! Warnings the VM notices but does not print: a coroutine dropped before it ever ran
//! (`RuntimeWarning: coroutine 'f' was never awaited`). The VM records where the running code
//! was when the coroutine went away (CPython's `stacklevel=2`: the frame that dropped it);
//! the runtime, which has the source text, prints them (`Runtime::print_warnings`).

use super::{Fiber, Interp};
use crate::object::exception::TbEntry;
use crate::object::frame::Frame;
use crate::object::unawaited::{self, Origin};

/// One warning waiting to be printed.
#[derive(Debug)]
pub struct Warning {
    pub category: &'static str,
    pub message: String,
    /// The instruction that was running (none: the warning comes from no script frame).
    pub at: Option<TbEntry>,
    /// Where the object was created, outermost first (debug mode only).
    pub origin: Option<Box<Origin>>,
}

fn entry(f: &Frame) -> TbEntry {
    TbEntry {
        code: f.code.clone(),
        pc: f.pc.saturating_sub(1),
        frame_id: f.id,
    }
}

/// The innermost frame of a script file (frames of the prelude are skipped, as CPython shows
/// no frames for built-in functions).
fn script_frame(frames: &[Frame]) -> Option<&Frame> {
    frames
        .iter()
        .rev()
        .find(|f| &*f.code.code.filename != crate::bytecode::PRELUDE_FILE)
}

impl Interp {
    /// Records the coroutines dropped unawaited, as seen from `frame` (call only when
    /// `unawaited::pending()`).
    #[cold]
    #[inline(never)]
    pub(super) fn note_unawaited(&mut self, frame: Option<&Frame>) {
        let at = frame.map(entry);
        for u in unawaited::take() {
            self.warnings.push(Warning {
                category: "RuntimeWarning",
                message: format!("coroutine '{}' was never awaited", u.qualname),
                at: at.clone(),
                origin: u.origin,
            });
        }
    }

    /// `note_unawaited` from the innermost script frame of `fiber`.
    #[cold]
    #[inline(never)]
    pub fn note_unawaited_in(&mut self, fiber: &Fiber) {
        let f = script_frame(&fiber.frames);
        let at = f.map(entry);
        for u in unawaited::take() {
            self.warnings.push(Warning {
                category: "RuntimeWarning",
                message: format!("coroutine '{}' was never awaited", u.qualname),
                at: at.clone(),
                origin: u.origin,
            });
        }
    }

    /// Where a coroutine being created now comes from (debug mode), outermost first, at most
    /// `coro_origin_depth` frames.
    pub(super) fn coroutine_origin(&self, fiber: &Fiber) -> Option<Box<Origin>> {
        let depth = self.coro_origin_depth as usize;
        let mut v: Vec<TbEntry> = fiber
            .frames
            .iter()
            .rev()
            .filter(|f| &*f.code.code.filename != crate::bytecode::PRELUDE_FILE)
            .take(depth)
            .map(entry)
            .collect();
        v.reverse();
        Some(Box::new(Origin(v)))
    }
}
