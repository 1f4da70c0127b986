//! The instruction set: one enum, one documented variant per instruction.
//!
//! Baton's VM is a stack machine. Each frame has a value stack whose bottom `nlocals` slots are
//! the function's local variables (indexed by `LoadFast`/`StoreFast`); the rest is the evaluation
//! stack. Every variant documents its effect on the evaluation stack in one notation:
//!
//! `Stack: [.., a, b] -> [.., c]` — the part to the right of `..` is consumed (left) and
//! produced (right); the rightmost item is the top of the stack.
//!
//! Operands are indices into the code object's tables: `const` into `consts`, `name` into
//! `names`, `local` into the local slots, `cell` into the frame's cells (cell variables first,
//! then free variables), and `target` is an absolute instruction index.
//!
//! Suspension is first-class: `Await` may suspend the whole task (the frames stay on the heap,
//! the Rust stack unwinds to the event loop); nothing here recurses on the Rust stack.

use crate::syntax::ast::{BinOp, CmpOp};

#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Op {
    /// Does nothing. `Stack: [..] -> [..]`
    Nop,

    // ---------------------------------------------------------------- constants and names
    /// Push a constant. `Stack: [..] -> [.., consts[const]]`
    LoadConst(u32),
    /// Push `None`. `Stack: [..] -> [.., None]`
    LoadNone,
    /// Push a small integer without touching the constant table. `Stack: [..] -> [.., int]`
    LoadSmallInt(i32),
    /// Push a local; raises `UnboundLocalError` if unassigned. `Stack: [..] -> [.., value]`
    LoadFast(u32),
    /// Pop into a local. `Stack: [.., value] -> [..]`
    StoreFast(u32),
    /// Unbind a local (`del x`). `Stack: [..] -> [..]`
    DeleteFast(u32),
    /// Push the contents of a cell (a captured variable). `Stack: [..] -> [.., value]`
    LoadDeref(u32),
    /// Pop into a cell. `Stack: [.., value] -> [..]`
    StoreDeref(u32),
    /// Push the cell object itself, to build a closure. `Stack: [..] -> [.., cell]`
    LoadClosure(u32),
    /// Push a global, falling back to builtins; raises `NameError`. `Stack: [..] -> [.., value]`
    LoadGlobal(u32),
    /// Pop into a global. `Stack: [.., value] -> [..]`
    StoreGlobal(u32),
    /// Remove a global (`del x` at module level). `Stack: [..] -> [..]`
    DeleteGlobal(u32),
    /// Class-body name: the class namespace, then globals, then builtins.
    /// `Stack: [..] -> [.., value]`
    LoadName(u32),
    /// Class-body assignment into the class namespace. `Stack: [.., value] -> [..]`
    StoreName(u32),
    /// `del name` in a class body. `Stack: [..] -> [..]`
    DeleteName(u32),
    /// Attribute lookup. `Stack: [.., obj] -> [.., obj.name]`
    LoadAttr(u32),
    /// Attribute assignment. `Stack: [.., value, obj] -> [..]`
    StoreAttr(u32),
    /// `del obj.name`. `Stack: [.., obj] -> [..]`
    DeleteAttr(u32),
    /// Method lookup for an immediately following `CallMethod`; avoids allocating a bound
    /// method. `Stack: [.., obj] -> [.., method, obj]` (or `[.., callable, NULL]`-equivalent)
    LoadMethod(u32),
    /// `local.name` (fused `LoadFast` + `LoadAttr`: `self.x`). `Stack: [..] -> [.., local.name]`
    LocalLoadAttr { local: u32, name: u32 },
    /// `local.name` for a call (fused `LoadFast` + `LoadMethod`: `self.m(...)`).
    /// `Stack: [..] -> [.., method, local]` (as `LoadMethod`)
    LocalLoadMethod { local: u32, name: u32 },
    /// `local.name = value` (fused `LoadFast` + `StoreAttr`: `self.x = v`).
    /// `Stack: [.., value] -> [..]`
    LocalStoreAttr { local: u32, name: u32 },

    // ---------------------------------------------------------------- stack shuffling
    /// `Stack: [.., a] -> [..]`
    PopTop,
    /// `Stack: [.., a] -> [.., a, a]`
    DupTop,
    /// `Stack: [.., a, b] -> [.., a, b, a, b]`
    DupTopTwo,
    /// `Stack: [.., a, b] -> [.., b, a]`
    RotTwo,
    /// `Stack: [.., a, b, c] -> [.., c, a, b]`
    RotThree,

    // ---------------------------------------------------------------- operators
    /// Binary operator (`inplace` for augmented assignment, which lets lists extend in place).
    /// `Stack: [.., a, b] -> [.., a op b]`
    Binary { op: BinOp, inplace: bool },
    /// `a op k` with a small int constant `k` (fused `LoadSmallInt` + `Binary`).
    /// `Stack: [.., a] -> [.., a op k]`
    BinaryConst { op: BinOp, k: i32, inplace: bool },
    /// `a op local` (fused `LoadFast` + `Binary`). `Stack: [.., a] -> [.., a op local]`
    BinaryLocal {
        local: u32,
        op: BinOp,
        inplace: bool,
    },
    /// `a op b` of two locals (fused `LoadFast` + `BinaryLocal`).
    /// `Stack: [..] -> [.., a op b]`
    LocalsBinary {
        a: u16,
        b: u16,
        op: BinOp,
        inplace: bool,
    },
    /// `local op k` (fused `LoadFast` + `BinaryConst`). `Stack: [..] -> [.., local op k]`
    LocalBinaryConst {
        local: u16,
        op: BinOp,
        k: i16,
        inplace: bool,
    },
    /// `Stack: [.., a] -> [.., -a]`
    UnaryNegative,
    /// `Stack: [.., a] -> [.., +a]`
    UnaryPositive,
    /// `Stack: [.., a] -> [.., ~a]`
    UnaryInvert,
    /// `Stack: [.., a] -> [.., not a]`
    UnaryNot,
    /// Comparison, identity or membership. `Stack: [.., a, b] -> [.., a op b]`
    Compare(CmpOp),

    // ---------------------------------------------------------------- control flow
    /// `pc = target`. `Stack: [..] -> [..]`
    Jump(u32),
    /// `pc = target` with `target` at or before this instruction: the end of a loop body or a
    /// `continue`. Counts a tick (see `vm/limits.rs`). `Stack: [..] -> [..]`
    JumpBack(u32),
    /// Pop; jump if falsy. `Stack: [.., cond] -> [..]`
    PopJumpIfFalse(u32),
    /// Fused `LoadNone` + `Compare(Is)`. `Stack: [.., a] -> [.., a is None]`
    IsNone,
    /// Fused `LoadNone` + `Compare(IsNot)`. `Stack: [.., a] -> [.., a is not None]`
    IsNotNone,
    /// Fused `IsNotNone` + `PopJumpIfFalse` (`if a is not None:` skipping its body): pop;
    /// jump if it is None. `Stack: [.., a] -> [..]`
    PopJumpIfNone(u32),
    /// Fused `IsNone` + `PopJumpIfFalse`: pop; jump unless it is None. `Stack: [.., a] -> [..]`
    PopJumpIfNotNone(u32),
    /// Fused `Compare` + `PopJumpIfFalse`: jump to `target` unless `a op b`.
    /// `Stack: [.., a, b] -> [..]`
    CompareJumpIfFalse { op: CmpOp, target: u32 },
    /// Fused `LoadSmallInt(k)` + `CompareJumpIfFalse`: jump to `target` unless `a op k`.
    /// `Stack: [.., a] -> [..]`
    CompareConstJumpIfFalse { op: CmpOp, k: i16, target: u32 },
    /// Fused `LoadFast(local)` + `CompareConstJumpIfFalse`: jump unless `local op k`.
    /// `Stack: [..] -> [..]`
    LocalCompareConstJumpIfFalse {
        local: u16,
        op: CmpOp,
        k: i16,
        target: u32,
    },
    /// Pop; jump if truthy. `Stack: [.., cond] -> [..]`
    PopJumpIfTrue(u32),
    /// Short-circuit `and`: if falsy jump and keep it, else pop.
    /// `Stack: [.., a] -> [.., a]` (jumped) or `[..]`
    JumpIfFalseOrPop(u32),
    /// Short-circuit `or`: if truthy jump and keep it, else pop.
    JumpIfTrueOrPop(u32),
    /// Replace an iterable by its iterator. `Stack: [.., iterable] -> [.., iter]`
    GetIter,
    /// Advance the iterator: push the next value, or pop the iterator and jump when exhausted.
    /// `Stack: [.., iter] -> [.., iter, next]` or `[..]` (jumped)
    ForIter(u32),

    // ---------------------------------------------------------------- building values
    /// `Stack: [.., x1 .. xn] -> [.., [x1 .. xn]]`
    BuildList(u32),
    /// `Stack: [.., x1 .. xn] -> [.., (x1 .. xn)]`
    BuildTuple(u32),
    /// `Stack: [.., x1 .. xn] -> [.., {x1 .. xn}]`
    BuildSet(u32),
    /// `Stack: [.., k1, v1 .. kn, vn] -> [.., {k1: v1 ..}]`
    BuildMap(u32),
    /// Concatenate n strings (f-strings). `Stack: [.., s1 .. sn] -> [.., s1+..+sn]`
    BuildString(u32),
    /// `Stack: [.., lower, upper] -> [.., slice]` (n=2) or with step (n=3)
    BuildSlice(u32),
    /// Append to the list `depth` items below the top (comprehensions, `[*a]`).
    /// `Stack: [.., list, .., x] -> [.., list, ..]`
    ListAppend(u32),
    /// Extend the list below the top with an iterable. `Stack: [.., list, it] -> [.., list]`
    ListExtend,
    /// Add to the set `depth` below the top. `Stack: [.., set, .., x] -> [.., set, ..]`
    SetAdd(u32),
    /// `Stack: [.., set, it] -> [.., set]`
    SetUpdate,
    /// Insert into the dict `depth` below the top. `Stack: [.., map, .., k, v] -> [.., map, ..]`
    MapAdd(u32),
    /// `Stack: [.., map, other] -> [.., map]` (`{**other}`)
    DictUpdate,
    /// Keyword arguments of a call with `**`: merge `other` (a mapping with string keys) into
    /// `map`; a key already there is an error naming the function two slots below `map`.
    /// `Stack: [.., func, args, map, other] -> [.., func, args, map]`
    DictMerge,
    /// Convert a list to a tuple. `Stack: [.., list] -> [.., tuple]`
    ListToTuple,
    /// f-string field: `conv` is 0 (none), b's', b'r' or b'a'; if `spec`, a format spec string
    /// is on top. `Stack: [.., value(, spec)] -> [.., str]`
    FormatValue { conv: u8, spec: bool },

    // ---------------------------------------------------------------- subscripts and unpacking
    /// `Stack: [.., obj, key] -> [.., obj[key]]`
    Subscript,
    /// `Stack: [.., value, obj, key] -> [..]`
    StoreSubscript,
    /// `Stack: [.., obj, key] -> [..]`
    DeleteSubscript,
    /// Unpack exactly n items. `Stack: [.., seq] -> [.., xn .. x1]` (x1 on top)
    UnpackSequence(u32),
    /// Unpack with a starred target: `before` items, a list, `after` items.
    /// `Stack: [.., seq] -> [.., after.., list, before..]` (first item on top)
    UnpackEx { before: u16, after: u16 },

    // ---------------------------------------------------------------- calls and functions
    /// Call with `argc` positional arguments.
    /// `Stack: [.., callable, a1 .. an] -> [.., result]`
    Call(u32),
    /// Call with positional and keyword arguments; `names` is a const tuple of the keyword
    /// names, matching the last `len(names)` arguments.
    /// `Stack: [.., callable, a1 .. an, k1 .. km] -> [.., result]`
    CallKw { argc: u32, names: u32 },
    /// Call with `*args` (a tuple) and, if `kwargs`, a dict.
    /// `Stack: [.., callable, args(, kwargs)] -> [.., result]`
    CallEx { kwargs: bool },
    /// Call a method found by `LoadMethod`. `Stack: [.., method, self, a1 .. an] -> [.., result]`
    CallMethod(u32),
    /// Create a function from the code constant `code`. If `defaults`, a tuple of positional
    /// defaults is below; if `kwdefaults`, a dict; if `closure`, a tuple of cells (on top).
    /// `Stack: [..(, defaults)(, kwdefaults)(, closure)] -> [.., function]`
    MakeFunction {
        code: u32,
        defaults: bool,
        kwdefaults: bool,
        closure: bool,
    },
    /// `class` statement: runs the body function (a frame whose names go to a fresh
    /// namespace), then makes the class from the namespace, bases and name.
    /// `Stack: [.., body, name, base1 .. basen] -> [.., class]`
    BuildClass { nbases: u32 },
    /// Return from the frame. `Stack: [.., value] -> (caller) [.., value]`
    Return,
    /// Fused `LoadFast(local)` + `Return`. `Stack: [..] -> (caller) [.., local]`
    ReturnLocal(u32),

    // ---------------------------------------------------------------- coroutines
    /// Await an awaitable: a coroutine runs on this task (its frame is pushed); a pending future
    /// suspends the whole task to the event loop; a done future yields its result.
    /// `Stack: [.., awaitable] -> [.., result]`
    Await,
    /// Suspend this generator frame, handing `value` to whoever resumed it (`next`, `send`, a
    /// `for` loop); the value sent at the next resumption is pushed. `Stack: [.., value] -> [.., sent]`
    YieldValue,
    /// `yield from`: resume the sub-iterator with `sent` (a generator runs as a frame on this
    /// fiber); each value it yields is yielded by this frame, which then re-runs this
    /// instruction with the next sent value. When it is exhausted, push its return value.
    /// `Stack: [.., sub, sent] -> [.., result]`
    YieldFrom,
    /// `iter(x)` for `yield from x`, keeping generators as they are. `Stack: [.., x] -> [.., it]`
    GetYieldFromIter,

    // ---------------------------------------------------------------- exceptions
    /// Push an exception handler block: on an exception, unwind the stack to its current depth,
    /// push the exception and jump to `target`. `Stack: [..] -> [..]`
    SetupExcept(u32),
    /// Pop the innermost handler block. `Stack: [..] -> [..]`
    PopBlock,
    /// Leave an `except` body: the exception being handled is no longer current.
    /// `Stack: [..] -> [..]`
    PopExcept,
    /// `raise` (n=0: re-raise the handled exception), `raise exc` (n=1), `raise exc from cause`
    /// (n=2). `Stack: [.., exc(, cause)] -> (unwinds)`
    Raise(u32),
    /// Re-raise the exception on top, keeping its traceback (end of `finally` and of
    /// unmatched `except` chains). `Stack: [.., exc] -> (unwinds)`
    Reraise,
    /// Does the exception match the class (or tuple of classes)?
    /// `Stack: [.., exc, cls] -> [.., exc, bool]`
    CheckExcMatch,

    // ---------------------------------------------------------------- modules
    /// Import a module (runs its body on first import, as a pushed frame).
    /// `Stack: [..] -> [.., module]`
    ImportName(u32),
    /// `Stack: [.., module] -> [.., module, module.name]`
    ImportFrom(u32),
    /// `from module import *`. `Stack: [.., module] -> [..]`
    ImportStar,

    // ---------------------------------------------------------------- interactive
    /// REPL echo of an expression statement: print `repr(value)` unless it is `None`, and bind
    /// it to `builtins._`. `Stack: [.., value] -> [..]`
    PrintExpr,
}

impl Op {
    /// The jump target, for instructions that have one.
    pub fn target(&self) -> Option<u32> {
        match *self {
            Op::Jump(t)
            | Op::JumpBack(t)
            | Op::PopJumpIfFalse(t)
            | Op::PopJumpIfTrue(t)
            | Op::PopJumpIfNone(t)
            | Op::PopJumpIfNotNone(t)
            | Op::JumpIfFalseOrPop(t)
            | Op::JumpIfTrueOrPop(t)
            | Op::ForIter(t)
            | Op::SetupExcept(t)
            | Op::CompareJumpIfFalse { target: t, .. }
            | Op::CompareConstJumpIfFalse { target: t, .. }
            | Op::LocalCompareConstJumpIfFalse { target: t, .. } => Some(t),
            _ => None,
        }
    }

    /// Rewrites the jump target (used by the assembler when patching labels).
    pub fn set_target(&mut self, new: u32) {
        match self {
            Op::Jump(t)
            | Op::JumpBack(t)
            | Op::PopJumpIfFalse(t)
            | Op::PopJumpIfTrue(t)
            | Op::PopJumpIfNone(t)
            | Op::PopJumpIfNotNone(t)
            | Op::JumpIfFalseOrPop(t)
            | Op::JumpIfTrueOrPop(t)
            | Op::ForIter(t)
            | Op::SetupExcept(t)
            | Op::CompareJumpIfFalse { target: t, .. }
            | Op::CompareConstJumpIfFalse { target: t, .. }
            | Op::LocalCompareConstJumpIfFalse { target: t, .. } => *t = new,
            _ => {}
        }
    }
}
