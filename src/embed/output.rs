//! Where a VM's `print` and `sys.stderr` output goes.

use std::io::Write;
use std::sync::{Arc, Mutex};

/// A destination for one output stream of a [`Vm`](super::Vm).
pub enum Output {
    /// The process's own stdout/stderr (the default).
    Inherit,
    /// Kept in the VM; read with [`Vm::take_stdout`](super::Vm::take_stdout) /
    /// [`Vm::take_stderr`](super::Vm::take_stderr).
    Capture,
    /// Called with each complete line (with its `\n`), and with any unfinished last line when
    /// a run ends.
    Callback(Box<dyn FnMut(&str) + Send>),
    /// Any writer.
    Writer(Box<dyn Write + Send>),
    /// Dropped.
    Discard,
}

/// A buffer shared by the VM's writer and the host.
#[derive(Clone, Default)]
pub(super) struct Shared(pub(super) Arc<Mutex<Vec<u8>>>);

impl Shared {
    pub(super) fn take(&self) -> String {
        let bytes = std::mem::take(&mut *self.0.lock().unwrap_or_else(|p| p.into_inner()));
        String::from_utf8_lossy(&bytes).into_owned()
    }
}

impl Write for Shared {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        self.0
            .lock()
            .unwrap_or_else(|p| p.into_inner())
            .extend_from_slice(buf);
        Ok(buf.len())
    }
    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

/// Passes whole lines to a callback.
struct Lines {
    callback: Box<dyn FnMut(&str) + Send>,
    pending: Vec<u8>,
}

impl Write for Lines {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        self.pending.extend_from_slice(buf);
        if let Some(i) = self.pending.iter().rposition(|&b| b == b'\n') {
            let rest = self.pending.split_off(i + 1);
            let done = std::mem::replace(&mut self.pending, rest);
            (self.callback)(&String::from_utf8_lossy(&done));
        }
        Ok(buf.len())
    }
    fn flush(&mut self) -> std::io::Result<()> {
        if !self.pending.is_empty() {
            let done = std::mem::take(&mut self.pending);
            (self.callback)(&String::from_utf8_lossy(&done));
        }
        Ok(())
    }
}

/// The writer for `out`, and the buffer to read when it captures.
pub(super) fn writer(
    out: Output,
    inherit: fn() -> Box<dyn Write + Send>,
) -> (Box<dyn Write + Send>, Option<Shared>) {
    match out {
        Output::Inherit => (inherit(), None),
        Output::Capture => {
            let s = Shared::default();
            (Box::new(s.clone()), Some(s))
        }
        Output::Callback(callback) => (
            Box::new(Lines {
                callback,
                pending: Vec::new(),
            }),
            None,
        ),
        Output::Writer(w) => (w, None),
        Output::Discard => (Box::new(std::io::sink()), None),
    }
}
