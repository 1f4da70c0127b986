//! Parsing of f-string bodies into literal parts and replacement fields, following Python 3.11
//! (CPython's `Parser/string_parser.c`: the lexer sees an f-string as one string token, and its
//! body is split here). Offsets are into the whole source.

use super::literal::{char_len_at, decode_str, syntax_error};
use super::token::{FStringConversion, FStringField, FStringPart, LexError};

/// Parses an f-string body `src[start..end]` into parts.
pub(super) fn parse_fstring(
    src: &str,
    start: usize,
    end: usize,
    raw: bool,
) -> Result<Vec<FStringPart>, LexError> {
    let mut p = FParser {
        src,
        b: src.as_bytes(),
        pos: start,
        end,
        raw,
    };
    p.parts(0)
}

struct FParser<'a> {
    src: &'a str,
    b: &'a [u8],
    pos: usize,
    end: usize,
    raw: bool,
}

impl FParser<'_> {
    fn at(&self, i: usize) -> u8 {
        if i < self.end { self.b[i] } else { 0 }
    }

    fn err(&self, at: usize, msg: impl Into<String>) -> LexError {
        let at = at.min(self.end);
        syntax_error(
            at,
            (at + char_len_at(self.src, at)).min(self.end.max(at)),
            msg,
        )
    }

    /// `fstring_parse`: literals and fields up to the end of the body, or (in a format spec,
    /// `lvl > 0`) up to the closing `}` of the enclosing field.
    fn parts(&mut self, lvl: u32) -> Result<Vec<FStringPart>, LexError> {
        let mut parts = Vec::new();
        loop {
            let (lit_start, lit_end, doubled) = self.literal(lvl)?;
            if lit_end > lit_start {
                let text = if self.raw {
                    normalise_newlines(&self.src[lit_start..lit_end])
                } else {
                    decode_str(self.src, lit_start, lit_end, false)?
                };
                if text.is_empty() {
                    // e.g. only a backslash-newline
                } else if let Some(FStringPart::Literal(prev)) = parts.last_mut() {
                    prev.push_str(&text);
                } else {
                    parts.push(FStringPart::Literal(text));
                }
            }
            if doubled {
                continue;
            }
            if self.pos >= self.end || self.b[self.pos] == b'}' {
                return Ok(parts);
            }
            let field = self.field(lvl)?;
            parts.push(FStringPart::Field(field));
        }
    }

    /// `fstring_find_literal`: returns the literal's range and whether it ended on a doubled
    /// brace (whose first brace is included in the range).
    fn literal(&mut self, lvl: u32) -> Result<(usize, usize, bool), LexError> {
        let start = self.pos;
        let mut s = self.pos;
        while s < self.end {
            let mut ch = self.b[s];
            s += 1;
            if !self.raw && ch == b'\\' && s < self.end {
                ch = self.b[s];
                s += 1;
                if ch == b'N' {
                    if s < self.end && self.b[s] == b'{' {
                        s += 1;
                        while s < self.end && self.b[s] != b'}' {
                            s += 1;
                        }
                        s = (s + 1).min(self.end);
                    } else if s < self.end {
                        s += 1;
                    }
                    continue;
                }
            }
            if ch == b'{' || ch == b'}' {
                if lvl == 0 {
                    if self.at(s) == ch {
                        self.pos = s + 1;
                        return Ok((start, s, true));
                    }
                    if ch == b'}' {
                        return Err(self.err(s - 1, "f-string: single '}' is not allowed"));
                    }
                }
                s -= 1;
                break;
            }
        }
        // Never stop inside a multi-byte character (the loop above only stops on ASCII).
        self.pos = s;
        Ok((start, s, false))
    }

    /// `fstring_find_expr`: `self.pos` is at the `{` of a replacement field.
    fn field(&mut self, lvl: u32) -> Result<FStringField, LexError> {
        if lvl >= 2 {
            return Err(self.err(self.pos, "f-string: expressions nested too deeply"));
        }
        let expr_start = self.pos + 1;
        let mut s = expr_start;
        let mut quote: u8 = 0;
        let mut triple = false;
        let mut stack: Vec<u8> = Vec::new();
        while s < self.end {
            let ch = self.b[s];
            if ch == b'\\' {
                return Err(self.err(s, "f-string expression part cannot include a backslash"));
            }
            if quote != 0 {
                if ch == quote {
                    if !triple {
                        quote = 0;
                    } else if s + 2 < self.end && self.b[s + 1] == ch && self.b[s + 2] == ch {
                        s += 2;
                        quote = 0;
                    }
                }
                s += 1;
                continue;
            }
            match ch {
                b'\'' | b'"' => {
                    triple = s + 2 < self.end && self.b[s + 1] == ch && self.b[s + 2] == ch;
                    if triple {
                        s += 2;
                    }
                    quote = ch;
                }
                b'[' | b'(' | b'{' => {
                    if stack.len() >= 200 {
                        return Err(self.err(s, "f-string: too many nested parenthesis"));
                    }
                    stack.push(ch);
                }
                b'#' => return Err(self.err(s, "f-string expression part cannot include '#'")),
                b'!' | b':' | b'}' | b'=' | b'>' | b'<' if stack.is_empty() => {
                    if self.at(s + 1) == b'=' && ch != b':' && ch != b'}' {
                        s += 2;
                        continue;
                    }
                    if ch != b'>' && ch != b'<' {
                        break;
                    }
                }
                b']' | b')' | b'}' => {
                    let Some(open) = stack.pop() else {
                        return Err(self.err(s, format!("f-string: unmatched '{}'", ch as char)));
                    };
                    if !matches!((open, ch), (b'(', b')') | (b'[', b']') | (b'{', b'}')) {
                        let msg = format!(
                            "f-string: closing parenthesis '{}' does not match opening parenthesis '{}'",
                            ch as char, open as char
                        );
                        return Err(self.err(s, msg));
                    }
                }
                _ => {}
            }
            s += 1;
        }
        let expr_end = s;
        if quote != 0 {
            return Err(self.err(s, "f-string: unterminated string"));
        }
        if let Some(&open) = stack.last() {
            return Err(self.err(s, format!("f-string: unmatched '{}'", open as char)));
        }
        let expecting = |at: usize| syntax_error(at, at, "f-string: expecting '}'");
        if s >= self.end {
            return Err(expecting(s));
        }
        let text = &self.src[expr_start..expr_end];
        if text
            .bytes()
            .all(|c| matches!(c, b' ' | b'\t' | b'\n' | b'\r' | 0x0C))
        {
            let term = self.b[s];
            let msg = if matches!(term, b'!' | b':' | b'=') {
                format!("f-string: expression required before '{}'", term as char)
            } else {
                "f-string: empty expression not allowed".to_owned()
            };
            return Err(syntax_error(expr_start - 1, s + 1, msg));
        }
        let mut debug_text = None;
        if self.b[s] == b'=' {
            s += 1;
            while s < self.end && matches!(self.b[s], b' ' | b'\t' | b'\n' | b'\r' | 0x0B | 0x0C) {
                s += 1;
            }
            if s >= self.end {
                return Err(expecting(s));
            }
            debug_text = Some(normalise_newlines(&self.src[expr_start..s]));
        }
        let mut conversion = None;
        if self.b[s] == b'!' {
            s += 1;
            if s >= self.end {
                return Err(expecting(s));
            }
            conversion = Some(match self.b[s] {
                b's' => FStringConversion::Str,
                b'r' => FStringConversion::Repr,
                b'a' => FStringConversion::Ascii,
                _ => {
                    let msg = "f-string: invalid conversion character: expected 's', 'r', or 'a'";
                    return Err(self.err(s, msg));
                }
            });
            s += 1;
        }
        let mut format_spec = None;
        if s < self.end && self.b[s] == b':' {
            s += 1;
            if s >= self.end {
                return Err(expecting(s));
            }
            self.pos = s;
            format_spec = Some(self.parts(lvl + 1)?);
            s = self.pos;
        }
        if s >= self.end || self.b[s] != b'}' {
            return Err(expecting(s));
        }
        self.pos = s + 1;
        if debug_text.is_some() && conversion.is_none() && format_spec.is_none() {
            conversion = Some(FStringConversion::Repr);
        }
        Ok(FStringField {
            expr: text.to_owned(),
            expr_offset: expr_start,
            debug_text,
            conversion,
            format_spec,
        })
    }
}

fn normalise_newlines(s: &str) -> String {
    if s.contains('\r') {
        s.replace("\r\n", "\n").replace('\r', "\n")
    } else {
        s.to_owned()
    }
}
