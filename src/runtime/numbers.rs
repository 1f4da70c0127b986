//! Methods of `int` and `float` beyond `bit_length`/`is_integer` (in `methods.rs`):
//! `int.to_bytes`, `int.from_bytes`, `int.bit_count`, `as_integer_ratio` of both.

use super::bytes::Kw;
use crate::object::arith::to_bigint;
use crate::object::bytearray::bytes_like;
use crate::object::exception::{RResult, err, type_error};
use crate::object::iter::collect;
use crate::object::ops::truthy;
use crate::object::types::ExcKind;
use crate::object::value::Value;
use crate::vm::attr_tags::{FLOAT, INT};
use crate::vm::{Interp, NativeKind};
use num_bigint::{BigInt, Sign};
use num_traits::{Signed, Zero};

/// Binds `(length, byteorder, *, signed)`-style arguments: `names` in positional order, the
/// last one keyword-only; returns each one or `None`.
fn bind<const N: usize>(
    name: &str,
    names: [&str; N],
    a: &[Value],
    kw: Kw,
) -> RResult<[Option<Value>; N]> {
    let mut out: [Option<Value>; N] = std::array::from_fn(|_| None);
    if a.len() > N - 1 {
        return type_error(format!(
            "{name}() takes at most {} positional arguments ({} given)",
            N - 1,
            a.len()
        ));
    }
    for (i, v) in a.iter().enumerate() {
        out[i] = Some(v.clone());
    }
    for (k, v) in kw {
        let Some(i) = names.iter().position(|n| *n == &**k) else {
            return type_error(format!("{name}() got an unexpected keyword argument '{k}'"));
        };
        if out[i].is_some() {
            return type_error(format!(
                "argument for {name}() given by name ('{k}') and position ({})",
                i + 1
            ));
        }
        out[i] = Some(v.clone());
    }
    Ok(out)
}

fn little_endian(v: Option<&Value>) -> RResult<bool> {
    match v {
        None => Ok(false),
        Some(Value::Str(s)) if s.as_str() == "big" => Ok(false),
        Some(Value::Str(s)) if s.as_str() == "little" => Ok(true),
        Some(Value::Str(_)) => err(
            ExcKind::ValueError,
            "byteorder must be either 'little' or 'big'",
        ),
        Some(other) => type_error(format!(
            "to_bytes() argument 'byteorder' must be str, not {}",
            other.type_name()
        )),
    }
}

fn to_bytes(_: &mut Interp, a: &[Value], kw: Kw) -> RResult<Value> {
    let [length, order, signed] = bind("to_bytes", ["length", "byteorder", "signed"], &a[1..], kw)?;
    let n = to_bigint(&a[0]).expect("an int receiver");
    let length = match length {
        None => 1,
        Some(Value::Int(l)) if l >= 0 => l as usize,
        Some(Value::Int(_)) => {
            return err(ExcKind::ValueError, "length argument must be non-negative");
        }
        Some(other) => {
            return type_error(format!(
                "'{}' object cannot be interpreted as an integer",
                other.type_name()
            ));
        }
    };
    let little = little_endian(order.as_ref())?;
    let signed = signed.as_ref().is_some_and(truthy);
    if !signed && n.is_negative() {
        return err(
            ExcKind::OverflowError,
            "can't convert negative int to unsigned",
        );
    }
    let mut bytes = if signed {
        n.to_signed_bytes_le()
    } else {
        n.to_bytes_le().1
    };
    if n.is_zero() {
        bytes.clear();
    }
    if bytes.len() > length {
        return err(ExcKind::OverflowError, "int too big to convert");
    }
    let fill = if n.is_negative() { 0xff } else { 0 };
    bytes.resize(length, fill);
    if !little {
        bytes.reverse();
    }
    Ok(Value::Bytes(std::rc::Rc::new(bytes)))
}

/// `int.from_bytes(bytes, byteorder='big', *, signed=False)` (on the type or an instance).
fn from_bytes(_: &mut Interp, a: &[Value], kw: Kw) -> RResult<Value> {
    let a = match a.first() {
        Some(Value::Int(_) | Value::BigInt(_) | Value::Bool(_)) => &a[1..],
        _ => a,
    };
    let [data, order, signed] = bind("from_bytes", ["bytes", "byteorder", "signed"], a, kw)?;
    let Some(data) = data else {
        return type_error("from_bytes() missing required argument 'bytes' (pos 1)");
    };
    let mut bytes = match bytes_like(&data) {
        Some(b) => b.to_vec(),
        None => collect(&data)?
            .iter()
            .map(crate::object::bytearray::byte_of)
            .collect::<RResult<Vec<u8>>>()?,
    };
    if !little_endian(order.as_ref())? {
        bytes.reverse();
    }
    let n = if signed.as_ref().is_some_and(truthy) {
        BigInt::from_signed_bytes_le(&bytes)
    } else {
        BigInt::from_bytes_le(Sign::Plus, &bytes)
    };
    Ok(Value::from_bigint(n))
}

fn float_ratio(f: f64) -> RResult<Value> {
    if f.is_infinite() {
        return err(
            ExcKind::OverflowError,
            "cannot convert Infinity to integer ratio",
        );
    }
    if f.is_nan() {
        return err(ExcKind::ValueError, "cannot convert NaN to integer ratio");
    }
    // f = mantissa * 2**exp with an integer mantissa; then reduce by powers of two.
    let bits = f.to_bits();
    let exp_bits = ((bits >> 52) & 0x7ff) as i64;
    let frac = bits & ((1u64 << 52) - 1);
    let (mut mant, mut exp) = if exp_bits == 0 {
        (frac, -1074)
    } else {
        (frac | (1u64 << 52), exp_bits - 1075)
    };
    if mant == 0 {
        return Ok(Value::tuple(vec![Value::Int(0), Value::Int(1)]));
    }
    while mant & 1 == 0 && exp < 0 {
        mant >>= 1;
        exp += 1;
    }
    let mut num = BigInt::from(mant);
    let mut den = BigInt::from(1);
    if exp > 0 {
        num <<= exp as usize;
    } else {
        den <<= (-exp) as usize;
    }
    if f < 0.0 {
        num = -num;
    }
    Ok(Value::tuple(vec![
        Value::from_bigint(num),
        Value::from_bigint(den),
    ]))
}

pub fn install(interp: &mut Interp) {
    interp.register_method(INT, "to_bytes", to_bytes);
    let id = interp.register_native("from_bytes", NativeKind::Pure(from_bytes));
    interp.methods.insert((INT, "from_bytes"), id);
    interp.register_method(INT, "bit_count", |_, a, _| {
        let n = to_bigint(&a[0]).expect("an int receiver");
        let ones: u64 = n
            .magnitude()
            .iter_u64_digits()
            .map(|d| d.count_ones() as u64)
            .sum();
        Ok(Value::Int(ones as i64))
    });
    interp.register_method(INT, "as_integer_ratio", |_, a, _| {
        let n = match &a[0] {
            Value::Bool(b) => Value::Int(*b as i64),
            v => v.clone(),
        };
        Ok(Value::tuple(vec![n, Value::Int(1)]))
    });
    interp.register_method(FLOAT, "as_integer_ratio", |_, a, _| {
        let Value::Float(f) = a[0] else {
            unreachable!("receiver checked")
        };
        float_ratio(f)
    });
}
