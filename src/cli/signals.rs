//! Ctrl-C (SIGINT) while script code runs: the handler asks the interpreter to raise
//! `KeyboardInterrupt` at its next checkpoint (`Interp::interrupt_handle`). While the REPL
//! reads a line the terminal is in raw mode and rustyline sees Ctrl-C as a key instead.

use crate::vm::limits::InterruptHandle;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};

/// Shared between the SIGINT handler thread and the thread running scripts.
#[derive(Debug, Default)]
pub struct Sigint {
    /// Script code is running (Ctrl-C should interrupt it).
    running: AtomicBool,
    /// Presses since `start` (the REPL cancels an awaiting input on one).
    presses: AtomicUsize,
}

impl Sigint {
    /// Code starts running: earlier presses are forgotten.
    pub fn start(&self) {
        self.presses.store(0, Ordering::SeqCst);
        self.running.store(true, Ordering::SeqCst);
    }

    pub fn stop(&self) {
        self.running.store(false, Ordering::SeqCst);
    }

    /// Takes the presses seen since the last call (true if there was one).
    pub fn take(&self) -> bool {
        self.presses.swap(0, Ordering::SeqCst) > 0
    }
}

/// Installs the process's SIGINT handler. `exit_on_second`: a Ctrl-C that comes while the
/// previous one is still waiting for the script to reach a checkpoint (it sleeps, or waits in
/// native code) exits at once with status 130.
pub fn install(handle: InterruptHandle, exit_on_second: bool) -> Arc<Sigint> {
    let state = Arc::new(Sigint::default());
    let shared = state.clone();
    let _ = ctrlc::set_handler(move || {
        if !shared.running.load(Ordering::SeqCst) {
            return;
        }
        shared.presses.fetch_add(1, Ordering::SeqCst);
        if exit_on_second && handle.pending() {
            std::process::exit(130);
        }
        handle.interrupt();
    });
    state
}
