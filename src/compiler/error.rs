//! Errors found while compiling (CPython reports them as `SyntaxError`).

use crate::syntax::ast::Span;

#[derive(Debug, Clone, PartialEq)]
pub struct CompileError {
    pub span: Span,
    pub message: String,
}

impl CompileError {
    pub fn new(span: Span, message: impl Into<String>) -> CompileError {
        CompileError {
            span,
            message: message.into(),
        }
    }
}
