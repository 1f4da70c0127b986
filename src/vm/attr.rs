//! Names and attributes: globals with the builtins fallback, attribute and method lookup on
//! built-in values and modules, `from m import x`, and f-string field formatting.

use super::Interp;
use crate::object::exception::{RResult, err, type_error};
use crate::object::format;
use crate::object::function::{GlobalCache, NativeFunc};
use crate::object::repr;
use crate::object::str::Str;
use crate::object::types::ExcKind;
use crate::object::value::{DictRef, Value};
use std::rc::Rc;

/// Method-table tags of built-in types.
pub mod tag {
    pub const STR: u8 = 0;
    pub const LIST: u8 = 1;
    pub const DICT: u8 = 2;
    pub const TUPLE: u8 = 3;
    pub const INT: u8 = 4;
    pub const FLOAT: u8 = 5;
    pub const FUTURE: u8 = 6;
    pub const EXCEPTION: u8 = 7;
    pub const BYTES: u8 = 8;
    pub const COROUTINE: u8 = 9;
    pub const GENERATOR: u8 = 10;
    pub const PROPERTY: u8 = 11;
    pub const SET: u8 = 12;
    pub const FROZENSET: u8 = 13;
    pub const RANGE: u8 = 14;
    pub const SLICE: u8 = 15;
    /// Built-in iterators (`Value::Iter`).
    pub const ITER: u8 = 16;
    /// Class-level methods of `dict` (`dict.fromkeys`): never a receiver's tag.
    pub const DICT_TYPE: u8 = 17;
    pub const BYTEARRAY: u8 = 18;
    /// Async generators (`Value::AsyncGen`-like values: see `type_tag`).
    pub const ASYNC_GEN: u8 = 19;
    /// Added to a type's tag: a method found on the type itself (`str.maketrans`), which
    /// takes no receiver, in place of the instance method of that name.
    pub const ON_TYPE: u8 = 0x80;
}

/// The `co_*` attributes of a code object.
fn code_attr(c: &crate::bytecode::Code, n: &str) -> Option<Value> {
    let names = |v: &[Rc<str>]| Value::tuple(v.iter().map(|s| Value::str(s)).collect());
    Some(match n {
        "co_name" => Value::str(&c.name),
        "co_qualname" => Value::str(&c.qualname),
        "co_filename" => Value::str(&c.filename),
        "co_firstlineno" => Value::Int(crate::object::sources::first_line(c) as i64),
        "co_argcount" => Value::Int(c.argcount as i64),
        "co_posonlyargcount" => Value::Int(c.posonlyargcount as i64),
        "co_kwonlyargcount" => Value::Int(c.kwonlyargcount as i64),
        "co_varnames" => {
            // Baton gives captured locals a slot too; CPython lists only plain locals.
            let nparams =
                (c.argcount + c.kwonlyargcount + c.varargs as u32 + c.varkeywords as u32) as usize;
            let v: Vec<Rc<str>> = c
                .varnames
                .iter()
                .enumerate()
                .filter(|(i, n)| *i < nparams || !c.cellvars.contains(n))
                .map(|(_, n)| n.clone())
                .collect();
            names(&v)
        }
        "co_cellvars" => names(&c.cellvars),
        "co_freevars" => names(&c.freevars),
        "co_nlocals" => Value::Int(c.varnames.len() as i64),
        _ => return None,
    })
}

pub fn type_tag(v: &Value) -> Option<u8> {
    Some(match v {
        Value::Str(_) => tag::STR,
        Value::List(_) => tag::LIST,
        Value::Dict(_) => tag::DICT,
        Value::Tuple(_) => tag::TUPLE,
        Value::Int(_) | Value::BigInt(_) | Value::Bool(_) => tag::INT,
        Value::Float(_) => tag::FLOAT,
        Value::Future(_) => tag::FUTURE,
        Value::Exception(_) => tag::EXCEPTION,
        Value::Bytes(_) => tag::BYTES,
        Value::ByteArray(_) => tag::BYTEARRAY,
        Value::Coroutine(_) => tag::COROUTINE,
        Value::Generator(_) => tag::GENERATOR,
        Value::AsyncGen(_) => tag::ASYNC_GEN,
        Value::Set(_) => tag::SET,
        Value::FrozenSet(_) => tag::FROZENSET,
        Value::Range(_) => tag::RANGE,
        Value::Slice(_) => tag::SLICE,
        Value::Iter(_) => tag::ITER,
        Value::Wrapped(w) if matches!(**w, crate::object::value::Wrapped::Property(..)) => {
            tag::PROPERTY
        }
        _ => return None,
    })
}

impl Interp {
    /// `LoadGlobal`: the globals, then the builtins, through a per-instruction inline cache
    /// that skips hashing while neither dict has gained or lost keys.
    #[inline]
    pub(super) fn load_global(
        &self,
        globals: &DictRef,
        name: &Rc<Str>,
        cache: &std::cell::Cell<GlobalCache>,
    ) -> RResult<Value> {
        let c = cache.get();
        let g = globals.borrow();
        if c.globals == Rc::as_ptr(globals) as usize && c.globals_version == g.version {
            if c.builtins_version == u64::MAX {
                if let Some((_, v)) = g.map.get_index(c.index as usize) {
                    return Ok(v.fast_clone());
                }
            } else {
                let b = self.builtins.borrow();
                if c.builtins_version == b.version
                    && let Some((_, v)) = b.map.get_index(c.index as usize)
                {
                    return Ok(v.clone());
                }
            }
        }
        self.load_global_slow(&g, globals, name, cache)
    }

    #[cold]
    fn load_global_slow(
        &self,
        g: &crate::object::dict::Dict,
        globals: &DictRef,
        name: &Rc<Str>,
        cache: &std::cell::Cell<GlobalCache>,
    ) -> RResult<Value> {
        let mut c = GlobalCache {
            globals: Rc::as_ptr(globals) as usize,
            globals_version: g.version,
            builtins_version: u64::MAX,
            index: 0,
        };
        if let Some((i, v)) = g.get_str_full(name) {
            c.index = i as u32;
            cache.set(c);
            return Ok(v.clone());
        }
        let b = self.builtins.borrow();
        if let Some((i, v)) = b.get_str_full(name) {
            c.index = i as u32;
            c.builtins_version = b.version;
            cache.set(c);
            return Ok(v.clone());
        }
        err(
            ExcKind::NameError,
            format!("name '{}' is not defined", name.as_str()),
        )
    }

    fn builtin_method(&self, obj: &Value, name: &str) -> Option<u32> {
        let t = type_tag(obj)?;
        self.methods.get(&(t, name)).copied()
    }

    /// `obj.name`.
    pub fn load_attr(&mut self, obj: &Value, name: &Str) -> RResult<Value> {
        if let Some(v) = self.object_attr(obj, name) {
            return Ok(v);
        }
        let n = name.as_str();
        if let Some(id) = self.builtin_method(obj, n) {
            return Ok(Value::Native(Rc::new(NativeFunc {
                id,
                name: self.natives[id as usize].name.clone(),
                bound: Some(obj.clone()),
            })));
        }
        if let Some(v) = self.special_attr(obj, n) {
            return Ok(v);
        }
        self.attr_error(obj, n)
    }

    /// `obj.name` for a call: `(method, obj)` for built-in methods (no allocation), or
    /// `(value, Unbound)` for anything else.
    pub(super) fn load_method(&mut self, obj: Value, name: &Str) -> RResult<(Value, Value)> {
        if let Value::Instance(i) = &obj
            && i.dict.borrow().get_str(name).is_none()
            && let Some(f @ Value::Function(_)) = i.class.lookup(name)
        {
            return Ok((f, obj));
        }
        if let Some(id) = self.builtin_method(&obj, name.as_str()) {
            return Ok((self.natives[id as usize].value.clone(), obj));
        }
        Ok((self.load_attr(&obj, name)?, Value::Unbound))
    }

    /// The built-in attributes of a script function.
    fn function_attr(&self, f: &crate::object::function::Function, n: &str) -> Option<Value> {
        let code = &f.code.code;
        Some(match n {
            "__name__" => Value::str(&code.name),
            "__qualname__" => Value::str(&code.qualname),
            "__doc__" => code.doc.as_deref().map_or(Value::None, Value::str),
            "__module__" => f.globals.borrow().get_str(&Str::new("__name__")).cloned()?,
            "__defaults__" if f.defaults.is_empty() => Value::None,
            "__defaults__" => Value::tuple(f.defaults.clone()),
            "__globals__" => Value::Dict(f.globals.clone()),
            "__kwdefaults__" if f.kwdefaults.is_empty() => Value::None,
            "__kwdefaults__" => {
                let mut d = crate::object::dict::Dict::new();
                for (k, v) in &f.kwdefaults {
                    d.set_str(k, v.clone());
                }
                Value::dict(d)
            }
            "__code__" => Value::Code(f.code.clone()),
            _ => return None,
        })
    }

    fn special_attr(&self, obj: &Value, n: &str) -> Option<Value> {
        match (obj, n) {
            (Value::Module(m), _) => m.dict.borrow().get_str(&Str::new(n)).cloned(),
            (Value::Code(c), _) => code_attr(&c.code, n),
            (Value::Int(_) | Value::BigInt(_) | Value::Bool(_), "real" | "numerator") => {
                Some(crate::object::arith::positive(obj).ok()?)
            }
            (Value::Int(_) | Value::BigInt(_) | Value::Bool(_), "imag") => Some(Value::Int(0)),
            (Value::Int(_) | Value::BigInt(_) | Value::Bool(_), "denominator") => {
                Some(Value::Int(1))
            }
            (Value::Float(_), "real") => Some(obj.clone()),
            (Value::Float(_), "imag") => Some(Value::Float(0.0)),
            (_, "__class__") => Some(self.type_of(obj)),
            (Value::Exception(e), "args") => Some(Value::tuple(e.args.borrow().clone())),
            (Value::Range(r), "start" | "stop" | "step") => Some(Value::Int(match n {
                "start" => r.start,
                "stop" => r.stop,
                _ => r.step,
            })),
            (Value::Slice(sl), "start" | "stop" | "step") => Some(match n {
                "start" => sl.start.clone(),
                "stop" => sl.stop.clone(),
                _ => sl.step.clone(),
            }),
            (Value::Exception(e), "__cause__") => {
                Some(e.cause.borrow().clone().unwrap_or(Value::None))
            }
            (Value::Exception(e), "__context__") => {
                Some(e.context.borrow().clone().unwrap_or(Value::None))
            }
            (Value::Exception(e), "__suppress_context__") => {
                Some(Value::Bool(e.suppress_context.get()))
            }
            (Value::Exception(_), "__traceback__") => Some(Value::None),
            (Value::Exception(e), _) => exception_field(e, n),
            (Value::Type(t), "__name__" | "__qualname__") => Some(Value::str(&t.name)),
            (Value::Wrapped(_), "fget" | "fset" | "fdel") => {
                let (g, s, d) = super::protocol::property_parts(obj)?;
                Some(match n {
                    "fget" => g.clone(),
                    "fset" => s.clone(),
                    _ => d.clone(),
                })
            }
            (Value::Type(t), "__module__") => Some(Value::str(&t.module)),
            (Value::Type(t), "__bases__") => Some(Value::tuple(
                t.bases.iter().cloned().map(Value::Type).collect(),
            )),
            (Value::Type(t), "__mro__") => Some(Value::tuple(
                std::iter::once(t.clone())
                    .chain(t.mro.iter().cloned())
                    .map(Value::Type)
                    .collect(),
            )),
            (Value::Type(t), _) => self.unbound_method(t, n),
            (Value::Function(f), _) if f.attrs.borrow().is_some() || n == "__dict__" => {
                let mut attrs = f.attrs.borrow_mut();
                let d = attrs.get_or_insert_with(|| Value::dict_ref(Default::default()));
                if n == "__dict__" {
                    return Some(Value::Dict(d.clone()));
                }
                let found = d.borrow().get_str(&Str::new(n)).cloned();
                drop(attrs);
                found.or_else(|| self.function_attr(f, n))
            }
            (Value::Function(f), _) => self.function_attr(f, n),
            (Value::Native(f), "__name__" | "__qualname__") => Some(Value::str(&f.name)),
            (Value::Coroutine(c) | Value::Generator(c), "__name__" | "__qualname__") => {
                let q = c.borrow().qualname.clone();
                let name = if n == "__name__" {
                    q.rsplit('.').next().unwrap_or(&q).to_string()
                } else {
                    q.to_string()
                };
                Some(Value::string(name))
            }
            _ => None,
        }
    }

    /// `str.lower` and friends: a built-in type's method, to be called with the receiver first.
    fn unbound_method(&self, t: &crate::object::types::TypeObj, n: &str) -> Option<Value> {
        use crate::object::types::{BuiltinType as B, TypeKind};
        let tag = match t.kind {
            TypeKind::Builtin(B::Str) => tag::STR,
            TypeKind::Builtin(B::List) => tag::LIST,
            TypeKind::Builtin(B::Dict) if n == "fromkeys" => tag::DICT_TYPE,
            TypeKind::Builtin(B::Dict) => tag::DICT,
            TypeKind::Builtin(B::Tuple) => tag::TUPLE,
            TypeKind::Builtin(B::Int) => tag::INT,
            TypeKind::Builtin(B::Float) => tag::FLOAT,
            TypeKind::Builtin(B::Bytes) => tag::BYTES,
            TypeKind::Builtin(B::ByteArray) => tag::BYTEARRAY,
            TypeKind::Builtin(B::Range) => tag::RANGE,
            TypeKind::Builtin(B::Slice) => tag::SLICE,
            TypeKind::Builtin(B::Object) => {
                let id = self.object_method(n)?;
                return Some(self.natives[id as usize].value.clone());
            }
            _ => return None,
        };
        let id = match self.methods.get(&(tag | tag::ON_TYPE, n)) {
            Some(id) => *id,
            None => *self.methods.get(&(tag, n))?,
        };
        Some(self.natives[id as usize].value.clone())
    }

    /// `type(v)`.
    pub fn type_of(&self, v: &Value) -> Value {
        use crate::object::types::BuiltinType as B;
        let bt = match v {
            Value::Exception(e) => return Value::Type(e.class.clone()),
            Value::Instance(i) => return Value::Type(i.class.clone()),
            Value::None => B::NoneType,
            Value::Bool(_) => B::Bool,
            Value::Int(_) | Value::BigInt(_) => B::Int,
            Value::Float(_) => B::Float,
            Value::Str(_) => B::Str,
            Value::Bytes(_) => B::Bytes,
            Value::ByteArray(_) => B::ByteArray,
            Value::List(_) => B::List,
            Value::Tuple(_) => B::Tuple,
            Value::Dict(_) => B::Dict,
            Value::Range(_) => B::Range,
            Value::Function(_) => B::Function,
            Value::Coroutine(_) | Value::YieldNow => B::Coroutine,
            Value::Module(_) => B::Module,
            Value::Type(_) => B::Type,
            Value::Generator(_) => B::Generator,
            Value::AsyncGen(_) => B::AsyncGenerator,
            Value::AGenOp(op) => match op.kind {
                crate::object::value::AGenKind::ASend => B::AsyncGenASend,
                crate::object::value::AGenKind::AThrow => B::AsyncGenAThrow,
            },
            Value::Method(_) => B::Method,
            Value::Native(_) => B::BuiltinFunction,
            Value::Set(_) => B::Set,
            Value::FrozenSet(_) => B::FrozenSet,
            Value::Slice(_) => B::Slice,
            Value::Code(_) => B::Code,
            Value::Future(f) if f.is_task() => B::Task,
            Value::Future(_) => B::Future,
            Value::Iter(it) => B::extra_named(it.borrow().type_name()).unwrap_or(B::Iterator),
            Value::DictView(v) => match v.kind {
                crate::object::value::DictViewKind::Keys => B::DictKeys,
                crate::object::value::DictViewKind::Values => B::DictValues,
                crate::object::value::DictViewKind::Items => B::DictItems,
            },
            v if super::protocol::property_parts(v).is_some() => B::Property,
            _ => B::Object,
        };
        Value::Type(self.builtin_type(bt))
    }

    fn attr_error<T>(&self, obj: &Value, n: &str) -> RResult<T> {
        let msg = match obj {
            Value::Module(m) => format!("module '{}' has no attribute '{n}'", m.name),
            Value::Type(t) => format!("type object '{}' has no attribute '{n}'", t.name),
            _ => format!("'{}' object has no attribute '{n}'", obj.type_name()),
        };
        err(ExcKind::AttributeError, msg)
    }

    /// `obj.name = value`.
    pub fn store_attr(&mut self, obj: &Value, name: &Str, value: Value) -> RResult<()> {
        if let (Value::Exception(e), "args") = (obj, name.as_str()) {
            // `e.args = ...` replaces the arguments `str(e)` and `repr(e)` show.
            let items = crate::object::iter::collect(&value)?;
            *e.args.borrow_mut() = items;
            return Ok(());
        }
        if let Some(r) = self.object_store(obj, name, value.clone()) {
            return r;
        }
        match obj {
            Value::Module(m) => {
                m.dict.borrow_mut().set_str(name.as_str(), value);
                Ok(())
            }
            _ => {
                if self.builtin_method(obj, name.as_str()).is_some() {
                    return err(
                        ExcKind::AttributeError,
                        format!(
                            "'{}' object attribute '{}' is read-only",
                            obj.type_name(),
                            name.as_str()
                        ),
                    );
                }
                self.attr_error(obj, name.as_str())
            }
        }
    }

    /// `from module import name`.
    pub(super) fn import_from(&mut self, module: &Value, name: &Str) -> RResult<Value> {
        match module {
            Value::Module(m) => match m.dict.borrow().get_str(name) {
                Some(v) => Ok(v.clone()),
                None => {
                    let loc = match &m.file {
                        Some(f) => format!(" ({f})"),
                        None => " (unknown location)".into(),
                    };
                    err(
                        ExcKind::ImportError,
                        format!(
                            "cannot import name '{}' from '{}'{loc}",
                            name.as_str(),
                            m.name
                        ),
                    )
                }
            },
            _ => type_error("import from a non-module"),
        }
    }

    /// `from module import *`: public names (or `__all__`).
    pub(super) fn import_star(&mut self, module: &Value, globals: &DictRef) -> RResult<()> {
        let Value::Module(m) = module else {
            return type_error("import * from a non-module");
        };
        let items: Vec<(crate::object::dict::Key, Value)> = {
            let d = m.dict.borrow();
            let all = d.get_str(&Str::new("__all__")).cloned();
            match all {
                Some(all) => {
                    let mut v = Vec::new();
                    for n in crate::object::iter::collect(&all)? {
                        let Value::Str(s) = &n else { continue };
                        match d.get_str(s) {
                            Some(x) => {
                                v.push((crate::object::ops::make_key(n.clone())?, x.clone()))
                            }
                            None => {
                                return err(
                                    ExcKind::AttributeError,
                                    format!(
                                        "module '{}' has no attribute '{}'",
                                        m.name,
                                        s.as_str()
                                    ),
                                );
                            }
                        }
                    }
                    v
                }
                None => d
                    .map
                    .iter()
                    .filter(
                        |(k, _)| matches!(&k.value, Value::Str(s) if !s.as_str().starts_with('_')),
                    )
                    .map(|(k, v)| (k.clone(), v.clone()))
                    .collect(),
            }
        };
        let mut g = globals.borrow_mut();
        for (k, v) in items {
            g.insert(k, v);
        }
        Ok(())
    }

    /// An f-string replacement field: conversion, then `format(value, spec)`.
    pub(super) fn format_value(
        &mut self,
        v: &Value,
        conv: u8,
        spec: Option<&Value>,
    ) -> RResult<Value> {
        let converted;
        let v = match conv {
            b's' => {
                converted = Value::string(repr::str(v));
                &converted
            }
            b'r' => {
                converted = Value::string(repr::repr(v));
                &converted
            }
            b'a' => {
                converted = Value::string(ascii(&repr::repr(v)));
                &converted
            }
            _ => v,
        };
        let spec = match spec {
            Some(Value::Str(s)) => s.as_str().to_string(),
            _ => String::new(),
        };
        Ok(Value::string(format_with_spec(v, &spec)?))
    }
}

/// `ascii()`: escapes non-ASCII characters of a repr.
pub fn ascii(s: &str) -> String {
    let mut out = String::new();
    for c in s.chars() {
        let u = c as u32;
        if u < 0x80 {
            out.push(c);
        } else if u < 0x100 {
            out.push_str(&format!("\\x{u:02x}"));
        } else if u < 0x10000 {
            out.push_str(&format!("\\u{u:04x}"));
        } else {
            out.push_str(&format!("\\U{u:08x}"));
        }
    }
    out
}

/// `format(value, spec)` for built-in values.
pub fn format_with_spec(v: &Value, spec: &str) -> RResult<String> {
    let r = match v {
        Value::Str(s) => {
            if spec.is_empty() {
                return Ok(s.as_str().to_string());
            }
            format::format_str(s.as_str(), spec)
        }
        Value::Bool(b) if spec.is_empty() => return Ok(if *b { "True" } else { "False" }.into()),
        Value::Int(i) => format::format_i64(*i, spec),
        Value::Bool(b) => format::format_i64(*b as i64, spec),
        Value::BigInt(b) => format::format_int(b, spec),
        Value::Float(f) => format::format_float(*f, spec),
        other => {
            if spec.is_empty() {
                return Ok(repr::str(other));
            }
            return type_error(format!(
                "unsupported format string passed to {}.__format__",
                other.type_name()
            ));
        }
    };
    r.map_err(|(kind, msg)| {
        let k = match kind {
            "ValueError" => ExcKind::ValueError,
            "OverflowError" => ExcKind::OverflowError,
            "MemoryError" => ExcKind::MemoryError,
            _ => ExcKind::TypeError,
        };
        crate::object::exception::Raise::new(k, msg)
    })
}

/// The fields built-in exception classes derive from their arguments (`StopIteration.value`,
/// `SystemExit.code`, `ImportError.name`, ...), for exceptions of those classes and their
/// subclasses.
fn exception_field(e: &crate::object::exception::ExceptionObj, n: &str) -> Option<Value> {
    let kind = e.kind()?;
    let args = e.args.borrow();
    let is = |k: ExcKind| {
        let mut cur = Some(kind);
        while let Some(c) = cur {
            if c == k {
                return true;
            }
            cur = c.parent();
        }
        false
    };
    match n {
        "value" if is(ExcKind::StopIteration) => Some(args.first().cloned().unwrap_or(Value::None)),
        "code" if is(ExcKind::SystemExit) => Some(match args.len() {
            0 => Value::None,
            1 => args[0].clone(),
            _ => Value::tuple(args.clone()),
        }),
        "msg" if is(ExcKind::ImportError) => Some(match args.len() {
            1 => args[0].clone(),
            _ => Value::None,
        }),
        "path" if is(ExcKind::ImportError) => Some(Value::None),
        "errno" | "strerror" if is(ExcKind::OSError) => Some(match &args[..] {
            [code @ Value::Int(_), msg] => {
                if n == "errno" {
                    code.clone()
                } else {
                    msg.clone()
                }
            }
            _ => Value::None,
        }),
        "filename" | "filename2" if is(ExcKind::OSError) => Some(Value::None),
        // The VM's NameErrors say "name 'x' is not defined".
        "name" if is(ExcKind::NameError) => Some(match args.first() {
            Some(Value::Str(s))
                if s.as_str().starts_with("name '") || s.as_str().contains("local variable '") =>
            {
                let t = s.as_str();
                let start = t.find('\'').map_or(0, |i| i + 1);
                let end = t[start..].find('\'').map_or(t.len(), |i| start + i);
                Value::str(&t[start..end])
            }
            _ => Value::None,
        }),
        "name" if is(ExcKind::ImportError) => {
            // The importer's own error names the missing module.
            let name = match args.first() {
                Some(Value::Str(s)) if kind == ExcKind::ModuleNotFoundError => s
                    .as_str()
                    .strip_prefix("No module named '")
                    .and_then(|rest| rest.strip_suffix('\''))
                    .map(Value::str),
                // "cannot import name 'x' from 'm' (...)": the module is `m`.
                Some(Value::Str(s)) if s.as_str().starts_with("cannot import name '") => s
                    .as_str()
                    .split_once("' from '")
                    .and_then(|(_, rest)| rest.split_once('\''))
                    .map(|(m, _)| Value::str(m)),
                _ => None,
            };
            Some(name.unwrap_or(Value::None))
        }
        _ => None,
    }
}

/// `dir(object())`.
const OBJECT_DIR: &[&str] = &[
    "__class__",
    "__delattr__",
    "__dir__",
    "__doc__",
    "__eq__",
    "__format__",
    "__ge__",
    "__getattribute__",
    "__getstate__",
    "__gt__",
    "__hash__",
    "__init__",
    "__init_subclass__",
    "__le__",
    "__lt__",
    "__ne__",
    "__new__",
    "__reduce__",
    "__reduce_ex__",
    "__repr__",
    "__setattr__",
    "__sizeof__",
    "__str__",
    "__subclasshook__",
];

/// What `dir(BaseException())` adds to `dir(object())`.
const EXCEPTION_DIR: &[&str] = &[
    "__cause__",
    "__context__",
    "__dict__",
    "__setstate__",
    "__suppress_context__",
    "__traceback__",
    "add_note",
    "args",
    "with_traceback",
];

impl Interp {
    /// `delattr(obj, name)`.
    pub fn delete_attr(&mut self, obj: &Value, name: &Str) -> RResult<()> {
        let n = name.as_str();
        let key = crate::object::ops::make_key(Value::str(n))?;
        let removed = match obj {
            Value::Instance(i) => i.dict.borrow_mut().remove(&key).is_some(),
            Value::Type(t) if t.dict.is_some() => t
                .dict
                .as_ref()
                .is_some_and(|d| d.borrow_mut().remove(&key).is_some()),
            Value::Module(m) => {
                if m.dict.borrow_mut().remove(&key).is_some() {
                    return Ok(());
                }
                return err(
                    ExcKind::AttributeError,
                    format!("'module' object has no attribute '{n}'"),
                );
            }
            Value::Exception(e) => e
                .attrs
                .borrow()
                .as_ref()
                .is_some_and(|d| d.borrow_mut().remove(&key).is_some()),
            Value::Type(t) => {
                return type_error(format!(
                    "cannot set '{n}' attribute of immutable type '{}'",
                    t.name
                ));
            }
            _ => false,
        };
        if removed {
            Ok(())
        } else {
            self.attr_error(obj, n)
        }
    }

    /// `dir(obj)`: the sorted attribute names, as CPython lists them for instances, classes
    /// and modules (approximate for other built-in values).
    pub fn dir_names(&self, obj: &Value) -> Vec<String> {
        let mut names: Vec<String> = Vec::new();
        let keys = |d: &DictRef, out: &mut Vec<String>| {
            for k in d.borrow().map.keys() {
                if let Value::Str(s) = &k.value {
                    out.push(s.as_str().to_string());
                }
            }
        };
        let class = match obj {
            Value::Module(m) => {
                keys(&m.dict, &mut names);
                None
            }
            Value::Instance(i) => {
                keys(&i.dict, &mut names);
                Some(i.class.clone())
            }
            Value::Exception(e) => {
                if let Some(d) = &*e.attrs.borrow() {
                    keys(d, &mut names);
                }
                Some(e.class.clone())
            }
            Value::Type(t) => Some(t.clone()),
            other => {
                names.extend(OBJECT_DIR.iter().map(|s| s.to_string()));
                names.extend(
                    super::dir_names::builtin_extra(other)
                        .iter()
                        .map(|s| s.to_string()),
                );
                if let Some(t) = type_tag(other) {
                    names.extend(
                        self.methods
                            .keys()
                            .filter(|(tag, _)| *tag == t)
                            .map(|(_, n)| n.to_string()),
                    );
                }
                None
            }
        };
        if let Some(class) = class {
            names.extend(OBJECT_DIR.iter().map(|s| s.to_string()));
            if class.is_exception() {
                names.extend(EXCEPTION_DIR.iter().map(|s| s.to_string()));
            }
            for t in std::iter::once(&class).chain(class.mro.iter()) {
                if let Some(d) = &t.dict {
                    keys(d, &mut names);
                    names.extend(["__module__", "__weakref__"].map(String::from));
                    if !class.is_exception() {
                        names.push("__dict__".into());
                    }
                }
            }
            names.retain(|n| n != "__qualname__");
        }
        names.sort();
        names.dedup();
        names
    }
}
