//! One code object under construction: instruction buffer, constant and name tables, labels,
//! and the stack of enclosing control blocks (`FBlock`) that `return`/`break`/`continue` must
//! unwind.

use super::error::CompileError;
use super::symtable::{NameRef, Scope, SymbolTable};
use crate::bytecode::{Code, CodeKind, Const, Op};
use crate::syntax::ast::{CmpOp, Span, Stmt};
use indexmap::IndexSet;
use std::rc::Rc;

pub struct Ctx<'a> {
    pub table: &'a SymbolTable,
    pub filename: Rc<str>,
    /// The source of code compiled from a string (`exec`, `eval`, `compile`).
    pub source: Option<Rc<str>>,
}

/// A jump destination, resolved to an instruction index by `finish`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Label(pub u32);

/// A control construct the current instruction is nested in.
#[derive(Debug, Clone)]
pub enum FBlock {
    /// `while`: `continue` jumps to `start`, `break` to `end`.
    While { start: Label, end: Label },
    /// `for`: the iterator is on the stack; `break` pops it.
    For { start: Label, end: Label },
    /// The body of a `try` with handlers: a `SetupExcept` block is active.
    TryExcept,
    /// The body of a `try` with a `finally`: a block is active and the final body must run
    /// when leaving early.
    TryFinally(Vec<Stmt>),
    /// Inside an `except` body: the handled exception must be popped when leaving.
    HandlerBody,
    /// Inside the exceptional path of a `finally`: the exception is on the stack and handled.
    FinallyExc,
}

pub struct Unit<'a> {
    /// The docstring of the function being compiled.
    pub doc: Option<Rc<str>>,
    pub ctx: &'a Ctx<'a>,
    pub scope_id: usize,
    pub name: Rc<str>,
    pub qualname: Rc<str>,
    pub kind: CodeKind,
    pub ops: Vec<Op>,
    pub spans: Vec<Span>,
    pub consts: Vec<Const>,
    pub names: IndexSet<Rc<str>>,
    pub labels: Vec<u32>,
    pub fblocks: Vec<FBlock>,
    /// The span attributed to instructions emitted now.
    pub span: Span,
    pub argcount: u32,
    pub posonlyargcount: u32,
    pub kwonlyargcount: u32,
    pub varargs: bool,
    pub varkeywords: bool,
    pub firstline: u32,
    /// The definition's name, for `Code::def_span`.
    pub def_span: Span,
    /// REPL input: top-level expression statements echo their value.
    pub interactive: bool,
    /// Instruction index where a label was last placed: no fusion may cross it.
    last_label_at: usize,
}

const UNPLACED: u32 = u32::MAX;

impl<'a> Unit<'a> {
    pub fn new(
        ctx: &'a Ctx<'a>,
        scope_id: usize,
        name: &str,
        qualname: Rc<str>,
        kind: CodeKind,
        firstline: u32,
    ) -> Unit<'a> {
        Unit {
            ctx,
            scope_id,
            name: Rc::from(name),
            qualname,
            kind,
            ops: Vec::new(),
            spans: Vec::new(),
            consts: Vec::new(),
            names: IndexSet::new(),
            labels: Vec::new(),
            fblocks: Vec::new(),
            span: Span::default(),
            argcount: 0,
            posonlyargcount: 0,
            kwonlyargcount: 0,
            varargs: false,
            varkeywords: false,
            firstline,
            def_span: Span::default(),
            interactive: false,
            last_label_at: usize::MAX,
            doc: None,
        }
    }

    /// The `__qualname__` of a function or class defined in this code: `f.<locals>.g` inside
    /// a function, `C.m` inside a class body, plain `g` at module level.
    pub fn child_qualname(&self, name: &str) -> String {
        match self.kind {
            CodeKind::Module => name.to_string(),
            CodeKind::ClassBody => format!("{}.{}", self.qualname, name),
            _ => format!("{}.<locals>.{}", self.qualname, name),
        }
    }

    pub fn scope(&self) -> &'a Scope {
        &self.ctx.table.scopes[self.scope_id]
    }

    pub fn emit(&mut self, op: Op) {
        if self.fuse(op) {
            return;
        }
        self.ops.push(op);
        self.spans.push(self.span);
    }

    /// Peephole fusion of the previous instruction with `op`, when no jump lands between
    /// them. Returns whether `op` was absorbed.
    fn fuse(&mut self, op: Op) -> bool {
        if self.last_label_at == self.ops.len() {
            return false;
        }
        let fused = match (self.ops.last(), op) {
            (Some(Op::LoadSmallInt(k)), Op::Binary { op, inplace }) => {
                Op::BinaryConst { op, k: *k, inplace }
            }
            (Some(Op::LoadFast(local)), Op::Return) => Op::ReturnLocal(*local),
            (Some(Op::LoadFast(local)), Op::Binary { op, inplace }) => Op::BinaryLocal {
                local: *local,
                op,
                inplace,
            },
            (Some(Op::LoadFast(local)), Op::LoadAttr(name)) => Op::LocalLoadAttr {
                local: *local,
                name,
            },
            (Some(Op::LoadFast(local)), Op::LoadMethod(name)) => Op::LocalLoadMethod {
                local: *local,
                name,
            },
            (Some(Op::LoadFast(local)), Op::StoreAttr(name)) => Op::LocalStoreAttr {
                local: *local,
                name,
            },
            (Some(Op::LoadNone), Op::Compare(CmpOp::Is)) => Op::IsNone,
            (Some(Op::LoadNone), Op::Compare(CmpOp::IsNot)) => Op::IsNotNone,
            (Some(Op::IsNone), Op::PopJumpIfFalse(t))
            | (Some(Op::IsNotNone), Op::PopJumpIfTrue(t)) => Op::PopJumpIfNotNone(t),
            (Some(Op::IsNotNone), Op::PopJumpIfFalse(t))
            | (Some(Op::IsNone), Op::PopJumpIfTrue(t)) => Op::PopJumpIfNone(t),
            (Some(Op::Compare(c)), Op::PopJumpIfFalse(t)) => {
                Op::CompareJumpIfFalse { op: *c, target: t }
            }
            _ => return false,
        };
        *self.ops.last_mut().expect("checked") = fused;
        if matches!(
            fused,
            Op::BinaryConst { .. }
                | Op::BinaryLocal { .. }
                | Op::LocalLoadAttr { .. }
                | Op::LocalLoadMethod { .. }
                | Op::LocalStoreAttr { .. }
        ) {
            *self.spans.last_mut().expect("checked") = self.span;
        }
        self.fuse_again();
        true
    }

    /// After a fusion, the new last instruction may fuse with the one before it.
    fn fuse_again(&mut self) {
        let n = self.ops.len();
        if n < 2 || self.last_label_at == n - 1 {
            return;
        }
        let fused = match (self.ops[n - 2], self.ops[n - 1]) {
            (Op::LoadFast(local), Op::BinaryConst { op, k, inplace }) => {
                match (u16::try_from(local), i16::try_from(k)) {
                    (Ok(local), Ok(k)) => Op::LocalBinaryConst {
                        local,
                        op,
                        k,
                        inplace,
                    },
                    _ => return,
                }
            }
            (Op::LoadFast(a), Op::BinaryLocal { local, op, inplace }) => {
                match (u16::try_from(a), u16::try_from(local)) {
                    (Ok(a), Ok(b)) => Op::LocalsBinary { a, b, op, inplace },
                    _ => return,
                }
            }
            (Op::LoadSmallInt(k), Op::CompareJumpIfFalse { op, target }) => {
                match i16::try_from(k) {
                    Ok(k) => Op::CompareConstJumpIfFalse { op, k, target },
                    _ => return,
                }
            }
            (Op::LoadFast(local), Op::CompareConstJumpIfFalse { op, k, target }) => {
                match u16::try_from(local) {
                    Ok(local) => Op::LocalCompareConstJumpIfFalse {
                        local,
                        op,
                        k,
                        target,
                    },
                    _ => return,
                }
            }
            _ => return,
        };
        self.ops.pop();
        let span = self.spans.pop().expect("parallel to ops");
        self.ops[n - 2] = fused;
        self.spans[n - 2] = span;
        self.fuse_again();
    }

    pub fn new_label(&mut self) -> Label {
        self.labels.push(UNPLACED);
        Label(self.labels.len() as u32 - 1)
    }

    pub fn place(&mut self, l: Label) {
        self.labels[l.0 as usize] = self.ops.len() as u32;
        self.last_label_at = self.ops.len();
    }

    /// Emits a jump-like instruction whose target is `l` (patched in `finish`).
    pub fn emit_jump(&mut self, make: fn(u32) -> Op, l: Label) {
        self.emit(make(l.0));
    }

    pub fn add_const(&mut self, c: Const) -> u32 {
        /// The same constant: floats by their bits (so `-0.0` stays apart from `0.0`, also
        /// inside tuples), `1` apart from `True` and `1.0`, code objects never merged.
        fn same(a: &Const, b: &Const) -> bool {
            match (a, b) {
                (Const::Float(x), Const::Float(y)) => x.to_bits() == y.to_bits(),
                (Const::Tuple(x), Const::Tuple(y)) | (Const::FrozenSet(x), Const::FrozenSet(y)) => {
                    x.len() == y.len() && x.iter().zip(y).all(|(p, q)| same(p, q))
                }
                (Const::Code(_), _) | (_, Const::Code(_)) => false,
                _ => a == b,
            }
        }
        if let Some(i) = self.consts.iter().position(|x| same(x, &c)) {
            return i as u32;
        }
        self.consts.push(c);
        self.consts.len() as u32 - 1
    }

    pub fn name_index(&mut self, name: &str) -> u32 {
        let (i, _) = self.names.insert_full(Rc::from(name));
        i as u32
    }

    pub fn emit_load_const(&mut self, c: Const) {
        match c {
            Const::None => self.emit(Op::LoadNone),
            Const::Int(crate::syntax::token::IntLit::Small(i)) if i32::try_from(i).is_ok() => {
                self.emit(Op::LoadSmallInt(i as i32))
            }
            c => {
                let i = self.add_const(c);
                self.emit(Op::LoadConst(i));
            }
        }
    }

    pub fn emit_return_none(&mut self) {
        self.emit(Op::LoadNone);
        self.emit(Op::Return);
    }

    pub fn load_name(&mut self, name: &str) {
        match self.scope().resolve(name) {
            NameRef::Fast(i) => self.emit(Op::LoadFast(i)),
            NameRef::Deref(i) => self.emit(Op::LoadDeref(i)),
            NameRef::Global => {
                let i = self.name_index(name);
                self.emit(Op::LoadGlobal(i));
            }
            NameRef::Name => {
                let i = self.name_index(name);
                self.emit(Op::LoadName(i));
            }
        }
    }

    pub fn store_name(&mut self, name: &str) {
        match self.scope().resolve(name) {
            NameRef::Fast(i) => self.emit(Op::StoreFast(i)),
            NameRef::Deref(i) => self.emit(Op::StoreDeref(i)),
            NameRef::Global => {
                let i = self.name_index(name);
                self.emit(Op::StoreGlobal(i));
            }
            NameRef::Name => {
                let i = self.name_index(name);
                self.emit(Op::StoreName(i));
            }
        }
    }

    pub fn delete_name(&mut self, name: &str) -> Result<(), CompileError> {
        match self.scope().resolve(name) {
            NameRef::Fast(i) => self.emit(Op::DeleteFast(i)),
            NameRef::Deref(_) => {
                return Err(CompileError::new(
                    self.span,
                    "deleting captured variables is not supported yet",
                ));
            }
            NameRef::Global => {
                let i = self.name_index(name);
                self.emit(Op::DeleteGlobal(i));
            }
            NameRef::Name => {
                let i = self.name_index(name);
                self.emit(Op::DeleteName(i));
            }
        }
        Ok(())
    }

    /// Builds the finished code object, resolving labels.
    /// Jump threading, as CPython's compiler does: a jump whose target is another jump goes
    /// straight to where that one leads. `a and b` in a condition thus tests `a` once (one
    /// `__bool__` call, as in CPython) and jumps once.
    fn thread_jumps(&mut self) {
        for at in 0..self.ops.len() {
            // Bounded, so a cycle of jumps (`while True: pass`) cannot loop here.
            for _ in 0..8 {
                let op = self.ops[at];
                let Some(t) = op.target() else { break };
                let Some(&next) = self.ops.get(t as usize) else {
                    break;
                };
                let threaded = match (op, next) {
                    (Op::Jump(_), Op::Jump(t2)) => Op::Jump(t2),
                    // `x and y`, falsy `x`: the target tests `x` again.
                    (Op::JumpIfFalseOrPop(_), Op::PopJumpIfFalse(t2)) => Op::PopJumpIfFalse(t2),
                    (Op::JumpIfFalseOrPop(_), Op::JumpIfFalseOrPop(t2)) => Op::JumpIfFalseOrPop(t2),
                    (Op::JumpIfFalseOrPop(_), Op::PopJumpIfTrue(_)) => Op::PopJumpIfFalse(t + 1),
                    (Op::JumpIfTrueOrPop(_), Op::PopJumpIfTrue(t2)) => Op::PopJumpIfTrue(t2),
                    (Op::JumpIfTrueOrPop(_), Op::JumpIfTrueOrPop(t2)) => Op::JumpIfTrueOrPop(t2),
                    (Op::JumpIfTrueOrPop(_), Op::PopJumpIfFalse(_)) => Op::PopJumpIfTrue(t + 1),
                    _ => break,
                };
                if threaded == op {
                    break;
                }
                self.ops[at] = threaded;
            }
        }
    }

    pub fn finish(mut self) -> Code {
        for op in &mut self.ops {
            if let Some(label) = op.target() {
                let pc = self.labels[label as usize];
                debug_assert_ne!(pc, UNPLACED, "unplaced label");
                op.set_target(pc);
            }
        }
        self.thread_jumps();
        for (at, op) in self.ops.iter_mut().enumerate() {
            // Loops close with a backward jump: its own opcode, a checkpoint.
            if let Op::Jump(t) = *op
                && t as usize <= at
            {
                *op = Op::JumpBack(t);
            }
        }
        let scope = self.scope();
        let varnames: Vec<Rc<str>> = scope.locals.iter().map(|s| Rc::from(s.as_str())).collect();
        let cellvars: Vec<Rc<str>> = scope.cells.iter().map(|s| Rc::from(s.as_str())).collect();
        let freevars: Vec<Rc<str>> = scope.frees.iter().map(|s| Rc::from(s.as_str())).collect();
        let nparams =
            (self.argcount + self.kwonlyargcount + self.varargs as u32 + self.varkeywords as u32)
                as usize;
        let cell_params = scope
            .cells
            .iter()
            .enumerate()
            .filter_map(|(ci, name)| {
                scope
                    .locals
                    .get_index_of(name)
                    .filter(|&li| li < nparams)
                    .map(|li| (li as u32, ci as u32))
            })
            .collect();
        Code {
            doc: self.doc,
            name: self.name,
            qualname: self.qualname,
            filename: self.ctx.filename.clone(),
            source: self.ctx.source.clone(),
            kind: self.kind,
            ops: self.ops,
            spans: self.spans,
            consts: self.consts,
            names: self.names.into_iter().collect(),
            varnames,
            cellvars,
            freevars,
            cell_params,
            argcount: self.argcount,
            posonlyargcount: self.posonlyargcount,
            kwonlyargcount: self.kwonlyargcount,
            varargs: self.varargs,
            varkeywords: self.varkeywords,
            stacksize: 16,
            firstline: self.firstline,
            def_span: self.def_span,
            simple_call: self.kind == CodeKind::Function
                && self.kwonlyargcount == 0
                && !self.varargs
                && !self.varkeywords
                && scope.cells.is_empty()
                && scope.frees.is_empty(),
        }
    }
}
