//! The native `math` module, as CPython 3.11 has it: the libm-style float functions with
//! CPython's domain/range error rules, exact integer functions on arbitrary-precision ints
//! (`factorial`, `comb`, `perm`, `gcd`, `lcm`, `isqrt`), a correctly rounded `fsum`
//! (Shewchuk's partials) and a correctly rounded `hypot`/`dist` (exact sum of squares).

use super::{add_fns, new_module};
use crate::object::arith::{binary, to_bigint};
use crate::object::exception::{RResult, err, type_error};
use crate::object::iter;
use crate::object::ops;
use crate::object::types::ExcKind;
use crate::object::value::Value;
use crate::syntax::ast::BinOp;
use crate::vm::{Interp, NativeFn};
use num_bigint::{BigInt, BigUint, Sign};
use num_integer::Integer;
use num_traits::{One, Signed, ToPrimitive, Zero};
use std::f64::consts::PI;
use std::rc::Rc;

type Kw<'a> = &'a [(Rc<str>, Value)];

// ---------------------------------------------------------------------------------------------
// Argument handling

fn no_kw(name: &str, kw: Kw) -> RResult<()> {
    if kw.is_empty() {
        Ok(())
    } else {
        type_error(format!("math.{name}() takes no keyword arguments"))
    }
}

/// The single argument of a one-argument function (`METH_O` in CPython).
fn one<'a>(name: &str, a: &'a [Value], kw: Kw) -> RResult<&'a Value> {
    no_kw(name, kw)?;
    if a.len() != 1 {
        return type_error(format!(
            "math.{name}() takes exactly one argument ({} given)",
            a.len()
        ));
    }
    Ok(&a[0])
}

/// The two arguments of a two-argument function.
fn two<'a>(name: &str, a: &'a [Value], kw: Kw) -> RResult<(&'a Value, &'a Value)> {
    no_kw(name, kw)?;
    if a.len() != 2 {
        return type_error(format!("{name} expected 2 arguments, got {}", a.len()));
    }
    Ok((&a[0], &a[1]))
}

/// A float argument (`PyFloat_AsDouble`): floats, ints and bools.
fn real(v: &Value) -> RResult<f64> {
    match ops::to_float(v) {
        Some(r) => r,
        None => type_error(format!("must be real number, not {}", v.type_name())),
    }
}

/// An integer argument (`__index__`).
fn integer(v: &Value) -> RResult<BigInt> {
    match to_bigint(v) {
        Some(b) => Ok(b),
        None => type_error(format!(
            "'{}' object cannot be interpreted as an integer",
            v.type_name()
        )),
    }
}

fn domain<T>() -> RResult<T> {
    err(ExcKind::ValueError, "math domain error")
}

fn range<T>() -> RResult<T> {
    err(ExcKind::OverflowError, "math range error")
}

/// CPython's `math_1`: a NaN from a non-NaN argument is a domain error; an infinity from a
/// finite argument is a range error when the function can overflow, else a domain error.
fn check1(x: f64, r: f64, can_overflow: bool) -> RResult<Value> {
    if r.is_nan() && !x.is_nan() {
        return domain();
    }
    if r.is_infinite() && x.is_finite() {
        return if can_overflow { range() } else { domain() };
    }
    Ok(Value::Float(r))
}

fn math1(name: &str, a: &[Value], kw: Kw, f: fn(f64) -> f64, can_overflow: bool) -> RResult<Value> {
    let x = real(one(name, a, kw)?)?;
    check1(x, f(x), can_overflow)
}

fn float2(name: &str, a: &[Value], kw: Kw) -> RResult<(f64, f64)> {
    let (x, y) = two(name, a, kw)?;
    Ok((real(x)?, real(y)?))
}

// ---------------------------------------------------------------------------------------------
// Float helpers

/// 2**e as a float, exact for e in -1074..=1023; 0 below, infinity above.
fn pow2(e: i64) -> f64 {
    if e > 1023 {
        f64::INFINITY
    } else if e >= -1022 {
        f64::from_bits(((e + 1023) as u64) << 52)
    } else if e >= -1074 {
        f64::from_bits(1u64 << (e + 1074))
    } else {
        0.0
    }
}

/// `x * 2**e`, correctly rounded (C's `ldexp`).
fn ldexp(x: f64, e: i64) -> f64 {
    if x == 0.0 || !x.is_finite() {
        return x;
    }
    let (m, ex) = frexp(x);
    let total = ex as i64 + e;
    if total > 1024 {
        return f64::INFINITY.copysign(x);
    }
    if total < -1080 {
        return 0.0f64.copysign(x);
    }
    // m has 53 significant bits: m * 2**53 is an integer.
    let mant = (m.abs() * pow2(53)) as u64;
    let r = round_to_f64(&BigUint::from(mant), false, total - 53);
    r.copysign(x)
}

/// (m, e) with x == m * 2**e and 0.5 <= |m| < 1 (C's `frexp`); (x, 0) for 0, inf and nan.
fn frexp(x: f64) -> (f64, i32) {
    if x == 0.0 || !x.is_finite() {
        return (x, 0);
    }
    let bits = x.to_bits();
    let exp = ((bits >> 52) & 0x7ff) as i32;
    if exp == 0 {
        let (m, e) = frexp(x * pow2(54));
        return (m, e - 54);
    }
    let m = f64::from_bits((bits & !(0x7ffu64 << 52)) | (1022u64 << 52));
    (m, exp - 1022)
}

/// The float nearest to `(q + s) * 2**exp`, where `s` is a positive amount below one unit when
/// `sticky` (round half to even, subnormals and overflow handled).
fn round_to_f64(q: &BigUint, sticky: bool, exp: i64) -> f64 {
    if q.is_zero() {
        return 0.0;
    }
    let nb = q.bits() as i64;
    // The weight of the last bit the result can keep.
    let lsb = (nb - 53 + exp).max(-1074);
    let drop = lsb - exp;
    let kept: u64 = if drop <= 0 {
        // Exact: at most 53 bits, shifted left.
        let k = q.to_u64().unwrap_or(0);
        return k as f64 * pow2(exp);
    } else {
        let d = drop as u64;
        let k = (q >> d).to_u64().unwrap_or(0);
        let rem: BigUint = q - (BigUint::from(k) << d);
        let half = BigUint::one() << (d - 1);
        let up = match rem.cmp(&half) {
            std::cmp::Ordering::Greater => true,
            std::cmp::Ordering::Less => false,
            std::cmp::Ordering::Equal => sticky || k & 1 == 1,
        };
        k + up as u64
    };
    if lsb == -1074 && kept <= 1 << 52 {
        // Subnormal (or the smallest normal): the bit pattern is the significand itself.
        return f64::from_bits(kept);
    }
    kept as f64 * pow2(lsb)
}

/// (m, e) with |b| == m * 2**e, 0.5 <= m < 1, m correctly rounded (CPython's `_PyLong_Frexp`).
fn big_frexp(b: &BigInt) -> (f64, i64) {
    let mag = b.magnitude();
    let bits = mag.bits() as i64;
    let m = if bits <= 64 {
        mag.to_u64().unwrap_or(0) as f64 * pow2(-bits)
    } else {
        let shift = (bits - 64) as u64;
        let mut top = (mag >> shift).to_u64().unwrap_or(0);
        if (mag - (BigUint::from(top) << shift)) > BigUint::zero() {
            top |= 1;
        }
        top as f64 * pow2(-64)
    };
    if m == 1.0 { (0.5, bits + 1) } else { (m, bits) }
}

fn next_after(x: f64, y: f64) -> f64 {
    if x.is_nan() || y.is_nan() {
        return f64::NAN;
    }
    if x == y {
        return y;
    }
    if x == 0.0 {
        return f64::from_bits(1).copysign(y);
    }
    let bits = x.to_bits();
    let away = (y > x) == (x > 0.0);
    f64::from_bits(if away { bits + 1 } else { bits - 1 })
}

// ---------------------------------------------------------------------------------------------
// Logarithms

/// CPython's `loghelper`: ints too large for a float are logged through their frexp.
fn loghelper(v: &Value, f: fn(f64) -> f64) -> RResult<f64> {
    if let Value::BigInt(b) = v {
        if !b.is_positive() {
            return domain();
        }
        if let Some(x) = b.to_f64().filter(|x| x.is_finite()) {
            return Ok(f(x));
        }
        let (m, e) = big_frexp(b);
        return Ok(f(m) + f(2.0) * e as f64);
    }
    if let Value::Int(_) | Value::Bool(_) = v {
        let x = real(v)?;
        if x <= 0.0 {
            return domain();
        }
        return Ok(f(x));
    }
    let x = real(v)?;
    match check1(x, f(x), false)? {
        Value::Float(r) => Ok(r),
        _ => domain(),
    }
}

fn math_log(_: &mut Interp, a: &[Value], kw: Kw) -> RResult<Value> {
    if !kw.is_empty() {
        return type_error("log() takes no keyword arguments");
    }
    if a.is_empty() || a.len() > 2 {
        return type_error("math.log requires 1 to 2 arguments");
    }
    let num = loghelper(&a[0], f64::ln)?;
    if a.len() == 1 {
        return Ok(Value::Float(num));
    }
    let den = loghelper(&a[1], f64::ln)?;
    if den == 0.0 {
        return err(ExcKind::ZeroDivisionError, "float division by zero");
    }
    Ok(Value::Float(num / den))
}

// ---------------------------------------------------------------------------------------------
// Rounding to integers

fn to_int_rounded(name: &str, a: &[Value], kw: Kw, f: fn(f64) -> f64) -> RResult<Value> {
    let v = one(name, a, kw)?;
    match v {
        Value::Int(_) | Value::BigInt(_) => Ok(v.clone()),
        Value::Bool(b) => Ok(Value::Int(*b as i64)),
        Value::Float(x) => ops::float_to_int(f(*x)),
        _ if name == "trunc" => type_error(format!(
            "type {} doesn't define __trunc__ method",
            v.type_name()
        )),
        _ => {
            let x = real(v)?;
            ops::float_to_int(f(x))
        }
    }
}

// ---------------------------------------------------------------------------------------------
// Integer functions

/// The product lo * (lo+1) * ... * hi (1 when empty), by binary splitting.
fn range_product(lo: &BigUint, hi: &BigUint) -> BigUint {
    if lo > hi {
        return BigUint::one();
    }
    let n = hi - lo;
    if n < BigUint::from(16u32) {
        let mut acc = lo.clone();
        let mut i = lo + 1u32;
        while &i <= hi {
            acc *= &i;
            i += 1u32;
        }
        return acc;
    }
    let mid: BigUint = lo + (n >> 1);
    range_product(lo, &mid) * range_product(&(mid + 1u32), hi)
}

fn factorial(_: &mut Interp, a: &[Value], kw: Kw) -> RResult<Value> {
    let n = integer(one("factorial", a, kw)?)?;
    if n.is_negative() {
        return err(
            ExcKind::ValueError,
            "factorial() not defined for negative values",
        );
    }
    if n.to_i64().is_none() {
        return err(
            ExcKind::OverflowError,
            "factorial() argument should not exceed 9223372036854775807",
        );
    }
    let n = n.magnitude().clone();
    Ok(Value::from_bigint(BigInt::from(range_product(
        &BigUint::one(),
        &n,
    ))))
}

fn nonneg(v: &BigInt, which: &str) -> RResult<()> {
    if v.is_negative() {
        return err(
            ExcKind::ValueError,
            format!("{which} must be a non-negative integer"),
        );
    }
    Ok(())
}

fn comb(_: &mut Interp, a: &[Value], kw: Kw) -> RResult<Value> {
    let (n, k) = two("comb", a, kw)?;
    let (n, k) = (integer(n)?, integer(k)?);
    nonneg(&n, "n")?;
    nonneg(&k, "k")?;
    if k > n {
        return Ok(Value::Int(0));
    }
    let k = k.clone().min(&n - &k);
    if k.to_i64().is_none() {
        return err(
            ExcKind::OverflowError,
            "min(n - k, k) must not exceed 9223372036854775807",
        );
    }
    let k = k.to_u64().unwrap_or(0);
    let n = n.magnitude().clone();
    let mut acc = BigUint::one();
    for i in 0..k {
        acc = acc * (&n - i) / (i + 1);
    }
    Ok(Value::from_bigint(BigInt::from(acc)))
}

fn perm(interp: &mut Interp, a: &[Value], kw: Kw) -> RResult<Value> {
    no_kw("perm", kw)?;
    match a.len() {
        0 => return type_error("perm expected at least 1 argument, got 0"),
        1 | 2 => {}
        n => return type_error(format!("perm expected at most 2 arguments, got {n}")),
    }
    let n = integer(&a[0])?;
    let k = match a.get(1) {
        None | Some(Value::None) => None,
        Some(k) => Some(integer(k)?),
    };
    let Some(k) = k else {
        // perm(n) is factorial(n), with its messages.
        return factorial(interp, &a[..1], &[]);
    };
    nonneg(&n, "n")?;
    nonneg(&k, "k")?;
    if k > n {
        return Ok(Value::Int(0));
    }
    if k.to_i64().is_none() {
        return err(
            ExcKind::OverflowError,
            "k must not exceed 9223372036854775807",
        );
    }
    if k.is_zero() {
        return Ok(Value::Int(1));
    }
    let lo = n.magnitude() - k.magnitude() + 1u32;
    Ok(Value::from_bigint(BigInt::from(range_product(
        &lo,
        n.magnitude(),
    ))))
}

fn gcd(_: &mut Interp, a: &[Value], kw: Kw) -> RResult<Value> {
    no_kw("gcd", kw)?;
    let mut acc = BigInt::zero();
    for v in a {
        acc = acc.gcd(&integer(v)?);
    }
    Ok(Value::from_bigint(acc))
}

fn lcm(_: &mut Interp, a: &[Value], kw: Kw) -> RResult<Value> {
    no_kw("lcm", kw)?;
    let mut acc = BigInt::one();
    for v in a {
        let x = integer(v)?;
        acc = if acc.is_zero() || x.is_zero() {
            BigInt::zero()
        } else {
            acc.lcm(&x)
        };
    }
    Ok(Value::from_bigint(acc.abs()))
}

fn isqrt(_: &mut Interp, a: &[Value], kw: Kw) -> RResult<Value> {
    let n = integer(one("isqrt", a, kw)?)?;
    if n.is_negative() {
        return err(ExcKind::ValueError, "isqrt() argument must be nonnegative");
    }
    Ok(Value::from_bigint(n.sqrt()))
}

// ---------------------------------------------------------------------------------------------
// Sums, products, norms

fn prod(_: &mut Interp, a: &[Value], kw: Kw) -> RResult<Value> {
    if a.len() + kw.len() > 2 {
        return type_error(format!(
            "prod() takes at most 2 arguments ({} given)",
            a.len() + kw.len()
        ));
    }
    if a.len() != 1 {
        return type_error(format!(
            "prod() takes exactly 1 positional argument ({} given)",
            a.len()
        ));
    }
    let mut acc = Value::Int(1);
    for (k, v) in kw {
        if &**k != "start" {
            return type_error(format!("'{k}' is an invalid keyword argument for prod()"));
        }
        acc = v.clone();
    }
    for x in iter::collect(&a[0])? {
        acc = binary(BinOp::Mult, &acc, &x)?;
    }
    Ok(acc)
}

fn fsum(_: &mut Interp, a: &[Value], kw: Kw) -> RResult<Value> {
    let items = iter::collect(one("fsum", a, kw)?)?;
    let mut partials: Vec<f64> = Vec::new();
    let mut special = 0.0f64;
    let mut inf_sum = 0.0f64;
    for item in &items {
        let mut x = real(item)?;
        let original = x;
        let mut kept = 0;
        for j in 0..partials.len() {
            let mut y = partials[j];
            if x.abs() < y.abs() {
                std::mem::swap(&mut x, &mut y);
            }
            let hi = x + y;
            let lo = y - (hi - x);
            if lo != 0.0 {
                partials[kept] = lo;
                kept += 1;
            }
            x = hi;
        }
        partials.truncate(kept);
        if x != 0.0 {
            if !x.is_finite() {
                if original.is_finite() {
                    return err(ExcKind::OverflowError, "intermediate overflow in fsum");
                }
                if original.is_infinite() {
                    inf_sum += original;
                }
                special += original;
                partials.clear();
            } else {
                partials.push(x);
            }
        }
    }
    if special != 0.0 {
        if inf_sum.is_nan() {
            return err(ExcKind::ValueError, "-inf + inf in fsum");
        }
        return Ok(Value::Float(special));
    }
    // Add the partials from the largest down, stopping at the first inexact step, then
    // correct a half-way rounding with the sign of what remains.
    let mut hi = 0.0f64;
    let mut n = partials.len();
    if n > 0 {
        n -= 1;
        hi = partials[n];
        let mut lo = 0.0f64;
        while n > 0 {
            let x = hi;
            n -= 1;
            let y = partials[n];
            hi = x + y;
            lo = y - (hi - x);
            if lo != 0.0 {
                break;
            }
        }
        if n > 0 && ((lo < 0.0 && partials[n - 1] < 0.0) || (lo > 0.0 && partials[n - 1] > 0.0)) {
            let y = lo * 2.0;
            let x = hi + y;
            if y == x - hi {
                hi = x;
            }
        }
    }
    Ok(Value::Float(hi))
}

/// The Euclidean norm of `xs`, correctly rounded: the sum of squares is exact in integers.
fn vector_norm(xs: &[f64]) -> f64 {
    let mut max = 0.0f64;
    let mut found_nan = false;
    for &x in xs {
        if x.is_nan() {
            found_nan = true;
        }
        if x.abs() > max {
            max = x.abs();
        }
    }
    if max.is_infinite() {
        return max;
    }
    if found_nan {
        return f64::NAN;
    }
    if max == 0.0 || xs.len() <= 1 {
        return max;
    }
    // Each |x| = m * 2**e with m an integer of at most 53 bits.
    let parts: Vec<(u64, i64)> = xs
        .iter()
        .filter(|x| **x != 0.0)
        .map(|x| {
            let (m, e) = frexp(x.abs());
            ((m * pow2(53)) as u64, e as i64 - 53)
        })
        .collect();
    let emin = parts.iter().map(|p| p.1).min().unwrap_or(0);
    let mut sum = BigUint::zero();
    for (m, e) in &parts {
        let v = BigUint::from(*m) << ((e - emin) as u64);
        sum += &v * &v;
    }
    // sqrt(sum) * 2**emin; scale sum by 4**s so the root has at least 64 bits.
    let s = (130 - sum.bits() as i64 / 2).max(0);
    let scaled = sum << (2 * s as u64);
    let root = scaled.sqrt();
    let sticky = &root * &root != scaled;
    round_to_f64(&root, sticky, emin - s)
}

fn hypot(_: &mut Interp, a: &[Value], kw: Kw) -> RResult<Value> {
    no_kw("hypot", kw)?;
    let xs = a.iter().map(real).collect::<RResult<Vec<f64>>>()?;
    Ok(Value::Float(vector_norm(&xs)))
}

fn dist(_: &mut Interp, a: &[Value], kw: Kw) -> RResult<Value> {
    let (p, q) = two("dist", a, kw)?;
    let p = iter::collect(p)?;
    let q = iter::collect(q)?;
    if p.len() != q.len() {
        return err(
            ExcKind::ValueError,
            "both points must have the same number of dimensions",
        );
    }
    let mut diffs = Vec::with_capacity(p.len());
    for (x, y) in p.iter().zip(&q) {
        diffs.push(real(x)? - real(y)?);
    }
    Ok(Value::Float(vector_norm(&diffs)))
}

fn isclose(_: &mut Interp, a: &[Value], kw: Kw) -> RResult<Value> {
    if a.len() > 2 {
        return type_error(format!(
            "isclose() takes exactly 2 positional arguments ({} given)",
            a.len()
        ));
    }
    let names = ["a", "b", "rel_tol", "abs_tol"];
    let mut slots: [Option<Value>; 4] = [a.first().cloned(), a.get(1).cloned(), None, None];
    // Like CPython's argument parser: missing arguments are reported before unexpected ones.
    let mut unexpected = None;
    for (k, v) in kw {
        match names.iter().position(|n| *n == &**k) {
            Some(i) if i < a.len() => {
                unexpected = unexpected.or(Some(format!(
                    "argument for isclose() given by name ('{k}') and position ({})",
                    i + 1
                )));
            }
            Some(i) => slots[i] = Some(v.clone()),
            None => {
                unexpected = unexpected.or(Some(format!(
                    "'{k}' is an invalid keyword argument for isclose()"
                )))
            }
        }
    }
    for (i, name) in names[..2].iter().enumerate() {
        if slots[i].is_none() {
            return type_error(format!(
                "isclose() missing required argument '{name}' (pos {})",
                i + 1
            ));
        }
    }
    if let Some(msg) = unexpected {
        return type_error(msg);
    }
    let get = |i: usize, default: f64| -> RResult<f64> {
        match &slots[i] {
            Some(v) => real(v),
            None => Ok(default),
        }
    };
    let x = get(0, 0.0)?;
    let y = get(1, 0.0)?;
    let rel_tol = get(2, 1e-9)?;
    let abs_tol = get(3, 0.0)?;
    if rel_tol < 0.0 || abs_tol < 0.0 {
        return err(ExcKind::ValueError, "tolerances must be non-negative");
    }
    if x == y {
        return Ok(Value::Bool(true));
    }
    if x.is_infinite() || y.is_infinite() {
        return Ok(Value::Bool(false));
    }
    let diff = (y - x).abs();
    Ok(Value::Bool(
        diff <= (rel_tol * y).abs() || diff <= (rel_tol * x).abs() || diff <= abs_tol,
    ))
}

// ---------------------------------------------------------------------------------------------
// Two-argument float functions

fn pow(_: &mut Interp, a: &[Value], kw: Kw) -> RResult<Value> {
    let (x, y) = float2("pow", a, kw)?;
    let r = x.powf(y);
    if x.is_finite() && y.is_finite() {
        if r.is_nan() {
            return domain();
        }
        if r.is_infinite() {
            return if x == 0.0 { domain() } else { range() };
        }
    }
    Ok(Value::Float(r))
}

fn fmod(_: &mut Interp, a: &[Value], kw: Kw) -> RResult<Value> {
    let (x, y) = float2("fmod", a, kw)?;
    if y.is_infinite() && x.is_finite() {
        return Ok(Value::Float(x));
    }
    let r = x % y;
    if r.is_nan() && !x.is_nan() && !y.is_nan() {
        return domain();
    }
    Ok(Value::Float(r))
}

/// IEEE 754 remainder: x - n*y with n the integer nearest x/y (ties to even).
fn ieee_remainder(x: f64, y: f64) -> f64 {
    let (ax, ay) = (x.abs(), y.abs());
    let m = ax % ay;
    let c = ay - m;
    let r = if m < c {
        m
    } else if m > c {
        -c
    } else {
        // Half-way (m == ay/2): keep the even multiple of ay. ax = k*ay + m; k is even exactly
        // when ax mod 2*ay is m.
        let k_even = if (2.0 * ay).is_finite() {
            ax % (2.0 * ay) == m
        } else {
            ax < ay
        };
        if k_even { m } else { -c }
    };
    if x.is_sign_negative() { -r } else { r }
}

fn remainder(_: &mut Interp, a: &[Value], kw: Kw) -> RResult<Value> {
    let (x, y) = float2("remainder", a, kw)?;
    if x.is_nan() {
        return Ok(Value::Float(x));
    }
    if y.is_nan() {
        return Ok(Value::Float(y));
    }
    if x.is_infinite() || y == 0.0 {
        return domain();
    }
    if y.is_infinite() {
        return Ok(Value::Float(x));
    }
    Ok(Value::Float(ieee_remainder(x, y)))
}

fn ldexp_fn(_: &mut Interp, a: &[Value], kw: Kw) -> RResult<Value> {
    let (x, i) = two("ldexp", a, kw)?;
    let x = real(x)?;
    let e = match i {
        Value::Int(n) => *n,
        Value::Bool(b) => *b as i64,
        Value::BigInt(b) => {
            if b.sign() == Sign::Minus {
                i64::MIN
            } else {
                i64::MAX
            }
        }
        _ => return type_error("Expected an int as second argument to ldexp."),
    };
    if x == 0.0 || !x.is_finite() {
        return Ok(Value::Float(x));
    }
    let r = ldexp(x, e.clamp(-1_000_000, 1_000_000));
    if r.is_infinite() {
        return range();
    }
    Ok(Value::Float(r))
}

// ---------------------------------------------------------------------------------------------
// Special functions (own implementations; CPython's last digit may differ)

/// erf by its Taylor series (small |x|).
fn erf_series(x: f64) -> f64 {
    let x2 = x * x;
    let mut acc = 0.0;
    let mut fk = 25.0 + 0.5;
    for _ in 0..25 {
        acc = 2.0 + x2 * acc / fk;
        fk -= 1.0;
    }
    acc * x * (-x2).exp() / PI.sqrt()
}

/// erfc by its continued fraction (|x| >= 1.5).
fn erfc_contfrac(x: f64) -> f64 {
    if x >= 30.0 {
        return 0.0;
    }
    let x2 = x * x;
    let mut a = 0.0;
    let mut da = 0.5;
    let mut p = 1.0;
    let mut p_last = 0.0;
    let mut q = da + x2;
    let mut q_last = 1.0;
    for _ in 0..50 {
        a += da;
        da += 2.0;
        let b = da + x2;
        let t = p;
        p = b * p - a * p_last;
        p_last = t;
        let t = q;
        q = b * q - a * q_last;
        q_last = t;
    }
    p / q * x * (-x2).exp() / PI.sqrt()
}

fn erf(x: f64) -> f64 {
    if x.is_nan() {
        return x;
    }
    let ax = x.abs();
    if ax < 1.5 {
        erf_series(x)
    } else {
        let c = erfc_contfrac(ax);
        if x > 0.0 { 1.0 - c } else { c - 1.0 }
    }
}

fn erfc(x: f64) -> f64 {
    if x.is_nan() {
        return x;
    }
    let ax = x.abs();
    if ax < 1.5 {
        1.0 - erf_series(x)
    } else {
        let c = erfc_contfrac(ax);
        if x > 0.0 { c } else { 2.0 - c }
    }
}

/// Lanczos approximation (g = 7, 9 terms) of gamma(x) for x >= 0.5.
fn lanczos(x: f64) -> (f64, f64) {
    const G: f64 = 7.0;
    const C: [f64; 9] = [
        0.999_999_999_999_809_9,
        676.520_368_121_885_1,
        -1_259.139_216_722_402_8,
        771.323_428_777_653_1,
        -176.615_029_162_140_6,
        12.507_343_278_686_905,
        -0.138_571_095_265_720_12,
        9.984_369_578_019_572e-6,
        1.505_632_735_149_311_6e-7,
    ];
    let x = x - 1.0;
    let mut s = C[0];
    for (i, c) in C.iter().enumerate().skip(1) {
        s += c / (x + i as f64);
    }
    let t = x + G + 0.5;
    (s, t)
}

fn gamma(x: f64) -> RResult<f64> {
    if x.is_nan() {
        return Ok(x);
    }
    if x.is_infinite() {
        return if x > 0.0 { Ok(x) } else { domain() };
    }
    if x == 0.0 || (x < 0.0 && x == x.floor()) {
        return domain();
    }
    if x == x.floor() && x <= 23.0 {
        let mut f = 1.0f64;
        for i in 2..(x as i64) {
            f *= i as f64;
        }
        return Ok(f);
    }
    if x > 171.7 {
        return range();
    }
    let r = if x < 0.5 {
        let g = gamma(1.0 - x)?;
        PI / ((PI * x).sin() * g)
    } else if x > 140.0 {
        // Split the power to keep the intermediate finite.
        let (s, t) = lanczos(x);
        let h = t.powf((x - 0.5) / 2.0);
        (2.0 * PI).sqrt() * h * (h * (-t).exp()) * s
    } else {
        let (s, t) = lanczos(x);
        (2.0 * PI).sqrt() * t.powf(x - 0.5) * (-t).exp() * s
    };
    if r.is_infinite() {
        return range();
    }
    Ok(r)
}

fn lgamma(x: f64) -> RResult<f64> {
    if x.is_nan() {
        return Ok(x);
    }
    if x.is_infinite() {
        return Ok(f64::INFINITY);
    }
    if x <= 0.0 && x == x.floor() {
        return domain();
    }
    if x == 1.0 || x == 2.0 {
        return Ok(0.0);
    }
    let r = if x < 0.5 {
        (PI / (PI * x).sin().abs()).ln() - lgamma(1.0 - x)?
    } else if x <= 20.0 {
        gamma(x)?.ln()
    } else {
        let (s, t) = lanczos(x);
        0.5 * (2.0 * PI).ln() + (x - 0.5) * t.ln() - t + s.ln()
    };
    if r.is_infinite() {
        return range();
    }
    Ok(r)
}

// ---------------------------------------------------------------------------------------------

pub fn module(interp: &mut Interp) -> Value {
    let fns: &[(&str, NativeFn)] = &[
        ("sqrt", |_, a, k| math1("sqrt", a, k, f64::sqrt, false)),
        ("exp", |_, a, k| math1("exp", a, k, f64::exp, true)),
        ("exp2", |_, a, k| math1("exp2", a, k, f64::exp2, true)),
        ("expm1", |_, a, k| math1("expm1", a, k, f64::exp_m1, true)),
        ("cbrt", |_, a, k| math1("cbrt", a, k, f64::cbrt, false)),
        ("fabs", |_, a, k| math1("fabs", a, k, f64::abs, false)),
        ("sin", |_, a, k| math1("sin", a, k, f64::sin, false)),
        ("cos", |_, a, k| math1("cos", a, k, f64::cos, false)),
        ("tan", |_, a, k| math1("tan", a, k, f64::tan, false)),
        ("asin", |_, a, k| math1("asin", a, k, f64::asin, false)),
        ("acos", |_, a, k| math1("acos", a, k, f64::acos, false)),
        ("atan", |_, a, k| math1("atan", a, k, f64::atan, false)),
        ("sinh", |_, a, k| math1("sinh", a, k, f64::sinh, true)),
        ("cosh", |_, a, k| math1("cosh", a, k, f64::cosh, true)),
        ("tanh", |_, a, k| math1("tanh", a, k, f64::tanh, false)),
        ("asinh", |_, a, k| math1("asinh", a, k, f64::asinh, false)),
        ("acosh", |_, a, k| math1("acosh", a, k, f64::acosh, false)),
        ("atanh", |_, a, k| math1("atanh", a, k, f64::atanh, false)),
        ("log1p", |_, a, k| math1("log1p", a, k, f64::ln_1p, false)),
        ("erf", |_, a, k| math1("erf", a, k, erf, false)),
        ("erfc", |_, a, k| math1("erfc", a, k, erfc, false)),
        ("gamma", |_, a, k| {
            Ok(Value::Float(gamma(real(one("gamma", a, k)?)?)?))
        }),
        ("lgamma", |_, a, k| {
            Ok(Value::Float(lgamma(real(one("lgamma", a, k)?)?)?))
        }),
        ("degrees", |_, a, k| {
            let x = real(one("degrees", a, k)?)?;
            Ok(Value::Float(x * (180.0 / PI)))
        }),
        ("radians", |_, a, k| {
            let x = real(one("radians", a, k)?)?;
            Ok(Value::Float(x * (PI / 180.0)))
        }),
        ("log", math_log),
        ("log2", |_, a, k| {
            Ok(Value::Float(loghelper(one("log2", a, k)?, f64::log2)?))
        }),
        ("log10", |_, a, k| {
            Ok(Value::Float(loghelper(one("log10", a, k)?, f64::log10)?))
        }),
        ("isfinite", |_, a, k| {
            Ok(Value::Bool(real(one("isfinite", a, k)?)?.is_finite()))
        }),
        ("isinf", |_, a, k| {
            Ok(Value::Bool(real(one("isinf", a, k)?)?.is_infinite()))
        }),
        ("isnan", |_, a, k| {
            Ok(Value::Bool(real(one("isnan", a, k)?)?.is_nan()))
        }),
        ("floor", |_, a, k| to_int_rounded("floor", a, k, f64::floor)),
        ("ceil", |_, a, k| to_int_rounded("ceil", a, k, f64::ceil)),
        ("trunc", |_, a, k| to_int_rounded("trunc", a, k, f64::trunc)),
        ("modf", |_, a, k| {
            let x = real(one("modf", a, k)?)?;
            let (frac, int) = if x.is_infinite() {
                (0.0f64.copysign(x), x)
            } else {
                let t = x.trunc();
                ((x - t).copysign(x), t)
            };
            Ok(Value::tuple(vec![Value::Float(frac), Value::Float(int)]))
        }),
        ("frexp", |_, a, k| {
            let (m, e) = frexp(real(one("frexp", a, k)?)?);
            Ok(Value::tuple(vec![Value::Float(m), Value::Int(e as i64)]))
        }),
        ("ulp", |_, a, k| {
            let x = real(one("ulp", a, k)?)?.abs();
            if !x.is_finite() {
                return Ok(Value::Float(x));
            }
            let up = next_after(x, f64::INFINITY);
            Ok(Value::Float(if up.is_infinite() {
                x - next_after(x, -f64::INFINITY)
            } else {
                up - x
            }))
        }),
        ("factorial", factorial),
        ("comb", comb),
        ("perm", perm),
        ("gcd", gcd),
        ("lcm", lcm),
        ("isqrt", isqrt),
        ("prod", prod),
        ("fsum", fsum),
        ("hypot", hypot),
        ("dist", dist),
        ("isclose", isclose),
        ("pow", pow),
        ("fmod", fmod),
        ("remainder", remainder),
        ("ldexp", ldexp_fn),
        ("atan2", |_, a, k| {
            let (y, x) = float2("atan2", a, k)?;
            Ok(Value::Float(y.atan2(x)))
        }),
        ("copysign", |_, a, k| {
            let (x, y) = float2("copysign", a, k)?;
            Ok(Value::Float(x.copysign(y)))
        }),
        ("nextafter", |_, a, k| {
            let (x, y) = float2("nextafter", a, k)?;
            Ok(Value::Float(next_after(x, y)))
        }),
    ];
    let m = new_module(interp, "math", &[]);
    add_fns(interp, &m, fns);
    {
        let mut d = m.dict.borrow_mut();
        d.set_str("pi", Value::Float(PI));
        d.set_str("e", Value::Float(std::f64::consts::E));
        d.set_str("tau", Value::Float(std::f64::consts::TAU));
        d.set_str("inf", Value::Float(f64::INFINITY));
        d.set_str("nan", Value::Float(f64::NAN));
    }
    Value::Module(m)
}
