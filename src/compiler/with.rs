//! `with` statements, rewritten into the `try` statements they mean, so the compiler's
//! `try`/`finally` machinery (including `return`, `break` and `continue` out of the body)
//! serves them. For `with EXPR as TARGET: BODY`:
//!
//! ```text
//! .mgr = EXPR
//! .exit, .value = _with_enter(.mgr)   # type(.mgr).__exit__ bound, and .mgr.__enter__()
//! .failed = False
//! try:
//!     try:
//!         TARGET = .value
//!         BODY
//!     except BaseException as .exc:
//!         .failed = True
//!         if not .exit(type(.exc), .exc, None):
//!             raise
//! finally:
//!     if not .failed:
//!         .exit(None, None, None)
//! ```
//!
//! The hidden names start with a dot, so no script name can clash with them, and carry the
//! statement's position, so nested `with` statements get their own.

use crate::syntax::ast::{
    Constant, ExceptHandler, Expr, ExprKind, Span, Stmt, StmtKind, UnaryOp, WithItem,
};

/// The `try` statement that a `with` statement means (one item per level of nesting).
pub fn desugar(span: Span, items: &[WithItem], body: &[Stmt]) -> Vec<Stmt> {
    let Some((item, rest)) = items.split_first() else {
        return body.to_vec();
    };
    let inner = if rest.is_empty() {
        body.to_vec()
    } else {
        desugar(span, rest, body)
    };
    let at = item.context.span;
    let hidden = |what: &str| format!(".with{}.{what}", at.start);
    let name = |what: &str| Expr {
        span: at,
        kind: ExprKind::Name(hidden(what)),
    };
    let stmt = |kind: StmtKind| Stmt { span: at, kind };
    let constant = |c: Constant| Expr {
        span: at,
        kind: ExprKind::Constant(c),
    };
    let assign = |target: Expr, value: Expr| {
        stmt(StmtKind::Assign {
            targets: vec![target],
            value,
        })
    };
    let call = |func: Expr, args: Vec<Expr>| Expr {
        span: at,
        kind: ExprKind::Call {
            func: Box::new(func),
            args,
            keywords: vec![],
        },
    };
    let not = |e: Expr| Expr {
        span: at,
        kind: ExprKind::UnaryOp {
            op: UnaryOp::Not,
            operand: Box::new(e),
        },
    };
    let mut try_body = Vec::new();
    if let Some(target) = &item.vars {
        try_body.push(assign(target.clone(), name("value")));
    }
    try_body.extend(inner);
    let type_of_exc = call(
        Expr {
            span: at,
            kind: ExprKind::Name("type".into()),
        },
        vec![name("exc")],
    );
    let handler = ExceptHandler {
        span: at,
        typ: Some(Expr {
            span: at,
            kind: ExprKind::Name("BaseException".into()),
        }),
        name: Some(hidden("exc")),
        star: false,
        body: vec![
            assign(name("failed"), constant(Constant::Bool(true))),
            stmt(StmtKind::If {
                test: not(call(
                    name("exit"),
                    vec![type_of_exc, name("exc"), constant(Constant::None)],
                )),
                body: vec![stmt(StmtKind::Raise {
                    exc: None,
                    cause: None,
                })],
                orelse: vec![],
            }),
        ],
    };
    let none = || constant(Constant::None);
    // `_with_enter` (in the prelude) checks the protocol with CPython's messages, calls
    // `__enter__` and returns the bound `__exit__` with its result.
    let pair = Expr {
        span: at,
        kind: ExprKind::Tuple(vec![name("exit"), name("value")]),
    };
    let enter = Expr {
        span: at,
        kind: ExprKind::Name("_with_enter".into()),
    };
    vec![
        assign(name("mgr"), item.context.clone()),
        assign(pair, call(enter, vec![name("mgr")])),
        assign(name("failed"), constant(Constant::Bool(false))),
        Stmt {
            span,
            kind: StmtKind::Try {
                body: vec![stmt(StmtKind::Try {
                    body: try_body,
                    handlers: vec![handler],
                    orelse: vec![],
                    finalbody: vec![],
                })],
                handlers: vec![],
                orelse: vec![],
                finalbody: vec![stmt(StmtKind::If {
                    test: not(name("failed")),
                    body: vec![stmt(StmtKind::Expr(call(
                        name("exit"),
                        vec![none(), none(), none()],
                    )))],
                    orelse: vec![],
                })],
            },
        },
    ]
}
