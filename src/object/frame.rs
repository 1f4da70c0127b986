//! Activation records. Frames live on a task's heap-allocated frame stack; a call pushes one
//! and the dispatch loop carries on, so script recursion never grows the Rust stack.

use super::function::{CodeObj, ModuleObj};
use super::value::{CellRef, Coroutine, DictRef, Value};
use std::cell::RefCell;
use std::rc::Rc;

/// An active `try` region: where to go on an exception and what to unwind to.
#[derive(Debug, Clone, Copy)]
pub struct Block {
    /// Instruction index of the handler.
    pub handler: u32,
    /// Stack height (above the frame's base) to truncate to before jumping: relative, since
    /// a generator's frame moves to wherever it is resumed.
    pub depth: u32,
    /// Length of `Frame::handling` to restore.
    pub handling: u32,
}

/// What happens when the frame returns or raises.
#[derive(Debug, Clone)]
pub enum FrameKind {
    /// A plain call: the result is pushed onto the caller's stack.
    Call,
    /// A special method run for an instruction (`__next__` for `ForIter`, `__bool__` for a
    /// jump, ...): the result finishes that instruction (`Interp::complete_op`).
    OpCall,
    /// The body of a coroutine that was awaited (or is a task's root): on return or raise the
    /// coroutine object is closed; the result goes to the awaiting frame, as for `Call`.
    Coroutine(Rc<RefCell<Coroutine>>),
    /// A generator's frame, resumed by `next`/`send`/`throw` or a loop: `yield` moves it back
    /// into the generator; returning raises `StopIteration` in the resumer (or ends its loop).
    Generator(Rc<RefCell<Coroutine>>),
    /// An async generator's frame, resumed by awaiting `__anext__()`/`asend`/`athrow`/
    /// `aclose`: `yield` moves it back and its value is the await's result; returning
    /// raises `StopAsyncIteration` in the awaiter.
    AsyncGen(Rc<RefCell<Coroutine>>),
    /// A module body run by `import`: the module object is pushed onto the caller's stack.
    ModuleInit(Rc<ModuleObj>),
    /// A class body: names go to `ns`; on return the class is made and pushed.
    ClassBody(Box<ClassBody>),
    /// `__init__` called by instantiation: it must return `None`; the new object is pushed.
    Init(Box<Value>),
    /// Code run by `exec`/`eval`: top-level names go to this locals mapping (the globals dict,
    /// or the separate `locals` argument). Returns like `Call`.
    Exec(super::value::DictRef),
    /// The prelude's `_finalize`, run at a safe point (see `object::finalize`): its result
    /// is dropped and the interrupted frame carries on.
    Finalizer,
}

impl FrameKind {
    /// The namespace `LoadName`/`StoreName`/`DeleteName` use before the globals.
    pub fn namespace(&self) -> Option<&super::value::DictRef> {
        match self {
            FrameKind::ClassBody(cb) => Some(&cb.ns),
            FrameKind::Exec(ns) => Some(ns),
            _ => None,
        }
    }
}

/// What a class statement needs once its body has run.
#[derive(Debug, Clone)]
pub struct ClassBody {
    pub name: Rc<str>,
    pub bases: Vec<Rc<super::types::TypeObj>>,
    pub ns: super::value::DictRef,
}

/// A native's continuation, as plain data: which native, and the state it asked to get back.
/// `outer` is the continuation of a stepped native that called this one (nested callbacks).
#[derive(Debug, Clone)]
pub struct Then {
    pub native: u32,
    pub state: Value,
    pub outer: Option<Box<Then>>,
}

impl Then {
    /// Appends `link` as the last continuation of this chain.
    pub fn append(&mut self, link: Box<Then>) {
        match &mut self.outer {
            Some(o) => o.append(link),
            None => self.outer = Some(link),
        }
    }
}

#[derive(Debug)]
pub struct Frame {
    pub code: Rc<CodeObj>,
    /// Index of the next instruction.
    pub pc: u32,
    /// Where this frame's locals start in the fiber's value stack: locals are
    /// `stack[base..base + nlocals]`, the evaluation stack is above them.
    pub base: u32,
    /// Stack length to restore when the frame returns (for a call, the callable's slot: the
    /// arguments became the callee's first locals in place).
    pub return_to: u32,
    /// Cell variables, then free variables (the closure).
    pub cells: Box<[CellRef]>,
    pub globals: DictRef,
    /// `try` bookkeeping and a native's continuation, allocated when first needed (most
    /// frames never need them, and a small frame makes calls cheap).
    pub extra: Option<Box<FrameExtra>>,
    pub kind: FrameKind,
    /// Unique per activation (traceback de-duplication).
    pub id: u64,
}

#[derive(Debug, Default)]
pub struct FrameExtra {
    /// Active `try` regions, innermost last.
    pub blocks: Vec<Block>,
    /// Exceptions currently being handled (inside `except`/`finally` bodies), innermost last.
    pub handling: Vec<Value>,
    /// Set when a stepped native called this frame's function (`sorted(key=f)` calling `f`):
    /// the frame's result, after its `kind` has been applied, resumes that native instead of
    /// going to the caller's stack.
    pub then: Option<Box<Then>>,
}

impl Frame {
    pub fn extra(&mut self) -> &mut FrameExtra {
        self.extra.get_or_insert_with(Default::default)
    }
    /// The exception this frame is handling, if any.
    pub fn handled(&self) -> Option<&Value> {
        self.extra.as_ref().and_then(|h| h.handling.last())
    }
}
