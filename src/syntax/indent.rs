//! The indentation part of the lexer, following CPython's tokenizer: the indentation of a line
//! is measured twice, with tabs to multiples of 8 (`col`) and with tabs as one column
//! (`altcol`); if the two measures disagree about how a line relates to the enclosing block,
//! tabs and spaces are mixed inconsistently and that is a `TabError`.

use super::literal::{newline_len, syntax_error};
use super::token::{LexError, LexErrorKind};

/// CPython's `MAXINDENT`.
const MAX_INDENT: usize = 100;
const TAB_SIZE: usize = 8;

/// The indentation at the start of a physical line.
#[derive(Debug, Clone, Copy)]
pub(super) struct LineIndent {
    pub col: usize,
    pub altcol: usize,
    /// Offset of the first character that is not indentation.
    pub first: usize,
    /// The line holds only whitespace and/or a comment (or the file ends here).
    pub blank: bool,
}

/// Measures the indentation of the line starting at `pos`. A backslash continuation inside the
/// indentation is allowed; the column at the first backslash is the line's indentation.
pub(super) fn measure(src: &str, mut pos: usize) -> Result<LineIndent, LexError> {
    let b = src.as_bytes();
    let (mut col, mut altcol) = (0, 0);
    let mut cont_col = 0;
    loop {
        match b.get(pos) {
            Some(b' ') => {
                col += 1;
                altcol += 1;
            }
            Some(b'\t') => {
                col = (col / TAB_SIZE + 1) * TAB_SIZE;
                altcol += 1;
            }
            Some(0x0C) => {
                col = 0;
                altcol = 0;
            }
            Some(b'\\') => {
                if cont_col == 0 {
                    cont_col = col;
                }
                let Some(n) = newline_len(b, pos + 1) else {
                    return Err(continuation_error(src, pos));
                };
                pos += 1 + n;
                if pos >= b.len() {
                    return Err(syntax_error(
                        pos - n - 1,
                        pos - n,
                        "unexpected EOF while parsing",
                    ));
                }
                continue;
            }
            _ => break,
        }
        pos += 1;
    }
    if cont_col != 0 {
        col = cont_col;
        altcol = cont_col;
    }
    let blank = matches!(b.get(pos), None | Some(b'#' | b'\n' | b'\r'));
    Ok(LineIndent {
        col,
        altcol,
        first: pos,
        blank,
    })
}

/// The error for a backslash at `pos` that is not followed by a line break.
pub(super) fn continuation_error(src: &str, pos: usize) -> LexError {
    if pos + 1 >= src.len() {
        syntax_error(pos, pos + 1, "unexpected EOF while parsing")
    } else {
        syntax_error(
            pos,
            pos + 1,
            "unexpected character after line continuation character",
        )
    }
}

/// What a new logical line does to the block structure.
#[derive(Debug, PartialEq, Eq)]
pub(super) enum IndentChange {
    Same,
    Indent,
    /// Close this many blocks.
    Dedent(usize),
}

/// The stack of open indentation levels, `(col, altcol)`; the bottom entry is `(0, 0)`.
#[derive(Debug)]
pub(super) struct IndentStack {
    levels: Vec<(usize, usize)>,
}

impl IndentStack {
    pub fn new() -> Self {
        IndentStack {
            levels: vec![(0, 0)],
        }
    }

    /// Number of open blocks (levels above the bottom).
    pub fn depth(&self) -> usize {
        self.levels.len() - 1
    }

    fn top(&self) -> (usize, usize) {
        self.levels.last().copied().unwrap_or((0, 0))
    }

    /// Applies the indentation `ind` of a new logical line; `line_start` is the offset of the
    /// line's first byte (error spans cover the indentation).
    pub fn update(
        &mut self,
        ind: &LineIndent,
        line_start: usize,
    ) -> Result<IndentChange, LexError> {
        let err = |kind, msg: &str| LexError {
            start: line_start,
            end: ind.first,
            kind,
            message: msg.to_owned(),
        };
        let tab_error = || {
            err(
                LexErrorKind::TabError,
                "inconsistent use of tabs and spaces in indentation",
            )
        };
        let (col, altcol) = (ind.col, ind.altcol);
        let (top, top_alt) = self.top();
        if col == top {
            if altcol != top_alt {
                return Err(tab_error());
            }
            Ok(IndentChange::Same)
        } else if col > top {
            if self.levels.len() >= MAX_INDENT {
                return Err(err(
                    LexErrorKind::IndentationError,
                    "too many levels of indentation",
                ));
            }
            if altcol <= top_alt {
                return Err(tab_error());
            }
            self.levels.push((col, altcol));
            Ok(IndentChange::Indent)
        } else {
            let mut n = 0;
            while self.levels.len() > 1 && col < self.top().0 {
                self.levels.pop();
                n += 1;
            }
            let (top, top_alt) = self.top();
            if col != top {
                let msg = "unindent does not match any outer indentation level";
                return Err(err(LexErrorKind::IndentationError, msg));
            }
            if altcol != top_alt {
                return Err(tab_error());
            }
            Ok(IndentChange::Dedent(n))
        }
    }
}
