//! Expression code generation.

use super::error::CompileError;
use super::symtable::{NameRef, ScopeKey, TAG_LAMBDA, key_of};
use super::unit::Unit;
use crate::bytecode::{CodeKind, Const, Op};
use crate::syntax::ast::*;
use crate::syntax::token::IntLit;
use std::rc::Rc;

type R = Result<(), CompileError>;

impl Unit<'_> {
    /// Compiles `test` as a branch (CPython's `compiler_jump_if`): jumps to `to` when its
    /// truth is `when` and falls through otherwise. `not`, `and` and `or` become jumps, so each
    /// operand's truth is tested once (one `__bool__` call, as in CPython) and no bool is built.
    pub fn jump_if(&mut self, test: &Expr, when: bool, to: super::unit::Label) -> R {
        match &test.kind {
            ExprKind::UnaryOp {
                op: UnaryOp::Not,
                operand,
            } => self.jump_if(operand, !when, to),
            ExprKind::BoolOp { op, values } => {
                let (last, first) = values.split_last().expect("a bool op has operands");
                if (*op == BoolOp::Or) == when {
                    // Any operand decides: `a or b` jumping when true, `a and b` when false.
                    for v in first {
                        self.jump_if(v, when, to)?;
                    }
                } else {
                    // Every operand must agree: one that does not skips the jump.
                    let skip = self.new_label();
                    for v in first {
                        self.jump_if(v, !when, skip)?;
                    }
                    self.jump_if(last, when, to)?;
                    self.place(skip);
                    return Ok(());
                }
                self.jump_if(last, when, to)
            }
            _ => {
                self.expr(test)?;
                self.emit_jump(
                    if when {
                        Op::PopJumpIfTrue
                    } else {
                        Op::PopJumpIfFalse
                    },
                    to,
                );
                Ok(())
            }
        }
    }

    pub fn expr(&mut self, e: &Expr) -> R {
        let saved = self.span;
        self.span = e.span;
        self.expr_inner(e)?;
        self.span = saved;
        Ok(())
    }

    fn expr_inner(&mut self, e: &Expr) -> R {
        match &e.kind {
            ExprKind::Constant(c) => self.constant(e.span, c)?,
            ExprKind::Name(n) => self.load_name(n),
            ExprKind::BinOp { left, op, right } => {
                self.expr(left)?;
                self.expr(right)?;
                self.emit(Op::Binary {
                    op: *op,
                    inplace: false,
                });
            }
            ExprKind::UnaryOp {
                op: UnaryOp::USub,
                operand,
            } if negated_literal(operand).is_some() => {
                // `-1.5`, `-3`: a constant, as CPython folds it.
                let c = negated_literal(operand).expect("checked by the guard");
                self.emit_load_const(c);
            }
            ExprKind::UnaryOp { op, operand } => {
                self.expr(operand)?;
                self.emit(match op {
                    UnaryOp::Not => Op::UnaryNot,
                    UnaryOp::USub => Op::UnaryNegative,
                    UnaryOp::UAdd => Op::UnaryPositive,
                    UnaryOp::Invert => Op::UnaryInvert,
                });
            }
            ExprKind::BoolOp { op, values } => {
                let end = self.new_label();
                let jump = match op {
                    BoolOp::And => Op::JumpIfFalseOrPop,
                    BoolOp::Or => Op::JumpIfTrueOrPop,
                };
                for (i, v) in values.iter().enumerate() {
                    self.expr(v)?;
                    if i + 1 < values.len() {
                        self.emit_jump(jump, end);
                    }
                }
                self.place(end);
            }
            ExprKind::Compare {
                left,
                ops,
                comparators,
            } => self.compare(left, ops, comparators)?,
            ExprKind::IfExp { test, body, orelse } => {
                let else_l = self.new_label();
                let end = self.new_label();
                self.jump_if(test, false, else_l)?;
                self.expr(body)?;
                self.emit_jump(Op::Jump, end);
                self.place(else_l);
                self.expr(orelse)?;
                self.place(end);
            }
            ExprKind::Call {
                func,
                args,
                keywords,
            } => self.call(func, args, keywords)?,
            ExprKind::Attribute { value, attr } => {
                self.expr(value)?;
                let i = self.name_index(attr);
                self.emit(Op::LoadAttr(i));
            }
            ExprKind::Subscript { value, slice } => {
                self.expr(value)?;
                self.expr(slice)?;
                self.emit(Op::Subscript);
            }
            ExprKind::Slice { lower, upper, step } => {
                for part in [lower, upper] {
                    match part {
                        Some(x) => self.expr(x)?,
                        None => self.emit(Op::LoadNone),
                    }
                }
                match step {
                    Some(s) => {
                        self.expr(s)?;
                        self.emit(Op::BuildSlice(3));
                    }
                    None => self.emit(Op::BuildSlice(2)),
                }
            }
            ExprKind::List(items) => self.sequence(items, Op::BuildList, false)?,
            ExprKind::Tuple(items) => {
                if let Some(c) = const_tuple(items) {
                    self.emit_load_const(c);
                } else {
                    self.sequence(items, Op::BuildTuple, true)?;
                }
            }
            ExprKind::Dict { keys, values } => {
                let simple = keys.iter().all(Option::is_some);
                if simple {
                    for (k, v) in keys.iter().zip(values) {
                        self.expr(k.as_ref().unwrap())?;
                        self.expr(v)?;
                    }
                    self.emit(Op::BuildMap(keys.len() as u32));
                } else {
                    self.emit(Op::BuildMap(0));
                    for (k, v) in keys.iter().zip(values) {
                        match k {
                            Some(k) => {
                                self.expr(k)?;
                                self.expr(v)?;
                                self.emit(Op::MapAdd(1));
                            }
                            None => {
                                self.expr(v)?;
                                self.emit(Op::DictUpdate);
                            }
                        }
                    }
                }
            }
            ExprKind::JoinedStr(values) => {
                for v in values {
                    self.expr(v)?;
                }
                if values.len() != 1 || !matches!(values[0].kind, ExprKind::FormattedValue { .. }) {
                    self.emit(Op::BuildString(values.len() as u32));
                }
            }
            ExprKind::FormattedValue {
                value,
                conversion,
                format_spec,
            } => {
                self.expr(value)?;
                if let Some(spec) = format_spec {
                    self.expr(spec)?;
                }
                self.emit(Op::FormatValue {
                    conv: conversion.map_or(0, |c| c as u8),
                    spec: format_spec.is_some(),
                });
            }
            ExprKind::Await(value) => {
                if !self.scope().is_async {
                    let msg = if self.kind == CodeKind::Module {
                        "'await' outside function"
                    } else {
                        "'await' outside async function"
                    };
                    return Err(CompileError::new(e.span, msg));
                }
                self.expr(value)?;
                self.emit(Op::Await);
            }
            ExprKind::NamedExpr { target, value } => {
                self.expr(value)?;
                self.emit(Op::DupTop);
                let ExprKind::Name(n) = &target.kind else {
                    return Err(CompileError::new(
                        target.span,
                        "cannot use assignment expressions with this target",
                    ));
                };
                self.store_name(n);
            }
            ExprKind::Lambda { args, body } => {
                let key = key_of(e.span, TAG_LAMBDA);
                self.make_function(key, "<lambda>", args, CodeKind::Function, 0, |u| {
                    u.expr(body)?;
                    u.emit(Op::Return);
                    Ok(())
                })?;
            }
            ExprKind::ListComp { elt, generators } => {
                self.comprehension(e, generators, "<listcomp>", |u, depth| {
                    u.expr(elt)?;
                    u.emit(Op::ListAppend(depth));
                    Ok(())
                })?
            }
            ExprKind::DictComp {
                key,
                value,
                generators,
            } => self.comprehension(e, generators, "<dictcomp>", |u, depth| {
                u.expr(key)?;
                u.expr(value)?;
                u.emit(Op::MapAdd(depth));
                Ok(())
            })?,
            ExprKind::Starred(_) => {
                return Err(CompileError::new(
                    e.span,
                    "can't use starred expression here",
                ));
            }
            ExprKind::Set(items) => {
                // Three or more constants: CPython builds the set from a constant frozenset,
                // which decides its table layout and so its order.
                if items.len() > 2
                    && let Some(Const::Tuple(consts)) = const_tuple(items)
                {
                    self.emit(Op::BuildSet(0));
                    self.emit_load_const(Const::FrozenSet(consts));
                    self.emit(Op::SetUpdate);
                } else if items.iter().any(|e| matches!(e.kind, ExprKind::Starred(_))) {
                    self.emit(Op::BuildSet(0));
                    for i in items {
                        match &i.kind {
                            ExprKind::Starred(inner) => {
                                self.expr(inner)?;
                                self.emit(Op::SetUpdate);
                            }
                            _ => {
                                self.expr(i)?;
                                self.emit(Op::SetAdd(1));
                            }
                        }
                    }
                } else {
                    for i in items {
                        self.expr(i)?;
                    }
                    self.emit(Op::BuildSet(items.len() as u32));
                }
            }
            ExprKind::SetComp { elt, generators } => {
                self.comprehension(e, generators, "<setcomp>", |u, depth| {
                    u.expr(elt)?;
                    u.emit(Op::SetAdd(depth));
                    Ok(())
                })?
            }
            ExprKind::GeneratorExp { elt, generators } => {
                self.comprehension(e, generators, "<genexpr>", |u, _| {
                    u.expr(elt)?;
                    u.emit(Op::YieldValue);
                    u.emit(Op::PopTop);
                    Ok(())
                })?
            }
            ExprKind::Yield(value) => {
                self.check_yield_allowed(e)?;
                match value {
                    Some(v) => self.expr(v)?,
                    None => self.emit(Op::LoadNone),
                }
                self.span = e.span;
                self.emit(Op::YieldValue);
            }
            ExprKind::YieldFrom(value) => {
                self.check_yield_allowed(e)?;
                self.expr(value)?;
                self.span = e.span;
                self.emit(Op::GetYieldFromIter);
                self.emit(Op::LoadNone);
                self.emit(Op::YieldFrom);
            }
        }
        Ok(())
    }

    /// `yield` is allowed in function bodies only (not at module level, in class bodies or
    /// comprehensions); `yield from` not in `async def`.
    fn check_yield_allowed(&self, e: &Expr) -> R {
        let what = if matches!(e.kind, ExprKind::YieldFrom(_)) {
            "'yield from'"
        } else {
            "'yield'"
        };
        let scope = self.scope();
        if scope.is_comprehension {
            let kind = if self.name.as_ref() == "<genexpr>" {
                "generator expression"
            } else {
                "comprehension"
            };
            return Err(CompileError::new(e.span, format!("{what} inside {kind}")));
        }
        match self.kind {
            CodeKind::Module | CodeKind::ClassBody => Err(CompileError::new(
                e.span,
                format!("{what} outside function"),
            )),
            CodeKind::Coroutine | CodeKind::AsyncGenerator
                if matches!(e.kind, ExprKind::YieldFrom(_)) =>
            {
                Err(CompileError::new(
                    e.span,
                    "'yield from' inside async function",
                ))
            }
            _ => Ok(()),
        }
    }

    fn constant(&mut self, span: Span, c: &Constant) -> R {
        let k = match c {
            Constant::None => Const::None,
            Constant::Bool(b) => Const::Bool(*b),
            Constant::Int(i) => Const::Int(i.clone()),
            Constant::Float(f) => Const::Float(*f),
            Constant::Str(s) => Const::Str(Rc::from(s.as_str())),
            Constant::Bytes(b) => Const::Bytes(Rc::from(b.as_slice())),
            Constant::Ellipsis => Const::Ellipsis,
            Constant::Imag(_) => {
                return Err(CompileError::new(
                    span,
                    "complex numbers are not supported yet",
                ));
            }
        };
        self.emit_load_const(k);
        Ok(())
    }

    /// Chained comparisons evaluate each middle operand once and stop at the first false.
    fn compare(&mut self, left: &Expr, ops: &[CmpOp], comparators: &[Expr]) -> R {
        self.expr(left)?;
        if ops.len() == 1 {
            self.expr(&comparators[0])?;
            self.emit(Op::Compare(ops[0]));
            return Ok(());
        }
        let cleanup = self.new_label();
        let end = self.new_label();
        for (i, (op, c)) in ops.iter().zip(comparators).enumerate() {
            self.expr(c)?;
            if i + 1 < ops.len() {
                self.emit(Op::DupTop);
                self.emit(Op::RotThree);
                self.emit(Op::Compare(*op));
                self.emit_jump(Op::JumpIfFalseOrPop, cleanup);
            } else {
                self.emit(Op::Compare(*op));
                self.emit_jump(Op::Jump, end);
            }
        }
        self.place(cleanup);
        self.emit(Op::RotTwo);
        self.emit(Op::PopTop);
        self.place(end);
        Ok(())
    }

    /// List/tuple displays, with `*x` unpacking.
    fn sequence(&mut self, items: &[Expr], build: fn(u32) -> Op, tuple: bool) -> R {
        if !items.iter().any(|e| matches!(e.kind, ExprKind::Starred(_))) {
            for i in items {
                self.expr(i)?;
            }
            self.emit(build(items.len() as u32));
            return Ok(());
        }
        self.emit(Op::BuildList(0));
        for i in items {
            match &i.kind {
                ExprKind::Starred(inner) => {
                    self.expr(inner)?;
                    self.emit(Op::ListExtend);
                }
                _ => {
                    self.expr(i)?;
                    self.emit(Op::ListAppend(1));
                }
            }
        }
        if tuple {
            self.emit(Op::ListToTuple);
        }
        Ok(())
    }

    fn call(&mut self, func: &Expr, args: &[Expr], keywords: &[Keyword]) -> R {
        let call_span = self.span;
        // Zero-argument `super()` in a method: `super(__class__, <first parameter>)`.
        if let ExprKind::Name(n) = &func.kind
            && n == "super"
            && args.is_empty()
            && keywords.is_empty()
            && self.scope().frees.contains("__class__")
        {
            if self.argcount == 0 {
                return Err(CompileError::new(call_span, "super(): no arguments"));
            }
            self.load_name("super");
            self.load_name("__class__");
            self.emit(Op::LoadFast(0));
            self.span = call_span;
            self.emit(Op::Call(2));
            return Ok(());
        }
        let starred = args.iter().any(|a| matches!(a.kind, ExprKind::Starred(_)))
            || keywords.iter().any(|k| k.arg.is_none());
        if starred {
            self.expr(func)?;
            match args {
                // `f(*x)`: `x` itself goes to the call, which reports a non-iterable as
                // CPython does ("f() argument after * must be an iterable").
                [
                    Expr {
                        kind: ExprKind::Starred(inner),
                        ..
                    },
                ] => self.expr(inner)?,
                _ => self.sequence(args, Op::BuildTuple, true)?,
            }
            if !keywords.is_empty() {
                self.emit(Op::BuildMap(0));
                // Keywords after a `**` are merged one by one, so duplicates are caught.
                let mut merging = false;
                for k in keywords {
                    match &k.arg {
                        Some(name) => {
                            self.emit_load_const(Const::Str(Rc::from(name.as_str())));
                            self.expr(&k.value)?;
                            if merging {
                                self.emit(Op::BuildMap(1));
                                self.emit(Op::DictMerge);
                            } else {
                                self.emit(Op::MapAdd(1));
                            }
                        }
                        None => {
                            self.expr(&k.value)?;
                            self.span = k.value.span;
                            self.emit(Op::DictMerge);
                            merging = true;
                        }
                    }
                }
            }
            self.span = call_span;
            self.emit(Op::CallEx {
                kwargs: !keywords.is_empty(),
            });
            return Ok(());
        }
        if let ExprKind::Attribute { value, attr } = &func.kind
            && keywords.is_empty()
        {
            self.expr(value)?;
            let i = self.name_index(attr);
            self.span = func.span;
            self.emit(Op::LoadMethod(i));
            for a in args {
                self.expr(a)?;
            }
            self.span = call_span;
            self.emit(Op::CallMethod(args.len() as u32));
            return Ok(());
        }
        self.expr(func)?;
        for a in args {
            self.expr(a)?;
        }
        for k in keywords {
            self.expr(&k.value)?;
        }
        self.span = call_span;
        if keywords.is_empty() {
            self.emit(Op::Call(args.len() as u32));
        } else {
            let names = Const::Tuple(
                keywords
                    .iter()
                    .map(|k| Const::Str(Rc::from(k.arg.as_deref().unwrap_or(""))))
                    .collect(),
            );
            let names = self.add_const(names);
            self.emit(Op::CallKw {
                argc: (args.len() + keywords.len()) as u32,
                names,
            });
        }
        Ok(())
    }

    /// Compiles a nested function body into a code constant and emits `MakeFunction` (with
    /// defaults and closure cells).
    pub fn make_function(
        &mut self,
        key: ScopeKey,
        name: &str,
        args: &Arguments,
        kind: CodeKind,
        line: u32,
        body: impl FnOnce(&mut Unit) -> R,
    ) -> R {
        let has_defaults = !args.defaults.is_empty();
        if has_defaults {
            for d in &args.defaults {
                self.expr(d)?;
            }
            self.emit(Op::BuildTuple(args.defaults.len() as u32));
        }
        let kw: Vec<(&Arg, &Expr)> = args
            .kwonlyargs
            .iter()
            .zip(&args.kw_defaults)
            .filter_map(|(a, d)| d.as_ref().map(|d| (a, d)))
            .collect();
        if !kw.is_empty() {
            for (a, d) in &kw {
                self.emit_load_const(Const::Str(Rc::from(a.name.as_str())));
                self.expr(d)?;
            }
            self.emit(Op::BuildMap(kw.len() as u32));
        }
        let scope_id = self.ctx.table.by_key[&key];
        let qualname: std::rc::Rc<str> = std::rc::Rc::from(self.child_qualname(name).as_str());
        let mut inner = Unit::new(self.ctx, scope_id, name, qualname, kind, line);
        inner.span = self.span;
        inner.def_span = self.span;
        inner.argcount = (args.posonlyargs.len() + args.args.len()) as u32;
        inner.posonlyargcount = args.posonlyargs.len() as u32;
        inner.kwonlyargcount = args.kwonlyargs.len() as u32;
        inner.varargs = args.vararg.is_some();
        inner.varkeywords = args.kwarg.is_some();
        body(&mut inner)?;
        let code = inner.finish();
        self.emit_closure_and_make(code, has_defaults, !kw.is_empty())
    }

    pub fn emit_closure_and_make(
        &mut self,
        code: crate::bytecode::Code,
        defaults: bool,
        kwdefaults: bool,
    ) -> R {
        let closure = !code.freevars.is_empty();
        if closure {
            for name in &code.freevars {
                match self.scope().resolve(name) {
                    NameRef::Deref(i) => self.emit(Op::LoadClosure(i)),
                    _ => {
                        return Err(CompileError::new(
                            self.span,
                            format!("internal error: free variable '{name}' not found"),
                        ));
                    }
                }
            }
            self.emit(Op::BuildTuple(code.freevars.len() as u32));
        }
        let c = self.add_const(Const::Code(Rc::new(code)));
        self.emit(Op::MakeFunction {
            code: c,
            defaults,
            kwdefaults,
            closure,
        });
        Ok(())
    }
}

/// `-literal` as a constant, for an int that stays small or a float.
fn negated_literal(operand: &Expr) -> Option<Const> {
    match &operand.kind {
        ExprKind::Constant(Constant::Int(IntLit::Small(n))) if *n != i64::MIN => {
            Some(Const::Int(IntLit::Small(-n)))
        }
        ExprKind::Constant(Constant::Float(f)) => Some(Const::Float(-f)),
        _ => None,
    }
}

fn const_tuple(items: &[Expr]) -> Option<Const> {
    if items.is_empty() {
        return Some(Const::Tuple(vec![]));
    }
    let mut out = Vec::with_capacity(items.len());
    for i in items {
        out.push(match &i.kind {
            ExprKind::Constant(Constant::None) => Const::None,
            ExprKind::Constant(Constant::Bool(b)) => Const::Bool(*b),
            ExprKind::Constant(Constant::Int(n)) => Const::Int(n.clone()),
            ExprKind::Constant(Constant::Float(f)) => Const::Float(*f),
            ExprKind::Constant(Constant::Str(s)) => Const::Str(Rc::from(s.as_str())),
            ExprKind::Constant(Constant::Bytes(b)) => Const::Bytes(Rc::from(b.as_slice())),
            ExprKind::Tuple(inner) => const_tuple(inner)?,
            ExprKind::UnaryOp {
                op: UnaryOp::USub,
                operand,
            } => negated_literal(operand)?,
            _ => return None,
        });
    }
    Some(Const::Tuple(out))
}
