//! Finalization of objects whose last reference goes away: a suspended generator inside a
//! `try`/`with` is closed (its `finally` blocks run) and an object of a class with `__del__`
//! gets that method called, as CPython does at that moment. Rust `Drop` cannot run script
//! code, so `Drop` resurrects the object into this queue and the VM drains it at its next
//! safe point (after a store, a `del`, a `PopTop` or a return), calling the prelude's
//! `_finalize` in a frame whose result is dropped (`FrameKind::Finalizer`).

use super::value::Value;
use std::cell::{Cell, RefCell};

thread_local! {
    static PENDING: Cell<bool> = const { Cell::new(false) };
    static QUEUE: RefCell<Vec<Value>> = const { RefCell::new(Vec::new()) };
}

/// Whether objects wait to be finalized (one thread-local load).
#[inline(always)]
pub fn pending() -> bool {
    PENDING.with(|p| p.get())
}

/// Queues an object resurrected by its `Drop`.
#[cold]
pub fn push(v: Value) {
    if QUEUE.try_with(|q| q.borrow_mut().push(v)).is_ok() {
        let _ = PENDING.try_with(|p| p.set(true));
    }
}

/// The queued objects, oldest first.
pub fn take() -> Vec<Value> {
    let _ = PENDING.try_with(|p| p.set(false));
    QUEUE
        .try_with(|q| std::mem::take(&mut *q.borrow_mut()))
        .unwrap_or_default()
}

/// Marks a resurrected instance as finalized (its `__del__` runs once).
pub struct Finalized;
