//! Uncaught exceptions printed the way CPython 3.11 prints them: the chained exceptions, then
//! "Traceback (most recent call last):", one entry per frame with its source line, and the
//! final `Type: message` line.

use crate::object::exception::ExceptionObj;
use crate::object::repr;
use crate::object::value::Value;
use crate::syntax::error::line_col;
use rustc_hash::FxHashMap;
use std::fmt::Write;
use std::rc::Rc;

pub type Sources = FxHashMap<Rc<str>, Rc<str>>;

/// The full report for an uncaught exception.
pub fn format_exception(exc: &Value, sources: &Sources) -> String {
    let mut out = String::new();
    let mut seen = Vec::new();
    format_chain(exc, sources, &mut out, &mut seen);
    out
}

fn format_chain(exc: &Value, sources: &Sources, out: &mut String, seen: &mut Vec<usize>) {
    let Value::Exception(e) = exc else {
        let _ = writeln!(out, "{}", repr::repr(exc));
        return;
    };
    seen.push(exc.identity());
    let cause = e.cause.borrow().clone();
    let context = e.context.borrow().clone();
    if let Some(c) = cause.filter(|c| !seen.contains(&c.identity())) {
        format_chain(&c, sources, out, seen);
        out.push_str("\nThe above exception was the direct cause of the following exception:\n\n");
    } else if let Some(c) =
        context.filter(|c| !e.suppress_context.get() && !seen.contains(&c.identity()))
    {
        format_chain(&c, sources, out, seen);
        out.push_str("\nDuring handling of the above exception, another exception occurred:\n\n");
    }
    format_one(e, sources, out);
}

/// The last line: `ValueError: message` (or just the class name when the message is empty).
pub fn exception_line(e: &ExceptionObj) -> String {
    let name = if matches!(&*e.class.module, "builtins" | "__main__") {
        e.class.name.to_string()
    } else {
        format!("{}.{}", e.class.module, e.class.name)
    };
    if let Some(shown) = &*e.display.borrow() {
        return if shown.is_empty() {
            name
        } else {
            format!("{name}: {shown}")
        };
    }
    let msg = e.os_error_str().unwrap_or_else(|| {
        repr::exception_str(
            &e.args.borrow(),
            e.kind() == Some(crate::object::types::ExcKind::KeyError),
        )
    });
    if msg.is_empty() {
        name
    } else {
        format!("{name}: {msg}")
    }
}

fn format_one(e: &ExceptionObj, sources: &Sources, out: &mut String) {
    let tb = e.traceback.borrow();
    if !tb.is_empty() {
        out.push_str("Traceback (most recent call last):\n");
    }
    let mut last: Option<(Rc<str>, usize, Rc<str>)> = None;
    let mut repeats = 0usize;
    let flush_repeats = |out: &mut String, n: usize| {
        if n > 3 {
            let _ = writeln!(
                out,
                "  [Previous line repeated {} more time{}]",
                n - 3,
                if n - 3 == 1 { "" } else { "s" }
            );
        }
    };
    for entry in tb.iter().rev() {
        let code = &entry.code.code;
        if &*code.filename == crate::bytecode::PRELUDE_FILE
            && std::env::var_os("BATON_SHOW_PRELUDE").is_none()
        {
            continue;
        }
        let span = code
            .spans
            .get(entry.pc as usize)
            .copied()
            .unwrap_or_default();
        let source = sources.get(&code.filename);
        let line = match (&code.source, source) {
            (Some(s), _) => line_col(s, span.start as usize).0,
            (None, Some(s)) => line_col(s, span.start as usize).0,
            (None, None) => 0,
        };
        // Code compiled from a string shows no source line, as in CPython.
        let source = source.filter(|_| code.source.is_none());
        let key = (code.filename.clone(), line, code.name.clone());
        if last.as_ref() == Some(&key) {
            repeats += 1;
            if repeats > 3 {
                continue;
            }
        } else {
            flush_repeats(out, repeats);
            repeats = 1;
            last = Some(key);
        }
        let _ = writeln!(
            out,
            "  File \"{}\", line {}, in {}",
            code.filename, line, code.name
        );
        if let Some(src) = source {
            write_source_line(out, src, span.start as usize, span.end as usize);
        }
    }
    flush_repeats(out, repeats);
    let _ = writeln!(out, "{}", exception_line(e));
    // Notes added with `add_note`, one per line.
    if let Some(d) = &*e.attrs.borrow()
        && let Some(Value::List(notes)) = d
            .borrow()
            .get_str(&crate::object::str::Str::new("__notes__"))
    {
        for n in notes.borrow().iter() {
            let _ = writeln!(out, "{}", repr::str(n));
        }
    }
}

/// The source line, stripped, with carets under the failing expression unless it is the
/// whole line.
fn write_source_line(out: &mut String, src: &str, start: usize, end: usize) {
    let start = start.min(src.len());
    let line_start = src[..start].rfind('\n').map_or(0, |i| i + 1);
    let line_end = src[start..].find('\n').map_or(src.len(), |i| start + i);
    let line = &src[line_start..line_end];
    let trimmed = line.trim_start();
    let indent = line.len() - trimmed.len();
    let text = trimmed.trim_end();
    if text.is_empty() {
        return;
    }
    let _ = writeln!(out, "    {text}");
    let col_start = start - line_start;
    let col_end = end.min(line_end).max(start) - line_start;
    if col_start < indent || col_end <= col_start {
        return;
    }
    let lead = line[indent..col_start].chars().count();
    let width = line[col_start..col_end].chars().count().max(1);
    let anchors =
        super::anchors::anchors(&line[col_start..col_end]).filter(|&(l, r)| l < r && r <= width);
    // Carets under the whole line say nothing, unless they mark an operator or a subscript.
    let covers_all = col_start == indent && col_end >= indent + text.len();
    if covers_all && anchors.is_none() {
        return;
    }
    let marks: String = match anchors {
        Some((l, r)) => (0..width)
            .map(|i| if (l..r).contains(&i) { '^' } else { '~' })
            .collect(),
        None => "^".repeat(width),
    };
    let _ = writeln!(out, "    {}{marks}", " ".repeat(lead));
}
