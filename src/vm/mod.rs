//! The interpreter: frames, the dispatch loop, calls, exceptions and suspension. It knows no
//! clocks, queues or files: anything that needs the outside world (the event loop, importing a
//! module's source) makes `run` return a `Halt` that the runtime acts on before resuming.

mod asyncgen;
mod attr;
mod attr_cache;
mod call;
mod class;
mod compile;
mod dir_names;
mod dispatch;
pub mod eval;
mod generator;
mod keyed;
pub mod limits;
mod protocol;
mod unwind;
pub mod warnings;

pub use call::Flow;

pub use attr::tag as attr_tags;
pub use attr::{ascii, format_with_spec};

use crate::bytecode::Code;
use crate::object::dict::Dict;
use crate::object::exception::{ExceptionObj, Raise, RaiseKind};
use crate::object::frame::{Frame, FrameKind};
use crate::object::function::{CodeObj, ModuleObj, NativeFunc};
use crate::object::types::{BuiltinType, ExcKind, TypeKind, TypeObj};
use crate::object::value::{DictRef, Value};
use rustc_hash::FxHashMap;
use std::cell::RefCell;
use std::io::Write;
use std::rc::Rc;

/// A native function: receives the positional arguments (for methods, `args[0]` is the
/// receiver) and the keyword arguments.
pub type NativeFn = fn(&mut Interp, &[Value], &[(Rc<str>, Value)]) -> Result<Value, Raise>;

/// What a stepped native is given: its arguments when called, or the result of the callback
/// it asked for together with the state it handed over.
pub enum StepInput<'a> {
    Start(&'a [Value], &'a [(Rc<str>, Value)]),
    Resume {
        state: Value,
        result: Value,
    },
    /// The callback raised `exc`: handle it (e.g. `StopIteration` ending an iteration) or
    /// return it as the error to let it propagate.
    Throw {
        state: Value,
        exc: Value,
    },
}

/// What a stepped native does next.
pub enum Step {
    /// Finish with this result.
    Return(Value),
    /// Call `func(*args)` on the current fiber (a script function gets a frame; nothing
    /// recurses), then resume this native with `state` and the call's result.
    Call {
        func: Value,
        args: Vec<Value>,
        state: Value,
    },
    /// `Call` with keyword arguments.
    CallKw {
        func: Value,
        args: Vec<Value>,
        kwargs: Vec<(Rc<str>, Value)>,
        state: Value,
    },
}

/// A native that calls back into script code (`sorted(key=)`, `min(key=)`, ...), written as
/// a state machine over `StepInput`/`Step` so the VM stays stackless.
pub type SteppedFn = fn(&mut Interp, StepInput) -> Result<Step, Raise>;

/// A native that works on the fiber itself: it may push a frame (resuming a generator,
/// calling `__next__`), whose result then completes the calling instruction; if it finishes
/// at once it pushes its result.
pub type FrameFn =
    fn(&mut Interp, &mut Fiber, Vec<Value>, Vec<(Rc<str>, Value)>) -> Result<Flow, Raise>;

/// How a registered native runs.
#[derive(Clone, Copy)]
pub enum NativeKind {
    /// Runs inside the dispatch loop.
    Pure(NativeFn),
    /// Runs inside the dispatch loop and may call back into script code.
    Stepped(SteppedFn),
    /// Runs inside the dispatch loop with the fiber (see `FrameFn`).
    Frame(FrameFn),
    /// Needs the runtime (event loop, tasks): the VM halts with `Halt::HostCall` and the
    /// runtime resumes it with the result.
    Host(u32),
}

pub struct NativeEntry {
    pub name: Rc<str>,
    pub kind: NativeKind,
    /// For a method of a built-in type: the type's method-table tag and name. Calls through the
    /// unbound method (`str.lower(x)`) check the receiver against it.
    pub receiver: Option<(u8, &'static str)>,
    /// The shared, unbound function value (so calls need no allocation).
    pub value: Value,
}

/// Why `Interp::run` returned.
#[derive(Debug)]
pub enum Halt {
    /// The bottom frame returned this value.
    Returned(Value),
    /// An exception escaped the bottom frame.
    Raised(Value),
    /// `await` on a pending future: resume with its result (or throw its exception).
    Await(Value),
    /// A bare yield to the event loop (`asyncio.sleep(0)`): resume with `None`.
    Yield,
    /// A host native was called: resume with its result.
    HostCall {
        id: u32,
        args: Vec<Value>,
        kwargs: Vec<(Rc<str>, Value)>,
    },
    /// `import name` of a module not loaded yet: resume with the module (see
    /// `Interp::push_module_frame` for modules with a body to run).
    Import { name: Rc<str> },
}

/// How to continue a halted fiber.
pub enum Resume {
    Value(Value),
    Throw(Value),
}

/// A stack of frames and their values: the main program or one task.
#[derive(Debug, Default)]
pub struct Fiber {
    pub frames: Vec<Frame>,
    /// One value stack shared by all frames of the fiber (each frame owns the part from its
    /// `base` up), so a call moves no arguments and allocates nothing.
    pub stack: Vec<Value>,
    /// An exception to raise at the current instruction when the fiber next runs.
    pub pending_throw: Option<Value>,
}

/// Interpreter state shared by all fibers of one VM.
pub struct Interp {
    pub natives: Vec<NativeEntry>,
    /// The `builtins` namespace.
    pub builtins: DictRef,
    /// Built-in exception classes, indexed by `ExcKind as usize`.
    pub exc_types: Vec<Rc<TypeObj>>,
    /// Built-in types, indexed by `BuiltinType as usize`.
    pub types: Vec<Rc<TypeObj>>,
    /// Constructor native for each callable built-in type.
    pub type_ctors: FxHashMap<u8, u32>,
    /// Method tables of built-in types: (type tag, name) -> native id.
    pub methods: FxHashMap<(u8, &'static str), u32>,
    /// Loaded modules (`sys.modules`).
    pub modules: FxHashMap<Rc<str>, Value>,
    pub recursion_limit: usize,
    pub(crate) next_frame_id: u64,
    pub stdout: Box<dyn Write>,
    /// `BaseException.__init__`, reached through `super().__init__(...)`.
    pub(crate) exception_init: u32,
    /// The `str` and `repr` natives (f-string fields of user objects go through them).
    pub str_native: u32,
    pub repr_native: u32,
    /// State that native modules keep per interpreter (`random`'s generator, ...), one value
    /// per type: see `Interp::ext`.
    extensions: FxHashMap<std::any::TypeId, Box<dyn std::any::Any>>,
    /// The natives that run special methods of user classes (see `protocol.rs`).
    pub protocol: protocol::ProtocolNatives,
    /// `next`, `iter` and the continuations generators need (see `generator.rs`).
    pub generator_natives: generator::GeneratorNatives,
    /// The `property` constructor.
    pub property_native: u32,
    /// Identifier strings shared by all code objects (see `intern`).
    interned: RefCell<FxHashMap<Rc<str>, Rc<crate::object::str::Str>>>,
    /// The namespace of `stdlib/_prelude.py`: script-level versions of built-in functions.
    pub prelude: Option<DictRef>,
    /// Countdown to the next checkpoint (see `limits.rs`).
    pub(crate) ticks: u32,
    /// Set from outside to raise `KeyboardInterrupt` at the next checkpoint.
    pub(crate) interrupt: limits::InterruptHandle,
    /// Limits set by an embedding host (see `limits.rs`).
    pub limits: limits::Limits,
    /// Warnings noticed by the VM, for the runtime to print (see `warnings.rs`).
    pub warnings: Vec<warnings::Warning>,
    /// `sys.set_coroutine_origin_tracking_depth` (asyncio debug mode): how many frames of
    /// where a coroutine was created to keep; 0 keeps none.
    pub coro_origin_depth: u32,
}

impl Interp {
    pub fn new(stdout: Box<dyn Write>) -> Interp {
        let object_type = Rc::new(TypeObj::builtin(
            "object",
            "builtins",
            TypeKind::Builtin(BuiltinType::Object),
            None,
        ));
        let mut exc_types: Vec<Rc<TypeObj>> = Vec::new();
        for &k in ExcKind::ALL {
            let base = match k.parent() {
                Some(p) => exc_types[p as usize].clone(),
                None => object_type.clone(),
            };
            exc_types.push(Rc::new(TypeObj::builtin(
                k.name(),
                k.module(),
                TypeKind::Exception(Some(k)),
                Some(base),
            )));
        }
        use BuiltinType::*;
        let all = [
            Object,
            Type,
            NoneType,
            Int,
            Bool,
            Float,
            Str,
            Bytes,
            List,
            Tuple,
            Dict,
            Range,
            Function,
            Coroutine,
            Module,
            Generator,
            Method,
            BuiltinFunction,
            Property,
            Set,
            FrozenSet,
            ByteArray,
        ];
        let mut types = Vec::new();
        let extra = BuiltinType::EXTRA.iter().map(|(t, _)| *t);
        for bt in all.into_iter().chain(extra) {
            if bt == Object {
                types.push(object_type.clone());
                continue;
            }
            let name = match bt {
                Type => "type",
                NoneType => "NoneType",
                Bool => "bool",
                Int => "int",
                Float => "float",
                Str => "str",
                Bytes => "bytes",
                List => "list",
                Tuple => "tuple",
                Dict => "dict",
                Range => "range",
                Function => "function",
                Coroutine => "coroutine",
                Module => "module",
                Generator => "generator",
                Method => "method",
                BuiltinFunction => "builtin_function_or_method",
                Property => "property",
                Set => "set",
                FrozenSet => "frozenset",
                ByteArray => "bytearray",
                Object => unreachable!(),
                other => match BuiltinType::EXTRA.iter().find(|(t, _)| *t == other) {
                    Some((_, name)) => name,
                    None => unreachable!(),
                },
            };
            let base = match bt {
                Bool => types[Int as usize].clone(),
                Task => types[Future as usize].clone(),
                _ => object_type.clone(),
            };
            let module = if matches!(bt, Future | Task) {
                "_asyncio"
            } else {
                "builtins"
            };
            types.push(Rc::new(TypeObj::builtin(
                name,
                module,
                TypeKind::Builtin(bt),
                Some(base),
            )));
        }
        Interp {
            natives: Vec::new(),
            builtins: Rc::new(RefCell::new(crate::object::dict::Dict::new())),
            exc_types,
            types,
            type_ctors: FxHashMap::default(),
            methods: FxHashMap::default(),
            modules: FxHashMap::default(),
            recursion_limit: 1000,
            next_frame_id: 1,
            stdout,
            exception_init: 0,
            str_native: 0,
            repr_native: 0,
            extensions: FxHashMap::default(),
            protocol: Default::default(),
            generator_natives: Default::default(),
            property_native: 0,
            prelude: None,
            ticks: limits::TICK_INTERVAL,
            limits: limits::Limits::default(),
            interrupt: limits::InterruptHandle::default(),
            interned: Default::default(),
            warnings: Vec::new(),
            coro_origin_depth: 0,
        }
        .with_exception_init()
    }

    fn with_exception_init(mut self) -> Interp {
        self.exception_init = self.register_native(
            "__init__",
            NativeKind::Pure(|_, args, _| {
                if let Some(Value::Exception(e)) = args.first() {
                    *e.args.borrow_mut() = args[1..].to_vec();
                }
                Ok(Value::None)
            }),
        );
        self.register_protocol_natives();
        self.register_generator_natives();
        self.property_native = self.register_property();
        self.protocol.attr_builtins = self.register_attr_natives();
        self.register_object_methods();
        self.protocol.eval_builtins = self.register_eval();
        self
    }

    /// Registers a native function; returns its id.
    pub fn register_native(&mut self, name: &str, kind: NativeKind) -> u32 {
        let id = self.natives.len() as u32;
        let name: Rc<str> = Rc::from(name);
        let value = Value::Native(Rc::new(NativeFunc {
            id,
            name: name.clone(),
            bound: None,
        }));
        self.natives.push(NativeEntry {
            name,
            kind,
            value,
            receiver: None,
        });
        id
    }

    /// Per-interpreter state of type `T`, created with `T::default()` on first use.
    pub fn ext<T: Default + 'static>(&mut self) -> &mut T {
        self.extensions
            .entry(std::any::TypeId::of::<T>())
            .or_insert_with(|| Box::new(T::default()))
            .downcast_mut::<T>()
            .expect("extension keyed by its type")
    }

    /// Registers a method of a built-in type.
    pub fn register_method(&mut self, tag: u8, name: &'static str, f: NativeFn) {
        self.register_method_kind(tag, name, NativeKind::Pure(f));
    }

    pub fn register_method_kind(&mut self, tag: u8, name: &'static str, kind: NativeKind) {
        let id = self.register_native(name, kind);
        let type_name = match tag {
            attr::tag::STR => "str",
            attr::tag::LIST => "list",
            attr::tag::DICT => "dict",
            attr::tag::TUPLE => "tuple",
            attr::tag::INT => "int",
            attr::tag::FLOAT => "float",
            attr::tag::BYTES => "bytes",
            attr::tag::BYTEARRAY => "bytearray",
            attr::tag::GENERATOR => "generator",
            attr::tag::PROPERTY => "property",
            attr::tag::SET => "set",
            attr::tag::FROZENSET => "frozenset",
            attr::tag::RANGE => "range",
            attr::tag::SLICE => "slice",
            attr::tag::ITER => "iterator",
            attr::tag::FUTURE => "Future",
            attr::tag::ASYNC_GEN => "async_generator",
            attr::tag::EXCEPTION => "BaseException",
            _ => "object",
        };
        self.natives[id as usize].receiver = Some((tag, type_name));
        self.methods.insert((tag, name), id);
    }

    /// Checks the receiver of a built-in method called unbound (`str.lower(x)`).
    pub(crate) fn check_receiver(&self, id: u32, args: &[Value]) -> Result<(), Raise> {
        let entry = &self.natives[id as usize];
        let Some((tag, type_name)) = entry.receiver else {
            return Ok(());
        };
        match args.first() {
            None => Err(Raise::new(
                ExcKind::TypeError,
                format!(
                    "unbound method {type_name}.{}() needs an argument",
                    entry.name
                ),
            )),
            Some(recv) if attr::type_tag(recv) != Some(tag) => Err(Raise::new(
                ExcKind::TypeError,
                format!(
                    "descriptor '{}' for '{type_name}' objects doesn't apply to a '{}' object",
                    entry.name,
                    recv.type_name()
                ),
            )),
            Some(_) => Ok(()),
        }
    }

    pub fn exc_type(&self, k: ExcKind) -> Rc<TypeObj> {
        self.exc_types[k as usize].clone()
    }

    pub fn builtin_type(&self, t: BuiltinType) -> Rc<TypeObj> {
        self.types[t as usize].clone()
    }

    /// Makes an exception instance of a built-in class.
    pub fn new_exception(&self, k: ExcKind, args: Vec<Value>) -> Value {
        Value::Exception(Rc::new(ExceptionObj::new(self.exc_type(k), args)))
    }

    /// Turns an operation's error into an exception value.
    pub fn materialize(&self, r: Raise) -> Value {
        match *r.0 {
            RaiseKind::New(k, msg) => {
                let args = if msg.is_empty() && k == ExcKind::MemoryError {
                    vec![]
                } else {
                    vec![Value::string(msg)]
                };
                self.new_exception(k, args)
            }
            RaiseKind::Args(k, args) => self.new_exception(k, args),
            RaiseKind::Value(v) => v,
            RaiseKind::Iterate(v) => self.new_exception(
                ExcKind::TypeError,
                vec![Value::string(format!(
                    "'{}' object is not iterable",
                    v.type_name()
                ))],
            ),
            RaiseKind::Delegate => self.new_exception(
                ExcKind::RuntimeError,
                vec![Value::str(
                    "a built-in function has no script-level version",
                )],
            ),
        }
    }

    /// Turns a compiled code tree into runtime code objects (constants become values).
    pub fn load_code(&self, code: &Rc<Code>) -> Rc<CodeObj> {
        use crate::bytecode::Const;
        fn conv(interp: &Interp, c: &Const) -> Value {
            match c {
                Const::None => Value::None,
                Const::Bool(b) => Value::Bool(*b),
                Const::Int(crate::syntax::token::IntLit::Small(i)) => Value::Int(*i),
                Const::Int(crate::syntax::token::IntLit::Big(b)) => Value::from_bigint(b.clone()),
                Const::Float(f) => Value::Float(*f),
                Const::Str(s) => Value::str(s),
                Const::Bytes(b) => Value::Bytes(Rc::new(b.to_vec())),
                Const::Ellipsis => interp
                    .builtins
                    .borrow()
                    .get_str(&crate::object::str::Str::new("Ellipsis"))
                    .cloned()
                    .unwrap_or(Value::None),
                Const::Tuple(items) => {
                    Value::tuple(items.iter().map(|c| conv(interp, c)).collect())
                }
                Const::FrozenSet(items) => {
                    // CPython's compiler rebuilds a constant frozenset once from its own
                    // iteration order when it merges constants; that fixes the layout.
                    use crate::object::set::SetObj;
                    let first = SetObj::from_values(items.iter().map(|c| conv(interp, c)))
                        .unwrap_or_default();
                    let merged = SetObj::from_values(first.iter().cloned()).unwrap_or_default();
                    Value::FrozenSet(Rc::new(merged))
                }
                Const::Code(inner) => Value::Code(interp.load_code(inner)),
            }
        }
        Rc::new(CodeObj {
            code: code.clone(),
            consts: code.consts.iter().map(|c| conv(self, c)).collect(),
            names: code.names.iter().map(|n| self.intern(n)).collect(),
            global_cache: code.names.iter().map(|_| Default::default()).collect(),
            attr_cache: code.names.iter().map(|_| Default::default()).collect(),
        })
    }

    /// The one shared string object for an identifier, so dict lookups of attribute and
    /// global names usually succeed on a pointer comparison.
    pub fn intern(&self, name: &str) -> Rc<crate::object::str::Str> {
        let mut table = self.interned.borrow_mut();
        if let Some(s) = table.get(name) {
            return s.clone();
        }
        let s = Rc::new(crate::object::str::Str::new(name));
        table.insert(Rc::from(name), s.clone());
        s
    }

    /// A new module object with its namespace initialised.
    pub fn new_module(&self, name: &str, file: Option<&str>) -> Rc<ModuleObj> {
        let mut d = Dict::new();
        d.set_str("__name__", Value::str(name));
        if let Some(f) = file {
            d.set_str("__file__", Value::str(f));
        }
        d.set_str("__builtins__", Value::Dict(self.builtins.clone()));
        Rc::new(ModuleObj {
            name: Rc::from(name),
            dict: Rc::new(RefCell::new(d)),
            file: file.map(Rc::from),
        })
    }

    /// Starts running a module body on `fiber`: when it finishes, the module object is pushed
    /// onto the caller's stack (the `import` completes).
    pub fn push_module_frame(
        &mut self,
        fiber: &mut Fiber,
        module: Rc<ModuleObj>,
        code: Rc<CodeObj>,
    ) {
        let base = fiber.stack.len();
        let n = code.code.nlocals();
        let frame = self.new_frame(
            code,
            module.dict.clone(),
            FrameKind::ModuleInit(module),
            base,
            base,
        );
        fiber.stack.resize(base + n, Value::Unbound);
        fiber.frames.push(frame);
    }

    /// A fiber that will run `code` as the main module.
    pub fn main_fiber(&mut self, code: Rc<CodeObj>, globals: DictRef) -> Fiber {
        let n = code.code.nlocals();
        let frame = self.new_frame(code, globals, FrameKind::Call, 0, 0);
        Fiber {
            frames: vec![frame],
            stack: vec![Value::Unbound; n],
            pending_throw: None,
        }
    }

    /// A fiber that runs a started coroutine (see `start_coroutine`): a task's frames.
    pub fn coroutine_fiber(&mut self, started: (Frame, Vec<Value>)) -> Fiber {
        // Room for the task's coroutine and one it awaits (`await event.wait()`, `await
        // asyncio.sleep(0)`), exactly: thousands of suspended tasks each keep their fiber.
        let mut fiber = Fiber {
            frames: Vec::with_capacity(2),
            ..Fiber::default()
        };
        push_started(&mut fiber, started);
        fiber
    }

    /// Starts `func(*args)` on a fresh fiber (an event-loop callback). Returns the fiber and,
    /// when the call already halted or finished, that halt (`Returned` for a native that ran
    /// at once); otherwise `run` the fiber.
    pub fn call_fiber(&mut self, func: Value, args: Vec<Value>) -> (Fiber, Option<Halt>) {
        let mut fiber = Fiber::default();
        let halt = match self.call_value(&mut fiber, func, args, Vec::new()) {
            Ok(call::Flow::Halt(h)) => Some(*h),
            Ok(call::Flow::Continue) if fiber.frames.is_empty() => {
                Some(Halt::Returned(fiber.stack.pop().unwrap_or(Value::None)))
            }
            Ok(call::Flow::Continue) => None,
            Err(r) => Some(Halt::Raised(self.materialize(r))),
        };
        (fiber, halt)
    }

    /// Continues a halted fiber with a value or an exception.
    pub fn resume(&mut self, fiber: &mut Fiber, with: Resume) {
        match with {
            Resume::Value(v) => fiber.stack.push(v),
            Resume::Throw(e) => fiber.pending_throw = Some(e),
        }
    }

    /// A frame whose locals start at `base`; returning truncates the stack to `return_to`.
    fn new_frame(
        &mut self,
        code: Rc<CodeObj>,
        globals: DictRef,
        kind: FrameKind,
        base: usize,
        return_to: usize,
    ) -> Frame {
        let id = self.next_frame_id;
        self.next_frame_id += 1;
        Frame {
            code,
            pc: 0,
            base: base as u32,
            return_to: return_to as u32,
            cells: Box::new([]),
            globals,
            extra: None,
            kind,
            id,
        }
    }

    pub fn flush_stdout(&mut self) {
        let _ = self.stdout.flush();
    }
}

/// Pushes a started coroutine's frame and locals on top of `fiber`.
pub(crate) fn push_started(fiber: &mut Fiber, (mut frame, locals): (Frame, Vec<Value>)) {
    let base = fiber.stack.len();
    frame.base = base as u32;
    frame.return_to = base as u32;
    fiber.stack.extend(locals);
    fiber.frames.push(frame);
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The hot types stay small: a `Value` is two words.
    #[test]
    fn hot_type_sizes() {
        assert_eq!(std::mem::size_of::<Value>(), 16);
        eprintln!(
            "Op={} Raise={} Frame={} Halt={}",
            std::mem::size_of::<crate::bytecode::Op>(),
            std::mem::size_of::<Raise>(),
            std::mem::size_of::<Frame>(),
            std::mem::size_of::<Halt>()
        );
    }
}
