//! The Baton lexer: raw tokens come from a `logos` DFA; the [`Lexer`] wrapper adds Python's
//! tokenizer logic on top (logical lines, INDENT/DEDENT, bracket matching, literal decoding).
//!
//! Behaviour follows CPython 3.11's tokenizer, including its error messages.

use super::fstring::parse_fstring;
use super::indent::{IndentChange, IndentStack, continuation_error, measure};
use super::literal::{
    StrPrefix, decode_bytes, decode_str, line_of, scan_number, scan_string, syntax_error,
};
use super::token::{LexError, LexErrorKind, Spanned, Tok};
use logos::Logos;
use std::collections::VecDeque;

/// The message for a stray ASCII character such as `$` or `?`.
const STRAY: &str = "invalid syntax";

/// CPython's `MAXLEVEL`: how deeply brackets may nest.
const MAX_BRACKETS: usize = 200;

/// Raw tokens. Literal bodies are scanned by hand after their first character(s) are matched.
#[derive(Logos, Debug, Clone, PartialEq)]
enum Raw {
    #[regex(r"[ \t\x0C]+")]
    Space,
    #[regex(r"\r\n|\r|\n")]
    Newline,
    #[regex(r"#[^\r\n]*", allow_greedy = true)]
    Comment,
    #[regex(r"\\(\r\n|\r|\n)")]
    Continuation,
    #[token("\\")]
    Backslash,
    #[regex(r"[\p{XID_Start}_]\p{XID_Continue}*")]
    Name,
    /// A string prefix and the opening quote.
    #[regex(r#"([rRbBuUfF]|[rR][bBfF]|[bBfF][rR])?["']"#)]
    StrStart,
    /// The first character(s) of a number.
    #[regex(r"[0-9]|\.[0-9]")]
    Number,
    #[token("(")]
    LPar,
    #[token("[")]
    LSqb,
    #[token("{")]
    LBrace,
    #[token(")")]
    RPar,
    #[token("]")]
    RSqb,
    #[token("}")]
    RBrace,
    #[token("False", |_| Tok::False)]
    #[token("None", |_| Tok::None)]
    #[token("True", |_| Tok::True)]
    #[token("and", |_| Tok::And)]
    #[token("as", |_| Tok::As)]
    #[token("assert", |_| Tok::Assert)]
    #[token("async", |_| Tok::Async)]
    #[token("await", |_| Tok::Await)]
    #[token("break", |_| Tok::Break)]
    #[token("class", |_| Tok::Class)]
    #[token("continue", |_| Tok::Continue)]
    #[token("def", |_| Tok::Def)]
    #[token("del", |_| Tok::Del)]
    #[token("elif", |_| Tok::Elif)]
    #[token("else", |_| Tok::Else)]
    #[token("except", |_| Tok::Except)]
    #[token("finally", |_| Tok::Finally)]
    #[token("for", |_| Tok::For)]
    #[token("from", |_| Tok::From)]
    #[token("global", |_| Tok::Global)]
    #[token("if", |_| Tok::If)]
    #[token("import", |_| Tok::Import)]
    #[token("in", |_| Tok::In)]
    #[token("is", |_| Tok::Is)]
    #[token("lambda", |_| Tok::Lambda)]
    #[token("nonlocal", |_| Tok::Nonlocal)]
    #[token("not", |_| Tok::Not)]
    #[token("or", |_| Tok::Or)]
    #[token("pass", |_| Tok::Pass)]
    #[token("raise", |_| Tok::Raise)]
    #[token("return", |_| Tok::Return)]
    #[token("try", |_| Tok::Try)]
    #[token("while", |_| Tok::While)]
    #[token("with", |_| Tok::With)]
    #[token("yield", |_| Tok::Yield)]
    Keyword(Tok),
    #[token("+", |_| Tok::Plus)]
    #[token("-", |_| Tok::Minus)]
    #[token("*", |_| Tok::Star)]
    #[token("**", |_| Tok::DoubleStar)]
    #[token("/", |_| Tok::Slash)]
    #[token("//", |_| Tok::DoubleSlash)]
    #[token("%", |_| Tok::Percent)]
    #[token("@", |_| Tok::At)]
    #[token("<<", |_| Tok::LShift)]
    #[token(">>", |_| Tok::RShift)]
    #[token("&", |_| Tok::Amper)]
    #[token("|", |_| Tok::Vbar)]
    #[token("^", |_| Tok::Circumflex)]
    #[token("~", |_| Tok::Tilde)]
    #[token(":=", |_| Tok::ColonEqual)]
    #[token("<", |_| Tok::Less)]
    #[token(">", |_| Tok::Greater)]
    #[token("<=", |_| Tok::LessEqual)]
    #[token(">=", |_| Tok::GreaterEqual)]
    #[token("==", |_| Tok::EqEqual)]
    #[token("!=", |_| Tok::NotEqual)]
    #[token(",", |_| Tok::Comma)]
    #[token(":", |_| Tok::Colon)]
    #[token(".", |_| Tok::Dot)]
    #[token(";", |_| Tok::Semi)]
    #[token("=", |_| Tok::Equal)]
    #[token("->", |_| Tok::Rarrow)]
    #[token("+=", |_| Tok::PlusEqual)]
    #[token("-=", |_| Tok::MinusEqual)]
    #[token("*=", |_| Tok::StarEqual)]
    #[token("/=", |_| Tok::SlashEqual)]
    #[token("//=", |_| Tok::DoubleSlashEqual)]
    #[token("%=", |_| Tok::PercentEqual)]
    #[token("@=", |_| Tok::AtEqual)]
    #[token("&=", |_| Tok::AmperEqual)]
    #[token("|=", |_| Tok::VbarEqual)]
    #[token("^=", |_| Tok::CircumflexEqual)]
    #[token(">>=", |_| Tok::RShiftEqual)]
    #[token("<<=", |_| Tok::LShiftEqual)]
    #[token("**=", |_| Tok::DoubleStarEqual)]
    #[token("...", |_| Tok::Ellipsis)]
    Op(Tok),
}

/// Lexes `src` into cooked tokens with byte-offset spans.
pub fn lex(src: &str) -> Lexer<'_> {
    Lexer::new(src)
}

/// Lexes the expression text of an f-string replacement field as if it were inside
/// parentheses (CPython compiles it as `(expr)`): line breaks are insignificant, so no
/// `Newline`/`Indent`/`Dedent` tokens are produced. Spans are relative to `text`.
pub fn lex_fstring_expr(text: &str) -> Lexer<'_> {
    let mut lexer = Lexer::new(text);
    lexer.nested = true;
    lexer.at_bol = false;
    lexer
}

/// An iterator over the tokens of a source text. After the first error it yields that error
/// and then ends.
pub struct Lexer<'a> {
    src: &'a str,
    raw: logos::Lexer<'a, Raw>,
    queue: VecDeque<Spanned>,
    done: bool,
    /// At the start of a physical line whose indentation has not been looked at yet.
    at_bol: bool,
    /// The current logical line has produced a token (so it needs a NEWLINE).
    line_has_tokens: bool,
    indents: IndentStack,
    /// Open brackets: the bracket byte and its offset.
    brackets: Vec<(u8, usize)>,
    /// Only looking for tokenizer errors: string literals are not decoded.
    scan_only: bool,
    /// Lexing as if inside parentheses (see [`lex_fstring_expr`]).
    nested: bool,
}

impl<'a> Lexer<'a> {
    pub fn new(src: &'a str) -> Self {
        let mut raw = Raw::lexer(src);
        if src.starts_with('\u{FEFF}') {
            raw.bump('\u{FEFF}'.len_utf8());
        }
        let mut queue = VecDeque::new();
        let mut done = false;
        if let Some(nul) = src.find('\0') {
            queue.push_back(Err(syntax_error(
                nul,
                nul + 1,
                "source code cannot contain null bytes",
            )));
            done = true;
        }
        Lexer {
            src,
            raw,
            queue,
            done,
            at_bol: true,
            line_has_tokens: false,
            indents: IndentStack::new(),
            brackets: Vec::new(),
            scan_only: false,
            nested: false,
        }
    }

    fn push(&mut self, start: usize, tok: Tok, end: usize) {
        self.queue.push_back(Ok((start, tok, end)));
    }

    /// Produces at least one token (or the end of input) into the queue.
    fn advance(&mut self) -> Result<(), LexError> {
        if self.at_bol {
            self.at_bol = false;
            self.line_start()?;
        }
        loop {
            let Some(raw) = self.raw.next() else {
                return self.end_of_input();
            };
            let span = self.raw.span();
            let raw = match raw {
                Ok(raw) => raw,
                Err(()) => return Err(self.invalid_char(span.start)),
            };
            let tok = match raw {
                Raw::Space | Raw::Comment => continue,
                Raw::Newline => {
                    if self.brackets.is_empty() && !self.nested {
                        if self.line_has_tokens {
                            self.line_has_tokens = false;
                            self.push(span.start, Tok::Newline, span.end);
                        }
                        self.at_bol = true;
                        return Ok(());
                    }
                    continue;
                }
                Raw::Continuation => {
                    if span.end >= self.src.len() {
                        let e = syntax_error(
                            span.start,
                            span.start + 1,
                            "unexpected EOF while parsing",
                        );
                        return Err(self.eof_error(e));
                    }
                    continue;
                }
                Raw::Backslash => {
                    return Err(self.eof_error(continuation_error(self.src, span.start)));
                }
                Raw::Name => {
                    self.check_name_end(span.end)?;
                    Tok::Name(self.raw.slice().to_owned())
                }
                Raw::Keyword(tok) => {
                    self.check_name_end(span.end)?;
                    tok
                }
                Raw::Op(tok) => tok,
                Raw::StrStart => self.string(span.start, span.end - 1)?,
                Raw::Number => {
                    let (end, tok) = scan_number(self.src, span.start)?;
                    self.raw.bump(end - span.end);
                    tok
                }
                Raw::LPar | Raw::LSqb | Raw::LBrace => {
                    if self.brackets.len() >= MAX_BRACKETS {
                        return Err(syntax_error(
                            span.start,
                            span.end,
                            "too many nested parentheses",
                        ));
                    }
                    let c = self.src.as_bytes()[span.start];
                    self.brackets.push((c, span.start));
                    match raw {
                        Raw::LPar => Tok::LPar,
                        Raw::LSqb => Tok::LSqb,
                        _ => Tok::LBrace,
                    }
                }
                Raw::RPar | Raw::RSqb | Raw::RBrace => {
                    self.close_bracket(span.start)?;
                    match raw {
                        Raw::RPar => Tok::RPar,
                        Raw::RSqb => Tok::RSqb,
                        _ => Tok::RBrace,
                    }
                }
            };
            self.line_has_tokens = true;
            let end = self.raw.span().end;
            self.push(span.start, tok, end);
            return Ok(());
        }
    }

    /// Handles the indentation of a new line (the lexer is positioned at its first byte).
    fn line_start(&mut self) -> Result<(), LexError> {
        let line_start = self.raw.span().end;
        let ind = measure(self.src, line_start).map_err(|e| self.eof_error(e))?;
        if ind.blank || !self.brackets.is_empty() {
            return Ok(());
        }
        match self.indents.update(&ind, line_start)? {
            IndentChange::Same => {}
            IndentChange::Indent => self.push(ind.first, Tok::Indent, ind.first),
            IndentChange::Dedent(n) => {
                for _ in 0..n {
                    self.push(ind.first, Tok::Dedent, ind.first);
                }
            }
        }
        Ok(())
    }

    /// An unexpected end of input inside brackets is reported as the unclosed bracket.
    fn eof_error(&self, e: LexError) -> LexError {
        match self.brackets.last() {
            Some(&(c, at)) if e.message == "unexpected EOF while parsing" => {
                syntax_error(at, at + 1, format!("'{}' was never closed", c as char))
            }
            _ => e,
        }
    }

    fn end_of_input(&mut self) -> Result<(), LexError> {
        if let Some(&(c, at)) = self.brackets.last() {
            return Err(syntax_error(
                at,
                at + 1,
                format!("'{}' was never closed", c as char),
            ));
        }
        let end = self.src.len();
        if self.line_has_tokens && !self.nested {
            self.line_has_tokens = false;
            self.push(end, Tok::Newline, end);
        }
        for _ in 0..self.indents.depth() {
            self.push(end, Tok::Dedent, end);
        }
        self.done = true;
        Ok(())
    }

    fn close_bracket(&mut self, at: usize) -> Result<(), LexError> {
        let c = self.src.as_bytes()[at];
        let Some((open, open_at)) = self.brackets.pop() else {
            return Err(syntax_error(
                at,
                at + 1,
                format!("unmatched '{}'", c as char),
            ));
        };
        if !matches!((open, c), (b'(', b')') | (b'[', b']') | (b'{', b'}')) {
            let mut msg = format!(
                "closing parenthesis '{}' does not match opening parenthesis '{}'",
                c as char, open as char
            );
            let open_line = line_of(self.src, open_at);
            if open_line != line_of(self.src, at) {
                msg.push_str(&format!(" on line {open_line}"));
            }
            return Err(syntax_error(at, at + 1, msg));
        }
        Ok(())
    }

    /// Lexes a string literal whose prefix starts at `start` and opening quote is at `q`.
    fn string(&mut self, start: usize, q: usize) -> Result<Tok, LexError> {
        let (body_start, body_end, end) = scan_string(self.src, start, q)?;
        self.raw.bump(end - (q + 1));
        if self.scan_only {
            return Ok(Tok::Str(String::new()));
        }
        let prefix = StrPrefix::parse(&self.src[start..q]);
        Ok(if prefix.bytes {
            Tok::Bytes(decode_bytes(
                self.src,
                (start, end),
                body_start,
                body_end,
                prefix.raw,
            )?)
        } else if prefix.fstr {
            Tok::FString(parse_fstring(self.src, body_start, body_end, prefix.raw)?)
        } else {
            Tok::Str(decode_str(self.src, body_start, body_end, prefix.raw)?)
        })
    }

    /// CPython lexes any run of letters, digits, `_` and non-ASCII characters as one identifier
    /// and then rejects it if it contains a character that is not valid in identifiers; the
    /// DFA stops before such a character, so report it here, before yielding the name.
    fn check_name_end(&self, end: usize) -> Result<(), LexError> {
        match self.src.as_bytes().get(end) {
            Some(&c) if c >= 0x80 => Err(self.invalid_char(end)),
            _ => Ok(()),
        }
    }

    /// After a stray character (which CPython's parser reports as plain "invalid syntax"),
    /// CPython tokenizes the rest of the file and reports the first tokenizer error it finds
    /// instead, if any (`_PyPegen_tokenize_full_source_to_check_for_errors`). Tokens found on
    /// the way are dropped.
    fn later_tokenizer_error(&mut self, stray: &LexError) -> Option<LexError> {
        let stray_line = line_of(self.src, stray.start);
        let mark = self.queue.len();
        self.scan_only = true;
        while !self.done {
            let result = self.advance();
            self.queue.truncate(mark);
            let Err(e) = result else { continue };
            if e.message == STRAY {
                continue;
            }
            // Errors CPython's tokenizer raises directly win; the others (indentation, line
            // continuation, end of input) only report a bracket left open on an earlier line.
            let raised = e.kind == LexErrorKind::SyntaxError
                && !e.message.starts_with("unexpected ")
                && !e.message.ends_with("was never closed");
            if raised {
                return Some(e);
            }
            return match self.brackets.last() {
                Some(&(c, at)) if line_of(self.src, at) < stray_line => Some(syntax_error(
                    at,
                    at + 1,
                    format!("'{}' was never closed", c as char),
                )),
                _ => None,
            };
        }
        None
    }

    /// The error for a character no token can start with.
    fn invalid_char(&self, at: usize) -> LexError {
        let c = self.src[at..].chars().next().unwrap_or('\u{FFFD}');
        let end = at + c.len_utf8();
        let msg = if c.is_ascii_graphic() {
            STRAY.to_owned()
        } else if is_printable(c) {
            format!("invalid character '{c}' (U+{:04X})", c as u32)
        } else {
            format!("invalid non-printable character U+{:04X}", c as u32)
        };
        syntax_error(at, end, msg)
    }
}

/// An approximation of Python's `str.isprintable` for a single character.
fn is_printable(c: char) -> bool {
    !(c.is_control()
        || (c.is_whitespace() && c != ' ')
        || matches!(c, '\u{AD}' | '\u{200B}'..='\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2060}'..='\u{2064}' | '\u{FEFF}' | '\u{E000}'..='\u{F8FF}'))
}

impl Iterator for Lexer<'_> {
    type Item = Spanned;

    fn next(&mut self) -> Option<Spanned> {
        loop {
            if let Some(item) = self.queue.pop_front() {
                return Some(item);
            }
            if self.done {
                return None;
            }
            if let Err(mut e) = self.advance() {
                if e.message == STRAY {
                    e = self.later_tokenizer_error(&e).unwrap_or(e);
                }
                self.done = true;
                self.queue.push_back(Err(e));
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn toks(src: &str) -> Vec<Tok> {
        lex(src)
            .map(|r| r.map(|(_, t, _)| t))
            .collect::<Result<_, _>>()
            .unwrap()
    }

    #[test]
    fn operators_longest_match() {
        use Tok::*;
        assert_eq!(
            toks("**= ** * //= >>= <<= -> := ... != .. ."),
            vec![
                DoubleStarEqual,
                DoubleStar,
                Star,
                DoubleSlashEqual,
                RShiftEqual,
                LShiftEqual,
                Rarrow,
                ColonEqual,
                Ellipsis,
                NotEqual,
                Dot,
                Dot,
                Dot,
                Newline
            ]
        );
    }

    #[test]
    fn keywords_and_names() {
        assert_eq!(
            toks("if iffy _x été"),
            vec![
                Tok::If,
                Tok::Name("iffy".into()),
                Tok::Name("_x".into()),
                Tok::Name("été".into()),
                Tok::Newline
            ]
        );
    }
}
