//! What an embedding host adds to the runtime: native functions of its own (closures, called
//! through `NativeKind::Host` ids numbered after the runtime's own `HostFn`s), modules of its
//! own, which modules may be imported at all, and entry points to run code in a namespace that
//! persists between runs. The public embedding API (the `embed` module) is built on this.

use super::{HostFn, Runtime};
use crate::object::types::ExcKind;
use crate::object::value::{DictRef, Value};
use crate::vm::NativeKind;
use rustc_hash::{FxHashMap, FxHashSet};
use std::rc::Rc;

/// A host function: converted arguments in, a value or an exception out. `Send`, because the
/// VM that owns it may move between threads.
pub type HostFunction = Box<
    dyn FnMut(&mut crate::vm::Interp, Vec<Value>, Vec<(Rc<str>, Value)>) -> Result<Value, Value>
        + Send,
>;

/// The host's additions (empty for the CLI).
pub struct HostHooks {
    functions: Vec<Option<HostFunction>>,
    /// Modules the host made: `import name` resolves to them before anything else.
    pub modules: FxHashMap<Rc<str>, Value>,
    /// When set, only these modules (and the runtime's internal `_` modules, which the
    /// standard library uses) can be imported, besides the host's own.
    pub allowed_modules: Option<FxHashSet<String>>,
    /// Modules that can never be imported.
    pub denied_modules: FxHashSet<String>,
    /// Whether `import` may read `.py` files from the script folder and `sys.path`.
    pub file_imports: bool,
}

impl Default for HostHooks {
    fn default() -> HostHooks {
        HostHooks {
            functions: Vec::new(),
            modules: FxHashMap::default(),
            allowed_modules: None,
            denied_modules: FxHashSet::default(),
            file_imports: true,
        }
    }
}

impl HostHooks {
    /// Whether `import name` may load `name` (host modules are always allowed).
    pub(super) fn may_import(&self, name: &str) -> bool {
        let top = name.split('.').next().unwrap_or(name);
        if self.denied_modules.contains(name) || self.denied_modules.contains(top) {
            return false;
        }
        match &self.allowed_modules {
            None => true,
            Some(allowed) => {
                top.starts_with('_') || allowed.contains(name) || allowed.contains(top)
            }
        }
    }
}

impl Runtime {
    /// Registers a host function; returns the function value scripts call.
    pub fn register_host_function(&mut self, name: &str, f: HostFunction) -> Value {
        let id = HostFn::ALL.len() + self.hooks.functions.len();
        self.hooks.functions.push(Some(f));
        let nid = self
            .interp
            .register_native(name, NativeKind::Host(id as u32));
        self.interp.natives[nid as usize].value.clone()
    }

    /// Runs host function number `index` (a `NativeKind::Host` id past the runtime's own).
    pub(super) fn call_host_function(
        &mut self,
        index: usize,
        args: Vec<Value>,
        kwargs: Vec<(Rc<str>, Value)>,
    ) -> Result<Value, Value> {
        let Some(mut f) = self.hooks.functions.get_mut(index).and_then(Option::take) else {
            return Err(self.error(ExcKind::RuntimeError, "a host function cannot call itself"));
        };
        let r = f(&mut self.interp, args, kwargs);
        self.hooks.functions[index] = Some(f);
        r
    }

    /// Runs `source` (a whole module) in the namespace `globals`, which persists between
    /// runs (the host's `__main__`).
    pub fn run_in(
        &mut self,
        source: &str,
        filename: &str,
        globals: &DictRef,
    ) -> Result<Value, super::RunError> {
        let code = self
            .compile(source, filename)
            .map_err(super::RunError::Syntax)?;
        self.sources.insert(Rc::from(filename), Rc::from(source));
        let code = self.interp.load_code(&code);
        let fiber = self.interp.main_fiber(code, globals.clone());
        let r = self.run_fiber(fiber);
        self.interp.flush_stdout();
        r.map_err(|e| self.classify(e))
    }

    /// Calls `func(*args)` to completion; a coroutine it returns is run by `asyncio.run`.
    pub fn call_to_completion(
        &mut self,
        func: Value,
        args: Vec<Value>,
    ) -> Result<Value, super::RunError> {
        let r = self.call_script(func, args);
        let r = match r {
            Ok(c @ Value::Coroutine(_)) => self.asyncio_run(c, Value::None),
            other => other,
        };
        self.interp.flush_stdout();
        r.map_err(|e| self.classify(e))
    }
}
