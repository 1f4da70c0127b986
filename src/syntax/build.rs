//! Small constructors called from grammar actions. They turn flat parse results (parameter
//! lists, call arguments, adjacent string pieces) into AST nodes and reject the forms CPython's
//! parser rejects, with CPython's messages.

use super::ast::*;
use super::parser::parse_fstring_field;
use super::token::{FStringConversion, FStringPart, LexError, LexErrorKind, Tok};
use lalrpop_util::ParseError;

pub type PResult<T> = Result<T, ParseError<usize, Tok, LexError>>;

/// A syntax error raised from a grammar action.
pub fn error<T>(span: Span, message: impl Into<String>) -> PResult<T> {
    Err(ParseError::User {
        error: LexError {
            start: span.start as usize,
            end: span.end as usize,
            kind: LexErrorKind::SyntaxError,
            message: message.into(),
        },
    })
}

/// One parameter as written, before `build_arguments` sorts them into `Arguments`.
pub enum Param {
    Plain {
        name: String,
        annotation: Option<Expr>,
        default: Option<Expr>,
        span: Span,
    },
    Star {
        name: Option<String>,
        annotation: Option<Expr>,
        span: Span,
    },
    DoubleStar {
        name: String,
        annotation: Option<Expr>,
        span: Span,
    },
    Slash(Span),
}

/// One call argument as written.
pub enum CallArg {
    Positional(Expr),
    Keyword(Keyword),
}

/// One piece of an implicitly concatenated string literal.
pub enum StrPiece {
    Str(String, Span),
    Bytes(Vec<u8>, Span),
    FString(Vec<FStringPart>, Span),
}

pub fn assign(span: Span, first: Expr, rest: Vec<Expr>) -> Stmt {
    let mut targets = vec![first];
    targets.extend(rest);
    let value = targets.pop().expect("at least one '=' value");
    Stmt::new(span, StmtKind::Assign { targets, value })
}

pub fn decorate(decorators: Vec<Expr>, mut stmt: Stmt) -> Stmt {
    match &mut stmt.kind {
        StmtKind::FunctionDef(f) => f.decorators = decorators,
        StmtKind::ClassDef(c) => c.decorators = decorators,
        _ => {}
    }
    stmt
}

/// Folds `elif` clauses into nested `If` statements, as CPython's AST does.
pub fn if_chain(
    span: Span,
    test: Expr,
    body: Vec<Stmt>,
    elifs: Vec<(usize, Expr, Vec<Stmt>)>,
    orelse: Option<Vec<Stmt>>,
) -> Stmt {
    let mut tail = orelse.unwrap_or_default();
    for (start, test, body) in elifs.into_iter().rev() {
        let end = tail
            .last()
            .map(|s| s.span.end)
            .or(body.last().map(|s| s.span.end))
            .unwrap_or(span.end);
        let s = Span {
            start: start as u32,
            end,
        };
        tail = vec![Stmt::new(
            s,
            StmtKind::If {
                test,
                body,
                orelse: tail,
            },
        )];
    }
    Stmt::new(
        span,
        StmtKind::If {
            test,
            body,
            orelse: tail,
        },
    )
}

/// Sorts a flat parameter list into CPython's `arguments` shape, enforcing its ordering rules.
pub fn build_arguments(params: Vec<Param>) -> PResult<Arguments> {
    let mut a = Arguments::default();
    let mut seen_star = false;
    let mut seen_default = false;
    let mut seen_kwarg = false;
    let mut names: Vec<String> = Vec::new();
    let mut check_dup = |name: &str, span: Span| -> PResult<()> {
        if names.iter().any(|n| n == name) {
            return error(
                span,
                format!("duplicate argument '{name}' in function definition"),
            );
        }
        names.push(name.to_string());
        Ok(())
    };
    for p in params {
        if seen_kwarg {
            let span = match &p {
                Param::Plain { span, .. }
                | Param::Star { span, .. }
                | Param::DoubleStar { span, .. }
                | Param::Slash(span) => *span,
            };
            return error(span, "arguments cannot follow var-keyword argument");
        }
        match p {
            Param::Plain {
                name,
                annotation,
                default,
                span,
            } => {
                check_dup(&name, span)?;
                let arg = Arg {
                    name,
                    span,
                    annotation,
                };
                if seen_star {
                    a.kwonlyargs.push(arg);
                    a.kw_defaults.push(default);
                } else {
                    match default {
                        Some(d) => {
                            seen_default = true;
                            a.defaults.push(d);
                        }
                        None if seen_default => {
                            return error(span, "non-default argument follows default argument");
                        }
                        None => {}
                    }
                    a.args.push(arg);
                }
            }
            Param::Star {
                name,
                annotation,
                span,
            } => {
                if seen_star {
                    return error(span, "* argument may appear only once");
                }
                seen_star = true;
                if let Some(name) = name {
                    check_dup(&name, span)?;
                    a.vararg = Some(Arg {
                        name,
                        span,
                        annotation,
                    });
                }
            }
            Param::DoubleStar {
                name,
                annotation,
                span,
            } => {
                check_dup(&name, span)?;
                seen_kwarg = true;
                a.kwarg = Some(Arg {
                    name,
                    span,
                    annotation,
                });
            }
            Param::Slash(span) => {
                if seen_star {
                    return error(span, "/ must be ahead of *");
                }
                if !a.posonlyargs.is_empty() {
                    return error(span, "/ may appear only once");
                }
                if a.args.is_empty() {
                    return error(span, "at least one argument must precede /");
                }
                a.posonlyargs = std::mem::take(&mut a.args);
            }
        }
    }
    if seen_star && a.vararg.is_none() && a.kwonlyargs.is_empty() {
        return error(Span::default(), "named arguments must follow bare *");
    }
    Ok(a)
}

#[allow(clippy::too_many_arguments)]
pub fn function_def(
    span: Span,
    is_async: bool,
    name: String,
    name_span: Span,
    params: Vec<Param>,
    returns: Option<Expr>,
    body: Vec<Stmt>,
) -> PResult<Stmt> {
    let args = build_arguments(params)?;
    Ok(Stmt::new(
        span,
        StmtKind::FunctionDef(Box::new(FunctionDef {
            name,
            name_span,
            args,
            body,
            decorators: vec![],
            returns,
            is_async,
        })),
    ))
}

pub fn lambda(span: Span, params: Vec<Param>, body: Expr) -> PResult<Expr> {
    let args = build_arguments(params)?;
    Ok(Expr::new(
        span,
        ExprKind::Lambda {
            args: Box::new(args),
            body: Box::new(body),
        },
    ))
}

pub fn class_def(
    span: Span,
    name: String,
    args: Option<(Vec<Expr>, Vec<Keyword>)>,
    body: Vec<Stmt>,
) -> PResult<Stmt> {
    let (bases, keywords) = args.unwrap_or_default();
    Ok(Stmt::new(
        span,
        StmtKind::ClassDef(Box::new(ClassDef {
            name,
            bases,
            keywords,
            body,
            decorators: vec![],
        })),
    ))
}

/// Splits call arguments into positional and keyword lists, enforcing CPython's order rules.
pub fn arguments(args: Vec<CallArg>) -> PResult<(Vec<Expr>, Vec<Keyword>)> {
    let mut positional = Vec::new();
    let mut keywords: Vec<Keyword> = Vec::new();
    for arg in args {
        match arg {
            CallArg::Positional(e) => {
                if let Some(k) = keywords.last() {
                    let starred = matches!(e.kind, ExprKind::Starred(_));
                    if k.arg.is_none() {
                        let msg = if starred {
                            "iterable argument unpacking follows keyword argument unpacking"
                        } else {
                            "positional argument follows keyword argument unpacking"
                        };
                        return error(e.span, msg);
                    }
                    if !starred {
                        return error(e.span, "positional argument follows keyword argument");
                    }
                }
                positional.push(e);
            }
            CallArg::Keyword(k) => {
                if let Some(name) = &k.arg
                    && keywords.iter().any(|o| o.arg.as_deref() == Some(name))
                {
                    return error(k.span, format!("keyword argument repeated: {name}"));
                }
                keywords.push(k);
            }
        }
    }
    Ok((positional, keywords))
}

pub fn parenthesized(_span: Span, e: Expr) -> Expr {
    e
}

/// Concatenates adjacent string literals; any f-string piece makes the result a `JoinedStr`.
pub fn strings(span: Span, pieces: Vec<StrPiece>) -> PResult<Expr> {
    let has_bytes = pieces.iter().any(|p| matches!(p, StrPiece::Bytes(..)));
    let has_text = pieces.iter().any(|p| !matches!(p, StrPiece::Bytes(..)));
    if has_bytes && has_text {
        return error(span, "cannot mix bytes and nonbytes literals");
    }
    if has_bytes {
        let mut out = Vec::new();
        for p in pieces {
            if let StrPiece::Bytes(b, _) = p {
                out.extend(b);
            }
        }
        return Ok(Expr::new(span, ExprKind::Constant(Constant::Bytes(out))));
    }
    if !pieces.iter().any(|p| matches!(p, StrPiece::FString(..))) {
        let mut s = String::new();
        for p in pieces {
            if let StrPiece::Str(t, _) = p {
                s.push_str(&t);
            }
        }
        return Ok(Expr::new(span, ExprKind::Constant(Constant::Str(s))));
    }
    let mut values: Vec<Expr> = Vec::new();
    for p in pieces {
        match p {
            StrPiece::Str(s, sp) => push_literal(&mut values, s, sp),
            StrPiece::FString(parts, sp) => fstring_parts(&mut values, parts, sp)?,
            StrPiece::Bytes(..) => unreachable!("checked above"),
        }
    }
    Ok(Expr::new(span, ExprKind::JoinedStr(values)))
}

fn push_literal(values: &mut Vec<Expr>, s: String, span: Span) {
    if s.is_empty() {
        return;
    }
    if let Some(Expr {
        kind: ExprKind::Constant(Constant::Str(prev)),
        span: prev_span,
    }) = values.last_mut()
    {
        prev.push_str(&s);
        *prev_span = prev_span.to(span);
        return;
    }
    values.push(Expr::new(span, ExprKind::Constant(Constant::Str(s))));
}

fn fstring_parts(values: &mut Vec<Expr>, parts: Vec<FStringPart>, span: Span) -> PResult<()> {
    for part in parts {
        match part {
            FStringPart::Literal(s) => push_literal(values, s, span),
            FStringPart::Field(field) => {
                let value = parse_fstring_field(&field.expr, field.expr_offset)?;
                let mut conversion = field.conversion.as_ref().map(|c| match c {
                    FStringConversion::Str => 's',
                    FStringConversion::Repr => 'r',
                    FStringConversion::Ascii => 'a',
                });
                if let Some(text) = field.debug_text {
                    push_literal(values, text, span);
                    if conversion.is_none() && field.format_spec.is_none() {
                        conversion = Some('r');
                    }
                }
                let format_spec = match field.format_spec {
                    None => None,
                    Some(spec_parts) => {
                        let mut spec = Vec::new();
                        fstring_parts(&mut spec, spec_parts, span)?;
                        Some(Box::new(Expr::new(span, ExprKind::JoinedStr(spec))))
                    }
                };
                let vspan = value.span;
                values.push(Expr::new(
                    vspan,
                    ExprKind::FormattedValue {
                        value: Box::new(value),
                        conversion,
                        format_spec,
                    },
                ));
            }
        }
    }
    Ok(())
}
