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
#[derive(Debug, Default)]
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
    /// The `NotImplemented` singleton that operator methods return to decline.
    NotImplemented,
    /// An awaitable that suspends the awaiting task for exactly one loop iteration
    /// (the core of `asyncio.sleep(0)`).
    YieldNow,
    // Every variant from here on holds exactly one `Rc` (see `Value::is_heap`).
    /// An `int` outside the i64 range (always normalised: never holds an i64-sized value).
    BigInt(Rc<BigInt>),
    Str(Rc<Str>),
    Bytes(Rc<Vec<u8>>),
    ByteArray(super::bytearray::ByteArrayRef),
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
    Set(Rc<RefCell<super::set::SetObj>>),
    FrozenSet(Rc<super::set::SetObj>),
    /// An instance of a class made by a `class` statement.
    Instance(Rc<Instance>),
    /// A function bound to a receiver (`obj.method`).
    Method(Rc<Method>),
    /// `super(cls, obj)`: attribute lookup in `obj`'s MRO after `cls`.
    Super(Rc<Super>),
    /// `staticmethod(f)` / `classmethod(f)`: how a function stored in a class binds.
    Wrapped(Rc<Wrapped>),
}

/// Tag bytes of the scalar variants (byte 0 of a `Value`; a test checks them).
const TAG_BOOL: u8 = 2;
const TAG_INT: u8 = 3;
const TAG_FLOAT: u8 = 4;
/// `YieldNow`, the last variant without an `Rc`.
const TAG_LAST_PLAIN: u8 = 6;

/// Writes a scalar value (tag and 8-byte payload) as one 16-byte store. Built field by
/// field, a value is two stores, and the dispatch loop reads values back as one 16-byte
/// word, which then cannot be forwarded from the store buffer and stalls.
///
/// SAFETY: `slot` must be valid for writes; whatever it held is overwritten, not dropped.
#[inline(always)]
unsafe fn write_scalar(slot: *mut Value, tag: u8, payload: u64) {
    #[cfg(target_arch = "x86_64")]
    // SAFETY: SSE2 is part of x86_64; the caller guarantees `slot`.
    unsafe {
        use std::arch::x86_64::{__m128i, _mm_set_epi64x, _mm_storeu_si128};
        _mm_storeu_si128(
            slot.cast::<__m128i>(),
            _mm_set_epi64x(payload as i64, tag as i64),
        );
    }
    #[cfg(not(target_arch = "x86_64"))]
    // SAFETY: `tag` is the discriminant of a variant whose payload is these 8 bytes.
    unsafe {
        slot.write(std::mem::transmute::<[u64; 2], Value>([
            tag as u64, payload,
        ]));
    }
}

impl Value {
    /// Whether the value holds a reference count: every variant after `YieldNow` does, as
    /// exactly one `Rc` whose pointer is bytes 8..16.
    #[inline(always)]
    pub fn is_heap(&self) -> bool {
        // SAFETY: `Value` is `repr(C, u8)`: byte 0 is the tag.
        let tag = unsafe { *(self as *const Value).cast::<u8>() };
        tag > TAG_LAST_PLAIN
    }

    /// The strong count of a heap value's `Rc`.
    ///
    /// SAFETY: `self.is_heap()`. `Rc` points at its allocation, whose first word is the
    /// strong count (std keeps that layout `repr(C)` so that `into_raw`/`from_raw` work;
    /// `rc_layout_is_as_assumed` below checks it).
    #[inline(always)]
    unsafe fn strong(&self) -> &std::cell::Cell<usize> {
        unsafe {
            let rc = *(self as *const Value)
                .cast::<u8>()
                .add(8)
                .cast::<*const std::cell::Cell<usize>>();
            &*rc
        }
    }

    /// Drops a value, deciding inline the common cases: nothing to do for plain data, a
    /// decrement for a shared object; only a last reference runs the destructor.
    #[inline(always)]
    pub fn discard(self) {
        if self.is_heap() {
            // SAFETY: a heap value, checked above.
            let strong = unsafe { self.strong() };
            if strong.get() > 1 {
                strong.set(strong.get() - 1);
                std::mem::forget(self);
            } else {
                drop(self);
            }
        } else {
            std::mem::forget(self);
        }
    }

    /// `Vec::truncate` for a value stack, each value dropped through `discard`.
    #[inline(always)]
    pub fn truncate(stack: &mut Vec<Value>, len: usize) {
        while stack.len() > len {
            if let Some(v) = stack.pop() {
                v.discard();
            }
        }
    }

    /// `*slot = v`, with the old value dropped through `discard`.
    #[inline(always)]
    pub fn assign(slot: &mut Value, v: Value) {
        std::mem::replace(slot, v).discard();
    }

    #[inline(always)]
    fn set_scalar(slot: &mut Value, tag: u8, payload: u64) {
        // SAFETY: the old value is moved out first and dropped after the write.
        let old = unsafe { std::ptr::read(slot) };
        unsafe { write_scalar(slot, tag, payload) };
        old.discard();
    }
    #[inline(always)]
    pub fn set_int(slot: &mut Value, i: i64) {
        Value::set_scalar(slot, TAG_INT, i as u64);
    }
    #[inline(always)]
    pub fn set_float(slot: &mut Value, f: f64) {
        Value::set_scalar(slot, TAG_FLOAT, f.to_bits());
    }
    #[inline(always)]
    pub fn set_bool(slot: &mut Value, b: bool) {
        Value::set_scalar(slot, TAG_BOOL, b as u64);
    }

    #[inline(always)]
    fn push_scalar(stack: &mut Vec<Value>, tag: u8, payload: u64) {
        stack.reserve(1);
        let n = stack.len();
        // SAFETY: `reserve` made room for one more element, which the write initialises.
        unsafe {
            write_scalar(stack.as_mut_ptr().add(n), tag, payload);
            stack.set_len(n + 1);
        }
    }
    #[inline(always)]
    pub fn push_int(stack: &mut Vec<Value>, i: i64) {
        Value::push_scalar(stack, TAG_INT, i as u64);
    }
    #[inline(always)]
    pub fn push_float(stack: &mut Vec<Value>, f: f64) {
        Value::push_scalar(stack, TAG_FLOAT, f.to_bits());
    }
    #[inline(always)]
    pub fn push_bool(stack: &mut Vec<Value>, b: bool) {
        Value::push_scalar(stack, TAG_BOOL, b as u64);
    }
}

#[cfg(test)]
mod scalar_tests {
    use super::*;

    fn tag(v: &Value) -> u8 {
        // SAFETY: `Value` is `repr(C, u8)`: byte 0 is the tag.
        unsafe { *(v as *const Value).cast::<u8>() }
    }

    #[test]
    fn scalar_tags_match_the_layout() {
        assert_eq!(tag(&Value::Bool(true)), TAG_BOOL);
        assert_eq!(tag(&Value::Int(7)), TAG_INT);
        assert_eq!(tag(&Value::Float(1.5)), TAG_FLOAT);
        assert_eq!(tag(&Value::YieldNow), TAG_LAST_PLAIN);
        assert_eq!(tag(&Value::NotImplemented), TAG_LAST_PLAIN - 1);
        assert_eq!(tag(&Value::BigInt(Rc::new(1.into()))), TAG_LAST_PLAIN + 1);
    }

    #[test]
    fn rc_layout_is_as_assumed() {
        let values = [
            Value::str("s"),
            Value::list(vec![Value::Int(1)]),
            Value::tuple(vec![]),
            Value::BigInt(Rc::new(num_bigint::BigInt::from(1) << 100)),
        ];
        for v in values {
            let copies: Vec<Value> = (0..3).map(|_| v.clone()).collect();
            // SAFETY: all of these are heap values.
            assert_eq!(unsafe { v.strong() }.get(), 4);
            for c in copies {
                c.discard();
            }
            assert_eq!(unsafe { v.strong() }.get(), 1);
            assert!(v.is_heap());
        }
        for v in [
            Value::None,
            Value::Int(3),
            Value::Float(1.0),
            Value::NotImplemented,
        ] {
            assert!(!v.is_heap());
        }
    }

    #[test]
    fn scalar_writes_read_back() {
        let mut stack = vec![Value::str("x")];
        Value::set_int(&mut stack[0], -5);
        assert!(matches!(stack[0], Value::Int(-5)));
        Value::set_float(&mut stack[0], 2.5);
        assert!(matches!(stack[0], Value::Float(f) if f == 2.5));
        Value::set_bool(&mut stack[0], true);
        assert!(matches!(stack[0], Value::Bool(true)));
        Value::push_int(&mut stack, i64::MIN);
        Value::push_float(&mut stack, -0.0);
        Value::push_bool(&mut stack, false);
        assert!(matches!(stack[1], Value::Int(i64::MIN)));
        assert!(matches!(stack[2], Value::Float(f) if f.to_bits() == (-0.0f64).to_bits()));
        assert!(matches!(stack[3], Value::Bool(false)));
    }
}

impl Clone for Value {
    /// Raises the payload's reference count and copies the 16 bytes as they are. (A derived
    /// clone rebuilds the value field by field, and reading that back as one 16-byte word
    /// stalls store-to-load forwarding: it was the hottest spot of the dispatch loop.)
    #[inline(always)]
    fn clone(&self) -> Value {
        if self.is_heap() {
            // SAFETY: a heap value; the count is raised before the copy that owns it.
            let strong = unsafe { self.strong() };
            strong.set(strong.get() + 1);
        }
        // SAFETY: the count of the one `Rc` a heap variant holds was raised above, and the
        // other variants are plain data, so the bitwise copy owns exactly one reference.
        unsafe { std::ptr::read(self) }
    }
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
    /// Generators only: dropped while suspended inside a `try` or `with`, it is closed (see
    /// `object::finalize`).
    pub close_on_drop: bool,
    /// The not-yet-started frame and its locals (in `Created`), or a suspended generator's
    /// frame and value stack (in `Suspended`).
    pub frame: Option<Box<(Frame, Vec<Value>)>>,
    pub qualname: Rc<str>,
    /// Coroutines only, in debug mode: where it was created (outermost first).
    pub origin: Option<Box<super::unawaited::Origin>>,
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

    /// `clone` (kept as a name for the hot paths that used an inline variant of it).
    #[inline(always)]
    pub fn fast_clone(&self) -> Value {
        self.clone()
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
            Value::ByteArray(_) => "bytearray".into(),
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
            (Value::ByteArray(a), Value::ByteArray(b)) => p(a, b),
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
            Value::ByteArray(r) => a(r),
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

    /// The registry's contents for one heap (see `gc::HeapState`).
    #[derive(Default)]
    pub struct AgenState {
        started: Vec<Weak<RefCell<Coroutine>>>,
        dropped: Vec<Rc<RefCell<Coroutine>>>,
    }

    /// Exchanges this thread's registry with `state`.
    pub fn swap(state: &mut AgenState) {
        let _ = STARTED.try_with(|s| std::mem::swap(&mut *s.borrow_mut(), &mut state.started));
        let _ = DROPPED.try_with(|d| std::mem::swap(&mut *d.borrow_mut(), &mut state.dropped));
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
        if self.state == CoroState::Created
            && let Some(frame) = &self.frame
            && frame.0.code.code.kind == crate::bytecode::CodeKind::Coroutine
        {
            super::unawaited::push(super::unawaited::Unawaited {
                qualname: self.qualname.clone(),
                origin: self.origin.take(),
            });
            return;
        }
        if self.finalize
            && self.state == CoroState::Suspended
            && let Some(frame) = self.frame.take()
        {
            agen_registry::dropped(Rc::new(RefCell::new(Coroutine {
                state: CoroState::Suspended,
                closing: false,
                finalize: false,
                close_on_drop: false,
                frame: Some(frame),
                qualname: self.qualname.clone(),
                origin: None,
            })));
        } else if self.close_on_drop
            && self.state == CoroState::Suspended
            && self
                .frame
                .as_ref()
                .and_then(|f| f.0.extra.as_ref())
                .is_some_and(|e| !e.blocks.is_empty())
            && let Some(frame) = self.frame.take()
        {
            super::finalize::push(Value::Generator(Rc::new(RefCell::new(Coroutine {
                state: CoroState::Suspended,
                closing: false,
                finalize: false,
                close_on_drop: false,
                frame: Some(frame),
                qualname: self.qualname.clone(),
                origin: None,
            }))));
        }
    }
}

impl Drop for Instance {
    /// An object of a class with `__del__` is resurrected (once) to have it called.
    fn drop(&mut self) {
        if self.class.finalizer.get() && self.payload.is_none() {
            super::finalize::push(Value::Instance(Rc::new(Instance {
                class: self.class.clone(),
                dict: self.dict.clone(),
                payload: Some(RefCell::new(Box::new(super::finalize::Finalized))),
            })));
        }
    }
}
