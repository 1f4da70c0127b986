//! Type objects: the built-in types scripts can name (`int`, `list`, ...) and the built-in
//! exception hierarchy.

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
}

#[derive(Debug)]
pub enum TypeKind {
    Builtin(BuiltinType),
    /// An exception class; the built-in ones carry their `ExcKind`.
    Exception(Option<ExcKind>),
}

#[derive(Debug)]
pub struct TypeObj {
    pub name: Rc<str>,
    /// The module that defines it (`builtins`, `asyncio.exceptions`, ...), for reprs.
    pub module: Rc<str>,
    pub kind: TypeKind,
    pub base: Option<Rc<TypeObj>>,
}

impl TypeObj {
    /// `issubclass(self, other)` along the single-inheritance chain.
    pub fn is_subclass(self: &Rc<TypeObj>, other: &Rc<TypeObj>) -> bool {
        let mut t = Some(self.clone());
        while let Some(ty) = t {
            if Rc::ptr_eq(&ty, other) {
                return true;
            }
            t = ty.base.clone();
        }
        matches!(other.kind, TypeKind::Builtin(BuiltinType::Object))
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
    StopIteration: Exception,
    StopAsyncIteration: Exception,
    ImportError: Exception,
    ModuleNotFoundError: ImportError,
    MemoryError: Exception,
    OSError: Exception,
    FileNotFoundError: OSError,
    TimeoutError: OSError,
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
            _ => "builtins",
        }
    }
}
