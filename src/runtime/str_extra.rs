//! The less common `str` methods (the everyday ones are in `methods.rs`): `swapcase`,
//! `casefold`, `expandtabs`, `istitle`, `isascii`, `isidentifier`, `isprintable`,
//! `removeprefix`/`removesuffix`, `format_map`, `maketrans`/`translate`.

use super::builtins::arity;
use crate::object::dict::Dict;
use crate::object::exception::{RResult, err, type_error};
use crate::object::ops::make_key;
use crate::object::types::ExcKind;
use crate::object::value::Value;
use crate::vm::attr_tags::{ON_TYPE, STR};
use crate::vm::{Interp, NativeFn, NativeKind};

fn s(v: &Value) -> &str {
    match v {
        Value::Str(s) => s.as_str(),
        _ => unreachable!("str method on a non-str"),
    }
}

fn str_arg<'a>(name: &str, v: &'a Value) -> RResult<&'a str> {
    match v {
        Value::Str(s) => Ok(s.as_str()),
        other => type_error(format!(
            "{name}() argument must be str, not {}",
            other.type_name()
        )),
    }
}

fn istitle(t: &str) -> bool {
    let (mut cased, mut prev_cased) = (false, false);
    for c in t.chars() {
        if c.is_uppercase() {
            if prev_cased {
                return false;
            }
            prev_cased = true;
            cased = true;
        } else if c.is_lowercase() {
            if !prev_cased {
                return false;
            }
            prev_cased = true;
            cased = true;
        } else {
            prev_cased = false;
        }
    }
    cased
}

fn isprintable(c: char) -> bool {
    if c == ' ' {
        return true;
    }
    !(c.is_control()
        || c.is_whitespace()
        || matches!(c as u32, 0xad | 0x600..=0x605 | 0x200b..=0x200f | 0x2028..=0x202e | 0x2060..=0x2064 | 0xfeff | 0xe000..=0xf8ff | 0xfff9..=0xfffb))
}

fn expandtabs(t: &str, size: i64) -> String {
    let mut out = String::new();
    let mut col: i64 = 0;
    for c in t.chars() {
        match c {
            '\t' => {
                if size > 0 {
                    let n = size - col % size;
                    out.extend(std::iter::repeat_n(' ', n as usize));
                    col += n;
                }
            }
            '\n' | '\r' => {
                out.push(c);
                col = 0;
            }
            c => {
                out.push(c);
                col += 1;
            }
        }
    }
    out
}

/// `str.maketrans(x[, y[, z]])` (called on the type, or on an instance with the receiver
/// first).
fn maketrans(_: &mut Interp, a: &[Value], _: &[(std::rc::Rc<str>, Value)]) -> RResult<Value> {
    arity("maketrans", a, 1, 3)?;
    let mut d = Dict::new();
    let ord = |v: &str| v.chars().next().map_or(0, |c| c as i64);
    if a.len() == 1 {
        let Value::Dict(src) = &a[0] else {
            return type_error("if you give only one argument to maketrans it must be a dict");
        };
        for (k, v) in src.borrow().map.iter() {
            let key = match &k.value {
                Value::Str(c) if c.as_str().chars().count() == 1 => Value::Int(ord(c.as_str())),
                Value::Str(_) => {
                    return err(
                        ExcKind::ValueError,
                        "string keys in translate table must be of length 1",
                    );
                }
                Value::Int(i) => Value::Int(*i),
                _ => return type_error("keys in translate table must be strings or integers"),
            };
            d.insert(make_key(key)?, v.clone());
        }
        return Ok(Value::dict(d));
    }
    let (x, y) = (str_arg("maketrans", &a[0])?, str_arg("maketrans", &a[1])?);
    if x.chars().count() != y.chars().count() {
        return err(
            ExcKind::ValueError,
            "the first two maketrans arguments must have equal length",
        );
    }
    for (cx, cy) in x.chars().zip(y.chars()) {
        d.insert(make_key(Value::Int(cx as i64))?, Value::Int(cy as i64));
    }
    if let Some(z) = a.get(2) {
        for c in str_arg("maketrans", z)?.chars() {
            d.insert(make_key(Value::Int(c as i64))?, Value::None);
        }
    }
    Ok(Value::dict(d))
}

fn translate(_: &mut Interp, a: &[Value], _: &[(std::rc::Rc<str>, Value)]) -> RResult<Value> {
    arity("translate", &a[1..], 1, 1)?;
    let Value::Dict(table) = &a[1] else {
        return type_error("translate() tables other than dicts are not supported yet");
    };
    let table = table.borrow();
    let mut out = String::new();
    for c in s(&a[0]).chars() {
        match table.get(&make_key(Value::Int(c as i64))?) {
            None => out.push(c),
            Some(Value::None) => {}
            Some(Value::Str(r)) => out.push_str(r.as_str()),
            Some(Value::Int(i)) => match u32::try_from(*i).ok().and_then(char::from_u32) {
                Some(r) => out.push(r),
                None => {
                    return err(
                        ExcKind::ValueError,
                        "character mapping must be in range(0x110000)",
                    );
                }
            },
            Some(_) => {
                return type_error("character mapping must return integer, None or str");
            }
        }
    }
    Ok(Value::string(out))
}

const METHODS: &[(&str, NativeFn)] = &[
    ("swapcase", |_, a, _| {
        let mut out = String::new();
        for c in s(&a[0]).chars() {
            if c.is_uppercase() {
                out.extend(c.to_lowercase());
            } else if c.is_lowercase() {
                out.extend(c.to_uppercase());
            } else {
                out.push(c);
            }
        }
        Ok(Value::string(out))
    }),
    ("casefold", |_, a, _| {
        Ok(Value::string(s(&a[0]).to_lowercase().replace('ß', "ss")))
    }),
    ("expandtabs", |_, a, k| {
        arity("expandtabs", &a[1..], 0, 1)?;
        let size = match a.get(1).or(k.first().map(|(_, v)| v)) {
            None => 8,
            Some(Value::Int(n)) => *n,
            Some(v) => {
                return type_error(format!(
                    "'{}' object cannot be interpreted as an integer",
                    v.type_name()
                ));
            }
        };
        Ok(Value::string(expandtabs(s(&a[0]), size)))
    }),
    ("istitle", |_, a, _| Ok(Value::Bool(istitle(s(&a[0]))))),
    ("isascii", |_, a, _| Ok(Value::Bool(s(&a[0]).is_ascii()))),
    ("isidentifier", |_, a, _| {
        let t = s(&a[0]);
        let mut cs = t.chars();
        let ok = cs.next().is_some_and(|c| c == '_' || c.is_alphabetic())
            && cs.all(|c| c == '_' || c.is_alphanumeric());
        Ok(Value::Bool(ok))
    }),
    ("isprintable", |_, a, _| {
        Ok(Value::Bool(s(&a[0]).chars().all(isprintable)))
    }),
    ("removeprefix", |_, a, _| {
        arity("removeprefix", &a[1..], 1, 1)?;
        let p = str_arg("removeprefix", &a[1])?;
        Ok(Value::str(s(&a[0]).strip_prefix(p).unwrap_or(s(&a[0]))))
    }),
    ("removesuffix", |_, a, _| {
        arity("removesuffix", &a[1..], 1, 1)?;
        let p = str_arg("removesuffix", &a[1])?;
        Ok(Value::str(s(&a[0]).strip_suffix(p).unwrap_or(s(&a[0]))))
    }),
    ("translate", translate),
];

/// `format_map(mapping)`: `format(**mapping)` for a dict (missing keys raise `KeyError`).
fn format_map(interp: &mut Interp, a: &[Value], _: &[(std::rc::Rc<str>, Value)]) -> RResult<Value> {
    arity("format_map", &a[1..], 1, 1)?;
    let Value::Dict(d) = &a[1] else {
        return type_error("format_map() arguments other than dicts are not supported yet");
    };
    let kw: Vec<(std::rc::Rc<str>, Value)> = d
        .borrow()
        .map
        .iter()
        .filter_map(|(k, v)| match &k.value {
            Value::Str(s) => Some((std::rc::Rc::from(s.as_str()), v.clone())),
            _ => None,
        })
        .collect();
    super::methods::str_format(interp, &a[..1], &kw)
}

pub fn install(interp: &mut Interp) {
    for &(name, f) in METHODS {
        interp.register_method(STR, name, f);
    }
    interp.register_method(STR, "format_map", format_map);
    // `str.maketrans(...)` on the type; `s.maketrans(...)` ignores its receiver.
    let id = interp.register_native("maketrans", NativeKind::Pure(maketrans));
    interp.methods.insert((STR | ON_TYPE, "maketrans"), id);
    interp.register_method(STR, "maketrans", |i, a, k| maketrans(i, &a[1..], k));
}
