//! The rustyline side of the REPL (it runs on the reader thread): tab completion (keywords,
//! builtins, globals, `obj.attr`, asked of the VM thread), highlighting of keywords, strings,
//! numbers and comments, and matching-bracket highlighting.

use super::input::{Kind, scan};
use rustyline::completion::Completer;
use rustyline::highlight::{CmdKind, Highlighter};
use rustyline::hint::Hinter;
use rustyline::validate::Validator;
use rustyline::{Context, Helper};
use std::borrow::Cow;
use std::sync::mpsc::{Sender, channel};
use std::time::Duration;

/// What the reader thread sends to the VM thread.
pub enum FromReader {
    /// A line typed at the prompt (without its newline).
    Line(String),
    /// Ctrl-C while typing.
    Interrupted,
    /// Ctrl-D on an empty line, or the terminal went away.
    Eof,
    /// Completion candidates for `word` (a name or a dotted path), answered on `reply`.
    Complete {
        word: String,
        reply: Sender<Vec<String>>,
    },
}

pub struct ReplHelper {
    pub color: bool,
    pub to_vm: Sender<FromReader>,
}

impl Helper for ReplHelper {}
impl Hinter for ReplHelper {
    type Hint = String;
}
impl Validator for ReplHelper {}

impl Completer for ReplHelper {
    type Candidate = String;

    fn complete(
        &self,
        line: &str,
        pos: usize,
        _ctx: &Context<'_>,
    ) -> rustyline::Result<(usize, Vec<String>)> {
        let before = &line[..pos];
        if before.trim().is_empty() {
            // Tab at the start of a line indents, as in CPython's REPL.
            return Ok((pos, vec!["    ".to_string()]));
        }
        let start = before
            .char_indices()
            .rev()
            .take_while(|&(_, c)| c.is_alphanumeric() || c == '_' || c == '.')
            .last()
            .map_or(pos, |(i, _)| i);
        let word = &before[start..];
        if word.is_empty()
            || word.starts_with('.')
            || word.starts_with(|c: char| c.is_ascii_digit())
        {
            return Ok((pos, Vec::new()));
        }
        let (reply, answer) = channel();
        if self
            .to_vm
            .send(FromReader::Complete {
                word: word.to_string(),
                reply,
            })
            .is_err()
        {
            return Ok((pos, Vec::new()));
        }
        let found = answer
            .recv_timeout(Duration::from_secs(2))
            .unwrap_or_default();
        Ok((start, found))
    }
}

const RESET: &str = "\x1b[0m";

fn colour(kind: Kind) -> &'static str {
    match kind {
        Kind::Keyword => "\x1b[1;35m",
        Kind::Str => "\x1b[32m",
        Kind::Number => "\x1b[36m",
        Kind::Comment => "\x1b[90m",
    }
}

/// `line` with ANSI colours; the bracket under (or just before) the cursor and its match are
/// shown in bold blue.
pub fn highlight_line(line: &str, pos: usize) -> String {
    let s = scan(line);
    let mut marks: Vec<(usize, usize, &str)> = s
        .pieces
        .iter()
        .map(|&(a, b, k)| (a, b, colour(k)))
        .collect();
    let at = |p: usize| {
        line.as_bytes()
            .get(p)
            .is_some_and(|c| b"()[]{}".contains(c))
    };
    let cursor = if at(pos) {
        Some(pos)
    } else if pos > 0 && at(pos - 1) {
        Some(pos - 1)
    } else {
        None
    };
    if let Some(c) = cursor
        && let Some(&(o, e)) = s.pairs.iter().find(|&&(o, e)| o == c || e == c)
    {
        marks.push((o, o + 1, "\x1b[1;34m"));
        marks.push((e, e + 1, "\x1b[1;34m"));
    }
    marks.sort_by_key(|m| m.0);
    let mut out = String::with_capacity(line.len() + 16 * marks.len());
    let mut i = 0;
    for (a, b, code) in marks {
        if a < i || b > line.len() {
            continue;
        }
        out.push_str(&line[i..a]);
        out.push_str(code);
        out.push_str(&line[a..b]);
        out.push_str(RESET);
        i = b;
    }
    out.push_str(&line[i..]);
    out
}

impl Highlighter for ReplHelper {
    fn highlight<'l>(&self, line: &'l str, pos: usize) -> Cow<'l, str> {
        if self.color {
            Cow::Owned(highlight_line(line, pos))
        } else {
            Cow::Borrowed(line)
        }
    }

    fn highlight_char(&self, _line: &str, _pos: usize, _kind: CmdKind) -> bool {
        self.color
    }
}

#[cfg(test)]
mod tests {
    use super::highlight_line;

    #[test]
    fn colours_keywords_strings_numbers_and_the_matching_bracket() {
        let h = highlight_line("if x: print('a', 12)  # c", 100);
        assert!(h.contains("\x1b[1;35mif\x1b[0m"), "{h:?}");
        assert!(h.contains("\x1b[32m'a'\x1b[0m"), "{h:?}");
        assert!(h.contains("\x1b[36m12\x1b[0m"), "{h:?}");
        assert!(h.contains("\x1b[90m# c\x1b[0m"), "{h:?}");
        let h = highlight_line("f(g(1))", 7);
        assert_eq!(
            h,
            "f\x1b[1;34m(\x1b[0mg(\x1b[36m1\x1b[0m)\x1b[1;34m)\x1b[0m"
        );
    }
}
