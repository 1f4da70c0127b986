//! Bytes-like values (`bytes` and `bytearray`) seen as one byte slice, and `bytearray`'s
//! item and slice assignment and deletion. (Indexing, comparison, hashing and the rest live
//! with the other built-in types in `ops.rs`; the methods in `runtime/bytes.rs`.)

use super::exception::{RResult, err, type_error};
use super::ops::{index_of, norm_index, slice_indices, slice_positions};
use super::types::ExcKind;
use super::value::{Slice, Value};
use std::cell::{Ref, RefCell};
use std::rc::Rc;

pub type ByteArrayRef = Rc<RefCell<Vec<u8>>>;

/// The bytes of a `bytes` or `bytearray`, borrowed.
pub enum ByteView<'a> {
    Bytes(&'a [u8]),
    Array(Ref<'a, Vec<u8>>),
}

impl std::ops::Deref for ByteView<'_> {
    type Target = [u8];
    fn deref(&self) -> &[u8] {
        match self {
            ByteView::Bytes(b) => b,
            ByteView::Array(b) => b,
        }
    }
}

/// The bytes of `v` if it is bytes-like.
pub fn bytes_like(v: &Value) -> Option<ByteView<'_>> {
    match v {
        Value::Bytes(b) => Some(ByteView::Bytes(b)),
        Value::ByteArray(b) => Some(ByteView::Array(b.borrow())),
        _ => None,
    }
}

/// A new `bytearray`.
pub fn new_bytearray(v: Vec<u8>) -> Value {
    Value::ByteArray(Rc::new(RefCell::new(v)))
}

/// A value stored into a bytearray: an int in `range(0, 256)`.
pub fn byte_of(v: &Value) -> RResult<u8> {
    match v {
        Value::Int(i) if (0..256).contains(i) => Ok(*i as u8),
        Value::Bool(b) => Ok(*b as u8),
        Value::Int(_) | Value::BigInt(_) => {
            err(ExcKind::ValueError, "byte must be in range(0, 256)")
        }
        other => type_error(format!(
            "'{}' object cannot be interpreted as an integer",
            other.type_name()
        )),
    }
}

/// The bytes of a value assigned to a bytearray slice (bytes-like, or an iterable of ints).
fn assigned_bytes(v: &Value) -> RResult<Vec<u8>> {
    if let Some(b) = bytes_like(v) {
        return Ok(b.to_vec());
    }
    match v {
        Value::Int(_) | Value::Str(_) => {
            type_error("can assign only bytes, buffers, or iterables of ints in range(0, 256)")
        }
        _ => super::iter::collect(v)?.iter().map(byte_of).collect(),
    }
}

/// `ba[key] = value`.
pub fn set_item(ba: &ByteArrayRef, key: &Value, value: &Value) -> RResult<()> {
    if let Value::Slice(s) = key {
        let items = assigned_bytes(value)?;
        return set_slice(&mut ba.borrow_mut(), s, items);
    }
    let i = index_of(key, "bytearray")?;
    let byte = match value {
        Value::Int(_) | Value::Bool(_) | Value::BigInt(_) => byte_of(value)?,
        other => {
            return type_error(format!(
                "'{}' object cannot be interpreted as an integer",
                other.type_name()
            ));
        }
    };
    let mut b = ba.borrow_mut();
    let n = b.len();
    let i = norm_index(i, n, "bytearray")?;
    b[i] = byte;
    Ok(())
}

fn set_slice(b: &mut Vec<u8>, s: &Slice, items: Vec<u8>) -> RResult<()> {
    let (start, stop, step) = slice_indices(s, b.len())?;
    if step == 1 {
        let stop = stop.max(start);
        b.splice(start as usize..stop as usize, items);
        return Ok(());
    }
    let pos = slice_positions(s, b.len())?;
    if pos.len() != items.len() {
        return err(
            ExcKind::ValueError,
            format!(
                "attempt to assign bytes of size {} to extended slice of size {}",
                items.len(),
                pos.len()
            ),
        );
    }
    for (i, v) in pos.into_iter().zip(items) {
        b[i] = v;
    }
    Ok(())
}

/// `del ba[key]`.
pub fn del_item(ba: &ByteArrayRef, key: &Value) -> RResult<()> {
    let mut b = ba.borrow_mut();
    if let Value::Slice(s) = key {
        let mut pos = slice_positions(s, b.len())?;
        pos.sort_unstable();
        for i in pos.into_iter().rev() {
            b.remove(i);
        }
        return Ok(());
    }
    let n = b.len();
    let i = norm_index(index_of(key, "bytearray")?, n, "bytearray")?;
    b.remove(i);
    Ok(())
}

/// `ba[key]`.
pub fn get_item(ba: &ByteArrayRef, key: &Value) -> RResult<Value> {
    let b = ba.borrow();
    if let Value::Slice(sl) = key {
        let pos = slice_positions(sl, b.len())?;
        return Ok(new_bytearray(pos.into_iter().map(|i| b[i]).collect()));
    }
    let i = norm_index(index_of(key, "bytearray")?, b.len(), "bytearray")?;
    Ok(Value::Int(b[i] as i64))
}
