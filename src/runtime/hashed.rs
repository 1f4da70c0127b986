//! The native half of dict keys and set members that need script `__hash__`/`__eq__` (see
//! `vm/keyed.rs`): the prelude finds the stored key equal to a new one by script code, then
//! these natives update the table by identity, using the hash script code computed.
//! They live in the prelude's namespace only.

use crate::object::exception::{RResult, type_error};
use crate::object::function::ModuleObj;
use crate::object::ops;
use crate::object::value::Value;
use crate::vm::{Interp, NativeFn, NativeKind};

pub fn install(interp: &mut Interp, prelude: &ModuleObj) {
    let fns: &[(&str, NativeFn)] = &[
        ("_same_hash", same_hash),
        ("_dict_fetch", dict_fetch),
        ("_dict_store", dict_store),
        ("_dict_drop", dict_drop),
        ("_set_store", set_store),
        ("_set_drop", set_drop),
        ("_hash_tuple", hash_tuple),
        ("_hash_fix", hash_fix),
        ("_hash_plain", hash_plain),
    ];
    for (name, f) in fns {
        let id = interp.register_native(name, NativeKind::Pure(*f));
        let v = interp.natives[id as usize].value.clone();
        prelude.dict.borrow_mut().set_str(name, v);
    }
}

/// A hash computed by script code (an int from `hash()`), as the tables store it.
fn hash_arg(v: &Value) -> RResult<u64> {
    match v {
        Value::Int(i) => Ok(*i as u64),
        _ => type_error("a hash must be an int"),
    }
}

/// `_same_hash(container, h)`: the stored keys (members) whose hash is `h`.
fn same_hash(_: &mut Interp, a: &[Value], _: &[(std::rc::Rc<str>, Value)]) -> RResult<Value> {
    let h = hash_arg(&a[1])?;
    Ok(Value::list(match &a[0] {
        Value::Dict(d) => d.borrow().keys_with_hash(h),
        Value::DictView(v) => v.dict.borrow().keys_with_hash(h),
        Value::Set(s) => s.borrow().keys_with_hash(h),
        Value::FrozenSet(s) => s.keys_with_hash(h),
        _ => Vec::new(),
    }))
}

fn dict_of(v: &Value) -> RResult<&crate::object::value::DictRef> {
    match v {
        Value::Dict(d) => Ok(d),
        Value::DictView(v) => Ok(&v.dict),
        _ => type_error("expected a dict"),
    }
}

/// `_dict_fetch(d, k, h)`: the value stored under the object `k` (`KeyError` if gone).
fn dict_fetch(_: &mut Interp, a: &[Value], _: &[(std::rc::Rc<str>, Value)]) -> RResult<Value> {
    let h = hash_arg(&a[2])?;
    let d = dict_of(&a[0])?.borrow();
    match d.index_of_identical(&a[1], h) {
        Some(i) => Ok(d
            .map
            .get_index(i)
            .map(|(_, v)| v.clone())
            .unwrap_or(Value::None)),
        None => ops::key_error(&a[1]),
    }
}

/// `_dict_store(d, k, h, v)`: sets the value under the object `k`, adding it if absent.
fn dict_store(_: &mut Interp, a: &[Value], _: &[(std::rc::Rc<str>, Value)]) -> RResult<Value> {
    let h = hash_arg(&a[2])?;
    dict_of(&a[0])?
        .borrow_mut()
        .store_identical(a[1].clone(), h, a[3].clone());
    Ok(Value::None)
}

/// `_dict_drop(d, k, h)`: removes the entry of the object `k` and returns its value.
fn dict_drop(_: &mut Interp, a: &[Value], _: &[(std::rc::Rc<str>, Value)]) -> RResult<Value> {
    let h = hash_arg(&a[2])?;
    let removed = dict_of(&a[0])?.borrow_mut().remove_identical(&a[1], h);
    match removed {
        Some(v) => Ok(v),
        None => ops::key_error(&a[1]),
    }
}

/// `_set_store(s, k, h)`: adds the object `k`.
fn set_store(_: &mut Interp, a: &[Value], _: &[(std::rc::Rc<str>, Value)]) -> RResult<Value> {
    let h = hash_arg(&a[2])?;
    match &a[0] {
        Value::Set(s) => s.borrow_mut().add_identical(a[1].clone(), h),
        _ => return type_error("expected a set"),
    }
    Ok(Value::None)
}

/// `_set_drop(s, k, h)`: removes the object `k`; whether it was there.
fn set_drop(_: &mut Interp, a: &[Value], _: &[(std::rc::Rc<str>, Value)]) -> RResult<Value> {
    let h = hash_arg(&a[2])?;
    match &a[0] {
        Value::Set(s) => Ok(Value::Bool(s.borrow_mut().discard_identical(&a[1], h))),
        _ => type_error("expected a set"),
    }
}

/// `_hash_tuple(hashes)`: a tuple's hash from its items' hashes.
fn hash_tuple(_: &mut Interp, a: &[Value], _: &[(std::rc::Rc<str>, Value)]) -> RResult<Value> {
    let lanes = crate::object::iter::collect(&a[0])?
        .iter()
        .map(hash_arg)
        .collect::<RResult<Vec<u64>>>()?;
    Ok(Value::Int(ops::tuple_hash(&lanes) as i64))
}

/// `_hash_fix(n)`: what `hash(obj)` gives when `__hash__` returned the int `n` (CPython:
/// `n` itself in the machine range except -1, which becomes -2; otherwise `hash(n)`).
fn hash_fix(_: &mut Interp, a: &[Value], _: &[(std::rc::Rc<str>, Value)]) -> RResult<Value> {
    Ok(match &a[0] {
        Value::Int(-1) => Value::Int(-2),
        Value::Int(i) => Value::Int(*i),
        Value::Bool(b) => Value::Int(*b as i64),
        other => Value::Int(ops::hash_value(other)? as i64),
    })
}

/// `_hash_plain(obj)`: `hash(obj)` when no script `__hash__` is involved, else `None`.
fn hash_plain(_: &mut Interp, a: &[Value], _: &[(std::rc::Rc<str>, Value)]) -> RResult<Value> {
    match ops::hash_value(&a[0]) {
        Ok(h) => Ok(Value::Int(h as i64)),
        Err(e) if e.needs_script() => Ok(Value::None),
        Err(e) => Err(e),
    }
}
