//! Drives the generated LALRPOP parser over the lexer's tokens and turns its errors into
//! `SyntaxError`s with CPython's wording.

use super::ast::{Module, StmtKind};
use super::error::SyntaxError;
use super::lexer::{lex, lex_fstring_expr};
use super::token::{LexError, Tok};
use lalrpop_util::{ErrorRecovery, ParseError};

lalrpop_util::lalrpop_mod!(
    #[allow(clippy::all, clippy::pedantic, unused)]
    grammar,
    "/baton.rs"
);

type PError = ParseError<usize, Tok, LexError>;

/// Parses a whole file. On failure returns every independent syntax error found (error
/// recovery resumes at the next statement), first one first.
pub fn parse_module(src: &str) -> Result<Module, Vec<SyntaxError>> {
    let mut recovered: Vec<ErrorRecovery<usize, Tok, LexError>> = Vec::new();
    let (tokens, mut errors) = super::soft_kw::strip_match(src, lex(src).collect());
    let result = grammar::ModuleParser::new().parse(&mut recovered, tokens);
    errors.extend(recovered.into_iter().map(|r| convert_error(src, r.error)));
    if let Err(e) = &result {
        errors.push(convert_error(src, e.clone()));
    }
    match result {
        Ok(module) if errors.is_empty() => Ok(module),
        _ => {
            errors.sort_by_key(|e| e.span.start);
            Err(dedupe(errors))
        }
    }
}

/// Drops follow-on errors that error recovery produces after a first real error: layout tokens
/// (an indented block after a broken header) and a second error on the same line.
fn dedupe(errors: Vec<SyntaxError>) -> Vec<SyntaxError> {
    let mut out: Vec<SyntaxError> = Vec::new();
    for e in errors {
        if let Some(prev) = out.last()
            && (e.follow_on || prev.line_start == e.line_start)
        {
            continue;
        }
        out.push(e);
    }
    out
}

/// Parses the expression of an f-string replacement field. `offset` is the byte offset of the
/// text in the whole file, so spans and error carets point into the real source.
pub fn parse_fstring_field(text: &str, offset: usize) -> Result<super::ast::Expr, PError> {
    if text.trim().is_empty() {
        return Err(ParseError::User {
            error: LexError {
                start: offset,
                end: offset + text.len(),
                kind: super::token::LexErrorKind::SyntaxError,
                message: "f-string: empty expression not allowed".into(),
            },
        });
    }
    let shift = |(l, t, r): (usize, Tok, usize)| (l + offset, t, r + offset);
    let mut tokens: Vec<Result<(usize, Tok, usize), LexError>> =
        vec![Ok((offset, Tok::LPar, offset))];
    for item in lex_fstring_expr(text) {
        match item {
            Ok(t) => tokens.push(Ok(shift(t))),
            Err(mut e) => {
                e.start += offset;
                e.end += offset;
                return Err(ParseError::User { error: e });
            }
        }
    }
    let end = offset + text.len();
    tokens.push(Ok((end, Tok::RPar, end)));
    tokens.push(Ok((end, Tok::Newline, end)));
    let mut recovered = Vec::new();
    let module = grammar::ModuleParser::new().parse(&mut recovered, tokens)?;
    if let Some(r) = recovered.into_iter().next() {
        return Err(r.error);
    }
    match module.body.into_iter().next().map(|s| s.kind) {
        Some(StmtKind::Expr(e)) => Ok(e),
        _ => Err(ParseError::User {
            error: LexError {
                start: offset,
                end,
                kind: super::token::LexErrorKind::SyntaxError,
                message: "f-string: invalid syntax".into(),
            },
        }),
    }
}

fn convert_error(src: &str, e: PError) -> SyntaxError {
    match e {
        ParseError::InvalidToken { location } => {
            SyntaxError::new(src, "SyntaxError", "invalid token", location, location + 1)
        }
        ParseError::User { error } => SyntaxError::new(
            src,
            error.kind.name(),
            error.message,
            error.start,
            error.end,
        ),
        ParseError::ExtraToken { token: (l, _, r) } => {
            SyntaxError::new(src, "SyntaxError", "invalid syntax", l, r)
        }
        ParseError::UnrecognizedEof { location, expected } => {
            if expected.iter().any(|t| t == "Indent") {
                let (kind, msg) = expected_block(src, location);
                SyntaxError::new(src, kind, msg, location, location)
            } else {
                SyntaxError::new(
                    src,
                    "SyntaxError",
                    "unexpected EOF while parsing",
                    location,
                    location,
                )
            }
        }
        ParseError::UnrecognizedToken {
            token: (l, tok, r),
            expected,
        } => {
            let has = |s: &str| expected.iter().any(|t| t == s);
            let (kind, message) = if tok == Tok::Indent {
                ("IndentationError", "unexpected indent".to_string())
            } else if has("Indent") {
                expected_block(src, l)
            } else if tok == Tok::Dedent {
                ("IndentationError", "unexpected unindent".to_string())
            } else if has("\":\"") && !has("\"=\"") {
                ("SyntaxError", "expected ':'".to_string())
            } else if has("\"(\"") && expected.len() == 1 {
                ("SyntaxError", "expected '('".to_string())
            } else if matches!(
                tok,
                Tok::Name(_) | Tok::Int(_) | Tok::Float(_) | Tok::Str(_)
            ) && has("\",\"")
                && (has("\")\"") || has("\"]\"") || has("\"}\""))
            {
                // CPython offers the comma hint only between two expressions inside brackets.
                (
                    "SyntaxError",
                    "invalid syntax. Perhaps you forgot a comma?".to_string(),
                )
            } else {
                ("SyntaxError", "invalid syntax".to_string())
            };
            let (l, r) = if tok == Tok::Newline {
                (l, l + 1)
            } else {
                (l, r)
            };
            let mut err = SyntaxError::new(src, kind, message, l, r);
            err.follow_on = matches!(tok, Tok::Indent | Tok::Dedent);
            err
        }
    }
}

/// "expected an indented block after 'if' statement on line 3", naming the header the way
/// CPython does.
fn expected_block(src: &str, at: usize) -> (&'static str, String) {
    // The header is the last non-blank line that ends before `at`.
    let before = &src[..at.min(src.len())];
    let header_end = before.trim_end().len();
    let line_start = before[..header_end].rfind('\n').map_or(0, |i| i + 1);
    let header = before[line_start..header_end].trim_start();
    let line = before[..line_start].matches('\n').count() + 1;
    let word: String = header
        .chars()
        .take_while(|c| c.is_alphanumeric() || *c == '_')
        .collect();
    let word = if word == "async" {
        header[5..]
            .trim_start()
            .chars()
            .take_while(|c| c.is_alphanumeric())
            .collect()
    } else {
        word
    };
    let what = match word.as_str() {
        "def" => "function definition".to_string(),
        "class" => "class definition".to_string(),
        "if" | "elif" | "else" | "while" | "for" | "try" | "except" | "finally" | "with" => {
            format!("'{word}' statement")
        }
        _ => return ("IndentationError", "expected an indented block".into()),
    };
    (
        "IndentationError",
        format!("expected an indented block after {what} on line {line}"),
    )
}
