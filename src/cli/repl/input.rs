//! What the REPL needs to know about partial input, without parsing it: a light scanner
//! (strings, comments, numbers, names, brackets) for highlighting and bracket matching, and
//! the completeness rule that decides between `>>> ` and `... ` as CPython's `codeop` does.

use crate::syntax::parse_module;

/// The kind of a highlighted piece of a line.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Keyword,
    Str,
    Number,
    Comment,
}

/// What the scanner found in some source text.
#[derive(Debug, Default)]
pub struct Scan {
    /// Byte ranges worth colouring.
    pub pieces: Vec<(usize, usize, Kind)>,
    /// Brackets still open at the end (the bracket and its offset).
    pub open: Vec<(u8, usize)>,
    /// Pairs of matching brackets (offsets of the opener and the closer).
    pub pairs: Vec<(usize, usize)>,
    /// A closing bracket that matches nothing (the input is an error, hence complete).
    pub mismatched: bool,
    /// The text ends inside a triple-quoted string.
    pub in_triple: bool,
    /// The last line ends with a backslash continuation.
    pub continued: bool,
}

pub const KEYWORDS: &[&str] = &[
    "False", "None", "True", "and", "as", "assert", "async", "await", "break", "class", "continue",
    "def", "del", "elif", "else", "except", "finally", "for", "from", "global", "if", "import",
    "in", "is", "lambda", "nonlocal", "not", "or", "pass", "raise", "return", "try", "while",
    "with", "yield",
];

/// Keywords that start a compound statement (a block that a blank line ends).
const COMPOUND: &[&str] = &["if", "while", "for", "def", "class", "with", "try", "async"];

fn is_name_byte(b: u8) -> bool {
    b.is_ascii_alphanumeric() || b == b'_' || b >= 0x80
}

pub fn scan(src: &str) -> Scan {
    let b = src.as_bytes();
    let mut s = Scan::default();
    let mut i = 0;
    while i < b.len() {
        let c = b[i];
        match c {
            b'#' => {
                let end = src[i..].find('\n').map_or(b.len(), |n| i + n);
                s.pieces.push((i, end, Kind::Comment));
                i = end;
            }
            b'"' | b'\'' => {
                // Include a string prefix (`r`, `b`, `f`, `u`, `rb`...) right before the quote.
                let mut start = i;
                while start > 0 && i - start < 2 && b"rRbBfFuU".contains(&b[start - 1]) {
                    start -= 1;
                }
                if start > 0 && is_name_byte(b[start - 1]) {
                    start = i;
                }
                i = scan_string(b, i, &mut s);
                s.pieces.push((start, i, Kind::Str));
            }
            b'(' | b'[' | b'{' => {
                s.open.push((c, i));
                i += 1;
            }
            b')' | b']' | b'}' => {
                let want = match c {
                    b')' => b'(',
                    b']' => b'[',
                    _ => b'{',
                };
                match s.open.pop() {
                    Some((o, at)) if o == want => s.pairs.push((at, i)),
                    _ => s.mismatched = true,
                }
                i += 1;
            }
            b'\\' if b.get(i + 1) == Some(&b'\n') => i += 2,
            b'\\' if i + 1 == b.len() => {
                s.continued = true;
                i += 1;
            }
            _ if c.is_ascii_digit()
                || (c == b'.' && b.get(i + 1).is_some_and(u8::is_ascii_digit)) =>
            {
                let start = i;
                while i < b.len() && (is_name_byte(b[i]) || b[i] == b'.') {
                    i += 1;
                }
                s.pieces.push((start, i, Kind::Number));
            }
            _ if is_name_byte(c) => {
                let start = i;
                while i < b.len() && is_name_byte(b[i]) {
                    i += 1;
                }
                if KEYWORDS.contains(&&src[start..i]) {
                    s.pieces.push((start, i, Kind::Keyword));
                }
            }
            _ => i += 1,
        }
    }
    s
}

/// Skips the string starting with the quote at `i`; returns the offset after it.
fn scan_string(b: &[u8], i: usize, s: &mut Scan) -> usize {
    let q = b[i];
    let triple = b.get(i + 1) == Some(&q) && b.get(i + 2) == Some(&q);
    let mut j = if triple { i + 3 } else { i + 1 };
    while j < b.len() {
        match b[j] {
            b'\\' => j += 2,
            c if c == q => {
                if !triple {
                    return j + 1;
                }
                if b.get(j + 1) == Some(&q) && b.get(j + 2) == Some(&q) {
                    return j + 3;
                }
                j += 1;
            }
            b'\n' if !triple => return j,
            _ => j += 1,
        }
    }
    if triple {
        s.in_triple = true;
    } else if b.last() == Some(&b'\\') {
        s.continued = true;
    }
    b.len().min(j)
}

/// The first word of the first line that is not blank or a comment.
fn first_word(src: &str) -> &str {
    let line = src
        .lines()
        .map(str::trim_start)
        .find(|l| !l.is_empty() && !l.starts_with('#'))
        .unwrap_or("");
    if line.starts_with('@') {
        return "@";
    }
    let end = line
        .bytes()
        .position(|c| !is_name_byte(c))
        .unwrap_or(line.len());
    &line[..end]
}

/// Is the REPL input `src` (its lines joined by `\n`, no trailing newline) complete, as
/// CPython's `codeop.compile_command` decides: open brackets, an unfinished triple-quoted
/// string or a trailing backslash continue; a compound statement continues until a blank
/// line (a line holding only the auto-indent counts as blank); anything else, including
/// input with a syntax error, is complete (and then reported).
pub fn is_complete(src: &str) -> bool {
    if src
        .lines()
        .all(|l| l.trim().is_empty() || l.trim_start().starts_with('#'))
    {
        return true;
    }
    let s = scan(src);
    if s.mismatched {
        return true;
    }
    if s.in_triple || s.continued || !s.open.is_empty() {
        return false;
    }
    let last_blank = src.rsplit('\n').next().is_some_and(|l| l.trim().is_empty());
    let word = first_word(src);
    let compound = COMPOUND.contains(&word)
        || word == "@"
        || (word == "match"
            && src
                .lines()
                .next()
                .is_some_and(|l| l.trim_end().ends_with(':')));
    if !compound || (last_blank && src.contains('\n')) {
        return true;
    }
    // Inside a block: an error before the end is reported at once, as CPython does; a
    // block that merely lacks its body (or a decorator its def) goes on.
    match parse_module(&format!("{src}\n")) {
        Ok(_) => false,
        Err(errors) => {
            let e = &errors[0];
            !(e.message.starts_with("expected an indented block")
                || e.message == "unexpected EOF while parsing")
        }
    }
}

#[cfg(test)]
mod tests {
    use super::is_complete;

    #[test]
    fn completeness_follows_codeop() {
        // Each case was checked with python3's codeop.compile_command(src, symbol="single").
        for (src, complete) in [
            ("x = 1", true),
            ("if x:", false),
            ("if True: print(1)", false),
            ("if x:\n  pass", false),
            ("if x:\n  pass\n", true),
            ("(1,", false),
            ("\"\"\"abc", false),
            ("x = 1 \\", false),
            ("def f():\n  return 1\n", true),
            ("x = )", true),
            ("for x in y:\n  pass\nelse:", false),
            ("@dec", false),
            ("x = [1,\n2]", true),
            ("class A: pass", false),
            ("1 +", true),
            ("# just a comment", true),
            ("if x:\n  1 +", true),
            ("while True:\n    pass\n    ", true),
            ("try:\n  pass", false),
            ("if x:\n  pass\nelif", true),
        ] {
            assert_eq!(is_complete(src), complete, "{src:?}");
        }
    }
}
