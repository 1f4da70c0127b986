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
    /// One inline cache per name for `LoadGlobal` (see `GlobalCache`).
    pub global_cache: Box<[std::cell::Cell<GlobalCache>]>,
    /// One inline cache per name for attribute loads and stores (`AttrWays`).
    pub attr_cache: Box<[AttrWays]>,
}

/// The cache of one name: up to four places, most recent first, so a call site that sees
/// a few classes (`task.step()` over several task classes) still hits.
pub type AttrWays = [std::cell::Cell<AttrCache>; 4];

/// Where an attribute of an instance of a script class (or a method of a built-in type)
/// was last found.
///
/// `InstanceSlot`: at position `index` of the instance's own dict; checked by comparing the
/// key found there with the name, so it needs no class. `ClassSlot`: not in the instance
/// dict, and at position `index` of the dict of `class` (`mro == 0`) or of `class.mro[mro - 1]`;
/// valid while the class is the instance's class and the class epoch
/// (`dict::class_epoch`) has not moved, which it does on any change to a class namespace
/// the cache relied on and on any class deallocation.
#[derive(Debug, Clone, Copy, Default)]
pub enum AttrCache {
    #[default]
    Empty,
    InstanceSlot {
        index: u32,
    },
    ClassSlot {
        class: usize,
        epoch: u64,
        mro: u32,
        index: u32,
    },
    /// A method of a built-in type (`list.append`): the type's method-table tag and the
    /// native's id. Method tables do not change once made.
    Builtin {
        tag: u8,
        id: u32,
    },
}

/// Where a global was last found: valid while the dicts involved keep the same `version`.
#[derive(Debug, Clone, Copy, Default)]
pub struct GlobalCache {
    /// Address of the globals dict the entry was found for (0 = empty cache).
    pub globals: usize,
    pub globals_version: u64,
    /// `u64::MAX` when the name was found in the globals; else the builtins' version.
    pub builtins_version: u64,
    pub index: u32,
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
    /// Attributes set on the function (`f.__wrapped__ = g`), made on first use.
    pub attrs: std::cell::RefCell<Option<super::value::DictRef>>,
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
