//! Syntax errors as ariadne reports: file, line, column, a caret under the offending token and
//! CPython's message (`SyntaxError: expected ':'`).

use crate::syntax::SyntaxError;
use ariadne::{Color, Config, IndexType, Label, Report, ReportKind, Source};

/// Renders every error, first to last, into one string.
pub fn render_syntax_errors(
    errors: &[SyntaxError],
    filename: &str,
    source: &str,
    color: bool,
) -> String {
    let mut out = Vec::new();
    for e in errors {
        let mut start = e.span.start as usize;
        let mut end = e.span.end as usize;
        // Point at something visible: zero-width spans (EOF, layout tokens) get one character.
        if start >= source.len() {
            start = source.len().saturating_sub(1);
        }
        if end <= start {
            end = (start + 1).min(source.len()).max(start);
        }
        while end < source.len() && !source.is_char_boundary(end) {
            end += 1;
        }
        let id = filename.to_string();
        let report = Report::build(
            ReportKind::Custom(e.kind, Color::Red),
            (id.clone(), start..end),
        )
        .with_config(
            Config::default()
                .with_index_type(IndexType::Byte)
                .with_color(color),
        )
        .with_message(&e.message)
        .with_label(
            Label::new((id.clone(), start..end))
                .with_message(position(source, start))
                .with_color(Color::Red),
        )
        .finish();
        let _ = report.write((id, Source::from(source)), &mut out);
    }
    let text = String::from_utf8_lossy(&out).into_owned();
    // ariadne 0.6 colours a custom report kind's header even with colour off.
    if color { text } else { strip_ansi(&text) }
}

/// "line L, column C" (1-based, columns in characters) of a byte offset.
fn position(source: &str, offset: usize) -> String {
    let (line, column, _) = crate::syntax::error::line_col(source, offset);
    format!("line {line}, column {column}")
}

/// Removes ANSI SGR escape sequences (`ESC [ ... m`).
fn strip_ansi(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut chars = s.chars().peekable();
    while let Some(c) = chars.next() {
        if c == '\u{1b}' && chars.peek() == Some(&'[') {
            for d in chars.by_ref() {
                if d.is_ascii_alphabetic() {
                    break;
                }
            }
            continue;
        }
        out.push(c);
    }
    out
}
