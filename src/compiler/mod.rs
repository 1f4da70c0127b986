//! AST -> bytecode. `symtable` resolves every name's scope first; `unit` holds the code being
//! built for one function; `stmt`, `expr` and `comprehension` emit instructions (`with` and
//! `trystar` rewrite `with`/`async with`/`async for` and `except*` into plain statements).

mod comprehension;
pub mod error;
mod expr;
mod stmt;
pub mod symtable;
mod trystar;
mod unit;
mod with;

use crate::bytecode::{Code, CodeKind};
use crate::syntax::ast::{Module, Span};
pub use error::CompileError;
use std::rc::Rc;
use unit::Unit;

/// Compiles a module body. `filename` is recorded for tracebacks.
pub fn compile_module(module: &Module, filename: &str) -> Result<Rc<Code>, CompileError> {
    compile(module, filename, false)
}

/// Compiles one REPL input: expression statements echo their value (`PrintExpr`).
pub fn compile_interactive(module: &Module, filename: &str) -> Result<Rc<Code>, CompileError> {
    compile(module, filename, true)
}

/// Compiles one REPL input that may `await` at the top level (CPython's
/// `PyCF_ALLOW_TOP_LEVEL_AWAIT`): `await`, `async for` and `async with` are allowed outside
/// functions. Code that uses them must run as a task on an event loop (see `has_top_level_await`).
/// `source` is kept in the code objects: each input numbers its own lines in tracebacks.
pub fn compile_interactive_async(
    module: &Module,
    filename: &str,
    source: &str,
) -> Result<Rc<Code>, CompileError> {
    let mut table = symtable::build(module)?;
    table.scopes[0].is_async = true;
    compile_table(module, filename, true, Some(Rc::from(source)), &table)
}

/// True if module code suspends at its top level (it was compiled with top-level `await`).
pub fn has_top_level_await(code: &Code) -> bool {
    code.ops
        .iter()
        .any(|op| matches!(op, crate::bytecode::Op::Await))
}

/// Compiles source for `exec`/`eval`/`compile`: top-level names go through a locals mapping
/// (`LoadName`/`StoreName`), which may be the globals or a separate dict.
/// `source` is kept in the code objects (tracebacks take line numbers from it).
pub fn compile_exec(
    module: &Module,
    filename: &str,
    source: &str,
    interactive: bool,
) -> Result<Rc<Code>, CompileError> {
    compile_with(module, filename, interactive, Some(Rc::from(source)))
}

fn compile(module: &Module, filename: &str, interactive: bool) -> Result<Rc<Code>, CompileError> {
    compile_with(module, filename, interactive, None)
}

fn compile_with(
    module: &Module,
    filename: &str,
    interactive: bool,
    exec_source: Option<Rc<str>>,
) -> Result<Rc<Code>, CompileError> {
    let mut table = symtable::build(module)?;
    table.scopes[0].name_mode = exec_source.is_some();
    compile_table(module, filename, interactive, exec_source, &table)
}

fn compile_table(
    module: &Module,
    filename: &str,
    interactive: bool,
    exec_source: Option<Rc<str>>,
    table: &symtable::SymbolTable,
) -> Result<Rc<Code>, CompileError> {
    let ctx = unit::Ctx {
        table,
        filename: Rc::from(filename),
        source: exec_source,
    };
    let mut u = Unit::new(&ctx, 0, "<module>", "<module>".into(), CodeKind::Module, 1);
    u.span = Span::default();
    u.interactive = interactive;
    u.setup_annotations(&module.body);
    for s in &module.body {
        u.stmt(s)?;
    }
    u.emit_return_none();
    Ok(Rc::new(u.finish()))
}
