//! Statement code generation. Each function's doc line names the grammar rule it compiles.

use super::error::CompileError;
use super::symtable::{TAG_CLASS, TAG_FUNCTION, key_of};
use super::unit::{FBlock, Unit};
use crate::bytecode::{CodeKind, Op};
use crate::syntax::ast::*;

type R = Result<(), CompileError>;

impl Unit<'_> {
    /// May `async for` / `async with` appear here: in a coroutine body, or at the top level of
    /// a REPL input compiled with top-level `await`.
    fn async_allowed(&self) -> bool {
        matches!(self.kind, CodeKind::Coroutine | CodeKind::AsyncGenerator)
            || (self.kind == CodeKind::Module && self.scope().is_async)
    }

    pub fn body(&mut self, body: &[Stmt]) -> R {
        for s in body {
            self.stmt(s)?;
        }
        Ok(())
    }

    pub fn stmt(&mut self, s: &Stmt) -> R {
        self.span = s.span;
        match &s.kind {
            StmtKind::Expr(e) => {
                self.expr(e)?;
                self.span = s.span;
                if self.interactive && self.kind == CodeKind::Module {
                    self.emit(Op::PrintExpr);
                } else {
                    self.emit(Op::PopTop);
                }
            }
            StmtKind::Assign { targets, value } => {
                self.check_assign_targets(targets)?;
                self.expr(value)?;
                for (i, t) in targets.iter().enumerate() {
                    if i + 1 < targets.len() {
                        self.emit(Op::DupTop);
                    }
                    self.store_target(t)?;
                }
            }
            StmtKind::AugAssign { target, op, value } => self.aug_assign(target, *op, value)?,
            StmtKind::AnnAssign {
                target,
                annotation,
                value,
            } => self.ann_assign(target, annotation, value.as_ref())?,
            StmtKind::If { test, body, orelse } => {
                let else_l = self.new_label();
                let end = self.new_label();
                self.jump_if(test, false, else_l)?;
                self.body(body)?;
                if !orelse.is_empty() {
                    self.span = s.span;
                    self.emit_jump(Op::Jump, end);
                }
                self.place(else_l);
                self.body(orelse)?;
                self.place(end);
            }
            StmtKind::While { test, body, orelse } => self.while_stmt(test, body, orelse)?,
            StmtKind::For {
                is_async,
                target,
                iter,
                body,
                orelse,
            } => {
                if *is_async {
                    if !self.async_allowed() {
                        return Err(CompileError::new(
                            s.span,
                            "'async for' outside async function",
                        ));
                    }
                    for st in super::with::desugar_async_for(s.span, target, iter, body, orelse) {
                        self.stmt(&st)?;
                    }
                } else {
                    self.for_stmt(target, iter, body, orelse)?
                }
            }
            StmtKind::Pass => {}
            StmtKind::Break => self.break_stmt(s.span)?,
            StmtKind::Continue => self.continue_stmt(s.span)?,
            StmtKind::Return(v) => self.return_stmt(s.span, v.as_ref())?,
            StmtKind::FunctionDef(f) => self.function_def(s, f)?,
            StmtKind::Raise { exc, cause } => {
                let mut n = 0;
                if let Some(e) = exc {
                    self.expr(e)?;
                    n = 1;
                    if let Some(c) = cause {
                        self.expr(c)?;
                        n = 2;
                    }
                }
                self.span = s.span;
                self.emit(Op::Raise(n));
            }
            StmtKind::Try {
                body,
                handlers,
                orelse,
                finalbody,
            } if handlers.iter().any(|h| h.star) => {
                if handlers.iter().any(|h| !h.star) {
                    return Err(CompileError::new(
                        s.span,
                        "cannot have both 'except' and 'except*' on the same 'try'",
                    ));
                }
                for h in handlers {
                    if let Some(span) = super::trystar::jump_out(&h.body, false) {
                        return Err(CompileError::new(
                            span,
                            "'break', 'continue' and 'return' cannot appear in an except* block",
                        ));
                    }
                }
                let plain = super::trystar::desugar(s.span, body, handlers, orelse, finalbody);
                self.stmt(&plain)?;
            }
            StmtKind::Try {
                body,
                handlers,
                orelse,
                finalbody,
            } => {
                if finalbody.is_empty() {
                    self.try_except(body, handlers, orelse)?;
                } else {
                    self.try_finally(s, body, handlers, orelse, finalbody)?;
                }
            }
            StmtKind::Assert { test, msg } => {
                let end = self.new_label();
                self.jump_if(test, true, end)?;
                self.span = s.span;
                self.load_name("AssertionError");
                if let Some(m) = msg {
                    self.expr(m)?;
                    self.span = s.span;
                    self.emit(Op::Call(1));
                }
                self.emit(Op::Raise(1));
                self.place(end);
            }
            StmtKind::Import(names) => {
                for a in names {
                    // `import a.b.c` imports `a`, then `a.b`, then `a.b.c` (`ImportName` pushes
                    // the module it names), and binds `a`; `import a.b as c` binds `a.b` itself.
                    let parts: Vec<&str> = a.name.split('.').collect();
                    for k in 1..parts.len() {
                        let i = self.name_index(&parts[..k].join("."));
                        self.emit(Op::ImportName(i));
                        self.emit(Op::PopTop);
                    }
                    let i = self.name_index(&a.name);
                    self.emit(Op::ImportName(i));
                    match &a.asname {
                        Some(as_name) => self.store_name(as_name),
                        None => {
                            if parts.len() > 1 {
                                self.emit(Op::PopTop);
                                let i = self.name_index(parts[0]);
                                self.emit(Op::ImportName(i));
                            }
                            self.store_name(parts[0])
                        }
                    }
                }
            }
            StmtKind::ImportFrom {
                module,
                names,
                level,
            } => {
                if *level > 0 {
                    return Err(CompileError::new(
                        s.span,
                        "relative imports are not supported yet",
                    ));
                }
                let i = self.name_index(&format!("{module}\0from"));
                self.emit(Op::ImportName(i));
                if names.len() == 1 && names[0].name == "*" {
                    if !self.scope().is_module {
                        return Err(CompileError::new(
                            s.span,
                            "import * only allowed at module level",
                        ));
                    }
                    self.emit(Op::ImportStar);
                } else {
                    for a in names {
                        let j = self.name_index(&a.name);
                        self.emit(Op::ImportFrom(j));
                        self.store_name(a.asname.as_ref().unwrap_or(&a.name));
                    }
                    self.emit(Op::PopTop);
                }
            }
            StmtKind::Global(_) | StmtKind::Nonlocal(_) => {}
            StmtKind::Delete(targets) => {
                for t in targets {
                    self.delete_target(t)?;
                }
            }
            StmtKind::With { is_async: true, .. } if !self.async_allowed() => {
                return Err(CompileError::new(
                    s.span,
                    "'async with' outside async function",
                ));
            }
            StmtKind::With {
                items,
                body,
                is_async,
            } => {
                for st in super::with::desugar(s.span, items, body, *is_async) {
                    self.stmt(&st)?;
                }
            }
            StmtKind::ClassDef(c) => self.class_def(s, c)?,
            StmtKind::Error => return Err(CompileError::new(s.span, "invalid syntax")),
        }
        Ok(())
    }

    /// while_stmt: 'while' named_expression ':' block [else_block]
    fn while_stmt(&mut self, test: &Expr, body: &[Stmt], orelse: &[Stmt]) -> R {
        let start = self.new_label();
        let else_l = self.new_label();
        let end = self.new_label();
        self.place(start);
        self.jump_if(test, false, else_l)?;
        self.fblocks.push(FBlock::While { start, end });
        self.body(body)?;
        self.fblocks.pop();
        self.emit_jump(Op::Jump, start);
        self.place(else_l);
        self.body(orelse)?;
        self.place(end);
        Ok(())
    }

    /// for_stmt: 'for' star_targets 'in' star_expressions ':' block [else_block]
    fn for_stmt(&mut self, target: &Expr, iter: &Expr, body: &[Stmt], orelse: &[Stmt]) -> R {
        let start = self.new_label();
        let exhausted = self.new_label();
        let end = self.new_label();
        self.expr(iter)?;
        self.span = iter.span;
        self.emit(Op::GetIter);
        self.place(start);
        self.emit_jump(Op::ForIter, exhausted);
        self.store_target(target)?;
        self.fblocks.push(FBlock::For { start, end });
        self.body(body)?;
        self.fblocks.pop();
        self.emit_jump(Op::Jump, start);
        self.place(exhausted);
        self.body(orelse)?;
        self.place(end);
        Ok(())
    }

    /// Emits the clean-up for leaving the innermost `upto` fblocks early (`return`, `break`,
    /// `continue`): pops handler blocks and runs pending `finally` bodies inline.
    fn unwind_fblocks(&mut self, upto: usize, preserve_tos: bool) -> R {
        let mut i = self.fblocks.len();
        while i > upto {
            i -= 1;
            match self.fblocks[i].clone() {
                FBlock::While { .. } => {}
                FBlock::For { .. } => {
                    if !preserve_tos {
                        self.emit(Op::PopTop);
                    }
                }
                FBlock::TryExcept => self.emit(Op::PopBlock),
                FBlock::HandlerBody => self.emit(Op::PopExcept),
                FBlock::FinallyExc => {
                    if preserve_tos {
                        self.emit(Op::RotTwo);
                    }
                    self.emit(Op::PopTop);
                    self.emit(Op::PopExcept);
                }
                FBlock::TryFinally(finalbody) => {
                    self.emit(Op::PopBlock);
                    // The final body runs outside the block it protects.
                    let saved = self.fblocks.split_off(i);
                    let span = self.span;
                    self.body(&finalbody)?;
                    self.span = span;
                    self.fblocks.extend(saved);
                }
            }
        }
        Ok(())
    }

    fn innermost_loop(&self) -> Option<usize> {
        self.fblocks
            .iter()
            .rposition(|b| matches!(b, FBlock::While { .. } | FBlock::For { .. }))
    }

    fn break_stmt(&mut self, span: Span) -> R {
        let Some(i) = self.innermost_loop() else {
            return Err(CompileError::new(span, "'break' outside loop"));
        };
        self.unwind_fblocks(i + 1, false)?;
        match self.fblocks[i] {
            FBlock::For { end, .. } => {
                self.emit(Op::PopTop);
                self.emit_jump(Op::Jump, end);
            }
            FBlock::While { end, .. } => self.emit_jump(Op::Jump, end),
            _ => unreachable!(),
        }
        Ok(())
    }

    fn continue_stmt(&mut self, span: Span) -> R {
        let Some(i) = self.innermost_loop() else {
            return Err(CompileError::new(span, "'continue' not properly in loop"));
        };
        self.unwind_fblocks(i + 1, false)?;
        match self.fblocks[i] {
            FBlock::For { start, .. } | FBlock::While { start, .. } => {
                self.emit_jump(Op::Jump, start)
            }
            _ => unreachable!(),
        }
        Ok(())
    }

    fn return_stmt(&mut self, span: Span, value: Option<&Expr>) -> R {
        if self.kind == CodeKind::Module {
            return Err(CompileError::new(span, "'return' outside function"));
        }
        if value.is_some() && self.kind == CodeKind::AsyncGenerator {
            return Err(CompileError::new(
                span,
                "'return' with value in async generator",
            ));
        }
        match value {
            Some(v) => self.expr(v)?,
            None => self.emit(Op::LoadNone),
        }
        self.span = span;
        self.unwind_fblocks(0, true)?;
        self.emit(Op::Return);
        Ok(())
    }

    /// try_stmt with except handlers and no finally.
    fn try_except(&mut self, body: &[Stmt], handlers: &[ExceptHandler], orelse: &[Stmt]) -> R {
        let handler_l = self.new_label();
        let end = self.new_label();
        self.emit_jump(Op::SetupExcept, handler_l);
        self.fblocks.push(FBlock::TryExcept);
        self.body(body)?;
        self.fblocks.pop();
        self.emit(Op::PopBlock);
        self.body(orelse)?;
        self.emit_jump(Op::Jump, end);
        // Stack at each handler test: [.., exc]
        self.place(handler_l);
        for (i, h) in handlers.iter().enumerate() {
            self.span = h.span;
            let next = self.new_label();
            match &h.typ {
                Some(t) => {
                    self.expr(t)?;
                    self.span = h.span;
                    self.emit(Op::CheckExcMatch);
                    self.emit_jump(Op::PopJumpIfFalse, next);
                }
                None if i + 1 < handlers.len() => {
                    return Err(CompileError::new(h.span, "default 'except:' must be last"));
                }
                None => {}
            }
            match &h.name {
                Some(n) => self.store_name(n),
                None => self.emit(Op::PopTop),
            }
            self.fblocks.push(FBlock::HandlerBody);
            self.body(&h.body)?;
            self.fblocks.pop();
            self.emit(Op::PopExcept);
            if let Some(n) = &h.name {
                // `except E as e` unbinds `e` afterwards, as CPython does.
                self.emit(Op::LoadNone);
                self.store_name(n);
                self.delete_name(n)?;
            }
            self.emit_jump(Op::Jump, end);
            self.place(next);
        }
        self.emit(Op::Reraise);
        self.place(end);
        Ok(())
    }

    /// try_stmt with a finally (and possibly handlers).
    fn try_finally(
        &mut self,
        s: &Stmt,
        body: &[Stmt],
        handlers: &[ExceptHandler],
        orelse: &[Stmt],
        finalbody: &[Stmt],
    ) -> R {
        let final_exc = self.new_label();
        let end = self.new_label();
        self.emit_jump(Op::SetupExcept, final_exc);
        self.fblocks.push(FBlock::TryFinally(finalbody.to_vec()));
        if handlers.is_empty() {
            self.body(body)?;
        } else {
            self.try_except(body, handlers, orelse)?;
        }
        self.fblocks.pop();
        self.span = s.span;
        self.emit(Op::PopBlock);
        self.body(finalbody)?;
        self.emit_jump(Op::Jump, end);
        // Exceptional path: [.., exc], the exception is being handled.
        self.place(final_exc);
        self.fblocks.push(FBlock::FinallyExc);
        self.body(finalbody)?;
        self.fblocks.pop();
        self.emit(Op::Reraise);
        self.place(end);
        Ok(())
    }

    /// function_def: decorators ['async'] 'def' NAME '(' params ')' ['->' expression] ':' block
    fn function_def(&mut self, s: &Stmt, f: &FunctionDef) -> R {
        for d in &f.decorators {
            self.expr(d)?;
        }
        let key = key_of(s.span, TAG_FUNCTION);
        let scope_id = self.ctx.table.by_key[&key];
        let kind = if f.is_async && self.ctx.table.scopes[scope_id].is_generator {
            CodeKind::AsyncGenerator
        } else if f.is_async {
            CodeKind::Coroutine
        } else if self.ctx.table.scopes[scope_id].is_generator {
            CodeKind::Generator
        } else {
            CodeKind::Function
        };
        self.span = f.name_span;
        self.make_function(key, &f.name, &f.args, kind, 0, |u| u.function_body(&f.body))?;
        self.span = s.span;
        for _ in &f.decorators {
            self.emit(Op::Call(1));
        }
        self.store_name(&f.name);
        Ok(())
    }

    /// class_def: decorators 'class' NAME ['(' arguments ')'] ':' block
    fn class_def(&mut self, s: &Stmt, c: &ClassDef) -> R {
        if let Some(k) = c.keywords.first() {
            return Err(CompileError::new(
                k.span,
                "class keyword arguments (metaclass=...) are not supported yet",
            ));
        }
        if let Some(b) = c
            .bases
            .iter()
            .find(|b| matches!(b.kind, ExprKind::Starred(_)))
        {
            return Err(CompileError::new(
                b.span,
                "starred class bases are not supported yet",
            ));
        }
        for d in &c.decorators {
            self.expr(d)?;
        }
        let key = key_of(s.span, TAG_CLASS);
        let scope_id = self.ctx.table.by_key[&key];
        let qualname: std::rc::Rc<str> = std::rc::Rc::from(self.child_qualname(&c.name).as_str());
        let mut body = Unit::new(
            self.ctx,
            scope_id,
            &c.name,
            qualname.clone(),
            CodeKind::ClassBody,
            0,
        );
        body.span = s.span;
        // `__module__` and `__qualname__` come first, as in CPython.
        body.load_name("__name__");
        let m = body.name_index("__module__");
        body.emit(Op::StoreName(m));
        body.emit_load_const(crate::bytecode::Const::Str(qualname));
        let q = body.name_index("__qualname__");
        body.emit(Op::StoreName(q));
        if let Some(doc) = docstring(&c.body) {
            body.emit_load_const(crate::bytecode::Const::Str(doc));
            let d = body.name_index("__doc__");
            body.emit(Op::StoreName(d));
        }
        body.setup_annotations(&c.body);
        body.body(&c.body)?;
        body.emit_return_none();
        let code = body.finish();
        self.span = s.span;
        self.emit_closure_and_make(code, false, false)?;
        self.emit_load_const(crate::bytecode::Const::Str(std::rc::Rc::from(
            c.name.as_str(),
        )));
        for b in &c.bases {
            self.expr(b)?;
        }
        self.span = s.span;
        self.emit(Op::BuildClass {
            nbases: c.bases.len() as u32,
        });
        for _ in &c.decorators {
            self.emit(Op::Call(1));
        }
        self.store_name(&c.name);
        Ok(())
    }

    /// annotated_rhs: target ':' expression ['=' annotated_rhs]. As in CPython, the value is
    /// assigned first; in a module or class body the annotation is then evaluated and, for a
    /// plain name, stored in `__annotations__[name]`. A complex target without a value has its
    /// subexpressions evaluated and discarded. Annotations of function locals are not evaluated.
    fn ann_assign(&mut self, target: &Expr, annotation: &Expr, value: Option<&Expr>) -> R {
        let stmt_span = self.span;
        if let Some(v) = value {
            self.expr(v)?;
            self.store_target(target)?;
        } else {
            self.check_target(target)?;
        }
        let evaluated = matches!(self.kind, CodeKind::Module | CodeKind::ClassBody);
        match &target.kind {
            ExprKind::Name(n) if evaluated => {
                self.expr(annotation)?;
                self.span = stmt_span;
                self.annotations_op(false);
                self.emit_load_const(crate::bytecode::Const::Str(std::rc::Rc::from(n.as_str())));
                self.emit(Op::StoreSubscript);
            }
            ExprKind::Name(_) => {}
            ExprKind::Attribute { value: obj, .. } => {
                if value.is_none() {
                    self.expr(obj)?;
                    self.emit(Op::PopTop);
                }
                if evaluated {
                    self.expr(annotation)?;
                    self.emit(Op::PopTop);
                }
            }
            ExprKind::Subscript { value: obj, slice } => {
                if value.is_none() {
                    self.expr(obj)?;
                    self.emit(Op::PopTop);
                    self.expr(slice)?;
                    self.emit(Op::PopTop);
                }
                if evaluated {
                    self.expr(annotation)?;
                    self.emit(Op::PopTop);
                }
            }
            _ => {}
        }
        self.span = stmt_span;
        Ok(())
    }

    /// CPython's SETUP_ANNOTATIONS: a module or class body containing an annotated assignment
    /// (outside nested functions and classes) starts with `__annotations__ = {}`.
    pub fn setup_annotations(&mut self, body: &[Stmt]) {
        if has_annotations(body) {
            self.emit(Op::BuildMap(0));
            self.annotations_op(true);
        }
    }

    /// Loads or stores `__annotations__`: the class namespace in a class body (CPython's
    /// LOAD_NAME/STORE_NAME), the module's globals at module level.
    fn annotations_op(&mut self, store: bool) {
        let a = self.name_index("__annotations__");
        match (self.kind == CodeKind::ClassBody, store) {
            (true, false) => self.emit(Op::LoadName(a)),
            (true, true) => self.emit(Op::StoreName(a)),
            (false, false) => self.emit(Op::LoadGlobal(a)),
            (false, true) => self.emit(Op::StoreGlobal(a)),
        }
    }

    pub fn function_body(&mut self, body: &[Stmt]) -> R {
        // A leading docstring is not executed (it would be a no-op expression anyway).
        self.doc = docstring(body);
        self.body(body)?;
        self.emit_return_none();
        Ok(())
    }

    /// Stores the value on top of the stack into an assignment target.
    pub fn store_target(&mut self, t: &Expr) -> R {
        let saved = self.span;
        self.span = t.span;
        match &t.kind {
            ExprKind::Name(n) => self.store_name(n),
            ExprKind::Attribute { value, attr } => {
                self.expr(value)?;
                let i = self.name_index(attr);
                self.span = t.span;
                self.emit(Op::StoreAttr(i));
            }
            ExprKind::Subscript { value, slice } => {
                self.expr(value)?;
                self.expr(slice)?;
                self.span = t.span;
                self.emit(Op::StoreSubscript);
            }
            ExprKind::Tuple(items) | ExprKind::List(items) => {
                let stars: Vec<usize> = items
                    .iter()
                    .enumerate()
                    .filter(|(_, e)| matches!(e.kind, ExprKind::Starred(_)))
                    .map(|(i, _)| i)
                    .collect();
                match stars.as_slice() {
                    [] => self.emit(Op::UnpackSequence(items.len() as u32)),
                    [i] => self.emit(Op::UnpackEx {
                        before: *i as u16,
                        after: (items.len() - i - 1) as u16,
                    }),
                    _ => {
                        return Err(CompileError::new(
                            t.span,
                            "multiple starred expressions in assignment",
                        ));
                    }
                }
                for item in items {
                    match &item.kind {
                        ExprKind::Starred(inner) => self.store_target(inner)?,
                        _ => self.store_target(item)?,
                    }
                }
            }
            ExprKind::Starred(_) => {
                return Err(CompileError::new(
                    t.span,
                    "starred assignment target must be in a list or tuple",
                ));
            }
            _ => return Err(self.bad_target(t, "assign to")),
        }
        self.span = saved;
        Ok(())
    }

    fn check_target(&mut self, t: &Expr) -> R {
        match &t.kind {
            ExprKind::Name(_) | ExprKind::Attribute { .. } | ExprKind::Subscript { .. } => Ok(()),
            _ => Err(self.bad_target(t, "assign to")),
        }
    }

    /// CPython's "cannot assign to literal" family of messages.
    pub fn bad_target(&self, t: &Expr, verb: &str) -> CompileError {
        CompileError::new(t.span, format!("cannot {verb} {}", expr_name(t)))
    }

    /// Checks the targets of `a = b = value` before any code runs, with CPython's messages
    /// (including its "here. Maybe you meant '==' instead of '='?" hint, which it gives only
    /// for a single target whose offending part directly precedes the `=`).
    fn check_assign_targets(&self, targets: &[Expr]) -> R {
        for (i, t) in targets.iter().enumerate() {
            if let Some(bad) = first_bad_target(t) {
                let last_item = match &t.kind {
                    ExprKind::Tuple(items) if t.span.start == items[0].span.start => {
                        std::ptr::eq(items.last().expect("non-empty"), bad)
                    }
                    _ => std::ptr::eq(t, bad),
                };
                let hint = targets.len() == 1
                    && i == 0
                    && last_item
                    && is_bitwise_or_level(bad)
                    && !matches!(
                        bad.kind,
                        ExprKind::Constant(Constant::None | Constant::Bool(_))
                    );
                let mut e = self.bad_target(bad, "assign to");
                if hint {
                    e.message
                        .push_str(" here. Maybe you meant '==' instead of '='?");
                }
                return Err(e);
            }
        }
        Ok(())
    }

    fn delete_target(&mut self, t: &Expr) -> R {
        self.span = t.span;
        match &t.kind {
            ExprKind::Name(n) => self.delete_name(n),
            ExprKind::Subscript { value, slice } => {
                self.expr(value)?;
                self.expr(slice)?;
                self.span = t.span;
                self.emit(Op::DeleteSubscript);
                Ok(())
            }
            ExprKind::Tuple(items) | ExprKind::List(items) => {
                for i in items {
                    self.delete_target(i)?;
                }
                Ok(())
            }
            ExprKind::Attribute { value, attr } => {
                self.expr(value)?;
                let i = self.name_index(attr);
                self.span = t.span;
                self.emit(Op::DeleteAttr(i));
                Ok(())
            }
            _ => Err(self.bad_target(t, "delete")),
        }
    }

    fn aug_assign(&mut self, target: &Expr, op: BinOp, value: &Expr) -> R {
        let span = self.span;
        match &target.kind {
            ExprKind::Name(n) => {
                self.load_name(n);
                self.expr(value)?;
                self.span = span;
                self.emit(Op::Binary { op, inplace: true });
                self.store_name(n);
            }
            ExprKind::Attribute { value: obj, attr } => {
                self.expr(obj)?;
                self.emit(Op::DupTop);
                let i = self.name_index(attr);
                self.emit(Op::LoadAttr(i));
                self.expr(value)?;
                self.span = span;
                self.emit(Op::Binary { op, inplace: true });
                self.emit(Op::RotTwo);
                self.emit(Op::StoreAttr(i));
            }
            ExprKind::Subscript { value: obj, slice } => {
                self.expr(obj)?;
                self.expr(slice)?;
                self.emit(Op::DupTopTwo);
                self.span = target.span;
                self.emit(Op::Subscript);
                self.expr(value)?;
                self.span = span;
                self.emit(Op::Binary { op, inplace: true });
                self.emit(Op::RotThree);
                self.emit(Op::StoreSubscript);
            }
            ExprKind::Tuple(_) | ExprKind::List(_) => {
                let what = if matches!(target.kind, ExprKind::Tuple(_)) {
                    "tuple"
                } else {
                    "list"
                };
                return Err(CompileError::new(
                    target.span,
                    format!("'{what}' is an illegal expression for augmented assignment"),
                ));
            }
            _ => {
                return Err(CompileError::new(
                    target.span,
                    format!(
                        "'{}' is an illegal expression for augmented assignment",
                        expr_name(target)
                    ),
                ));
            }
        }
        Ok(())
    }
}

/// The first part of an assignment target that cannot be assigned to, searching tuples and
/// lists left to right.
fn first_bad_target(t: &Expr) -> Option<&Expr> {
    match &t.kind {
        ExprKind::Name(_) | ExprKind::Attribute { .. } | ExprKind::Subscript { .. } => None,
        ExprKind::Tuple(items) | ExprKind::List(items) => items.iter().find_map(first_bad_target),
        ExprKind::Starred(inner) => first_bad_target(inner),
        _ => Some(t),
    }
}

/// Whether an expression parses at CPython's `bitwise_or` level (what its assignment hint
/// looks for): not a comparison, boolean operation, `not`, conditional or lambda.
fn is_bitwise_or_level(e: &Expr) -> bool {
    !matches!(
        e.kind,
        ExprKind::Compare { .. }
            | ExprKind::BoolOp { .. }
            | ExprKind::IfExp { .. }
            | ExprKind::Lambda { .. }
            | ExprKind::NamedExpr { .. }
            | ExprKind::UnaryOp {
                op: UnaryOp::Not,
                ..
            }
    )
}

/// CPython's name for an expression kind in error messages (`_PyPegen_get_expr_name`).
pub fn expr_name(e: &Expr) -> &'static str {
    match &e.kind {
        ExprKind::Constant(Constant::None) => "None",
        ExprKind::Constant(Constant::Bool(true)) => "True",
        ExprKind::Constant(Constant::Bool(false)) => "False",
        ExprKind::Constant(Constant::Ellipsis) => "ellipsis",
        ExprKind::Constant(_) => "literal",
        ExprKind::JoinedStr(_) | ExprKind::FormattedValue { .. } => "f-string expression",
        ExprKind::Call { .. } => "function call",
        ExprKind::BinOp { .. } | ExprKind::UnaryOp { .. } | ExprKind::BoolOp { .. } => "expression",
        ExprKind::Compare { .. } => "comparison",
        ExprKind::IfExp { .. } => "conditional expression",
        ExprKind::Lambda { .. } => "lambda",
        ExprKind::Await(_) => "await expression",
        ExprKind::Yield(_) | ExprKind::YieldFrom(_) => "yield expression",
        ExprKind::Dict { .. } => "dict literal",
        ExprKind::Set(_) => "set display",
        ExprKind::ListComp { .. } => "list comprehension",
        ExprKind::DictComp { .. } => "dict comprehension",
        ExprKind::SetComp { .. } => "set comprehension",
        ExprKind::GeneratorExp { .. } => "generator expression",
        ExprKind::NamedExpr { .. } => "named expression",
        ExprKind::Starred(_) => "starred",
        ExprKind::Tuple(_) => "tuple",
        ExprKind::List(_) => "list",
        ExprKind::Name(_) => "name",
        ExprKind::Attribute { .. } => "attribute",
        ExprKind::Subscript { .. } => "subscript",
        ExprKind::Slice { .. } => "slice",
    }
}

/// The docstring of a body: its first statement, if that is a string literal.
fn docstring(body: &[Stmt]) -> Option<std::rc::Rc<str>> {
    match &body.first()?.kind {
        StmtKind::Expr(Expr {
            kind: ExprKind::Constant(Constant::Str(s)),
            ..
        }) => Some(std::rc::Rc::from(s.as_str())),
        _ => None,
    }
}

/// Whether a block holds an annotated assignment, looking into compound statements but not
/// into nested function or class definitions (CPython's `find_ann`).
fn has_annotations(body: &[Stmt]) -> bool {
    body.iter().any(|s| match &s.kind {
        StmtKind::AnnAssign { .. } => true,
        StmtKind::For { body, orelse, .. }
        | StmtKind::While { body, orelse, .. }
        | StmtKind::If { body, orelse, .. } => has_annotations(body) || has_annotations(orelse),
        StmtKind::With { body, .. } => has_annotations(body),
        StmtKind::Try {
            body,
            handlers,
            orelse,
            finalbody,
        } => {
            has_annotations(body)
                || handlers.iter().any(|h| has_annotations(&h.body))
                || has_annotations(orelse)
                || has_annotations(finalbody)
        }
        _ => false,
    })
}
