//! The reader thread: it owns the line editor (or, when stdin is not a terminal, reads plain
//! lines), shows the prompt the VM thread asks for and sends back what was typed. Also the
//! stdout writer that prints above a prompt being edited, and the history file's location.

use super::editor::{FromReader, ReplHelper};
use rustyline::config::{CompletionType, Config};
use rustyline::error::ReadlineError;
use rustyline::history::DefaultHistory;
use rustyline::{Editor, ExternalPrinter};
use std::io::{BufRead, Write};
use std::path::PathBuf;
use std::sync::mpsc::{Receiver, Sender, channel};

/// What the VM thread asks of the reader thread.
pub enum ToReader {
    /// Show `prompt` with `indent` already typed, and send back the line.
    Read {
        prompt: &'static str,
        indent: String,
    },
}

/// The history file: `$BATON_HISTORY`, else `baton/history` in the user's data directory
/// (`$XDG_DATA_HOME`, else `~/.local/share`).
pub fn history_path() -> Option<PathBuf> {
    if let Some(p) = std::env::var_os("BATON_HISTORY") {
        return (!p.is_empty()).then(|| PathBuf::from(p));
    }
    let data = match std::env::var_os("XDG_DATA_HOME") {
        Some(d) if !d.is_empty() => PathBuf::from(d),
        _ => PathBuf::from(std::env::var_os("HOME")?).join(".local/share"),
    };
    Some(data.join("baton").join("history"))
}

/// Starts the line-editor thread. Returns the channel for prompts and, when the terminal
/// allows it, a printer for output produced while a prompt is shown.
pub fn spawn_editor(
    color: bool,
    to_vm: Sender<FromReader>,
) -> (Sender<ToReader>, Option<Box<dyn ExternalPrinter + Send>>) {
    let (to_reader, requests) = channel::<ToReader>();
    let (printer_tx, printer_rx) = channel();
    std::thread::spawn(move || {
        let config = Config::builder()
            .completion_type(CompletionType::List)
            .auto_add_history(false)
            .build();
        let helper = ReplHelper {
            color,
            to_vm: to_vm.clone(),
        };
        let mut editor: Editor<ReplHelper, DefaultHistory> = match Editor::with_config(config) {
            Ok(e) => e,
            Err(_) => {
                let _ = printer_tx.send(None);
                let _ = to_vm.send(FromReader::Eof);
                return;
            }
        };
        editor.set_helper(Some(helper));
        let printer = editor
            .create_external_printer()
            .ok()
            .map(|p| Box::new(p) as Box<dyn ExternalPrinter + Send>);
        let _ = printer_tx.send(printer);
        let history = history_path();
        if let Some(h) = &history {
            let _ = editor.load_history(h);
        }
        editor_loop(&mut editor, &requests, &to_vm, history.as_ref());
    });
    let printer = printer_rx.recv().ok().flatten();
    (to_reader, printer)
}

fn editor_loop(
    editor: &mut Editor<ReplHelper, DefaultHistory>,
    requests: &Receiver<ToReader>,
    to_vm: &Sender<FromReader>,
    history: Option<&PathBuf>,
) {
    while let Ok(ToReader::Read { prompt, indent }) = requests.recv() {
        let msg = match editor.readline_with_initial(prompt, (&indent, "")) {
            Ok(line) => {
                if !line.trim().is_empty() {
                    let _ = editor.add_history_entry(line.as_str());
                    if let Some(h) = history {
                        if let Some(dir) = h.parent() {
                            let _ = std::fs::create_dir_all(dir);
                        }
                        let _ = editor.save_history(h);
                    }
                }
                FromReader::Line(line)
            }
            Err(ReadlineError::Interrupted) => FromReader::Interrupted,
            Err(_) => FromReader::Eof,
        };
        if to_vm.send(msg).is_err() {
            return;
        }
    }
}

/// Reads plain lines from a stdin that is not a terminal (`baton -i FILE < input`), writing
/// each prompt to stderr as CPython does.
pub fn spawn_plain(to_vm: Sender<FromReader>) -> Sender<ToReader> {
    let (to_reader, requests) = channel::<ToReader>();
    std::thread::spawn(move || {
        let stdin = std::io::stdin();
        while let Ok(ToReader::Read { prompt, .. }) = requests.recv() {
            eprint!("{prompt}");
            let _ = std::io::stderr().flush();
            let mut line = String::new();
            let msg = match stdin.lock().read_line(&mut line) {
                Ok(0) | Err(_) => FromReader::Eof,
                Ok(_) => {
                    let l = line.strip_suffix('\n').unwrap_or(&line);
                    FromReader::Line(l.strip_suffix('\r').unwrap_or(l).to_string())
                }
            };
            if to_vm.send(msg).is_err() {
                return;
            }
        }
    });
    to_reader
}

/// Script output in the REPL: whole lines go out at once, through the line editor's printer
/// so that output of background tasks appears above the prompt being edited.
pub struct ReplStdout {
    pub printer: Option<Box<dyn ExternalPrinter + Send>>,
    buf: Vec<u8>,
}

impl ReplStdout {
    pub fn new(printer: Option<Box<dyn ExternalPrinter + Send>>) -> ReplStdout {
        ReplStdout {
            printer,
            buf: Vec::new(),
        }
    }

    fn emit(&mut self, upto: usize) -> std::io::Result<()> {
        let bytes: Vec<u8> = self.buf.drain(..upto).collect();
        match &mut self.printer {
            Some(p) => p
                .print(String::from_utf8_lossy(&bytes).into_owned())
                .map_err(std::io::Error::other),
            None => {
                let mut out = std::io::stdout().lock();
                out.write_all(&bytes)?;
                out.flush()
            }
        }
    }
}

impl Write for ReplStdout {
    fn write(&mut self, data: &[u8]) -> std::io::Result<usize> {
        self.buf.extend_from_slice(data);
        if let Some(i) = self.buf.iter().rposition(|&b| b == b'\n') {
            self.emit(i + 1)?;
        }
        Ok(data.len())
    }

    fn flush(&mut self) -> std::io::Result<()> {
        if !self.buf.is_empty() {
            self.emit(self.buf.len())?;
        }
        Ok(())
    }
}
