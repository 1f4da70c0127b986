//! `try` ... `except*` (exception groups), rewritten into a plain `try` whose single handler
//! splits the group clause by clause with helpers of `stdlib/_prelude.py`:
//!
//! ```text
//! try:
//!     BODY
//! except BaseException as .eg:
//!     .rest = _eg_wrap(.eg)            # a lone exception becomes a group of one
//!     .raised = []
//!     .match, .rest = _eg_split(.rest, T1)
//!     if .match is not None:
//!         try:
//!             NAME = .match
//!             HANDLER1
//!         except BaseException as .new:
//!             .raised.append((.new, .match))
//!     ...                              # one block per clause
//!     _eg_reraise(.eg, .rest, .raised) # raises what is left, as CPython combines it
//! else: ... finally: ...               # unchanged
//! ```

use crate::syntax::ast::{Constant, ExceptHandler, Expr, ExprKind, Span, Stmt, StmtKind};

pub fn desugar(
    span: Span,
    body: &[Stmt],
    handlers: &[ExceptHandler],
    orelse: &[Stmt],
    finalbody: &[Stmt],
) -> Stmt {
    let at = span;
    let hidden = |what: &str| format!(".trystar{}.{what}", at.start);
    let name = |what: &str| Expr {
        span: at,
        kind: ExprKind::Name(hidden(what)),
    };
    let global = |n: &str| Expr {
        span: at,
        kind: ExprKind::Name(n.to_string()),
    };
    let stmt = |kind: StmtKind| Stmt { span: at, kind };
    let call = |func: Expr, args: Vec<Expr>| Expr {
        span: at,
        kind: ExprKind::Call {
            func: Box::new(func),
            args,
            keywords: vec![],
        },
    };
    let assign = |target: Expr, value: Expr| {
        stmt(StmtKind::Assign {
            targets: vec![target],
            value,
        })
    };
    let mut outer_body = vec![
        assign(name("rest"), call(global("_eg_wrap"), vec![name("eg")])),
        assign(
            name("raised"),
            Expr {
                span: at,
                kind: ExprKind::List(vec![]),
            },
        ),
    ];
    for h in handlers {
        let typ = h.typ.clone().unwrap_or_else(|| global("BaseException"));
        outer_body.push(assign(
            Expr {
                span: at,
                kind: ExprKind::Tuple(vec![name("match"), name("rest")]),
            },
            call(global("_eg_split"), vec![name("rest"), typ]),
        ));
        // The clause runs while handling its own part of the group (so a bare `raise`
        // re-raises that part): `try: raise .match` / `except BaseException: CLAUSE`.
        let mut clause = Vec::new();
        if let Some(n) = &h.name {
            clause.push(assign(global(n), name("match")));
        }
        clause.extend(h.body.iter().cloned());
        let handler_body = vec![stmt(StmtKind::Try {
            body: vec![stmt(StmtKind::Raise {
                exc: Some(name("match")),
                cause: None,
            })],
            handlers: vec![ExceptHandler {
                span: h.span,
                typ: Some(global("BaseException")),
                name: None,
                body: clause,
                star: false,
            }],
            orelse: vec![],
            finalbody: vec![],
        })];
        let append = stmt(StmtKind::Expr(call(
            Expr {
                span: at,
                kind: ExprKind::Attribute {
                    value: Box::new(name("raised")),
                    attr: "append".into(),
                },
            },
            vec![Expr {
                span: at,
                kind: ExprKind::Tuple(vec![name("new"), name("match")]),
            }],
        )));
        outer_body.push(stmt(StmtKind::If {
            test: Expr {
                span: at,
                kind: ExprKind::Compare {
                    left: Box::new(name("match")),
                    ops: vec![crate::syntax::ast::CmpOp::IsNot],
                    comparators: vec![Expr {
                        span: at,
                        kind: ExprKind::Constant(Constant::None),
                    }],
                },
            },
            body: vec![stmt(StmtKind::Try {
                body: handler_body,
                handlers: vec![ExceptHandler {
                    span: h.span,
                    typ: Some(global("BaseException")),
                    name: Some(hidden("new")),
                    body: vec![append],
                    star: false,
                }],
                orelse: vec![],
                finalbody: vec![],
            })],
            orelse: vec![],
        }));
    }
    outer_body.push(stmt(StmtKind::Expr(call(
        global("_eg_reraise"),
        vec![name("eg"), name("rest"), name("raised")],
    ))));
    Stmt {
        span,
        kind: StmtKind::Try {
            body: body.to_vec(),
            handlers: vec![ExceptHandler {
                span: at,
                typ: Some(global("BaseException")),
                name: Some(hidden("eg")),
                body: outer_body,
                star: false,
            }],
            orelse: orelse.to_vec(),
            finalbody: finalbody.to_vec(),
        },
    }
}

/// The first `break`/`continue` (outside a loop nested in the block) or `return` in an
/// `except*` block, which CPython rejects. Nested functions and classes are not searched.
pub fn jump_out(body: &[Stmt], in_loop: bool) -> Option<Span> {
    for s in body {
        let found = match &s.kind {
            StmtKind::Return(_) => Some(s.span),
            StmtKind::Break | StmtKind::Continue if !in_loop => Some(s.span),
            StmtKind::For { body, orelse, .. } | StmtKind::While { body, orelse, .. } => {
                jump_out(body, true).or_else(|| jump_out(orelse, in_loop))
            }
            StmtKind::If { body, orelse, .. } => {
                jump_out(body, in_loop).or_else(|| jump_out(orelse, in_loop))
            }
            StmtKind::With { body, .. } => jump_out(body, in_loop),
            StmtKind::Try {
                body,
                handlers,
                orelse,
                finalbody,
            } => jump_out(body, in_loop)
                .or_else(|| handlers.iter().find_map(|h| jump_out(&h.body, in_loop)))
                .or_else(|| jump_out(orelse, in_loop))
                .or_else(|| jump_out(finalbody, in_loop)),
            _ => None,
        };
        if found.is_some() {
            return found;
        }
    }
    None
}
