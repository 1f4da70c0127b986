//! The methods `bytes` and `bytearray` share. Each reads its receiver as a byte slice and
//! returns a value of the receiver's own type (`bytearray(b'ab').upper()` is a bytearray).

use super::builtins::arity;
use super::bytes::Kw;
use crate::object::bytearray::{ByteView, bytes_like, new_bytearray};
use crate::object::exception::{RResult, err, type_error};
use crate::object::iter::collect;
use crate::object::ops::{slice_indices, truthy};
use crate::object::types::ExcKind;
use crate::object::value::{Slice, Value};
use crate::vm::attr_tags::{BYTEARRAY, BYTES};
use crate::vm::{Interp, NativeFn};
use std::rc::Rc;

fn recv(v: &Value) -> ByteView<'_> {
    bytes_like(v).expect("receiver checked")
}

/// A result of the receiver's type.
fn like(recv: &Value, v: Vec<u8>) -> Value {
    match recv {
        Value::ByteArray(_) => new_bytearray(v),
        _ => Value::Bytes(Rc::new(v)),
    }
}

/// An argument that must be bytes-like.
fn arg(v: &Value) -> RResult<Vec<u8>> {
    match bytes_like(v) {
        Some(b) => Ok(b.to_vec()),
        None => type_error(format!(
            "a bytes-like object is required, not '{}'",
            v.type_name()
        )),
    }
}

/// The needle of `find`/`count`/`index`: bytes-like or an int in range(256).
fn needle(v: &Value) -> RResult<Vec<u8>> {
    match v {
        Value::Int(i) if (0..256).contains(i) => Ok(vec![*i as u8]),
        Value::Int(_) | Value::BigInt(_) => {
            err(ExcKind::ValueError, "byte must be in range(0, 256)")
        }
        _ => bytes_like(v).map(|b| b.to_vec()).map_or_else(
            || {
                type_error(format!(
                    "argument should be integer or bytes-like object, not '{}'",
                    v.type_name()
                ))
            },
            Ok,
        ),
    }
}

/// `(start, end)` of a `[start:end]` window given as optional arguments.
fn window(len: usize, start: Option<&Value>, end: Option<&Value>) -> RResult<(usize, usize)> {
    let s = Slice {
        start: start.cloned().unwrap_or(Value::None),
        stop: end.cloned().unwrap_or(Value::None),
        step: Value::None,
    };
    let (a, b, _) = slice_indices(&s, len)?;
    Ok((a as usize, (b.max(a)) as usize))
}

pub fn find(hay: &[u8], needle: &[u8]) -> Option<usize> {
    if needle.is_empty() {
        return Some(0);
    }
    hay.windows(needle.len()).position(|w| w == needle)
}

fn rfind(hay: &[u8], needle: &[u8]) -> Option<usize> {
    if needle.is_empty() {
        return Some(hay.len());
    }
    hay.windows(needle.len()).rposition(|w| w == needle)
}

/// `find`, `rfind`, `index`, `rindex`: the position of `sub` in `[start:end]`.
fn search(a: &[Value], name: &str, rev: bool) -> RResult<Option<usize>> {
    arity(name, &a[1..], 1, 3)?;
    let hay = recv(&a[0]);
    let sub = needle(&a[1])?;
    let (s, e) = window(hay.len(), a.get(2), a.get(3))?;
    if s > hay.len() {
        return Ok(None);
    }
    let part = &hay[s..e.min(hay.len())];
    let found = if rev {
        rfind(part, &sub)
    } else {
        find(part, &sub)
    };
    Ok(found.map(|i| i + s))
}

fn found_or_raise(r: Option<usize>) -> RResult<Value> {
    match r {
        Some(i) => Ok(Value::Int(i as i64)),
        None => err(ExcKind::ValueError, "subsection not found"),
    }
}

fn count(_: &mut Interp, a: &[Value], _: Kw) -> RResult<Value> {
    arity("count", &a[1..], 1, 3)?;
    let hay = recv(&a[0]);
    let sub = needle(&a[1])?;
    let (s, e) = window(hay.len(), a.get(2), a.get(3))?;
    if s > hay.len() {
        return Ok(Value::Int(0));
    }
    let hay = &hay[s..e.min(hay.len())];
    if sub.is_empty() {
        return Ok(Value::Int(hay.len() as i64 + 1));
    }
    let (mut n, mut i) = (0, 0);
    while let Some(j) = find(&hay[i..], &sub) {
        n += 1;
        i += j + sub.len();
    }
    Ok(Value::Int(n))
}

/// `startswith` / `endswith`: a prefix or a tuple of prefixes, in `[start:end]`.
fn affix(a: &[Value], name: &str, end: bool) -> RResult<Value> {
    arity(name, &a[1..], 1, 3)?;
    let hay = recv(&a[0]);
    let (s, e) = window(hay.len(), a.get(2), a.get(3))?;
    if s > hay.len() {
        return Ok(Value::Bool(false));
    }
    let part = &hay[s..e.min(hay.len())];
    let candidates: Vec<Value> = match &a[1] {
        Value::Tuple(t) => t.to_vec(),
        v => vec![v.clone()],
    };
    for c in &candidates {
        let Some(p) = bytes_like(c) else {
            return type_error(format!(
                "{name} first arg must be bytes or a tuple of bytes, not {}",
                c.type_name()
            ));
        };
        if (end && part.ends_with(&p)) || (!end && part.starts_with(&p)) {
            return Ok(Value::Bool(true));
        }
    }
    Ok(Value::Bool(false))
}

fn strip(a: &[Value], name: &str, left: bool, right: bool) -> RResult<Value> {
    arity(name, &a[1..], 0, 1)?;
    let chars = match a.get(1) {
        None | Some(Value::None) => None,
        Some(v) => Some(arg(v)?),
    };
    let strip = |c: &u8| match &chars {
        None => c.is_ascii_whitespace() || *c == 0x0b,
        Some(set) => set.contains(c),
    };
    let b = recv(&a[0]);
    let mut s = 0;
    let mut e = b.len();
    while left && s < e && strip(&b[s]) {
        s += 1;
    }
    while right && e > s && strip(&b[e - 1]) {
        e -= 1;
    }
    Ok(like(&a[0], b[s..e].to_vec()))
}

/// `(sep, maxsplit)` of `split`/`rsplit`, positional or by keyword.
fn split_args(name: &str, a: &[Value], kw: Kw) -> RResult<(Option<Vec<u8>>, i64)> {
    arity(name, &a[1..], 0, 2)?;
    let mut sep = a.get(1).cloned();
    let mut max = a.get(2).cloned();
    for (k, v) in kw {
        match &**k {
            "sep" => sep = Some(v.clone()),
            "maxsplit" => max = Some(v.clone()),
            _ => {
                return type_error(format!("{name}() got an unexpected keyword argument '{k}'"));
            }
        }
    }
    let sep = match sep {
        None | Some(Value::None) => None,
        Some(v) => {
            let s = arg(&v)?;
            if s.is_empty() {
                return err(ExcKind::ValueError, "empty separator");
            }
            Some(s)
        }
    };
    let max = match max {
        None => -1,
        Some(Value::Int(i)) => i,
        Some(v) => {
            return type_error(format!(
                "'{}' object cannot be interpreted as an integer",
                v.type_name()
            ));
        }
    };
    Ok((sep, max))
}

fn split(_: &mut Interp, a: &[Value], kw: Kw) -> RResult<Value> {
    let (sep, max) = split_args("split", a, kw)?;
    let hay = recv(&a[0]);
    let mut out = Vec::new();
    let mut rest: &[u8] = &hay;
    let mut left = if max < 0 { usize::MAX } else { max as usize };
    match sep {
        None => loop {
            let start = rest
                .iter()
                .position(|c| !c.is_ascii_whitespace() && *c != 0x0b);
            let Some(start) = start else { break };
            rest = &rest[start..];
            if left == 0 {
                out.push(like(&a[0], rest.to_vec()));
                break;
            }
            let end = rest
                .iter()
                .position(|c| c.is_ascii_whitespace() || *c == 0x0b)
                .unwrap_or(rest.len());
            out.push(like(&a[0], rest[..end].to_vec()));
            rest = &rest[end..];
            left -= 1;
        },
        Some(sep) => {
            while left > 0
                && let Some(i) = find(rest, &sep)
            {
                out.push(like(&a[0], rest[..i].to_vec()));
                rest = &rest[i + sep.len()..];
                left -= 1;
            }
            out.push(like(&a[0], rest.to_vec()));
        }
    }
    Ok(Value::list(out))
}

fn rsplit(_: &mut Interp, a: &[Value], kw: Kw) -> RResult<Value> {
    let (sep, max) = split_args("rsplit", a, kw)?;
    let hay = recv(&a[0]);
    let mut out = Vec::new();
    let mut rest: &[u8] = &hay;
    let mut left = if max < 0 { usize::MAX } else { max as usize };
    let ws = |c: &u8| c.is_ascii_whitespace() || *c == 0x0b;
    match sep {
        None => {
            while let Some(end) = rest.iter().rposition(|c| !ws(c)) {
                rest = &rest[..end + 1];
                if left == 0 {
                    out.push(like(&a[0], rest.to_vec()));
                    break;
                }
                let start = rest.iter().rposition(ws).map_or(0, |i| i + 1);
                out.push(like(&a[0], rest[start..].to_vec()));
                rest = &rest[..start];
                left -= 1;
            }
        }
        Some(sep) => {
            while left > 0
                && let Some(i) = rfind(rest, &sep)
            {
                out.push(like(&a[0], rest[i + sep.len()..].to_vec()));
                rest = &rest[..i];
                left -= 1;
            }
            out.push(like(&a[0], rest.to_vec()));
        }
    }
    out.reverse();
    Ok(Value::list(out))
}

fn splitlines(_: &mut Interp, a: &[Value], kw: Kw) -> RResult<Value> {
    arity("splitlines", &a[1..], 0, 1)?;
    let mut keep = a.get(1).is_some_and(truthy);
    for (k, v) in kw {
        if &**k != "keepends" {
            return type_error(format!(
                "splitlines() got an unexpected keyword argument '{k}'"
            ));
        }
        keep = truthy(v);
    }
    let b = recv(&a[0]);
    let mut out = Vec::new();
    let mut rest: &[u8] = &b;
    while !rest.is_empty() {
        let end = rest
            .iter()
            .position(|&c| c == b'\n' || c == b'\r')
            .unwrap_or(rest.len());
        let brk = if rest[end..].starts_with(b"\r\n") {
            2
        } else {
            (end < rest.len()) as usize
        };
        out.push(like(
            &a[0],
            rest[..if keep { end + brk } else { end }].to_vec(),
        ));
        rest = &rest[end + brk..];
    }
    Ok(Value::list(out))
}

fn join(_: &mut Interp, a: &[Value], _: Kw) -> RResult<Value> {
    arity("join", &a[1..], 1, 1)?;
    let sep = recv(&a[0]).to_vec();
    let mut out = Vec::new();
    for (i, v) in collect(&a[1])?.iter().enumerate() {
        if i > 0 {
            out.extend_from_slice(&sep);
        }
        match bytes_like(v) {
            Some(x) => out.extend_from_slice(&x),
            None => {
                return type_error(format!(
                    "sequence item {i}: expected a bytes-like object, {} found",
                    v.type_name()
                ));
            }
        }
    }
    Ok(like(&a[0], out))
}

fn replace(_: &mut Interp, a: &[Value], _: Kw) -> RResult<Value> {
    arity("replace", &a[1..], 2, 3)?;
    let (old, new) = (arg(&a[1])?, arg(&a[2])?);
    let mut left = match a.get(3) {
        Some(Value::Int(n)) if *n >= 0 => *n as usize,
        _ => usize::MAX,
    };
    let hay = recv(&a[0]);
    let mut out = Vec::new();
    let mut rest: &[u8] = &hay;
    if old.is_empty() {
        // Insert `new` before every byte and at the end.
        for (i, &c) in hay.iter().enumerate() {
            if i < left {
                out.extend_from_slice(&new);
            }
            out.push(c);
        }
        if hay.len() < left {
            out.extend_from_slice(&new);
        }
        return Ok(like(&a[0], out));
    }
    while left > 0
        && let Some(i) = find(rest, &old)
    {
        out.extend_from_slice(&rest[..i]);
        out.extend_from_slice(&new);
        rest = &rest[i + old.len()..];
        left -= 1;
    }
    out.extend_from_slice(rest);
    Ok(like(&a[0], out))
}

fn partition(a: &[Value], name: &str, rev: bool) -> RResult<Value> {
    arity(name, &a[1..], 1, 1)?;
    let sep = arg(&a[1])?;
    if sep.is_empty() {
        return err(ExcKind::ValueError, "empty separator");
    }
    let b = recv(&a[0]);
    let at = if rev { rfind(&b, &sep) } else { find(&b, &sep) };
    let parts = match at {
        Some(i) => [&b[..i], &sep[..], &b[i + sep.len()..]],
        None if rev => [&[][..], &[][..], &b[..]],
        None => [&b[..], &[][..], &[][..]],
    };
    Ok(Value::tuple(
        parts.iter().map(|p| like(&a[0], p.to_vec())).collect(),
    ))
}

/// `center`/`ljust`/`rjust`: `align` is -1 (left), 0 (centre), 1 (right).
fn pad(a: &[Value], name: &str, align: i8) -> RResult<Value> {
    arity(name, &a[1..], 1, 2)?;
    let width = match &a[1] {
        Value::Int(w) => (*w).max(0) as usize,
        v => {
            return type_error(format!(
                "'{}' object cannot be interpreted as an integer",
                v.type_name()
            ));
        }
    };
    let fill = match a.get(2) {
        None => b' ',
        Some(v) => match bytes_like(v) {
            Some(f) if f.len() == 1 => f[0],
            _ => {
                return type_error(format!(
                    "{name}() argument 2 must be a byte string of length 1, not {}",
                    v.type_name()
                ));
            }
        },
    };
    let b = recv(&a[0]);
    if width <= b.len() {
        return Ok(like(&a[0], b.to_vec()));
    }
    let total = width - b.len();
    let left = match align {
        -1 => 0,
        1 => total,
        // CPython's centring puts the odd byte on the left when the width is odd.
        _ => total / 2 + (total & width & 1),
    };
    let mut out = vec![fill; left];
    out.extend_from_slice(&b);
    out.resize(width, fill);
    Ok(like(&a[0], out))
}

fn zfill(_: &mut Interp, a: &[Value], _: Kw) -> RResult<Value> {
    arity("zfill", &a[1..], 1, 1)?;
    let Value::Int(w) = a[1] else {
        return type_error(format!(
            "'{}' object cannot be interpreted as an integer",
            a[1].type_name()
        ));
    };
    let b = recv(&a[0]);
    let w = w.max(0) as usize;
    if w <= b.len() {
        return Ok(like(&a[0], b.to_vec()));
    }
    let signed = matches!(b.first(), Some(b'+' | b'-'));
    let mut out = Vec::with_capacity(w);
    if signed {
        out.push(b[0]);
    }
    out.resize(w - b.len() + signed as usize, b'0');
    out.extend_from_slice(&b[signed as usize..]);
    Ok(like(&a[0], out))
}

fn hex(_: &mut Interp, a: &[Value], _: Kw) -> RResult<Value> {
    arity("hex", &a[1..], 0, 2)?;
    let b = recv(&a[0]);
    let sep = match a.get(1) {
        None => None,
        Some(Value::Str(s)) => Some(s.as_str().to_string()),
        Some(v) => Some(String::from_utf8_lossy(&arg(v)?).into_owned()),
    };
    let parts: Vec<String> = b.iter().map(|x| format!("{x:02x}")).collect();
    Ok(Value::string(match sep {
        None => parts.concat(),
        Some(s) => parts.join(&s),
    }))
}

/// `bytes.fromhex(s)` / `bytearray.fromhex(s)` (looked up on the type: `a[0]` is the text).
fn fromhex(a: &[Value], array: bool) -> RResult<Value> {
    // Called on an instance (`b''.fromhex(s)`) the receiver comes first.
    let a = if bytes_like(&a[0]).is_some() {
        &a[1..]
    } else {
        a
    };
    arity("fromhex", a, 1, 1)?;
    let Value::Str(s) = &a[0] else {
        return type_error(format!(
            "fromhex() argument must be str, not {}",
            a[0].type_name()
        ));
    };
    let text = s.as_str().as_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    while i < text.len() {
        if text[i].is_ascii_whitespace() {
            i += 1;
            continue;
        }
        let digit = |j: usize| text.get(j).and_then(|c| (*c as char).to_digit(16));
        let (Some(h), Some(l)) = (digit(i), digit(i + 1)) else {
            let at = if digit(i).is_none() { i } else { i + 1 };
            return err(
                ExcKind::ValueError,
                format!("non-hexadecimal number found in fromhex() arg at position {at}"),
            );
        };
        out.push((h * 16 + l) as u8);
        i += 2;
    }
    Ok(if array {
        new_bytearray(out)
    } else {
        Value::Bytes(Rc::new(out))
    })
}

fn fix(a: &[Value], name: &str, suffix: bool) -> RResult<Value> {
    arity(name, &a[1..], 1, 1)?;
    let p = arg(&a[1])?;
    let b = recv(&a[0]);
    let out = if suffix {
        b.strip_suffix(&p[..]).unwrap_or(&b)
    } else {
        b.strip_prefix(&p[..]).unwrap_or(&b)
    };
    Ok(like(&a[0], out.to_vec()))
}

fn map_bytes(a: &[Value], f: impl Fn(&[u8]) -> Vec<u8>) -> RResult<Value> {
    arity("method", &a[1..], 0, 0)?;
    Ok(like(&a[0], f(&recv(&a[0]))))
}

fn test(a: &[Value], f: impl Fn(&[u8]) -> bool) -> RResult<Value> {
    Ok(Value::Bool(f(&recv(&a[0]))))
}

fn title(b: &[u8], capitalize: bool) -> Vec<u8> {
    let mut prev_cased = false;
    b.iter()
        .enumerate()
        .map(|(i, &c)| {
            let up = if capitalize { i == 0 } else { !prev_cased };
            prev_cased = c.is_ascii_alphabetic();
            if up {
                c.to_ascii_uppercase()
            } else {
                c.to_ascii_lowercase()
            }
        })
        .collect()
}

const METHODS: &[(&str, NativeFn)] = &[
    ("decode", super::bytes::decode_method),
    ("hex", hex),
    ("count", count),
    ("split", split),
    ("rsplit", rsplit),
    ("splitlines", splitlines),
    ("join", join),
    ("replace", replace),
    ("zfill", zfill),
    ("find", |_, a, _| {
        Ok(Value::Int(
            search(a, "find", false)?.map_or(-1, |i| i as i64),
        ))
    }),
    ("rfind", |_, a, _| {
        Ok(Value::Int(
            search(a, "rfind", true)?.map_or(-1, |i| i as i64),
        ))
    }),
    ("index", |_, a, _| {
        found_or_raise(search(a, "index", false)?)
    }),
    ("rindex", |_, a, _| {
        found_or_raise(search(a, "rindex", true)?)
    }),
    ("startswith", |_, a, _| affix(a, "startswith", false)),
    ("endswith", |_, a, _| affix(a, "endswith", true)),
    ("strip", |_, a, _| strip(a, "strip", true, true)),
    ("lstrip", |_, a, _| strip(a, "lstrip", true, false)),
    ("rstrip", |_, a, _| strip(a, "rstrip", false, true)),
    ("partition", |_, a, _| partition(a, "partition", false)),
    ("rpartition", |_, a, _| partition(a, "rpartition", true)),
    ("center", |_, a, _| pad(a, "center", 0)),
    ("ljust", |_, a, _| pad(a, "ljust", -1)),
    ("rjust", |_, a, _| pad(a, "rjust", 1)),
    ("removeprefix", |_, a, _| fix(a, "removeprefix", false)),
    ("removesuffix", |_, a, _| fix(a, "removesuffix", true)),
    ("upper", |_, a, _| map_bytes(a, <[u8]>::to_ascii_uppercase)),
    ("lower", |_, a, _| map_bytes(a, <[u8]>::to_ascii_lowercase)),
    ("title", |_, a, _| map_bytes(a, |b| title(b, false))),
    ("capitalize", |_, a, _| map_bytes(a, |b| title(b, true))),
    ("swapcase", |_, a, _| {
        map_bytes(a, |b| {
            b.iter()
                .map(|c| match c {
                    b'a'..=b'z' => c.to_ascii_uppercase(),
                    b'A'..=b'Z' => c.to_ascii_lowercase(),
                    _ => *c,
                })
                .collect()
        })
    }),
    ("isdigit", |_, a, _| {
        test(a, |b| !b.is_empty() && b.iter().all(u8::is_ascii_digit))
    }),
    ("isalpha", |_, a, _| {
        test(a, |b| {
            !b.is_empty() && b.iter().all(u8::is_ascii_alphabetic)
        })
    }),
    ("isalnum", |_, a, _| {
        test(a, |b| {
            !b.is_empty() && b.iter().all(u8::is_ascii_alphanumeric)
        })
    }),
    ("isspace", |_, a, _| {
        test(a, |b| {
            !b.is_empty() && b.iter().all(|c| c.is_ascii_whitespace() || *c == 0x0b)
        })
    }),
    ("isascii", |_, a, _| test(a, |b| b.is_ascii())),
    ("islower", |_, a, _| {
        test(a, |b| {
            b.iter().any(u8::is_ascii_lowercase) && !b.iter().any(u8::is_ascii_uppercase)
        })
    }),
    ("isupper", |_, a, _| {
        test(a, |b| {
            b.iter().any(u8::is_ascii_uppercase) && !b.iter().any(u8::is_ascii_lowercase)
        })
    }),
];

pub fn install(interp: &mut Interp) {
    for &(name, f) in METHODS {
        interp.register_method(BYTES, name, f);
        interp.register_method(BYTEARRAY, name, f);
    }
    // Class methods: no receiver check, so `bytes.fromhex(s)` works on the type.
    let f: [(u8, NativeFn); 2] = [
        (BYTES, |_, a, _| fromhex(a, false)),
        (BYTEARRAY, |_, a, _| fromhex(a, true)),
    ];
    for (tag, f) in f {
        let id = interp.register_native("fromhex", crate::vm::NativeKind::Pure(f));
        interp.methods.insert((tag, "fromhex"), id);
    }
}
