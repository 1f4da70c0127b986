//! Truth, equality, ordering, hashing, membership, length and subscripting for built-in types.

use super::arith::{big_to_f64, to_bigint};
use super::bytearray::bytes_like;
use super::dict::Key;
use super::exception::{RResult, err, type_error};
use super::types::ExcKind;
use super::value::{DictViewKind, Value};
use crate::syntax::ast::CmpOp;
use num_bigint::BigInt;
use num_traits::{Signed, ToPrimitive, Zero};
use std::cmp::Ordering;
use std::rc::Rc;

/// `bool(v)`.
pub fn truthy(v: &Value) -> bool {
    match v {
        Value::None | Value::Unbound => false,
        Value::Bool(b) => *b,
        Value::Int(i) => *i != 0,
        Value::Float(f) => *f != 0.0,
        Value::BigInt(_) => true,
        Value::Str(s) => !s.is_empty(),
        Value::Bytes(b) => !b.is_empty(),
        Value::ByteArray(b) => !b.borrow().is_empty(),
        Value::List(l) => !l.borrow().is_empty(),
        Value::Tuple(t) => !t.is_empty(),
        Value::Dict(d) => !d.borrow().is_empty(),
        Value::Range(r) => !r.is_empty(),
        Value::DictView(v) => !v.dict.borrow().is_empty(),
        Value::Set(s) => !s.borrow().is_empty(),
        Value::FrozenSet(s) => !s.is_empty(),
        _ => true,
    }
}

const HASH_MODULUS: u64 = (1 << 61) - 1;

fn fix_hash(h: i64) -> u64 {
    (if h == -1 { -2 } else { h }) as u64
}

pub fn hash_i64(i: i64) -> u64 {
    let m = (i.unsigned_abs() % HASH_MODULUS) as i64;
    fix_hash(if i < 0 { -m } else { m })
}

fn hash_big(b: &BigInt) -> u64 {
    let m = (b.abs() % BigInt::from(HASH_MODULUS)).to_i64().unwrap_or(0);
    fix_hash(if b.is_negative() { -m } else { m })
}

/// CPython's numeric hash of a float (`_Py_HashDouble`), so `hash(1.0) == hash(1)`.
fn hash_f64(x: f64) -> u64 {
    if x.is_infinite() {
        return if x > 0.0 { 314159 } else { fix_hash(-314159) };
    }
    if x.is_nan() {
        return 0;
    }
    let (mut m, mut e) = frexp(x.abs());
    let sign: i64 = if x < 0.0 { -1 } else { 1 };
    let mut h: u64 = 0;
    while m != 0.0 {
        h = ((h << 28) & HASH_MODULUS) | (h >> (61 - 28));
        m *= 268435456.0;
        e -= 28;
        let y = m as u64;
        m -= y as f64;
        h += y;
        if h >= HASH_MODULUS {
            h -= HASH_MODULUS;
        }
    }
    let e = if e >= 0 { e % 61 } else { 60 - ((-1 - e) % 61) };
    h = ((h << e) & HASH_MODULUS) | (h >> (61 - e));
    fix_hash(h as i64 * sign)
}

fn frexp(x: f64) -> (f64, i32) {
    if x == 0.0 {
        return (0.0, 0);
    }
    let bits = x.to_bits();
    let exp = ((bits >> 52) & 0x7ff) as i32;
    if exp == 0 {
        let (m, e) = frexp(x * (1u64 << 54) as f64);
        return (m, e - 54);
    }
    let m = f64::from_bits((bits & !(0x7ffu64 << 52)) | (1022u64 << 52));
    (m, exp - 1022)
}

/// `hash(v)`, or `TypeError: unhashable type` for mutable containers.
pub fn hash_value(v: &Value) -> RResult<u64> {
    Ok(match v {
        Value::None => 0xfca86420,
        Value::Bool(b) => *b as u64,
        Value::Int(i) => hash_i64(*i),
        Value::BigInt(b) => hash_big(b),
        Value::Float(f) => {
            if f.fract() == 0.0 && f.abs() < 9.2e18 {
                hash_i64(*f as i64)
            } else {
                hash_f64(*f)
            }
        }
        Value::Str(s) => s.hash(),
        Value::Bytes(b) => {
            let mut h: u64 = 0xcbf29ce484222325;
            for &x in b.iter() {
                h ^= x as u64;
                h = h.wrapping_mul(0x100000001b3);
            }
            h
        }
        Value::Tuple(t) => {
            let mut lanes = Vec::with_capacity(t.len());
            for item in t.iter() {
                lanes.push(hash_value(item)?);
            }
            tuple_hash(&lanes)
        }
        Value::FrozenSet(s) => s.frozen_hash(),
        Value::Instance(i) => {
            // `__hash__ = None` (also implied by defining `__eq__` alone) makes it unhashable.
            match i.class.lookup(&super::str::Str::new("__hash__")) {
                None => (v.identity() >> 4) as u64,
                Some(Value::None) => {
                    return type_error(format!("unhashable type: '{}'", v.type_name()));
                }
                // A script `__hash__`: the prelude's `hash` calls it.
                Some(_) => return Err(super::exception::Raise::delegate()),
            }
        }
        Value::Range(r) => {
            // CPython: the hash of (len, start, step), with start and step None when they do
            // not matter, so equal ranges hash alike.
            let n = r.len();
            let (start, step) = match n {
                0 => (Value::None, Value::None),
                1 => (Value::Int(r.start), Value::None),
                _ => (Value::Int(r.start), Value::Int(r.step)),
            };
            hash_value(&Value::tuple(vec![Value::Int(n), start, step]))?
        }
        Value::List(_)
        | Value::Dict(_)
        | Value::DictView(_)
        | Value::Slice(_)
        | Value::Set(_)
        | Value::ByteArray(_) => {
            return type_error(format!("unhashable type: '{}'", v.type_name()));
        }
        other => (other.identity() >> 4) as u64,
    })
}

/// Whether deciding `v == other` for a distinct `other` of equal hash may need script code
/// (`__eq__` of an object of a user class, also inside a tuple).
pub fn needs_script_eq(v: &Value) -> bool {
    match v {
        Value::Instance(_) => true,
        Value::Tuple(t) => t.iter().any(needs_script_eq),
        _ => false,
    }
}

/// CPython's tuple hash (an xxHash round per item's hash), so sets of tuples iterate in
/// CPython's order.
pub fn tuple_hash(lanes: &[u64]) -> u64 {
    const P1: u64 = 11400714785074694791;
    const P2: u64 = 14029467366897019727;
    const P5: u64 = 2870177450012600261;
    let mut acc = P5;
    for lane in lanes {
        acc = acc.wrapping_add(lane.wrapping_mul(P2));
        acc = acc.rotate_left(31);
        acc = acc.wrapping_mul(P1);
    }
    acc = acc.wrapping_add((lanes.len() as u64) ^ (P5 ^ 3527539));
    if acc == u64::MAX { 1546275796 } else { acc }
}

pub fn make_key(v: Value) -> RResult<Key> {
    Ok(Key {
        hash: hash_value(&v)?,
        value: v,
    })
}

/// `a == b` for built-in values.
pub fn eq(a: &Value, b: &Value) -> bool {
    match (a, b) {
        (Value::Int(x), Value::Int(y)) => x == y,
        (Value::Str(x), Value::Str(y)) => Rc::ptr_eq(x, y) || x.as_str() == y.as_str(),
        (Value::Float(x), Value::Float(y)) => x == y,
        (Value::None, Value::None) => true,
        (Value::List(x), Value::List(y)) => Rc::ptr_eq(x, y) || seq_eq(&x.borrow(), &y.borrow()),
        (Value::Tuple(x), Value::Tuple(y)) => Rc::ptr_eq(x, y) || seq_eq(x, y),
        (Value::Dict(x), Value::Dict(y)) => {
            let (x, y) = (x.borrow(), y.borrow());
            x.len() == y.len()
                && x.map
                    .iter()
                    .all(|(k, v)| y.get(k).is_some_and(|w| eq(v, w)))
        }
        (Value::Bytes(x), Value::Bytes(y)) => x == y,
        (Value::Bytes(_) | Value::ByteArray(_), Value::Bytes(_) | Value::ByteArray(_)) => {
            *bytes_like(a).expect("bytes-like") == *bytes_like(b).expect("bytes-like")
        }
        (Value::Method(x), Value::Method(y)) => x.func.is(&y.func) && x.receiver.is(&y.receiver),
        (Value::Set(_) | Value::FrozenSet(_), Value::Set(_) | Value::FrozenSet(_)) => {
            with_sets(a, b, |x, y| {
                x.len() == y.len() && matches!(x.is_subset(y), Ok(true))
            })
            .unwrap_or(false)
        }
        (Value::Range(x), Value::Range(y)) => {
            let (lx, ly) = (x.len(), y.len());
            lx == ly && (lx == 0 || (x.start == y.start && (lx == 1 || x.step == y.step)))
        }
        (Value::DictView(x), Value::DictView(y)) if x.kind == DictViewKind::Keys => {
            y.kind == DictViewKind::Keys && {
                let (x, y) = (x.dict.borrow(), y.dict.borrow());
                x.len() == y.len() && x.map.keys().all(|k| y.get(k).is_some())
            }
        }
        (Value::DictView(x), Value::DictView(y)) if x.kind == DictViewKind::Items => {
            // Items views compare as sets of pairs: same keys, equal values.
            y.kind == DictViewKind::Items && {
                let (x, y) = (x.dict.borrow(), y.dict.borrow());
                x.len() == y.len()
                    && x.map
                        .iter()
                        .all(|(k, v)| y.get(k).is_some_and(|w| v.is(w) || eq(v, w)))
            }
        }
        (Value::DictView(v), Value::Set(_) | Value::FrozenSet(_))
        | (Value::Set(_) | Value::FrozenSet(_), Value::DictView(v))
            if v.kind != DictViewKind::Values =>
        {
            let set = if let Value::DictView(_) = a { b } else { a };
            view_eq_set(v, set)
        }
        (Value::Slice(x), Value::Slice(y)) => {
            Rc::ptr_eq(x, y)
                || seq_eq(
                    &[x.start.clone(), x.stop.clone(), x.step.clone()],
                    &[y.start.clone(), y.stop.clone(), y.step.clone()],
                )
        }
        _ => match (num_cmp(a, b), a.is(b)) {
            (Some(o), _) => o == Some(Ordering::Equal),
            (None, same) => same,
        },
    }
}

fn seq_eq(a: &[Value], b: &[Value]) -> bool {
    a.len() == b.len() && a.iter().zip(b).all(|(x, y)| x.is(y) || eq(x, y))
}

/// Compares two numbers (bool, int, float) exactly; `None` if either is not a number,
/// `Some(None)` if unordered (NaN).
fn num_cmp(a: &Value, b: &Value) -> Option<Option<Ordering>> {
    let is_num = |v: &Value| {
        matches!(
            v,
            Value::Int(_) | Value::Bool(_) | Value::BigInt(_) | Value::Float(_)
        )
    };
    if !is_num(a) || !is_num(b) {
        return None;
    }
    Some(match (a, b) {
        (Value::Float(x), Value::Float(y)) => x.partial_cmp(y),
        (Value::Float(x), i) => float_int_cmp(*x, &to_bigint(i)?),
        (i, Value::Float(y)) => float_int_cmp(*y, &to_bigint(i)?).map(Ordering::reverse),
        (Value::Int(x), Value::Int(y)) => Some(x.cmp(y)),
        (x, y) => Some(to_bigint(x)?.cmp(&to_bigint(y)?)),
    })
}

/// Exact comparison of a float with an integer (no rounding of the int).
fn float_int_cmp(f: f64, i: &BigInt) -> Option<Ordering> {
    if f.is_nan() {
        return None;
    }
    if f.is_infinite() {
        return Some(if f > 0.0 {
            Ordering::Greater
        } else {
            Ordering::Less
        });
    }
    let fl = f.floor();
    let fb = BigInt::from(fl as i128);
    let fb = if fl.abs() >= 1e38 {
        // Very large floats: go through the exact decimal expansion.
        format!("{fl:.0}").parse::<BigInt>().unwrap_or(fb)
    } else {
        fb
    };
    match fb.cmp(i) {
        Ordering::Equal if f > fl => Some(Ordering::Greater),
        o => Some(o),
    }
}

/// `a < b` and friends for built-in values.
pub fn compare(op: CmpOp, a: &Value, b: &Value) -> RResult<bool> {
    if let (Value::Int(x), Value::Int(y)) = (a, b) {
        return Ok(match op {
            CmpOp::Lt => x < y,
            CmpOp::LtE => x <= y,
            CmpOp::Gt => x > y,
            CmpOp::GtE => x >= y,
            CmpOp::Eq => x == y,
            CmpOp::NotEq => x != y,
            _ => unreachable!("identity/membership handled by the VM"),
        });
    }
    match op {
        CmpOp::Eq => return Ok(eq(a, b)),
        CmpOp::NotEq => return Ok(!eq(a, b)),
        _ => {}
    }
    let ord = order(op, a, b)?;
    Ok(match (op, ord) {
        (_, None) => false,
        (CmpOp::Lt, Some(o)) => o == Ordering::Less,
        (CmpOp::LtE, Some(o)) => o != Ordering::Greater,
        (CmpOp::Gt, Some(o)) => o == Ordering::Greater,
        (CmpOp::GtE, Some(o)) => o != Ordering::Less,
        _ => unreachable!(),
    })
}

fn order(op: CmpOp, a: &Value, b: &Value) -> RResult<Option<Ordering>> {
    if let Some(o) = num_cmp(a, b) {
        return Ok(o);
    }
    match (a, b) {
        (Value::Str(x), Value::Str(y)) => Ok(Some(x.as_str().cmp(y.as_str()))),
        (Value::Bytes(x), Value::Bytes(y)) => Ok(Some(x.cmp(y))),
        (Value::Bytes(_) | Value::ByteArray(_), Value::Bytes(_) | Value::ByteArray(_)) => Ok(Some(
            bytes_like(a)
                .expect("bytes-like")
                .cmp(&bytes_like(b).expect("bytes-like")),
        )),
        (Value::List(x), Value::List(y)) => seq_order(op, &x.borrow(), &y.borrow()),
        (Value::Tuple(x), Value::Tuple(y)) => seq_order(op, x, y),
        (Value::Slice(x), Value::Slice(y)) => seq_order(
            op,
            &[x.start.clone(), x.stop.clone(), x.step.clone()],
            &[y.start.clone(), y.stop.clone(), y.step.clone()],
        ),
        (Value::Set(_) | Value::FrozenSet(_), Value::Set(_) | Value::FrozenSet(_)) => {
            // Subset order: a partial order, so answer the operator directly.
            let holds = with_sets(a, b, |x, y| match op {
                CmpOp::Lt => Ok(x.len() < y.len() && x.is_subset(y)?),
                CmpOp::LtE => x.is_subset(y),
                CmpOp::Gt => Ok(y.len() < x.len() && y.is_subset(x)?),
                _ => y.is_subset(x),
            })
            .unwrap_or(Ok(false))?;
            Ok(Some(match (op, holds) {
                (CmpOp::Lt | CmpOp::LtE, true) => Ordering::Less,
                (CmpOp::Gt | CmpOp::GtE, true) => Ordering::Greater,
                (CmpOp::Lt | CmpOp::Gt, false) => Ordering::Equal,
                (CmpOp::LtE, false) => Ordering::Greater,
                _ => Ordering::Less,
            }))
        }
        _ => type_error(format!(
            "'{}' not supported between instances of '{}' and '{}'",
            op.symbol(),
            a.type_name(),
            b.type_name()
        )),
    }
}

fn seq_order(op: CmpOp, a: &[Value], b: &[Value]) -> RResult<Option<Ordering>> {
    for (x, y) in a.iter().zip(b) {
        if !(x.is(y) || eq(x, y)) {
            return order(op, x, y);
        }
    }
    Ok(Some(a.len().cmp(&b.len())))
}

/// Total order used by `sorted`/`min`/`max`: `Less` iff `a < b`.
/// `a < b` for natives that order values (`sorted`, `min`, ...): objects of user classes
/// need their `__lt__`, so the native defers to its script-level version.
pub fn less_than(a: &Value, b: &Value) -> RResult<bool> {
    if matches!(a, Value::Instance(_)) || matches!(b, Value::Instance(_)) {
        return Err(crate::object::exception::Raise::delegate());
    }
    match compare(CmpOp::Lt, a, b) {
        // Sequences of objects of user classes: their `__lt__` decides.
        Err(_) if holds_instance(a) || holds_instance(b) => {
            Err(crate::object::exception::Raise::delegate())
        }
        r => r,
    }
}

fn holds_instance(v: &Value) -> bool {
    match v {
        Value::List(l) => l.borrow().iter().any(|x| matches!(x, Value::Instance(_))),
        Value::Tuple(t) => t.iter().any(|x| matches!(x, Value::Instance(_))),
        _ => false,
    }
}

/// `item in container`.
pub fn contains(container: &Value, item: &Value) -> RResult<bool> {
    match container {
        Value::Str(s) => match item {
            Value::Str(sub) => Ok(s.as_str().contains(sub.as_str())),
            _ => type_error(format!(
                "'in <string>' requires string as left operand, not {}",
                item.type_name()
            )),
        },
        Value::List(l) => Ok(l.borrow().iter().any(|x| x.is(item) || eq(x, item))),
        Value::Tuple(t) => Ok(t.iter().any(|x| x.is(item) || eq(x, item))),
        Value::Set(s) => set_contains(&s.borrow(), item),
        Value::FrozenSet(s) => set_contains(s, item),
        Value::Dict(d) => {
            let key = make_key(item.clone())?;
            Ok(d.borrow().get_checked(&key)?.is_some())
        }
        Value::DictView(v) => match v.kind {
            DictViewKind::Keys => {
                let key = make_key(item.clone())?;
                Ok(v.dict.borrow().get_checked(&key)?.is_some())
            }
            DictViewKind::Values => Ok(v.dict.borrow().map.values().any(|x| eq(x, item))),
            DictViewKind::Items => {
                let Value::Tuple(t) = item else {
                    return Ok(false);
                };
                if t.len() != 2 {
                    return Ok(false);
                }
                let key = make_key(t[0].clone())?;
                if needs_script_eq(&t[1]) {
                    return Err(super::exception::Raise::delegate());
                }
                Ok(v.dict
                    .borrow()
                    .get_checked(&key)?
                    .is_some_and(|x| x.is(&t[1]) || eq(x, &t[1])))
            }
        },
        Value::Range(r) => {
            let Some(i) = (match item {
                Value::Int(i) => Some(*i),
                Value::Bool(b) => Some(*b as i64),
                Value::Float(f) if f.fract() == 0.0 => Some(*f as i64),
                _ => None,
            }) else {
                return Ok(false);
            };
            let (start, stop, step) = (r.start as i128, r.stop as i128, r.step as i128);
            let i = i as i128;
            let inside = if step > 0 {
                start <= i && i < stop
            } else {
                stop < i && i <= start
            };
            Ok(inside && (i - start) % step == 0)
        }
        Value::Bytes(_) | Value::ByteArray(_) => {
            let b = bytes_like(container).expect("bytes-like");
            match item {
                Value::Int(i) if (0..256).contains(i) => Ok(b.contains(&(*i as u8))),
                Value::Int(_) | Value::BigInt(_) => {
                    err(ExcKind::ValueError, "byte must be in range(0, 256)")
                }
                Value::Bool(x) => Ok(b.contains(&(*x as u8))),
                _ => match bytes_like(item) {
                    Some(sub) => Ok(sub.is_empty() || b.windows(sub.len()).any(|w| w == &sub[..])),
                    None => type_error(format!(
                        "a bytes-like object is required, not '{}'",
                        item.type_name()
                    )),
                },
            }
        }
        _ => type_error(format!(
            "argument of type '{}' is not iterable",
            container.type_name()
        )),
    }
}

/// `len(v)` for built-in containers.
pub fn len(v: &Value) -> RResult<usize> {
    Ok(match v {
        Value::Str(s) => s.len(),
        Value::Bytes(b) => b.len(),
        Value::ByteArray(b) => b.borrow().len(),
        Value::List(l) => l.borrow().len(),
        Value::Tuple(t) => t.len(),
        Value::Dict(d) => d.borrow().len(),
        Value::DictView(d) => d.dict.borrow().len(),
        Value::Range(r) => r.len() as usize,
        Value::Set(s) => s.borrow().len(),
        Value::FrozenSet(s) => s.len(),
        _ => {
            return type_error(format!("object of type '{}' has no len()", v.type_name()));
        }
    })
}

/// Converts an index value to i64 (`__index__` of built-ins).
pub fn index_of(v: &Value, what: &str) -> RResult<i64> {
    match v {
        Value::Int(i) => Ok(*i),
        Value::Bool(b) => Ok(*b as i64),
        Value::BigInt(_) => err(
            ExcKind::IndexError,
            "cannot fit 'int' into an index-sized integer",
        ),
        // `__index__` is script code: the prelude (`_getitem`, ...) converts first.
        _ if has_index_method(v) => Err(super::exception::Raise::delegate()),
        _ if what == "string" => type_error(format!(
            "string indices must be integers, not '{}'",
            v.type_name()
        )),
        _ => type_error(format!(
            "{what} indices must be integers or slices, not {}",
            v.type_name()
        )),
    }
}

/// An object of a class with `__index__`.
#[cold]
pub fn has_index_method(v: &Value) -> bool {
    match v {
        Value::Instance(i) => i
            .class
            .lookup(&super::str::Str::new("__index__"))
            .is_some_and(|m| !m.is_none()),
        _ => false,
    }
}

/// Normalises a possibly negative index against `len`.
pub fn norm_index(i: i64, len: usize, what: &str) -> RResult<usize> {
    let j = if i < 0 { i + len as i64 } else { i };
    if j < 0 || j >= len as i64 {
        return err(ExcKind::IndexError, format!("{what} index out of range"));
    }
    Ok(j as usize)
}

/// Resolves slice bounds like `slice.indices(len)`: (start, stop, step).
pub fn slice_indices(s: &super::value::Slice, len: usize) -> RResult<(i64, i64, i64)> {
    let get = |v: &Value| -> RResult<Option<i64>> {
        match v {
            Value::None => Ok(None),
            Value::BigInt(b) => Ok(Some(if b.is_negative() {
                i64::MIN / 2
            } else {
                i64::MAX / 2
            })),
            other => match other {
                Value::Int(i) => Ok(Some(*i)),
                Value::Bool(b) => Ok(Some(*b as i64)),
                _ if has_index_method(other) => Err(super::exception::Raise::delegate()),
                _ => {
                    type_error("slice indices must be integers or None or have an __index__ method")
                }
            },
        }
    };
    let step = get(&s.step)?.unwrap_or(1);
    if step == 0 {
        return err(ExcKind::ValueError, "slice step cannot be zero");
    }
    let len = len as i64;
    let clamp = |v: Option<i64>, default: i64| -> i64 {
        match v {
            None => default,
            Some(i) => {
                let i = if i < 0 { i + len } else { i };
                if step < 0 {
                    i.clamp(-1, len - 1)
                } else {
                    i.clamp(0, len)
                }
            }
        }
    };
    let (start, stop) = if step < 0 {
        (clamp(get(&s.start)?, len - 1), clamp(get(&s.stop)?, -1))
    } else {
        (clamp(get(&s.start)?, 0), clamp(get(&s.stop)?, len))
    };
    Ok((start, stop, step))
}

pub fn slice_positions(s: &super::value::Slice, len: usize) -> RResult<Vec<usize>> {
    let (start, stop, step) = slice_indices(s, len)?;
    let mut out = Vec::new();
    let mut i = start;
    while (step > 0 && i < stop) || (step < 0 && i > stop) {
        out.push(i as usize);
        i += step;
    }
    Ok(out)
}

/// `obj[key]` for built-in containers.
pub fn get_item(obj: &Value, key: &Value) -> RResult<Value> {
    match obj {
        Value::List(l) => {
            let l = l.borrow();
            if let Value::Slice(s) = key {
                return Ok(Value::list(
                    slice_positions(s, l.len())?
                        .into_iter()
                        .map(|i| l[i].clone())
                        .collect(),
                ));
            }
            let i = norm_index(index_of(key, "list")?, l.len(), "list")?;
            Ok(l[i].clone())
        }
        Value::Tuple(t) => {
            if let Value::Slice(s) = key {
                return Ok(Value::tuple(
                    slice_positions(s, t.len())?
                        .into_iter()
                        .map(|i| t[i].clone())
                        .collect(),
                ));
            }
            let i = norm_index(index_of(key, "tuple")?, t.len(), "tuple")?;
            Ok(t[i].clone())
        }
        Value::Str(s) => {
            if let Value::Slice(sl) = key {
                let pos = slice_positions(sl, s.len())?;
                if s.is_ascii() {
                    let b = s.as_str().as_bytes();
                    return Ok(Value::string(
                        pos.into_iter().map(|i| b[i] as char).collect(),
                    ));
                }
                let chars: Vec<char> = s.as_str().chars().collect();
                return Ok(Value::string(pos.into_iter().map(|i| chars[i]).collect()));
            }
            let i = norm_index(index_of(key, "string")?, s.len(), "string")?;
            Ok(Value::string(s.char_at(i).to_string()))
        }
        Value::Bytes(b) => {
            if let Value::Slice(sl) = key {
                let pos = slice_positions(sl, b.len())?;
                return Ok(Value::Bytes(Rc::new(
                    pos.into_iter().map(|i| b[i]).collect(),
                )));
            }
            let i = index_of(key, "byte")?;
            let j = if i < 0 { i + b.len() as i64 } else { i };
            if j < 0 || j >= b.len() as i64 {
                return err(ExcKind::IndexError, "index out of range");
            }
            Ok(Value::Int(b[j as usize] as i64))
        }
        Value::ByteArray(b) => super::bytearray::get_item(b, key),
        Value::Range(r) => {
            if let Value::Slice(sl) = key {
                return range_slice(r, sl);
            }
            let i = norm_index(index_of(key, "range")?, r.len() as usize, "range object")?;
            Ok(Value::Int(r.start + r.step * i as i64))
        }
        Value::Dict(d) => {
            let k = make_key(key.clone())?;
            match d.borrow().get_checked(&k)? {
                Some(v) => Ok(v.clone()),
                None => key_error(key),
            }
        }
        _ => type_error(format!("'{}' object is not subscriptable", obj.type_name())),
    }
}

/// KeyError carries the key itself as its argument.
pub fn key_error<T>(key: &Value) -> RResult<T> {
    Err(super::exception::Raise::args(
        ExcKind::KeyError,
        vec![key.clone()],
    ))
}

/// `obj[key] = value`.
pub fn set_item(obj: &Value, key: &Value, value: Value) -> RResult<()> {
    match obj {
        Value::List(l) => {
            if let Value::Slice(s) = key {
                return set_slice(&mut l.borrow_mut(), s, value);
            }
            let mut l = l.borrow_mut();
            let n = l.len();
            let i = norm_index(index_of(key, "list")?, n, "list assignment")?;
            l[i] = value;
            Ok(())
        }
        Value::Dict(d) => {
            let k = make_key(key.clone())?;
            d.borrow_mut().insert_checked(k, value)
        }
        Value::ByteArray(b) => super::bytearray::set_item(b, key, &value),
        _ => type_error(format!(
            "'{}' object does not support item assignment",
            obj.type_name()
        )),
    }
}

fn set_slice(l: &mut Vec<Value>, s: &super::value::Slice, value: Value) -> RResult<()> {
    let items: Vec<Value> = match &value {
        Value::List(v) => v.borrow().clone(),
        Value::Tuple(t) => (**t).clone(),
        Value::Str(s) => s
            .as_str()
            .chars()
            .map(|c| Value::string(c.to_string()))
            .collect(),
        _ => return type_error("can only assign an iterable"),
    };
    let (start, stop, step) = slice_indices(s, l.len())?;
    if step == 1 {
        let stop = stop.max(start);
        l.splice(start as usize..stop as usize, items);
        return Ok(());
    }
    let pos = slice_positions(s, l.len())?;
    if pos.len() != items.len() {
        return err(
            ExcKind::ValueError,
            format!(
                "attempt to assign sequence of size {} to extended slice of size {}",
                items.len(),
                pos.len()
            ),
        );
    }
    for (i, v) in pos.into_iter().zip(items) {
        l[i] = v;
    }
    Ok(())
}

/// `del obj[key]`.
pub fn del_item(obj: &Value, key: &Value) -> RResult<()> {
    match obj {
        Value::List(l) => {
            let mut l = l.borrow_mut();
            if let Value::Slice(s) = key {
                let mut pos = slice_positions(s, l.len())?;
                pos.sort_unstable();
                for i in pos.into_iter().rev() {
                    l.remove(i);
                }
                return Ok(());
            }
            let n = l.len();
            let i = norm_index(index_of(key, "list")?, n, "list assignment")?;
            l.remove(i);
            Ok(())
        }
        Value::Dict(d) => {
            let k = make_key(key.clone())?;
            match d.borrow_mut().remove_checked(&k)? {
                Some(_) => Ok(()),
                None => key_error(key),
            }
        }
        Value::ByteArray(b) => super::bytearray::del_item(b, key),
        _ => type_error(format!(
            "'{}' object doesn't support item deletion",
            obj.type_name()
        )),
    }
}

/// int(v) for floats, with CPython's errors.
pub fn float_to_int(f: f64) -> RResult<Value> {
    if f.is_nan() {
        return err(ExcKind::ValueError, "cannot convert float NaN to integer");
    }
    if f.is_infinite() {
        return err(
            ExcKind::OverflowError,
            "cannot convert float infinity to integer",
        );
    }
    let t = f.trunc();
    if t.abs() < 9.2e18 {
        return Ok(Value::Int(t as i64));
    }
    Ok(Value::from_bigint(
        format!("{t:.0}")
            .parse::<BigInt>()
            .unwrap_or_else(|_| BigInt::zero()),
    ))
}

/// float(v) for numbers.
pub fn to_float(v: &Value) -> Option<RResult<f64>> {
    match v {
        Value::Float(f) => Some(Ok(*f)),
        Value::Int(i) => Some(Ok(*i as f64)),
        Value::Bool(b) => Some(Ok(*b as i64 as f64)),
        Value::BigInt(b) => Some(big_to_f64(b)),
        _ => None,
    }
}

/// Runs `f` on the tables of two sets or frozensets.
pub fn with_sets<R>(
    a: &Value,
    b: &Value,
    f: impl FnOnce(&super::set::SetObj, &super::set::SetObj) -> R,
) -> Option<R> {
    let ra;
    let x = match a {
        Value::Set(s) => {
            ra = s.borrow();
            &*ra
        }
        Value::FrozenSet(s) => &**s,
        _ => return None,
    };
    let rb;
    let y = match b {
        Value::Set(s) => {
            if let Value::Set(sa) = a
                && Rc::ptr_eq(s, sa)
            {
                return Some(f(x, x));
            }
            rb = s.borrow();
            &*rb
        }
        Value::FrozenSet(s) => &**s,
        _ => return None,
    };
    Some(f(x, y))
}

/// `item in set`: a set given as an element is looked up as the equal frozenset.
fn set_contains(s: &super::set::SetObj, item: &Value) -> RResult<bool> {
    match item {
        Value::Set(inner) => s.contains(&Value::FrozenSet(Rc::new(inner.borrow().copy()))),
        _ => s.contains(item),
    }
}

/// `d.update(src)` / `d |= src` for a dict or an iterable of key-value pairs.
pub fn dict_update(d: &super::value::DictRef, src: &Value) -> RResult<()> {
    let items: Vec<(Key, Value)> = match src {
        Value::Dict(o) => o
            .borrow()
            .map
            .iter()
            .map(|(k, v)| (k.clone(), v.clone()))
            .collect(),
        other => {
            let mut items = Vec::new();
            for (i, item) in super::iter::collect(other)?.into_iter().enumerate() {
                let pair = match &item {
                    Value::Tuple(_) | Value::List(_) | Value::Str(_) => {
                        super::iter::collect(&item)?
                    }
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
                items.push((make_key(k)?, p.next().expect("2 items")));
            }
            items
        }
    };
    let mut m = d.borrow_mut();
    for (k, v) in items {
        m.insert_checked(k, v)?;
    }
    Ok(())
}

/// The items of a range slice: `range(2, 20, 3)[1:4]` is `range(5, 14, 3)`.
fn range_slice(r: &super::value::Range, s: &super::value::Slice) -> RResult<Value> {
    let (start, stop, step) = slice_indices(s, r.len() as usize)?;
    let at = |i: i64| i64::try_from(r.start as i128 + r.step as i128 * i as i128).ok();
    match (at(start), at(stop), r.step.checked_mul(step)) {
        (Some(start), Some(stop), Some(step)) => Ok(Value::Range(Rc::new(super::value::Range {
            start,
            stop,
            step,
        }))),
        // Baton's ranges hold i64 bounds only.
        _ => err(
            ExcKind::OverflowError,
            "Python int too large to convert to C ssize_t",
        ),
    }
}

/// A keys or items view equals a set holding exactly its elements.
fn view_eq_set(v: &super::value::DictView, set: &Value) -> bool {
    let d = v.dict.borrow();
    let check = |s: &super::set::SetObj| {
        s.len() == d.len()
            && d.map.iter().all(|(k, val)| {
                let item = match v.kind {
                    DictViewKind::Keys => k.value.clone(),
                    _ => Value::tuple(vec![k.value.clone(), val.clone()]),
                };
                set_contains(s, &item).unwrap_or(false)
            })
    };
    match set {
        Value::Set(s) => check(&s.borrow()),
        Value::FrozenSet(s) => check(s),
        _ => false,
    }
}
