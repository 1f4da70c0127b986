//! Type objects: the built-in types scripts can name (`int`, `list`, ...) and the built-in
//! exception hierarchy.

use super::value::{DictRef, Value};
use std::rc::Rc;

/// The built-in (non-exception) types that exist as callable type objects.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BuiltinType {
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
    Slice,
    Ellipsis,
    ListIterator,
    TupleIterator,
    StrAsciiIterator,
    StrIterator,
    BytesIterator,
    ByteArrayIterator,
    RangeIterator,
    DictKeyIterator,
    DictValueIterator,
    DictItemIterator,
    DictReverseKeyIterator,
    DictReverseValueIterator,
    DictReverseItemIterator,
    Enumerate,
    Zip,
    ListReverseIterator,
    Reversed,
    SetIterator,
    DictKeys,
    DictValues,
    DictItems,
    Iterator,
    Code,
    Future,
    Task,
    AsyncGenerator,
    AsyncGenASend,
    AsyncGenAThrow,
}

impl BuiltinType {
    /// Built-in types after `ByteArray`, with their names: the types of slices, `...`, views
    /// and built-in iterators (not callable; `type(v)` and `isinstance` use them).
    pub const EXTRA: &'static [(BuiltinType, &'static str)] = &[
        (BuiltinType::Slice, "slice"),
        (BuiltinType::Ellipsis, "ellipsis"),
        (BuiltinType::ListIterator, "list_iterator"),
        (BuiltinType::TupleIterator, "tuple_iterator"),
        (BuiltinType::StrAsciiIterator, "str_ascii_iterator"),
        (BuiltinType::StrIterator, "str_iterator"),
        (BuiltinType::BytesIterator, "bytes_iterator"),
        (BuiltinType::ByteArrayIterator, "bytearray_iterator"),
        (BuiltinType::RangeIterator, "range_iterator"),
        (BuiltinType::DictKeyIterator, "dict_keyiterator"),
        (BuiltinType::DictValueIterator, "dict_valueiterator"),
        (BuiltinType::DictItemIterator, "dict_itemiterator"),
        (
            BuiltinType::DictReverseKeyIterator,
            "dict_reversekeyiterator",
        ),
        (
            BuiltinType::DictReverseValueIterator,
            "dict_reversevalueiterator",
        ),
        (
            BuiltinType::DictReverseItemIterator,
            "dict_reverseitemiterator",
        ),
        (BuiltinType::Enumerate, "enumerate"),
        (BuiltinType::Zip, "zip"),
        (BuiltinType::ListReverseIterator, "list_reverseiterator"),
        (BuiltinType::Reversed, "reversed"),
        (BuiltinType::SetIterator, "set_iterator"),
        (BuiltinType::DictKeys, "dict_keys"),
        (BuiltinType::DictValues, "dict_values"),
        (BuiltinType::DictItems, "dict_items"),
        (BuiltinType::Iterator, "iterator"),
        (BuiltinType::Code, "code"),
        (BuiltinType::Future, "Future"),
        (BuiltinType::Task, "Task"),
        (BuiltinType::AsyncGenerator, "async_generator"),
        (BuiltinType::AsyncGenASend, "async_generator_asend"),
        (BuiltinType::AsyncGenAThrow, "async_generator_athrow"),
    ];

    /// The extra type named `name` (see `EXTRA`).
    pub fn extra_named(name: &str) -> Option<BuiltinType> {
        Self::EXTRA
            .iter()
            .find(|(_, n)| *n == name)
            .map(|(t, _)| *t)
    }
}

#[derive(Debug)]
pub enum TypeKind {
    Builtin(BuiltinType),
    /// An exception class; the built-in ones carry their `ExcKind`. A class statement deriving
    /// from an exception class makes one of these too, with `None`.
    Exception(Option<ExcKind>),
    /// A class made by a `class` statement (not deriving from an exception).
    Class,
}

#[derive(Debug)]
pub struct TypeObj {
    pub name: Rc<str>,
    /// The module that defines it (`builtins`, `asyncio.exceptions`, ...), for reprs.
    pub module: Rc<str>,
    pub kind: TypeKind,
    /// The first base (`None` only for `object`).
    pub base: Option<Rc<TypeObj>>,
    /// All direct bases, in order (`__bases__`).
    pub bases: Vec<Rc<TypeObj>>,
    /// The method resolution order after the class itself (C3 linearisation).
    pub mro: Vec<Rc<TypeObj>>,
    /// The class namespace; `None` for built-in types.
    pub dict: Option<DictRef>,
    /// Some class in the MRO has a property (or `__setattr__`): storing an attribute on an
    /// instance must look at the class first. Kept so plain stores skip that lookup.
    pub setters: std::cell::Cell<bool>,
    /// Some class in the MRO defines `__del__` (see `object::finalize`).
    pub finalizer: std::cell::Cell<bool>,
    /// Some class in the MRO defines `__getattribute__`: attribute loads on instances skip
    /// the inline caches and call it.
    pub getattribute: std::cell::Cell<bool>,
}

impl Drop for TypeObj {
    /// Attribute caches remember classes by address: a freed class's address may be reused
    /// by a new one, so its caches must not survive it.
    fn drop(&mut self) {
        if self.dict.is_some() {
            super::dict::bump_class_epoch();
        }
    }
}

impl TypeObj {
    /// A built-in type with single inheritance.
    pub fn builtin(name: &str, module: &str, kind: TypeKind, base: Option<Rc<TypeObj>>) -> TypeObj {
        let mut mro = Vec::new();
        let mut t = base.clone();
        while let Some(b) = t {
            t = b.base.clone();
            mro.push(b);
        }
        TypeObj {
            name: Rc::from(name),
            module: Rc::from(module),
            kind,
            bases: base.iter().cloned().collect(),
            base,
            mro,
            dict: None,
            setters: Default::default(),
            finalizer: Default::default(),
            getattribute: Default::default(),
        }
    }

    /// `issubclass(self, other)`.
    pub fn is_subclass(self: &Rc<TypeObj>, other: &Rc<TypeObj>) -> bool {
        Rc::ptr_eq(self, other)
            || self.mro.iter().any(|t| Rc::ptr_eq(t, other))
            || matches!(other.kind, TypeKind::Builtin(BuiltinType::Object))
    }

    /// Looks `name` up in the class namespaces along the MRO.
    pub fn lookup(self: &Rc<TypeObj>, name: &super::str::Str) -> Option<Value> {
        std::iter::once(self).chain(self.mro.iter()).find_map(|t| {
            t.dict
                .as_ref()
                .and_then(|d| d.borrow().get_str(name).cloned())
        })
    }
    pub fn is_exception(&self) -> bool {
        matches!(self.kind, TypeKind::Exception(_))
    }
}

macro_rules! exceptions {
    ($( $name:ident : $parent:ident ),* $(,)?) => {
        /// The built-in exception classes, in hierarchy order (a parent precedes its children).
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
        pub enum ExcKind { BaseException, $( $name ),* }

        impl ExcKind {
            pub const ALL: &'static [ExcKind] = &[ExcKind::BaseException, $( ExcKind::$name ),*];
            pub fn name(self) -> &'static str {
                match self {
                    ExcKind::BaseException => "BaseException",
                    $( ExcKind::$name => stringify!($name) ),*
                }
            }
            pub fn parent(self) -> Option<ExcKind> {
                match self {
                    ExcKind::BaseException => None,
                    $( ExcKind::$name => Some(ExcKind::$parent) ),*
                }
            }
        }
    };
}

exceptions! {
    Exception: BaseException,
    SystemExit: BaseException,
    KeyboardInterrupt: BaseException,
    GeneratorExit: BaseException,
    CancelledError: BaseException,
    ArithmeticError: Exception,
    ZeroDivisionError: ArithmeticError,
    OverflowError: ArithmeticError,
    AssertionError: Exception,
    AttributeError: Exception,
    LookupError: Exception,
    IndexError: LookupError,
    KeyError: LookupError,
    NameError: Exception,
    UnboundLocalError: NameError,
    RuntimeError: Exception,
    RecursionError: RuntimeError,
    NotImplementedError: RuntimeError,
    TypeError: Exception,
    ValueError: Exception,
    UnicodeError: ValueError,
    UnicodeDecodeError: UnicodeError,
    UnicodeEncodeError: UnicodeError,
    StopIteration: Exception,
    StopAsyncIteration: Exception,
    ImportError: Exception,
    ModuleNotFoundError: ImportError,
    MemoryError: Exception,
    OSError: Exception,
    FileNotFoundError: OSError,
    FileExistsError: OSError,
    PermissionError: OSError,
    IsADirectoryError: OSError,
    TimeoutError: OSError,
    EOFError: Exception,
    UnsupportedOperation: OSError,
    SyntaxError: Exception,
    IndentationError: SyntaxError,
    TabError: IndentationError,
    InvalidStateError: Exception,
}

impl ExcKind {
    /// The module CPython defines the class in (shown in tracebacks of non-builtins).
    pub fn module(self) -> &'static str {
        match self {
            ExcKind::CancelledError | ExcKind::InvalidStateError => "asyncio.exceptions",
            ExcKind::UnsupportedOperation => "io",
            _ => "builtins",
        }
    }
}
