//! Methods of built-in types (`str`, `list`, `dict`, `tuple`, numbers). `args[0]` is the
//! receiver.

use super::builtins::{arity, kwarg};
use crate::object::exception::{RResult, Raise, err, type_error};
use crate::object::iter::collect;
use crate::object::ops::{self, truthy};
use crate::object::repr;
use crate::object::str::Str;
use crate::object::types::ExcKind;
use crate::object::value::{DictView, DictViewKind, Value};
use crate::vm::Interp;
use crate::vm::attr_tags::{DICT, DICT_TYPE, FLOAT, INT, ITER, LIST, RANGE, SLICE, STR, TUPLE};
use std::rc::Rc;

type Kw<'a> = &'a [(Rc<str>, Value)];

pub fn install(interp: &mut Interp) {
    install_str(interp);
    install_list(interp);
    install_dict(interp);
    install_tuple(interp);
    install_range_slice_iter(interp);
    interp.register_method(INT, "bit_length", |_, a, _| {
        Ok(Value::Int(match &a[0] {
            Value::Int(i) => 64 - i.unsigned_abs().leading_zeros() as i64,
            Value::Bool(b) => *b as i64,
            Value::BigInt(b) => b.bits() as i64,
            _ => 0,
        }))
    });
    interp.register_method(FLOAT, "is_integer", |_, a, _| {
        let Value::Float(f) = a[0] else {
            unreachable!()
        };
        Ok(Value::Bool(f.is_finite() && f.fract() == 0.0))
    });
}

fn s(v: &Value) -> &Str {
    match v {
        Value::Str(s) => s,
        _ => unreachable!("str method on a non-str"),
    }
}

fn str_arg<'a>(name: &str, v: &'a Value) -> RResult<&'a str> {
    match v {
        Value::Str(s) => Ok(s.as_str()),
        other => type_error(
            format!("{name} arg must be None or str, not {}", other.type_name())
                .replace("must be None or str", "must be str"),
        ),
    }
}

fn opt_chars(a: &[Value]) -> RResult<Option<String>> {
    match a.get(1) {
        None | Some(Value::None) => Ok(None),
        Some(Value::Str(c)) => Ok(Some(c.as_str().to_string())),
        Some(other) => type_error(format!(
            "strip arg must be None or str, not {}",
            other.type_name()
        )),
    }
}

fn install_str(interp: &mut Interp) {
    interp.register_method(STR, "upper", |_, a, _| {
        Ok(Value::string(s(&a[0]).as_str().to_uppercase()))
    });
    interp.register_method(STR, "lower", |_, a, _| {
        Ok(Value::string(s(&a[0]).as_str().to_lowercase()))
    });
    interp.register_method(STR, "strip", |_, a, _| strip(a, true, true));
    interp.register_method(STR, "lstrip", |_, a, _| strip(a, true, false));
    interp.register_method(STR, "rstrip", |_, a, _| strip(a, false, true));
    interp.register_method(STR, "join", |_, a, _| {
        arity("join", &a[1..], 1, 1)?;
        let sep = s(&a[0]).as_str();
        let mut out = String::new();
        for (i, item) in collect(&a[1])?.iter().enumerate() {
            if i > 0 {
                out.push_str(sep);
            }
            match item {
                Value::Str(x) => out.push_str(x.as_str()),
                other => {
                    return type_error(format!(
                        "sequence item {i}: expected str instance, {} found",
                        other.type_name()
                    ));
                }
            }
        }
        Ok(Value::string(out))
    });
    interp.register_method(STR, "split", |_, a, k| split(a, k, false));
    interp.register_method(STR, "rsplit", |_, a, k| split(a, k, true));
    interp.register_method(STR, "replace", |_, a, _| {
        arity("replace", &a[1..], 2, 3)?;
        let (old, new) = (str_arg("replace", &a[1])?, str_arg("replace", &a[2])?);
        let count = match a.get(3) {
            Some(c) => ops::index_of(c, "replace")?,
            None => -1,
        };
        let t = s(&a[0]).as_str();
        Ok(Value::string(if count < 0 {
            t.replace(old, new)
        } else {
            t.replacen(old, new, count as usize)
        }))
    });
    interp.register_method(STR, "startswith", |_, a, _| affix(a, true));
    interp.register_method(STR, "endswith", |_, a, _| affix(a, false));
    interp.register_method(STR, "find", |_, a, _| find(a, false, false));
    interp.register_method(STR, "rfind", |_, a, _| find(a, true, false));
    interp.register_method(STR, "index", |_, a, _| find(a, false, true));
    interp.register_method(STR, "rindex", |_, a, _| find(a, true, true));
    interp.register_method(STR, "count", |_, a, _| {
        arity("count", &a[1..], 1, 1)?;
        let (t, sub) = (s(&a[0]).as_str(), str_arg("count", &a[1])?);
        Ok(Value::Int(if sub.is_empty() {
            s(&a[0]).len() as i64 + 1
        } else {
            t.matches(sub).count() as i64
        }))
    });
    interp.register_method(STR, "title", |_, a, _| {
        let mut out = String::new();
        let mut prev_cased = false;
        for c in s(&a[0]).as_str().chars() {
            if prev_cased {
                out.extend(c.to_lowercase());
            } else {
                out.extend(c.to_uppercase());
            }
            prev_cased = c.is_alphabetic();
        }
        Ok(Value::string(out))
    });
    interp.register_method(STR, "capitalize", |_, a, _| {
        let t = s(&a[0]).as_str();
        let mut cs = t.chars();
        Ok(Value::string(match cs.next() {
            Some(f) => f
                .to_uppercase()
                .chain(cs.flat_map(char::to_lowercase))
                .collect(),
            None => String::new(),
        }))
    });
    interp.register_method(STR, "isdigit", |_, a, _| {
        pred(a, |c| c.is_ascii_digit() || c.is_numeric())
    });
    interp.register_method(STR, "isnumeric", |_, a, _| pred(a, char::is_numeric));
    interp.register_method(STR, "isdecimal", |_, a, _| pred(a, |c| c.is_ascii_digit()));
    interp.register_method(STR, "isalpha", |_, a, _| pred(a, char::is_alphabetic));
    interp.register_method(STR, "isalnum", |_, a, _| pred(a, char::is_alphanumeric));
    interp.register_method(STR, "isspace", |_, a, _| pred(a, char::is_whitespace));
    interp.register_method(STR, "isupper", |_, a, _| {
        let t = s(&a[0]).as_str();
        Ok(Value::Bool(
            t.chars().any(char::is_uppercase) && !t.chars().any(char::is_lowercase),
        ))
    });
    interp.register_method(STR, "islower", |_, a, _| {
        let t = s(&a[0]).as_str();
        Ok(Value::Bool(
            t.chars().any(char::is_lowercase) && !t.chars().any(char::is_uppercase),
        ))
    });
    interp.register_method(STR, "zfill", |_, a, _| {
        arity("zfill", &a[1..], 1, 1)?;
        let width = ops::index_of(&a[1], "zfill")?.max(0) as usize;
        let t = s(&a[0]);
        if t.len() >= width {
            return Ok(a[0].clone());
        }
        let (sign, rest) = match t.as_str().chars().next() {
            Some(c @ ('+' | '-')) => (c.to_string(), &t.as_str()[1..]),
            _ => (String::new(), t.as_str()),
        };
        Ok(Value::string(format!(
            "{sign}{}{rest}",
            "0".repeat(width - t.len())
        )))
    });
    interp.register_method(STR, "center", |_, a, _| pad(a, 'c'));
    interp.register_method(STR, "ljust", |_, a, _| pad(a, 'l'));
    interp.register_method(STR, "rjust", |_, a, _| pad(a, 'r'));
    interp.register_method(STR, "partition", |_, a, _| partition(a, false));
    interp.register_method(STR, "rpartition", |_, a, _| partition(a, true));
    interp.register_method(STR, "splitlines", |_, a, _| {
        let keep = a.get(1).is_some_and(truthy);
        let t = s(&a[0]).as_str();
        let mut out = Vec::new();
        let mut rest = t;
        while !rest.is_empty() {
            let end = rest.find(['\n', '\r']).unwrap_or(rest.len());
            let brk = if rest[end..].starts_with("\r\n") {
                2
            } else {
                (end < rest.len()) as usize
            };
            out.push(Value::str(&rest[..if keep { end + brk } else { end }]));
            rest = &rest[end + brk..];
        }
        Ok(Value::list(out))
    });
    interp.register_method(STR, "format", str_format);
}

/// `strip`/`lstrip`/`rstrip`: whitespace, or any of the given characters, from either end.
fn strip(a: &[Value], left: bool, right: bool) -> RResult<Value> {
    let chars = opt_chars(a)?;
    let is_stripped = |c: char| match &chars {
        None => c.is_whitespace(),
        Some(set) => set.contains(c),
    };
    let mut t = s(&a[0]).as_str();
    if left {
        t = t.trim_start_matches(is_stripped);
    }
    if right {
        t = t.trim_end_matches(is_stripped);
    }
    Ok(Value::str(t))
}

fn pred(a: &[Value], f: impl Fn(char) -> bool) -> RResult<Value> {
    let t = s(&a[0]).as_str();
    Ok(Value::Bool(!t.is_empty() && t.chars().all(f)))
}

fn split(a: &[Value], kw: Kw, from_right: bool) -> RResult<Value> {
    if a.len() > 3 {
        return type_error(format!(
            "{}() takes at most 2 arguments ({} given)",
            if from_right { "rsplit" } else { "split" },
            a.len() - 1
        ));
    }
    let sep = a
        .get(1)
        .cloned()
        .or_else(|| kwarg(kw, "sep"))
        .unwrap_or(Value::None);
    let maxsplit = match a.get(2).cloned().or_else(|| kwarg(kw, "maxsplit")) {
        Some(m) => ops::index_of(&m, "split")?,
        None => -1,
    };
    let t = s(&a[0]).as_str();
    let limit = if maxsplit < 0 {
        usize::MAX
    } else {
        maxsplit as usize
    };
    let parts: Vec<String> = match &sep {
        Value::None => {
            let mut words: Vec<String> = Vec::new();
            if from_right {
                let mut rest = t.trim_end();
                while !rest.is_empty() {
                    if words.len() == limit {
                        words.push(rest.to_string());
                        break;
                    }
                    let start = rest.rfind(char::is_whitespace).map_or(0, |i| {
                        i + rest[i..].chars().next().map_or(1, char::len_utf8)
                    });
                    words.push(rest[start..].to_string());
                    rest = rest[..start].trim_end();
                }
                words.reverse();
            } else {
                let mut rest = t.trim_start();
                while !rest.is_empty() {
                    if words.len() == limit {
                        words.push(rest.to_string());
                        break;
                    }
                    let end = rest.find(char::is_whitespace).unwrap_or(rest.len());
                    words.push(rest[..end].to_string());
                    rest = rest[end..].trim_start();
                }
            }
            words
        }
        Value::Str(sep) => {
            let sep = sep.as_str();
            if sep.is_empty() {
                return err(ExcKind::ValueError, "empty separator");
            }
            if from_right {
                let mut v: Vec<String> = t
                    .rsplitn(limit.saturating_add(1), sep)
                    .map(str::to_string)
                    .collect();
                v.reverse();
                v
            } else {
                t.splitn(limit.saturating_add(1), sep)
                    .map(str::to_string)
                    .collect()
            }
        }
        other => return type_error(format!("must be str or None, not {}", other.type_name())),
    };
    Ok(Value::list(parts.into_iter().map(Value::string).collect()))
}

fn affix(a: &[Value], prefix: bool) -> RResult<Value> {
    let name = if prefix { "startswith" } else { "endswith" };
    arity(name, &a[1..], 1, 3)?;
    let t = s(&a[0]);
    let len = t.len();
    let start = match a.get(2) {
        Some(Value::None) | None => 0,
        Some(v) => clamp_index(ops::index_of(v, name)?, len),
    };
    let end = match a.get(3) {
        Some(Value::None) | None => len,
        Some(v) => clamp_index(ops::index_of(v, name)?, len),
    };
    if start > end {
        return Ok(Value::Bool(false));
    }
    let hay = &t.as_str()[t.byte_offset(start)..t.byte_offset(end)];
    let check = |x: &Value| -> RResult<bool> {
        match x {
            Value::Str(p) => Ok(if prefix {
                hay.starts_with(p.as_str())
            } else {
                hay.ends_with(p.as_str())
            }),
            other => type_error(format!(
                "{name} first arg must be str or a tuple of str, not {}",
                other.type_name()
            )),
        }
    };
    match &a[1] {
        Value::Tuple(items) => {
            for i in items.iter() {
                if check(i)? {
                    return Ok(Value::Bool(true));
                }
            }
            Ok(Value::Bool(false))
        }
        other => Ok(Value::Bool(check(other)?)),
    }
}

fn clamp_index(i: i64, len: usize) -> usize {
    if i < 0 {
        (i + len as i64).max(0) as usize
    } else {
        (i as usize).min(len)
    }
}

fn find(a: &[Value], from_right: bool, raise: bool) -> RResult<Value> {
    let name = match (from_right, raise) {
        (false, false) => "find",
        (true, false) => "rfind",
        (false, true) => "index",
        (true, true) => "rindex",
    };
    arity(name, &a[1..], 1, 3)?;
    let t = s(&a[0]);
    let sub = str_arg(name, &a[1])?;
    let len = t.len();
    let start = match a.get(2) {
        Some(Value::None) | None => 0,
        Some(v) => clamp_index(ops::index_of(v, name)?, len),
    };
    let end = match a.get(3) {
        Some(Value::None) | None => len,
        Some(v) => clamp_index(ops::index_of(v, name)?, len),
    };
    let found = if start > end {
        None
    } else {
        let (bs, be) = (t.byte_offset(start), t.byte_offset(end));
        let hay = &t.as_str()[bs..be];
        let pos = if from_right {
            hay.rfind(sub)
        } else {
            hay.find(sub)
        };
        pos.map(|p| start + hay[..p].chars().count())
    };
    match found {
        Some(i) => Ok(Value::Int(i as i64)),
        None if raise => err(ExcKind::ValueError, "substring not found"),
        None => Ok(Value::Int(-1)),
    }
}

fn pad(a: &[Value], how: char) -> RResult<Value> {
    let name = match how {
        'c' => "center",
        'l' => "ljust",
        _ => "rjust",
    };
    arity(name, &a[1..], 1, 2)?;
    let width = ops::index_of(&a[1], name)?.max(0) as usize;
    let fill = match a.get(2) {
        None => ' ',
        Some(Value::Str(f)) if f.len() == 1 => f.char_at(0),
        Some(_) => return type_error("The fill character must be exactly one character long"),
    };
    let t = s(&a[0]);
    if t.len() >= width {
        return Ok(a[0].clone());
    }
    let total = width - t.len();
    let (left, right) = match how {
        'l' => (0, total),
        'r' => (total, 0),
        _ => {
            let left = total / 2 + (total & width & 1);
            (left, total - left)
        }
    };
    let f = fill.to_string();
    Ok(Value::string(format!(
        "{}{}{}",
        f.repeat(left),
        t.as_str(),
        f.repeat(right)
    )))
}

fn partition(a: &[Value], from_right: bool) -> RResult<Value> {
    arity("partition", &a[1..], 1, 1)?;
    let t = s(&a[0]).as_str();
    let sep = str_arg("partition", &a[1])?;
    if sep.is_empty() {
        return err(ExcKind::ValueError, "empty separator");
    }
    let pos = if from_right {
        t.rfind(sep)
    } else {
        t.find(sep)
    };
    let parts = match pos {
        Some(i) => [&t[..i], sep, &t[i + sep.len()..]],
        None if from_right => ["", "", t],
        None => [t, "", ""],
    };
    Ok(Value::tuple(parts.iter().map(|p| Value::str(p)).collect()))
}

/// `str.format`: positional (`{}`, `{0}`) and keyword (`{name}`) fields with conversions and
/// format specs.
pub(super) fn str_format(_interp: &mut Interp, a: &[Value], kw: Kw) -> RResult<Value> {
    if a[1..]
        .iter()
        .chain(kw.iter().map(|(_, v)| v))
        .any(|v| matches!(v, Value::Instance(_)))
    {
        // Objects format through `__format__`/`__str__`: the prelude's `_str_format`.
        return Err(crate::object::Raise::delegate());
    }
    let t = s(&a[0]).as_str();
    let args = &a[1..];
    let mut out = String::new();
    let mut auto = 0usize;
    let mut mode = Numbering::Unknown;
    let mut chars = t.char_indices().peekable();
    while let Some((_, c)) = chars.next() {
        match c {
            '{' if chars.peek().map(|x| x.1) == Some('{') => {
                chars.next();
                out.push('{');
            }
            '}' if chars.peek().map(|x| x.1) == Some('}') => {
                chars.next();
                out.push('}');
            }
            '}' => {
                return err(
                    ExcKind::ValueError,
                    "Single '}' encountered in format string",
                );
            }
            '{' => {
                let mut field = String::new();
                let mut depth = 1;
                loop {
                    match chars.next() {
                        None if field.is_empty() => {
                            return err(
                                ExcKind::ValueError,
                                "Single '{' encountered in format string",
                            );
                        }
                        None => {
                            return err(ExcKind::ValueError, "expected '}' before end of string");
                        }
                        Some((_, '{')) => {
                            depth += 1;
                            field.push('{');
                        }
                        Some((_, '}')) => {
                            depth -= 1;
                            if depth == 0 {
                                break;
                            }
                            field.push('}');
                        }
                        Some((_, x)) => field.push(x),
                    }
                }
                let (head, spec) = match field.find(':') {
                    Some(i) => (&field[..i], &field[i + 1..]),
                    None => (field.as_str(), ""),
                };
                let (name, conv) = match head.find('!') {
                    Some(i) => (&head[..i], Some(&head[i + 1..])),
                    None => (head, None),
                };
                let value = format_field(name, args, kw, &mut auto, &mut mode)?;
                if matches!(value, Value::Instance(_)) {
                    // Reached through `.attr`/`[key]`: the prelude's `_str_format`.
                    return Err(crate::object::Raise::delegate());
                }
                // Nested fields in the spec (`{:>{width}}`) are substituted first.
                let spec = if spec.contains('{') {
                    let mut inner = vec![Value::str(spec)];
                    inner.extend(args[auto.min(args.len())..].iter().cloned());
                    let nested_auto = spec.matches("{}").count();
                    let r = str_format(_interp, &inner, kw)?;
                    auto += nested_auto;
                    match r {
                        Value::Str(x) => x.as_str().to_string(),
                        _ => unreachable!("str_format makes a str"),
                    }
                } else {
                    spec.to_string()
                };
                let spec = spec.as_str();
                let value = match conv {
                    None => value,
                    Some("r") => Value::string(repr::repr(&value)),
                    Some("s") => Value::string(repr::str(&value)),
                    Some("a") => Value::string(crate::vm::ascii(&repr::repr(&value))),
                    Some("") => return err(ExcKind::ValueError, "unmatched '{' in format spec"),
                    Some(c) if c.chars().count() > 1 => {
                        return err(
                            ExcKind::ValueError,
                            "expected ':' after conversion specifier",
                        );
                    }
                    Some(c) => {
                        return err(
                            ExcKind::ValueError,
                            format!("Unknown conversion specifier {c}"),
                        );
                    }
                };
                out.push_str(&crate::vm::format_with_spec(&value, spec)?);
            }
            c => out.push(c),
        }
    }
    Ok(Value::string(out))
}

/// Whether a format string numbers its fields itself (`{0}`) or lets them count (`{}`).
#[derive(Clone, Copy, PartialEq)]
enum Numbering {
    Unknown,
    Auto,
    Manual,
}

/// The value a `str.format` field names: `{}`/`{0}`/`{name}`, then any `.attr` and `[key]`
/// parts (attributes of instances and modules; items of built-in containers).
fn format_field(
    name: &str,
    args: &[Value],
    kw: Kw,
    auto: &mut usize,
    mode: &mut Numbering,
) -> RResult<Value> {
    let first_end = name.find(['.', '[']).unwrap_or(name.len());
    let (first, mut rest) = name.split_at(first_end);
    let numbered = first.is_empty() || first.parse::<usize>().is_ok();
    if numbered {
        let now = if first.is_empty() {
            Numbering::Auto
        } else {
            Numbering::Manual
        };
        match (*mode, now) {
            (Numbering::Manual, Numbering::Auto) => {
                return err(
                    ExcKind::ValueError,
                    "cannot switch from manual field specification to automatic field numbering",
                );
            }
            (Numbering::Auto, Numbering::Manual) => {
                return err(
                    ExcKind::ValueError,
                    "cannot switch from automatic field numbering to manual field specification",
                );
            }
            _ => *mode = now,
        }
    }
    let mut value = if first.is_empty() {
        let v = args.get(*auto).cloned();
        *auto += 1;
        v.ok_or(()).or_else(|_| {
            err(
                ExcKind::IndexError,
                format!(
                    "Replacement index {} out of range for positional args tuple",
                    *auto - 1
                ),
            )
        })?
    } else if let Ok(i) = first.parse::<usize>() {
        args.get(i).cloned().ok_or(()).or_else(|_| {
            err(
                ExcKind::IndexError,
                format!("Replacement index {i} out of range for positional args tuple"),
            )
        })?
    } else {
        match kwarg(kw, first) {
            Some(v) => v,
            None => {
                return Err(crate::object::Raise::args(
                    ExcKind::KeyError,
                    vec![Value::str(first)],
                ));
            }
        }
    };
    while !rest.is_empty() {
        if let Some(r) = rest.strip_prefix('.') {
            let end = r.find(['.', '[']).unwrap_or(r.len());
            let attr = &r[..end];
            value = plain_attr(&value, attr)?;
            rest = &r[end..];
        } else if let Some(r) = rest.strip_prefix('[') {
            let Some(end) = r.find(']') else {
                return err(ExcKind::ValueError, "Missing ']' in format string");
            };
            let key = &r[..end];
            let key = match key.parse::<i64>() {
                Ok(i) => Value::Int(i),
                Err(_) => Value::str(key),
            };
            value = crate::object::ops::get_item(&value, &key)?;
            rest = &r[end + 1..];
        } else {
            return err(
                ExcKind::ValueError,
                "Only '.' or '[' may follow ']' in format field specifier",
            );
        }
    }
    Ok(value)
}

/// An attribute read without running script code: an instance's own attribute or a plain
/// class attribute, or a module global.
fn plain_attr(v: &Value, attr: &str) -> RResult<Value> {
    let name = Str::new(attr);
    let found = match v {
        Value::Instance(i) => i
            .dict
            .borrow()
            .get_str(&name)
            .cloned()
            .or_else(|| i.class.lookup(&name)),
        Value::Module(m) => m.dict.borrow().get_str(&name).cloned(),
        Value::Type(t) => t.lookup(&name),
        _ => None,
    };
    match found {
        Some(x) => Ok(x),
        None => err(
            ExcKind::AttributeError,
            format!("'{}' object has no attribute '{attr}'", v.type_name()),
        ),
    }
}

fn l(v: &Value) -> &crate::object::value::ListRef {
    match v {
        Value::List(l) => l,
        _ => unreachable!("list method on a non-list"),
    }
}

/// Checks a method that takes exactly `n` (0 or 1) positional arguments and no keywords,
/// with CPython's `list.append() takes exactly one argument (2 given)` messages; `name` is
/// qualified (`list.append`). `a[0]` is the receiver.
fn exact(name: &str, a: &[Value], kw: Kw, n: usize) -> RResult<()> {
    if !kw.is_empty() {
        return type_error(format!("{name}() takes no keyword arguments"));
    }
    arity(name, &a[1..], n, n)
}

/// A start or stop argument of `index`: an int (clamped if huge) or an error.
fn slice_bound(v: &Value) -> RResult<i64> {
    match v {
        Value::Int(i) => Ok(*i),
        Value::Bool(b) => Ok(*b as i64),
        Value::BigInt(b) => Ok(if num_traits::Signed::is_negative(&**b) {
            i64::MIN
        } else {
            i64::MAX
        }),
        _ => type_error("slice indices must be integers or have an __index__ method"),
    }
}

/// The `[start, stop)` window of `seq.index(x, start, stop)` over `len` items.
fn index_window(a: &[Value], len: usize) -> RResult<(usize, usize)> {
    let norm = |i: i64| -> usize {
        if i < 0 {
            (i as i128 + len as i128).max(0) as usize
        } else {
            i as usize
        }
    };
    let start = match a.get(2) {
        Some(v) => norm(slice_bound(v)?),
        None => 0,
    };
    let stop = match a.get(3) {
        Some(v) => norm(slice_bound(v)?),
        None => usize::MAX,
    };
    Ok((start, stop))
}

fn install_list(interp: &mut Interp) {
    interp.register_method(LIST, "append", |_, a, k| {
        exact("list.append", a, k, 1)?;
        l(&a[0]).borrow_mut().push(a[1].clone());
        Ok(Value::None)
    });
    interp.register_method(LIST, "extend", |_, a, k| {
        exact("list.extend", a, k, 1)?;
        let items = collect(&a[1])?;
        l(&a[0]).borrow_mut().extend(items);
        Ok(Value::None)
    });
    interp.register_method(LIST, "insert", |_, a, _| {
        arity("insert", &a[1..], 2, 2)?;
        let mut v = l(&a[0]).borrow_mut();
        let i = clamp_index(ops::index_of(&a[1], "insert")?, v.len());
        v.insert(i, a[2].clone());
        Ok(Value::None)
    });
    interp.register_method(LIST, "pop", |_, a, _| {
        arity("pop", &a[1..], 0, 1)?;
        let mut v = l(&a[0]).borrow_mut();
        if v.is_empty() {
            return err(ExcKind::IndexError, "pop from empty list");
        }
        let n = v.len() as i64;
        let i = match a.get(1) {
            Some(x) => ops::index_of(x, "pop")?,
            None => -1,
        };
        let j = if i < 0 { i + n } else { i };
        if j < 0 || j >= n {
            return err(ExcKind::IndexError, "pop index out of range");
        }
        Ok(v.remove(j as usize))
    });
    interp.register_method(LIST, "remove", |_, a, k| {
        exact("list.remove", a, k, 1)?;
        // Search under a shared borrow: comparing may read the list itself (`l.remove(l)`).
        let found = find_eq(&l(&a[0]).borrow(), &a[1], true)?;
        match found.first().copied() {
            Some(i) => {
                l(&a[0]).borrow_mut().remove(i);
                Ok(Value::None)
            }
            None => err(ExcKind::ValueError, "list.remove(x): x not in list"),
        }
    });
    interp.register_method(LIST, "index", |_, a, _| {
        arity("index", &a[1..], 1, 3)?;
        let v = l(&a[0]).borrow();
        let (start, stop) = index_window(a, v.len())?;
        let stop = stop.min(v.len());
        if start < stop
            && let Some(&i) = find_eq(&v[start..stop], &a[1], true)?.first()
        {
            return Ok(Value::Int((start + i) as i64));
        }
        err(
            ExcKind::ValueError,
            format!("{} is not in list", repr::repr(&a[1])),
        )
    });
    interp.register_method(LIST, "count", |_, a, k| {
        exact("list.count", a, k, 1)?;
        let v = l(&a[0]).borrow();
        Ok(Value::Int(find_eq(&v, &a[1], false)?.len() as i64))
    });
    interp.register_method(LIST, "reverse", |_, a, k| {
        exact("list.reverse", a, k, 0)?;
        l(&a[0]).borrow_mut().reverse();
        Ok(Value::None)
    });
    interp.register_method(LIST, "clear", |_, a, k| {
        exact("list.clear", a, k, 0)?;
        l(&a[0]).borrow_mut().clear();
        Ok(Value::None)
    });
    interp.register_method(LIST, "copy", |_, a, k| {
        exact("list.copy", a, k, 0)?;
        Ok(Value::list(l(&a[0]).borrow().clone()))
    });
}

fn install_tuple(interp: &mut Interp) {
    fn t(v: &Value) -> &[Value] {
        match v {
            Value::Tuple(t) => t,
            _ => unreachable!("tuple method on a non-tuple"),
        }
    }
    interp.register_method(TUPLE, "count", |_, a, k| {
        exact("tuple.count", a, k, 1)?;
        Ok(Value::Int(
            t(&a[0])
                .iter()
                .filter(|x| x.is(&a[1]) || ops::eq(x, &a[1]))
                .count() as i64,
        ))
    });
    interp.register_method(TUPLE, "index", |_, a, _| {
        arity("index", &a[1..], 1, 3)?;
        let items = t(&a[0]);
        let (start, stop) = index_window(a, items.len())?;
        let stop = stop.min(items.len());
        if start < stop
            && let Some(i) = items[start..stop]
                .iter()
                .position(|x| x.is(&a[1]) || ops::eq(x, &a[1]))
        {
            return Ok(Value::Int((start + i) as i64));
        }
        err(ExcKind::ValueError, "tuple.index(x): x not in tuple")
    });
}

/// Methods of ranges, slices and built-in iterators.
fn install_range_slice_iter(interp: &mut Interp) {
    fn r(v: &Value) -> &crate::object::value::Range {
        match v {
            Value::Range(r) => r,
            _ => unreachable!("range method on a non-range"),
        }
    }
    /// The position of `x` in the range, if it is there.
    fn range_find(rg: &crate::object::value::Range, x: &Value) -> RResult<Option<i64>> {
        let n = match x {
            Value::Int(i) => *i,
            Value::Bool(b) => *b as i64,
            Value::BigInt(_) => return Ok(None),
            _ => {
                // Not an int: compare item by item, as CPython does.
                for i in 0..rg.len() {
                    if ops::eq(&Value::Int(rg.start + i * rg.step), x) {
                        return Ok(Some(i));
                    }
                }
                return Ok(None);
            }
        };
        if !ops::contains(
            &Value::Range(Rc::new(crate::object::value::Range {
                start: rg.start,
                stop: rg.stop,
                step: rg.step,
            })),
            &Value::Int(n),
        )? {
            return Ok(None);
        }
        Ok(Some(
            ((n as i128 - rg.start as i128) / rg.step as i128) as i64,
        ))
    }
    interp.register_method(RANGE, "index", |_, a, k| {
        exact("range.index", a, k, 1)?;
        match range_find(r(&a[0]), &a[1])? {
            Some(i) => Ok(Value::Int(i)),
            None if matches!(a[1], Value::Int(_) | Value::Bool(_) | Value::BigInt(_)) => err(
                ExcKind::ValueError,
                format!("{} is not in range", repr::repr(&a[1])),
            ),
            None => err(ExcKind::ValueError, "sequence.index(x): x not in sequence"),
        }
    });
    interp.register_method(RANGE, "count", |_, a, k| {
        exact("range.count", a, k, 1)?;
        let rg = r(&a[0]);
        if matches!(a[1], Value::Int(_) | Value::Bool(_) | Value::BigInt(_)) {
            return Ok(Value::Int(range_find(rg, &a[1])?.is_some() as i64));
        }
        let n = (0..rg.len())
            .filter(|i| ops::eq(&Value::Int(rg.start + i * rg.step), &a[1]))
            .count();
        Ok(Value::Int(n as i64))
    });
    interp.register_method(SLICE, "indices", |_, a, k| {
        exact("slice.indices", a, k, 1)?;
        let Value::Slice(sl) = &a[0] else {
            unreachable!("slice method on a non-slice")
        };
        let len = match &a[1] {
            Value::Int(i) => *i,
            Value::Bool(b) => *b as i64,
            Value::BigInt(_) => {
                return err(
                    ExcKind::OverflowError,
                    "Python int too large to convert to C ssize_t",
                );
            }
            other => {
                return type_error(format!(
                    "'{}' object cannot be interpreted as an integer",
                    other.type_name()
                ));
            }
        };
        if len < 0 {
            return err(ExcKind::ValueError, "length should not be negative");
        }
        let (start, stop, step) = ops::slice_indices(sl, len as usize)?;
        Ok(Value::tuple(vec![
            Value::Int(start),
            Value::Int(stop),
            Value::Int(step),
        ]))
    });
    interp.register_method(ITER, "__next__", |_, a, k| {
        exact("__next__", a, k, 0)?;
        let Value::Iter(it) = &a[0] else {
            unreachable!("iterator method on a non-iterator")
        };
        let item = it.borrow_mut().next_item()?;
        match item {
            Some(v) => Ok(v),
            None => Err(crate::object::Raise::args(ExcKind::StopIteration, vec![])),
        }
    });
    interp.register_method(ITER, "__iter__", |_, a, k| {
        exact("__iter__", a, k, 0)?;
        Ok(a[0].clone())
    });
}

fn d(v: &Value) -> &crate::object::value::DictRef {
    match v {
        Value::Dict(d) => d,
        _ => unreachable!("dict method on a non-dict"),
    }
}

fn view(a: &[Value], kind: DictViewKind) -> RResult<Value> {
    Ok(Value::DictView(Rc::new(DictView {
        dict: d(&a[0]).clone(),
        kind,
    })))
}

fn install_dict(interp: &mut Interp) {
    interp.register_method(DICT, "keys", |_, a, k| {
        exact("dict.keys", a, k, 0)?;
        view(a, DictViewKind::Keys)
    });
    interp.register_method(DICT, "values", |_, a, k| {
        exact("dict.values", a, k, 0)?;
        view(a, DictViewKind::Values)
    });
    interp.register_method(DICT, "items", |_, a, k| {
        exact("dict.items", a, k, 0)?;
        view(a, DictViewKind::Items)
    });
    interp.register_method(DICT, "popitem", |_, a, k| {
        exact("dict.popitem", a, k, 0)?;
        let mut m = d(&a[0]).borrow_mut();
        m.touch();
        match m.map.pop() {
            Some((key, v)) => {
                m.version += 1;
                Ok(Value::tuple(vec![key.value, v]))
            }
            None => Err(crate::object::Raise::args(
                ExcKind::KeyError,
                vec![Value::str("popitem(): dictionary is empty")],
            )),
        }
    });
    // `{}.fromkeys(...)` ignores its receiver; `dict.fromkeys(...)` has none.
    interp.register_method(DICT, "fromkeys", |_, a, k| fromkeys(&a[1..], k));
    let id = interp.register_native(
        "fromkeys",
        crate::vm::NativeKind::Pure(|_, a, k| fromkeys(a, k)),
    );
    interp.methods.insert((DICT_TYPE, "fromkeys"), id);
    interp.register_method(DICT, "get", |_, a, _| {
        arity("get", &a[1..], 1, 2)?;
        let k = ops::make_key(a[1].clone())?;
        Ok(d(&a[0])
            .borrow()
            .get(&k)
            .cloned()
            .unwrap_or_else(|| a.get(2).cloned().unwrap_or(Value::None)))
    });
    interp.register_method(DICT, "pop", |_, a, _| {
        arity("pop", &a[1..], 1, 2)?;
        let k = ops::make_key(a[1].clone())?;
        let removed = d(&a[0]).borrow_mut().remove(&k);
        match (removed, a.get(2)) {
            (Some(v), _) => Ok(v),
            (None, Some(default)) => Ok(default.clone()),
            (None, None) => ops::key_error(&a[1]),
        }
    });
    interp.register_method(DICT, "setdefault", |_, a, _| {
        arity("setdefault", &a[1..], 1, 2)?;
        let k = ops::make_key(a[1].clone())?;
        let mut m = d(&a[0]).borrow_mut();
        if let Some(v) = m.get(&k) {
            return Ok(v.clone());
        }
        let v = a.get(2).cloned().unwrap_or(Value::None);
        m.insert(k, v.clone());
        Ok(v)
    });
    interp.register_method(DICT, "update", |_, a, kw| {
        arity("update", &a[1..], 0, 1)?;
        if let Some(Value::Instance(_)) = a.get(1) {
            // A mapping with `keys()`: the prelude's `_dict_update`.
            return Err(crate::object::Raise::delegate());
        }
        if let Some(src) = a.get(1) {
            let items: Vec<(Value, Value)> = match src {
                Value::Dict(o) => o
                    .borrow()
                    .map
                    .iter()
                    .map(|(k, v)| (k.value.clone(), v.clone()))
                    .collect(),
                other => collect(other)?
                    .into_iter()
                    .map(|p| {
                        let p = collect(&p)?;
                        if p.len() != 2 {
                            return err(
                                ExcKind::ValueError,
                                "dictionary update sequence element has wrong length",
                            );
                        }
                        Ok((p[0].clone(), p[1].clone()))
                    })
                    .collect::<RResult<_>>()?,
            };
            let mut m = d(&a[0]).borrow_mut();
            for (k, v) in items {
                m.insert(ops::make_key(k)?, v);
            }
        }
        let mut m = d(&a[0]).borrow_mut();
        for (k, v) in kw {
            m.set_str(k, v.clone());
        }
        Ok(Value::None)
    });
    interp.register_method(DICT, "clear", |_, a, k| {
        exact("dict.clear", a, k, 0)?;
        d(&a[0]).borrow_mut().clear();
        Ok(Value::None)
    });
    interp.register_method(DICT, "copy", |_, a, k| {
        exact("dict.copy", a, k, 0)?;
        Ok(Value::dict(d(&a[0]).borrow().clone()))
    });
}

/// `dict.fromkeys(iterable, value=None)`.
fn fromkeys(a: &[Value], kw: Kw) -> RResult<Value> {
    if !kw.is_empty() {
        return type_error("dict.fromkeys() takes no keyword arguments");
    }
    arity("fromkeys", a, 1, 2)?;
    let value = a.get(1).cloned().unwrap_or(Value::None);
    let mut m = crate::object::dict::Dict::new();
    for key in collect(&a[0])? {
        m.insert(ops::make_key(key)?, value.clone());
    }
    Ok(Value::dict(m))
}

/// Whether comparing with `v` needs a script `__eq__` (an object of a class defining one).
fn has_user_eq(v: &Value) -> bool {
    match v {
        Value::Instance(i) => i
            .class
            .lookup(&crate::object::str::Str::new("__eq__"))
            .is_some(),
        _ => false,
    }
}

/// Positions of the elements equal to `item`, compared in order as CPython does (identity
/// first); `stop_at_first` ends at the first. A comparison that needs a script `__eq__`
/// makes the method defer to its prelude version, which redoes the search (the built-in
/// comparisons before it have no side effects). Stops early, so finding the first element
/// of a long list costs one comparison.
fn find_eq(items: &[Value], item: &Value, stop_at_first: bool) -> RResult<Vec<usize>> {
    let item_eq = has_user_eq(item);
    let mut found = Vec::new();
    for (i, x) in items.iter().enumerate() {
        let equal = if x.is(item) {
            true
        } else if item_eq || has_user_eq(x) {
            return Err(Raise::delegate());
        } else {
            ops::eq(x, item)
        };
        if equal {
            found.push(i);
            if stop_at_first {
                break;
            }
        }
    }
    Ok(found)
}
