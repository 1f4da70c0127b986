//! The interactive REPL, modelled on `python3 -m asyncio`: `>>> ` / `... ` prompts with
//! CPython's rule for complete input, echo of expression values, top-level `await`, and one
//! event loop that keeps running between prompts, so tasks created at one prompt go on in
//! the background while the next line is typed.
//!
//! Threads: the reader thread owns the line editor (`reader`); this thread owns the `Runtime`.
//! While waiting for a line it runs the event loop, sleeping on the channel until the next
//! timer is due, and answers completion requests from the editor.

mod editor;
mod input;
mod reader;

use super::report;
use super::signals::{self, Sigint};
use crate::object::value::Value;
use crate::runtime::interactive::LoopStatus;
use crate::runtime::{RunError, Runtime};
use editor::FromReader;
use reader::ToReader;
use std::io::IsTerminal;
use std::sync::Arc;
use std::sync::mpsc::{Receiver, RecvTimeoutError, Sender, channel};
use std::time::{Duration, Instant};

/// How often a running `await` at the prompt checks for Ctrl-C.
const SLICE: Duration = Duration::from_millis(20);

/// `baton` with no script: the REPL on a terminal, else stdin runs as a script.
pub fn run_default() -> i32 {
    if !std::io::stdin().is_terminal() {
        let mut rt = Runtime::new(Box::new(std::io::BufWriter::new(std::io::stdout())));
        rt.format_traceback = crate::diag::format_exception;
        return super::run_stdin(&mut rt, &[String::new()], false);
    }
    run(|_| None)
}

/// Starts the REPL. `setup` runs first on the new runtime (`baton -i FILE` runs the file
/// there); an exit code from it ends the program instead.
pub fn run(setup: impl FnOnce(&mut Runtime) -> Option<i32>) -> i32 {
    let tty = std::io::stdin().is_terminal();
    let color = tty && std::env::var_os("NO_COLOR").is_none() && std::io::stdout().is_terminal();
    let (to_vm, from_reader) = channel();
    let (to_reader, printer) = if tty {
        reader::spawn_editor(color, to_vm.clone())
    } else {
        (reader::spawn_plain(to_vm.clone()), None)
    };
    let mut rt = Runtime::new(Box::new(reader::ReplStdout::new(printer)));
    rt.format_traceback = crate::diag::format_exception;
    rt.script_dir = std::env::current_dir().ok();
    if rt.argv.is_empty() {
        rt.argv = vec![String::new()];
    }
    let sig = signals::install(rt.interp.interrupt_handle(), false);
    sig.start();
    let early = setup(&mut rt);
    sig.stop();
    if let Some(code) = early {
        return code;
    }
    if tty {
        eprintln!(
            "Baton {} (a Python 3.11 subset) with top-level await: use \"await\" directly.\n\
             \"asyncio\" is imported. Type exit() or Ctrl-D to leave.",
            env!("CARGO_PKG_VERSION")
        );
    }
    let mut repl = Repl {
        rt,
        from_reader,
        to_reader,
        sig,
        _to_vm: to_vm,
    };
    repl.start_loop();
    repl.run()
}

struct Repl {
    rt: Runtime,
    from_reader: Receiver<FromReader>,
    to_reader: Sender<ToReader>,
    sig: Arc<Sigint>,
    _to_vm: Sender<FromReader>,
}

impl Repl {
    /// `import asyncio` in `__main__` and an event loop that runs from now on.
    fn start_loop(&mut self) {
        let _ = self.rt.run_input("import asyncio\n");
        if let Some(lp) = self.rt.eval_in_main("asyncio.events._new_loop()") {
            self.rt.start_event_loop(lp);
        }
    }

    fn run(&mut self) -> i32 {
        let mut lines: Vec<String> = Vec::new();
        // Lines of a multi-line paste still to be taken, as if typed one by one.
        let mut pasted: std::collections::VecDeque<String> = Default::default();
        loop {
            if let Some(line) = pasted.pop_front() {
                if let Some(code) = self.take_line(&mut lines, line) {
                    return code;
                }
                continue;
            }
            let prompt = if lines.is_empty() { ">>> " } else { "... " };
            let indent = next_indent(&lines);
            if self
                .to_reader
                .send(ToReader::Read { prompt, indent })
                .is_err()
            {
                return 0;
            }
            let msg = match self.wait_for_reader() {
                Ok(m) => m,
                Err(code) => return code,
            };
            match msg {
                FromReader::Line(line) => {
                    pasted.extend(line.split('\n').map(str::to_string));
                }
                FromReader::Interrupted => {
                    lines.clear();
                    eprintln!("KeyboardInterrupt");
                }
                FromReader::Eof => {
                    self.rt.interp.flush_stdout();
                    eprintln!();
                    return 0;
                }
                FromReader::Complete { .. } => unreachable!("answered while waiting"),
            }
        }
    }

    /// Adds a line to the input being collected and runs the input once it is complete;
    /// `Some(code)` when that exits the REPL.
    fn take_line(&mut self, lines: &mut Vec<String>, line: String) -> Option<i32> {
        lines.push(line);
        let source = lines.join("\n");
        if !input::is_complete(&source) {
            return None;
        }
        lines.clear();
        if source.trim().is_empty() {
            return None;
        }
        self.execute(&format!("{source}\n"))
    }

    /// Runs the event loop until the reader sends a line (answering completion requests
    /// meanwhile). `Err(code)`: a background task ended the program (`SystemExit`).
    fn wait_for_reader(&mut self) -> Result<FromReader, i32> {
        loop {
            let wait = match self.rt.run_loop_until(Instant::now()) {
                Ok(LoopStatus::Ready) => Duration::ZERO,
                Ok(LoopStatus::Waiting(d)) => d,
                Ok(LoopStatus::Idle | LoopStatus::NoLoop) => Duration::from_secs(3600),
                Err(e) => {
                    let r = report_exception(&mut self.rt, e);
                    if let Some(code) = r {
                        return Err(code);
                    }
                    Duration::ZERO
                }
            };
            match self.from_reader.recv_timeout(wait) {
                Ok(FromReader::Complete { word, reply }) => {
                    let _ = reply.send(self.complete(&word));
                }
                Ok(m) => return Ok(m),
                Err(RecvTimeoutError::Timeout) => {}
                Err(RecvTimeoutError::Disconnected) => return Ok(FromReader::Eof),
            }
        }
    }

    /// Runs one complete input; `Some(code)` when it exits the REPL.
    fn execute(&mut self, source: &str) -> Option<i32> {
        self.sig.start();
        let r = self.run_source(source);
        self.sig.stop();
        self.rt.interp.interrupt_handle().clear();
        match r {
            Ok(()) => None,
            Err(RunError::Exit(code)) => Some(code),
            Err(e) => {
                report(&mut self.rt, e, "<stdin>", source);
                None
            }
        }
    }

    fn run_source(&mut self, source: &str) -> Result<(), RunError> {
        let Some(input) = self.rt.run_input(source)? else {
            return Ok(());
        };
        let mut interrupted = false;
        while !input.is_done() {
            if let Err(e) = self.rt.run_loop_until(Instant::now() + SLICE) {
                if is_keyboard_interrupt(&e) {
                    interrupted = true;
                    self.rt.cancel_input(&input);
                } else {
                    report_exception(&mut self.rt, e);
                }
            }
            if self.sig.take() && !input.is_done() {
                self.rt.interp.interrupt_handle().clear();
                interrupted = true;
                self.rt.cancel_input(&input);
            }
        }
        let r = self.rt.finish_input(input);
        if interrupted && r.is_err() {
            // As `python3 -m asyncio`: the awaiting input was cancelled.
            eprintln!("KeyboardInterrupt");
            return Ok(());
        }
        r
    }

    /// Completion candidates for a name or `obj.attr` path typed at the prompt.
    fn complete(&mut self, word: &str) -> Vec<String> {
        let mut out: Vec<String> = Vec::new();
        if let Some((obj, attr)) = word.rsplit_once('.') {
            if !obj.split('.').all(is_identifier) {
                return out;
            }
            if let Some(Value::List(names)) = self.rt.eval_in_main(&format!("dir({obj})")) {
                for n in names.borrow().iter() {
                    if let Value::Str(s) = n {
                        let s = s.as_str();
                        let hidden = s.starts_with('_') && !attr.starts_with('_');
                        if s.starts_with(attr) && !hidden {
                            out.push(format!("{obj}.{s}"));
                        }
                    }
                }
            }
        } else {
            out.extend(
                input::KEYWORDS
                    .iter()
                    .filter(|k| k.starts_with(word))
                    .map(|k| k.to_string()),
            );
            let main = self.rt.eval_in_main("globals()");
            let dicts = [main, Some(Value::Dict(self.rt.interp.builtins.clone()))];
            for d in dicts.into_iter().flatten() {
                if let Value::Dict(d) = d {
                    for k in d.borrow().keys() {
                        if let Value::Str(s) = k
                            && s.as_str().starts_with(word)
                            && (!s.as_str().starts_with('_') || word.starts_with('_'))
                        {
                            out.push(s.as_str().to_string());
                        }
                    }
                }
            }
        }
        out.sort();
        out.dedup();
        out
    }
}

fn is_identifier(s: &str) -> bool {
    !s.is_empty()
        && !s.starts_with(|c: char| c.is_ascii_digit())
        && s.chars().all(|c| c.is_alphanumeric() || c == '_')
}

fn is_keyboard_interrupt(e: &Value) -> bool {
    matches!(e, Value::Exception(x)
        if x.kind() == Some(crate::object::types::ExcKind::KeyboardInterrupt))
}

/// Reports an exception that escaped the event loop; `Some(code)` for `SystemExit`.
fn report_exception(rt: &mut Runtime, e: Value) -> Option<i32> {
    if let Value::Exception(x) = &e
        && x.kind() == Some(crate::object::types::ExcKind::SystemExit)
    {
        return Some(crate::runtime::sys::exit_code(
            &x.args.borrow(),
            &mut std::io::stderr(),
        ));
    }
    report(rt, RunError::Exception(e), "<stdin>", "");
    None
}

/// The indentation to offer on the next line of a block: one level more after a line ending
/// in `:`, one less after `return`/`pass`/`break`/`continue`/`raise`, else the same.
fn next_indent(lines: &[String]) -> String {
    let Some(last) = lines.iter().rev().find(|l| !l.trim().is_empty()) else {
        return String::new();
    };
    if lines.last().is_some_and(|l| l.trim().is_empty()) {
        return String::new();
    }
    let width = last.len() - last.trim_start().len();
    let code = last.split('#').next().unwrap_or("").trim_end();
    let word = code.trim_start().split([' ', '(']).next().unwrap_or("");
    let width = if code.ends_with(':') {
        width + 4
    } else if matches!(word, "return" | "pass" | "break" | "continue" | "raise") {
        width.saturating_sub(4)
    } else {
        width
    };
    " ".repeat(width)
}
