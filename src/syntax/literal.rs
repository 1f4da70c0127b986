//! Decoding of literal tokens for the lexer: numbers and string/bytes bodies (escape sequences).
//! F-string bodies are parsed in `fstring.rs`.
//!
//! Every function works on byte offsets into the *whole* source, so error spans point into the
//! real file.

use super::token::{IntLit, LexError, LexErrorKind, Tok};
use num_bigint::BigInt;
use std::collections::HashMap;
use std::sync::OnceLock;

pub(super) fn syntax_error(start: usize, end: usize, message: impl Into<String>) -> LexError {
    LexError {
        start,
        end,
        kind: LexErrorKind::SyntaxError,
        message: message.into(),
    }
}

/// 1-based line number of byte `offset` (`\n`, `\r\n` and a lone `\r` all end a line).
pub(super) fn line_of(src: &str, offset: usize) -> usize {
    let b = &src.as_bytes()[..offset.min(src.len())];
    let mut line = 1;
    for (i, &c) in b.iter().enumerate() {
        if c == b'\n' || (c == b'\r' && src.as_bytes().get(i + 1) != Some(&b'\n')) {
            line += 1;
        }
    }
    line
}

/// Length of the line break starting at `i`, if any.
pub(super) fn newline_len(b: &[u8], i: usize) -> Option<usize> {
    match b.get(i) {
        Some(b'\n') => Some(1),
        Some(b'\r') if b.get(i + 1) == Some(&b'\n') => Some(2),
        Some(b'\r') => Some(1),
        _ => None,
    }
}

pub(super) fn char_len_at(src: &str, i: usize) -> usize {
    src.get(i..)
        .and_then(|s| s.chars().next())
        .map_or(1, char::len_utf8)
}

// ---------------------------------------------------------------------------------------------
// Numbers
// ---------------------------------------------------------------------------------------------

/// CPython 3.11 only rejects ASCII identifier characters right after a number (`1é` lexes as
/// `1` `é`, which the parser then rejects).
fn is_ident_char(c: u8) -> bool {
    c.is_ascii_alphanumeric() || c == b'_'
}

/// CPython's `verify_end_of_number`: a number may be directly followed by one of the keywords
/// that can legally follow it (`1if x else y`), but not by any other identifier character.
fn verify_end(src: &str, start: usize, i: usize, kind: &str) -> Result<(), LexError> {
    let b = src.as_bytes();
    let at = |k: usize| b.get(i + k).copied().unwrap_or(0);
    // CPython's `lookahead`: the rest of the keyword, then a non-identifier character.
    // (Here non-ASCII counts as an identifier character.)
    let follows = |s: &[u8]| {
        let next = at(1 + s.len());
        b.get(i + 1..i + 1 + s.len()) == Some(s) && !(is_ident_char(next) || next >= 0x80)
    };
    let ok = match at(0) {
        b'a' => follows(b"nd"),
        b'e' => follows(b"lse"),
        b'f' => follows(b"or"),
        b'i' => matches!(at(1), b'f' | b'n' | b's'),
        b'o' => follows(b"r"),
        b'n' => follows(b"ot"),
        _ => false,
    };
    if !ok && is_ident_char(at(0)) {
        return Err(syntax_error(
            start,
            i + char_len_at(src, i),
            format!("invalid {kind} literal"),
        ));
    }
    Ok(())
}

/// Scans decimal digits with single underscores between them; `i` is at a digit.
fn decimal_tail(src: &str, start: usize, i: &mut usize) -> Result<(), LexError> {
    let b = src.as_bytes();
    loop {
        while b.get(*i).is_some_and(u8::is_ascii_digit) {
            *i += 1;
        }
        if b.get(*i) != Some(&b'_') {
            return Ok(());
        }
        *i += 1;
        if !b.get(*i).is_some_and(u8::is_ascii_digit) {
            return Err(syntax_error(start, *i, "invalid decimal literal"));
        }
    }
}

/// Lexes the number starting at `start` (a digit, or `.` followed by a digit). Returns the end
/// offset and the cooked token.
pub(super) fn scan_number(src: &str, start: usize) -> Result<(usize, Tok), LexError> {
    let b = src.as_bytes();
    let at = |k: usize| b.get(k).copied().unwrap_or(0);
    let mut i = start;
    if at(i) == b'0' {
        let (radix, name) = match at(i + 1) {
            b'x' | b'X' => (16, "hexadecimal"),
            b'o' | b'O' => (8, "octal"),
            b'b' | b'B' => (2, "binary"),
            _ => (10, "decimal"),
        };
        if radix != 10 {
            i += 2;
            let valid = |c: u8| (c as char).is_digit(radix);
            loop {
                if at(i) == b'_' {
                    i += 1;
                }
                if !valid(at(i)) {
                    if radix != 16 && at(i).is_ascii_digit() {
                        let msg = format!("invalid digit '{}' in {name} literal", at(i) as char);
                        return Err(syntax_error(start, i + 1, msg));
                    }
                    return Err(syntax_error(start, i, format!("invalid {name} literal")));
                }
                while valid(at(i)) {
                    i += 1;
                }
                if at(i) != b'_' {
                    break;
                }
            }
            if radix != 16 && at(i).is_ascii_digit() {
                let msg = format!("invalid digit '{}' in {name} literal", at(i) as char);
                return Err(syntax_error(start, i + 1, msg));
            }
            verify_end(src, start, i, name)?;
            return Ok((i, Tok::Int(parse_int(&src[start + 2..i], radix))));
        }
        // Decimal starting with zero: only all-zero integers are allowed (floats are fine).
        i += 1;
        loop {
            if at(i) == b'_' {
                i += 1;
                if !at(i).is_ascii_digit() {
                    return Err(syntax_error(start, i, "invalid decimal literal"));
                }
            }
            if at(i) != b'0' {
                break;
            }
            i += 1;
        }
        let zeros_end = i;
        let nonzero = at(i).is_ascii_digit();
        if nonzero {
            decimal_tail(src, start, &mut i)?;
        }
        if !matches!(at(i), b'.' | b'e' | b'E' | b'j' | b'J') {
            if nonzero {
                return Err(syntax_error(
                    start,
                    zeros_end,
                    "leading zeros in decimal integer literals are not permitted; \
                     use an 0o prefix for octal integers",
                ));
            }
            verify_end(src, start, i, "decimal")?;
            return Ok((i, Tok::Int(IntLit::Small(0))));
        }
    } else if at(i) != b'.' {
        decimal_tail(src, start, &mut i)?;
    }
    // Fraction, exponent, imaginary suffix.
    let mut is_float = false;
    if at(i) == b'.' {
        is_float = true;
        i += 1;
        if at(i).is_ascii_digit() {
            decimal_tail(src, start, &mut i)?;
        }
    }
    if matches!(at(i), b'e' | b'E') {
        let e = i;
        i += 1;
        if matches!(at(i), b'+' | b'-') {
            i += 1;
            if !at(i).is_ascii_digit() {
                return Err(syntax_error(start, i, "invalid decimal literal"));
            }
        } else if !at(i).is_ascii_digit() {
            // `1else`: the number ends before the `e`. (CPython then parses `05` in `05else`
            // as a float, since it is not a valid integer.)
            verify_end(src, start, e, "decimal")?;
            let text = &src[start..e];
            let bad_int = text.starts_with('0') && text.bytes().any(|c| matches!(c, b'1'..=b'9'));
            return Ok((e, number_tok(text, is_float || bad_int, false)));
        }
        decimal_tail(src, start, &mut i)?;
        is_float = true;
    }
    if matches!(at(i), b'j' | b'J') {
        verify_end(src, start, i + 1, "imaginary")?;
        return Ok((i + 1, number_tok(&src[start..i], true, true)));
    }
    verify_end(src, start, i, "decimal")?;
    Ok((i, number_tok(&src[start..i], is_float, false)))
}

fn number_tok(text: &str, is_float: bool, imag: bool) -> Tok {
    if !is_float && !imag {
        return Tok::Int(parse_int(text, 10));
    }
    let value = if text.contains('_') {
        text.replace('_', "").parse::<f64>()
    } else {
        text.parse::<f64>()
    };
    // The scanner only accepts valid float syntax, so parsing cannot fail.
    let value = value.unwrap_or(f64::NAN);
    if imag {
        Tok::Imag(value)
    } else {
        Tok::Float(value)
    }
}

/// Parses validated digits (underscores allowed) in `radix`.
fn parse_int(digits: &str, radix: u32) -> IntLit {
    let mut acc: i64 = 0;
    for c in digits.bytes().filter(|&c| c != b'_') {
        let d = (c as char).to_digit(radix).unwrap_or(0) as i64;
        match acc.checked_mul(radix as i64).and_then(|v| v.checked_add(d)) {
            Some(v) => acc = v,
            None => {
                let clean: Vec<u8> = digits.bytes().filter(|&c| c != b'_').collect();
                return IntLit::Big(BigInt::parse_bytes(&clean, radix).unwrap_or_default());
            }
        }
    }
    IntLit::Small(acc)
}

// ---------------------------------------------------------------------------------------------
// Strings
// ---------------------------------------------------------------------------------------------

#[derive(Debug, Clone, Copy, Default)]
pub(super) struct StrPrefix {
    pub raw: bool,
    pub bytes: bool,
    pub fstr: bool,
}

impl StrPrefix {
    pub fn parse(prefix: &str) -> StrPrefix {
        let mut p = StrPrefix::default();
        for c in prefix.bytes() {
            match c.to_ascii_lowercase() {
                b'r' => p.raw = true,
                b'b' => p.bytes = true,
                b'f' => p.fstr = true,
                _ => {}
            }
        }
        p
    }
}

/// Finds the end of the string whose opening quote is at `q` (the token starts at `start`,
/// including any prefix). Returns `(body_start, body_end, token_end)`.
pub(super) fn scan_string(
    src: &str,
    start: usize,
    q: usize,
) -> Result<(usize, usize, usize), LexError> {
    let b = src.as_bytes();
    let quote = b[q];
    let triple = b.get(q + 1) == Some(&quote) && b.get(q + 2) == Some(&quote);
    if !triple && b.get(q + 1) == Some(&quote) {
        return Ok((q + 1, q + 1, q + 2));
    }
    let qlen = if triple { 3 } else { 1 };
    let body_start = q + qlen;
    let mut i = body_start;
    let mut run = 0;
    loop {
        let Some(&c) = b.get(i) else {
            // CPython counts the line the end of input is on, not counting the empty
            // "line" after a final line break.
            let trailing_nl = matches!(b.last(), Some(b'\n' | b'\r'));
            let line = line_of(src, src.len()) - usize::from(trailing_nl);
            let msg = if triple {
                "unterminated triple-quoted string literal"
            } else {
                "unterminated string literal"
            };
            return Err(syntax_error(
                start,
                body_start,
                format!("{msg} (detected at line {line})"),
            ));
        };
        if c == quote {
            run += 1;
            i += 1;
            if run == qlen {
                return Ok((body_start, i - qlen, i));
            }
            continue;
        }
        run = 0;
        if !triple && (c == b'\n' || c == b'\r') {
            let msg = format!(
                "unterminated string literal (detected at line {})",
                line_of(src, i)
            );
            return Err(syntax_error(start, body_start, msg));
        }
        if c == b'\\' {
            i += 1 + newline_len(b, i + 1).unwrap_or(usize::from(i + 1 < b.len()));
        } else {
            i += 1;
        }
    }
}

/// Where an escape-decoding error is reported: CPython's decoder message names positions in its
/// internal buffer, in which every non-ASCII character was expanded to a 10-byte `\UXXXXXXXX`.
fn unicode_error(body: &str, base: usize, from: usize, to: usize, what: &str) -> LexError {
    let cpos = |upto: usize| -> usize {
        body[..upto]
            .chars()
            .map(|c| if c.is_ascii() { 1 } else { 10 })
            .sum()
    };
    let msg = format!(
        "(unicode error) 'unicodeescape' codec can't decode bytes in position {}-{}: {what}",
        cpos(from),
        cpos(to) - 1
    );
    syntax_error(base + from, base + to, msg)
}

/// Reads up to `n` hex digits at `i`; returns the value and how many were read.
fn hex_digits(b: &[u8], i: usize, n: usize) -> (u32, usize) {
    let mut v = 0u32;
    for k in 0..n {
        match b.get(i + k).and_then(|&c| (c as char).to_digit(16)) {
            Some(d) => v = v * 16 + d,
            None => return (v, k),
        }
    }
    (v, n)
}

fn octal_digits(b: &[u8], i: usize) -> (u32, usize) {
    let mut v = 0u32;
    let mut k = 0;
    while k < 3 && matches!(b.get(i + k), Some(b'0'..=b'7')) {
        v = v * 8 + u32::from(b[i + k] - b'0');
        k += 1;
    }
    (v, k)
}

fn simple_escape(c: u8) -> Option<u8> {
    Some(match c {
        b'\\' => b'\\',
        b'\'' => b'\'',
        b'"' => b'"',
        b'a' => 7,
        b'b' => 8,
        b'f' => 12,
        b'n' => b'\n',
        b'r' => b'\r',
        b't' => b'\t',
        b'v' => 11,
        _ => return None,
    })
}

/// Decodes the body of a `str` literal (`base` = its offset in the source). Line breaks are
/// normalised to `\n`, as CPython does when it reads source.
pub(super) fn decode_str(
    src: &str,
    base: usize,
    end: usize,
    raw: bool,
) -> Result<String, LexError> {
    let body = &src[base..end];
    if !body.contains(['\\', '\r']) {
        return Ok(body.to_owned());
    }
    let b = body.as_bytes();
    let mut out = String::with_capacity(body.len());
    let mut i = 0;
    while i < b.len() {
        // Copy the run of ordinary characters up to the next backslash or CR.
        let run_end = b[i..]
            .iter()
            .position(|&c| c == b'\\' || c == b'\r')
            .map_or(b.len(), |p| p + i);
        out.push_str(&body[i..run_end]);
        i = run_end;
        if i >= b.len() {
            break;
        }
        if b[i] == b'\r' {
            out.push('\n');
            i += newline_len(b, i).unwrap_or(1);
            continue;
        }
        // Backslash.
        let esc = i;
        i += 1;
        if let Some(n) = newline_len(b, i) {
            if raw {
                out.push_str("\\\n");
            }
            i += n;
            continue;
        }
        if raw || i >= b.len() {
            out.push('\\');
            continue;
        }
        let c = b[i];
        if let Some(v) = simple_escape(c) {
            out.push(v as char);
            i += 1;
        } else if (b'0'..=b'7').contains(&c) {
            let (v, n) = octal_digits(b, i);
            out.push(char::from_u32(v).unwrap_or('\u{FFFD}'));
            i += n;
        } else if matches!(c, b'x' | b'u' | b'U') {
            let (n, what) = match c {
                b'x' => (2, "truncated \\xXX escape"),
                b'u' => (4, "truncated \\uXXXX escape"),
                _ => (8, "truncated \\UXXXXXXXX escape"),
            };
            let (v, got) = hex_digits(b, i + 1, n);
            if got < n {
                return Err(unicode_error(body, base, esc, i + 1 + got, what));
            }
            i += 1 + n;
            match char::from_u32(v) {
                Some(ch) => out.push(ch),
                None if v > 0x10FFFF => {
                    return Err(unicode_error(
                        body,
                        base,
                        esc,
                        i,
                        "illegal Unicode character",
                    ));
                }
                None => {
                    let what = "lone surrogates are not supported";
                    return Err(unicode_error(body, base, esc, i, what));
                }
            }
        } else if c == b'N' {
            i += 1;
            let malformed = "malformed \\N character escape";
            if b.get(i) != Some(&b'{') {
                return Err(unicode_error(body, base, esc, i.min(b.len()), malformed));
            }
            let name_start = i + 1;
            let Some(len) = b[name_start..].iter().position(|&c| c == b'}') else {
                return Err(unicode_error(body, base, esc, b.len(), malformed));
            };
            if len == 0 {
                return Err(unicode_error(body, base, esc, name_start, malformed));
            }
            i = name_start + len + 1;
            match lookup_name(&body[name_start..name_start + len]) {
                Some(ch) => out.push(ch),
                None => {
                    let what = "unknown Unicode character name";
                    return Err(unicode_error(body, base, esc, i, what));
                }
            }
        } else {
            // Unknown escape: the backslash is kept.
            out.push('\\');
        }
    }
    Ok(out)
}

/// Decodes the body of a bytes literal.
pub(super) fn decode_bytes(
    src: &str,
    span: (usize, usize),
    base: usize,
    end: usize,
    raw: bool,
) -> Result<Vec<u8>, LexError> {
    let b = &src.as_bytes()[base..end];
    if !b.is_ascii() {
        return Err(syntax_error(
            span.0,
            span.1,
            "bytes can only contain ASCII literal characters",
        ));
    }
    let mut out = Vec::with_capacity(b.len());
    let mut i = 0;
    while i < b.len() {
        let c = b[i];
        if c == b'\r' {
            out.push(b'\n');
            i += newline_len(b, i).unwrap_or(1);
            continue;
        }
        if c != b'\\' {
            out.push(c);
            i += 1;
            continue;
        }
        i += 1;
        if let Some(n) = newline_len(b, i) {
            if raw {
                out.extend_from_slice(b"\\\n");
            }
            i += n;
            continue;
        }
        if raw || i >= b.len() {
            out.push(b'\\');
            continue;
        }
        let c = b[i];
        if let Some(v) = simple_escape(c) {
            out.push(v);
            i += 1;
        } else if (b'0'..=b'7').contains(&c) {
            let (v, n) = octal_digits(b, i);
            out.push((v & 0xFF) as u8);
            i += n;
        } else if c == b'x' {
            let (v, got) = hex_digits(b, i + 1, 2);
            if got < 2 {
                let msg = format!("(value error) invalid \\x escape at position {}", i - 1);
                return Err(syntax_error(base + i - 1, base + i + 1 + got, msg));
            }
            out.push(v as u8);
            i += 3;
        } else {
            out.push(b'\\');
        }
    }
    Ok(out)
}

/// A small table for `\N{...}` (ASCII, Latin-1, Greek, common symbols and control aliases);
/// entries are `NAME=hex;`. Lookup is case-insensitive, as in CPython.
const UNICODE_NAMES: &str = "\
SPACE=20;EXCLAMATION MARK=21;QUOTATION MARK=22;NUMBER SIGN=23;DOLLAR SIGN=24;\
PERCENT SIGN=25;AMPERSAND=26;APOSTROPHE=27;LEFT PARENTHESIS=28;RIGHT PARENTHESIS=29;\
ASTERISK=2a;PLUS SIGN=2b;COMMA=2c;HYPHEN-MINUS=2d;FULL STOP=2e;SOLIDUS=2f;\
DIGIT ZERO=30;DIGIT ONE=31;DIGIT TWO=32;DIGIT THREE=33;DIGIT FOUR=34;DIGIT FIVE=35;\
DIGIT SIX=36;DIGIT SEVEN=37;DIGIT EIGHT=38;DIGIT NINE=39;COLON=3a;SEMICOLON=3b;\
LESS-THAN SIGN=3c;EQUALS SIGN=3d;GREATER-THAN SIGN=3e;QUESTION MARK=3f;\
COMMERCIAL AT=40;LATIN CAPITAL LETTER A=41;LATIN CAPITAL LETTER B=42;\
LATIN CAPITAL LETTER C=43;LATIN CAPITAL LETTER D=44;LATIN CAPITAL LETTER E=45;\
LATIN CAPITAL LETTER F=46;LATIN CAPITAL LETTER G=47;LATIN CAPITAL LETTER H=48;\
LATIN CAPITAL LETTER I=49;LATIN CAPITAL LETTER J=4a;LATIN CAPITAL LETTER K=4b;\
LATIN CAPITAL LETTER L=4c;LATIN CAPITAL LETTER M=4d;LATIN CAPITAL LETTER N=4e;\
LATIN CAPITAL LETTER O=4f;LATIN CAPITAL LETTER P=50;LATIN CAPITAL LETTER Q=51;\
LATIN CAPITAL LETTER R=52;LATIN CAPITAL LETTER S=53;LATIN CAPITAL LETTER T=54;\
LATIN CAPITAL LETTER U=55;LATIN CAPITAL LETTER V=56;LATIN CAPITAL LETTER W=57;\
LATIN CAPITAL LETTER X=58;LATIN CAPITAL LETTER Y=59;LATIN CAPITAL LETTER Z=5a;\
LEFT SQUARE BRACKET=5b;REVERSE SOLIDUS=5c;RIGHT SQUARE BRACKET=5d;\
CIRCUMFLEX ACCENT=5e;LOW LINE=5f;GRAVE ACCENT=60;LATIN SMALL LETTER A=61;\
LATIN SMALL LETTER B=62;LATIN SMALL LETTER C=63;LATIN SMALL LETTER D=64;\
LATIN SMALL LETTER E=65;LATIN SMALL LETTER F=66;LATIN SMALL LETTER G=67;\
LATIN SMALL LETTER H=68;LATIN SMALL LETTER I=69;LATIN SMALL LETTER J=6a;\
LATIN SMALL LETTER K=6b;LATIN SMALL LETTER L=6c;LATIN SMALL LETTER M=6d;\
LATIN SMALL LETTER N=6e;LATIN SMALL LETTER O=6f;LATIN SMALL LETTER P=70;\
LATIN SMALL LETTER Q=71;LATIN SMALL LETTER R=72;LATIN SMALL LETTER S=73;\
LATIN SMALL LETTER T=74;LATIN SMALL LETTER U=75;LATIN SMALL LETTER V=76;\
LATIN SMALL LETTER W=77;LATIN SMALL LETTER X=78;LATIN SMALL LETTER Y=79;\
LATIN SMALL LETTER Z=7a;LEFT CURLY BRACKET=7b;VERTICAL LINE=7c;RIGHT CURLY BRACKET=7d;\
TILDE=7e;NO-BREAK SPACE=a0;INVERTED EXCLAMATION MARK=a1;CENT SIGN=a2;POUND SIGN=a3;\
CURRENCY SIGN=a4;YEN SIGN=a5;BROKEN BAR=a6;SECTION SIGN=a7;DIAERESIS=a8;\
COPYRIGHT SIGN=a9;FEMININE ORDINAL INDICATOR=aa;\
LEFT-POINTING DOUBLE ANGLE QUOTATION MARK=ab;NOT SIGN=ac;SOFT HYPHEN=ad;\
REGISTERED SIGN=ae;MACRON=af;DEGREE SIGN=b0;PLUS-MINUS SIGN=b1;SUPERSCRIPT TWO=b2;\
SUPERSCRIPT THREE=b3;ACUTE ACCENT=b4;MICRO SIGN=b5;PILCROW SIGN=b6;MIDDLE DOT=b7;\
CEDILLA=b8;SUPERSCRIPT ONE=b9;MASCULINE ORDINAL INDICATOR=ba;\
RIGHT-POINTING DOUBLE ANGLE QUOTATION MARK=bb;VULGAR FRACTION ONE QUARTER=bc;\
VULGAR FRACTION ONE HALF=bd;VULGAR FRACTION THREE QUARTERS=be;\
INVERTED QUESTION MARK=bf;LATIN CAPITAL LETTER A WITH GRAVE=c0;\
LATIN CAPITAL LETTER A WITH ACUTE=c1;LATIN CAPITAL LETTER A WITH CIRCUMFLEX=c2;\
LATIN CAPITAL LETTER A WITH TILDE=c3;LATIN CAPITAL LETTER A WITH DIAERESIS=c4;\
LATIN CAPITAL LETTER A WITH RING ABOVE=c5;LATIN CAPITAL LETTER AE=c6;\
LATIN CAPITAL LETTER C WITH CEDILLA=c7;LATIN CAPITAL LETTER E WITH GRAVE=c8;\
LATIN CAPITAL LETTER E WITH ACUTE=c9;LATIN CAPITAL LETTER E WITH CIRCUMFLEX=ca;\
LATIN CAPITAL LETTER E WITH DIAERESIS=cb;LATIN CAPITAL LETTER I WITH GRAVE=cc;\
LATIN CAPITAL LETTER I WITH ACUTE=cd;LATIN CAPITAL LETTER I WITH CIRCUMFLEX=ce;\
LATIN CAPITAL LETTER I WITH DIAERESIS=cf;LATIN CAPITAL LETTER ETH=d0;\
LATIN CAPITAL LETTER N WITH TILDE=d1;LATIN CAPITAL LETTER O WITH GRAVE=d2;\
LATIN CAPITAL LETTER O WITH ACUTE=d3;LATIN CAPITAL LETTER O WITH CIRCUMFLEX=d4;\
LATIN CAPITAL LETTER O WITH TILDE=d5;LATIN CAPITAL LETTER O WITH DIAERESIS=d6;\
MULTIPLICATION SIGN=d7;LATIN CAPITAL LETTER O WITH STROKE=d8;\
LATIN CAPITAL LETTER U WITH GRAVE=d9;LATIN CAPITAL LETTER U WITH ACUTE=da;\
LATIN CAPITAL LETTER U WITH CIRCUMFLEX=db;LATIN CAPITAL LETTER U WITH DIAERESIS=dc;\
LATIN CAPITAL LETTER Y WITH ACUTE=dd;LATIN CAPITAL LETTER THORN=de;\
LATIN SMALL LETTER SHARP S=df;LATIN SMALL LETTER A WITH GRAVE=e0;\
LATIN SMALL LETTER A WITH ACUTE=e1;LATIN SMALL LETTER A WITH CIRCUMFLEX=e2;\
LATIN SMALL LETTER A WITH TILDE=e3;LATIN SMALL LETTER A WITH DIAERESIS=e4;\
LATIN SMALL LETTER A WITH RING ABOVE=e5;LATIN SMALL LETTER AE=e6;\
LATIN SMALL LETTER C WITH CEDILLA=e7;LATIN SMALL LETTER E WITH GRAVE=e8;\
LATIN SMALL LETTER E WITH ACUTE=e9;LATIN SMALL LETTER E WITH CIRCUMFLEX=ea;\
LATIN SMALL LETTER E WITH DIAERESIS=eb;LATIN SMALL LETTER I WITH GRAVE=ec;\
LATIN SMALL LETTER I WITH ACUTE=ed;LATIN SMALL LETTER I WITH CIRCUMFLEX=ee;\
LATIN SMALL LETTER I WITH DIAERESIS=ef;LATIN SMALL LETTER ETH=f0;\
LATIN SMALL LETTER N WITH TILDE=f1;LATIN SMALL LETTER O WITH GRAVE=f2;\
LATIN SMALL LETTER O WITH ACUTE=f3;LATIN SMALL LETTER O WITH CIRCUMFLEX=f4;\
LATIN SMALL LETTER O WITH TILDE=f5;LATIN SMALL LETTER O WITH DIAERESIS=f6;\
DIVISION SIGN=f7;LATIN SMALL LETTER O WITH STROKE=f8;\
LATIN SMALL LETTER U WITH GRAVE=f9;LATIN SMALL LETTER U WITH ACUTE=fa;\
LATIN SMALL LETTER U WITH CIRCUMFLEX=fb;LATIN SMALL LETTER U WITH DIAERESIS=fc;\
LATIN SMALL LETTER Y WITH ACUTE=fd;LATIN SMALL LETTER THORN=fe;\
LATIN SMALL LETTER Y WITH DIAERESIS=ff;GREEK CAPITAL LETTER ALPHA=391;\
GREEK CAPITAL LETTER BETA=392;GREEK CAPITAL LETTER GAMMA=393;\
GREEK CAPITAL LETTER DELTA=394;GREEK CAPITAL LETTER EPSILON=395;\
GREEK CAPITAL LETTER ZETA=396;GREEK CAPITAL LETTER ETA=397;\
GREEK CAPITAL LETTER THETA=398;GREEK CAPITAL LETTER IOTA=399;\
GREEK CAPITAL LETTER KAPPA=39a;GREEK CAPITAL LETTER LAMDA=39b;\
GREEK CAPITAL LETTER MU=39c;GREEK CAPITAL LETTER NU=39d;GREEK CAPITAL LETTER XI=39e;\
GREEK CAPITAL LETTER OMICRON=39f;GREEK CAPITAL LETTER PI=3a0;\
GREEK CAPITAL LETTER RHO=3a1;GREEK CAPITAL LETTER SIGMA=3a3;\
GREEK CAPITAL LETTER TAU=3a4;GREEK CAPITAL LETTER UPSILON=3a5;\
GREEK CAPITAL LETTER PHI=3a6;GREEK CAPITAL LETTER CHI=3a7;\
GREEK CAPITAL LETTER PSI=3a8;GREEK CAPITAL LETTER OMEGA=3a9;\
GREEK SMALL LETTER ALPHA=3b1;GREEK SMALL LETTER BETA=3b2;GREEK SMALL LETTER GAMMA=3b3;\
GREEK SMALL LETTER DELTA=3b4;GREEK SMALL LETTER EPSILON=3b5;\
GREEK SMALL LETTER ZETA=3b6;GREEK SMALL LETTER ETA=3b7;GREEK SMALL LETTER THETA=3b8;\
GREEK SMALL LETTER IOTA=3b9;GREEK SMALL LETTER KAPPA=3ba;GREEK SMALL LETTER LAMDA=3bb;\
GREEK SMALL LETTER MU=3bc;GREEK SMALL LETTER NU=3bd;GREEK SMALL LETTER XI=3be;\
GREEK SMALL LETTER OMICRON=3bf;GREEK SMALL LETTER PI=3c0;GREEK SMALL LETTER RHO=3c1;\
GREEK SMALL LETTER FINAL SIGMA=3c2;GREEK SMALL LETTER SIGMA=3c3;\
GREEK SMALL LETTER TAU=3c4;GREEK SMALL LETTER UPSILON=3c5;GREEK SMALL LETTER PHI=3c6;\
GREEK SMALL LETTER CHI=3c7;GREEK SMALL LETTER PSI=3c8;GREEK SMALL LETTER OMEGA=3c9;\
EN DASH=2013;EM DASH=2014;LEFT SINGLE QUOTATION MARK=2018;\
RIGHT SINGLE QUOTATION MARK=2019;LEFT DOUBLE QUOTATION MARK=201c;\
RIGHT DOUBLE QUOTATION MARK=201d;BULLET=2022;HORIZONTAL ELLIPSIS=2026;\
PER MILLE SIGN=2030;PRIME=2032;DOUBLE PRIME=2033;EURO SIGN=20ac;TRADE MARK SIGN=2122;\
LEFTWARDS ARROW=2190;UPWARDS ARROW=2191;RIGHTWARDS ARROW=2192;DOWNWARDS ARROW=2193;\
LEFT RIGHT ARROW=2194;RIGHTWARDS DOUBLE ARROW=21d2;LEFT RIGHT DOUBLE ARROW=21d4;\
FOR ALL=2200;PARTIAL DIFFERENTIAL=2202;THERE EXISTS=2203;EMPTY SET=2205;NABLA=2207;\
ELEMENT OF=2208;NOT AN ELEMENT OF=2209;N-ARY PRODUCT=220f;N-ARY SUMMATION=2211;\
MINUS SIGN=2212;SQUARE ROOT=221a;INFINITY=221e;LOGICAL AND=2227;LOGICAL OR=2228;\
INTERSECTION=2229;UNION=222a;INTEGRAL=222b;ALMOST EQUAL TO=2248;NOT EQUAL TO=2260;\
IDENTICAL TO=2261;LESS-THAN OR EQUAL TO=2264;GREATER-THAN OR EQUAL TO=2265;\
BOX DRAWINGS LIGHT HORIZONTAL=2500;BOX DRAWINGS LIGHT VERTICAL=2502;\
BOX DRAWINGS LIGHT DOWN AND RIGHT=250c;BOX DRAWINGS LIGHT DOWN AND LEFT=2510;\
BOX DRAWINGS LIGHT UP AND RIGHT=2514;BOX DRAWINGS LIGHT UP AND LEFT=2518;\
FULL BLOCK=2588;LIGHT SHADE=2591;MEDIUM SHADE=2592;DARK SHADE=2593;BLACK SQUARE=25a0;\
WHITE SQUARE=25a1;BLACK UP-POINTING TRIANGLE=25b2;BLACK RIGHT-POINTING TRIANGLE=25b6;\
BLACK DOWN-POINTING TRIANGLE=25bc;BLACK LEFT-POINTING TRIANGLE=25c0;WHITE CIRCLE=25cb;\
BLACK CIRCLE=25cf;BLACK STAR=2605;WHITE STAR=2606;SNOWMAN=2603;HOT BEVERAGE=2615;\
WHITE FROWNING FACE=2639;WHITE SMILING FACE=263a;BLACK SPADE SUIT=2660;\
BLACK CLUB SUIT=2663;BLACK HEART SUIT=2665;BLACK DIAMOND SUIT=2666;CHECK MARK=2713;\
HEAVY CHECK MARK=2714;BALLOT X=2717;HEAVY BALLOT X=2718;SPARKLES=2728;\
HEAVY BLACK HEART=2764;REPLACEMENT CHARACTER=fffd;GRINNING FACE=1f600;\
FACE WITH TEARS OF JOY=1f602;THUMBS UP SIGN=1f44d;FIRE=1f525;SNAKE=1f40d;ROCKET=1f680;\
PARTY POPPER=1f389;ZERO WIDTH SPACE=200b;ZERO WIDTH NON-JOINER=200c;\
ZERO WIDTH JOINER=200d;WORD JOINER=2060;ZERO WIDTH NO-BREAK SPACE=feff;\
LINE SEPARATOR=2028;PARAGRAPH SEPARATOR=2029;NULL=0;CHARACTER TABULATION=9;TAB=9;\
LINE FEED=a;LF=a;NEW LINE=a;CARRIAGE RETURN=d;CR=d;ESCAPE=1b;ESC=1b;DELETE=7f;DEL=7f;\
BYTE ORDER MARK=feff;BOM=feff;NBSP=a0;ZWSP=200b;ZWJ=200d;ZWNJ=200c;BACKSPACE=8;\
ALERT=7;FORM FEED=c;FF=c;LINE TABULATION=b;VT=b;";

fn lookup_name(name: &str) -> Option<char> {
    let upper = name.to_ascii_uppercase();
    if let Some(hex) = upper.strip_prefix("CJK UNIFIED IDEOGRAPH-") {
        let v = u32::from_str_radix(hex, 16).ok()?;
        let ok = matches!(v, 0x3400..=0x4DBF | 0x4E00..=0x9FFF | 0x20000..=0x2A6DF);
        return if ok && (4..=5).contains(&hex.len()) {
            char::from_u32(v)
        } else {
            None
        };
    }
    static TABLE: OnceLock<HashMap<&'static str, char>> = OnceLock::new();
    let table = TABLE.get_or_init(|| {
        UNICODE_NAMES
            .split(';')
            .filter_map(|entry| {
                let (n, hex) = entry.split_once('=')?;
                Some((n, char::from_u32(u32::from_str_radix(hex, 16).ok()?)?))
            })
            .collect()
    });
    table.get(upper.as_str()).copied()
}
