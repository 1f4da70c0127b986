//! The native `re` module: Python's regular expressions on top of `fancy_regex`.
//!
//! - `parse`: Python pattern syntax (errors and all) translated into `fancy_regex` syntax;
//! - `engine`: the compiled pattern and its searches (byte offsets);
//! - `objects`: the `re.Pattern` and `re.Match` classes;
//! - `sub`: replacement templates, `sub`/`subn` (a stepped native, for callable
//!   replacements) and `split`.
//!
//! Positions seen by scripts are code point indices, as everywhere in Baton.

mod engine;
mod objects;
mod parse;
mod sub;

use super::{add, new_module};
use crate::object::exception::{ExceptionObj, RResult, Raise, err, type_error};
use crate::object::str::Str;
use crate::object::types::{ExcKind, TypeKind, TypeObj};
use crate::object::value::Value;
use crate::vm::{Interp, NativeKind};
use engine::Compiled;
use std::collections::HashMap;
use std::rc::Rc;

pub(crate) type Kw<'a> = &'a [(Rc<str>, Value)];

/// Per-interpreter state: the classes and the cache of compiled patterns.
#[derive(Default)]
struct ReExt {
    pattern_cls: Option<Rc<TypeObj>>,
    match_cls: Option<Rc<TypeObj>>,
    error_cls: Option<Rc<TypeObj>>,
    /// A hidden class whose instances carry the state of a `sub` in progress.
    work_cls: Option<Rc<TypeObj>>,
    cache: HashMap<(String, i64), Value>,
}

const MAX_CACHE: usize = 512;

fn ext(interp: &mut Interp) -> &mut ReExt {
    interp.ext::<ReExt>()
}

/// A `re.error` carrying CPython's message, with `msg`, `pattern` and `pos` attributes.
fn re_error(interp: &mut Interp, e: parse::ReError, pattern: &Str) -> Raise {
    let cls = match &ext(interp).error_cls {
        Some(c) => c.clone(),
        None => return Raise::new(ExcKind::ValueError, e.msg),
    };
    match e.kind {
        parse::ErrKind::Value => return Raise::new(ExcKind::ValueError, e.msg),
        parse::ErrKind::Overflow => return Raise::new(ExcKind::OverflowError, e.msg),
        parse::ErrKind::Recursion => return Raise::new(ExcKind::RecursionError, e.msg),
        parse::ErrKind::Re => {}
    }
    let text = pattern.as_str();
    let (full, pos, lineno, colno) = match e.pos {
        Some(pos) => {
            let before: String = text.chars().take(pos).collect();
            let line = before.matches('\n').count() + 1;
            let col = before.chars().rev().take_while(|&c| c != '\n').count() + 1;
            let full = if text.contains('\n') {
                format!("{} at position {pos} (line {line}, column {col})", e.msg)
            } else {
                format!("{} at position {pos}", e.msg)
            };
            let n = |v: usize| Value::Int(v as i64);
            (full, n(pos), n(line), n(col))
        }
        None => (e.msg.clone(), Value::None, Value::None, Value::None),
    };
    let exc = ExceptionObj::new(cls, vec![Value::string(full)]);
    let mut d = crate::object::dict::Dict::new();
    d.set_str("msg", Value::string(e.msg));
    d.set_str("pattern", Value::str(text));
    d.set_str("pos", pos);
    d.set_str("lineno", lineno);
    d.set_str("colno", colno);
    *exc.attrs.borrow_mut() = Some(Rc::new(std::cell::RefCell::new(d)));
    Raise::value(Value::Exception(Rc::new(exc)))
}

/// Binds arguments of a function written in Python in CPython (`re.search`, ...).
pub(crate) fn bind_py(
    f: &str,
    args: &[Value],
    kw: Kw,
    names: &[&str],
    required: usize,
) -> RResult<Vec<Option<Value>>> {
    let n = names.len();
    if args.len() > n {
        let takes = if required == n {
            format!("{n}")
        } else {
            format!("from {required} to {n}")
        };
        let s = if n == 1 { "" } else { "s" };
        let were = if args.len() == 1 { "was" } else { "were" };
        return type_error(format!(
            "{f}() takes {takes} positional argument{s} but {} {were} given",
            args.len()
        ));
    }
    let mut out: Vec<Option<Value>> = names
        .iter()
        .enumerate()
        .map(|(i, _)| args.get(i).cloned())
        .collect();
    for (k, v) in kw {
        match names.iter().position(|n| **n == **k) {
            Some(i) if out[i].is_some() => {
                return type_error(format!("{f}() got multiple values for argument '{k}'"));
            }
            Some(i) => out[i] = Some(v.clone()),
            None => {
                return type_error(format!("{f}() got an unexpected keyword argument '{k}'"));
            }
        }
    }
    let missing: Vec<String> = (0..required)
        .filter(|&i| out[i].is_none())
        .map(|i| format!("'{}'", names[i]))
        .collect();
    if !missing.is_empty() {
        let list = match missing.len() {
            1 => missing[0].clone(),
            _ => format!(
                "{} and {}",
                missing[..missing.len() - 1].join(", "),
                missing[missing.len() - 1]
            ),
        };
        let s = if missing.len() == 1 { "" } else { "s" };
        return type_error(format!(
            "{f}() missing {} required positional argument{s}: {list}",
            missing.len()
        ));
    }
    Ok(out)
}

/// Binds arguments of a method written in C in CPython (`Pattern.search`, ...); `args`
/// excludes the receiver.
pub(crate) fn bind_c(
    f: &str,
    args: &[Value],
    kw: Kw,
    names: &[&str],
    required: usize,
) -> RResult<Vec<Option<Value>>> {
    let n = names.len();
    if args.len() > n {
        let s = if n == 1 { "" } else { "s" };
        return type_error(format!(
            "{f}() takes at most {n} argument{s} ({} given)",
            args.len()
        ));
    }
    let mut out: Vec<Option<Value>> = (0..n).map(|i| args.get(i).cloned()).collect();
    for (k, v) in kw {
        match names.iter().position(|n| **n == **k) {
            Some(i) if out[i].is_some() => {
                return type_error(format!(
                    "argument for {f}() given by name ('{k}') and position ({})",
                    i + 1
                ));
            }
            Some(i) => out[i] = Some(v.clone()),
            None => {
                return type_error(format!("'{k}' is an invalid keyword argument for {f}()"));
            }
        }
    }
    if let Some(i) = (0..required).find(|&i| out[i].is_none()) {
        return type_error(format!(
            "{f}() missing required argument '{}' (pos {})",
            names[i],
            i + 1
        ));
    }
    Ok(out)
}

/// An integer argument (`count`, `maxsplit`, `pos`, ...).
pub(crate) fn int_arg(v: Option<&Value>, default: i64) -> RResult<i64> {
    match v {
        None => Ok(default),
        Some(Value::Int(i)) => Ok(*i),
        Some(Value::Bool(b)) => Ok(*b as i64),
        Some(Value::BigInt(b)) => {
            use num_traits::Signed;
            Ok(if b.is_negative() { i64::MIN } else { i64::MAX })
        }
        Some(other) => type_error(format!(
            "'{}' object cannot be interpreted as an integer",
            other.type_name()
        )),
    }
}

/// The string to search.
pub(crate) fn text_arg(v: &Value) -> RResult<Rc<Str>> {
    match v {
        Value::Str(s) => Ok(s.clone()),
        Value::Bytes(_) => type_error("bytes subjects are not supported by this re module yet"),
        other => type_error(format!(
            "expected string or bytes-like object, got '{}'",
            other.type_name()
        )),
    }
}

/// A `re.RegexFlag` (the prelude's class), or the plain int before the prelude exists.
fn regex_flag(interp: &Interp, v: i64) -> Value {
    let Some(Value::Type(class)) = interp.prelude_fn("RegexFlag") else {
        return Value::Int(v);
    };
    let mut d = crate::object::dict::Dict::new();
    d.set_str("_value_", Value::Int(v));
    Value::Instance(Rc::new(crate::object::value::Instance {
        class,
        dict: Rc::new(std::cell::RefCell::new(d)),
        payload: None,
    }))
}

fn flags_arg(v: Option<&Value>) -> RResult<i64> {
    match v {
        None => Ok(0),
        Some(Value::Int(i)) => Ok(*i),
        Some(Value::Bool(b)) => Ok(*b as i64),
        Some(Value::Instance(i)) if &*i.class.name == "RegexFlag" => {
            match i
                .dict
                .borrow()
                .get_str(&crate::object::str::Str::new("_value_"))
            {
                Some(Value::Int(n)) => Ok(*n),
                _ => Ok(0),
            }
        }
        Some(other) => type_error(format!(
            "unsupported operand type(s) for &: '{}' and 'RegexFlag'",
            other.type_name()
        )),
    }
}

/// The compiled pattern of a `re.Pattern` instance.
pub(crate) fn compiled_of(v: &Value) -> Option<Rc<Compiled>> {
    match v {
        Value::Instance(i) => i.payload::<objects::PatternState>().map(|p| p.0.clone()),
        _ => None,
    }
}

/// `re.compile(pattern, flags)`: a `re.Pattern` (cached).
fn compile(interp: &mut Interp, pattern: &Value, flags: Option<&Value>) -> RResult<Value> {
    if compiled_of(pattern).is_some() {
        if flags_arg(flags)? != 0 {
            return err(
                ExcKind::ValueError,
                "cannot process flags argument with a compiled pattern",
            );
        }
        return Ok(pattern.clone());
    }
    let flags = flags_arg(flags)?;
    let s = match pattern {
        Value::Str(s) => s.clone(),
        Value::Bytes(_) => {
            return type_error("bytes patterns are not supported by this re module yet");
        }
        _ => return type_error("first argument must be string or compiled pattern"),
    };
    let key = (s.as_str().to_string(), flags);
    if let Some(p) = ext(interp).cache.get(&key) {
        return Ok(p.clone());
    }
    let c = match Compiled::new(pattern.clone(), s.as_str(), flags) {
        Ok(c) => c,
        Err(e) => return Err(re_error(interp, e, &s)),
    };
    let p = objects::new_pattern(interp, Rc::new(c))?;
    let cache = &mut ext(interp).cache;
    if cache.len() >= MAX_CACHE {
        cache.clear();
    }
    cache.insert(key, p.clone());
    Ok(p)
}

/// `re.escape`: backslashes before every character CPython escapes.
fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        if "()[]{}?*+-|^$\\.&~# \t\n\r\x0b\x0c".contains(c) {
            out.push('\\');
        }
        out.push(c);
    }
    out
}

/// Module functions that take `(pattern, string, flags=0)` and call a Pattern method.
fn via_pattern(
    interp: &mut Interp,
    fname: &str,
    args: &[Value],
    kw: Kw,
    method: objects::Find,
) -> RResult<Value> {
    let a = bind_py(fname, args, kw, &["pattern", "string", "flags"], 2)?;
    let p = compile(interp, a[0].as_ref().expect("bound"), a[2].as_ref())?;
    let s = a[1].clone().expect("bound");
    objects::find_call(interp, &p, method, &s, None, None)
}

pub fn module(interp: &mut Interp) -> Value {
    let error = Rc::new(TypeObj::builtin(
        "error",
        "re",
        TypeKind::Exception(None),
        Some(interp.exc_types[ExcKind::Exception as usize].clone()),
    ));
    let (pattern_cls, match_cls) = objects::classes(interp);
    let work_cls = interp.native_class("_SubWork", "re", &[]);
    {
        let e = ext(interp);
        e.error_cls = Some(error.clone());
        e.pattern_cls = Some(pattern_cls.clone());
        e.match_cls = Some(match_cls.clone());
        e.work_cls = Some(work_cls);
    }
    let m = new_module(
        interp,
        "re",
        &[
            ("compile", |i, a, k| {
                let a = bind_py("compile", a, k, &["pattern", "flags"], 1)?;
                compile(i, a[0].as_ref().expect("bound"), a[1].as_ref())
            }),
            ("search", |i, a, k| {
                via_pattern(i, "search", a, k, objects::Find::Search)
            }),
            ("match", |i, a, k| {
                via_pattern(i, "match", a, k, objects::Find::Match)
            }),
            ("fullmatch", |i, a, k| {
                via_pattern(i, "fullmatch", a, k, objects::Find::Full)
            }),
            ("findall", |i, a, k| {
                via_pattern(i, "findall", a, k, objects::Find::All)
            }),
            ("finditer", |i, a, k| {
                via_pattern(i, "finditer", a, k, objects::Find::Iter)
            }),
            ("split", |i, a, k| {
                let a = bind_py(
                    "split",
                    a,
                    k,
                    &["pattern", "string", "maxsplit", "flags"],
                    2,
                )?;
                let p = compile(i, a[0].as_ref().expect("bound"), a[3].as_ref())?;
                let c = compiled_of(&p).expect("a pattern");
                sub::split(i, &c, a[1].as_ref().expect("bound"), a[2].as_ref())
            }),
            ("escape", |_, a, k| {
                let a = bind_py("escape", a, k, &["pattern"], 1)?;
                match a[0].as_ref().expect("bound") {
                    Value::Str(s) => Ok(Value::string(escape(s.as_str()))),
                    other => type_error(format!(
                        "decoding to str: need a bytes-like object, {} found",
                        other.type_name()
                    )),
                }
            }),
            ("purge", |i, a, k| {
                bind_py("purge", a, k, &[], 0)?;
                ext(i).cache.clear();
                Ok(Value::None)
            }),
        ],
    );
    add(
        interp,
        &m,
        "sub",
        NativeKind::Stepped(|i, s| sub::sub_step(i, s, sub::Caller::Module, false)),
    );
    add(
        interp,
        &m,
        "subn",
        NativeKind::Stepped(|i, s| sub::sub_step(i, s, sub::Caller::Module, true)),
    );
    {
        let mut d = m.dict.borrow_mut();
        d.set_str("error", Value::Type(error));
        d.set_str("Pattern", Value::Type(pattern_cls));
        d.set_str("Match", Value::Type(match_cls));
        for (names, v) in [
            (&["I", "IGNORECASE"][..], parse::I),
            (&["L", "LOCALE"], parse::L),
            (&["M", "MULTILINE"], parse::M),
            (&["S", "DOTALL"], parse::S),
            (&["U", "UNICODE"], parse::U),
            (&["X", "VERBOSE"], parse::X),
            (&["A", "ASCII"], parse::A),
            (&["DEBUG"], 128),
            (&["NOFLAG"], 0),
        ] {
            let flag = regex_flag(interp, v);
            for n in names {
                d.set_str(n, flag.clone());
            }
        }
    }
    Value::Module(m)
}
