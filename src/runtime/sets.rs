//! `set` and `frozenset`: constructors and methods (the table itself is `object/set.rs`).

use super::builtins::arity;
use crate::object::exception::{RResult, Raise, err, type_error};
use crate::object::iter::collect;
use crate::object::set::SetObj;
use crate::object::types::{BuiltinType, ExcKind};
use crate::object::value::Value;
use crate::vm::{Interp, NativeFn, NativeKind, attr_tags};
use std::cell::RefCell;
use std::rc::Rc;

type Kw<'a> = &'a [(Rc<str>, Value)];

/// The elements of any iterable as a set table (a set or frozenset is copied as CPython
/// copies it, keeping its order).
pub fn set_of(v: &Value) -> RResult<SetObj> {
    match v {
        Value::Set(s) => Ok(s.borrow().copy()),
        Value::FrozenSet(s) => Ok(s.copy()),
        other => SetObj::from_values(collect(other)?),
    }
}

fn new_set(s: SetObj) -> Value {
    Value::Set(Rc::new(RefCell::new(s)))
}

/// A result of the receiver's kind (`frozenset.union` gives a frozenset).
fn like(receiver: &Value, s: SetObj) -> Value {
    match receiver {
        Value::FrozenSet(_) => Value::FrozenSet(Rc::new(s)),
        _ => new_set(s),
    }
}

/// The receiver's table, copied.
fn table(v: &Value) -> SetObj {
    match v {
        Value::Set(s) => s.borrow().clone(),
        Value::FrozenSet(s) => (**s).clone(),
        _ => unreachable!("receiver checked"),
    }
}

fn with_mut<R>(v: &Value, f: impl FnOnce(&mut SetObj) -> R) -> R {
    match v {
        Value::Set(s) => f(&mut s.borrow_mut()),
        _ => unreachable!("receiver checked"),
    }
}

fn no_kw(name: &str, kw: Kw) -> RResult<()> {
    if kw.is_empty() {
        Ok(())
    } else {
        type_error(format!("{name}() takes no keyword arguments"))
    }
}

fn set_ctor(_: &mut Interp, a: &[Value], kw: Kw) -> RResult<Value> {
    no_kw("set", kw)?;
    arity("set", a, 0, 1)?;
    Ok(new_set(match a.first() {
        Some(v) => set_of(v)?,
        None => SetObj::new(),
    }))
}

fn frozenset_ctor(_: &mut Interp, a: &[Value], kw: Kw) -> RResult<Value> {
    no_kw("frozenset", kw)?;
    arity("frozenset", a, 0, 1)?;
    Ok(match a.first() {
        Some(v @ Value::FrozenSet(_)) => v.clone(),
        Some(v) => Value::FrozenSet(Rc::new(set_of(v)?)),
        None => Value::FrozenSet(Rc::new(SetObj::new())),
    })
}

/// Methods of both `set` and `frozenset`.
const SHARED: &[(&str, NativeFn)] = &[
    ("copy", |_, a, _| {
        arity("copy", &a[1..], 0, 0)?;
        Ok(match &a[0] {
            v @ Value::FrozenSet(_) => v.clone(),
            v => new_set(table(v).copy()),
        })
    }),
    ("union", |_, a, _| {
        let mut out = table(&a[0]).copy();
        for o in &a[1..] {
            out.update_from(&set_of(o)?)?;
        }
        Ok(like(&a[0], out))
    }),
    ("intersection", |_, a, _| {
        let mut out = table(&a[0]).copy();
        for o in &a[1..] {
            out = SetObj::intersection(&out, &set_of(o)?)?;
        }
        Ok(like(&a[0], out))
    }),
    ("difference", |_, a, _| {
        let mut out = table(&a[0]);
        match a.get(1) {
            None => out = out.copy(),
            Some(first) => {
                out = SetObj::difference(&out, &set_of(first)?)?;
                for o in &a[2..] {
                    out.difference_update(&set_of(o)?)?;
                }
            }
        }
        Ok(like(&a[0], out))
    }),
    ("symmetric_difference", |_, a, _| {
        arity("symmetric_difference", &a[1..], 1, 1)?;
        let other = set_of(&a[1])?;
        Ok(like(
            &a[0],
            SetObj::symmetric_difference(&table(&a[0]), &other)?,
        ))
    }),
    ("issubset", |_, a, _| {
        arity("issubset", &a[1..], 1, 1)?;
        Ok(Value::Bool(table(&a[0]).is_subset(&set_of(&a[1])?)?))
    }),
    ("issuperset", |_, a, _| {
        arity("issuperset", &a[1..], 1, 1)?;
        Ok(Value::Bool(set_of(&a[1])?.is_subset(&table(&a[0]))?))
    }),
    ("isdisjoint", |_, a, _| {
        arity("isdisjoint", &a[1..], 1, 1)?;
        let me = table(&a[0]);
        for v in collect(&a[1])? {
            if me.contains(&v)? {
                return Ok(Value::Bool(false));
            }
        }
        Ok(Value::Bool(true))
    }),
];

/// Methods of `set` only (they change it).
const MUTATING: &[(&str, NativeFn)] = &[
    ("add", |_, a, _| {
        arity("set.add", &a[1..], 1, 1)?;
        with_mut(&a[0], |s| s.add(a[1].clone()))?;
        Ok(Value::None)
    }),
    ("remove", |_, a, _| {
        arity("set.remove", &a[1..], 1, 1)?;
        if with_mut(&a[0], |s| s.discard(&a[1]))? {
            Ok(Value::None)
        } else {
            Err(Raise::args(ExcKind::KeyError, vec![a[1].clone()]))
        }
    }),
    ("discard", |_, a, _| {
        arity("set.discard", &a[1..], 1, 1)?;
        with_mut(&a[0], |s| s.discard(&a[1]))?;
        Ok(Value::None)
    }),
    ("pop", |_, a, _| {
        arity("set.pop", &a[1..], 0, 0)?;
        match with_mut(&a[0], |s| s.pop()) {
            Some(v) => Ok(v),
            None => err(ExcKind::KeyError, "pop from an empty set"),
        }
    }),
    ("clear", |_, a, _| {
        with_mut(&a[0], |s| s.clear());
        Ok(Value::None)
    }),
    ("update", |_, a, _| {
        for o in &a[1..] {
            let other = set_of(o)?;
            with_mut(&a[0], |s| s.update_from(&other))?;
        }
        Ok(Value::None)
    }),
    ("intersection_update", |_, a, _| {
        for o in &a[1..] {
            let other = set_of(o)?;
            with_mut(&a[0], |s| SetObj::intersection(s, &other).map(|r| *s = r))?;
        }
        Ok(Value::None)
    }),
    ("difference_update", |_, a, _| {
        for o in &a[1..] {
            let other = set_of(o)?;
            with_mut(&a[0], |s| s.difference_update(&other))?;
        }
        Ok(Value::None)
    }),
    ("symmetric_difference_update", |_, a, _| {
        arity("symmetric_difference_update", &a[1..], 1, 1)?;
        let other = set_of(&a[1])?;
        with_mut(&a[0], |s| s.symmetric_difference_update(&other))?;
        Ok(Value::None)
    }),
];

pub fn install(interp: &mut Interp) {
    use attr_tags::{FROZENSET, SET};
    for &(name, f) in SHARED {
        interp.register_method(SET, name, f);
        interp.register_method(FROZENSET, name, f);
    }
    for &(name, f) in MUTATING {
        interp.register_method(SET, name, f);
    }
    for (bt, name, f) in [
        (BuiltinType::Set, "set", set_ctor as NativeFn),
        (
            BuiltinType::FrozenSet,
            "frozenset",
            frozenset_ctor as NativeFn,
        ),
    ] {
        let id = interp.register_native(name, NativeKind::Pure(f));
        interp.type_ctors.insert(bt as u8, id);
        let t = Value::Type(interp.builtin_type(bt));
        interp.builtins.borrow_mut().set_str(name, t);
    }
}
