//! Numeric and sequence arithmetic with CPython's semantics: `//` and `%` floor, `/` is true
//! division, ints promote to arbitrary precision on overflow and never wrap.

use super::exception::{RResult, err, type_error};
use super::types::ExcKind;
use super::value::Value;
use crate::syntax::ast::BinOp;
use num_bigint::BigInt;
use num_integer::Integer;
use num_traits::{Signed, ToPrimitive, Zero};
use std::cell::RefCell;
use std::rc::Rc;

/// A numeric view of a value: ints (bool included) and floats.
enum Num {
    Int(i64),
    Big(Rc<BigInt>),
    Float(f64),
}

fn num(v: &Value) -> Option<Num> {
    match v {
        Value::Int(i) => Some(Num::Int(*i)),
        Value::Bool(b) => Some(Num::Int(*b as i64)),
        Value::BigInt(b) => Some(Num::Big(b.clone())),
        Value::Float(f) => Some(Num::Float(*f)),
        _ => None,
    }
}

pub fn to_bigint(v: &Value) -> Option<BigInt> {
    match v {
        Value::Int(i) => Some(BigInt::from(*i)),
        Value::Bool(b) => Some(BigInt::from(*b as i64)),
        Value::BigInt(b) => Some((**b).clone()),
        _ => None,
    }
}

/// int -> float, raising OverflowError like CPython when too large.
pub fn big_to_f64(b: &BigInt) -> RResult<f64> {
    match b.to_f64() {
        Some(f) if f.is_finite() => Ok(f),
        _ => err(ExcKind::OverflowError, "int too large to convert to float"),
    }
}

fn as_f64(n: &Num) -> RResult<f64> {
    match n {
        Num::Int(i) => Ok(*i as f64),
        Num::Big(b) => big_to_f64(b),
        Num::Float(f) => Ok(*f),
    }
}

fn unsupported<T>(op: BinOp, a: &Value, b: &Value) -> RResult<T> {
    type_error(format!(
        "unsupported operand type(s) for {}: '{}' and '{}'",
        if op == BinOp::Pow {
            "** or pow()"
        } else {
            op.symbol()
        },
        a.type_name(),
        b.type_name()
    ))
}

/// An augmented assignment's error names its operator as written (`+=`, `**=`).
#[cold]
pub fn inplace_error(op: BinOp, e: super::exception::Raise) -> super::exception::Raise {
    use super::exception::{Raise, RaiseKind};
    if let RaiseKind::New(ExcKind::TypeError, msg) = &*e.0
        && let Some(rest) = msg.strip_prefix("unsupported operand type(s) for ")
        && let Some((_, types)) = rest.split_once(": ")
    {
        return Raise::new(
            ExcKind::TypeError,
            format!("unsupported operand type(s) for {}=: {types}", op.symbol()),
        );
    }
    e
}

/// `a op b` for built-in types. The int+int path allocates nothing.
#[inline]
pub fn binary(op: BinOp, a: &Value, b: &Value) -> RResult<Value> {
    if let (Value::Set(_) | Value::FrozenSet(_), Value::Set(_) | Value::FrozenSet(_)) = (a, b)
        && let Some(r) = set_binary(op, a, b)
    {
        return r;
    }
    if let (BinOp::Mod, Value::Str(fmt)) = (op, a) {
        return super::percent::str_mod(fmt.as_str(), b);
    }
    if let (BinOp::Mod, Value::Bytes(_) | Value::ByteArray(_)) = (op, a) {
        let fmt = super::bytearray::bytes_like(a)
            .expect("bytes-like")
            .to_vec();
        let out = super::percent::bytes_mod(&fmt, b)?;
        return Ok(match a {
            Value::Bytes(_) => Value::Bytes(Rc::new(out)),
            _ => super::bytearray::new_bytearray(out),
        });
    }
    if matches!(a, Value::Instance(_)) || matches!(b, Value::Instance(_)) {
        // Operator methods of user classes: natives (`sum`) defer to their script version.
        return Err(crate::object::exception::Raise::delegate());
    }
    if let (Value::Int(x), Value::Int(y)) = (a, b) {
        let (x, y) = (*x, *y);
        let r = match op {
            BinOp::Add => x.checked_add(y),
            BinOp::Sub => x.checked_sub(y),
            BinOp::Mult => x.checked_mul(y),
            BinOp::FloorDiv if y != 0 => {
                x.checked_div_euclid(y).map(|_| Integer::div_floor(&x, &y))
            }
            BinOp::Mod if y != 0 => x.checked_rem_euclid(y).map(|_| x.mod_floor(&y)),
            BinOp::BitAnd => Some(x & y),
            BinOp::BitOr => Some(x | y),
            BinOp::BitXor => Some(x ^ y),
            _ => None,
        };
        if let Some(r) = r {
            return Ok(Value::Int(r));
        }
    }
    if let (Value::Float(x), Value::Float(y)) = (a, b) {
        match op {
            BinOp::Add => return Ok(Value::Float(x + y)),
            BinOp::Sub => return Ok(Value::Float(x - y)),
            BinOp::Mult => return Ok(Value::Float(x * y)),
            _ => {}
        }
    }
    match (num(a), num(b)) {
        (Some(x), Some(y)) => {
            let bit_op = matches!(op, BinOp::BitAnd | BinOp::BitOr | BinOp::BitXor);
            if let (Value::Bool(p), Value::Bool(q), true) = (a, b, bit_op) {
                // bool's own `&`, `|`, `^` keep the result a bool.
                return Ok(Value::Bool(match op {
                    BinOp::BitAnd => p & q,
                    BinOp::BitOr => p | q,
                    _ => p ^ q,
                }));
            }
            let int_only = bit_op || matches!(op, BinOp::LShift | BinOp::RShift | BinOp::MatMult);
            if int_only && (matches!(a, Value::Float(_)) || matches!(b, Value::Float(_))) {
                return unsupported(op, a, b);
            }
            numeric(op, x, y)
        }
        _ => {
            if let (BinOp::BitOr, Value::Dict(x), Value::Dict(y)) = (op, a, b) {
                let mut merged = x.borrow().clone();
                for (k, v) in y.borrow().map.iter() {
                    merged.insert(k.clone(), v.clone());
                }
                return Ok(Value::dict(merged));
            }
            sequence(op, a, b)
        }
    }
}

fn numeric(op: BinOp, x: Num, y: Num) -> RResult<Value> {
    if matches!(x, Num::Float(_)) || matches!(y, Num::Float(_)) {
        let (a, b) = (as_f64(&x)?, as_f64(&y)?);
        return float_op(op, a, b);
    }
    if op == BinOp::Div {
        return int_true_div(&x, &y);
    }
    let a = match x {
        Num::Int(i) => BigInt::from(i),
        Num::Big(b) => (*b).clone(),
        Num::Float(_) => unreachable!(),
    };
    let b = match y {
        Num::Int(i) => BigInt::from(i),
        Num::Big(b) => (*b).clone(),
        Num::Float(_) => unreachable!(),
    };
    let zero_div = || {
        err(
            ExcKind::ZeroDivisionError,
            "integer division or modulo by zero",
        )
    };
    let r = match op {
        BinOp::Add => a + b,
        BinOp::Sub => a - b,
        BinOp::Mult => a * b,
        BinOp::FloorDiv => {
            if b.is_zero() {
                return zero_div();
            }
            a.div_floor(&b)
        }
        BinOp::Mod => {
            if b.is_zero() {
                return err(ExcKind::ZeroDivisionError, "integer modulo by zero");
            }
            a.mod_floor(&b)
        }
        BinOp::Pow => return int_pow(&a, &b),
        BinOp::LShift => {
            if b.is_negative() {
                return err(ExcKind::ValueError, "negative shift count");
            }
            let Some(n) = b.to_usize().filter(|n| *n < (1 << 32)) else {
                return err(ExcKind::OverflowError, "too many digits in integer");
            };
            if a.is_zero() { a } else { a << n }
        }
        BinOp::RShift => {
            if b.is_negative() {
                return err(ExcKind::ValueError, "negative shift count");
            }
            match b.to_usize() {
                Some(n) => a >> n,
                None => {
                    if a.is_negative() {
                        BigInt::from(-1)
                    } else {
                        BigInt::zero()
                    }
                }
            }
        }
        BinOp::BitAnd => a & b,
        BinOp::BitOr => a | b,
        BinOp::BitXor => a ^ b,
        BinOp::MatMult => {
            return type_error("unsupported operand type(s) for @: 'int' and 'int'");
        }
        BinOp::Div => unreachable!(),
    };
    Ok(Value::from_bigint(r))
}

fn int_true_div(x: &Num, y: &Num) -> RResult<Value> {
    let is_zero = match y {
        Num::Int(i) => *i == 0,
        Num::Big(b) => b.is_zero(),
        Num::Float(_) => false,
    };
    if is_zero {
        return err(ExcKind::ZeroDivisionError, "division by zero");
    }
    if let (Num::Int(a), Num::Int(b)) = (x, y)
        && a.unsigned_abs() < (1 << 53)
        && b.unsigned_abs() < (1 << 53)
    {
        return Ok(Value::Float(*a as f64 / *b as f64));
    }
    // Big operands: divide exactly enough to get a correctly rounded-ish result.
    let a = match x {
        Num::Int(i) => BigInt::from(*i),
        Num::Big(b) => (**b).clone(),
        Num::Float(_) => unreachable!(),
    };
    let b = match y {
        Num::Int(i) => BigInt::from(*i),
        Num::Big(b) => (**b).clone(),
        Num::Float(_) => unreachable!(),
    };
    let (q, r) = a.div_rem(&b);
    let qf = q.to_f64().unwrap_or(f64::INFINITY);
    if !qf.is_finite() {
        return err(
            ExcKind::OverflowError,
            "integer division result too large for a float",
        );
    }
    let rf = r.to_f64().unwrap_or(0.0) / b.to_f64().unwrap_or(f64::INFINITY);
    Ok(Value::Float(qf + rf))
}

fn int_pow(a: &BigInt, b: &BigInt) -> RResult<Value> {
    if b.is_negative() {
        let af = big_to_f64(a)?;
        let bf = big_to_f64(b)?;
        if af == 0.0 {
            return err(
                ExcKind::ZeroDivisionError,
                "0.0 cannot be raised to a negative power",
            );
        }
        return Ok(Value::Float(af.powf(bf)));
    }
    let Some(e) = b.to_u32() else {
        if a.is_zero() || a == &BigInt::from(1) {
            return Ok(Value::from_bigint(a.clone()));
        }
        if a == &BigInt::from(-1) {
            return Ok(Value::Int(if b.is_even() { 1 } else { -1 }));
        }
        return err(ExcKind::MemoryError, "");
    };
    if let Some(base) = a.to_i64()
        && let Some(r) = base.checked_pow(e)
    {
        return Ok(Value::Int(r));
    }
    // Refuse results that could not fit in memory instead of aborting.
    let bits = a.bits() as u128 * e as u128;
    if bits > (1u128 << 34) {
        return err(ExcKind::MemoryError, "");
    }
    Ok(Value::from_bigint(num_traits::pow(a.clone(), e as usize)))
}

pub fn float_op(op: BinOp, a: f64, b: f64) -> RResult<Value> {
    let r = match op {
        BinOp::Add => a + b,
        BinOp::Sub => a - b,
        BinOp::Mult => a * b,
        BinOp::Div => {
            if b == 0.0 {
                return err(ExcKind::ZeroDivisionError, "float division by zero");
            }
            a / b
        }
        BinOp::FloorDiv => {
            if b == 0.0 {
                return err(ExcKind::ZeroDivisionError, "float floor division by zero");
            }
            float_divmod(a, b).0
        }
        BinOp::Mod => {
            if b == 0.0 {
                return err(ExcKind::ZeroDivisionError, "float modulo");
            }
            float_divmod(a, b).1
        }
        BinOp::Pow => {
            if a == 0.0 && b < 0.0 {
                return err(
                    ExcKind::ZeroDivisionError,
                    "0.0 cannot be raised to a negative power",
                );
            }
            if a < 0.0 && b.fract() != 0.0 && b.is_finite() {
                return err(
                    ExcKind::ValueError,
                    "negative number cannot be raised to a fractional power",
                );
            }
            let r = a.powf(b);
            if r.is_infinite() && a.is_finite() && b.is_finite() {
                return err(
                    ExcKind::OverflowError,
                    "(34, 'Numerical result out of range')",
                );
            }
            r
        }
        _ => {
            return type_error(format!(
                "unsupported operand type(s) for {}: 'float' and 'float'",
                op.symbol()
            ));
        }
    };
    Ok(Value::Float(r))
}

/// CPython's float floor division and modulo (`float_divmod` in floatobject.c).
pub fn float_divmod(a: f64, b: f64) -> (f64, f64) {
    let mut m = a % b;
    let mut div = (a - m) / b;
    if m != 0.0 {
        if (b < 0.0) != (m < 0.0) {
            m += b;
            div -= 1.0;
        }
    } else {
        m = 0.0f64.copysign(b);
    }
    let floordiv = if div != 0.0 {
        let mut f = div.floor();
        if div - f > 0.5 {
            f += 1.0;
        }
        f
    } else {
        0.0f64.copysign(a / b)
    };
    (floordiv, m)
}

fn repeat_count(n: &Value) -> Option<RResult<usize>> {
    match n {
        Value::Int(i) => Some(Ok((*i).max(0) as usize)),
        Value::Bool(b) => Some(Ok(*b as usize)),
        Value::BigInt(b) => Some(if b.is_negative() {
            Ok(0)
        } else {
            err(
                ExcKind::OverflowError,
                "cannot fit 'int' into an index-sized integer",
            )
        }),
        _ => None,
    }
}

fn check_size(items: usize, count: usize) -> RResult<()> {
    if items.checked_mul(count).is_none_or(|n| n > (1 << 32)) {
        return err(ExcKind::MemoryError, "");
    }
    Ok(())
}

/// Concatenation and repetition of sequences; anything else is unsupported.
fn sequence(op: BinOp, a: &Value, b: &Value) -> RResult<Value> {
    match (op, a, b) {
        (BinOp::Add, Value::Str(x), Value::Str(y)) => {
            let mut s = String::with_capacity(x.len_bytes() + y.len_bytes());
            s.push_str(x.as_str());
            s.push_str(y.as_str());
            Ok(Value::string(s))
        }
        (BinOp::Add, Value::Str(_), _) => type_error(format!(
            "can only concatenate str (not \"{}\") to str",
            b.type_name()
        )),
        (BinOp::Add, Value::List(x), Value::List(y)) => {
            let mut v = x.borrow().clone();
            v.extend(y.borrow().iter().cloned());
            Ok(Value::list(v))
        }
        (BinOp::Add, Value::List(_), _) => type_error(format!(
            "can only concatenate list (not \"{}\") to list",
            b.type_name()
        )),
        (BinOp::Add, Value::Tuple(x), Value::Tuple(y)) => {
            let mut v = (**x).clone();
            v.extend(y.iter().cloned());
            Ok(Value::tuple(v))
        }
        (BinOp::Add, Value::Tuple(_), _) => type_error(format!(
            "can only concatenate tuple (not \"{}\") to tuple",
            b.type_name()
        )),
        (BinOp::Add, Value::Bytes(_) | Value::ByteArray(_), _) => {
            use super::bytearray::bytes_like;
            let Some(y) = bytes_like(b) else {
                return type_error(format!(
                    "can't concat {} to {}",
                    b.type_name(),
                    a.type_name()
                ));
            };
            let mut v = bytes_like(a).expect("bytes-like").to_vec();
            v.extend(y.iter());
            Ok(match a {
                Value::Bytes(_) => Value::Bytes(Rc::new(v)),
                _ => super::bytearray::new_bytearray(v),
            })
        }
        // `seq * n` or `n * seq` (the left operand is the sequence when both are).
        (BinOp::Mult, x, y) if is_sequence(x) || is_sequence(y) => {
            let (seq, n) = if is_sequence(x) { (a, y) } else { (b, x) };
            match repeat_count(n) {
                Some(count) => repeat(seq, count?),
                None => type_error(format!(
                    "can't multiply sequence by non-int of type '{}'",
                    n.type_name()
                )),
            }
        }
        _ => unsupported(op, a, b),
    }
}

fn repeat(seq: &Value, count: usize) -> RResult<Value> {
    match seq {
        Value::Str(s) => {
            check_size(s.len_bytes(), count)?;
            Ok(Value::string(s.as_str().repeat(count)))
        }
        Value::List(l) => {
            let l = l.borrow();
            check_size(l.len(), count)?;
            let mut v = Vec::with_capacity(l.len() * count);
            for _ in 0..count {
                v.extend(l.iter().cloned());
            }
            Ok(Value::List(Rc::new(RefCell::new(v))))
        }
        Value::Tuple(t) => {
            check_size(t.len(), count)?;
            let mut v = Vec::with_capacity(t.len() * count);
            for _ in 0..count {
                v.extend(t.iter().cloned());
            }
            Ok(Value::tuple(v))
        }
        Value::Bytes(b) => {
            check_size(b.len(), count)?;
            Ok(Value::Bytes(Rc::new(b.repeat(count))))
        }
        Value::ByteArray(b) => {
            let b = b.borrow();
            check_size(b.len(), count)?;
            Ok(super::bytearray::new_bytearray(b.repeat(count)))
        }
        _ => unreachable!(),
    }
}

/// `+=`: lists extend in place (so aliases see the change); everything else is `a + b`.
pub fn inplace(op: BinOp, a: &Value, b: &Value) -> Option<RResult<Value>> {
    if let (Value::Set(s), Value::Set(_) | Value::FrozenSet(_)) = (a, b) {
        use super::set::SetObj;
        let other = match b {
            Value::Set(o) if Rc::ptr_eq(o, s) => s.borrow().copy(),
            Value::Set(o) => o.borrow().copy(),
            Value::FrozenSet(o) => (**o).clone(),
            _ => unreachable!(),
        };
        let mut me = s.borrow_mut();
        let r = match op {
            BinOp::BitOr => me.update_from(&other),
            BinOp::BitAnd => SetObj::intersection(&me, &other).map(|s| *me = s),
            BinOp::Sub => me.difference_update(&other),
            BinOp::BitXor => me.symmetric_difference_update(&other),
            _ => return None,
        };
        return Some(r.map(|_| a.clone()));
    }
    if let (BinOp::BitOr, Value::Dict(d)) = (op, a) {
        return Some(super::ops::dict_update(d, b).map(|_| a.clone()));
    }
    if let Value::ByteArray(ba) = a {
        match op {
            BinOp::Add => {
                let extra = super::bytearray::bytes_like(b)?.to_vec();
                ba.borrow_mut().extend(extra);
                return Some(Ok(a.clone()));
            }
            BinOp::Mult => {
                let count = match repeat_count(b)? {
                    Ok(c) => c,
                    Err(e) => return Some(Err(e)),
                };
                let v = ba.borrow().repeat(count);
                *ba.borrow_mut() = v;
                return Some(Ok(a.clone()));
            }
            _ => return None,
        }
    }
    if let (BinOp::Add, Value::List(l)) = (op, a) {
        let items: Vec<Value> = match b {
            Value::List(o) => o.borrow().clone(),
            Value::Tuple(t) => (**t).clone(),
            _ => return None,
        };
        l.borrow_mut().extend(items);
        return Some(Ok(a.clone()));
    }
    None
}

pub fn negative(v: &Value) -> RResult<Value> {
    match v {
        Value::Int(i) => Ok(match i.checked_neg() {
            Some(n) => Value::Int(n),
            None => Value::from_bigint(-BigInt::from(*i)),
        }),
        Value::Bool(b) => Ok(Value::Int(-(*b as i64))),
        Value::BigInt(b) => Ok(Value::from_bigint(-(**b).clone())),
        Value::Float(f) => Ok(Value::Float(-f)),
        _ => type_error(format!("bad operand type for unary -: '{}'", v.type_name())),
    }
}

pub fn positive(v: &Value) -> RResult<Value> {
    match v {
        Value::Int(_) | Value::BigInt(_) | Value::Float(_) => Ok(v.clone()),
        Value::Bool(b) => Ok(Value::Int(*b as i64)),
        _ => type_error(format!("bad operand type for unary +: '{}'", v.type_name())),
    }
}

pub fn invert(v: &Value) -> RResult<Value> {
    match v {
        Value::Int(i) => Ok(Value::Int(!i)),
        Value::Bool(b) => Ok(Value::Int(!(*b as i64))),
        Value::BigInt(b) => Ok(Value::from_bigint(-(**b).clone() - 1)),
        _ => type_error(format!("bad operand type for unary ~: '{}'", v.type_name())),
    }
}

/// `|`, `&`, `-`, `^` of two sets; the result has the left operand's type.
fn set_binary(op: BinOp, a: &Value, b: &Value) -> Option<RResult<Value>> {
    use super::set::SetObj;
    let r = super::ops::with_sets(a, b, |x, y| match op {
        BinOp::BitOr => Some(SetObj::union(x, y)),
        BinOp::BitAnd => Some(SetObj::intersection(x, y)),
        BinOp::Sub => Some(SetObj::difference(x, y)),
        BinOp::BitXor => Some(SetObj::symmetric_difference(x, y)),
        _ => None,
    })??;
    Some(r.map(|r| match a {
        Value::FrozenSet(_) => Value::FrozenSet(Rc::new(r)),
        _ => Value::Set(Rc::new(std::cell::RefCell::new(r))),
    }))
}

/// The values `*` repeats.
fn is_sequence(v: &Value) -> bool {
    matches!(
        v,
        Value::Str(_) | Value::List(_) | Value::Tuple(_) | Value::Bytes(_) | Value::ByteArray(_)
    )
}
