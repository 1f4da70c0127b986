//! The native `struct` module: `pack`, `unpack`, `calcsize`, `unpack_from`, `iter_unpack`,
//! `pack_into` and the `Struct` class, with CPython 3.11's formats, layouts and messages.
//! `struct.error` is an exception class made by this module (a subclass of `Exception`).

use super::json::exception_class;
use super::new_module;
use crate::object::exception::{ExceptionObj, RResult, Raise, err, type_error};
use crate::object::iter::iter_of;
use crate::object::ops::truthy;
use crate::object::types::{ExcKind, TypeObj};
use crate::object::value::Value;
use crate::vm::{Interp, NativeKind};
use num_bigint::BigInt;
use num_traits::ToPrimitive;
use std::rc::Rc;

type Kw<'a> = &'a [(Rc<str>, Value)];

#[derive(Default)]
struct StructExt {
    error: Option<Rc<TypeObj>>,
    class: Option<Rc<TypeObj>>,
}

fn error_class(interp: &mut Interp) -> Rc<TypeObj> {
    if let Some(c) = &interp.ext::<StructExt>().error {
        return c.clone();
    }
    let c = exception_class(interp, "error", "struct", ExcKind::Exception);
    interp.ext::<StructExt>().error = Some(c.clone());
    c
}

/// A pending `struct.error` (the class is only reachable through the interpreter).
enum Fail {
    Struct(String),
    Other(Raise),
}

impl From<Raise> for Fail {
    fn from(r: Raise) -> Fail {
        Fail::Other(r)
    }
}

type FResult<T> = Result<T, Fail>;

fn fail<T>(msg: impl Into<String>) -> FResult<T> {
    Err(Fail::Struct(msg.into()))
}

fn raise(interp: &mut Interp, f: Fail) -> Raise {
    match f {
        Fail::Other(r) => r,
        Fail::Struct(msg) => {
            let class = error_class(interp);
            Raise::value(Value::Exception(Rc::new(ExceptionObj::new(
                class,
                vec![Value::string(msg)],
            ))))
        }
    }
}

/// Runs `f`, turning a pending `struct.error` into a raised one.
fn run<T>(interp: &mut Interp, r: FResult<T>) -> RResult<T> {
    r.map_err(|f| raise(interp, f))
}

#[derive(Clone, Debug)]
struct Item {
    code: u8,
    count: usize,
    offset: usize,
    /// Size of one element (`s`/`p`: 1).
    size: usize,
}

#[derive(Clone, Debug)]
struct Layout {
    items: Vec<Item>,
    size: usize,
    little: bool,
    /// How many values `pack` takes.
    nargs: usize,
    format: Value,
}

/// Size and alignment of a format character, or `None` if it is not one.
fn item_size(code: u8, native: bool) -> Option<(usize, usize)> {
    let size = match code {
        b'x' | b'c' | b'b' | b'B' | b'?' | b's' | b'p' => return Some((1, 1)),
        b'h' | b'H' | b'e' => 2,
        b'i' | b'I' | b'f' => 4,
        b'l' | b'L' => {
            if native {
                8
            } else {
                4
            }
        }
        b'q' | b'Q' | b'd' => 8,
        b'n' | b'N' | b'P' if native => 8,
        _ => return None,
    };
    Some((size, if native { size } else { 1 }))
}

fn format_bytes(fmt: &Value) -> RResult<Vec<u8>> {
    match fmt {
        Value::Str(s) => Ok(s.as_str().as_bytes().to_vec()),
        Value::Bytes(b) => Ok(b.to_vec()),
        other => type_error(format!(
            "Struct() argument 1 must be a str or bytes object, not {}",
            other.type_name()
        )),
    }
}

fn parse_format(fmt: &Value) -> FResult<Layout> {
    let bytes = format_bytes(fmt)?;
    let (native, little, body) = match bytes.first() {
        Some(b'@') => (true, cfg!(target_endian = "little"), &bytes[1..]),
        Some(b'=') => (false, cfg!(target_endian = "little"), &bytes[1..]),
        Some(b'<') => (false, true, &bytes[1..]),
        Some(b'>' | b'!') => (false, false, &bytes[1..]),
        _ => (true, cfg!(target_endian = "little"), &bytes[..]),
    };
    const LIMIT: usize = isize::MAX as usize;
    let too_long = || fail("total struct size too long");
    let mut items = Vec::new();
    let mut size = 0usize;
    let mut nargs = 0usize;
    let mut i = 0;
    while i < body.len() {
        let mut c = body[i];
        i += 1;
        if c.is_ascii_whitespace() {
            continue;
        }
        let mut count = 1usize;
        if c.is_ascii_digit() {
            count = (c - b'0') as usize;
            loop {
                let Some(&d) = body.get(i) else {
                    return fail("repeat count given without format specifier");
                };
                i += 1;
                if !d.is_ascii_digit() {
                    c = d;
                    break;
                }
                count = match count
                    .checked_mul(10)
                    .and_then(|n| n.checked_add((d - b'0') as usize))
                {
                    Some(n) if n <= LIMIT => n,
                    _ => return too_long(),
                };
            }
        }
        let Some((isize_, align)) = item_size(c, native) else {
            return fail("bad char in struct format");
        };
        if align > 1 {
            size = size.div_ceil(align) * align;
        }
        let offset = size;
        let bytes_taken = match c {
            b's' | b'p' | b'x' => count,
            _ => match count.checked_mul(isize_) {
                Some(n) => n,
                None => return too_long(),
            },
        };
        size = match size.checked_add(bytes_taken) {
            Some(n) if n <= LIMIT => n,
            _ => return too_long(),
        };
        nargs += match c {
            b'x' => 0,
            b's' | b'p' => 1,
            _ => count,
        };
        items.push(Item {
            code: c,
            count,
            offset,
            size: isize_,
        });
    }
    Ok(Layout {
        items,
        size,
        little,
        nargs,
        format: match fmt {
            Value::Bytes(b) => Value::string(String::from_utf8_lossy(b).into_owned()),
            other => other.clone(),
        },
    })
}

// ------------------------------------------------------------------------------------------
// Packing
// ------------------------------------------------------------------------------------------

/// The integer value of `v` as i128 (`None`: outside the range struct can ever pack).
fn int_arg(v: &Value) -> FResult<Option<i128>> {
    match v {
        Value::Int(i) => Ok(Some(*i as i128)),
        Value::Bool(b) => Ok(Some(*b as i128)),
        Value::BigInt(b) => Ok(b.to_i128()),
        _ => fail("required argument is not an integer"),
    }
}

fn float_arg(v: &Value) -> FResult<f64> {
    match v {
        Value::Float(f) => Ok(*f),
        Value::Int(i) => Ok(*i as f64),
        Value::Bool(b) => Ok(*b as i64 as f64),
        Value::BigInt(b) => match b.to_f64() {
            Some(f) if f.is_finite() => Ok(f),
            _ => fail("required argument is not a float"),
        },
        _ => fail("required argument is not a float"),
    }
}

/// Round-half-even conversion to IEEE binary16 bits (CPython's `PyFloat_Pack2`).
fn f16_bits(x: f64) -> RResult<u16> {
    let sign: u16 = if x.is_sign_negative() { 0x8000 } else { 0 };
    if x.is_nan() {
        return Ok(sign | 0x7e00);
    }
    let a = x.abs();
    if a.is_infinite() {
        return Ok(sign | 0x7c00);
    }
    if a == 0.0 {
        return Ok(sign);
    }
    let overflow = || {
        err(
            ExcKind::OverflowError,
            "float too large to pack with e format",
        )
    };
    let min_normal = 2f64.powi(-14);
    if a < min_normal {
        // Subnormal: units of 2**-24 (rounding may carry into the smallest normal).
        let m = (a * 2f64.powi(24)).round_ties_even();
        return Ok(sign | m as u16);
    }
    let mut e = ((a.to_bits() >> 52) & 0x7ff) as i32 - 1023;
    let m = a / 2f64.powi(e);
    let mut frac = ((m - 1.0) * 1024.0).round_ties_even() as u32;
    if frac == 1024 {
        frac = 0;
        e += 1;
    }
    if e > 15 {
        return overflow();
    }
    Ok(sign | (((e + 15) as u16) << 10) | frac as u16)
}

fn f16_value(bits: u16) -> f64 {
    let sign = if bits & 0x8000 != 0 { -1.0 } else { 1.0 };
    let e = ((bits >> 10) & 0x1f) as i32;
    let f = (bits & 0x3ff) as f64;
    sign * match e {
        0 => f * 2f64.powi(-24),
        31 => {
            if f == 0.0 {
                f64::INFINITY
            } else {
                f64::NAN
            }
        }
        _ => (1.0 + f / 1024.0) * 2f64.powi(e - 15),
    }
}

fn put_uint(out: &mut [u8], v: u64, size: usize, little: bool) {
    let b = v.to_le_bytes();
    for k in 0..size {
        if little {
            out[k] = b[k];
        } else {
            out[size - 1 - k] = b[k];
        }
    }
}

fn get_uint(data: &[u8], size: usize, little: bool) -> u64 {
    let mut v = 0u64;
    for k in 0..size {
        let byte = if little { data[size - 1 - k] } else { data[k] };
        v = (v << 8) | byte as u64;
    }
    v
}

fn pack_one(code: u8, size: usize, little: bool, v: &Value, out: &mut [u8]) -> FResult<()> {
    match code {
        b'c' => match v {
            Value::Bytes(b) if b.len() == 1 => out[0] = b[0],
            _ => return fail("char format requires a bytes object of length 1"),
        },
        b'?' => out[0] = truthy(v) as u8,
        b'e' => put_uint(out, f16_bits(float_arg(v)?)? as u64, 2, little),
        b'f' => {
            let x = float_arg(v)?;
            let y = x as f32;
            if y.is_infinite() && x.is_finite() {
                return Err(Fail::Other(Raise::new(
                    ExcKind::OverflowError,
                    "float too large to pack with f format",
                )));
            }
            put_uint(out, y.to_bits() as u64, 4, little);
        }
        b'd' => put_uint(out, float_arg(v)?.to_bits(), 8, little),
        _ => {
            let Some(n) = int_arg(v)? else {
                return fail("argument out of range");
            };
            let signed = matches!(code, b'b' | b'h' | b'i' | b'l' | b'q' | b'n');
            let (lo, hi): (i128, i128) = if code == b'P' {
                (i64::MIN as i128, u64::MAX as i128)
            } else if signed || matches!(code, b'B' | b'H') {
                // Converted through a C long (so `B`/`H` report their own range).
                (i64::MIN as i128, i64::MAX as i128)
            } else {
                (0, u64::MAX as i128)
            };
            if n < lo || n > hi {
                return fail("argument out of range");
            }
            let bits = size * 8;
            let (min, max): (i128, i128) = if signed {
                (-(1i128 << (bits - 1)), (1i128 << (bits - 1)) - 1)
            } else {
                (0, (1i128 << bits) - 1)
            };
            if code != b'P' && (n < min || n > max) {
                return fail(match code {
                    b'b' => "byte format requires -128 <= number <= 127".to_string(),
                    b'B' => "ubyte format requires 0 <= number <= 255".to_string(),
                    b'h' => "short format requires -32768 <= number <= 32767".to_string(),
                    b'H' => "ushort format requires 0 <= number <= 65535".to_string(),
                    c => format!("'{}' format requires {min} <= number <= {max}", c as char),
                });
            }
            put_uint(out, n as u64, size, little);
        }
    }
    Ok(())
}

fn pack_values(layout: &Layout, args: &[Value]) -> FResult<Vec<u8>> {
    if args.len() != layout.nargs {
        return fail(format!(
            "pack expected {} items for packing (got {})",
            layout.nargs,
            args.len()
        ));
    }
    let mut out = vec![0u8; layout.size];
    let mut args = args.iter();
    for item in &layout.items {
        let at = item.offset;
        match item.code {
            b'x' => {}
            b's' | b'p' => {
                let v = args.next().expect("counted");
                let Value::Bytes(b) = v else {
                    return fail(format!(
                        "argument for '{}' must be a bytes object",
                        item.code as char
                    ));
                };
                if item.code == b's' {
                    let n = b.len().min(item.count);
                    out[at..at + n].copy_from_slice(&b[..n]);
                } else if item.count > 0 {
                    let n = b.len().min(item.count - 1);
                    out[at + 1..at + 1 + n].copy_from_slice(&b[..n]);
                    out[at] = n.min(255) as u8;
                }
            }
            code => {
                for k in 0..item.count {
                    let v = args.next().expect("counted");
                    let start = at + k * item.size;
                    pack_one(
                        code,
                        item.size,
                        layout.little,
                        v,
                        &mut out[start..start + item.size],
                    )?;
                }
            }
        }
    }
    Ok(out)
}

// ------------------------------------------------------------------------------------------
// Unpacking
// ------------------------------------------------------------------------------------------

fn unpack_values(layout: &Layout, data: &[u8]) -> Value {
    let mut out = Vec::with_capacity(layout.nargs);
    for item in &layout.items {
        let at = item.offset;
        match item.code {
            b'x' => {}
            b's' => out.push(Value::Bytes(Rc::new(data[at..at + item.count].to_vec()))),
            b'p' => {
                let v = if item.count == 0 {
                    Vec::new()
                } else {
                    let n = (data[at] as usize).min(item.count - 1);
                    data[at + 1..at + 1 + n].to_vec()
                };
                out.push(Value::Bytes(Rc::new(v)));
            }
            code => {
                for k in 0..item.count {
                    let d = &data[at + k * item.size..at + (k + 1) * item.size];
                    let raw = get_uint(d, item.size, layout.little);
                    out.push(match code {
                        b'c' => Value::Bytes(Rc::new(vec![d[0]])),
                        b'?' => Value::Bool(d[0] != 0),
                        b'e' => Value::Float(f16_value(raw as u16)),
                        b'f' => Value::Float(f32::from_bits(raw as u32) as f64),
                        b'd' => Value::Float(f64::from_bits(raw)),
                        b'b' | b'h' | b'i' | b'l' | b'q' | b'n' => {
                            let shift = 64 - item.size * 8;
                            Value::Int(((raw << shift) as i64) >> shift)
                        }
                        _ => match i64::try_from(raw) {
                            Ok(i) => Value::Int(i),
                            Err(_) => Value::from_bigint(BigInt::from(raw)),
                        },
                    });
                }
            }
        }
    }
    Value::tuple(out)
}

fn buffer(v: &Value) -> RResult<Rc<Vec<u8>>> {
    match v {
        Value::Bytes(b) => Ok(b.clone()),
        Value::ByteArray(b) => Ok(Rc::new(b.borrow().clone())),
        other => type_error(format!(
            "a bytes-like object is required, not '{}'",
            other.type_name()
        )),
    }
}

fn unpack(layout: &Layout, buf: &Value) -> FResult<Value> {
    let data = buffer(buf)?;
    if data.len() != layout.size {
        return fail(format!("unpack requires a buffer of {} bytes", layout.size));
    }
    Ok(unpack_values(layout, &data))
}

fn offset_arg(v: &Value) -> RResult<i64> {
    match v {
        Value::Int(i) => Ok(*i),
        Value::Bool(b) => Ok(*b as i64),
        Value::BigInt(_) => err(
            ExcKind::OverflowError,
            "Python int too large to convert to C ssize_t",
        ),
        other => type_error(format!(
            "'{}' object cannot be interpreted as an integer",
            other.type_name()
        )),
    }
}

fn unpack_from(layout: &Layout, buf: &Value, offset: i64) -> FResult<Value> {
    let data = buffer(buf)?;
    let len = data.len() as i64;
    let size = layout.size as i64;
    let mut offset = offset;
    if offset < 0 {
        if offset + size > 0 {
            return fail(format!(
                "not enough data to unpack {size} bytes at offset {offset}"
            ));
        }
        if offset + len < 0 {
            return fail(format!(
                "offset {offset} out of range for {len}-byte buffer"
            ));
        }
        offset += len;
    }
    if len - offset < size {
        return fail(format!(
            "unpack_from requires a buffer of at least {} bytes for unpacking {size} bytes at offset {offset} (actual buffer size is {len})",
            size + offset
        ));
    }
    let start = offset as usize;
    Ok(unpack_values(layout, &data[start..start + layout.size]))
}

fn iter_unpack(layout: &Layout, buf: &Value) -> FResult<Value> {
    let data = buffer(buf)?;
    if layout.size == 0 {
        return fail("cannot iteratively unpack with a struct of length 0");
    }
    if data.len() % layout.size != 0 {
        return fail(format!(
            "iterative unpacking requires a buffer of a multiple of {} bytes",
            layout.size
        ));
    }
    let items: Vec<Value> = data
        .chunks(layout.size)
        .map(|c| unpack_values(layout, c))
        .collect();
    Ok(iter_of(&Value::list(items))?)
}

// ------------------------------------------------------------------------------------------
// Argument handling
// ------------------------------------------------------------------------------------------

fn no_kwargs(name: &str, kw: Kw) -> RResult<()> {
    if kw.is_empty() {
        Ok(())
    } else {
        type_error(format!("{name}() takes no keyword arguments"))
    }
}

fn exact(name: &str, args: &[Value], n: usize) -> RResult<()> {
    if args.len() == n {
        Ok(())
    } else {
        type_error(format!(
            "{name} expected {n} argument{}, got {}",
            if n == 1 { "" } else { "s" },
            args.len()
        ))
    }
}

/// `(buffer, offset=0)` of `unpack_from` (after the format, if any).
fn from_args(args: &[Value], kw: Kw, consumed: usize, max: usize) -> RResult<(Value, i64)> {
    let total = consumed + args.len() + kw.len();
    if total > max {
        return type_error(format!(
            "unpack_from() takes at most {max} arguments ({total} given)"
        ));
    }
    let mut buffer = args.first().cloned();
    let mut offset = args.get(1).cloned();
    for (k, v) in kw {
        match &**k {
            "buffer" if buffer.is_none() => buffer = Some(v.clone()),
            "offset" if offset.is_none() => offset = Some(v.clone()),
            "buffer" | "offset" => {
                return type_error(format!(
                    "argument for unpack_from() given by name ('{k}') and position"
                ));
            }
            _ => {
                return type_error(format!(
                    "unpack_from() got an unexpected keyword argument '{k}'"
                ));
            }
        }
    }
    let Some(buffer) = buffer else {
        let pos = max - 1;
        return type_error(format!(
            "unpack_from() missing required argument 'buffer' (pos {pos})"
        ));
    };
    let offset = match offset {
        Some(o) => offset_arg(&o)?,
        None => 0,
    };
    Ok((buffer, offset))
}

fn layout_of(interp: &mut Interp, fmt: &Value) -> RResult<Layout> {
    let r = parse_format(fmt);
    run(interp, r)
}

fn read_only(buf: &Value) -> RResult<Value> {
    type_error(format!(
        "argument must be read-write bytes-like object, not {}",
        buf.type_name()
    ))
}

fn m_pack(interp: &mut Interp, a: &[Value], kw: Kw) -> RResult<Value> {
    no_kwargs("_struct.pack", kw)?;
    let Some(fmt) = a.first() else {
        return type_error("missing format argument");
    };
    let layout = layout_of(interp, fmt)?;
    let r = pack_values(&layout, &a[1..]);
    Ok(Value::Bytes(Rc::new(run(interp, r)?)))
}

fn m_unpack(interp: &mut Interp, a: &[Value], kw: Kw) -> RResult<Value> {
    no_kwargs("unpack", kw)?;
    exact("unpack", a, 2)?;
    let layout = layout_of(interp, &a[0])?;
    let r = unpack(&layout, &a[1]);
    run(interp, r)
}

fn m_calcsize(interp: &mut Interp, a: &[Value], kw: Kw) -> RResult<Value> {
    no_kwargs("_struct.calcsize", kw)?;
    if a.len() != 1 {
        return type_error(format!(
            "_struct.calcsize() takes exactly one argument ({} given)",
            a.len()
        ));
    }
    let layout = layout_of(interp, &a[0])?;
    Ok(Value::Int(layout.size as i64))
}

fn m_unpack_from(interp: &mut Interp, a: &[Value], kw: Kw) -> RResult<Value> {
    let Some(fmt) = a.first() else {
        return type_error("unpack_from() missing required argument 'format' (pos 1)");
    };
    let (buf, offset) = from_args(&a[1..], kw, 1, 3)?;
    let layout = layout_of(interp, fmt)?;
    let r = unpack_from(&layout, &buf, offset);
    run(interp, r)
}

fn m_iter_unpack(interp: &mut Interp, a: &[Value], kw: Kw) -> RResult<Value> {
    no_kwargs("iter_unpack", kw)?;
    exact("iter_unpack", a, 2)?;
    let layout = layout_of(interp, &a[0])?;
    let r = iter_unpack(&layout, &a[1]);
    run(interp, r)
}

fn m_pack_into(interp: &mut Interp, a: &[Value], kw: Kw) -> RResult<Value> {
    no_kwargs("_struct.pack_into", kw)?;
    if a.len() < 3 {
        return type_error(match a.len() {
            0 => "missing format argument",
            1 => "pack_into expected buffer argument",
            _ => "pack_into expected offset argument",
        });
    }
    layout_of(interp, &a[0])?;
    read_only(&a[1])
}

// ------------------------------------------------------------------------------------------
// struct.Struct
// ------------------------------------------------------------------------------------------

fn layout_of_self(v: &Value) -> RResult<Layout> {
    if let Value::Instance(i) = v
        && let Some(l) = i.payload::<Layout>()
    {
        return Ok(l.clone());
    }
    type_error("descriptor requires a '_struct.Struct' object")
}

fn s_new(interp: &mut Interp, a: &[Value], kw: Kw) -> RResult<Value> {
    let mut fmt = a.get(1).cloned();
    for (k, v) in kw {
        if &**k == "format" && fmt.is_none() {
            fmt = Some(v.clone());
        } else {
            return type_error(format!("Struct() got an unexpected keyword argument '{k}'"));
        }
    }
    if a.len() > 2 {
        return type_error(format!(
            "Struct() takes at most 1 argument ({} given)",
            a.len() - 1
        ));
    }
    let Some(fmt) = fmt else {
        return type_error("Struct() missing required argument 'format' (pos 1)");
    };
    let layout = layout_of(interp, &fmt)?;
    let size = layout.size;
    let format = layout.format.clone();
    let obj = interp.native_instance(&a[0], layout)?;
    if let Value::Instance(i) = &obj {
        let mut d = i.dict.borrow_mut();
        d.set_str("size", Value::Int(size as i64));
        d.set_str("format", format);
    }
    Ok(obj)
}

fn s_pack(interp: &mut Interp, a: &[Value], kw: Kw) -> RResult<Value> {
    no_kwargs("Struct.pack", kw)?;
    let layout = layout_of_self(&a[0])?;
    let r = pack_values(&layout, &a[1..]);
    Ok(Value::Bytes(Rc::new(run(interp, r)?)))
}

fn s_unpack(interp: &mut Interp, a: &[Value], kw: Kw) -> RResult<Value> {
    no_kwargs("Struct.unpack", kw)?;
    let layout = layout_of_self(&a[0])?;
    if a.len() != 2 {
        return type_error(format!(
            "Struct.unpack() takes exactly one argument ({} given)",
            a.len() - 1
        ));
    }
    let r = unpack(&layout, &a[1]);
    run(interp, r)
}

fn s_unpack_from(interp: &mut Interp, a: &[Value], kw: Kw) -> RResult<Value> {
    let layout = layout_of_self(&a[0])?;
    let (buf, offset) = from_args(&a[1..], kw, 0, 2)?;
    let r = unpack_from(&layout, &buf, offset);
    run(interp, r)
}

fn s_iter_unpack(interp: &mut Interp, a: &[Value], kw: Kw) -> RResult<Value> {
    no_kwargs("Struct.iter_unpack", kw)?;
    let layout = layout_of_self(&a[0])?;
    if a.len() != 2 {
        return type_error(format!(
            "Struct.iter_unpack() takes exactly one argument ({} given)",
            a.len() - 1
        ));
    }
    let r = iter_unpack(&layout, &a[1]);
    run(interp, r)
}

fn s_pack_into(_: &mut Interp, a: &[Value], kw: Kw) -> RResult<Value> {
    no_kwargs("Struct.pack_into", kw)?;
    layout_of_self(&a[0])?;
    match a.get(1) {
        Some(buf) if a.len() >= 3 => read_only(buf),
        Some(_) => type_error("pack_into expected offset argument"),
        None => type_error("pack_into expected buffer argument"),
    }
}

pub fn module(interp: &mut Interp) -> Value {
    let error = error_class(interp);
    let class = match interp.ext::<StructExt>().class.clone() {
        Some(c) => c,
        None => {
            let c = interp.native_class(
                "Struct",
                "_struct",
                &[
                    ("__new__", NativeKind::Pure(s_new)),
                    ("pack", NativeKind::Pure(s_pack)),
                    ("unpack", NativeKind::Pure(s_unpack)),
                    ("unpack_from", NativeKind::Pure(s_unpack_from)),
                    ("iter_unpack", NativeKind::Pure(s_iter_unpack)),
                    ("pack_into", NativeKind::Pure(s_pack_into)),
                ],
            );
            interp.ext::<StructExt>().class = Some(c.clone());
            c
        }
    };
    let m = new_module(
        interp,
        "struct",
        &[
            ("pack", m_pack),
            ("unpack", m_unpack),
            ("calcsize", m_calcsize),
            ("unpack_from", m_unpack_from),
            ("iter_unpack", m_iter_unpack),
            ("pack_into", m_pack_into),
        ],
    );
    {
        let mut d = m.dict.borrow_mut();
        d.set_str("error", Value::Type(error));
        d.set_str("Struct", Value::Type(class));
    }
    Value::Module(m)
}
