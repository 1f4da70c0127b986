//! Memory accounting for the memory cap: a counting global allocator the host opts into.
//!
//! A library cannot choose the process's allocator, so the cap works only in programs that
//! install [`CountingAllocator`] as their `#[global_allocator]`
//! ([`VmBuilder::memory_limit`](super::VmBuilder::memory_limit) refuses otherwise). While a
//! [`Vm`](super::Vm) runs on a thread, every allocation and free made on that thread is added
//! to (or taken from) that VM's account; the VM compares the account with its cap at each
//! checkpoint (every few thousand loop iterations or calls) and raises `MemoryError` past it.
//!
//! Limits of the scheme: a single large allocation between two checkpoints is made before it
//! is seen (the cap bounds what a script can *keep* growing, not one request); memory the host
//! allocates inside a native function it registered counts against the VM that called it.

use std::alloc::{GlobalAlloc, Layout, System};
use std::cell::Cell;
use std::sync::atomic::{AtomicBool, AtomicIsize, Ordering};

/// A global allocator that wraps the system allocator and keeps per-VM byte counts.
///
/// ```no_run
/// #[global_allocator]
/// static ALLOC: baton::embed::CountingAllocator = baton::embed::CountingAllocator;
/// ```
pub struct CountingAllocator;

static INSTALLED: AtomicBool = AtomicBool::new(false);
/// Bytes allocated through `CountingAllocator` and not yet freed, in the whole process.
static TOTAL: AtomicIsize = AtomicIsize::new(0);

thread_local! {
    /// The account of the VM running on this thread (null when none runs).
    static ACCOUNT: Cell<*const AtomicIsize> = const { Cell::new(std::ptr::null()) };
}

impl CountingAllocator {
    /// Whether this program allocates through `CountingAllocator`.
    pub fn is_installed() -> bool {
        INSTALLED.load(Ordering::Relaxed)
    }
    /// Bytes allocated by the whole process and not yet freed (0 when not installed).
    pub fn allocated() -> isize {
        TOTAL.load(Ordering::Relaxed)
    }
}

#[inline]
fn charge(delta: isize) {
    if !INSTALLED.load(Ordering::Relaxed) {
        INSTALLED.store(true, Ordering::Relaxed);
    }
    TOTAL.fetch_add(delta, Ordering::Relaxed);
    let _ = ACCOUNT.try_with(|a| {
        let p = a.get();
        if !p.is_null() {
            // SAFETY: a non-null account pointer is installed only by `set_account`, whose
            // caller (the VM's entry guard) keeps the account alive until it puts the previous
            // pointer back.
            unsafe { (*p).fetch_add(delta, Ordering::Relaxed) };
        }
    });
}

// SAFETY: every request is passed to the system allocator unchanged; the bookkeeping neither
// allocates nor unwinds.
unsafe impl GlobalAlloc for CountingAllocator {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        let p = unsafe { System.alloc(layout) };
        if !p.is_null() {
            charge(layout.size() as isize);
        }
        p
    }
    unsafe fn alloc_zeroed(&self, layout: Layout) -> *mut u8 {
        let p = unsafe { System.alloc_zeroed(layout) };
        if !p.is_null() {
            charge(layout.size() as isize);
        }
        p
    }
    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        unsafe { System.dealloc(ptr, layout) };
        charge(-(layout.size() as isize));
    }
    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        let p = unsafe { System.realloc(ptr, layout, new_size) };
        if !p.is_null() {
            charge(new_size as isize - layout.size() as isize);
        }
        p
    }
}

/// Makes `account` the one charged on this thread; returns the previous one.
///
/// SAFETY: `account` must stay alive until the previous pointer is put back.
pub(super) unsafe fn set_account(account: *const AtomicIsize) -> *const AtomicIsize {
    ACCOUNT
        .try_with(|a| a.replace(account))
        .unwrap_or(std::ptr::null())
}
