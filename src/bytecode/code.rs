//! Code objects: the compiler's output and the VM's input. Plain data: instructions, constant
//! and name tables, slot layout, and a span per instruction for error reports.

use super::opcode::Op;
use crate::syntax::ast::Span;
use crate::syntax::token::IntLit;
use std::rc::Rc;

/// A compile-time constant. The runtime turns these into values once, when a module is loaded.
#[derive(Debug, Clone, PartialEq)]
pub enum Const {
    None,
    Bool(bool),
    Int(IntLit),
    Float(f64),
    Str(Rc<str>),
    Bytes(Rc<[u8]>),
    Ellipsis,
    Tuple(Vec<Const>),
    /// A set display of three or more constants, as CPython folds it.
    FrozenSet(Vec<Const>),
    Code(Rc<Code>),
}

/// What kind of function body a code object is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CodeKind {
    /// The top level of a module: names are globals.
    Module,
    Function,
    /// `async def`: calling it creates a coroutine object instead of running the body.
    Coroutine,
    /// A function containing `yield`: calling it creates a generator.
    Generator,
    /// `async def` containing `yield`: calling it creates an async generator.
    AsyncGenerator,
    /// The body of a `class` statement: names go to the class namespace.
    ClassBody,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Code {
    /// The function's name (`<module>` for module code).
    pub name: Rc<str>,
    /// The dotted path used in reprs and tracebacks (`outer.<locals>.inner`).
    pub qualname: Rc<str>,
    /// The docstring (a leading string statement of a function body).
    pub doc: Option<Rc<str>>,
    /// The file this code came from, for tracebacks.
    pub filename: Rc<str>,
    /// The source text of code compiled from a string by `exec`/`eval`/`compile` (no file to
    /// read it from): tracebacks take its line numbers from here.
    pub source: Option<Rc<str>>,
    pub kind: CodeKind,
    pub ops: Vec<Op>,
    /// The source span of each instruction (same length as `ops`).
    pub spans: Vec<Span>,
    pub consts: Vec<Const>,
    /// Attribute, global and import names.
    pub names: Vec<Rc<str>>,
    /// Local variable names; the first `argcount + kwonlyargcount (+ varargs) (+ varkw)` are
    /// the parameters, in that order.
    pub varnames: Vec<Rc<str>>,
    /// Locals captured by inner functions (each lives in a cell).
    pub cellvars: Vec<Rc<str>>,
    /// Variables of enclosing functions used here (cells passed in the closure).
    pub freevars: Vec<Rc<str>>,
    /// For each cell variable that is also a parameter, the parameter's local slot, so the
    /// argument can be moved into its cell on entry.
    pub cell_params: Vec<(u32, u32)>,
    /// Number of positional parameters (including positional-only).
    pub argcount: u32,
    pub posonlyargcount: u32,
    pub kwonlyargcount: u32,
    pub varargs: bool,
    pub varkeywords: bool,
    /// Maximum evaluation-stack depth (above the locals).
    pub stacksize: u32,
    /// First line of the definition, for reprs.
    pub firstline: u32,
    /// The definition's name (`def f`), where `firstline` is 0: the first line number is
    /// taken from the source text when needed (`object::sources::first_line`).
    pub def_span: Span,
    /// A plain function with only positional parameters and no cells: a positional call with
    /// exactly `argcount` arguments can bind them in place (the VM's fast call path).
    pub simple_call: bool,
}

impl Code {
    pub fn nlocals(&self) -> usize {
        self.varnames.len()
    }
}

/// The file name of `stdlib/_prelude.py`'s code. Tracebacks leave its frames out, as CPython
/// shows no frames for built-in functions (set `BATON_SHOW_PRELUDE` to see them).
pub const PRELUDE_FILE: &str = "<prelude>";
