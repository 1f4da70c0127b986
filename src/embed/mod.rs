//! The embedding API: Baton inside a Rust host program.
//!
//! A [`Vm`] is one independent interpreter with its own `__main__` namespace, modules, heap
//! and limits. The host runs source in it, moves data in and out through the
//! [`IntoValue`] / [`FromValue`] conversions, calls script functions (coroutine functions are
//! run to completion on an event loop), registers Rust functions and modules, and chooses what
//! the script may reach.
//!
//! ```
//! use baton::embed::Vm;
//!
//! let mut vm = Vm::builder().capture_output().build().unwrap();
//! vm.register("add", |a: i64, b: i64| a + b);
//! vm.set("name", "host");
//! vm.run("def greet(n):\n    return f'hello {n}, {add(2, 3)}'\nprint(greet(name))").unwrap();
//! assert_eq!(vm.take_stdout(), "hello host, 5\n");
//! let s: String = vm.call("greet", ("again",)).unwrap();
//! assert_eq!(s, "hello again, 5");
//! ```
//!
//! # Errors
//!
//! A failed run returns an [`Error`]: the exception's type and message, the traceback
//! [`Frame`]s (file, function, line, column), CPython's traceback text and an ariadne report.
//!
//! # Limits
//!
//! [`VmBuilder`] sets *fuel* (a budget of ticks: one per loop iteration and per script-level
//! call, so every non-terminating script uses it up), a *timeout* (a wall-clock deadline), a
//! *memory cap* (needs the [`CountingAllocator`]) and the *recursion limit*. Fuel and timeout
//! apply to each run or call separately. They are checked at the VM's checkpoints (every 4096
//! ticks at most, and exactly at the fuel's end).
//!
//! What the script sees: a limit raises an exception where the script is (`RuntimeError`
//! for fuel, `TimeoutError` for the deadline, `MemoryError` for memory), so `finally` blocks
//! and `with` exits run. The limit then stays *tripped* until the run returns to the host:
//! every further loop iteration or script call raises again at once, so a script that catches
//! the error (even with `except BaseException`) cannot keep running: it gets at most the
//! straight-line code of its handler. The host always receives an [`Error`] of kind
//! [`ErrorKind::Limit`], whatever the script did with the exception, and the VM stays usable:
//! the next run starts with a fresh budget.
//!
//! Known gaps: a single native operation runs to its end between checkpoints (e.g.
//! `sum(range(10**12))` is not interrupted, and a single huge allocation is made before the
//! memory cap sees it); a script blocked in `time.sleep` is not woken by the deadline (one
//! waiting on the event loop's timers or host futures is). Budgets are per run, not per task:
//! a tripped limit stops every task of the run.
//!
//! # Async
//!
//! [`Vm::register_async`] turns a Rust future into a script coroutine function; other tasks
//! run while it is pending and cancelling the awaiting task drops the future. A host can also
//! keep its own event loop: [`Vm::spawn`] starts tasks, [`Vm::run_for`] steps the loop for a
//! time budget, [`Vm::cancel`] throws `CancelledError` into a task at its `await`.
//!
//! # Sandbox
//!
//! [`VmBuilder::sandbox`] removes access to the host machine: `open` and `input` raise
//! `PermissionError`, the `os` module cannot be imported, and `import` finds only the
//! embedded standard library and host modules (no `.py` files from disk).
//! [`VmBuilder::allowed_modules`] narrows which standard modules exist at all.
//!
//! # Threads
//!
//! A `Vm` is `Send`: it can move to another thread between calls. It is not `Sync`.

mod alloc;
mod convert;
mod error;
mod native;
mod output;
#[cfg(feature = "serde")]
mod serde;

pub use crate::vm::limits::{InterruptHandle, LimitKind};
pub use alloc::CountingAllocator;
pub use convert::{ConvertError, Data, FromValue, IntoArgs, IntoKey, IntoValue};
pub use error::{Error, ErrorKind, Frame};
pub use native::{AsyncNativeFunction, Exception, IntoResult, NativeFunction};
pub use output::Output;
#[cfg(feature = "serde")]
pub use serde::Serde;

use crate::object::gc::{self, HeapState};
use crate::object::str::Str;
use crate::object::types::ExcKind;
use crate::object::value::{DictRef, Value, agen_registry};
use crate::runtime::{RunError, Runtime};
use std::mem::ManuallyDrop;
use std::path::Path;
use std::rc::Rc;
use std::sync::Arc;
use std::sync::atomic::{AtomicIsize, Ordering};
use std::time::{Duration, Instant};

/// Configures a [`Vm`]: output, limits and sandbox. Made by [`Vm::builder`].
pub struct VmBuilder {
    stdout: Output,
    stderr: Output,
    fuel: Option<u64>,
    timeout: Option<Duration>,
    memory: Option<usize>,
    recursion: Option<usize>,
    sandbox: bool,
    allowed: Option<Vec<String>>,
    denied: Vec<String>,
    poll_context: Option<crate::runtime::host::PollContext>,
}

impl VmBuilder {
    /// Where `print` and `sys.stdout` write.
    pub fn stdout(mut self, out: Output) -> VmBuilder {
        self.stdout = out;
        self
    }
    /// Where `sys.stderr` writes.
    pub fn stderr(mut self, out: Output) -> VmBuilder {
        self.stderr = out;
        self
    }
    /// Keeps stdout and stderr in the VM, for [`Vm::take_stdout`] and [`Vm::take_stderr`].
    pub fn capture_output(self) -> VmBuilder {
        self.stdout(Output::Capture).stderr(Output::Capture)
    }
    /// Ticks (loop iterations and script calls) each run or call may use.
    pub fn fuel(mut self, ticks: u64) -> VmBuilder {
        self.fuel = Some(ticks);
        self
    }
    /// Wall-clock time each run or call may take.
    pub fn timeout(mut self, limit: Duration) -> VmBuilder {
        self.timeout = Some(limit);
        self
    }
    /// Bytes the VM may hold, its own built-in objects included (see [`Vm::memory_used`]).
    /// Needs [`CountingAllocator`] as the program's global allocator: `build` fails
    /// otherwise.
    pub fn memory_limit(mut self, bytes: usize) -> VmBuilder {
        self.memory = Some(bytes);
        self
    }
    /// The recursion limit (`sys.getrecursionlimit()`; 1000 by default).
    pub fn recursion_limit(mut self, depth: usize) -> VmBuilder {
        self.recursion = Some(depth);
        self
    }
    /// No file, environment or process access (see the module docs).
    pub fn sandbox(mut self) -> VmBuilder {
        self.sandbox = true;
        self
    }
    /// Only these standard modules (and host modules) can be imported. The standard
    /// library's internal modules (names starting with `_`) stay available to it.
    pub fn allowed_modules<S: Into<String>>(
        mut self,
        names: impl IntoIterator<Item = S>,
    ) -> VmBuilder {
        self.allowed = Some(names.into_iter().map(Into::into).collect());
        self
    }
    /// These modules cannot be imported.
    pub fn deny_module(mut self, name: &str) -> VmBuilder {
        self.denied.push(name.to_string());
        self
    }

    /// Polls async host functions inside this tokio runtime's context (feature `tokio`), so
    /// they can await tokio timers, channels and I/O. The runtime must drive its timers and
    /// I/O on threads of its own (a multi-thread runtime, or a current-thread runtime that
    /// another thread runs); the VM's event loop waits for the futures' wake-ups.
    #[cfg(feature = "tokio")]
    pub fn tokio(mut self, handle: ::tokio::runtime::Handle) -> VmBuilder {
        self.poll_context = Some(Box::new(move |poll| {
            let _guard = handle.enter();
            poll()
        }));
        self
    }

    /// Makes the VM.
    pub fn build(self) -> Result<Vm, Error> {
        if self.memory.is_some() && !CountingAllocator::is_installed() {
            return Err(Error::host(
                "RuntimeError",
                "memory_limit needs baton::embed::CountingAllocator as the #[global_allocator]",
            ));
        }
        let mut heap = Heap::default();
        let account = Arc::new(AtomicIsize::new(0));
        let (out, out_buf) = output::writer(self.stdout, || {
            Box::new(std::io::BufWriter::new(std::io::stdout()))
        });
        let (err, err_buf) = output::writer(self.stderr, || Box::new(std::io::stderr()));
        let inner = {
            let _entered = heap.enter(&account);
            let mut rt = Runtime::new(out);
            rt.interp.ext::<crate::runtime::sys::StderrSink>().0 = Some(err);
            if let Some(depth) = self.recursion {
                rt.interp.recursion_limit = depth;
            }
            let hooks = &mut rt.hooks;
            hooks.futures.poll_context = self.poll_context;
            hooks.allowed_modules = self.allowed.map(|a| a.into_iter().collect());
            hooks.denied_modules = self.denied.into_iter().collect();
            if self.sandbox {
                hooks.file_imports = false;
                hooks.denied_modules.insert("os".to_string());
                for name in ["open", "input"] {
                    let f = rt.register_host_function(
                        name,
                        Box::new(move |rt, _, _| {
                            Err(rt.interp.new_exception(
                                ExcKind::PermissionError,
                                vec![Value::string(format!(
                                    "{name}() is not available in this sandbox"
                                ))],
                            ))
                        }),
                    );
                    rt.interp.builtins.borrow_mut().set_str(name, f);
                }
            }
            let main = rt.interp.new_module("__main__", None);
            rt.interp
                .modules
                .insert(Rc::from("__main__"), Value::Module(main.clone()));
            Inner {
                main: main.dict.clone(),
                rt,
                tasks: Vec::new(),
            }
        };
        Ok(Vm {
            inner: ManuallyDrop::new(inner),
            heap,
            account,
            fuel: self.fuel,
            timeout: self.timeout,
            memory: self.memory,
            stdout: out_buf,
            stderr: err_buf,
        })
    }
}

/// One interpreter. See the [module documentation](self).
pub struct Vm {
    inner: ManuallyDrop<Inner>,
    heap: Heap,
    /// Bytes this VM's heap holds (kept by `CountingAllocator`).
    account: Arc<AtomicIsize>,
    fuel: Option<u64>,
    timeout: Option<Duration>,
    memory: Option<usize>,
    stdout: Option<output::Shared>,
    stderr: Option<output::Shared>,
}

// SAFETY: a `Vm` owns its whole object graph. Script values are `Rc`-based and not
// thread-safe, so the argument is that none of them is reachable from outside the `Vm`:
// - the public API takes and returns only Rust data (`IntoValue` / `FromValue` copy values in
//   and out while the VM is entered), `Error` holds strings, and host functions and outputs
//   must be `Send`;
// - the interpreter's thread-local state (the cycle collector's registry in `object::gc`
//   and the async-generator registry in `object::value`) refers to objects of whichever VM
//   runs on the thread; `Heap::enter` swaps this VM's part in when it starts running and back
//   out when it stops (also when unwinding), so between calls the thread-locals hold no
//   pointer into this VM, and this VM's part travels with it;
// - the only process-wide state is the class-epoch counter (`object::dict`), an atomic that
//   only invalidates caches, and immutable statics (the embedded standard library).
// Moving a `Vm` to another thread therefore moves every `Rc` pointing into its graph along
// with it, and no two threads ever touch the same reference count.
unsafe impl Send for Vm {}

struct Inner {
    rt: Runtime,
    main: DictRef,
    /// Tasks the host spawned, by `TaskId`.
    tasks: Vec<Rc<crate::object::future::FutureObj>>,
}

/// A script task the host started with [`Vm::spawn`].
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct TaskId(usize);

/// This VM's share of the interpreter's thread-local state, kept here while it is not
/// running (see the `Send` argument above).
#[derive(Default)]
struct Heap {
    gc: HeapState,
    agens: agen_registry::AgenState,
}

/// While alive, the VM's heap state is the thread's.
struct Entered<'a> {
    heap: &'a mut Heap,
    previous_account: *const AtomicIsize,
}

impl Heap {
    fn enter<'a>(&'a mut self, account: &'a Arc<AtomicIsize>) -> Entered<'a> {
        gc::swap_heap(&mut self.gc);
        agen_registry::swap(&mut self.agens);
        // SAFETY: `account` outlives the guard, which puts the previous account back.
        let previous_account = unsafe { alloc::set_account(Arc::as_ptr(account)) };
        Entered {
            heap: self,
            previous_account,
        }
    }
}

impl Drop for Entered<'_> {
    fn drop(&mut self) {
        // SAFETY: the previous account was alive when this guard was made and its owner's
        // guard is still alive further up the stack (guards nest).
        unsafe { alloc::set_account(self.previous_account) };
        agen_registry::swap(&mut self.heap.agens);
        gc::swap_heap(&mut self.heap.gc);
    }
}

impl Drop for Vm {
    fn drop(&mut self) {
        let _entered = self.heap.enter(&self.account);
        // Functions refer to their module's namespace, which refers to them: empty every
        // namespace so these cycles fall apart, then let the collector take the rest.
        let interp = &mut self.inner.rt.interp;
        let mut namespaces: Vec<DictRef> = interp
            .modules
            .values()
            .filter_map(|m| match m {
                Value::Module(m) => Some(m.dict.clone()),
                _ => None,
            })
            .collect();
        namespaces.push(interp.builtins.clone());
        namespaces.extend(interp.prelude.clone());
        namespaces.push(self.inner.main.clone());
        // Classes too (a method's `__class__` cell refers back to its class).
        let classes: Vec<DictRef> = namespaces
            .iter()
            .flat_map(|d| {
                d.borrow()
                    .map
                    .values()
                    .filter_map(|v| match v {
                        Value::Type(t) => t.dict.clone(),
                        _ => None,
                    })
                    .collect::<Vec<_>>()
            })
            .collect();
        for d in namespaces.into_iter().chain(classes) {
            let old = std::mem::take(&mut *d.borrow_mut());
            drop(old);
        }
        // SAFETY: `inner` is dropped once, here, and never used again.
        unsafe { ManuallyDrop::drop(&mut self.inner) };
        gc::collect();
    }
}

impl Default for Vm {
    fn default() -> Vm {
        Vm::new()
    }
}

impl Vm {
    /// A VM with no limits, printing to the process's stdout.
    pub fn new() -> Vm {
        Vm::builder()
            .build()
            .expect("a VM without a memory limit always builds")
    }

    /// Configures a new VM.
    pub fn builder() -> VmBuilder {
        VmBuilder {
            stdout: Output::Inherit,
            stderr: Output::Inherit,
            fuel: None,
            timeout: None,
            memory: None,
            recursion: None,
            sandbox: false,
            allowed: None,
            denied: Vec::new(),
            poll_context: None,
        }
    }

    /// Runs `source` in the VM's `__main__` namespace (it persists between runs), reported
    /// in tracebacks as `<script>`.
    pub fn run(&mut self, source: &str) -> Result<(), Error> {
        self.run_named(source, "<script>")
    }

    /// Runs `source`, reported in tracebacks as `filename`.
    pub fn run_named(&mut self, source: &str, filename: &str) -> Result<(), Error> {
        let limits = self.limits();
        let _entered = self.heap.enter(&self.account);
        let inner = &mut *self.inner;
        inner.begin(limits);
        let main = inner.main.clone();
        let r = inner.rt.run_in(source, filename, &main);
        inner.finish(r, Some((filename, source))).map(|_| ())
    }

    /// Reads and runs a file; its folder is searched first by `import` (unless sandboxed).
    pub fn run_file(&mut self, path: impl AsRef<Path>) -> Result<(), Error> {
        let path = path.as_ref();
        let source = std::fs::read_to_string(path)
            .map_err(|e| Error::host("OSError", format!("cannot read {}: {e}", path.display())))?;
        if let Some(dir) = path.parent() {
            let dir = if dir.as_os_str().is_empty() {
                Path::new(".")
            } else {
                dir
            };
            self.inner.rt.script_dir = Some(dir.to_path_buf());
        }
        self.run_named(&source, &path.display().to_string())
    }

    /// Evaluates one expression in the `__main__` namespace.
    ///
    /// ```
    /// let mut vm = baton::embed::Vm::new();
    /// vm.run("x = 20").unwrap();
    /// assert_eq!(vm.eval::<i64>("x * 2 + 2").unwrap(), 42);
    /// ```
    pub fn eval<T: FromValue>(&mut self, expr: &str) -> Result<T, Error> {
        let eval = self
            .inner
            .rt
            .interp
            .builtins
            .borrow()
            .get_str(&Str::new("eval"))
            .cloned();
        let Some(eval) = eval else {
            return Err(Error::host("RuntimeError", "eval is not available"));
        };
        let main = Value::Dict(self.inner.main.clone());
        self.call_value(eval, || vec![Value::str(expr), main], "eval()")
    }

    /// Sets a global variable of `__main__`.
    pub fn set<T: IntoValue>(&mut self, name: &str, value: T) {
        let _entered = self.heap.enter(&self.account);
        let v = value.into_value();
        self.inner.main.borrow_mut().set_str(name, v);
    }

    /// Reads a global variable of `__main__`.
    pub fn get<T: FromValue>(&mut self, name: &str) -> Result<T, Error> {
        let _entered = self.heap.enter(&self.account);
        let v = self.inner.main.borrow().get_str(&Str::new(name)).cloned();
        match v {
            Some(v) => T::from_value(&v).map_err(|e| Error::conversion(name, &e)),
            None => Err(Error::host(
                "NameError",
                format!("name '{name}' is not defined"),
            )),
        }
    }

    /// Sets a global to a `Serialize` value (feature `serde`; see [`Serde`]).
    #[cfg(feature = "serde")]
    pub fn set_serde<T: ::serde::Serialize>(&mut self, name: &str, value: &T) -> Result<(), Error> {
        let data = serde::to_data(value).map_err(|e| Error::host("TypeError", e))?;
        self.set(name, data);
        Ok(())
    }

    /// Reads a global into a `Deserialize` type (feature `serde`).
    ///
    /// ```
    /// #[derive(serde::Deserialize, Debug, PartialEq)]
    /// struct Config { name: String, retries: u32, tags: Vec<String> }
    ///
    /// let mut vm = baton::embed::Vm::new();
    /// vm.run("config = {'name': 'svc', 'retries': 2 + 1, 'tags': ['a', 'b']}").unwrap();
    /// let c: Config = vm.get_serde("config").unwrap();
    /// assert_eq!(c, Config { name: "svc".into(), retries: 3, tags: vec!["a".into(), "b".into()] });
    /// ```
    #[cfg(feature = "serde")]
    pub fn get_serde<T: ::serde::de::DeserializeOwned>(&mut self, name: &str) -> Result<T, Error> {
        self.get::<Serde<T>>(name).map(|s| s.0)
    }

    /// Whether `__main__` has a global `name`.
    pub fn contains(&mut self, name: &str) -> bool {
        self.inner.main.borrow().get_str(&Str::new(name)).is_some()
    }

    /// Calls the global function `name` with `args`. A coroutine function (`async def`) is
    /// run to completion by an event loop (as `asyncio.run(name(*args))`).
    ///
    /// ```
    /// let mut vm = baton::embed::Vm::new();
    /// vm.run("import asyncio\nasync def twice(x):\n    await asyncio.sleep(0)\n    return [x, x]").unwrap();
    /// let v: Vec<String> = vm.call("twice", ("a",)).unwrap();
    /// assert_eq!(v, ["a", "a"]);
    /// ```
    pub fn call<T: FromValue>(&mut self, name: &str, args: impl IntoArgs) -> Result<T, Error> {
        let f = self.inner.main.borrow().get_str(&Str::new(name)).cloned();
        let Some(f) = f else {
            return Err(Error::host(
                "NameError",
                format!("name '{name}' is not defined"),
            ));
        };
        self.call_value(f, || args.into_args(), name)
    }

    /// Calls `f` with the arguments `args` makes (inside the VM, so new objects are its).
    fn call_value<T: FromValue>(
        &mut self,
        f: Value,
        args: impl FnOnce() -> Vec<Value>,
        what: &str,
    ) -> Result<T, Error> {
        let limits = self.limits();
        let _entered = self.heap.enter(&self.account);
        let inner = &mut *self.inner;
        let args = args();
        inner.begin(limits);
        let r = inner.rt.call_to_completion(f, args);
        let v = inner.finish(r, None)?;
        T::from_value(&v).map_err(|e| Error::conversion(&format!("result of {what}"), &e))
    }

    /// Registers a Rust function as the global `name` of `__main__`. Arguments are
    /// converted with [`FromValue`]; a wrong type or count raises `TypeError` in the script.
    ///
    /// ```
    /// let mut vm = baton::embed::Vm::builder().capture_output().build().unwrap();
    /// vm.register("add", |a: i64, b: i64| a + b);
    /// vm.run("print(add(2, 3))\ntry:\n    add('x', 1)\nexcept TypeError as e:\n    print(e)").unwrap();
    /// assert_eq!(vm.take_stdout(), "5\nadd() argument 1 must be int, not str\n");
    /// ```
    pub fn register<Args, F: NativeFunction<Args>>(&mut self, name: &str, f: F) {
        let _entered = self.heap.enter(&self.account);
        let host = f.into_host(name.to_string());
        let v = self.inner.rt.register_host_function(name, host);
        self.inner.main.borrow_mut().set_str(name, v);
    }

    /// Registers an async Rust function as the global `name`: scripts `await` its calls
    /// like coroutines, and other script tasks run while the Rust future is pending. When
    /// the awaiting task is cancelled (`Task.cancel`, `asyncio.wait_for`, a `TaskGroup`), the
    /// Rust future is dropped. Futures are polled with the loop's own waker; a future that
    /// needs a runtime's context (tokio timers, sockets) needs [`VmBuilder::tokio`].
    ///
    /// ```
    /// let mut vm = baton::embed::Vm::builder().capture_output().build().unwrap();
    /// vm.register_async("fetch", |key: String| async move { format!("value of {key}") });
    /// vm.run("import asyncio\nasync def main():\n    print(await fetch('a'))\nasyncio.run(main())").unwrap();
    /// assert_eq!(vm.take_stdout(), "value of a\n");
    /// ```
    pub fn register_async<Args, F: AsyncNativeFunction<Args>>(&mut self, name: &str, f: F) {
        let _entered = self.heap.enter(&self.account);
        let v = async_function(&mut self.inner.rt, name, f.into_host(name.to_string()));
        self.inner.main.borrow_mut().set_str(name, v);
    }

    /// Adds a module that `import name` in scripts resolves to.
    ///
    /// ```
    /// use baton::embed::{Module, Vm};
    /// let mut vm = Vm::builder().capture_output().build().unwrap();
    /// vm.add_module(Module::new("geometry").value("UNIT", 1.0).function("area", |w: f64, h: f64| w * h));
    /// vm.run("import geometry\nprint(geometry.area(2, 3.5), geometry.UNIT)").unwrap();
    /// assert_eq!(vm.take_stdout(), "7.0 1.0\n");
    /// ```
    pub fn add_module(&mut self, module: Module) {
        let _entered = self.heap.enter(&self.account);
        let rt = &mut self.inner.rt;
        let m = rt.interp.new_module(&module.name, None);
        for (name, item) in module.items {
            let v = match item {
                Item::Function(f) => rt.register_host_function(&name, f),
                Item::AsyncFunction(f) => async_function(rt, &name, f),
                Item::Value(make) => make(),
            };
            m.dict.borrow_mut().set_str(&name, v);
        }
        rt.hooks
            .modules
            .insert(Rc::from(module.name.as_str()), Value::Module(m));
    }

    /// Starts the global coroutine function `name` as a task on the VM's own event loop,
    /// which the host drives with [`Vm::run_for`] or [`Vm::run_until_complete`]. Tasks run
    /// only while the host drives the loop.
    ///
    /// ```
    /// use std::time::Duration;
    /// let mut vm = baton::embed::Vm::builder().capture_output().build().unwrap();
    /// vm.run("import asyncio\nasync def count(n):\n    for i in range(n):\n        print(i)\n        await asyncio.sleep(0.01)\n    return n").unwrap();
    /// let task = vm.spawn("count", (3,)).unwrap();
    /// while vm.run_for(Duration::from_millis(5)).unwrap() {
    ///     // the host's own frame work goes here
    /// }
    /// assert_eq!(vm.take_stdout(), "0\n1\n2\n");
    /// assert_eq!(vm.task_result::<i64>(task).unwrap().unwrap(), 3);
    /// ```
    pub fn spawn(&mut self, name: &str, args: impl IntoArgs) -> Result<TaskId, Error> {
        let f = self.inner.main.borrow().get_str(&Str::new(name)).cloned();
        let Some(f) = f else {
            return Err(Error::host(
                "NameError",
                format!("name '{name}' is not defined"),
            ));
        };
        let _entered = self.heap.enter(&self.account);
        let inner = &mut *self.inner;
        let args = args.into_args();
        let coro = match inner.rt.call_script(f, args) {
            Ok(c @ Value::Coroutine(_)) => c,
            Ok(other) => {
                return Err(Error::host(
                    "TypeError",
                    format!("{name}() returned {}, not a coroutine", other.type_name()),
                ));
            }
            Err(e) => return Err(Error::from_run(&mut inner.rt, RunError::Exception(e), None)),
        };
        match inner.rt.spawn_task(coro) {
            Ok(t) => {
                inner.tasks.push(t);
                Ok(TaskId(inner.tasks.len() - 1))
            }
            Err(e) => Err(Error::from_run(&mut inner.rt, RunError::Exception(e), None)),
        }
    }

    /// Drives the VM's event loop for at most `budget` (waiting for timers and host futures
    /// included); returns whether work remains. For a game loop or GUI that interleaves
    /// script work with its own frames.
    pub fn run_for(&mut self, budget: Duration) -> Result<bool, Error> {
        self.step(Some(Instant::now() + budget))
    }

    /// Drives the VM's event loop until every task has finished.
    pub fn run_until_complete(&mut self) -> Result<(), Error> {
        self.step(None).map(|_| ())
    }

    fn step(&mut self, until: Option<Instant>) -> Result<bool, Error> {
        let limits = self.limits();
        let _entered = self.heap.enter(&self.account);
        let inner = &mut *self.inner;
        inner.begin(limits);
        let r = match inner.rt.step_loop(until) {
            Ok(state) => Ok(Value::Bool(state == crate::runtime::host::LoopState::Busy)),
            Err(e) => Err(RunError::Exception(e)),
        };
        let busy = inner.finish(r, None)?;
        Ok(matches!(busy, Value::Bool(true)))
    }

    /// Cancels a spawned task: the script sees `CancelledError` at its `await` (it may catch
    /// it). Returns false if the task already finished.
    pub fn cancel(&mut self, task: TaskId) -> bool {
        let _entered = self.heap.enter(&self.account);
        let inner = &mut *self.inner;
        match inner.tasks.get(task.0).cloned() {
            Some(t) => inner.rt.cancel_task(&t),
            None => false,
        }
    }

    /// A spawned task's result: `None` while it runs; its return value, or its exception
    /// (`CancelledError` if it was cancelled).
    pub fn task_result<T: FromValue>(&mut self, task: TaskId) -> Option<Result<T, Error>> {
        let _entered = self.heap.enter(&self.account);
        let inner = &mut *self.inner;
        let t = inner.tasks.get(task.0)?.clone();
        Some(match inner.rt.task_outcome(&t)? {
            Ok(v) => T::from_value(&v).map_err(|e| Error::conversion("task result", &e)),
            Err(e) => Err(Error::from_run(&mut inner.rt, RunError::Exception(e), None)),
        })
    }

    /// Output captured since the last call (with [`Output::Capture`]).
    pub fn take_stdout(&mut self) -> String {
        self.inner.rt.interp.flush_stdout();
        self.stdout
            .as_ref()
            .map(output::Shared::take)
            .unwrap_or_default()
    }

    /// `sys.stderr` output captured since the last call (with [`Output::Capture`]).
    pub fn take_stderr(&mut self) -> String {
        self.stderr
            .as_ref()
            .map(output::Shared::take)
            .unwrap_or_default()
    }

    /// Changes the fuel each later run or call gets (`None`: unlimited).
    pub fn set_fuel(&mut self, ticks: Option<u64>) {
        self.fuel = ticks;
    }

    /// Changes the time each later run or call may take (`None`: unlimited).
    pub fn set_timeout(&mut self, limit: Option<Duration>) {
        self.timeout = limit;
    }

    /// Fuel left after the last run or call (`None` when fuel is unlimited).
    pub fn fuel_left(&self) -> Option<u64> {
        let interp = &self.inner.rt.interp;
        interp
            .limits
            .fuel
            .map(|f| f.saturating_sub(interp.ticks_pending()))
    }

    /// Bytes the VM holds, as counted by [`CountingAllocator`] (0 when it is not installed).
    pub fn memory_used(&self) -> usize {
        self.account.load(Ordering::Relaxed).max(0) as usize
    }

    /// A handle that stops the running script from another thread: it raises
    /// `KeyboardInterrupt` at the next checkpoint.
    pub fn interrupt_handle(&self) -> InterruptHandle {
        self.inner.rt.interp.interrupt_handle()
    }

    fn limits(&self) -> RunLimits {
        RunLimits {
            fuel: self.fuel,
            deadline: self.timeout.map(|t| Instant::now() + t),
            memory: self.memory.map(|cap| (self.account.clone(), cap)),
        }
    }
}

/// Wraps an async host function in a coroutine function, so that calling it makes a
/// coroutine (which `create_task`, `gather` and `wait_for` take) and the Rust future starts
/// when the coroutine first runs.
fn async_function(rt: &mut Runtime, name: &str, host: crate::runtime::host::HostFunction) -> Value {
    const WRAP: &str = "def wrap(f, name):\n    async def w(*args):\n        return await f(*args)\n    w.__name__ = w.__qualname__ = name\n    return w\n";
    let native = rt.register_host_function(name, host);
    let helpers = rt.interp.new_module("_baton_embed", None);
    let made = rt
        .run_in(WRAP, "<baton-embed>", &helpers.dict)
        .ok()
        .and_then(|_| helpers.dict.borrow().get_str(&Str::new("wrap")).cloned())
        .and_then(|wrap| {
            rt.call_to_completion(wrap, vec![native.clone(), Value::str(name)])
                .ok()
        });
    made.unwrap_or(native)
}

/// The limits of one run or call.
struct RunLimits {
    fuel: Option<u64>,
    deadline: Option<Instant>,
    memory: Option<(Arc<AtomicIsize>, usize)>,
}

impl Inner {
    fn begin(&mut self, limits: RunLimits) {
        let l = &mut self.rt.interp.limits;
        l.fuel = limits.fuel;
        l.deadline = limits.deadline;
        l.memory = limits.memory;
        self.rt.interp.reset_limits();
    }

    /// The run's result as the host sees it; clears a tripped limit.
    fn finish(
        &mut self,
        r: Result<Value, RunError>,
        source: Option<(&str, &str)>,
    ) -> Result<Value, Error> {
        self.rt.interp.flush_stdout();
        let tripped = self.rt.interp.limits.tripped;
        let out = match (r, tripped) {
            (Err(e), _) => Err(Error::from_run(&mut self.rt, e, source)),
            (Ok(_), Some(kind)) => {
                let (exc, msg) = kind.exception();
                let mut e = Error::host(exc.name(), msg);
                e.set_kind(ErrorKind::Limit(kind));
                Err(e)
            }
            (Ok(v), None) => Ok(v),
        };
        let l = &mut self.rt.interp.limits;
        l.deadline = None;
        l.memory = None;
        l.tripped = None;
        out
    }
}

/// A module the host builds for scripts to import; see [`Vm::add_module`].
pub struct Module {
    name: String,
    items: Vec<(String, Item)>,
}

enum Item {
    Function(crate::runtime::host::HostFunction),
    AsyncFunction(crate::runtime::host::HostFunction),
    Value(Box<dyn FnOnce() -> Value + Send>),
}

impl Module {
    /// An empty module named `name`.
    pub fn new(name: &str) -> Module {
        Module {
            name: name.to_string(),
            items: Vec::new(),
        }
    }
    /// Adds a Rust function (see [`Vm::register`]).
    pub fn function<Args, F: NativeFunction<Args>>(mut self, name: &str, f: F) -> Module {
        let host = f.into_host(name.to_string());
        self.items.push((name.to_string(), Item::Function(host)));
        self
    }
    /// Adds an async Rust function (see [`Vm::register_async`]).
    pub fn async_function<Args, F: AsyncNativeFunction<Args>>(
        mut self,
        name: &str,
        f: F,
    ) -> Module {
        let host = f.into_host(name.to_string());
        self.items
            .push((name.to_string(), Item::AsyncFunction(host)));
        self
    }
    /// Adds a constant.
    pub fn value<T: IntoValue + Send + 'static>(mut self, name: &str, v: T) -> Module {
        self.items.push((
            name.to_string(),
            Item::Value(Box::new(move || v.into_value())),
        ));
        self
    }
}
