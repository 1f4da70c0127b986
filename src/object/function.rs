//! Functions, code objects as the runtime sees them, native functions and modules.

use super::value::{CellRef, DictRef, Value};
use crate::bytecode::Code;
use std::rc::Rc;

/// A compiled code object plus its constants already turned into runtime values.
#[derive(Debug)]
pub struct CodeObj {
    pub code: Rc<Code>,
    pub consts: Vec<Value>,
    /// `code.names` as runtime strings (hash cached), for global and attribute lookups.
    pub names: Vec<Rc<super::str::Str>>,
}

#[derive(Debug)]
pub struct Function {
    pub code: Rc<CodeObj>,
    /// The defining module's namespace.
    pub globals: DictRef,
    /// Defaults of the last `defaults.len()` positional parameters.
    pub defaults: Vec<Value>,
    /// Defaults of keyword-only parameters.
    pub kwdefaults: Vec<(Rc<str>, Value)>,
    /// Cells for the code's free variables, in `code.freevars` order.
    pub closure: Vec<CellRef>,
}

/// A function implemented in Rust. `id` indexes the VM's native registry (plain data, so a
/// suspended VM can be snapshotted); `bound` is the receiver of a built-in method.
#[derive(Debug)]
pub struct NativeFunc {
    pub id: u32,
    pub name: Rc<str>,
    pub bound: Option<Value>,
}

#[derive(Debug)]
pub struct ModuleObj {
    pub name: Rc<str>,
    pub dict: DictRef,
    /// Where the module's source came from (`None` for native modules).
    pub file: Option<Rc<str>>,
}
