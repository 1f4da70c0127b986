//! Comprehensions (list, set, dict, generator expressions), synchronous and asynchronous:
//! each runs as a function of its own, called with the first iterator; an `async for`
//! clause or an `await` makes it a coroutine that is awaited in place (a generator expression
//! becomes an async generator).

use super::error::CompileError;
use super::symtable::{TAG_COMP, key_of};
use super::unit::{Label, Unit};
use crate::bytecode::{CodeKind, Op};
use crate::syntax::ast::*;

type R = Result<(), CompileError>;

impl Unit<'_> {
    /// Comprehensions run in their own function scope, called with the first iterator.
    pub(super) fn comprehension(
        &mut self,
        e: &Expr,
        generators: &[Comprehension],
        name: &str,
        element: impl Fn(&mut Unit, u32) -> R,
    ) -> R {
        let is_gen = name == "<genexpr>";
        // `async for` clauses or an `await` make it a coroutine (awaited here) or, for a
        // generator expression, an async generator.
        let is_async = comp_is_async(e);
        if is_async && !self.scope().is_async {
            return Err(CompileError::new(
                e.span,
                if is_gen {
                    "asynchronous generator expressions outside async functions are not supported yet"
                } else {
                    "asynchronous comprehension outside of an asynchronous function"
                },
            ));
        }
        let key = key_of(e.span, TAG_COMP);
        let scope_id = self.ctx.table.by_key[&key];
        let qualname: std::rc::Rc<str> = std::rc::Rc::from(self.child_qualname(name).as_str());
        let kind = match (is_gen, is_async) {
            (true, false) => CodeKind::Generator,
            (true, true) => CodeKind::AsyncGenerator,
            (false, true) => CodeKind::Coroutine,
            (false, false) => CodeKind::Function,
        };
        let mut inner = Unit::new(self.ctx, scope_id, name, qualname, kind, 0);
        inner.span = e.span;
        inner.argcount = 1;
        match name {
            "<genexpr>" => {}
            "<dictcomp>" => inner.emit(Op::BuildMap(0)),
            "<setcomp>" => inner.emit(Op::BuildSet(0)),
            _ => inner.emit(Op::BuildList(0)),
        }
        inner.emit(Op::LoadFast(0));
        inner.comp_clause(generators, 0, &element)?;
        if is_gen {
            inner.emit(Op::LoadNone);
        }
        inner.emit(Op::Return);
        let code = inner.finish();
        self.emit_closure_and_make(code, false, false)?;
        self.expr(&generators[0].iter)?;
        self.span = e.span;
        if generators[0].is_async {
            self.emit_async_iter();
        } else {
            self.emit(Op::GetIter);
        }
        self.emit(Op::Call(1));
        if is_async && !is_gen {
            self.emit(Op::Await);
        }
        Ok(())
    }

    /// `_aiter(x)` for `x` on the stack (the start of an `async for` clause).
    fn emit_async_iter(&mut self) {
        self.load_name("_aiter");
        self.emit(Op::RotTwo);
        self.emit(Op::Call(1));
    }

    /// One `async for` clause: like `comp_loops`, with `await _anext(it)` for each item and
    /// `StopAsyncIteration` ending the loop.
    fn comp_async_loop(
        &mut self,
        generators: &[Comprehension],
        i: usize,
        element: &impl Fn(&mut Unit, u32) -> R,
    ) -> R {
        let g = &generators[i];
        if i > 0 {
            self.expr(&g.iter)?;
            self.emit_async_iter();
        }
        let start = self.new_label();
        let handler = self.new_label();
        let reraise = self.new_label();
        let end = self.new_label();
        self.place(start);
        self.emit_jump(Op::SetupExcept, handler);
        self.emit(Op::DupTop);
        self.load_name("_anext");
        self.emit(Op::RotTwo);
        self.emit(Op::Call(1));
        self.emit(Op::Await);
        self.emit(Op::PopBlock);
        self.comp_body(generators, i, start, element)?;
        // [.., it, exc]
        self.place(handler);
        self.load_name("StopAsyncIteration");
        self.emit(Op::CheckExcMatch);
        self.emit_jump(Op::PopJumpIfFalse, reraise);
        self.emit(Op::PopTop);
        self.emit(Op::PopExcept);
        self.emit(Op::PopTop);
        self.emit_jump(Op::Jump, end);
        self.place(reraise);
        self.emit(Op::Reraise);
        self.place(end);
        Ok(())
    }

    fn comp_clause(
        &mut self,
        generators: &[Comprehension],
        i: usize,
        element: &impl Fn(&mut Unit, u32) -> R,
    ) -> R {
        if generators[i].is_async {
            self.comp_async_loop(generators, i, element)
        } else {
            self.comp_loops(generators, i, element)
        }
    }

    /// What a clause does with each item (the `start` label fetches the next one): bind the
    /// target, skip the item unless every `if` holds, then run the next clause or add the
    /// element.
    fn comp_body(
        &mut self,
        generators: &[Comprehension],
        i: usize,
        start: Label,
        element: &impl Fn(&mut Unit, u32) -> R,
    ) -> R {
        let g = &generators[i];
        self.store_target(&g.target)?;
        for cond in &g.ifs {
            self.jump_if(cond, false, start)?;
        }
        if i + 1 < generators.len() {
            self.comp_clause(generators, i + 1, element)?;
        } else {
            element(self, (generators.len() + 1) as u32)?;
        }
        self.emit_jump(Op::Jump, start);
        Ok(())
    }

    /// One `for ... in ... if ...` clause of a comprehension; the innermost adds the element.
    /// The iterator for clause `i` is on the stack; `depth` counts the iterators above the
    /// result container.
    fn comp_loops(
        &mut self,
        generators: &[Comprehension],
        i: usize,
        element: &impl Fn(&mut Unit, u32) -> R,
    ) -> R {
        let g = &generators[i];
        if i > 0 {
            self.expr(&g.iter)?;
            self.emit(Op::GetIter);
        }
        let start = self.new_label();
        let end = self.new_label();
        self.place(start);
        self.emit_jump(Op::ForIter, end);
        self.comp_body(generators, i, start, element)?;
        self.place(end);
        Ok(())
    }
}

/// Whether a comprehension is asynchronous: an `async for` clause, or an `await` anywhere but
/// in its first iterable (which is evaluated outside it).
fn comp_is_async(e: &Expr) -> bool {
    let (elts, generators): (Vec<&Expr>, &[Comprehension]) = match &e.kind {
        ExprKind::ListComp { elt, generators }
        | ExprKind::SetComp { elt, generators }
        | ExprKind::GeneratorExp { elt, generators } => (vec![elt], generators),
        ExprKind::DictComp {
            key,
            value,
            generators,
        } => (vec![key, value], generators),
        _ => return false,
    };
    generators.iter().enumerate().any(|(i, g)| {
        g.is_async || (i > 0 && contains_await(&g.iter)) || g.ifs.iter().any(contains_await)
    }) || elts.into_iter().any(contains_await)
}

/// Whether evaluating `e` in the current scope awaits (nested comprehensions that await are
/// awaited here; lambdas and generator expressions run elsewhere).
fn contains_await(e: &Expr) -> bool {
    match &e.kind {
        ExprKind::Await(_) => true,
        ExprKind::Lambda { .. } => false,
        ExprKind::GeneratorExp { generators, .. } => contains_await(&generators[0].iter),
        ExprKind::ListComp { generators, .. }
        | ExprKind::SetComp { generators, .. }
        | ExprKind::DictComp { generators, .. } => {
            comp_is_async(e) || contains_await(&generators[0].iter)
        }
        _ => {
            let mut found = false;
            super::symtable::for_each_child(e, &mut |c| found = found || contains_await(c));
            found
        }
    }
}
