//! Syntax errors as plain data: what CPython would raise, where. Rendering (ariadne) lives in
//! `diag/`.

use super::ast::Span;

#[derive(Debug, Clone, PartialEq)]
pub struct SyntaxError {
    /// `SyntaxError`, `IndentationError` or `TabError`.
    pub kind: &'static str,
    pub message: String,
    pub span: Span,
    /// 1-based line and column (in characters) of `span.start`.
    pub line: usize,
    pub column: usize,
    /// Byte offset of the start of the line holding `span.start`.
    pub line_start: usize,
    /// True for errors that error recovery typically produces after a real one (a stray
    /// INDENT/DEDENT); they are dropped when another error precedes them.
    pub follow_on: bool,
}

impl SyntaxError {
    pub fn new(
        src: &str,
        kind: &'static str,
        message: impl Into<String>,
        start: usize,
        end: usize,
    ) -> SyntaxError {
        let start = start.min(src.len());
        let end = end.clamp(start, src.len().max(start));
        let (line, column, line_start) = line_col(src, start);
        SyntaxError {
            kind,
            message: message.into(),
            span: Span::new(start, end),
            line,
            column,
            line_start,
            follow_on: false,
        }
    }
}

impl std::fmt::Display for SyntaxError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}: {}", self.kind, self.message)
    }
}

/// 1-based line and column (in characters) of byte `offset` in `src`, and the byte offset
/// where that line starts.
pub fn line_col(src: &str, offset: usize) -> (usize, usize, usize) {
    let mut offset = offset.min(src.len());
    while !src.is_char_boundary(offset) {
        offset -= 1;
    }
    let before = &src[..offset];
    let line_start = before.rfind('\n').map_or(0, |i| i + 1);
    let line = before.bytes().filter(|&b| b == b'\n').count() + 1;
    (line, before[line_start..].chars().count() + 1, line_start)
}
