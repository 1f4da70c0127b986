//! `bytearray`'s mutating methods: append, extend, insert, pop, remove, reverse, clear, copy.
//! (The constructor and the methods shared with `bytes` are in `bytes.rs` and
//! `bytes_methods.rs`; item and slice assignment in `object/bytearray.rs`.)

use super::builtins::arity;
use crate::object::bytearray::{ByteArrayRef, byte_of, bytes_like, new_bytearray};
use crate::object::exception::{RResult, err, type_error};
use crate::object::iter::collect;
use crate::object::ops::index_of;
use crate::object::types::ExcKind;
use crate::object::value::Value;
use crate::vm::attr_tags::BYTEARRAY;
use crate::vm::{Interp, NativeFn};

fn ba(v: &Value) -> &ByteArrayRef {
    match v {
        Value::ByteArray(b) => b,
        _ => unreachable!("receiver checked"),
    }
}

/// An int argument that must be a byte (`append`, `insert`, `remove`).
fn byte_arg(v: &Value) -> RResult<u8> {
    match v {
        Value::Int(_) | Value::Bool(_) | Value::BigInt(_) => byte_of(v),
        other => type_error(format!(
            "'{}' object cannot be interpreted as an integer",
            other.type_name()
        )),
    }
}

const METHODS: &[(&str, NativeFn)] = &[
    ("append", |_, a, _| {
        arity("append", &a[1..], 1, 1)?;
        let x = byte_arg(&a[1])?;
        ba(&a[0]).borrow_mut().push(x);
        Ok(Value::None)
    }),
    ("extend", |_, a, _| {
        arity("extend", &a[1..], 1, 1)?;
        let items = match bytes_like(&a[1]) {
            Some(b) => b.to_vec(),
            None => match &a[1] {
                Value::Int(_) | Value::Float(_) | Value::None | Value::Bool(_) => {
                    return type_error(format!("can't extend bytearray with {}", a[1].type_name()));
                }
                Value::Str(_) => return type_error("expected iterable of integers; got: 'str'"),
                v => collect(v)?
                    .iter()
                    .map(byte_arg)
                    .collect::<RResult<Vec<u8>>>()?,
            },
        };
        ba(&a[0]).borrow_mut().extend(items);
        Ok(Value::None)
    }),
    ("insert", |_, a, _| {
        arity("insert", &a[1..], 2, 2)?;
        let i = index_of(&a[1], "bytearray")?;
        let x = byte_arg(&a[2])?;
        let mut b = ba(&a[0]).borrow_mut();
        let n = b.len() as i64;
        let at = if i < 0 { (i + n).max(0) } else { i.min(n) };
        b.insert(at as usize, x);
        Ok(Value::None)
    }),
    ("pop", |_, a, _| {
        arity("pop", &a[1..], 0, 1)?;
        let mut b = ba(&a[0]).borrow_mut();
        if b.is_empty() {
            return err(ExcKind::IndexError, "pop from empty bytearray");
        }
        let n = b.len() as i64;
        let i = match a.get(1) {
            None => n - 1,
            Some(v) => index_of(v, "bytearray")?,
        };
        let i = if i < 0 { i + n } else { i };
        if !(0..n).contains(&i) {
            return err(ExcKind::IndexError, "pop index out of range");
        }
        Ok(Value::Int(b.remove(i as usize) as i64))
    }),
    ("remove", |_, a, _| {
        arity("remove", &a[1..], 1, 1)?;
        let x = byte_arg(&a[1])?;
        let mut b = ba(&a[0]).borrow_mut();
        match b.iter().position(|&c| c == x) {
            Some(i) => {
                b.remove(i);
                Ok(Value::None)
            }
            None => err(ExcKind::ValueError, "value not found in bytearray"),
        }
    }),
    ("reverse", |_, a, _| {
        arity("reverse", &a[1..], 0, 0)?;
        ba(&a[0]).borrow_mut().reverse();
        Ok(Value::None)
    }),
    ("clear", |_, a, _| {
        arity("clear", &a[1..], 0, 0)?;
        ba(&a[0]).borrow_mut().clear();
        Ok(Value::None)
    }),
    ("copy", |_, a, _| {
        arity("copy", &a[1..], 0, 0)?;
        Ok(new_bytearray(ba(&a[0]).borrow().clone()))
    }),
];

pub fn install(interp: &mut Interp) {
    for &(name, f) in METHODS {
        interp.register_method(BYTEARRAY, name, f);
    }
}
