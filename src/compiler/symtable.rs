//! Scope analysis: which names are locals (slots), cells (captured locals), free variables
//! (captured from an enclosing function) or globals. Runs over the whole module before code
//! generation, as CPython's symtable.c does.

use super::error::CompileError;
use crate::syntax::ast::*;
use indexmap::IndexSet;
use std::collections::{HashMap, HashSet};

/// Identifies a scope-creating node by its span and kind.
pub type ScopeKey = (u32, u32, u8);

pub fn key_of(span: Span, tag: u8) -> ScopeKey {
    (span.start, span.end, tag)
}

pub const TAG_FUNCTION: u8 = 0;
pub const TAG_LAMBDA: u8 = 1;
pub const TAG_COMP: u8 = 2;
pub const TAG_CLASS: u8 = 3;

#[derive(Debug, Default)]
pub struct Scope {
    pub is_module: bool,
    /// Module-level code run by `exec`/`eval`/`compile`: its names are looked up in a locals
    /// mapping first (`LoadName`/`StoreName`), like a class body's, unless declared `global`.
    pub name_mode: bool,
    pub is_async: bool,
    pub is_comprehension: bool,
    /// A class body: its names live in the class namespace and are invisible to the
    /// functions defined in it (except the implicit `__class__` cell used by `super()`).
    pub is_class: bool,
    /// A function whose body contains `yield`: calling it makes a generator.
    pub is_generator: bool,
    pub parent: Option<usize>,
    /// Locals in slot order (parameters first).
    pub locals: IndexSet<String>,
    pub global_decls: HashSet<String>,
    pub nonlocal_decls: HashSet<String>,
    /// Where each `nonlocal` name was declared, for "no binding" errors.
    nonlocal_spans: Vec<(String, Span)>,
    uses: HashSet<String>,
    children: Vec<usize>,
    /// Locals captured by inner scopes, in first-capture order.
    pub cells: IndexSet<String>,
    /// Names captured from enclosing functions.
    pub frees: IndexSet<String>,
}

/// How code refers to a name.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NameRef {
    Fast(u32),
    Deref(u32),
    Global,
    /// A class-body name: the class namespace, then globals, then builtins.
    Name,
}

impl Scope {
    pub fn resolve(&self, name: &str) -> NameRef {
        if self.global_decls.contains(name) {
            return NameRef::Global;
        }
        if self.is_module {
            return if self.name_mode {
                NameRef::Name
            } else {
                NameRef::Global
            };
        }
        if let Some(i) = self.cells.get_index_of(name) {
            return NameRef::Deref(i as u32);
        }
        if let Some(i) = self.frees.get_index_of(name) {
            return NameRef::Deref((self.cells.len() + i) as u32);
        }
        if self.is_class {
            return NameRef::Name;
        }
        if let Some(i) = self.locals.get_index_of(name) {
            return NameRef::Fast(i as u32);
        }
        NameRef::Global
    }
}

pub struct SymbolTable {
    pub scopes: Vec<Scope>,
    pub by_key: HashMap<ScopeKey, usize>,
}

impl SymbolTable {
    pub fn scope(&self, key: ScopeKey) -> &Scope {
        &self.scopes[self.by_key[&key]]
    }
}

pub fn build(module: &Module) -> Result<SymbolTable, CompileError> {
    let mut b = Builder {
        scopes: vec![Scope {
            is_module: true,
            ..Default::default()
        }],
        by_key: HashMap::new(),
        current: 0,
    };
    for s in &module.body {
        b.stmt(s)?;
    }
    let mut table = SymbolTable {
        scopes: b.scopes,
        by_key: b.by_key,
    };
    analyze(&mut table.scopes, 0, &[])?;
    Ok(table)
}

/// Computes cells and frees bottom-up. Returns the free names `id` needs from its enclosers.
fn analyze(scopes: &mut Vec<Scope>, id: usize, env: &[usize]) -> Result<Vec<String>, CompileError> {
    let mut inner_env = env.to_vec();
    if !scopes[id].is_module {
        inner_env.push(id);
    }
    let children = scopes[id].children.clone();
    let mut needed: IndexSet<String> = IndexSet::new();
    for child in children {
        for name in analyze(scopes, child, &inner_env)? {
            let s = &mut scopes[id];
            if s.is_class {
                if name == "__class__" {
                    s.cells.insert(name);
                } else {
                    needed.insert(name);
                }
            } else if !s.is_module && s.locals.contains(&name) && !s.global_decls.contains(&name) {
                s.cells.insert(name);
            } else if !s.is_module {
                needed.insert(name);
            }
        }
    }
    if scopes[id].is_module {
        return Ok(vec![]);
    }
    let bound_outside = |name: &str| {
        env.iter().rev().any(|&e| {
            let s = &scopes[e];
            if s.is_class {
                // Class namespaces are not closures; only `__class__` is visible from methods.
                return name == "__class__" && s.locals.contains(name);
            }
            s.locals.contains(name) && !s.global_decls.contains(name)
                || s.frees.contains(name)
                || s.nonlocal_decls.contains(name)
        })
    };
    let s = &scopes[id];
    for (n, span) in &s.nonlocal_spans {
        if !bound_outside(n) {
            return Err(CompileError::new(
                *span,
                format!("no binding for nonlocal '{n}' found"),
            ));
        }
    }
    let mut names: Vec<String> = s.nonlocal_decls.iter().cloned().collect();
    names.sort();
    let mut uses: Vec<&String> = s.uses.iter().collect();
    uses.sort();
    for n in uses {
        if !s.locals.contains(n) && !s.global_decls.contains(n) && !s.nonlocal_decls.contains(n) {
            names.push(n.clone());
        }
    }
    for n in names {
        if bound_outside(&n) {
            needed.insert(n);
        }
    }
    let frees: Vec<String> = needed
        .iter()
        .filter(|n| bound_outside(n))
        .cloned()
        .collect();
    scopes[id].frees = frees.iter().cloned().collect();
    Ok(frees)
}

struct Builder {
    scopes: Vec<Scope>,
    by_key: HashMap<ScopeKey, usize>,
    current: usize,
}

impl Builder {
    fn cur(&mut self) -> &mut Scope {
        &mut self.scopes[self.current]
    }

    fn bind(&mut self, name: &str) {
        let s = self.cur();
        if s.is_module || s.global_decls.contains(name) || s.nonlocal_decls.contains(name) {
            return;
        }
        s.locals.insert(name.to_string());
    }

    fn use_name(&mut self, name: &str) {
        self.cur().uses.insert(name.to_string());
    }

    fn push_scope(&mut self, key: ScopeKey, scope: Scope) -> usize {
        let id = self.scopes.len();
        let mut scope = scope;
        scope.parent = Some(self.current);
        self.scopes.push(scope);
        self.scopes[self.current].children.push(id);
        self.by_key.insert(key, id);
        let prev = self.current;
        self.current = id;
        prev
    }

    fn params(&mut self, args: &Arguments) -> Result<(), CompileError> {
        for d in &args.defaults {
            self.expr(d)?;
        }
        for d in args.kw_defaults.iter().flatten() {
            self.expr(d)?;
        }
        for a in args
            .posonlyargs
            .iter()
            .chain(&args.args)
            .chain(&args.kwonlyargs)
        {
            if let Some(ann) = &a.annotation {
                self.expr(ann)?;
            }
        }
        Ok(())
    }

    fn declare_params(&mut self, args: &Arguments) {
        let s = self.cur();
        for a in args
            .posonlyargs
            .iter()
            .chain(&args.args)
            .chain(&args.kwonlyargs)
        {
            s.locals.insert(a.name.clone());
        }
        if let Some(v) = &args.vararg {
            s.locals.insert(v.name.clone());
        }
        if let Some(k) = &args.kwarg {
            s.locals.insert(k.name.clone());
        }
    }

    fn body(&mut self, body: &[Stmt]) -> Result<(), CompileError> {
        for s in body {
            self.stmt(s)?;
        }
        Ok(())
    }

    fn stmt(&mut self, s: &Stmt) -> Result<(), CompileError> {
        match &s.kind {
            StmtKind::FunctionDef(f) => {
                for d in &f.decorators {
                    self.expr(d)?;
                }
                self.params(&f.args)?;
                if let Some(r) = &f.returns {
                    self.expr(r)?;
                }
                self.bind(&f.name);
                let prev = self.push_scope(
                    key_of(s.span, TAG_FUNCTION),
                    Scope {
                        is_async: f.is_async,
                        ..Default::default()
                    },
                );
                self.declare_params(&f.args);
                // Declarations apply to the whole body, wherever they appear.
                collect_decls(&f.body, self.cur())?;
                self.body(&f.body)?;
                self.current = prev;
            }
            StmtKind::ClassDef(c) => {
                for e in c.bases.iter().chain(&c.decorators) {
                    self.expr(e)?;
                }
                for k in &c.keywords {
                    self.expr(&k.value)?;
                }
                self.bind(&c.name);
                let is_async = self.cur().is_async;
                let prev = self.push_scope(
                    key_of(s.span, TAG_CLASS),
                    Scope {
                        is_class: true,
                        is_async,
                        ..Default::default()
                    },
                );
                self.body(&c.body)?;
                self.current = prev;
            }
            StmtKind::Return(v) => {
                if let Some(v) = v {
                    self.expr(v)?;
                }
            }
            StmtKind::Assign { targets, value } => {
                self.expr(value)?;
                for t in targets {
                    self.target(t)?;
                }
            }
            StmtKind::AugAssign { target, value, .. } => {
                self.expr(value)?;
                if let ExprKind::Name(n) = &target.kind {
                    self.use_name(n);
                }
                self.target(target)?;
            }
            StmtKind::AnnAssign {
                target,
                annotation,
                value,
            } => {
                self.expr(annotation)?;
                if let Some(v) = value {
                    self.expr(v)?;
                }
                self.target(target)?;
            }
            StmtKind::For {
                is_async: true,
                target,
                iter,
                body,
                orelse,
            } => {
                self.body(&super::with::desugar_async_for(
                    s.span, target, iter, body, orelse,
                ))?;
            }
            StmtKind::For {
                target,
                iter,
                body,
                orelse,
                ..
            } => {
                self.expr(iter)?;
                self.target(target)?;
                self.body(body)?;
                self.body(orelse)?;
            }
            StmtKind::While { test, body, orelse } | StmtKind::If { test, body, orelse } => {
                self.expr(test)?;
                self.body(body)?;
                self.body(orelse)?;
            }
            StmtKind::With {
                items,
                body,
                is_async,
            } => {
                self.body(&super::with::desugar(s.span, items, body, *is_async))?;
            }
            StmtKind::Raise { exc, cause } => {
                for e in exc.iter().chain(cause.iter()) {
                    self.expr(e)?;
                }
            }
            StmtKind::Try {
                body,
                handlers,
                orelse,
                finalbody,
            } if handlers.iter().any(|h| h.star) => {
                let plain = super::trystar::desugar(s.span, body, handlers, orelse, finalbody);
                self.stmt(&plain)?;
            }
            StmtKind::Try {
                body,
                handlers,
                orelse,
                finalbody,
            } => {
                self.body(body)?;
                for h in handlers {
                    if let Some(t) = &h.typ {
                        self.expr(t)?;
                    }
                    if let Some(n) = &h.name {
                        self.bind(n);
                    }
                    self.body(&h.body)?;
                }
                self.body(orelse)?;
                self.body(finalbody)?;
            }
            StmtKind::Assert { test, msg } => {
                self.expr(test)?;
                if let Some(m) = msg {
                    self.expr(m)?;
                }
                self.use_name("AssertionError");
            }
            StmtKind::Import(names) => {
                for a in names {
                    let bound = a.asname.clone().unwrap_or_else(|| {
                        a.name.split('.').next().unwrap_or_default().to_string()
                    });
                    self.bind(&bound);
                }
            }
            StmtKind::ImportFrom { names, .. } => {
                for a in names {
                    if a.name != "*" {
                        self.bind(a.asname.as_ref().unwrap_or(&a.name));
                    }
                }
            }
            StmtKind::Global(names) => {
                if self.cur().is_module {
                    for n in names {
                        self.cur().global_decls.insert(n.clone());
                    }
                }
            }
            StmtKind::Nonlocal(_) if self.cur().is_module => {
                return Err(CompileError::new(
                    s.span,
                    "nonlocal declaration not allowed at module level",
                ));
            }
            StmtKind::Nonlocal(_) => {}
            StmtKind::Expr(e) => self.expr(e)?,
            StmtKind::Delete(targets) => {
                for t in targets {
                    self.target(t)?;
                }
            }
            StmtKind::Pass | StmtKind::Break | StmtKind::Continue | StmtKind::Error => {}
        }
        Ok(())
    }

    fn target(&mut self, t: &Expr) -> Result<(), CompileError> {
        match &t.kind {
            ExprKind::Name(n) => {
                self.bind(n);
                Ok(())
            }
            ExprKind::Tuple(items) | ExprKind::List(items) => {
                for i in items {
                    self.target(i)?;
                }
                Ok(())
            }
            ExprKind::Starred(inner) => self.target(inner),
            _ => self.expr(t),
        }
    }

    fn comprehension(
        &mut self,
        span: Span,
        generators: &[Comprehension],
        elts: &[&Expr],
    ) -> Result<(), CompileError> {
        // The first iterable is evaluated in the enclosing scope.
        self.expr(&generators[0].iter)?;
        let is_async = self.cur().is_async;
        let prev = self.push_scope(
            key_of(span, TAG_COMP),
            Scope {
                is_comprehension: true,
                is_async,
                ..Default::default()
            },
        );
        self.cur().locals.insert(".0".into());
        for (i, g) in generators.iter().enumerate() {
            if i > 0 {
                self.expr(&g.iter)?;
            }
            self.target(&g.target)?;
            for cond in &g.ifs {
                self.expr(cond)?;
            }
        }
        for e in elts {
            self.expr(e)?;
        }
        self.current = prev;
        Ok(())
    }

    fn expr(&mut self, e: &Expr) -> Result<(), CompileError> {
        match &e.kind {
            ExprKind::Name(n) => {
                self.use_name(n);
                // Zero-argument `super()` in a method needs the class: an implicit `__class__`
                // cell in the class body, free in the method.
                if n == "super"
                    && let Some(parent) = self.cur().parent
                    && self.scopes[parent].is_class
                    && !self.cur().is_class
                {
                    self.scopes[parent].locals.insert("__class__".into());
                    self.use_name("__class__");
                }
            }
            ExprKind::NamedExpr { target, value } => {
                self.expr(value)?;
                if let ExprKind::Name(n) = &target.kind {
                    // In a comprehension, the walrus binds in the enclosing function.
                    let mut id = self.current;
                    while self.scopes[id].is_comprehension {
                        id = self
                            .scopes
                            .iter()
                            .position(|s| s.children.contains(&id))
                            .unwrap_or(0);
                    }
                    let prev = self.current;
                    self.current = id;
                    self.bind(n);
                    self.current = prev;
                    self.use_name(n);
                }
            }
            ExprKind::Lambda { args, body } => {
                self.params(args)?;
                let prev = self.push_scope(key_of(e.span, TAG_LAMBDA), Scope::default());
                self.declare_params(args);
                self.expr(body)?;
                self.current = prev;
            }
            ExprKind::ListComp { elt, generators }
            | ExprKind::SetComp { elt, generators }
            | ExprKind::GeneratorExp { elt, generators } => {
                self.comprehension(e.span, generators, &[elt])?
            }
            ExprKind::DictComp {
                key,
                value,
                generators,
            } => self.comprehension(e.span, generators, &[key, value])?,
            ExprKind::Yield(_) | ExprKind::YieldFrom(_) => {
                self.cur().is_generator = true;
                let mut result = Ok(());
                for_each_child(e, &mut |c| {
                    if result.is_ok() {
                        result = self.expr(c);
                    }
                });
                result?;
            }
            _ => {
                let mut result = Ok(());
                for_each_child(e, &mut |c| {
                    if result.is_ok() {
                        result = self.expr(c);
                    }
                });
                result?;
            }
        }
        Ok(())
    }
}

/// Applies `f` to each direct sub-expression of a non-scope expression.
pub fn for_each_child(e: &Expr, f: &mut dyn FnMut(&Expr)) {
    match &e.kind {
        ExprKind::BoolOp { values, .. } => values.iter().for_each(f),
        ExprKind::NamedExpr { target, value } => {
            f(target);
            f(value)
        }
        ExprKind::BinOp { left, right, .. } => {
            f(left);
            f(right)
        }
        ExprKind::UnaryOp { operand, .. } => f(operand),
        ExprKind::IfExp { test, body, orelse } => {
            f(test);
            f(body);
            f(orelse)
        }
        ExprKind::Dict { keys, values } => {
            keys.iter().flatten().for_each(&mut *f);
            values.iter().for_each(f)
        }
        ExprKind::Set(items) | ExprKind::List(items) | ExprKind::Tuple(items) => {
            items.iter().for_each(f)
        }
        ExprKind::JoinedStr(items) => items.iter().for_each(f),
        ExprKind::Await(v) | ExprKind::YieldFrom(v) | ExprKind::Starred(v) => f(v),
        ExprKind::Yield(v) => {
            if let Some(v) = v {
                f(v)
            }
        }
        ExprKind::Compare {
            left, comparators, ..
        } => {
            f(left);
            comparators.iter().for_each(f)
        }
        ExprKind::Call {
            func,
            args,
            keywords,
        } => {
            f(func);
            args.iter().for_each(&mut *f);
            keywords.iter().for_each(|k| f(&k.value))
        }
        ExprKind::FormattedValue {
            value, format_spec, ..
        } => {
            f(value);
            if let Some(s) = format_spec {
                f(s)
            }
        }
        ExprKind::Attribute { value, .. } => f(value),
        ExprKind::Subscript { value, slice } => {
            f(value);
            f(slice)
        }
        ExprKind::Slice { lower, upper, step } => {
            for x in [lower, upper, step].into_iter().flatten() {
                f(x)
            }
        }
        ExprKind::Constant(_)
        | ExprKind::Name(_)
        | ExprKind::Lambda { .. }
        | ExprKind::ListComp { .. }
        | ExprKind::SetComp { .. }
        | ExprKind::DictComp { .. }
        | ExprKind::GeneratorExp { .. } => {}
    }
}

/// Records `global`/`nonlocal` declarations of a function body (not of nested functions),
/// with CPython's errors for names used as parameters.
fn collect_decls(body: &[Stmt], scope: &mut Scope) -> Result<(), CompileError> {
    for s in body {
        match &s.kind {
            StmtKind::Global(names) => {
                for n in names {
                    if scope.locals.contains(n) && scope.locals.get_index_of(n).is_some() {
                        return Err(CompileError::new(
                            s.span,
                            format!("name '{n}' is parameter and global"),
                        ));
                    }
                    scope.global_decls.insert(n.clone());
                }
            }
            StmtKind::Nonlocal(names) => {
                for n in names {
                    if scope.locals.contains(n) {
                        return Err(CompileError::new(
                            s.span,
                            format!("name '{n}' is parameter and nonlocal"),
                        ));
                    }
                    scope.nonlocal_decls.insert(n.clone());
                    scope.nonlocal_spans.push((n.clone(), s.span));
                }
            }
            StmtKind::If { body, orelse, .. }
            | StmtKind::While { body, orelse, .. }
            | StmtKind::For { body, orelse, .. } => {
                collect_decls(body, scope)?;
                collect_decls(orelse, scope)?;
            }
            StmtKind::With { body, .. } => collect_decls(body, scope)?,
            StmtKind::Try {
                body,
                handlers,
                orelse,
                finalbody,
            } => {
                collect_decls(body, scope)?;
                for h in handlers {
                    collect_decls(&h.body, scope)?;
                }
                collect_decls(orelse, scope)?;
                collect_decls(finalbody, scope)?;
            }
            _ => {}
        }
    }
    Ok(())
}
