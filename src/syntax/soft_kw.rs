//! The soft keyword `match`: Baton does not implement `match` statements yet, but `match` stays
//! an ordinary name (`match = 1`, `match(x)`, `re.match`). A pass over the token stream before
//! parsing finds logical lines that can only be a `match` statement (they start with the name
//! `match`, continue with something that can start a subject expression, and end with `:`),
//! reports "'match' statements are not supported yet" at the statement, and hands the parser a
//! `pass` in place of the whole statement (header and indented block) so the rest of the file
//! is still checked for other errors.

use super::error::SyntaxError;
use super::token::{LexError, Tok};

type Item = Result<(usize, Tok, usize), LexError>;

/// Replaces every `match` statement in `tokens` by `pass`, returning one error per statement.
pub fn strip_match(src: &str, tokens: Vec<Item>) -> (Vec<Item>, Vec<SyntaxError>) {
    if !tokens
        .iter()
        .any(|t| matches!(t, Ok((_, Tok::Name(n), _)) if n == "match"))
    {
        return (tokens, Vec::new());
    }
    let mut out = Vec::with_capacity(tokens.len());
    let mut errors = Vec::new();
    let mut i = 0;
    while i < tokens.len() {
        let at_line_start = match out.last() {
            None => true,
            Some(Ok((_, t, _))) => matches!(t, Tok::Newline | Tok::Indent | Tok::Dedent),
            Some(Err(_)) => false,
        };
        if at_line_start && let Some(header_end) = match_header(&tokens, i) {
            let Ok((start, _, _)) = tokens[i] else {
                unreachable!("match_header checked the token")
            };
            let colon_end = match &tokens[header_end] {
                Ok((_, _, r)) => *r,
                Err(_) => start + 5,
            };
            errors.push(SyntaxError::new(
                src,
                "SyntaxError",
                "'match' statements are not supported yet",
                start,
                colon_end,
            ));
            out.push(Ok((start, Tok::Pass, start + 5)));
            i = skip_block(&tokens, header_end + 1, &mut out);
            continue;
        }
        out.push(tokens[i].clone());
        i += 1;
    }
    (out, errors)
}

/// If the logical line at `i` is a `match` statement header, the index of its final `:`.
fn match_header(tokens: &[Item], i: usize) -> Option<usize> {
    let Ok((_, Tok::Name(n), _)) = &tokens[i] else {
        return None;
    };
    if n != "match" {
        return None;
    }
    // What follows `match` in a statement that is not a match statement.
    match tokens.get(i + 1) {
        Some(Ok((_, t, _))) if !starts_subject(t) => return None,
        Some(Ok(_)) => {}
        _ => return None,
    }
    let mut depth = 0i32;
    let mut last_colon = None;
    for (j, t) in tokens.iter().enumerate().skip(i + 1) {
        let Ok((_, t, _)) = t else {
            return None;
        };
        match t {
            Tok::LPar | Tok::LSqb | Tok::LBrace => depth += 1,
            Tok::RPar | Tok::RSqb | Tok::RBrace => depth -= 1,
            Tok::Newline => return last_colon.filter(|&c| c == j - 1),
            Tok::Colon if depth == 0 => last_colon = Some(j),
            Tok::Equal | Tok::Semi if depth == 0 => return None,
            _ => {}
        }
    }
    None
}

/// Tokens that can begin a match subject (an expression); excludes what follows the name
/// `match` in assignments, attribute access, annotations and other expression statements.
fn starts_subject(t: &Tok) -> bool {
    matches!(
        t,
        Tok::Name(_)
            | Tok::Int(_)
            | Tok::Float(_)
            | Tok::Imag(_)
            | Tok::Str(_)
            | Tok::Bytes(_)
            | Tok::FString(_)
            | Tok::False
            | Tok::None
            | Tok::True
            | Tok::Not
            | Tok::Lambda
            | Tok::Await
            | Tok::Minus
            | Tok::Plus
            | Tok::Tilde
            | Tok::Star
            | Tok::LPar
            | Tok::LSqb
            | Tok::LBrace
            | Tok::Ellipsis
    )
}

/// Skips the statement's `Newline` and indented block starting at `i` (pushing the `Newline`
/// that ends the replacement `pass`); returns the index after the block.
fn skip_block(tokens: &[Item], mut i: usize, out: &mut Vec<Item>) -> usize {
    let Some(Ok((l, Tok::Newline, r))) = tokens.get(i) else {
        return i;
    };
    out.push(Ok((*l, Tok::Newline, *r)));
    i += 1;
    if !matches!(tokens.get(i), Some(Ok((_, Tok::Indent, _)))) {
        return i;
    }
    let mut depth = 0;
    while let Some(t) = tokens.get(i) {
        match t {
            Ok((_, Tok::Indent, _)) => depth += 1,
            Ok((_, Tok::Dedent, _)) => {
                depth -= 1;
                if depth == 0 {
                    return i + 1;
                }
            }
            Err(_) => return i,
            _ => {}
        }
        i += 1;
    }
    i
}
