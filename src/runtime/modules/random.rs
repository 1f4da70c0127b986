//! The native `random` module: a Mersenne Twister (MT19937) seeded and consumed exactly as
//! CPython 3.11's `_random` and `random.py` do, so `random.seed(n)` reproduces CPython's
//! sequences for every function. The module-level functions share one hidden generator (an
//! interpreter extension); `random.Random(seed)` makes independent generators with the same
//! methods.

use super::new_module;
use crate::object::arith::{self, to_bigint};
use crate::object::exception::{RResult, err, type_error};
use crate::object::iter;
use crate::object::ops;
use crate::object::repr;
use crate::object::types::ExcKind;
use crate::object::value::Value;
use crate::syntax::ast::BinOp;
use crate::vm::{Interp, NativeKind};
use num_bigint::{BigInt, BigUint, Sign};
use num_traits::{One, Signed, ToPrimitive};
use std::collections::HashSet;
use std::rc::Rc;

type Kw<'a> = &'a [(Rc<str>, Value)];

// ---------------------------------------------------------------------------------------------
// The generator

const N: usize = 624;
const M: usize = 397;
const MATRIX_A: u32 = 0x9908_b0df;
const UPPER_MASK: u32 = 0x8000_0000;
const LOWER_MASK: u32 = 0x7fff_ffff;

/// One generator's state: the MT19937 words, the read position, and `gauss_next` (the spare
/// value of the last `gauss` call, any object after `setstate`).
pub struct Gen {
    mt: [u32; N],
    index: usize,
    gauss_next: Value,
}

impl Default for Gen {
    fn default() -> Self {
        let mut g = Gen {
            mt: [0; N],
            index: N + 1,
            gauss_next: Value::None,
        };
        g.seed_entropy();
        g
    }
}

impl Gen {
    fn init_genrand(&mut self, s: u32) {
        self.mt[0] = s;
        for i in 1..N {
            let prev = self.mt[i - 1];
            self.mt[i] = 1_812_433_253u32
                .wrapping_mul(prev ^ (prev >> 30))
                .wrapping_add(i as u32);
        }
        self.index = N;
    }

    fn init_by_array(&mut self, key: &[u32]) {
        self.init_genrand(19_650_218);
        let key: &[u32] = if key.is_empty() { &[0] } else { key };
        let (mut i, mut j) = (1usize, 0usize);
        for _ in 0..N.max(key.len()) {
            let prev = self.mt[i - 1];
            self.mt[i] = (self.mt[i] ^ (prev ^ (prev >> 30)).wrapping_mul(1_664_525))
                .wrapping_add(key[j])
                .wrapping_add(j as u32);
            i += 1;
            j += 1;
            if i >= N {
                self.mt[0] = self.mt[N - 1];
                i = 1;
            }
            if j >= key.len() {
                j = 0;
            }
        }
        for _ in 0..N - 1 {
            let prev = self.mt[i - 1];
            self.mt[i] = (self.mt[i] ^ (prev ^ (prev >> 30)).wrapping_mul(1_566_083_941))
                .wrapping_sub(i as u32);
            i += 1;
            if i >= N {
                self.mt[0] = self.mt[N - 1];
                i = 1;
            }
        }
        self.mt[0] = 0x8000_0000;
    }

    fn twist(&mut self) {
        let mag = |y: u32| if y & 1 == 1 { MATRIX_A } else { 0 };
        for kk in 0..N {
            let y = (self.mt[kk] & UPPER_MASK) | (self.mt[(kk + 1) % N] & LOWER_MASK);
            self.mt[kk] = self.mt[(kk + M) % N] ^ (y >> 1) ^ mag(y);
        }
        self.index = 0;
    }

    /// The next 32-bit output.
    fn next_u32(&mut self) -> u32 {
        if self.index >= N {
            self.twist();
        }
        let mut y = self.mt[self.index];
        self.index += 1;
        y ^= y >> 11;
        y ^= (y << 7) & 0x9d2c_5680;
        y ^= (y << 15) & 0xefc6_0000;
        y ^ (y >> 18)
    }

    /// `random()`: 53 random bits from two outputs, in [0, 1).
    fn random(&mut self) -> f64 {
        let a = (self.next_u32() >> 5) as f64;
        let b = (self.next_u32() >> 6) as f64;
        (a * 67_108_864.0 + b) * (1.0 / 9_007_199_254_740_992.0)
    }

    /// `getrandbits(k)` for k <= 64.
    fn bits_u64(&mut self, k: u32) -> u64 {
        match k {
            0 => 0,
            1..=32 => (self.next_u32() >> (32 - k)) as u64,
            _ => {
                let lo = self.next_u32() as u64;
                let hi = (self.next_u32() >> (64 - k)) as u64;
                lo | (hi << 32)
            }
        }
    }

    /// `getrandbits(k)` as little-endian 32-bit words.
    fn bits_words(&mut self, k: u64) -> Vec<u32> {
        let mut left = k;
        let mut words = Vec::with_capacity(k.div_ceil(32) as usize);
        while left > 0 {
            let mut r = self.next_u32();
            if left < 32 {
                r >>= 32 - left;
            }
            words.push(r);
            left = left.saturating_sub(32);
        }
        words
    }

    /// `_randbelow(n)` for 0 < n < 2**64, by rejection.
    fn below_u64(&mut self, n: u64) -> u64 {
        let k = 64 - n.leading_zeros();
        loop {
            let r = self.bits_u64(k);
            if r < n {
                return r;
            }
        }
    }

    /// `_randbelow(n)` for any n > 0.
    fn below_big(&mut self, n: &BigInt) -> BigInt {
        if let Some(small) = n.to_u64() {
            return BigInt::from(self.below_u64(small));
        }
        let k = n.bits();
        loop {
            let r = BigInt::from(BigUint::new(self.bits_words(k)));
            if &r < n {
                return r;
            }
        }
    }

    fn below(&mut self, n: usize) -> usize {
        self.below_u64(n as u64) as usize
    }

    fn seed_int(&mut self, n: &BigInt) {
        let (_, digits) = n.abs().to_u32_digits();
        self.init_by_array(&digits);
    }

    fn seed_entropy(&mut self) {
        let mut key = vec![0u32; N];
        let mut bytes = vec![0u8; N * 4];
        let ok = std::fs::File::open("/dev/urandom")
            .and_then(|mut f| std::io::Read::read_exact(&mut f, &mut bytes))
            .is_ok();
        if ok {
            for (w, c) in key.iter_mut().zip(bytes.chunks_exact(4)) {
                *w = u32::from_le_bytes([c[0], c[1], c[2], c[3]]);
            }
        } else {
            let now = std::time::SystemTime::now()
                .duration_since(std::time::UNIX_EPOCH)
                .unwrap_or_default();
            let addr = &key as *const _ as usize as u64;
            key = vec![
                now.as_secs() as u32,
                (now.as_secs() >> 32) as u32,
                now.subsec_nanos(),
                std::process::id(),
                addr as u32,
                (addr >> 32) as u32,
            ];
        }
        self.init_by_array(&key);
    }
}

/// The generator behind the module-level functions.
#[derive(Default)]
struct Global(Gen);

// ---------------------------------------------------------------------------------------------
// Argument helpers

fn quote_names(names: &[&str]) -> String {
    let q: Vec<String> = names.iter().map(|n| format!("'{n}'")).collect();
    match q.len() {
        1 => q[0].clone(),
        2 => format!("{} and {}", q[0], q[1]),
        _ => format!("{}, and {}", q[..q.len() - 1].join(", "), q[q.len() - 1]),
    }
}

/// Binds the arguments of a method written in Python in CPython (`self` not included in
/// `args`), with CPython's messages. `pos` are the positional-or-keyword parameters, the first
/// `nreq` required; `kwonly` the keyword-only ones.
fn bind(
    name: &str,
    args: &[Value],
    kw: Kw,
    pos: &[&str],
    nreq: usize,
    kwonly: &[&str],
) -> RResult<Vec<Option<Value>>> {
    if args.len() > pos.len() {
        let (lo, hi, given) = (nreq + 1, pos.len() + 1, args.len() + 1);
        return if lo == hi {
            type_error(format!(
                "Random.{name}() takes {hi} positional argument{} but {given} were given",
                if hi == 1 { "" } else { "s" }
            ))
        } else {
            type_error(format!(
                "Random.{name}() takes from {lo} to {hi} positional arguments but {given} were given"
            ))
        };
    }
    let mut out: Vec<Option<Value>> = vec![None; pos.len() + kwonly.len()];
    for (slot, a) in out.iter_mut().zip(args) {
        *slot = Some(a.clone());
    }
    for (k, v) in kw {
        let idx = pos
            .iter()
            .chain(kwonly)
            .position(|p| *p == &**k)
            .ok_or(())
            .or_else(|_| {
                type_error(format!(
                    "Random.{name}() got an unexpected keyword argument '{k}'"
                ))
            })?;
        if out[idx].is_some() {
            return type_error(format!(
                "Random.{name}() got multiple values for argument '{k}'"
            ));
        }
        out[idx] = Some(v.clone());
    }
    let missing: Vec<&str> = pos[..nreq]
        .iter()
        .zip(&out)
        .filter(|(_, v)| v.is_none())
        .map(|(p, _)| *p)
        .collect();
    if !missing.is_empty() {
        return type_error(format!(
            "Random.{name}() missing {} required positional argument{}: {}",
            missing.len(),
            if missing.len() == 1 { "" } else { "s" },
            quote_names(&missing)
        ));
    }
    Ok(out)
}

fn no_kw(name: &str, kw: Kw) -> RResult<()> {
    if kw.is_empty() {
        Ok(())
    } else {
        type_error(format!("Random.{name}() takes no keyword arguments"))
    }
}

fn float_arg(v: &Value) -> RResult<f64> {
    match ops::to_float(v) {
        Some(r) => r,
        None => type_error(format!("must be real number, not {}", v.type_name())),
    }
}

fn bin(op: BinOp, a: &Value, b: &Value) -> RResult<Value> {
    arith::binary(op, a, b)
}

/// `operator.index(v)` for a count or size (`'float' object cannot be interpreted as an integer`).
fn index_int(v: &Value) -> RResult<BigInt> {
    match to_bigint(v) {
        Some(b) => Ok(b),
        None => type_error(format!(
            "'{}' object cannot be interpreted as an integer",
            v.type_name()
        )),
    }
}

/// An int argument of `randrange`: ints as they are; integral floats (and strings of ints,
/// which never equal the argument) as `int(v)` then compared like CPython.
fn randrange_int(v: &Value, what: &str) -> RResult<BigInt> {
    if let Some(b) = to_bigint(v) {
        return Ok(b);
    }
    let non_integer = || {
        err(
            ExcKind::ValueError,
            format!("non-integer {what} for randrange()"),
        )
    };
    match v {
        Value::Float(f) => {
            let i = ops::float_to_int(*f)?;
            if f.fract() != 0.0 {
                return non_integer();
            }
            Ok(to_bigint(&i).unwrap_or_default())
        }
        Value::Str(s) => {
            crate::runtime::builtins::parse_int(s.as_str(), 10)?;
            non_integer()
        }
        Value::Bytes(b) => {
            crate::runtime::builtins::parse_int(&String::from_utf8_lossy(b), 10)?;
            non_integer()
        }
        _ => type_error(format!(
            "int() argument must be a string, a bytes-like object or a real number, not '{}'",
            v.type_name()
        )),
    }
}

/// `bisect.bisect_right(a, x, 0, hi)`.
fn bisect_right(a: &[Value], x: &Value, hi: usize) -> RResult<usize> {
    let (mut lo, mut hi) = (0usize, hi);
    while lo < hi {
        let mid = (lo + hi) / 2;
        if ops::less_than(x, &a[mid])? {
            hi = mid;
        } else {
            lo = mid + 1;
        }
    }
    Ok(lo)
}

/// `list(itertools.accumulate(values))`.
fn accumulate(values: &Value) -> RResult<Vec<Value>> {
    let items = iter::collect(values)?;
    let mut out: Vec<Value> = Vec::with_capacity(items.len());
    for item in items {
        let next = match out.last() {
            Some(prev) => bin(BinOp::Add, prev, &item)?,
            None => item,
        };
        out.push(next);
    }
    Ok(out)
}

fn is_int(v: &Value) -> bool {
    matches!(v, Value::Int(_) | Value::Bool(_) | Value::BigInt(_))
}

// ---------------------------------------------------------------------------------------------
// SHA-512 (for `seed(str_or_bytes)` with version 2)

#[rustfmt::skip]
const K: [u64; 80] = [
    0x428a2f98d728ae22, 0x7137449123ef65cd, 0xb5c0fbcfec4d3b2f, 0xe9b5dba58189dbbc,
    0x3956c25bf348b538, 0x59f111f1b605d019, 0x923f82a4af194f9b, 0xab1c5ed5da6d8118,
    0xd807aa98a3030242, 0x12835b0145706fbe, 0x243185be4ee4b28c, 0x550c7dc3d5ffb4e2,
    0x72be5d74f27b896f, 0x80deb1fe3b1696b1, 0x9bdc06a725c71235, 0xc19bf174cf692694,
    0xe49b69c19ef14ad2, 0xefbe4786384f25e3, 0x0fc19dc68b8cd5b5, 0x240ca1cc77ac9c65,
    0x2de92c6f592b0275, 0x4a7484aa6ea6e483, 0x5cb0a9dcbd41fbd4, 0x76f988da831153b5,
    0x983e5152ee66dfab, 0xa831c66d2db43210, 0xb00327c898fb213f, 0xbf597fc7beef0ee4,
    0xc6e00bf33da88fc2, 0xd5a79147930aa725, 0x06ca6351e003826f, 0x142929670a0e6e70,
    0x27b70a8546d22ffc, 0x2e1b21385c26c926, 0x4d2c6dfc5ac42aed, 0x53380d139d95b3df,
    0x650a73548baf63de, 0x766a0abb3c77b2a8, 0x81c2c92e47edaee6, 0x92722c851482353b,
    0xa2bfe8a14cf10364, 0xa81a664bbc423001, 0xc24b8b70d0f89791, 0xc76c51a30654be30,
    0xd192e819d6ef5218, 0xd69906245565a910, 0xf40e35855771202a, 0x106aa07032bbd1b8,
    0x19a4c116b8d2d0c8, 0x1e376c085141ab53, 0x2748774cdf8eeb99, 0x34b0bcb5e19b48a8,
    0x391c0cb3c5c95a63, 0x4ed8aa4ae3418acb, 0x5b9cca4f7763e373, 0x682e6ff3d6b2b8a3,
    0x748f82ee5defb2fc, 0x78a5636f43172f60, 0x84c87814a1f0ab72, 0x8cc702081a6439ec,
    0x90befffa23631e28, 0xa4506cebde82bde9, 0xbef9a3f7b2c67915, 0xc67178f2e372532b,
    0xca273eceea26619c, 0xd186b8c721c0c207, 0xeada7dd6cde0eb1e, 0xf57d4f7fee6ed178,
    0x06f067aa72176fba, 0x0a637dc5a2c898a6, 0x113f9804bef90dae, 0x1b710b35131c471b,
    0x28db77f523047d84, 0x32caab7b40c72493, 0x3c9ebe0a15c9bebc, 0x431d67c49c100d4c,
    0x4cc5d4becb3e42b6, 0x597f299cfc657e2a, 0x5fcb6fab3ad6faec, 0x6c44198c4a475817,
];

#[rustfmt::skip]
const H0: [u64; 8] = [
    0x6a09e667f3bcc908, 0xbb67ae8584caa73b, 0x3c6ef372fe94f82b, 0xa54ff53a5f1d36f1,
    0x510e527fade682d1, 0x9b05688c2b3e6c1f, 0x1f83d9abfb41bd6b, 0x5be0cd19137e2179,
];

fn sha512(data: &[u8]) -> [u8; 64] {
    let mut h = H0;
    let mut msg = data.to_vec();
    let bit_len = (data.len() as u128).wrapping_mul(8);
    msg.push(0x80);
    while msg.len() % 128 != 112 {
        msg.push(0);
    }
    msg.extend_from_slice(&bit_len.to_be_bytes());
    for block in msg.chunks_exact(128) {
        let mut w = [0u64; 80];
        for (t, c) in block.chunks_exact(8).enumerate() {
            let mut b = [0u8; 8];
            b.copy_from_slice(c);
            w[t] = u64::from_be_bytes(b);
        }
        for t in 16..80 {
            let s0 = w[t - 15].rotate_right(1) ^ w[t - 15].rotate_right(8) ^ (w[t - 15] >> 7);
            let s1 = w[t - 2].rotate_right(19) ^ w[t - 2].rotate_right(61) ^ (w[t - 2] >> 6);
            w[t] = w[t - 16]
                .wrapping_add(s0)
                .wrapping_add(w[t - 7])
                .wrapping_add(s1);
        }
        let [mut a, mut b, mut c, mut d, mut e, mut f, mut g, mut hh] = h;
        for t in 0..80 {
            let s1 = e.rotate_right(14) ^ e.rotate_right(18) ^ e.rotate_right(41);
            let ch = (e & f) ^ (!e & g);
            let t1 = hh
                .wrapping_add(s1)
                .wrapping_add(ch)
                .wrapping_add(K[t])
                .wrapping_add(w[t]);
            let s0 = a.rotate_right(28) ^ a.rotate_right(34) ^ a.rotate_right(39);
            let maj = (a & b) ^ (a & c) ^ (b & c);
            let t2 = s0.wrapping_add(maj);
            hh = g;
            g = f;
            f = e;
            e = d.wrapping_add(t1);
            d = c;
            c = b;
            b = a;
            a = t1.wrapping_add(t2);
        }
        for (x, y) in h.iter_mut().zip([a, b, c, d, e, f, g, hh]) {
            *x = x.wrapping_add(y);
        }
    }
    let mut out = [0u8; 64];
    for (o, x) in out.chunks_exact_mut(8).zip(h) {
        o.copy_from_slice(&x.to_be_bytes());
    }
    out
}

// ---------------------------------------------------------------------------------------------
// Methods: each takes the generator and the arguments after `self`.

fn seed(g: &mut Gen, args: &[Value], kw: Kw) -> RResult<Value> {
    let p = bind("seed", args, kw, &["a", "version"], 0, &[])?;
    let a = p[0].clone().unwrap_or(Value::None);
    let version = p[1].clone().unwrap_or(Value::Int(2));
    let text: Option<Vec<u8>> = match &a {
        Value::Str(s) => Some(s.as_str().as_bytes().to_vec()),
        Value::Bytes(b) => Some(b.to_vec()),
        _ => None,
    };
    match (&a, text) {
        (_, Some(bytes)) if ops::eq(&version, &Value::Int(1)) => {
            let codes: Vec<u64> = match &a {
                Value::Str(s) => s.as_str().chars().map(|c| c as u64).collect(),
                _ => bytes.iter().map(|&b| b as u64).collect(),
            };
            let mut x: u64 = codes.first().map_or(0, |c| c << 7);
            for &c in &codes {
                x = x.wrapping_mul(1_000_003) ^ c;
            }
            x ^= codes.len() as u64;
            g.seed_int(&BigInt::from(x));
        }
        (_, Some(mut bytes)) if ops::eq(&version, &Value::Int(2)) => {
            let digest = sha512(&bytes);
            bytes.extend_from_slice(&digest);
            g.seed_int(&BigInt::from_bytes_be(Sign::Plus, &bytes));
        }
        (Value::None, _) => g.seed_entropy(),
        (Value::Int(_) | Value::Bool(_) | Value::BigInt(_), _) => {
            g.seed_int(&to_bigint(&a).unwrap_or_default());
        }
        (Value::Float(_) | Value::Str(_) | Value::Bytes(_), _) => {
            g.seed_int(&BigInt::from(ops::hash_value(&a)?));
        }
        _ => {
            return type_error(
                "The only supported seed types are: None,\nint, float, str, bytes, and bytearray.",
            );
        }
    }
    g.gauss_next = Value::None;
    Ok(Value::None)
}

fn random(g: &mut Gen, args: &[Value], kw: Kw) -> RResult<Value> {
    no_kw("random", kw)?;
    if !args.is_empty() {
        return type_error(format!(
            "Random.random() takes no arguments ({} given)",
            args.len()
        ));
    }
    Ok(Value::Float(g.random()))
}

/// A bit count for `getrandbits`, checked like CPython's C int conversion.
fn bit_count(v: &Value) -> RResult<u64> {
    let k = index_int(v)?;
    let Some(k) = k.to_i32() else {
        return err(
            ExcKind::OverflowError,
            "Python int too large to convert to C int",
        );
    };
    if k < 0 {
        return err(ExcKind::ValueError, "number of bits must be non-negative");
    }
    Ok(k as u64)
}

fn getrandbits(g: &mut Gen, args: &[Value], kw: Kw) -> RResult<Value> {
    no_kw("getrandbits", kw)?;
    if args.len() != 1 {
        return type_error(format!(
            "Random.getrandbits() takes exactly one argument ({} given)",
            args.len()
        ));
    }
    let k = bit_count(&args[0])?;
    if k <= 64 {
        return Ok(Value::from_bigint(BigInt::from(g.bits_u64(k as u32))));
    }
    Ok(Value::from_bigint(BigInt::from(BigUint::new(
        g.bits_words(k),
    ))))
}

fn randbytes(g: &mut Gen, args: &[Value], kw: Kw) -> RResult<Value> {
    let p = bind("randbytes", args, kw, &["n"], 1, &[])?;
    let n = index_int(p[0].as_ref().unwrap_or(&Value::None))?;
    let bits = bit_count(&Value::from_bigint(n * 8))?;
    let words = g.bits_words(bits);
    let bytes: Vec<u8> = words
        .iter()
        .flat_map(|w| w.to_le_bytes())
        .take((bits / 8) as usize)
        .collect();
    Ok(Value::Bytes(Rc::new(bytes)))
}

fn randrange_impl(
    g: &mut Gen,
    start: &Value,
    stop: Option<&Value>,
    step: Option<&Value>,
) -> RResult<Value> {
    let istart = randrange_int(start, "arg 1")?;
    let Some(stop) = stop.filter(|s| !s.is_none()) else {
        if step.is_some_and(|s| !matches!(s, Value::Int(1))) {
            return type_error("Missing a non-None stop argument");
        }
        if istart.is_positive() {
            return Ok(Value::from_bigint(g.below_big(&istart)));
        }
        return err(ExcKind::ValueError, "empty range for randrange()");
    };
    let istop = randrange_int(stop, "stop")?;
    let width = &istop - &istart;
    let istep = match step {
        Some(s) => randrange_int(s, "step")?,
        None => BigInt::one(),
    };
    if istep.is_one() {
        if width.is_positive() {
            return Ok(Value::from_bigint(istart + g.below_big(&width)));
        }
        return err(
            ExcKind::ValueError,
            format!("empty range for randrange() ({istart}, {istop}, {width})"),
        );
    }
    let n = if istep.is_positive() {
        num_integer::Integer::div_floor(&(&width + &istep - 1), &istep)
    } else if istep.is_negative() {
        num_integer::Integer::div_floor(&(&width + &istep + 1), &istep)
    } else {
        return err(ExcKind::ValueError, "zero step for randrange()");
    };
    if !n.is_positive() {
        return err(ExcKind::ValueError, "empty range for randrange()");
    }
    Ok(Value::from_bigint(istart + istep * g.below_big(&n)))
}

fn randrange(g: &mut Gen, args: &[Value], kw: Kw) -> RResult<Value> {
    let p = bind("randrange", args, kw, &["start", "stop", "step"], 1, &[])?;
    let start = p[0].clone().unwrap_or(Value::None);
    randrange_impl(g, &start, p[1].as_ref(), p[2].as_ref())
}

fn randint(g: &mut Gen, args: &[Value], kw: Kw) -> RResult<Value> {
    let p = bind("randint", args, kw, &["a", "b"], 2, &[])?;
    let (a, b) = (
        p[0].clone().unwrap_or_default(),
        p[1].clone().unwrap_or_default(),
    );
    let stop = bin(BinOp::Add, &b, &Value::Int(1))?;
    randrange_impl(g, &a, Some(&stop), None)
}

fn choice(g: &mut Gen, args: &[Value], kw: Kw) -> RResult<Value> {
    let p = bind("choice", args, kw, &["seq"], 1, &[])?;
    let seq = p[0].clone().unwrap_or_default();
    let n = ops::len(&seq)?;
    if n == 0 {
        return err(ExcKind::IndexError, "Cannot choose from an empty sequence");
    }
    ops::get_item(&seq, &Value::Int(g.below(n) as i64))
}

fn shuffle(g: &mut Gen, args: &[Value], kw: Kw) -> RResult<Value> {
    let p = bind("shuffle", args, kw, &["x"], 1, &[])?;
    let x = p[0].clone().unwrap_or_default();
    let n = ops::len(&x)?;
    for i in (1..n).rev() {
        let j = g.below(i + 1);
        if let Value::List(l) = &x {
            let mut l = l.borrow_mut();
            if i < l.len() && j < l.len() {
                l.swap(i, j);
                continue;
            }
        }
        let (vi, vj) = (Value::Int(i as i64), Value::Int(j as i64));
        let (xi, xj) = (ops::get_item(&x, &vi)?, ops::get_item(&x, &vj)?);
        ops::set_item(&x, &vi, xj)?;
        ops::set_item(&x, &vj, xi)?;
    }
    Ok(Value::None)
}

fn sample_impl(g: &mut Gen, population: &Value, k: &Value) -> RResult<Value> {
    if !matches!(
        population,
        Value::List(_) | Value::Tuple(_) | Value::Str(_) | Value::Range(_) | Value::Bytes(_)
    ) {
        return type_error("Population must be a sequence.  For dicts or sets, use sorted(d).");
    }
    let n = ops::len(population)?;
    let too_big = || {
        err(
            ExcKind::ValueError,
            "Sample larger than population or is negative",
        )
    };
    let k = match k {
        Value::Int(_) | Value::Bool(_) | Value::BigInt(_) => {
            match to_bigint(k).and_then(|b| b.to_usize()) {
                Some(k) if k <= n => k,
                _ => return too_big(),
            }
        }
        Value::Float(f) => {
            if *f >= 0.0 && *f <= n as f64 {
                return type_error("can't multiply sequence by non-int of type 'float'");
            }
            return too_big();
        }
        other => {
            return type_error(format!(
                "'<=' not supported between instances of 'int' and '{}'",
                other.type_name()
            ));
        }
    };
    let mut result: Vec<Value> = Vec::with_capacity(k);
    let mut setsize = 21usize;
    if k > 5 {
        let e = ((k * 3) as f64).ln() / 4f64.ln();
        setsize += 4usize.saturating_pow(e.ceil() as u32);
    }
    if n <= setsize {
        let mut pool = iter::collect(population)?;
        for i in 0..k {
            let j = g.below(n - i);
            result.push(pool[j].clone());
            pool[j] = pool[n - i - 1].clone();
        }
    } else {
        let mut selected: HashSet<usize> = HashSet::with_capacity(k);
        for _ in 0..k {
            let mut j = g.below(n);
            while selected.contains(&j) {
                j = g.below(n);
            }
            selected.insert(j);
            result.push(ops::get_item(population, &Value::Int(j as i64))?);
        }
    }
    Ok(Value::list(result))
}

fn sample(g: &mut Gen, args: &[Value], kw: Kw) -> RResult<Value> {
    let p = bind("sample", args, kw, &["population", "k"], 2, &["counts"])?;
    let population = p[0].clone().unwrap_or_default();
    let k = p[1].clone().unwrap_or_default();
    let counts = match &p[2] {
        Some(c) if !c.is_none() => c.clone(),
        _ => return sample_impl(g, &population, &k),
    };
    if !matches!(
        population,
        Value::List(_) | Value::Tuple(_) | Value::Str(_) | Value::Range(_) | Value::Bytes(_)
    ) {
        return type_error("Population must be a sequence.  For dicts or sets, use sorted(d).");
    }
    let n = ops::len(&population)?;
    let mut cum = accumulate(&counts)?;
    if cum.len() != n {
        return err(
            ExcKind::ValueError,
            "The number of counts does not match the population",
        );
    }
    let Some(total) = cum.pop() else {
        return err(ExcKind::IndexError, "pop from empty list");
    };
    if !is_int(&total) {
        return type_error("Counts must be integers");
    }
    let total = to_bigint(&total).unwrap_or_default();
    if !total.is_positive() {
        return err(
            ExcKind::ValueError,
            "Total of counts must be greater than zero",
        );
    }
    let Some(total) = total.to_i64() else {
        return err(
            ExcKind::OverflowError,
            "Python int too large to convert to C ssize_t",
        );
    };
    let range = Value::Range(Rc::new(crate::object::value::Range {
        start: 0,
        stop: total,
        step: 1,
    }));
    let selections = sample_impl(g, &range, &k)?;
    let Value::List(sel) = selections else {
        return Ok(selections);
    };
    let sel = sel.borrow().clone();
    let mut out = Vec::with_capacity(sel.len());
    for s in sel {
        let i = bisect_right(&cum, &s, cum.len())?;
        out.push(ops::get_item(&population, &Value::Int(i as i64))?);
    }
    Ok(Value::list(out))
}

fn choices(g: &mut Gen, args: &[Value], kw: Kw) -> RResult<Value> {
    let p = bind(
        "choices",
        args,
        kw,
        &["population", "weights"],
        1,
        &["cum_weights", "k"],
    )?;
    let population = p[0].clone().unwrap_or_default();
    let weights = p[1].clone().filter(|v| !v.is_none());
    let cum_weights = p[2].clone().filter(|v| !v.is_none());
    let k = p[3].clone().unwrap_or(Value::Int(1));
    let count = |k: &Value| -> RResult<usize> {
        let k = index_int(k)?;
        if k.is_negative() {
            return Ok(0);
        }
        match k.to_usize() {
            Some(k) => Ok(k),
            None => err(
                ExcKind::OverflowError,
                "Python int too large to convert to C ssize_t",
            ),
        }
    };
    let n = ops::len(&population)?;
    let cum = match (cum_weights, weights) {
        (None, None) => {
            let k = count(&k)?;
            let mut out = Vec::with_capacity(k);
            for _ in 0..k {
                let i = (g.random() * n as f64).floor() as i64;
                out.push(ops::get_item(&population, &Value::Int(i))?);
            }
            return Ok(Value::list(out));
        }
        (None, Some(w)) => {
            if is_int(&w) {
                return type_error(format!(
                    "The number of choices must be a keyword argument: k={}",
                    repr::repr(&w)
                ));
            }
            accumulate(&w)?
        }
        (Some(_), Some(_)) => {
            return type_error("Cannot specify both weights and cumulative weights");
        }
        (Some(c), None) => iter::collect(&c)?,
    };
    if cum.len() != n {
        return err(
            ExcKind::ValueError,
            "The number of weights does not match the population",
        );
    }
    let Some(last) = cum.last() else {
        return err(ExcKind::IndexError, "list index out of range");
    };
    let total = float_arg(&bin(BinOp::Add, last, &Value::Float(0.0))?)?;
    if total <= 0.0 {
        return err(
            ExcKind::ValueError,
            "Total of weights must be greater than zero",
        );
    }
    if !total.is_finite() {
        return err(ExcKind::ValueError, "Total of weights must be finite");
    }
    let k = count(&k)?;
    let mut out = Vec::with_capacity(k);
    for _ in 0..k {
        let x = Value::Float(g.random() * total);
        let i = bisect_right(&cum, &x, n - 1)?;
        out.push(ops::get_item(&population, &Value::Int(i as i64))?);
    }
    Ok(Value::list(out))
}

fn uniform(g: &mut Gen, args: &[Value], kw: Kw) -> RResult<Value> {
    let p = bind("uniform", args, kw, &["a", "b"], 2, &[])?;
    let (a, b) = (
        p[0].clone().unwrap_or_default(),
        p[1].clone().unwrap_or_default(),
    );
    let span = bin(BinOp::Sub, &b, &a)?;
    let scaled = bin(BinOp::Mult, &span, &Value::Float(g.random()))?;
    bin(BinOp::Add, &a, &scaled)
}

fn is_zero(v: &Value) -> bool {
    match v {
        Value::Int(i) => *i == 0,
        Value::Bool(b) => !*b,
        Value::Float(f) => *f == 0.0,
        _ => false,
    }
}

fn triangular(g: &mut Gen, args: &[Value], kw: Kw) -> RResult<Value> {
    let p = bind("triangular", args, kw, &["low", "high", "mode"], 0, &[])?;
    let mut low = p[0].clone().unwrap_or(Value::Float(0.0));
    let mut high = p[1].clone().unwrap_or(Value::Float(1.0));
    let mode = p[2].clone().unwrap_or(Value::None);
    let mut u = g.random();
    let mut c = if mode.is_none() {
        0.5
    } else {
        let num = bin(BinOp::Sub, &mode, &low)?;
        let den = bin(BinOp::Sub, &high, &low)?;
        if is_zero(&den) && ops::to_float(&num).is_some() {
            return Ok(low);
        }
        float_arg(&bin(BinOp::Div, &num, &den)?)?
    };
    if u > c {
        u = 1.0 - u;
        c = 1.0 - c;
        std::mem::swap(&mut low, &mut high);
    }
    let span = bin(BinOp::Sub, &high, &low)?;
    let scaled = bin(BinOp::Mult, &span, &Value::Float((u * c).sqrt()))?;
    bin(BinOp::Add, &low, &scaled)
}

/// `mu + z * sigma`.
fn shift_scale(mu: &Value, z: &Value, sigma: &Value) -> RResult<Value> {
    let scaled = bin(BinOp::Mult, z, sigma)?;
    bin(BinOp::Add, mu, &scaled)
}

fn mu_sigma(name: &str, args: &[Value], kw: Kw, required: usize) -> RResult<(Value, Value)> {
    let p = bind(name, args, kw, &["mu", "sigma"], required, &[])?;
    Ok((
        p[0].clone().unwrap_or(Value::Float(0.0)),
        p[1].clone().unwrap_or(Value::Float(1.0)),
    ))
}

fn normal_z(g: &mut Gen) -> f64 {
    let magic = 4.0 * (-0.5f64).exp() / 2f64.sqrt();
    loop {
        let u1 = g.random();
        let u2 = 1.0 - g.random();
        let z = magic * (u1 - 0.5) / u2;
        let zz = z * z / 4.0;
        if zz <= -u2.ln() {
            return z;
        }
    }
}

fn normalvariate(g: &mut Gen, args: &[Value], kw: Kw) -> RResult<Value> {
    let (mu, sigma) = mu_sigma("normalvariate", args, kw, 0)?;
    let z = normal_z(g);
    shift_scale(&mu, &Value::Float(z), &sigma)
}

fn gauss(g: &mut Gen, args: &[Value], kw: Kw) -> RResult<Value> {
    let (mu, sigma) = mu_sigma("gauss", args, kw, 0)?;
    let mut z = std::mem::replace(&mut g.gauss_next, Value::None);
    if z.is_none() {
        let x2pi = g.random() * std::f64::consts::TAU;
        let g2rad = (-2.0 * (1.0 - g.random()).ln()).sqrt();
        z = Value::Float(x2pi.cos() * g2rad);
        g.gauss_next = Value::Float(x2pi.sin() * g2rad);
    }
    shift_scale(&mu, &z, &sigma)
}

fn math_exp(x: f64) -> RResult<f64> {
    let r = x.exp();
    if r.is_infinite() && x.is_finite() {
        return err(ExcKind::OverflowError, "math range error");
    }
    Ok(r)
}

fn lognormvariate(g: &mut Gen, args: &[Value], kw: Kw) -> RResult<Value> {
    let (mu, sigma) = mu_sigma("lognormvariate", args, kw, 2)?;
    let z = normal_z(g);
    let x = float_arg(&shift_scale(&mu, &Value::Float(z), &sigma)?)?;
    Ok(Value::Float(math_exp(x)?))
}

fn expovariate(g: &mut Gen, args: &[Value], kw: Kw) -> RResult<Value> {
    let p = bind("expovariate", args, kw, &["lambd"], 1, &[])?;
    let lambd = p[0].clone().unwrap_or_default();
    let x = -(1.0 - g.random()).ln();
    bin(BinOp::Div, &Value::Float(x), &lambd)
}

fn vonmisesvariate(g: &mut Gen, args: &[Value], kw: Kw) -> RResult<Value> {
    let p = bind("vonmisesvariate", args, kw, &["mu", "kappa"], 2, &[])?;
    let mu = p[0].clone().unwrap_or_default();
    let kappa = float_arg(p[1].as_ref().unwrap_or(&Value::None))?;
    let tau = std::f64::consts::TAU;
    if kappa <= 1e-6 {
        return Ok(Value::Float(tau * g.random()));
    }
    let s = 0.5 / kappa;
    let r = s + (1.0 + s * s).sqrt();
    let z = loop {
        let u1 = g.random();
        let z = (std::f64::consts::PI * u1).cos();
        let d = z / (r + z);
        let u2 = g.random();
        if u2 < 1.0 - d * d || u2 <= (1.0 - d) * d.exp() {
            break z;
        }
    };
    let q = 1.0 / r;
    let f = (q + z) / (1.0 + q * z);
    let u3 = g.random();
    let angle = if u3 > 0.5 {
        bin(BinOp::Add, &mu, &Value::Float(f.acos()))?
    } else {
        bin(BinOp::Sub, &mu, &Value::Float(f.acos()))?
    };
    bin(BinOp::Mod, &angle, &Value::Float(tau))
}

fn gamma(g: &mut Gen, alpha: f64, beta: f64) -> RResult<f64> {
    if alpha <= 0.0 || beta <= 0.0 {
        return err(
            ExcKind::ValueError,
            "gammavariate: alpha and beta must be > 0.0",
        );
    }
    if alpha > 1.0 {
        let ainv = (2.0 * alpha - 1.0).sqrt();
        let bbb = alpha - 4f64.ln();
        let ccc = alpha + ainv;
        let sg_magic = 1.0 + 4.5f64.ln();
        loop {
            let u1 = g.random();
            if !(1e-7 < u1 && u1 < 0.9999999) {
                continue;
            }
            let u2 = 1.0 - g.random();
            let v = (u1 / (1.0 - u1)).ln() / ainv;
            let x = alpha * v.exp();
            let z = u1 * u1 * u2;
            let r = bbb + ccc * v - x;
            if r + sg_magic - 4.5 * z >= 0.0 || r >= z.ln() {
                return Ok(x * beta);
            }
        }
    } else if alpha == 1.0 {
        Ok(-(1.0 - g.random()).ln() * beta)
    } else {
        let e = std::f64::consts::E;
        loop {
            let u = g.random();
            let b = (e + alpha) / e;
            let p = b * u;
            let x = if p <= 1.0 {
                p.powf(1.0 / alpha)
            } else {
                -((b - p) / alpha).ln()
            };
            let u1 = g.random();
            let accept = if p > 1.0 {
                u1 <= x.powf(alpha - 1.0)
            } else {
                u1 <= (-x).exp()
            };
            if accept {
                return Ok(x * beta);
            }
        }
    }
}

fn two_floats(name: &str, args: &[Value], kw: Kw, names: &[&str]) -> RResult<(f64, f64)> {
    let p = bind(name, args, kw, names, 2, &[])?;
    Ok((
        float_arg(p[0].as_ref().unwrap_or(&Value::None))?,
        float_arg(p[1].as_ref().unwrap_or(&Value::None))?,
    ))
}

fn gammavariate(g: &mut Gen, args: &[Value], kw: Kw) -> RResult<Value> {
    let (alpha, beta) = two_floats("gammavariate", args, kw, &["alpha", "beta"])?;
    Ok(Value::Float(gamma(g, alpha, beta)?))
}

fn betavariate(g: &mut Gen, args: &[Value], kw: Kw) -> RResult<Value> {
    let (alpha, beta) = two_floats("betavariate", args, kw, &["alpha", "beta"])?;
    let y = gamma(g, alpha, 1.0)?;
    if y != 0.0 {
        return Ok(Value::Float(y / (y + gamma(g, beta, 1.0)?)));
    }
    Ok(Value::Float(0.0))
}

fn paretovariate(g: &mut Gen, args: &[Value], kw: Kw) -> RResult<Value> {
    let p = bind("paretovariate", args, kw, &["alpha"], 1, &[])?;
    let alpha = p[0].clone().unwrap_or_default();
    let u = 1.0 - g.random();
    let e = bin(BinOp::Div, &Value::Float(-1.0), &alpha)?;
    bin(BinOp::Pow, &Value::Float(u), &e)
}

fn weibullvariate(g: &mut Gen, args: &[Value], kw: Kw) -> RResult<Value> {
    let p = bind("weibullvariate", args, kw, &["alpha", "beta"], 2, &[])?;
    let alpha = p[0].clone().unwrap_or_default();
    let beta = p[1].clone().unwrap_or_default();
    let u = 1.0 - g.random();
    let e = bin(BinOp::Div, &Value::Float(1.0), &beta)?;
    let x = bin(BinOp::Pow, &Value::Float(-u.ln()), &e)?;
    bin(BinOp::Mult, &alpha, &x)
}

fn getstate(g: &mut Gen, args: &[Value], kw: Kw) -> RResult<Value> {
    bind("getstate", args, kw, &[], 0, &[])?;
    let mut words: Vec<Value> = g.mt.iter().map(|&w| Value::Int(w as i64)).collect();
    words.push(Value::Int(g.index as i64));
    Ok(Value::tuple(vec![
        Value::Int(3),
        Value::tuple(words),
        g.gauss_next.clone(),
    ]))
}

fn setstate(g: &mut Gen, args: &[Value], kw: Kw) -> RResult<Value> {
    let p = bind("setstate", args, kw, &["state"], 1, &[])?;
    let state = p[0].clone().unwrap_or_default();
    let version = ops::get_item(&state, &Value::Int(0))?;
    let v3 = ops::eq(&version, &Value::Int(3));
    if !v3 && !ops::eq(&version, &Value::Int(2)) {
        return err(
            ExcKind::ValueError,
            format!(
                "state with version {} passed to Random.setstate() of version 3",
                repr::str(&version)
            ),
        );
    }
    let parts = iter::collect(&state)?;
    match parts.len() {
        3 => {}
        n if n < 3 => {
            return err(
                ExcKind::ValueError,
                format!("not enough values to unpack (expected 3, got {n})"),
            );
        }
        _ => {
            return err(
                ExcKind::ValueError,
                "too many values to unpack (expected 3)",
            );
        }
    }
    g.gauss_next = parts[2].clone();
    let mut internal = parts[1].clone();
    if !v3 {
        let modulus = Value::Int(1 << 32);
        let mut fixed = Vec::new();
        for x in iter::collect(&internal)? {
            fixed.push(bin(BinOp::Mod, &x, &modulus)?);
        }
        internal = Value::tuple(fixed);
    }
    let Value::Tuple(words) = &internal else {
        return type_error("state vector must be a tuple");
    };
    if words.len() != N + 1 {
        return err(ExcKind::ValueError, "state vector is the wrong size");
    }
    let mut mt = [0u32; N];
    for (slot, w) in mt.iter_mut().zip(words.iter()) {
        let Some(b) = to_bigint(w) else {
            return type_error("an integer is required");
        };
        if b.is_negative() {
            return err(
                ExcKind::OverflowError,
                "can't convert negative value to unsigned int",
            );
        }
        let Some(u) = b.to_u64() else {
            return err(
                ExcKind::OverflowError,
                "Python int too large to convert to C unsigned long",
            );
        };
        *slot = u as u32;
    }
    let index = match &words[N] {
        Value::Int(i) => *i,
        Value::Bool(b) => *b as i64,
        Value::BigInt(_) => {
            return err(
                ExcKind::OverflowError,
                "Python int too large to convert to C long",
            );
        }
        other => {
            return type_error(format!(
                "'{}' object cannot be interpreted as an integer",
                other.type_name()
            ));
        }
    };
    if !(0..=N as i64).contains(&index) {
        return err(ExcKind::ValueError, "invalid state");
    }
    g.mt = mt;
    g.index = index as usize;
    Ok(Value::None)
}

// ---------------------------------------------------------------------------------------------
// The module and the `Random` class

type Method = fn(&mut Gen, &[Value], Kw) -> RResult<Value>;

/// Runs `f` on the generator of the `Random` instance `args[0]`.
fn on_instance(name: &str, args: &[Value], kw: Kw, f: Method) -> RResult<Value> {
    if let Some(Value::Instance(i)) = args.first()
        && let Some(mut g) = i.payload::<Gen>()
    {
        return f(&mut g, &args[1..], kw);
    }
    match args.first() {
        Some(other) => type_error(format!(
            "descriptor '{name}' for '_random.Random' objects doesn't apply to a '{}' object",
            other.type_name()
        )),
        None => type_error(format!("unbound method Random.{name}() needs an argument")),
    }
}

macro_rules! methods {
    ($($name:literal => $f:ident),* $(,)?) => {
        const MODULE_FNS: &[(&str, crate::vm::NativeFn)] = &[
            $(($name, |interp, a, kw| $f(&mut interp.ext::<Global>().0, a, kw))),*
        ];
        const CLASS_METHODS: &[(&str, NativeKind)] = &[
            $(($name, NativeKind::Pure(|_, a, kw| on_instance($name, a, kw, $f)))),*
        ];
    };
}

methods! {
    "seed" => seed,
    "random" => random,
    "getrandbits" => getrandbits,
    "randbytes" => randbytes,
    "randrange" => randrange,
    "randint" => randint,
    "choice" => choice,
    "shuffle" => shuffle,
    "sample" => sample,
    "choices" => choices,
    "uniform" => uniform,
    "triangular" => triangular,
    "normalvariate" => normalvariate,
    "gauss" => gauss,
    "lognormvariate" => lognormvariate,
    "expovariate" => expovariate,
    "vonmisesvariate" => vonmisesvariate,
    "gammavariate" => gammavariate,
    "betavariate" => betavariate,
    "paretovariate" => paretovariate,
    "weibullvariate" => weibullvariate,
    "getstate" => getstate,
    "setstate" => setstate,
}

/// `Random(x=None)`: a new generator seeded like `seed(x)`.
fn random_new(interp: &mut Interp, args: &[Value], kw: Kw) -> RResult<Value> {
    let Some(class) = args.first() else {
        return type_error("Random.__new__(): not enough arguments");
    };
    let p = bind("__init__", &args[1..], kw, &["x"], 0, &[])?;
    let mut g = Gen {
        mt: [0; N],
        index: N,
        gauss_next: Value::None,
    };
    seed(&mut g, &[p[0].clone().unwrap_or(Value::None)], &[])?;
    interp.native_instance(class, g)
}

pub fn module(interp: &mut Interp) -> Value {
    let m = new_module(interp, "random", MODULE_FNS);
    let mut methods: Vec<(&'static str, NativeKind)> = CLASS_METHODS.to_vec();
    methods.push(("__new__", NativeKind::Pure(random_new)));
    // `Random.__init__(self, x=None)` seeds again: what a subclass's `__init__` calls.
    methods.push((
        "__init__",
        NativeKind::Pure(|_, a, kw| {
            let p = bind("__init__", a.get(1..).unwrap_or(&[]), kw, &["x"], 0, &[])?;
            let x = p[0].clone().unwrap_or(Value::None);
            on_instance("__init__", &[a[0].clone(), x], &[], seed)?;
            Ok(Value::None)
        }),
    ));
    let class = interp.native_class("Random", "random", &methods);
    m.dict.borrow_mut().set_str("Random", Value::Type(class));
    Value::Module(m)
}
