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
//! `async with` is the same with `_async_with_enter` (which returns the awaitable of
//! `__aenter__()`, awaited into `.value`) and every `.exit(...)` call awaited.
//!
//! The hidden names start with a dot, so no script name can clash with them, and carry the
//! statement's position, so nested `with` statements get their own.

use crate::syntax::ast::{
    Constant, ExceptHandler, Expr, ExprKind, Span, Stmt, StmtKind, UnaryOp, WithItem,
};

/// The `try` statement that a `with` statement means (one item per level of nesting).
pub fn desugar(span: Span, items: &[WithItem], body: &[Stmt], is_async: bool) -> Vec<Stmt> {
    let Some((item, rest)) = items.split_first() else {
        return body.to_vec();
    };
    let inner = if rest.is_empty() {
        body.to_vec()
    } else {
        desugar(span, rest, body, is_async)
    };
    let at = item.context.span;
    let b = Nodes { at };
    let hidden = |what: &str| format!(".with{}.{what}", at.start);
    let name = |what: &str| Expr {
        span: at,
        kind: ExprKind::Name(hidden(what)),
    };
    let awaited = |e: Expr| {
        if is_async {
            Expr {
                span: at,
                kind: ExprKind::Await(Box::new(e)),
            }
        } else {
            e
        }
    };
    let exit_call = |args: Vec<Expr>| awaited(b.call(name("exit"), args));
    let not = |e: Expr| Expr {
        span: at,
        kind: ExprKind::UnaryOp {
            op: UnaryOp::Not,
            operand: Box::new(e),
        },
    };
    let mut try_body = Vec::new();
    if let Some(target) = &item.vars {
        try_body.push(b.assign(target.clone(), name("value")));
    }
    try_body.extend(inner);
    let type_of_exc = b.call(
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
            b.assign(name("failed"), b.constant(Constant::Bool(true))),
            b.stmt(StmtKind::If {
                test: not(exit_call(vec![
                    type_of_exc,
                    name("exc"),
                    b.constant(Constant::None),
                ])),
                body: vec![b.stmt(StmtKind::Raise {
                    exc: None,
                    cause: None,
                })],
                orelse: vec![],
            }),
        ],
    };
    let none = || b.constant(Constant::None);
    // `_with_enter` (in the prelude) checks the protocol with CPython's messages, calls
    // `__enter__` and returns the bound `__exit__` with its result.
    let pair = Expr {
        span: at,
        kind: ExprKind::Tuple(vec![name("exit"), name("value")]),
    };
    let enter = Expr {
        span: at,
        kind: ExprKind::Name(
            if is_async {
                "_async_with_enter"
            } else {
                "_with_enter"
            }
            .into(),
        ),
    };
    let mut out = vec![
        b.assign(name("mgr"), item.context.clone()),
        b.assign(pair, b.call(enter, vec![name("mgr")])),
    ];
    if is_async {
        out.push(b.assign(name("value"), awaited(name("value"))));
    }
    out.extend([
        b.assign(name("failed"), b.constant(Constant::Bool(false))),
        Stmt {
            span,
            kind: StmtKind::Try {
                body: vec![b.stmt(StmtKind::Try {
                    body: try_body,
                    handlers: vec![handler],
                    orelse: vec![],
                    finalbody: vec![],
                })],
                handlers: vec![],
                orelse: vec![],
                finalbody: vec![b.stmt(StmtKind::If {
                    test: not(name("failed")),
                    body: vec![b.stmt(StmtKind::Expr(exit_call(vec![none(), none(), none()])))],
                    orelse: vec![],
                })],
            },
        },
    ]);
    out
}

/// The loop that `async for TARGET in ITER: BODY else: ORELSE` means:
///
/// ```text
/// .it = _aiter(ITER)               # __aiter__(), with CPython's checks
/// .go = True
/// while .go:
///     try:
///         .value = await _anext(.it)
///     except StopAsyncIteration:
///         .go = False
///     else:
///         TARGET = .value
///         BODY
/// else:
///     ORELSE
/// ```
///
/// with the `while` inside `try: ... finally: .it = None`.
pub fn desugar_async_for(
    span: Span,
    target: &Expr,
    iter: &Expr,
    body: &[Stmt],
    orelse: &[Stmt],
) -> Vec<Stmt> {
    let at = iter.span;
    let b = Nodes { at };
    let name = |what: &str| Expr {
        span: at,
        kind: ExprKind::Name(format!(".afor{}.{what}", at.start)),
    };
    let global = |n: &str| Expr {
        span: at,
        kind: ExprKind::Name(n.into()),
    };
    let boolean = |b: bool| Expr {
        span: at,
        kind: ExprKind::Constant(Constant::Bool(b)),
    };
    let next = Expr {
        span: at,
        kind: ExprKind::Await(Box::new(b.call(global("_anext"), vec![name("it")]))),
    };
    let mut then = vec![b.assign(target.clone(), name("value"))];
    then.extend(body.iter().cloned());
    let step = b.stmt(StmtKind::Try {
        body: vec![b.assign(name("value"), next)],
        handlers: vec![ExceptHandler {
            span: at,
            typ: Some(global("StopAsyncIteration")),
            name: None,
            star: false,
            body: vec![b.assign(name("go"), boolean(false))],
        }],
        orelse: then,
        finalbody: vec![],
    });
    vec![
        b.assign(name("it"), b.call(global("_aiter"), vec![iter.clone()])),
        b.assign(name("go"), boolean(true)),
        // Drops the iterator however the loop is left (CPython pops it), so an async
        // generator left by `break`, `return` or an exception is finalized then.
        b.stmt(StmtKind::Try {
            body: vec![Stmt {
                span,
                kind: StmtKind::While {
                    test: name("go"),
                    body: vec![step],
                    orelse: orelse.to_vec(),
                },
            }],
            handlers: vec![],
            orelse: vec![],
            finalbody: vec![b.assign(
                name("it"),
                Expr {
                    span: at,
                    kind: ExprKind::Constant(Constant::None),
                },
            )],
        }),
    ]
}

/// Makes the AST nodes of a rewritten statement, all at one span.
struct Nodes {
    at: Span,
}

impl Nodes {
    fn stmt(&self, kind: StmtKind) -> Stmt {
        Stmt {
            span: self.at,
            kind,
        }
    }
    fn constant(&self, c: Constant) -> Expr {
        Expr {
            span: self.at,
            kind: ExprKind::Constant(c),
        }
    }
    fn assign(&self, target: Expr, value: Expr) -> Stmt {
        self.stmt(StmtKind::Assign {
            targets: vec![target],
            value,
        })
    }
    fn call(&self, func: Expr, args: Vec<Expr>) -> Expr {
        Expr {
            span: self.at,
            kind: ExprKind::Call {
                func: Box::new(func),
                args,
                keywords: vec![],
            },
        }
    }
}
