//! The `builtins` namespace: functions, types and exception classes every script sees.

use crate::object::arith::{self, to_bigint};
use crate::object::dict::Dict;
use crate::object::exception::{RResult, Raise, RaiseKind, err, type_error};
use crate::object::format::int_to_str_radix;
use crate::object::iter::{IterState, collect, iter_of};
use crate::object::ops::{self, truthy};
use crate::object::repr;
use crate::object::types::{BuiltinType, ExcKind, TypeKind};
use crate::object::value::{Range, Value, Wrapped};
use crate::syntax::ast::BinOp;
use crate::vm::{Interp, NativeFn, NativeKind};
use num_bigint::BigInt;
use num_traits::{Signed, Zero};
use std::cell::RefCell;
use std::rc::Rc;

type Kw<'a> = &'a [(Rc<str>, Value)];

/// Checks a native's positional argument count, with CPython-style messages.
pub fn arity(name: &str, args: &[Value], min: usize, max: usize) -> RResult<()> {
    let n = args.len();
    if n >= min && n <= max {
        return Ok(());
    }
    if min == max {
        return match min {
            0 => type_error(format!("{name}() takes no arguments ({n} given)")),
            1 => type_error(format!("{name}() takes exactly one argument ({n} given)")),
            _ => type_error(format!("{name} expected {min} arguments, got {n}")),
        };
    }
    if n < min {
        type_error(format!(
            "{name} expected at least {min} argument{}, got {n}",
            if min == 1 { "" } else { "s" }
        ))
    } else {
        type_error(format!(
            "{name} expected at most {max} argument{}, got {n}",
            if max == 1 { "" } else { "s" }
        ))
    }
}

pub fn kwarg(kw: Kw, name: &str) -> Option<Value> {
    kw.iter()
        .find(|(k, _)| &**k == name)
        .map(|(_, v)| v.clone())
}

fn no_kwargs(name: &str, kw: Kw) -> RResult<()> {
    match kw.first() {
        None => Ok(()),
        Some(_) => type_error(format!("{name}() takes no keyword arguments")),
    }
}

fn only_kwargs(name: &str, kw: Kw, allowed: &[&str]) -> RResult<()> {
    for (k, _) in kw {
        if !allowed.contains(&&**k) {
            return type_error(format!("'{k}' is an invalid keyword argument for {name}()"));
        }
    }
    Ok(())
}

pub fn install(interp: &mut Interp) {
    let fns: &[(&str, NativeFn)] = &[
        ("abs", abs),
        ("sum", sum),
        ("isinstance", isinstance),
        ("enumerate", enumerate),
        ("zip", zip),
        ("reversed", reversed),
        ("hash", |_, a, k| {
            no_kwargs("hash", k)?;
            arity("hash", a, 1, 1)?;
            if let Value::Instance(i) = &a[0]
                && let Some(Value::Function(_)) =
                    i.class.lookup(&crate::object::str::Str::new("__hash__"))
            {
                // A script `__hash__`: the prelude's `hash` calls it.
                return Err(Raise::delegate());
            }
            Ok(Value::Int(ops::hash_value(&a[0])? as i64))
        }),
        ("id", |_, a, _| {
            arity("id", a, 1, 1)?;
            Ok(Value::Int(a[0].identity() as i64))
        }),
        ("chr", chr),
        ("ord", ord),
        ("round", round),
        ("divmod", divmod),
        ("pow", pow),
        ("hex", |_, a, _| radix(a, "hex", 16, "0x")),
        ("oct", |_, a, _| radix(a, "oct", 8, "0o")),
        ("bin", |_, a, _| radix(a, "bin", 2, "0b")),
        ("callable", |_, a, _| {
            arity("callable", a, 1, 1)?;
            Ok(Value::Bool(match &a[0] {
                Value::Function(_) | Value::Native(_) | Value::Type(_) | Value::Method(_) => true,
                Value::Instance(i) => i
                    .class
                    .lookup(&crate::object::str::Str::new("__call__"))
                    .is_some(),
                _ => false,
            }))
        }),
        ("issubclass", issubclass),
        ("staticmethod", |_, a, _| {
            arity("staticmethod", a, 1, 1)?;
            Ok(Value::Wrapped(Rc::new(Wrapped::StaticMethod(a[0].clone()))))
        }),
        ("classmethod", |_, a, _| {
            arity("classmethod", a, 1, 1)?;
            Ok(Value::Wrapped(Rc::new(Wrapped::ClassMethod(a[0].clone()))))
        }),
        ("any", |_, a, _| {
            arity("any", a, 1, 1)?;
            Ok(Value::Bool(collect(&a[0])?.iter().any(truthy)))
        }),
        ("all", |_, a, _| {
            arity("all", a, 1, 1)?;
            Ok(Value::Bool(collect(&a[0])?.iter().all(truthy)))
        }),
        ("super", |i, a, _| i.make_super(a)),
        ("delattr", |i, a, k| {
            no_kwargs("delattr", k)?;
            arity("delattr", a, 2, 2)?;
            let Value::Str(name) = &a[1] else {
                return type_error(format!(
                    "attribute name must be string, not '{}'",
                    a[1].type_name()
                ));
            };
            i.delete_attr(&a[0], name)?;
            Ok(Value::None)
        }),
        ("format", |_, a, _| {
            arity("format", a, 1, 2)?;
            if let Value::Instance(_) = &a[0] {
                // `__format__` or `__str__` in script code: the prelude's `_format`.
                return Err(Raise::delegate());
            }
            let spec = match a.get(1) {
                Some(Value::Str(s)) => s.as_str().to_string(),
                Some(other) => {
                    return type_error(format!(
                        "format() argument 2 must be str, not {}",
                        other.type_name()
                    ));
                }
                None => String::new(),
            };
            Ok(Value::string(crate::vm::format_with_spec(&a[0], &spec)?))
        }),
    ];
    for (name, f) in fns {
        let id = interp.register_native(name, NativeKind::Pure(*f));
        let v = interp.natives[id as usize].value.clone();
        interp.builtins.borrow_mut().set_str(name, v);
    }
    interp
        .type_ctors
        .insert(BuiltinType::Property as u8, interp.property_native);
    let t = Value::Type(interp.builtin_type(BuiltinType::Property));
    interp.builtins.borrow_mut().set_str("property", t);
    // Builtins that may run script code live in the VM (`__len__`, generators, `__next__`).
    for (name, id) in [
        ("exec", interp.protocol.eval_builtins[0]),
        ("eval", interp.protocol.eval_builtins[1]),
        ("compile", interp.protocol.eval_builtins[2]),
        ("getattr", interp.protocol.attr_builtins[0]),
        ("hasattr", interp.protocol.attr_builtins[1]),
        ("setattr", interp.protocol.attr_builtins[2]),
        ("len", interp.protocol.len),
        ("next", interp.generator_natives.next),
        ("iter", interp.generator_natives.iter),
    ] {
        let v = interp.natives[id as usize].value.clone();
        interp.builtins.borrow_mut().set_str(name, v);
    }
    interp
        .builtins
        .borrow_mut()
        .set_str("NotImplemented", Value::NotImplemented);
    let ctors: &[(BuiltinType, &str, NativeFn)] = &[
        (BuiltinType::Int, "int", int),
        (BuiltinType::Float, "float", float),
        (BuiltinType::Bool, "bool", |_, a, _| {
            arity("bool", a, 0, 1)?;
            if let Some(Value::Instance(_)) = a.first() {
                // `__bool__`/`__len__`: the VM's truth protocol runs them.
                return Err(Raise::delegate());
            }
            Ok(Value::Bool(a.first().is_some_and(truthy)))
        }),
        (BuiltinType::List, "list", |_, a, _| {
            arity("list", a, 0, 1)?;
            Ok(Value::list(match a.first() {
                Some(v) => collect(v)?,
                None => vec![],
            }))
        }),
        (BuiltinType::Tuple, "tuple", |_, a, _| {
            arity("tuple", a, 0, 1)?;
            Ok(match a.first() {
                Some(Value::Tuple(t)) => Value::Tuple(t.clone()),
                Some(v) => Value::tuple(collect(v)?),
                None => Value::tuple(vec![]),
            })
        }),
        (BuiltinType::Dict, "dict", dict_ctor),
        (BuiltinType::Range, "range", range),
        (BuiltinType::Slice, "slice", slice),
        (BuiltinType::Type, "type", |i, a, _| {
            arity("type", a, 1, 1)?;
            Ok(i.type_of(&a[0]))
        }),
        (BuiltinType::Object, "object", |i, a, kw| {
            if !a.is_empty() || !kw.is_empty() {
                return type_error("object() takes no arguments");
            }
            Ok(Value::Instance(Rc::new(crate::object::value::Instance {
                class: i.builtin_type(BuiltinType::Object),
                dict: Rc::new(std::cell::RefCell::new(crate::object::dict::Dict::new())),
                payload: None,
            })))
        }),
    ];
    for (bt, name, f) in ctors {
        let id = interp.register_native(name, NativeKind::Pure(*f));
        interp.type_ctors.insert(*bt as u8, id);
        let t = Value::Type(interp.builtin_type(*bt));
        interp.builtins.borrow_mut().set_str(name, t);
    }
    for &k in ExcKind::ALL {
        if k.module() == "builtins" {
            let t = Value::Type(interp.exc_type(k));
            interp.builtins.borrow_mut().set_str(k.name(), t);
        }
    }
    // Old aliases of OSError.
    for alias in ["IOError", "EnvironmentError"] {
        let t = Value::Type(interp.exc_type(ExcKind::OSError));
        interp.builtins.borrow_mut().set_str(alias, t);
    }
    let id = interp.register_native("ascii", NativeKind::Stepped(ascii));
    let v = interp.natives[id as usize].value.clone();
    interp.builtins.borrow_mut().set_str("ascii", v);
    let frame_fns: &[(&str, crate::vm::FrameFn)] = &[
        ("globals", globals),
        ("vars", vars),
        ("locals", locals),
        ("dir", dir),
    ];
    for (name, f) in frame_fns {
        let id = interp.register_native(name, NativeKind::Frame(*f));
        let v = interp.natives[id as usize].value.clone();
        interp.builtins.borrow_mut().set_str(name, v);
    }
    // `Ellipsis` (`...`): the one instance of a class defined in Rust.
    let ellipsis = interp.native_class(
        "ellipsis",
        "builtins",
        &[(
            "__repr__",
            NativeKind::Pure(|_, _, _| Ok(Value::str("Ellipsis"))),
        )],
    );
    let ellipsis = Value::Instance(Rc::new(crate::object::value::Instance {
        class: ellipsis,
        dict: Rc::new(RefCell::new(Dict::new())),
        payload: None,
    }));
    let b = &interp.builtins;
    b.borrow_mut().set_str("Ellipsis", ellipsis);
    b.borrow_mut().set_str("None", Value::None);
    b.borrow_mut().set_str("__name__", Value::str("builtins"));
}

fn abs(_: &mut Interp, a: &[Value], _: Kw) -> RResult<Value> {
    arity("abs", a, 1, 1)?;
    match &a[0] {
        // `__abs__`: the prelude's `abs` calls it.
        Value::Instance(_) => Err(Raise::delegate()),
        Value::Int(i) => Ok(match i.checked_abs() {
            Some(v) => Value::Int(v),
            None => Value::from_bigint(BigInt::from(*i).abs()),
        }),
        Value::Bool(b) => Ok(Value::Int(*b as i64)),
        Value::BigInt(b) => Ok(Value::from_bigint(b.abs())),
        Value::Float(f) => Ok(Value::Float(f.abs())),
        other => type_error(format!(
            "bad operand type for abs(): '{}'",
            other.type_name()
        )),
    }
}

fn sum(_: &mut Interp, a: &[Value], kw: Kw) -> RResult<Value> {
    only_kwargs("sum", kw, &["start"])?;
    arity("sum", a, 1, 2)?;
    let mut acc = a
        .get(1)
        .cloned()
        .or_else(|| kwarg(kw, "start"))
        .unwrap_or(Value::Int(0));
    if let Value::Str(_) = acc {
        return type_error("sum() can't sum strings [use ''.join(seq) instead]");
    }
    for v in collect(&a[0])? {
        acc = arith::binary(BinOp::Add, &acc, &v)?;
    }
    Ok(acc)
}

/// Stable merge sort that stops at the first comparison error.
pub fn sort_values(items: &mut [Value], reverse: bool) -> RResult<()> {
    let mut error: Option<Raise> = None;
    items.sort_by(|x, y| {
        if error.is_some() {
            return std::cmp::Ordering::Equal;
        }
        let (a, b) = if reverse { (y, x) } else { (x, y) };
        match ops::less_than(a, b) {
            Ok(true) => std::cmp::Ordering::Less,
            Ok(false) => match ops::less_than(b, a) {
                Ok(true) => std::cmp::Ordering::Greater,
                Ok(false) => std::cmp::Ordering::Equal,
                Err(e) => {
                    error = Some(e);
                    std::cmp::Ordering::Equal
                }
            },
            Err(e) => {
                error = Some(e);
                std::cmp::Ordering::Equal
            }
        }
    });
    match error {
        Some(e) => Err(e),
        None => Ok(()),
    }
}

fn instance_of(interp: &Interp, v: &Value, cls: &Value) -> RResult<bool> {
    match cls {
        Value::Tuple(items) => {
            for c in items.iter() {
                if instance_of(interp, v, c)? {
                    return Ok(true);
                }
            }
            Ok(false)
        }
        Value::Type(t) => Ok(match &t.kind {
            TypeKind::Exception(_) => matches!(v, Value::Exception(e) if e.class.is_subclass(t)),
            TypeKind::Class => matches!(v, Value::Instance(i) if i.class.is_subclass(t)),
            TypeKind::Builtin(bt) => match bt {
                BuiltinType::Object => true,
                BuiltinType::Int => matches!(v, Value::Int(_) | Value::BigInt(_) | Value::Bool(_)),
                _ => match interp.type_of(v) {
                    Value::Type(vt) => vt.is_subclass(t),
                    _ => false,
                },
            },
        }),
        _ => type_error("isinstance() arg 2 must be a type, a tuple of types, or a union"),
    }
}

fn issubclass(_: &mut Interp, a: &[Value], _: Kw) -> RResult<Value> {
    arity("issubclass", a, 2, 2)?;
    let Value::Type(sub) = &a[0] else {
        return type_error("issubclass() arg 1 must be a class");
    };
    let classes: Vec<Value> = match &a[1] {
        Value::Tuple(t) => (**t).clone(),
        other => vec![other.clone()],
    };
    for c in classes {
        match c {
            Value::Type(t) => {
                if sub.is_subclass(&t) {
                    return Ok(Value::Bool(true));
                }
            }
            _ => {
                return type_error(
                    "issubclass() arg 2 must be a class, a tuple of classes, or a union",
                );
            }
        }
    }
    Ok(Value::Bool(false))
}

fn isinstance(interp: &mut Interp, a: &[Value], _: Kw) -> RResult<Value> {
    arity("isinstance", a, 2, 2)?;
    Ok(Value::Bool(instance_of(interp, &a[0], &a[1])?))
}

fn new_iter(state: IterState) -> Value {
    Value::Iter(Rc::new(RefCell::new(state)))
}

fn enumerate(_: &mut Interp, a: &[Value], kw: Kw) -> RResult<Value> {
    only_kwargs("enumerate", kw, &["start"])?;
    arity("enumerate", a, 1, 2)?;
    let start = match a.get(1).cloned().or_else(|| kwarg(kw, "start")) {
        None => 0,
        Some(v) => ops::index_of(&v, "enumerate")?,
    };
    Ok(new_iter(IterState::Enumerate {
        inner: iter_of(&a[0])?,
        count: start,
        spare: Default::default(),
    }))
}

fn zip(_: &mut Interp, a: &[Value], _: Kw) -> RResult<Value> {
    let inners = a.iter().map(iter_of).collect::<RResult<Vec<_>>>()?;
    Ok(new_iter(IterState::Zip {
        inners,
        spare: Default::default(),
    }))
}

fn reversed(_: &mut Interp, a: &[Value], kw: Kw) -> RResult<Value> {
    no_kwargs("reversed", kw)?;
    arity("reversed", a, 1, 1)?;
    let dict_rev = |dict: &crate::object::value::DictRef, kind| {
        let len = dict.borrow().len();
        Ok(new_iter(IterState::DictRev {
            dict: dict.clone(),
            idx: len,
            kind,
            len,
        }))
    };
    let n = match &a[0] {
        Value::List(_)
        | Value::Tuple(_)
        | Value::Str(_)
        | Value::Range(_)
        | Value::Bytes(_)
        | Value::ByteArray(_) => ops::len(&a[0])?,
        Value::Dict(d) => return dict_rev(d, crate::object::value::DictViewKind::Keys),
        Value::DictView(v) => return dict_rev(&v.dict, v.kind),
        // `__reversed__`, or `__len__` and `__getitem__`: the prelude's `reversed`.
        Value::Instance(_) => return Err(Raise::delegate()),
        other => return type_error(format!("'{}' object is not reversible", other.type_name())),
    };
    Ok(new_iter(IterState::Reversed {
        seq: a[0].clone(),
        idx: n,
    }))
}

fn chr(_: &mut Interp, a: &[Value], _: Kw) -> RResult<Value> {
    arity("chr", a, 1, 1)?;
    let i = match &a[0] {
        Value::Int(i) => *i,
        Value::Bool(b) => *b as i64,
        Value::BigInt(_) => {
            return err(
                ExcKind::OverflowError,
                "Python int too large to convert to C int",
            );
        }
        other => {
            return type_error(format!(
                "'{}' object cannot be interpreted as an integer",
                other.type_name()
            ));
        }
    };
    match u32::try_from(i).ok().and_then(char::from_u32) {
        Some(c) => Ok(Value::string(c.to_string())),
        None => err(ExcKind::ValueError, "chr() arg not in range(0x110000)"),
    }
}

fn ord(_: &mut Interp, a: &[Value], _: Kw) -> RResult<Value> {
    arity("ord", a, 1, 1)?;
    match &a[0] {
        Value::Str(s) if s.len() == 1 => Ok(Value::Int(s.char_at(0) as i64)),
        Value::Str(s) => type_error(format!(
            "ord() expected a character, but string of length {} found",
            s.len()
        )),
        other => type_error(format!(
            "ord() expected string of length 1, but {} found",
            other.type_name()
        )),
    }
}

fn round(_: &mut Interp, a: &[Value], kw: Kw) -> RResult<Value> {
    only_kwargs("round", kw, &["ndigits"])?;
    arity("round", a, 1, 2)?;
    if let Value::Instance(_) = a[0] {
        // `__round__`: the prelude's `round` calls it.
        return Err(Raise::delegate());
    }
    let nd = a
        .get(1)
        .cloned()
        .or_else(|| kwarg(kw, "ndigits"))
        .filter(|v| !v.is_none());
    match (&a[0], nd) {
        (Value::Float(f), None) => {
            let r = f.round_ties_even();
            ops::float_to_int(r)
        }
        (Value::Float(f), Some(n)) => {
            let n = ops::index_of(&n, "round")?;
            if !f.is_finite() {
                return Ok(Value::Float(*f));
            }
            if n >= 0 {
                if n > 320 {
                    return Ok(Value::Float(*f));
                }
                let s = format!("{:.*}", n as usize, f);
                Ok(Value::Float(s.parse::<f64>().unwrap_or(*f)))
            } else {
                let p = 10f64.powi((-n).min(400) as i32);
                let r = (f / p).round_ties_even() * p;
                Ok(Value::Float(if r == 0.0 { 0.0f64.copysign(*f) } else { r }))
            }
        }
        (v @ (Value::Int(_) | Value::BigInt(_) | Value::Bool(_)), None) => {
            Ok(Value::from_bigint(to_bigint(v).expect("int")))
        }
        (v @ (Value::Int(_) | Value::BigInt(_) | Value::Bool(_)), Some(n)) => {
            let n = ops::index_of(&n, "round")?;
            let b = to_bigint(v).expect("int");
            if n >= 0 {
                return Ok(Value::from_bigint(b));
            }
            let p = num_traits::pow(BigInt::from(10), (-n) as usize);
            let (q, r) = num_integer::Integer::div_mod_floor(&b, &p);
            let twice = &r * 2;
            let q = if twice > p || (twice == p && num_integer::Integer::is_odd(&q)) {
                q + 1
            } else {
                q
            };
            Ok(Value::from_bigint(q * p))
        }
        (other, _) => type_error(format!(
            "type {} doesn't define __round__ method",
            other.type_name()
        )),
    }
}

fn divmod(_: &mut Interp, a: &[Value], _: Kw) -> RResult<Value> {
    arity("divmod", a, 2, 2)?;
    if matches!(a[0], Value::Instance(_)) || matches!(a[1], Value::Instance(_)) {
        // `__divmod__`/`__rdivmod__`: the prelude's `divmod` calls them.
        return Err(Raise::delegate());
    }
    let q = arith::binary(BinOp::FloorDiv, &a[0], &a[1])
        .map_err(|e| fix_divmod_msg(e, &a[0], &a[1]))?;
    let r = arith::binary(BinOp::Mod, &a[0], &a[1])?;
    Ok(Value::tuple(vec![q, r]))
}

fn fix_divmod_msg(e: Raise, a: &Value, b: &Value) -> Raise {
    match &*e.0 {
        RaiseKind::New(ExcKind::TypeError, _) => Raise::new(
            ExcKind::TypeError,
            format!(
                "unsupported operand type(s) for divmod(): '{}' and '{}'",
                a.type_name(),
                b.type_name()
            ),
        ),
        _ => e,
    }
}

fn pow(_: &mut Interp, a: &[Value], _: Kw) -> RResult<Value> {
    arity("pow", a, 2, 3)?;
    let Some(m) = a.get(2).filter(|v| !v.is_none()) else {
        return arith::binary(BinOp::Pow, &a[0], &a[1]);
    };
    let (Some(b), Some(e), Some(m)) = (to_bigint(&a[0]), to_bigint(&a[1]), to_bigint(m)) else {
        return type_error("pow() 3rd argument not allowed unless all arguments are integers");
    };
    if m.is_zero() {
        return err(ExcKind::ValueError, "pow() 3rd argument cannot be 0");
    }
    let r = if e.is_negative() {
        let Some(inv) = mod_inverse(&b, &m) else {
            return err(
                ExcKind::ValueError,
                "base is not invertible for the given modulus",
            );
        };
        inv.modpow(&(-e), &m.abs())
    } else {
        b.modpow(&e, &m.abs())
    };
    // Python's result takes the sign of the modulus.
    let r = num_integer::Integer::mod_floor(&r, &m);
    Ok(Value::from_bigint(r))
}

fn mod_inverse(a: &BigInt, m: &BigInt) -> Option<BigInt> {
    let m = m.abs();
    let (mut t, mut new_t) = (BigInt::zero(), BigInt::from(1));
    let (mut r, mut new_r) = (m.clone(), num_integer::Integer::mod_floor(a, &m));
    while !new_r.is_zero() {
        let q = &r / &new_r;
        (t, new_t) = (new_t.clone(), t - &q * &new_t);
        (r, new_r) = (new_r.clone(), r - &q * &new_r);
    }
    if r != BigInt::from(1) {
        return None;
    }
    Some(num_integer::Integer::mod_floor(&t, &m))
}

fn radix(a: &[Value], name: &str, base: u32, prefix: &str) -> RResult<Value> {
    arity(name, a, 1, 1)?;
    if let Value::Instance(_) = a[0] {
        // `__index__`: the prelude's `_hex`/`_oct`/`_bin`.
        return Err(Raise::delegate());
    }
    let Some(b) = to_bigint(&a[0]) else {
        return type_error(format!(
            "'{}' object cannot be interpreted as an integer",
            a[0].type_name()
        ));
    };
    let digits = int_to_str_radix(&b.abs(), base);
    let sign = if b.is_negative() { "-" } else { "" };
    Ok(Value::string(format!("{sign}{prefix}{digits}")))
}

fn range(_: &mut Interp, a: &[Value], kw: Kw) -> RResult<Value> {
    no_kwargs("range", kw)?;
    if a.is_empty() {
        return type_error("range expected at least 1 argument, got 0");
    }
    if a.len() > 3 {
        return type_error(format!(
            "range expected at most 3 arguments, got {}",
            a.len()
        ));
    }
    let get = |v: &Value| -> RResult<i64> {
        match v {
            Value::Int(i) => Ok(*i),
            Value::Bool(b) => Ok(*b as i64),
            Value::BigInt(_) => err(
                ExcKind::OverflowError,
                "Python int too large to convert to C ssize_t",
            ),
            // `__index__` is script code: the prelude's `_range` converts first.
            other if ops::has_index_method(other) => Err(Raise::delegate()),
            other => type_error(format!(
                "'{}' object cannot be interpreted as an integer",
                other.type_name()
            )),
        }
    };
    let (start, stop, step) = match a.len() {
        1 => (0, get(&a[0])?, 1),
        2 => (get(&a[0])?, get(&a[1])?, 1),
        _ => (get(&a[0])?, get(&a[1])?, get(&a[2])?),
    };
    if step == 0 {
        return err(ExcKind::ValueError, "range() arg 3 must not be zero");
    }
    Ok(Value::Range(Rc::new(Range { start, stop, step })))
}

/// `int(x)` / `int(s, base)`.
fn int(_: &mut Interp, a: &[Value], kw: Kw) -> RResult<Value> {
    only_kwargs("int", kw, &["base"])?;
    if a.len() > 2 {
        return type_error(format!(
            "int() takes at most 2 arguments ({} given)",
            a.len()
        ));
    }
    let base = a.get(1).cloned().or_else(|| kwarg(kw, "base"));
    let Some(x) = a.first() else {
        return Ok(Value::Int(0));
    };
    if let (Value::Instance(_), None) = (x, &base) {
        // `__int__`/`__index__`/`__trunc__`: the prelude's `_int`.
        return Err(Raise::delegate());
    }
    if let Some(base) = base {
        let base = ops::index_of(&base, "int")?;
        let Value::Str(s) = x else {
            return type_error("int() can't convert non-string with explicit base");
        };
        return parse_int(s.as_str(), base);
    }
    match x {
        Value::Int(_) | Value::BigInt(_) => Ok(x.clone()),
        Value::Bool(b) => Ok(Value::Int(*b as i64)),
        Value::Float(f) => ops::float_to_int(*f),
        Value::Str(s) => parse_int(s.as_str(), 10),
        other => type_error(format!(
            "int() argument must be a string, a bytes-like object or a real number, not '{}'",
            other.type_name()
        )),
    }
}

/// Parses an int literal the way `int(s, base)` does (whitespace, sign, underscores, prefixes).
pub fn parse_int(text: &str, base: i64) -> RResult<Value> {
    let bad = || {
        err(
            ExcKind::ValueError,
            format!(
                "invalid literal for int() with base {base}: {}",
                repr::str_repr(text)
            ),
        )
    };
    if base != 0 && !(2..=36).contains(&base) {
        return err(
            ExcKind::ValueError,
            "int() base must be >= 2 and <= 36, or 0",
        );
    }
    let t = text.trim();
    let (neg, t) = match t.as_bytes().first() {
        Some(b'-') => (true, &t[1..]),
        Some(b'+') => (false, &t[1..]),
        _ => (false, t),
    };
    let lower = t.to_ascii_lowercase();
    let mut base = base as u32;
    let mut digits: &str = &lower;
    for (p, b) in [("0x", 16), ("0o", 8), ("0b", 2)] {
        if (base == b || base == 0) && lower.starts_with(p) {
            digits = &lower[2..];
            base = b;
            if digits.starts_with('_') {
                digits = &digits[1..];
            }
        }
    }
    if base == 0 {
        if digits.len() > 1
            && digits.starts_with('0')
            && digits.chars().any(|c| c != '0' && c != '_')
        {
            return bad();
        }
        base = 10;
    }
    if digits.is_empty()
        || digits.starts_with('_')
        || digits.ends_with('_')
        || digits.contains("__")
    {
        return bad();
    }
    let clean: String = digits.chars().filter(|&c| c != '_').collect();
    match BigInt::parse_bytes(clean.as_bytes(), base) {
        Some(v) if !clean.starts_with('+') && !clean.starts_with('-') => {
            Ok(Value::from_bigint(if neg { -v } else { v }))
        }
        _ => bad(),
    }
}

fn float(_: &mut Interp, a: &[Value], kw: Kw) -> RResult<Value> {
    no_kwargs("float", kw)?;
    arity("float", a, 0, 1)?;
    let Some(x) = a.first() else {
        return Ok(Value::Float(0.0));
    };
    if let Value::Instance(_) = x {
        // `__float__`/`__index__`: the prelude's `_float`.
        return Err(Raise::delegate());
    }
    if let Some(f) = ops::to_float(x) {
        return Ok(Value::Float(f?));
    }
    match x {
        Value::Str(s) => parse_float(s.as_str()).map(Value::Float),
        other => type_error(format!(
            "float() argument must be a string or a real number, not '{}'",
            other.type_name()
        )),
    }
}

pub fn parse_float(text: &str) -> RResult<f64> {
    let t = text.trim();
    let lower = t.to_ascii_lowercase();
    let unsigned = lower.trim_start_matches(['+', '-']);
    let neg = lower.starts_with('-');
    let special = match unsigned {
        "inf" | "infinity" => Some(f64::INFINITY),
        "nan" => Some(f64::NAN),
        _ => None,
    };
    if let Some(v) = special
        && lower.len() - unsigned.len() <= 1
    {
        return Ok(if neg { -v } else { v });
    }
    let ok_chars = !t.is_empty()
        && t.chars()
            .all(|c| c.is_ascii_digit() || "+-.eE_".contains(c))
        && !t.contains("__")
        && !t.starts_with('_')
        && !t.ends_with('_');
    let clean: String = t.chars().filter(|&c| c != '_').collect();
    match clean.parse::<f64>() {
        Ok(v) if ok_chars => Ok(v),
        _ => err(
            ExcKind::ValueError,
            format!(
                "could not convert string to float: {}",
                repr::str_repr(text)
            ),
        ),
    }
}

fn dict_ctor(_: &mut Interp, a: &[Value], kw: Kw) -> RResult<Value> {
    arity("dict", a, 0, 1)?;
    if let Some(Value::Instance(_)) = a.first() {
        // A mapping with `keys()`: the prelude's `_dict`.
        return Err(Raise::delegate());
    }
    let mut d = Dict::new();
    if let Some(src) = a.first() {
        match src {
            Value::Dict(o) => d = o.borrow().clone(),
            other => {
                for (i, item) in collect(other)?.into_iter().enumerate() {
                    let pair = match &item {
                        Value::Tuple(_) | Value::List(_) => collect(&item)?,
                        _ => {
                            return type_error(format!(
                                "cannot convert dictionary update sequence element #{i} to a sequence"
                            ));
                        }
                    };
                    if pair.len() != 2 {
                        return err(
                            ExcKind::ValueError,
                            format!(
                                "dictionary update sequence element #{i} has length {}; 2 is required",
                                pair.len()
                            ),
                        );
                    }
                    let mut p = pair.into_iter();
                    let k = p.next().expect("2 items");
                    d.insert(ops::make_key(k)?, p.next().expect("2 items"));
                }
            }
        }
    }
    for (k, v) in kw {
        d.set_str(k, v.clone());
    }
    Ok(Value::dict(d))
}

/// `slice(stop)` / `slice(start, stop[, step])`.
fn slice(_: &mut Interp, a: &[Value], kw: Kw) -> RResult<Value> {
    no_kwargs("slice", kw)?;
    arity("slice", a, 1, 3)?;
    let (start, stop, step) = match a {
        [stop] => (Value::None, stop.clone(), Value::None),
        [start, stop] => (start.clone(), stop.clone(), Value::None),
        _ => (a[0].clone(), a[1].clone(), a[2].clone()),
    };
    Ok(Value::Slice(Rc::new(crate::object::value::Slice {
        start,
        stop,
        step,
    })))
}

/// `globals()`: the namespace of the calling code's module.
fn globals(
    _: &mut Interp,
    fiber: &mut crate::vm::Fiber,
    args: Vec<Value>,
    kw: Vec<(Rc<str>, Value)>,
) -> RResult<crate::vm::Flow> {
    no_kwargs("globals", &kw)?;
    arity("globals", &args, 0, 0)?;
    let g = match fiber.frames.last() {
        Some(f) => Value::Dict(f.globals.clone()),
        None => Value::dict(Dict::new()),
    };
    fiber.stack.push(g);
    Ok(crate::vm::Flow::Continue)
}

/// `vars(obj)`: its `__dict__`; `vars()`: the caller's namespace (a snapshot of a function's
/// locals).
fn vars(
    _: &mut Interp,
    fiber: &mut crate::vm::Fiber,
    args: Vec<Value>,
    kw: Vec<(Rc<str>, Value)>,
) -> RResult<crate::vm::Flow> {
    no_kwargs("vars", &kw)?;
    arity("vars", &args, 0, 1)?;
    let v = match args.first() {
        Some(Value::Instance(i)) => Value::Dict(i.dict.clone()),
        Some(Value::Module(m)) => Value::Dict(m.dict.clone()),
        Some(Value::Type(t)) if t.dict.is_some() => Value::Dict(t.dict.clone().expect("dict")),
        Some(Value::Exception(e)) => {
            let mut attrs = e.attrs.borrow_mut();
            Value::Dict(
                attrs
                    .get_or_insert_with(|| Rc::new(RefCell::new(Dict::new())))
                    .clone(),
            )
        }
        Some(_) => return type_error("vars() argument must have __dict__ attribute"),
        None => crate::vm::eval::caller_namespace(fiber),
    };
    fiber.stack.push(v);
    Ok(crate::vm::Flow::Continue)
}

/// `locals()`.
fn locals(
    _: &mut Interp,
    fiber: &mut crate::vm::Fiber,
    args: Vec<Value>,
    kw: Vec<(Rc<str>, Value)>,
) -> RResult<crate::vm::Flow> {
    no_kwargs("locals", &kw)?;
    arity("locals", &args, 0, 0)?;
    let v = crate::vm::eval::caller_namespace(fiber);
    fiber.stack.push(v);
    Ok(crate::vm::Flow::Continue)
}

/// `dir(obj)`, or `dir()`: the sorted names of the caller's namespace.
fn dir(
    interp: &mut Interp,
    fiber: &mut crate::vm::Fiber,
    args: Vec<Value>,
    kw: Vec<(Rc<str>, Value)>,
) -> RResult<crate::vm::Flow> {
    no_kwargs("dir", &kw)?;
    arity("dir", &args, 0, 1)?;
    let names = match args.first() {
        Some(obj) => interp.dir_names(obj),
        None => {
            let Value::Dict(d) = crate::vm::eval::caller_namespace(fiber) else {
                unreachable!("a namespace is a dict")
            };
            let mut names: Vec<String> = d
                .borrow()
                .map
                .keys()
                .filter_map(|k| match &k.value {
                    Value::Str(s) => Some(s.as_str().to_string()),
                    _ => None,
                })
                .collect();
            names.sort();
            names
        }
    };
    fiber
        .stack
        .push(Value::list(names.into_iter().map(Value::string).collect()));
    Ok(crate::vm::Flow::Continue)
}

/// `ascii(obj)`: `repr(obj)` with non-ASCII characters escaped (a user `__repr__` runs first).
fn ascii(interp: &mut Interp, input: crate::vm::StepInput) -> RResult<crate::vm::Step> {
    use crate::vm::{Step, StepInput};
    let escaped = |v: &Value| match v {
        Value::Str(s) => Ok(Step::Return(Value::string(crate::vm::ascii(s.as_str())))),
        other => type_error(format!(
            "__repr__ returned non-string (type {})",
            other.type_name()
        )),
    };
    match input {
        StepInput::Start(a, kw) => {
            no_kwargs("ascii", kw)?;
            arity("ascii", a, 1, 1)?;
            if let Value::Instance(_) = &a[0] {
                return Ok(Step::Call {
                    func: interp.natives[interp.repr_native as usize].value.clone(),
                    args: vec![a[0].clone()],
                    state: Value::None,
                });
            }
            escaped(&Value::string(repr::repr(&a[0])))
        }
        StepInput::Resume { result, .. } => escaped(&result),
        StepInput::Throw { exc, .. } => Err(Raise::value(exc)),
    }
}
