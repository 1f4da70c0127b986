//! Exception objects and the lightweight error type that object-level operations return.

use super::function::CodeObj;
use super::types::{ExcKind, TypeObj};
use super::value::Value;
use std::cell::{Cell, RefCell};
use std::rc::Rc;

/// One line of a traceback: which code, which instruction, in which frame activation.
#[derive(Debug, Clone)]
pub struct TbEntry {
    pub code: Rc<CodeObj>,
    pub pc: u32,
    /// Distinguishes activations of the same code, so a re-raise in the same frame does not
    /// add a second entry.
    pub frame_id: u64,
}

#[derive(Debug)]
pub struct ExceptionObj {
    pub class: Rc<TypeObj>,
    /// `args`; `BaseException.__init__` (reached through `super().__init__`) can reset them.
    pub args: RefCell<Vec<Value>>,
    /// Entries are appended as the exception leaves each frame, so the innermost (where it was
    /// raised) comes first; printing reverses it.
    pub traceback: RefCell<Vec<TbEntry>>,
    /// The exception being handled when this one was raised (`__context__`).
    pub context: RefCell<Option<Value>>,
    /// `raise ... from cause` (`__cause__`).
    pub cause: RefCell<Option<Value>>,
    pub suppress_context: Cell<bool>,
    /// Attributes set on the exception (`self.code = 3` in a user exception's `__init__`).
    pub attrs: RefCell<Option<super::value::DictRef>>,
    /// `str(exc)` as computed by a user `__str__`, filled in by the runtime before a traceback
    /// is printed (the renderer runs no script code).
    pub display: RefCell<Option<String>>,
}

impl ExceptionObj {
    pub fn new(class: Rc<TypeObj>, mut args: Vec<Value>) -> ExceptionObj {
        // `OSError(errno, strerror, filename)`: the filename is kept aside, not in `args`.
        let mut attrs = None;
        if (3..=5).contains(&args.len()) && matches!(args[0], Value::Int(_)) && is_os_error(&class)
        {
            let mut d = super::dict::Dict::new();
            d.set_str("filename", args[2].clone());
            attrs = Some(Rc::new(RefCell::new(d)));
            args.truncate(2);
        }
        ExceptionObj {
            class,
            args: RefCell::new(args),
            traceback: RefCell::new(Vec::new()),
            context: RefCell::new(None),
            cause: RefCell::new(None),
            suppress_context: Cell::new(false),
            attrs: RefCell::new(attrs),
            display: RefCell::new(None),
        }
    }
    /// `OSError`'s `str`: `[Errno 2] No such file or directory: 'name'`, when it was made
    /// with an errno and a message.
    pub fn os_error_str(&self) -> Option<String> {
        let args = self.args.borrow();
        let [Value::Int(code), msg] = &args[..] else {
            return None;
        };
        if !is_os_error(&self.class) {
            return None;
        }
        let mut s = format!("[Errno {code}] {}", super::repr::str(msg));
        if let Some(d) = &*self.attrs.borrow()
            && let Some(f) = d.borrow().get_str(&super::str::Str::new("filename"))
            && !f.is_none()
        {
            s.push_str(": ");
            s.push_str(&super::repr::repr(f));
        }
        Some(s)
    }

    pub fn kind(&self) -> Option<ExcKind> {
        let mut t = Some(self.class.clone());
        while let Some(ty) = t {
            if let super::types::TypeKind::Exception(Some(k)) = ty.kind {
                return Some(k);
            }
            t = ty.base.clone();
        }
        None
    }
}

/// Whether `class` is `OSError` or a subclass of it.
fn is_os_error(class: &Rc<TypeObj>) -> bool {
    std::iter::once(class).chain(class.mro.iter()).any(|t| {
        matches!(
            t.kind,
            super::types::TypeKind::Exception(Some(ExcKind::OSError))
        )
    })
}

/// The `OSError` subclass CPython picks for an errno (`OSError(2, ...)` is a
/// `FileNotFoundError`).
pub fn os_error_subclass(errno: i64) -> Option<ExcKind> {
    Some(match errno {
        2 => ExcKind::FileNotFoundError,
        17 => ExcKind::FileExistsError,
        1 | 13 => ExcKind::PermissionError,
        21 => ExcKind::IsADirectoryError,
        110 => ExcKind::TimeoutError,
        _ => return None,
    })
}

/// An error raised by an operation: either a built-in exception still to be instantiated (the
/// VM owns the class objects), or a ready exception value. Boxed, so that `RResult<Value>` is
/// two words and the hot paths return it in registers.
#[derive(Debug, Clone)]
pub struct Raise(pub Box<RaiseKind>);

#[derive(Debug, Clone)]
pub enum RaiseKind {
    /// A built-in exception with one string argument.
    New(ExcKind, String),
    /// A built-in exception with arbitrary arguments (`KeyError(key)`).
    Args(ExcKind, Vec<Value>),
    /// An existing exception instance.
    Value(Value),
    /// Not an error: a native met a value it can only iterate by running script code (a
    /// generator, an object with `__iter__`). The VM collects it and calls the native again,
    /// or runs the native's script-level version (see `stdlib/_prelude.py`).
    Iterate(Value),
    /// Not an error: the native's arguments need script code (`sum` of objects with
    /// `__add__`); the VM runs the native's script-level version instead.
    Delegate,
}

impl Raise {
    #[cold]
    pub fn new(kind: ExcKind, msg: impl Into<String>) -> Raise {
        Raise(Box::new(RaiseKind::New(kind, msg.into())))
    }
    #[cold]
    pub fn args(kind: ExcKind, args: Vec<Value>) -> Raise {
        Raise(Box::new(RaiseKind::Args(kind, args)))
    }
    #[cold]
    pub fn value(v: Value) -> Raise {
        Raise(Box::new(RaiseKind::Value(v)))
    }
    #[cold]
    pub fn iterate(v: Value) -> Raise {
        Raise(Box::new(RaiseKind::Iterate(v)))
    }
    #[cold]
    pub fn delegate() -> Raise {
        Raise(Box::new(RaiseKind::Delegate))
    }
    /// Is this a request for script code (`Iterate`/`Delegate`) rather than an error?
    pub fn needs_script(&self) -> bool {
        matches!(*self.0, RaiseKind::Iterate(_) | RaiseKind::Delegate)
    }
}

pub type RResult<T> = Result<T, Raise>;

/// Shorthand for failing with a built-in exception.
pub fn err<T>(kind: ExcKind, msg: impl Into<String>) -> RResult<T> {
    Err(Raise::new(kind, msg))
}

pub fn type_error<T>(msg: impl Into<String>) -> RResult<T> {
    err(ExcKind::TypeError, msg)
}
