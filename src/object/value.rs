//! `Value`: what the VM's stacks, locals, constants and containers hold.
//!
//! Small immutable values (None, bool, small int, float) are stored inline; everything else is a
//! reference-counted heap object. A `Value` is 16 bytes. Memory is managed by reference counting
//! (see README, "Memory"); cycles are the cycle collector's business, not this file's.

use super::dict::Dict;
use super::exception::ExceptionObj;
use super::frame::Frame;
use super::function::{CodeObj, Function, ModuleObj, NativeFunc};
use super::future::FutureObj;
use super::iter::IterState;
use super::str::Str;
use super::types::TypeObj;
use num_bigint::BigInt;
use std::cell::RefCell;
use std::rc::Rc;

pub type ListRef = Rc<RefCell<Vec<Value>>>;
pub type DictRef = Rc<RefCell<Dict>>;
pub type CellRef = Rc<RefCell<Value>>;

/// `repr(C, u8)`: the tag is byte 0 and every payload starts at byte 8, so bytes 1..8 are
/// padding in every variant and a `Value` is copied as two whole words. (With the default
/// layout `Bool`'s payload sits in byte 1, and copies became byte-wise writes that stall
/// store-to-load forwarding in the dispatch loop.)
#[derive(Clone, Debug, Default)]
#[repr(C, u8)]
pub enum Value {
    /// Internal marker for an unassigned local slot or cell. Never visible to scripts.
    #[default]
    Unbound,
    None,
    Bool(bool),
    /// The fast path of `int`: any value that fits in an i64.
    Int(i64),
    Float(f64),
    /// An `int` outside the i64 range (always normalised: never holds an i64-sized value).
    BigInt(Rc<BigInt>),
    Str(Rc<Str>),
    Bytes(Rc<Vec<u8>>),
    List(ListRef),
    Tuple(Rc<Vec<Value>>),
    Dict(DictRef),
    Range(Rc<Range>),
    Slice(Rc<Slice>),
    /// Any iterator over a built-in container (and `enumerate`, `zip`, ...).
    Iter(Rc<RefCell<IterState>>),
    /// `d.keys()`, `d.values()`, `d.items()`.
    DictView(Rc<DictView>),
    Function(Rc<Function>),
    /// A native (Rust) function, possibly bound to a receiver (a built-in method).
    Native(Rc<NativeFunc>),
    /// A variable cell, on the stack only while a closure is being built.
    Cell(CellRef),
    Code(Rc<CodeObj>),
    Type(Rc<TypeObj>),
    Exception(Rc<ExceptionObj>),
    Coroutine(Rc<RefCell<Coroutine>>),
    /// Made by calling a function containing `yield` (or by a generator expression). Shares
    /// the coroutine's representation: a frame that is moved onto the resuming fiber and back.
    Generator(Rc<RefCell<Coroutine>>),
    /// Made by calling an `async def` containing `yield`: the same representation again.
    AsyncGen(Rc<RefCell<Coroutine>>),
    /// The awaitable of `agen.__anext__()`, `asend(v)`, `athrow(exc)` or `aclose()`:
    /// awaiting it resumes the async generator's frame on the awaiting fiber.
    AGenOp(Rc<AGenOp>),
    /// An asyncio future or task.
    Future(Rc<FutureObj>),
    Module(Rc<ModuleObj>),
    /// An awaitable that suspends the awaiting task for exactly one loop iteration
    /// (the core of `asyncio.sleep(0)`).
    YieldNow,
    Set(Rc<RefCell<super::set::SetObj>>),
    FrozenSet(Rc<super::set::SetObj>),
    /// The `NotImplemented` singleton that operator methods return to decline.
    NotImplemented,
    /// An instance of a class made by a `class` statement.
    Instance(Rc<Instance>),
    /// A function bound to a receiver (`obj.method`).
    Method(Rc<Method>),
    /// `super(cls, obj)`: attribute lookup in `obj`'s MRO after `cls`.
    Super(Rc<Super>),
    /// `staticmethod(f)` / `classmethod(f)`: how a function stored in a class binds.
    Wrapped(Rc<Wrapped>),
}

#[derive(Debug)]
pub enum Wrapped {
    /// Found through a class or an instance, it is the plain function.
    StaticMethod(Value),
    /// Found through a class or an instance, it binds to the class.
    ClassMethod(Value),
    /// A method of a class defined in Rust: binds to the instance like a function.
    NativeMethod(Value),
    /// `property(fget, fset, fdel)` (`None` for each one missing).
    Property(Value, Value, Value),
}

#[derive(Debug)]
pub struct Super {
    pub class: Rc<TypeObj>,
    pub obj: Value,
}

#[derive(Debug)]
pub struct Instance {
    pub class: Rc<TypeObj>,
    pub dict: DictRef,
    /// Native state of an instance of a class defined in Rust (a `re.Pattern`, a
    /// `collections.deque`, ...): see `Interp::native_class`.
    pub payload: Option<RefCell<Box<dyn std::any::Any>>>,
}

impl Instance {
    /// The native state, if this instance has state of type `T`.
    pub fn payload<T: 'static>(&self) -> Option<std::cell::RefMut<'_, T>> {
        let p = self.payload.as_ref()?.try_borrow_mut().ok()?;
        std::cell::RefMut::filter_map(p, |b| b.downcast_mut::<T>()).ok()
    }
}

#[derive(Debug)]
pub struct Method {
    pub func: Value,
    pub receiver: Value,
}

#[derive(Debug)]
pub struct Range {
    pub start: i64,
    pub stop: i64,
    pub step: i64,
}

impl Range {
    pub fn len(&self) -> i64 {
        let (lo, hi, step) = (self.start as i128, self.stop as i128, self.step as i128);
        let n = if step > 0 {
            (hi - lo + step - 1) / step
        } else {
            (lo - hi - step - 1) / -step
        };
        n.max(0) as i64
    }
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
}

#[derive(Debug)]
pub struct Slice {
    pub start: Value,
    pub stop: Value,
    pub step: Value,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DictViewKind {
    Keys,
    Values,
    Items,
}

#[derive(Debug)]
pub struct DictView {
    pub dict: DictRef,
    pub kind: DictViewKind,
}

/// See `Value::AGenOp`.
#[derive(Debug)]
pub struct AGenOp {
    pub agen: Rc<RefCell<Coroutine>>,
    /// Taken when awaited (an operation runs once).
    pub action: RefCell<Option<AGenAction>>,
    pub kind: AGenKind,
}

#[derive(Debug)]
pub enum AGenAction {
    Send(Value),
    Throw(Value),
    Close,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AGenKind {
    ASend,
    AThrow,
}

/// The lifecycle of a coroutine object.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CoroState {
    /// Created by calling an `async def`; its frame waits in `Coroutine::frame`.
    Created,
    /// Its frame has been moved onto a task's frame stack and is running (or suspended there).
    Running,
    /// A generator stopped at a `yield`; its frame (with its value stack) waits in
    /// `Coroutine::frame`.
    Suspended,
    /// Returned or raised.
    Closed,
}

#[derive(Debug)]
pub struct Coroutine {
    pub state: CoroState,
    /// Async generators only: `aclose()` threw `GeneratorExit` in and awaits its end.
    pub closing: bool,
    /// Async generators only: started by the event loop, so dropping it unfinished hands it
    /// to the loop to be closed (CPython's asyncgen finalizer hook); see `agen_registry`.
    pub finalize: bool,
    /// The not-yet-started frame and its locals (in `Created`), or a suspended generator's
    /// frame and value stack (in `Suspended`).
    pub frame: Option<Box<(Frame, Vec<Value>)>>,
    pub qualname: Rc<str>,
}

impl Value {
    pub fn str(s: &str) -> Value {
        Value::Str(Rc::new(Str::new(s)))
    }
    pub fn string(s: String) -> Value {
        Value::Str(Rc::new(Str::from_string(s)))
    }
    pub fn list(v: Vec<Value>) -> Value {
        let l = Rc::new(RefCell::new(v));
        super::gc::track_list(&l);
        Value::List(l)
    }
    pub fn tuple(v: Vec<Value>) -> Value {
        Value::Tuple(Rc::new(v))
    }
    /// A new tracked dict, as a reference (for namespaces made on demand).
    pub fn dict_ref(d: Dict) -> DictRef {
        let d = Rc::new(RefCell::new(d));
        super::gc::track_dict(&d);
        d
    }
    pub fn dict(d: Dict) -> Value {
        let d = Rc::new(RefCell::new(d));
        super::gc::track_dict(&d);
        Value::Dict(d)
    }
    pub fn from_bigint(b: BigInt) -> Value {
        use num_traits::ToPrimitive;
        match b.to_i64() {
            Some(i) => Value::Int(i),
            None => Value::BigInt(Rc::new(b)),
        }
    }

    /// `clone`, with the scalar variants handled inline (the derived clone is a call).
    #[inline(always)]
    pub fn fast_clone(&self) -> Value {
        match self {
            Value::Int(i) => Value::Int(*i),
            Value::Float(f) => Value::Float(*f),
            Value::Bool(b) => Value::Bool(*b),
            Value::None => Value::None,
            Value::Function(f) => Value::Function(f.clone()),
            Value::Str(s) => Value::Str(s.clone()),
            other => other.clone(),
        }
    }

    pub fn is_none(&self) -> bool {
        matches!(self, Value::None)
    }

    /// CPython's `type(x).__name__` for built-in values.
    pub fn type_name(&self) -> String {
        match self {
            Value::Unbound => "NULL".into(),
            Value::None => "NoneType".into(),
            Value::Bool(_) => "bool".into(),
            Value::Int(_) | Value::BigInt(_) => "int".into(),
            Value::Float(_) => "float".into(),
            Value::Str(_) => "str".into(),
            Value::Bytes(_) => "bytes".into(),
            Value::List(_) => "list".into(),
            Value::Tuple(_) => "tuple".into(),
            Value::Dict(_) => "dict".into(),
            Value::Range(_) => "range".into(),
            Value::Slice(_) => "slice".into(),
            Value::Iter(it) => it.borrow().type_name().into(),
            Value::DictView(v) => match v.kind {
                DictViewKind::Keys => "dict_keys".into(),
                DictViewKind::Values => "dict_values".into(),
                DictViewKind::Items => "dict_items".into(),
            },
            Value::Function(_) => "function".into(),
            Value::Native(_) => "builtin_function_or_method".into(),
            Value::Cell(_) => "cell".into(),
            Value::Code(_) => "code".into(),
            Value::Type(_) => "type".into(),
            Value::Exception(e) => e.class.name.to_string(),
            Value::Coroutine(_) => "coroutine".into(),
            Value::AsyncGen(_) => "async_generator".into(),
            Value::AGenOp(op) => match op.kind {
                AGenKind::ASend => "async_generator_asend".into(),
                AGenKind::AThrow => "async_generator_athrow".into(),
            },
            Value::Generator(_) => "generator".into(),
            Value::Future(f) => {
                if f.is_task() {
                    "Task".into()
                } else {
                    "Future".into()
                }
            }
            Value::Module(_) => "module".into(),
            Value::YieldNow => "coroutine".into(),
            Value::NotImplemented => "NotImplementedType".into(),
            Value::Set(_) => "set".into(),
            Value::FrozenSet(_) => "frozenset".into(),
            Value::Instance(i) => i.class.name.to_string(),
            Value::Method(_) => "method".into(),
            Value::Super(_) => "super".into(),
            Value::Wrapped(w) => match **w {
                Wrapped::StaticMethod(_) => "staticmethod".into(),
                Wrapped::ClassMethod(_) => "classmethod".into(),
                Wrapped::NativeMethod(_) => "method_descriptor".into(),
                Wrapped::Property(..) => "property".into(),
            },
        }
    }

    /// Identity (`is`).
    pub fn is(&self, other: &Value) -> bool {
        fn p<T>(a: &Rc<T>, b: &Rc<T>) -> bool {
            Rc::ptr_eq(a, b)
        }
        match (self, other) {
            (Value::None, Value::None) => true,
            (Value::Unbound, Value::Unbound) => true,
            (Value::YieldNow, Value::YieldNow) => true,
            (Value::NotImplemented, Value::NotImplemented) => true,
            (Value::Set(a), Value::Set(b)) => p(a, b),
            (Value::FrozenSet(a), Value::FrozenSet(b)) => p(a, b),
            (Value::Bool(a), Value::Bool(b)) => a == b,
            (Value::Int(a), Value::Int(b)) => a == b,
            (Value::Float(a), Value::Float(b)) => a.to_bits() == b.to_bits(),
            (Value::BigInt(a), Value::BigInt(b)) => p(a, b),
            (Value::Str(a), Value::Str(b)) => {
                p(a, b) || (a.len_bytes() <= 1 && a.as_str() == b.as_str())
            }
            (Value::Bytes(a), Value::Bytes(b)) => p(a, b),
            (Value::List(a), Value::List(b)) => p(a, b),
            (Value::Tuple(a), Value::Tuple(b)) => p(a, b) || (a.is_empty() && b.is_empty()),
            (Value::Dict(a), Value::Dict(b)) => p(a, b),
            (Value::Range(a), Value::Range(b)) => p(a, b),
            (Value::Slice(a), Value::Slice(b)) => p(a, b),
            (Value::Iter(a), Value::Iter(b)) => p(a, b),
            (Value::DictView(a), Value::DictView(b)) => p(a, b),
            (Value::Function(a), Value::Function(b)) => p(a, b),
            (Value::Native(a), Value::Native(b)) => p(a, b),
            (Value::Cell(a), Value::Cell(b)) => p(a, b),
            (Value::Code(a), Value::Code(b)) => p(a, b),
            (Value::Type(a), Value::Type(b)) => p(a, b),
            (Value::Exception(a), Value::Exception(b)) => p(a, b),
            (Value::Coroutine(a), Value::Coroutine(b)) => p(a, b),
            (Value::Generator(a), Value::Generator(b)) => p(a, b),
            (Value::AsyncGen(a), Value::AsyncGen(b)) => p(a, b),
            (Value::AGenOp(a), Value::AGenOp(b)) => p(a, b),
            (Value::Future(a), Value::Future(b)) => p(a, b),
            (Value::Module(a), Value::Module(b)) => p(a, b),
            (Value::Instance(a), Value::Instance(b)) => p(a, b),
            (Value::Method(a), Value::Method(b)) => p(a, b),
            (Value::Super(a), Value::Super(b)) => p(a, b),
            (Value::Wrapped(a), Value::Wrapped(b)) => p(a, b),
            _ => false,
        }
    }

    /// A stable address-like identity for `id()` and default reprs.
    pub fn identity(&self) -> usize {
        fn a<T: ?Sized>(r: &Rc<T>) -> usize {
            Rc::as_ptr(r) as *const u8 as usize
        }
        match self {
            Value::BigInt(r) => a(r),
            Value::Str(r) => a(r),
            Value::Bytes(r) => a(r),
            Value::List(r) => a(r),
            Value::Tuple(r) => a(r),
            Value::Dict(r) => a(r),
            Value::Range(r) => a(r),
            Value::Slice(r) => a(r),
            Value::Iter(r) => a(r),
            Value::DictView(r) => a(r),
            Value::Function(r) => a(r),
            Value::Native(r) => a(r),
            Value::Cell(r) => a(r),
            Value::Code(r) => a(r),
            Value::Type(r) => a(r),
            Value::Exception(r) => a(r),
            Value::Coroutine(r) | Value::Generator(r) | Value::AsyncGen(r) => a(r),
            Value::AGenOp(r) => a(r),
            Value::Future(r) => a(r),
            Value::Module(r) => a(r),
            Value::Instance(r) => a(r),
            Value::Method(r) => a(r),
            Value::Super(r) => a(r),
            Value::Wrapped(r) => a(r),
            Value::Int(i) => *i as usize,
            Value::Float(f) => f.to_bits() as usize,
            Value::Bool(b) => *b as usize + 0x10,
            Value::None => 0x8,
            Value::Unbound | Value::YieldNow => 0,
            Value::NotImplemented => 0x4e49,
            Value::Set(r) => a(r),
            Value::FrozenSet(r) => a(r),
        }
    }
}

/// Async generators started under the event loop, and those dropped before finishing (which
/// the loop closes with `aclose()` in a task of their own, as CPython's finalizer hook does).
pub mod agen_registry {
    use super::{CoroState, Coroutine};
    use std::cell::RefCell;
    use std::rc::{Rc, Weak};

    thread_local! {
        static STARTED: RefCell<Vec<Weak<RefCell<Coroutine>>>> = const { RefCell::new(Vec::new()) };
        static DROPPED: RefCell<Vec<Rc<RefCell<Coroutine>>>> = const { RefCell::new(Vec::new()) };
    }

    /// An async generator ran for the first time.
    pub fn started(g: &Rc<RefCell<Coroutine>>) {
        let _ = STARTED.try_with(|s| {
            let mut s = s.borrow_mut();
            if s.len() >= 64 && s.len().is_power_of_two() {
                s.retain(|w| w.strong_count() > 0);
            }
            s.push(Rc::downgrade(g));
        });
    }

    /// The started async generators that are still alive and unfinished (and forgets all).
    pub fn take_alive() -> Vec<Rc<RefCell<Coroutine>>> {
        STARTED
            .try_with(|s| {
                std::mem::take(&mut *s.borrow_mut())
                    .into_iter()
                    .filter_map(|w| w.upgrade())
                    .filter(|g| g.borrow().state == CoroState::Suspended)
                    .collect()
            })
            .unwrap_or_default()
    }

    /// Async generators dropped unfinished since the last call.
    pub fn take_dropped() -> Vec<Rc<RefCell<Coroutine>>> {
        DROPPED
            .try_with(|d| std::mem::take(&mut *d.borrow_mut()))
            .unwrap_or_default()
    }

    pub(super) fn dropped(g: Rc<RefCell<Coroutine>>) {
        let _ = DROPPED.try_with(|d| d.borrow_mut().push(g));
    }

    /// Whether any dropped generator waits (cheap check for the loop).
    pub fn any_dropped() -> bool {
        DROPPED
            .try_with(|d| !d.borrow().is_empty())
            .unwrap_or(false)
    }
}

impl Drop for Coroutine {
    /// An async generator dropped while suspended at a `yield` is resurrected (once) for the
    /// event loop to close, so its `finally` blocks run.
    fn drop(&mut self) {
        if self.finalize
            && self.state == CoroState::Suspended
            && let Some(frame) = self.frame.take()
        {
            agen_registry::dropped(Rc::new(RefCell::new(Coroutine {
                state: CoroState::Suspended,
                closing: false,
                finalize: false,
                frame: Some(frame),
                qualname: self.qualname.clone(),
            })));
        }
    }
}
