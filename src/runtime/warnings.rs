//! Printing the warnings the VM records (`vm/warnings.rs`) the way CPython's `warnings`
//! module shows them with its default filter: `file:line: Category: message`, the source
//! line, and each (message, place) only once.

use super::Runtime;
use crate::object::exception::TbEntry;
use rustc_hash::FxHashSet;
use std::fmt::Write;
use std::rc::Rc;

/// The `default` action's registry: what was already shown, by (message, file, line).
#[derive(Default)]
struct Shown(FxHashSet<(String, Rc<str>, usize)>);

impl Runtime {
    /// The line number of a traceback entry and its source line (stripped), if known.
    pub(super) fn entry_line(&self, e: &TbEntry) -> (usize, Option<String>) {
        let code = &e.code.code;
        let span = code.spans.get(e.pc as usize).copied().unwrap_or_default();
        let file_src = self.sources.get(&code.filename);
        let src = code.source.as_ref().or(file_src);
        let Some(src) = src else {
            return (0, None);
        };
        let (line, _, start) = crate::syntax::error::line_col(src, span.start as usize);
        let text = src[start..].lines().next().unwrap_or("").trim().to_string();
        // Code compiled from a string shows no source line, as in CPython.
        let text = Some(text).filter(|t| !t.is_empty() && code.source.is_none());
        (line, text)
    }

    /// `traceback.format_list` of `entries`: `  File "f", line n, in name` and the line.
    pub(super) fn format_entries(&self, entries: &[TbEntry], out: &mut String) {
        for e in entries {
            let (line, text) = self.entry_line(e);
            let code = &e.code.code;
            let _ = writeln!(
                out,
                "  File \"{}\", line {}, in {}",
                code.filename, line, code.name
            );
            if let Some(t) = text {
                let _ = writeln!(out, "    {t}");
            }
        }
    }

    /// Prints (and forgets) the warnings the VM has recorded.
    pub fn print_warnings(&mut self) {
        if self.interp.warnings.is_empty() {
            return;
        }
        let warnings = std::mem::take(&mut self.interp.warnings);
        let mut out = String::new();
        for w in warnings {
            let mut message = w.message.clone();
            if let Some(origin) = &w.origin {
                message.push_str("\nCoroutine created at (most recent call last)\n");
                self.format_entries(&origin.0, &mut message);
                message.truncate(message.trim_end_matches('\n').len());
            }
            let (file, line, text): (Rc<str>, usize, Option<String>) = match &w.at {
                Some(e) => {
                    let (line, text) = self.entry_line(e);
                    (e.code.code.filename.clone(), line, text)
                }
                None => (Rc::from("sys"), 1, None),
            };
            let key = (message.clone(), file.clone(), line);
            if !self.interp.ext::<Shown>().0.insert(key) {
                continue;
            }
            let _ = writeln!(out, "{file}:{line}: {}: {message}", w.category);
            if let Some(t) = text {
                let _ = writeln!(out, "  {t}");
            }
            let _ = writeln!(
                out,
                "{}: Enable tracemalloc to get the object allocation traceback",
                w.category
            );
        }
        if !out.is_empty() {
            self.interp.flush_stdout();
            eprint!("{out}");
        }
    }
}
