//! `bytes` and `bytearray`: the constructors, text encodings (`str.encode`, `decode`) and the
//! methods both types share (`bytes_methods.rs`); `bytearray`'s mutating methods are in
//! `bytearray.rs`. The values themselves are `Value::Bytes` and `Value::ByteArray`.

use super::builtins::arity;
use crate::object::bytearray::{byte_of, bytes_like, new_bytearray};
use crate::object::exception::{RResult, err, type_error};
use crate::object::iter::collect;
use crate::object::types::{BuiltinType, ExcKind};
use crate::object::value::Value;
use crate::vm::{Interp, NativeKind};
use std::rc::Rc;

pub type Kw<'a> = &'a [(Rc<str>, Value)];

/// The text encodings Baton knows.
#[derive(Clone, Copy, PartialEq)]
pub enum Encoding {
    Utf8,
    Ascii,
    Latin1,
}

impl Encoding {
    fn name(self) -> &'static str {
        match self {
            Encoding::Utf8 => "utf-8",
            Encoding::Ascii => "ascii",
            Encoding::Latin1 => "latin-1",
        }
    }
}

/// The `encoding` argument (`None`: UTF-8).
pub fn encoding_arg(v: Option<&Value>) -> RResult<Encoding> {
    match v {
        None => Ok(Encoding::Utf8),
        Some(Value::Str(s)) => {
            let e = s.as_str().to_ascii_lowercase().replace('_', "-");
            match e.as_str() {
                "utf-8" | "utf8" | "u8" | "utf" => Ok(Encoding::Utf8),
                "ascii" | "us-ascii" | "646" => Ok(Encoding::Ascii),
                "latin-1" | "latin1" | "iso-8859-1" | "iso8859-1" | "l1" | "8859" | "cp819" => {
                    Ok(Encoding::Latin1)
                }
                _ => err(
                    ExcKind::LookupError,
                    format!("unknown encoding: {}", s.as_str()),
                ),
            }
        }
        Some(other) => type_error(format!(
            "encode() argument 'encoding' must be str, not {}",
            other.type_name()
        )),
    }
}

/// The `errors` argument: `strict` (default), `ignore` or `replace`.
fn errors_arg(v: Option<&Value>) -> RResult<&'static str> {
    match v {
        None => Ok("strict"),
        Some(Value::Str(s)) => Ok(match s.as_str() {
            "ignore" => "ignore",
            "replace" => "replace",
            _ => "strict",
        }),
        Some(other) => type_error(format!(
            "argument 'errors' must be str, not {}",
            other.type_name()
        )),
    }
}

/// Positional-or-keyword `(encoding, errors)` of `encode`/`decode` (after the receiver).
fn enc_errors(name: &str, a: &[Value], kw: Kw) -> RResult<(Encoding, &'static str)> {
    arity(name, a, 0, 2)?;
    let mut enc = a.first().cloned();
    let mut errors = a.get(1).cloned();
    for (k, v) in kw {
        match &**k {
            "encoding" => enc = Some(v.clone()),
            "errors" => errors = Some(v.clone()),
            _ => {
                return type_error(format!("{name}() got an unexpected keyword argument '{k}'"));
            }
        }
    }
    Ok((encoding_arg(enc.as_ref())?, errors_arg(errors.as_ref())?))
}

/// `str.encode`.
pub fn encode(text: &str, enc: Encoding, errors: &str) -> RResult<Vec<u8>> {
    let limit = match enc {
        Encoding::Utf8 => return Ok(text.as_bytes().to_vec()),
        Encoding::Ascii => 128,
        Encoding::Latin1 => 256,
    };
    let mut out = Vec::with_capacity(text.len());
    for (i, c) in text.chars().enumerate() {
        if (c as u32) < limit {
            out.push(c as u32 as u8);
            continue;
        }
        match errors {
            "ignore" => {}
            "replace" => out.push(b'?'),
            _ => {
                let n = c as u32;
                let esc = match n {
                    0..=0xff => format!("\\x{n:02x}"),
                    0x100..=0xffff => format!("\\u{n:04x}"),
                    _ => format!("\\U{n:08x}"),
                };
                return err(
                    ExcKind::UnicodeEncodeError,
                    format!(
                        "'{}' codec can't encode character '{esc}' in position {i}: \
                         ordinal not in range({limit})",
                        enc.name()
                    ),
                );
            }
        }
    }
    Ok(out)
}

/// `bytes.decode`.
pub fn decode(b: &[u8], enc: Encoding, errors: &str) -> RResult<String> {
    match enc {
        Encoding::Latin1 => Ok(b.iter().map(|&x| x as char).collect()),
        Encoding::Ascii => {
            let mut out = String::with_capacity(b.len());
            for (i, &x) in b.iter().enumerate() {
                if x < 128 {
                    out.push(x as char);
                } else {
                    match errors {
                        "ignore" => {}
                        "replace" => out.push('\u{fffd}'),
                        _ => {
                            return err(
                                ExcKind::UnicodeDecodeError,
                                format!(
                                    "'ascii' codec can't decode byte 0x{x:02x} in position {i}: \
                                     ordinal not in range(128)"
                                ),
                            );
                        }
                    }
                }
            }
            Ok(out)
        }
        Encoding::Utf8 => match std::str::from_utf8(b) {
            Ok(s) => Ok(s.to_string()),
            Err(_) if errors != "strict" => {
                let lossy = String::from_utf8_lossy(b);
                Ok(if errors == "ignore" {
                    lossy.replace('\u{fffd}', "")
                } else {
                    lossy.into_owned()
                })
            }
            Err(e) => {
                let at = e.valid_up_to();
                let why = match e.error_len() {
                    None => "unexpected end of data",
                    Some(_) if b[at] >= 0x80 && b[at] < 0xc0 || b[at] >= 0xf8 => {
                        "invalid start byte"
                    }
                    Some(_) => "invalid continuation byte",
                };
                err(
                    ExcKind::UnicodeDecodeError,
                    format!(
                        "'utf-8' codec can't decode byte 0x{:02x} in position {at}: {why}",
                        b[at]
                    ),
                )
            }
        },
    }
}

/// The bytes `bytes(x)` / `bytearray(x)` make from their arguments.
fn ctor_bytes(name: &str, a: &[Value], kw: Kw) -> RResult<Vec<u8>> {
    let mut a = a.to_vec();
    for (k, v) in kw {
        let i = match &**k {
            "source" => 0,
            "encoding" => 1,
            "errors" => 2,
            _ => {
                return type_error(format!("'{k}' is an invalid keyword argument for {name}()"));
            }
        };
        while a.len() <= i {
            a.push(Value::Unbound);
        }
        a[i] = v.clone();
    }
    arity(name, &a, 0, 3)?;
    let Some(src) = a.first() else {
        return Ok(vec![]);
    };
    if a.len() > 1 && !matches!(src, Value::Str(_)) {
        return type_error(if matches!(a.get(1), Some(Value::Unbound)) {
            "errors without a string argument"
        } else {
            "encoding without a string argument"
        });
    }
    if let Some(b) = bytes_like(src) {
        return Ok(b.to_vec());
    }
    match src {
        Value::Str(s) => {
            if a.len() < 2 || matches!(a[1], Value::Unbound) {
                return type_error("string argument without an encoding");
            }
            let errors = errors_arg(a.get(2).filter(|v| !matches!(v, Value::Unbound)))?;
            encode(s.as_str(), encoding_arg(Some(&a[1]))?, errors)
        }
        Value::Int(n) => {
            if *n < 0 {
                return err(ExcKind::ValueError, "negative count");
            }
            Ok(vec![0; *n as usize])
        }
        Value::Bool(b) => Ok(vec![0; *b as usize]),
        Value::Float(_) | Value::None => type_error(format!(
            "cannot convert '{}' object to {name}",
            src.type_name()
        )),
        other => collect(other)?
            .iter()
            .map(|v| match byte_of(v) {
                Err(_) if name == "bytes" && matches!(v, Value::Int(_) | Value::BigInt(_)) => {
                    err(ExcKind::ValueError, "bytes must be in range(0, 256)")
                }
                r => r,
            })
            .collect(),
    }
}

fn bytes_ctor(_: &mut Interp, a: &[Value], kw: Kw) -> RResult<Value> {
    if let [v @ Value::Bytes(_)] = a {
        return Ok(v.clone());
    }
    Ok(Value::Bytes(Rc::new(ctor_bytes("bytes", a, kw)?)))
}

fn bytearray_ctor(_: &mut Interp, a: &[Value], kw: Kw) -> RResult<Value> {
    Ok(new_bytearray(ctor_bytes("bytearray", a, kw)?))
}

/// `b.decode(encoding='utf-8', errors='strict')`.
pub fn decode_method(_: &mut Interp, a: &[Value], kw: Kw) -> RResult<Value> {
    let (enc, errors) = enc_errors("decode", &a[1..], kw)?;
    let b = bytes_like(&a[0]).expect("receiver checked");
    Ok(Value::string(decode(&b, enc, errors)?))
}

/// `s.encode(encoding='utf-8', errors='strict')`.
pub fn encode_method(_: &mut Interp, a: &[Value], kw: Kw) -> RResult<Value> {
    let (enc, errors) = enc_errors("encode", &a[1..], kw)?;
    let Value::Str(s) = &a[0] else {
        unreachable!("receiver checked")
    };
    Ok(Value::Bytes(Rc::new(encode(s.as_str(), enc, errors)?)))
}

pub fn install(interp: &mut Interp) {
    super::bytes_methods::install(interp);
    super::bytearray::install(interp);
    for (bt, name, f) in [
        (
            BuiltinType::Bytes,
            "bytes",
            bytes_ctor as crate::vm::NativeFn,
        ),
        (BuiltinType::ByteArray, "bytearray", bytearray_ctor),
    ] {
        let id = interp.register_native(name, NativeKind::Pure(f));
        interp.type_ctors.insert(bt as u8, id);
        let t = Value::Type(interp.builtin_type(bt));
        interp.builtins.borrow_mut().set_str(name, t);
    }
    interp.register_method(crate::vm::attr_tags::STR, "encode", encode_method);
}
