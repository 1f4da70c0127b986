//! `bytes`: the constructor and the common methods (the value itself is `Value::Bytes`).

use super::builtins::arity;
use crate::object::exception::{RResult, err, type_error};
use crate::object::iter::collect;
use crate::object::types::{BuiltinType, ExcKind};
use crate::object::value::Value;
use crate::vm::{Interp, NativeFn, NativeKind, attr_tags::BYTES};
use std::rc::Rc;

type Kw<'a> = &'a [(Rc<str>, Value)];

fn b(v: &Value) -> &[u8] {
    match v {
        Value::Bytes(b) => b,
        _ => unreachable!("receiver checked"),
    }
}

fn bytes_arg<'a>(name: &str, v: &'a Value) -> RResult<&'a [u8]> {
    match v {
        Value::Bytes(b) => Ok(b),
        other => type_error(format!(
            "{name}: a bytes-like object is required, not '{}'",
            other.type_name()
        )),
    }
}

fn new(v: Vec<u8>) -> Value {
    Value::Bytes(Rc::new(v))
}

/// The encoding argument of `bytes(str, encoding)` / `str.encode` / `bytes.decode`.
fn check_encoding(v: Option<&Value>) -> RResult<()> {
    match v {
        None => Ok(()),
        Some(Value::Str(s)) => {
            let e = s.as_str().to_ascii_lowercase().replace(['-', '_'], "");
            if e == "utf8" {
                Ok(())
            } else {
                err(
                    ExcKind::LookupError,
                    format!("unknown encoding: {} (only utf-8 is supported)", s.as_str()),
                )
            }
        }
        Some(other) => type_error(format!("encoding must be str, not {}", other.type_name())),
    }
}

fn ctor(_: &mut Interp, a: &[Value], kw: Kw) -> RResult<Value> {
    if !kw.is_empty() {
        return type_error("bytes() keyword arguments are not supported");
    }
    arity("bytes", a, 0, 3)?;
    let Some(src) = a.first() else {
        return Ok(new(vec![]));
    };
    match src {
        Value::Str(s) => {
            if a.len() < 2 {
                return type_error("string argument without an encoding");
            }
            check_encoding(a.get(1))?;
            Ok(new(s.as_str().as_bytes().to_vec()))
        }
        Value::Bytes(_) => Ok(src.clone()),
        Value::Int(n) => {
            if *n < 0 {
                return err(ExcKind::ValueError, "negative count");
            }
            Ok(new(vec![0; *n as usize]))
        }
        other => {
            let mut out = Vec::new();
            for v in collect(other)? {
                match v {
                    Value::Int(i) if (0..256).contains(&i) => out.push(i as u8),
                    Value::Int(_) => {
                        return err(ExcKind::ValueError, "bytes must be in range(0, 256)");
                    }
                    x => {
                        return type_error(format!(
                            "'{}' object cannot be interpreted as an integer",
                            x.type_name()
                        ));
                    }
                }
            }
            Ok(new(out))
        }
    }
}

fn find(hay: &[u8], needle: &[u8]) -> Option<usize> {
    if needle.is_empty() {
        return Some(0);
    }
    hay.windows(needle.len()).position(|w| w == needle)
}

const METHODS: &[(&str, NativeFn)] = &[
    ("decode", |_, a, _| {
        arity("decode", &a[1..], 0, 2)?;
        check_encoding(a.get(1))?;
        match std::str::from_utf8(b(&a[0])) {
            Ok(s) => Ok(Value::string(s.to_string())),
            Err(e) => err(
                ExcKind::UnicodeDecodeError,
                format!(
                    "'utf-8' codec can't decode byte 0x{:02x} in position {}: invalid start byte",
                    b(&a[0])[e.valid_up_to()],
                    e.valid_up_to()
                ),
            ),
        }
    }),
    ("hex", |_, a, _| {
        arity("hex", &a[1..], 0, 0)?;
        Ok(Value::string(
            b(&a[0])
                .iter()
                .map(|x| format!("{x:02x}"))
                .collect::<String>(),
        ))
    }),
    ("startswith", |_, a, _| {
        arity("startswith", &a[1..], 1, 1)?;
        Ok(Value::Bool(
            b(&a[0]).starts_with(bytes_arg("startswith", &a[1])?),
        ))
    }),
    ("endswith", |_, a, _| {
        arity("endswith", &a[1..], 1, 1)?;
        Ok(Value::Bool(
            b(&a[0]).ends_with(bytes_arg("endswith", &a[1])?),
        ))
    }),
    ("find", |_, a, _| {
        arity("find", &a[1..], 1, 1)?;
        let r = find(b(&a[0]), bytes_arg("find", &a[1])?);
        Ok(Value::Int(r.map_or(-1, |i| i as i64)))
    }),
    ("count", |_, a, _| {
        arity("count", &a[1..], 1, 1)?;
        let (hay, needle) = (b(&a[0]), bytes_arg("count", &a[1])?);
        if needle.is_empty() {
            return Ok(Value::Int(hay.len() as i64 + 1));
        }
        let (mut n, mut i) = (0, 0);
        while let Some(j) = find(&hay[i..], needle) {
            n += 1;
            i += j + needle.len();
        }
        Ok(Value::Int(n))
    }),
    ("upper", |_, a, _| Ok(new(b(&a[0]).to_ascii_uppercase()))),
    ("lower", |_, a, _| Ok(new(b(&a[0]).to_ascii_lowercase()))),
    ("strip", |_, a, _| {
        arity("strip", &a[1..], 0, 0)?;
        Ok(new(b(&a[0]).trim_ascii().to_vec()))
    }),
    ("split", |_, a, _| {
        arity("split", &a[1..], 0, 1)?;
        let hay = b(&a[0]);
        let parts: Vec<Value> = match a.get(1) {
            None | Some(Value::None) => hay
                .split(|c| c.is_ascii_whitespace())
                .filter(|p| !p.is_empty())
                .map(|p| new(p.to_vec()))
                .collect(),
            Some(sep) => {
                let sep = bytes_arg("split", sep)?;
                if sep.is_empty() {
                    return err(ExcKind::ValueError, "empty separator");
                }
                let mut out = Vec::new();
                let mut rest = hay;
                while let Some(i) = find(rest, sep) {
                    out.push(new(rest[..i].to_vec()));
                    rest = &rest[i + sep.len()..];
                }
                out.push(new(rest.to_vec()));
                out
            }
        };
        Ok(Value::list(parts))
    }),
    ("join", |_, a, _| {
        arity("join", &a[1..], 1, 1)?;
        let sep = b(&a[0]);
        let mut out = Vec::new();
        for (i, v) in collect(&a[1])?.iter().enumerate() {
            if i > 0 {
                out.extend_from_slice(sep);
            }
            match v {
                Value::Bytes(x) => out.extend_from_slice(x),
                other => {
                    return type_error(format!(
                        "sequence item {i}: expected a bytes-like object, {} found",
                        other.type_name()
                    ));
                }
            }
        }
        Ok(new(out))
    }),
    ("replace", |_, a, _| {
        arity("replace", &a[1..], 2, 2)?;
        let (hay, old, with) = (
            b(&a[0]),
            bytes_arg("replace", &a[1])?,
            bytes_arg("replace", &a[2])?,
        );
        if old.is_empty() {
            return Ok(a[0].clone());
        }
        let mut out = Vec::new();
        let mut rest = hay;
        while let Some(i) = find(rest, old) {
            out.extend_from_slice(&rest[..i]);
            out.extend_from_slice(with);
            rest = &rest[i + old.len()..];
        }
        out.extend_from_slice(rest);
        Ok(new(out))
    }),
    ("isdigit", |_, a, _| {
        let v = b(&a[0]);
        Ok(Value::Bool(
            !v.is_empty() && v.iter().all(u8::is_ascii_digit),
        ))
    }),
    ("isalpha", |_, a, _| {
        let v = b(&a[0]);
        Ok(Value::Bool(
            !v.is_empty() && v.iter().all(u8::is_ascii_alphabetic),
        ))
    }),
];

pub fn install(interp: &mut Interp) {
    for &(name, f) in METHODS {
        interp.register_method(BYTES, name, f);
    }
    let id = interp.register_native("bytes", NativeKind::Pure(ctor));
    interp.type_ctors.insert(BuiltinType::Bytes as u8, id);
    let t = Value::Type(interp.builtin_type(BuiltinType::Bytes));
    interp.builtins.borrow_mut().set_str("bytes", t);
}
