//! Coroutines dropped before they ever ran (CPython's "coroutine 'f' was never awaited").
//! `Drop` cannot reach the interpreter, so it records them here; the VM notices at the next
//! instruction that may drop values (`vm/warnings.rs`), notes where it was, and the runtime
//! prints the warning.

use super::exception::TbEntry;
use std::cell::{Cell, RefCell};
use std::rc::Rc;

/// Where a coroutine was created, outermost frame first (a box of its own keeps the
/// coroutine object small when origins are not tracked).
#[derive(Debug)]
pub struct Origin(pub Vec<TbEntry>);

/// One coroutine that was never awaited.
#[derive(Debug)]
pub struct Unawaited {
    pub qualname: Rc<str>,
    /// Where it was created (debug mode: `sys.set_coroutine_origin_tracking_depth`),
    /// outermost first.
    pub origin: Option<Box<Origin>>,
}

thread_local! {
    static ANY: Cell<bool> = const { Cell::new(false) };
    static LIST: RefCell<Vec<Unawaited>> = const { RefCell::new(Vec::new()) };
}

/// Whether a dropped coroutine waits to be reported (one thread-local load).
#[inline]
pub fn pending() -> bool {
    ANY.try_with(Cell::get).unwrap_or(false)
}

pub(super) fn push(u: Unawaited) {
    let _ = LIST.try_with(|l| l.borrow_mut().push(u));
    let _ = ANY.try_with(|a| a.set(true));
}

/// The coroutines dropped unawaited since the last call.
pub fn take() -> Vec<Unawaited> {
    let _ = ANY.try_with(|a| a.set(false));
    LIST.try_with(|l| std::mem::take(&mut *l.borrow_mut()))
        .unwrap_or_default()
}
