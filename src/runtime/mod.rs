//! The runtime around the interpreter: builtins and native modules, module loading (script
//! folder first, then the embedded `stdlib/`), the event loop, and the driver that runs the
//! main program and acts on every `Halt` the VM returns.

mod aqueue;
mod asyncio;
pub(crate) mod builtins;
mod bytearray;
mod bytes;
mod bytes_methods;
pub mod clock;
mod debug;
pub mod event_loop;
mod exceptions;
mod files;
mod futures;
mod hashed;
pub mod host;
pub mod interactive;
mod keyed;
mod methods;
mod modules;
mod numbers;
mod runner;
mod sets;
mod str_extra;
pub(crate) mod sys;
mod tasks;
mod text;
mod timer_heap;
mod warnings;

use crate::compiler::compile_module;
use crate::object::types::ExcKind;
use crate::object::value::Value;
use crate::syntax::{SyntaxError, parse_module};
use crate::vm::{Fiber, Halt, Interp, Resume};
use event_loop::EventLoop;
use rustc_hash::FxHashMap;
use std::io::Write;
use std::path::PathBuf;
use std::rc::Rc;

mod stdlib_files {
    include!(concat!(env!("OUT_DIR"), "/stdlib_files.rs"));
}

/// Why running a program failed.
#[derive(Debug)]
pub enum RunError {
    /// The source did not parse or compile.
    Syntax(Vec<SyntaxError>),
    /// An exception escaped the program.
    Exception(Value),
    /// `sys.exit(code)`.
    Exit(i32),
}

/// Ids of the natives that need the runtime (`NativeKind::Host`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[repr(u32)]
pub enum HostFn {
    AsyncioRun,
    CreateTask,
    Gather,
    SleepFuture,
    Cancel,
    CurrentTask,
    SetResult,
    SetException,
    AddDoneCallback,
    CallSoon,
    CallAt,
    LoopTime,
    GetLoop,
    SetLoop,
    AllTasks,
    LoopRunUntilComplete,
    LoopEnter,
    LoopExit,
    LoopIsRunning,
    LoopClose,
    LoopSetDebug,
    DebugDefault,
}

impl HostFn {
    const ALL: [HostFn; 22] = [
        HostFn::AsyncioRun,
        HostFn::CreateTask,
        HostFn::Gather,
        HostFn::SleepFuture,
        HostFn::Cancel,
        HostFn::CurrentTask,
        HostFn::SetResult,
        HostFn::SetException,
        HostFn::AddDoneCallback,
        HostFn::CallSoon,
        HostFn::CallAt,
        HostFn::LoopTime,
        HostFn::GetLoop,
        HostFn::SetLoop,
        HostFn::AllTasks,
        HostFn::LoopRunUntilComplete,
        HostFn::LoopEnter,
        HostFn::LoopExit,
        HostFn::LoopIsRunning,
        HostFn::LoopClose,
        HostFn::LoopSetDebug,
        HostFn::DebugDefault,
    ];
}

pub struct Runtime {
    pub interp: Interp,
    /// `Some` while `asyncio.run` is running.
    pub event_loop: Option<EventLoop>,
    /// Names tasks `Task-N` across the whole process, as CPython's global counter does.
    task_counter: u64,
    /// Event loops made by `asyncio.new_event_loop()` while they are not running: their
    /// pending tasks and timers wait here between `run_until_complete` calls.
    parked_loops: Vec<EventLoop>,
    /// Set while a parked loop is installed for a call on a loop that is not running.
    entered_parked: bool,
    /// Nesting of `cancel` (a task cancels what it waits for), and whether it hit the limit.
    cancel_depth: usize,
    cancel_overflow: bool,
    /// Folder of the main script: searched first by `import`.
    pub script_dir: Option<PathBuf>,
    /// Source text of every loaded file, for tracebacks.
    pub sources: FxHashMap<Rc<str>, Rc<str>>,
    pub argv: Vec<String>,
    /// What an embedding host added (see `host.rs`).
    pub hooks: host::HostHooks,
    /// Renders an exception with its traceback for asyncio's reports on stderr ("Task
    /// exception was never retrieved"); the CLI installs the full renderer of `diag`.
    pub format_traceback: TracebackFormatter,
}

/// Renders an exception and its traceback, given the source text of every file.
pub type TracebackFormatter = fn(&Value, &FxHashMap<Rc<str>, Rc<str>>) -> String;

/// The default `Runtime::format_traceback`: the exception's repr only.
fn exception_repr_line(e: &Value, _: &FxHashMap<Rc<str>, Rc<str>>) -> String {
    format!("{}\n", crate::object::repr::repr(e))
}

impl Runtime {
    pub fn new(stdout: Box<dyn Write>) -> Runtime {
        let mut interp = Interp::new(stdout);
        builtins::install(&mut interp);
        methods::install(&mut interp);
        sets::install(&mut interp);
        files::install(&mut interp);
        bytes::install(&mut interp);
        numbers::install(&mut interp);
        exceptions::install(&mut interp);
        str_extra::install(&mut interp);
        keyed::install(&mut interp);
        text::install(&mut interp);
        futures::install_methods(&mut interp);
        let mut rt = Runtime {
            interp,
            event_loop: None,
            task_counter: 0,
            parked_loops: Vec::new(),
            entered_parked: false,
            cancel_depth: 0,
            cancel_overflow: false,
            script_dir: None,
            sources: FxHashMap::default(),
            argv: Vec::new(),
            hooks: host::HostHooks::default(),
            format_traceback: exception_repr_line,
        };
        rt.load_prelude();
        rt
    }

    /// Runs `stdlib/_prelude.py`, the script-level versions of built-in functions.
    fn load_prelude(&mut self) {
        let (_, _, source) = stdlib_files::STDLIB
            .iter()
            .find(|(m, _, _)| *m == "_prelude")
            .expect("the prelude is embedded");
        let code = self
            .compile(source, crate::bytecode::PRELUDE_FILE)
            .unwrap_or_else(|e| panic!("the prelude compiles: {}", e[0].message));
        let module = self
            .interp
            .new_module("_prelude", Some(crate::bytecode::PRELUDE_FILE));
        hashed::install(&mut self.interp, &module);
        let code = self.interp.load_code(&code);
        let fiber = self.interp.main_fiber(code, module.dict.clone());
        if let Err(e) = self.run_fiber(fiber) {
            panic!("the prelude runs: {}", crate::object::repr::repr(&e));
        }
        // Builtins with no native version are the prelude's.
        for name in [
            "map",
            "filter",
            "BaseExceptionGroup",
            "ExceptionGroup",
            "_eg_wrap",
            "_eg_split",
            "_eg_reraise",
            "_with_enter",
            "_async_with_enter",
            "_aiter",
            "_anext",
            "exit",
            "quit",
        ] {
            let f = module
                .dict
                .borrow()
                .get_str(&crate::object::str::Str::new(name))
                .cloned();
            if let Some(f) = f {
                self.interp.builtins.borrow_mut().set_str(name, f);
            }
        }
        self.interp.prelude = Some(module.dict.clone());
    }

    /// Parses and compiles `source`; all syntax errors are reported together.
    pub fn compile(
        &self,
        source: &str,
        filename: &str,
    ) -> Result<Rc<crate::bytecode::Code>, Vec<SyntaxError>> {
        let module = parse_module(source)?;
        compile_module(&module, filename).map_err(|e| {
            vec![SyntaxError::new(
                source,
                "SyntaxError",
                e.message,
                e.span.start as usize,
                e.span.end as usize,
            )]
        })
    }

    /// Runs `source` as the `__main__` module.
    pub fn run_main(&mut self, source: &str, filename: &str) -> Result<(), RunError> {
        let code = self.compile(source, filename).map_err(RunError::Syntax)?;
        let text: Rc<str> = Rc::from(source);
        crate::object::sources::register(filename, &text);
        self.sources.insert(Rc::from(filename), text);
        let module = self.interp.new_module("__main__", Some(filename));
        self.interp
            .modules
            .insert(Rc::from("__main__"), Value::Module(module.clone()));
        let code = self.interp.load_code(&code);
        let fiber = self.interp.main_fiber(code, module.dict.clone());
        let r = self.run_fiber(fiber);
        self.print_warnings();
        self.interp.flush_stdout();
        match r {
            Ok(_) => Ok(()),
            Err(e) => Err(self.classify(e)),
        }
    }

    /// Interpreter shutdown after the main script ended normally: the `__main__` globals are
    /// cleared as CPython clears them (names starting with one underscore first, then the
    /// rest, each pass in order) so that suspended generators are closed and `__del__`
    /// methods run, then the finalizers are drained.
    pub fn shutdown(&mut self) {
        let Some(Value::Module(main)) = self.interp.modules.get("__main__").cloned() else {
            return;
        };
        for underscore_pass in [true, false] {
            let names: Vec<Value> = main
                .dict
                .borrow()
                .keys()
                .filter(|k| match k {
                    Value::Str(s) => {
                        let s = s.as_str();
                        s != "__builtins__"
                            && (s.starts_with('_') && !s.starts_with("__")) == underscore_pass
                    }
                    _ => false,
                })
                .cloned()
                .collect();
            for name in names {
                if let Value::Str(s) = &name {
                    let old = main
                        .dict
                        .borrow_mut()
                        .map
                        .get_mut(&crate::object::dict::Key {
                            hash: s.hash(),
                            value: name.clone(),
                        })
                        .map(|slot| std::mem::replace(slot, Value::None));
                    drop(old);
                }
                self.drain_finalizers();
            }
        }
        self.interp.flush_stdout();
    }

    /// Runs the finalizers queued by `Drop` (see `object::finalize`) on a fiber of their own.
    fn drain_finalizers(&mut self) {
        while crate::object::finalize::pending() {
            let objs = crate::object::finalize::take();
            if let Some(f) = self.interp.prelude_fn("_finalize") {
                let _ = self.call_script(f, vec![Value::list(objs)]);
            }
        }
    }

    /// Runs one REPL input in the persistent `__main__` namespace.
    pub fn run_interactive(&mut self, source: &str) -> Result<(), RunError> {
        let module = parse_module(source).map_err(RunError::Syntax)?;
        let code = crate::compiler::compile_interactive(&module, "<stdin>").map_err(|e| {
            RunError::Syntax(vec![SyntaxError::new(
                source,
                "SyntaxError",
                e.message,
                e.span.start as usize,
                e.span.end as usize,
            )])
        })?;
        let text: Rc<str> = Rc::from(source);
        crate::object::sources::register("<stdin>", &text);
        self.sources.insert(Rc::from("<stdin>"), text);
        let main = match self.interp.modules.get("__main__") {
            Some(Value::Module(m)) => m.clone(),
            _ => {
                let m = self.interp.new_module("__main__", None);
                self.interp
                    .modules
                    .insert(Rc::from("__main__"), Value::Module(m.clone()));
                m
            }
        };
        let code = self.interp.load_code(&code);
        let fiber = self.interp.main_fiber(code, main.dict.clone());
        let r = self.run_fiber(fiber);
        self.interp.flush_stdout();
        r.map(|_| ()).map_err(|e| self.classify(e))
    }

    /// Before a traceback is rendered: runs the `__str__` of user exception classes in the
    /// chain and records the text on each exception (the renderer runs no script code).
    pub fn prepare_exception_display(&mut self, exc: &Value) {
        let mut chain = vec![exc.clone()];
        let mut i = 0;
        while i < chain.len() && i < 64 {
            let linked: Vec<Value> = match &chain[i] {
                Value::Exception(e) => [e.cause.borrow().clone(), e.context.borrow().clone()]
                    .into_iter()
                    .flatten()
                    .collect(),
                _ => Vec::new(),
            };
            for next in linked {
                if !chain.iter().any(|c| c.is(&next)) {
                    chain.push(next);
                }
            }
            i += 1;
        }
        for v in &chain {
            if let Value::Exception(e) = v
                && e.class.dict.is_some()
                && e.display.borrow().is_none()
            {
                let shown = match self.call_str(v) {
                    Ok(Value::Str(s)) => s.as_str().to_string(),
                    _ => "<exception str() failed>".to_string(),
                };
                *e.display.borrow_mut() = Some(shown);
            }
        }
    }

    /// `str(v)`, running user code if needed, on a scratch fiber.
    fn call_str(&mut self, v: &Value) -> Result<Value, Value> {
        let code = self
            .compile("__baton_result__ = str(__baton_value__)\n", "<str>")
            .map_err(|_| Value::None)?;
        let module = self.interp.new_module("__baton_str__", None);
        module
            .dict
            .borrow_mut()
            .set_str("__baton_value__", v.clone());
        let code = self.interp.load_code(&code);
        let fiber = self.interp.main_fiber(code, module.dict.clone());
        self.run_fiber(fiber)?;
        let r = module
            .dict
            .borrow()
            .get_str(&crate::object::str::Str::new("__baton_result__"))
            .cloned();
        r.ok_or(Value::None)
    }

    fn classify(&self, e: Value) -> RunError {
        if let Value::Exception(x) = &e
            && x.kind() == Some(ExcKind::SystemExit)
        {
            return RunError::Exit(sys::exit_code(&x.args.borrow(), &mut std::io::stderr()));
        }
        RunError::Exception(e)
    }

    /// Runs a fiber outside any task (the main program) to completion.
    fn run_fiber(&mut self, fiber: Fiber) -> Result<Value, Value> {
        self.drive_fiber(fiber, None)
    }

    /// Calls `func(*args)` to completion on a fiber of its own (an event-loop callback).
    pub(crate) fn call_script(&mut self, func: Value, args: Vec<Value>) -> Result<Value, Value> {
        let (fiber, first) = self.interp.call_fiber(func, args);
        self.drive_fiber(fiber, first)
    }

    /// Runs a fiber to its end, acting on every halt (`first`: a halt it already made).
    fn drive_fiber(&mut self, mut fiber: Fiber, first: Option<Halt>) -> Result<Value, Value> {
        let mut next = first;
        loop {
            let halt = match next.take() {
                Some(h) => h,
                None => self.interp.run(&mut fiber),
            };
            self.print_warnings();
            match halt {
                Halt::Returned(v) => return Ok(v),
                Halt::Raised(e) => return Err(e),
                Halt::HostCall { id, args, kwargs } => {
                    let r = self.host_call(id, args, kwargs);
                    if fiber.frames.is_empty() {
                        return r;
                    }
                    self.resume_with(&mut fiber, r);
                }
                Halt::Import { name } => match self.import(&mut fiber, &name) {
                    Ok(Some(m)) => self.interp.resume(&mut fiber, Resume::Value(m)),
                    Ok(None) => {}
                    Err(e) => self.interp.resume(&mut fiber, Resume::Throw(e)),
                },
                Halt::Await(_) | Halt::Yield => {
                    let e = self.interp.new_exception(
                        ExcKind::RuntimeError,
                        vec![Value::str("await outside of a running event loop")],
                    );
                    self.interp.resume(&mut fiber, Resume::Throw(e));
                }
            }
        }
    }

    fn error(&self, k: ExcKind, msg: impl Into<String>) -> Value {
        self.interp
            .new_exception(k, vec![Value::string(msg.into())])
    }

    /// Runs a host native.
    fn host_call(
        &mut self,
        id: u32,
        args: Vec<Value>,
        kwargs: Vec<(Rc<str>, Value)>,
    ) -> Result<Value, Value> {
        if id as usize >= HostFn::ALL.len() {
            return self.call_host_function(id as usize - HostFn::ALL.len(), args, kwargs);
        }
        let f = HostFn::ALL[id as usize];
        let without_loop = matches!(
            f,
            HostFn::AsyncioRun
                | HostFn::LoopRunUntilComplete
                | HostFn::LoopEnter
                | HostFn::LoopExit
                | HostFn::LoopIsRunning
                | HostFn::LoopClose
                | HostFn::LoopSetDebug
                | HostFn::DebugDefault
        );
        if !without_loop && self.event_loop.is_none() {
            return Err(self.error(ExcKind::RuntimeError, "no running event loop"));
        }
        asyncio::host_call(self, f, args, kwargs)
    }

    /// Resolves `import name`: a loaded or native module is returned; a source module gets a
    /// frame pushed on `fiber` (returns `None`; the import completes when that frame returns).
    fn import(&mut self, fiber: &mut Fiber, name: &str) -> Result<Option<Value>, Value> {
        if let Some(m) = self.interp.modules.get(name) {
            return Ok(Some(m.clone()));
        }
        if let Some(m) = self.hooks.modules.get(name).cloned() {
            self.interp.modules.insert(Rc::from(name), m.clone());
            return Ok(Some(m));
        }
        if !self.hooks.may_import(name) {
            return Err(self.error(
                ExcKind::ModuleNotFoundError,
                format!("No module named '{name}'"),
            ));
        }
        if let Some(m) = self.native_module(name) {
            self.interp.modules.insert(Rc::from(name), m.clone());
            self.bind_in_parent(name, &m);
            self.note_in_sys_modules(name, &m);
            return Ok(Some(m));
        }
        let Some((filename, source)) = self.find_source(name) else {
            return Err(self.error(
                ExcKind::ModuleNotFoundError,
                format!("No module named '{name}'"),
            ));
        };
        let code = match self.compile(&source, &filename) {
            Ok(c) => c,
            Err(errors) => {
                let e = &errors[0];
                return Err(self.error(
                    ExcKind::SyntaxError,
                    format!("{} ({}, line {})", e.message, filename, e.line),
                ));
            }
        };
        let text: Rc<str> = Rc::from(source.as_str());
        crate::object::sources::register(&filename, &text);
        self.sources.insert(Rc::from(filename.as_str()), text);
        let module = self.interp.new_module(name, Some(&filename));
        self.interp
            .modules
            .insert(Rc::from(name), Value::Module(module.clone()));
        self.bind_in_parent(name, &Value::Module(module.clone()));
        self.note_in_sys_modules(name, &Value::Module(module.clone()));
        let code = self.interp.load_code(&code);
        self.interp.push_module_frame(fiber, module, code);
        Ok(None)
    }

    /// Records a newly imported module in `sys.modules` (once `sys` exists; it starts as a
    /// copy of the modules loaded before it).
    fn note_in_sys_modules(&self, name: &str, m: &Value) {
        if let Some(Value::Module(sys)) = self.interp.modules.get("sys")
            && let Some(Value::Dict(d)) = sys
                .dict
                .borrow()
                .get_str(&crate::object::str::Str::new("modules"))
        {
            d.borrow_mut().set_str(name, m.clone());
        }
    }

    /// A submodule `a.b` becomes attribute `b` of its (already imported) package `a`.
    fn bind_in_parent(&self, name: &str, m: &Value) {
        if let Some((parent, child)) = name.rsplit_once('.')
            && let Some(Value::Module(p)) = self.interp.modules.get(parent)
        {
            p.dict.borrow_mut().set_str(child, m.clone());
        }
    }

    /// The folders imports search: `sys.path` once `sys` is imported (scripts may change
    /// it), else the script's folder.
    fn search_dirs(&self) -> Vec<PathBuf> {
        if let Some(Value::Module(sys)) = self.interp.modules.get("sys")
            && let Some(Value::List(l)) = sys
                .dict
                .borrow()
                .get_str(&crate::object::str::Str::new("path"))
        {
            return l
                .borrow()
                .iter()
                .filter_map(|v| match v {
                    Value::Str(s) if s.as_str().is_empty() => Some(PathBuf::from(".")),
                    Value::Str(s) => Some(PathBuf::from(s.as_str())),
                    _ => None,
                })
                .collect();
        }
        self.script_dir
            .iter()
            .map(|d| std::path::absolute(d).unwrap_or_else(|_| d.clone()))
            .collect()
    }

    /// Finds a module's source: the folders of `search_dirs` first, then the embedded stdlib.
    fn find_source(&self, name: &str) -> Option<(String, String)> {
        let dirs = if self.hooks.file_imports {
            self.search_dirs()
        } else {
            Vec::new()
        };
        for dir in &dirs {
            let rel = name.replace('.', "/");
            for cand in [
                dir.join(format!("{rel}.py")),
                dir.join(&rel).join("__init__.py"),
            ] {
                if let Ok(src) = std::fs::read_to_string(&cand) {
                    return Some((cand.display().to_string(), src));
                }
            }
        }
        stdlib_files::STDLIB
            .iter()
            .find(|(m, _, _)| *m == name)
            .map(|(_, path, src)| (format!("<baton>/{path}"), src.to_string()))
    }

    fn native_module(&mut self, name: &str) -> Option<Value> {
        match name {
            "_asyncio" => Some(asyncio::module(&mut self.interp)),
            "sys" => {
                let m = sys::module(&mut self.interp, &self.argv);
                if let Value::Module(sys) = &m {
                    let dirs = self.script_dir.iter().map(|d| {
                        let d = std::path::absolute(d).unwrap_or_else(|_| d.clone());
                        Value::string(d.display().to_string())
                    });
                    sys.dict
                        .borrow_mut()
                        .set_str("path", Value::list(dirs.collect()));
                    let mut loaded = crate::object::dict::Dict::new();
                    for (k, v) in self.interp.modules.iter() {
                        if !k.starts_with('_') {
                            loaded.set_str(k, v.clone());
                        }
                    }
                    sys.dict
                        .borrow_mut()
                        .set_str("modules", Value::dict(loaded));
                }
                Some(m)
            }
            _ => modules::load(&mut self.interp, name),
        }
    }
}
