//! The native `os` module (a small part: `getcwd`, `sep`, `environ`, `getenv`, `listdir`) and
//! its submodule `os.path` (POSIX path arithmetic as `posixpath` does it, and `exists`/`isfile`/
//! `isdir`/`getsize`). `os.path` is registered as module `"os.path"` too, so `import os.path`
//! and `from os.path import join` find the same object as `os.path`.

use super::{add_fns, new_module};
use crate::object::dict::Dict;
use crate::object::exception::{RResult, err, type_error};
use crate::object::ops;
use crate::object::types::ExcKind;
use crate::object::value::Value;
use crate::vm::{Interp, NativeFn};
use std::rc::Rc;

type Kw<'a> = &'a [(Rc<str>, Value)];

/// A path argument: text, or bytes (handled as UTF-8 text and converted back).
#[derive(Clone, Copy, PartialEq)]
pub(super) enum Kind {
    Str,
    Bytes,
}

pub(super) fn path_of(v: &Value) -> RResult<(String, Kind)> {
    match v {
        Value::Str(s) => Ok((s.as_str().to_string(), Kind::Str)),
        Value::Bytes(b) => Ok((String::from_utf8_lossy(b).into_owned(), Kind::Bytes)),
        _ => type_error(format!(
            "expected str, bytes or os.PathLike object, not {}",
            v.type_name()
        )),
    }
}

fn make(s: &str, kind: Kind) -> Value {
    match kind {
        Kind::Str => Value::str(s),
        Kind::Bytes => Value::Bytes(Rc::new(s.as_bytes().to_vec())),
    }
}

/// The single argument `param` of a function defined in Python as `def name(param)`.
fn arg1<'a>(name: &str, param: &str, a: &'a [Value], kw: &'a Kw) -> RResult<&'a Value> {
    if a.len() > 1 {
        return type_error(format!(
            "{name}() takes 1 positional argument but {} were given",
            a.len()
        ));
    }
    let mut found = a.first();
    for (k, v) in kw.iter() {
        if &**k != param {
            return type_error(format!("{name}() got an unexpected keyword argument '{k}'"));
        }
        if found.is_some() {
            return type_error(format!("{name}() got multiple values for argument '{k}'"));
        }
        found = Some(v);
    }
    match found {
        Some(v) => Ok(v),
        None => type_error(format!(
            "{name}() missing 1 required positional argument: '{param}'"
        )),
    }
}

/// One path argument, as text.
fn path1(name: &str, param: &str, a: &[Value], kw: Kw) -> RResult<(String, Kind)> {
    path_of(arg1(name, param, a, &kw)?)
}

fn no_args(name: &str, a: &[Value], kw: Kw) -> RResult<()> {
    if !kw.is_empty() {
        return type_error(format!("posix.{name}() takes no keyword arguments"));
    }
    if !a.is_empty() {
        return type_error(format!(
            "posix.{name}() takes no arguments ({} given)",
            a.len()
        ));
    }
    Ok(())
}

// ---------------------------------------------------------------------------------------------
// Path arithmetic (posixpath)

fn split(p: &str) -> (&str, &str) {
    let i = p.rfind('/').map_or(0, |i| i + 1);
    let (head, tail) = p.split_at(i);
    (strip_head(head), tail)
}

/// A head keeps its trailing slashes only when it is nothing but slashes.
fn strip_head(head: &str) -> &str {
    if !head.is_empty() && !head.bytes().all(|b| b == b'/') {
        head.trim_end_matches('/')
    } else {
        head
    }
}

fn splitext(p: &str) -> (&str, &str) {
    let sep = p.rfind('/').map_or(0, |i| i + 1);
    if let Some(dot) = p.rfind('.')
        && dot >= sep
        && p[sep..dot].bytes().any(|b| b != b'.')
    {
        return p.split_at(dot);
    }
    (p, "")
}

fn normpath(path: &str) -> String {
    if path.is_empty() {
        return ".".to_string();
    }
    let slashes = if path.starts_with("//") && !path.starts_with("///") {
        2
    } else if path.starts_with('/') {
        1
    } else {
        0
    };
    let mut comps: Vec<&str> = Vec::new();
    for comp in path.split('/') {
        if comp.is_empty() || comp == "." {
            continue;
        }
        if comp != ".." || (slashes == 0 && comps.is_empty()) || comps.last() == Some(&"..") {
            comps.push(comp);
        } else if !comps.is_empty() {
            comps.pop();
        }
    }
    let out = format!("{}{}", "/".repeat(slashes), comps.join("/"));
    if out.is_empty() { ".".to_string() } else { out }
}

fn cwd() -> RResult<String> {
    match std::env::current_dir() {
        Ok(p) => Ok(p.to_string_lossy().into_owned()),
        Err(e) => err(ExcKind::OSError, e.to_string()),
    }
}

fn join(_: &mut Interp, a: &[Value], kw: Kw) -> RResult<Value> {
    if let Some((k, _)) = kw.first() {
        return type_error(format!("join() got an unexpected keyword argument '{k}'"));
    }
    let Some(first) = a.first() else {
        return type_error("join() missing 1 required positional argument: 'a'");
    };
    let (mut path, kind) = path_of(first)?;
    for v in &a[1..] {
        let part = match (v, kind) {
            (Value::Str(s), Kind::Str) => s.as_str().to_string(),
            (Value::Bytes(b), Kind::Bytes) => String::from_utf8_lossy(b).into_owned(),
            (Value::Str(_) | Value::Bytes(_), _) => {
                return type_error("Can't mix strings and bytes in path components");
            }
            _ => {
                return type_error(format!(
                    "join() argument must be str, bytes, or os.PathLike object, not '{}'",
                    v.type_name()
                ));
            }
        };
        if part.starts_with('/') {
            path = part;
        } else if path.is_empty() || path.ends_with('/') {
            path.push_str(&part);
        } else {
            path.push('/');
            path.push_str(&part);
        }
    }
    Ok(make(&path, kind))
}

// ---------------------------------------------------------------------------------------------
// File system queries

/// The metadata of a path argument of `os.stat` and friends; `None` when it cannot be had
/// (what `exists` and friends report as False).
fn stat(v: &Value) -> RResult<Option<std::fs::Metadata>> {
    let path = match v {
        Value::Str(s) => s.as_str().to_string(),
        Value::Bytes(b) => String::from_utf8_lossy(b).into_owned(),
        Value::Int(fd) => format!("/proc/self/fd/{fd}"),
        Value::Bool(b) => format!("/proc/self/fd/{}", *b as i64),
        _ => {
            return type_error(format!(
                "stat: path should be string, bytes, os.PathLike or integer, not {}",
                v.type_name()
            ));
        }
    };
    if path.contains('\0') {
        return Ok(None);
    }
    Ok(std::fs::metadata(&path).ok())
}

pub(super) fn os_error(e: &std::io::Error, path: &str) -> crate::object::exception::Raise {
    let code = e.raw_os_error().unwrap_or(0);
    let kind = crate::object::exception::os_error_subclass(code as i64).unwrap_or(ExcKind::OSError);
    let text = match e.kind() {
        std::io::ErrorKind::NotFound => "No such file or directory".to_string(),
        std::io::ErrorKind::PermissionDenied => "Permission denied".to_string(),
        std::io::ErrorKind::NotADirectory => "Not a directory".to_string(),
        // "File exists (os error 17)": the C library's text without Rust's suffix.
        _ => {
            let t = e.to_string();
            match t.rfind(" (os error") {
                Some(i) => t[..i].to_string(),
                None => t,
            }
        }
    };
    crate::object::exception::Raise::args(
        kind,
        vec![
            Value::Int(code as i64),
            Value::string(text),
            Value::str(path),
        ],
    )
}

fn path_module(interp: &mut Interp) -> Rc<crate::object::function::ModuleObj> {
    let fns: &[(&str, NativeFn)] = &[
        ("join", join),
        ("basename", |_, a, kw| {
            let (p, k) = path1("basename", "p", a, kw)?;
            Ok(make(split_tail(&p), k))
        }),
        ("dirname", |_, a, kw| {
            let (p, k) = path1("dirname", "p", a, kw)?;
            Ok(make(split(&p).0, k))
        }),
        ("split", |_, a, kw| {
            let (p, k) = path1("split", "p", a, kw)?;
            let (h, t) = split(&p);
            Ok(Value::tuple(vec![make(h, k), make(t, k)]))
        }),
        ("splitext", |_, a, kw| {
            let (p, k) = path1("splitext", "p", a, kw)?;
            let (r, e) = splitext(&p);
            Ok(Value::tuple(vec![make(r, k), make(e, k)]))
        }),
        ("isabs", |_, a, kw| {
            let (p, _) = path1("isabs", "s", a, kw)?;
            Ok(Value::Bool(p.starts_with('/')))
        }),
        ("normpath", |_, a, kw| {
            let (p, k) = path1("normpath", "path", a, kw)?;
            Ok(make(&normpath(&p), k))
        }),
        ("abspath", |_, a, kw| {
            let (p, k) = path1("abspath", "path", a, kw)?;
            let full = if p.starts_with('/') {
                p
            } else {
                let c = cwd()?;
                if p.is_empty() { c } else { format!("{c}/{p}") }
            };
            Ok(make(&normpath(&full), k))
        }),
        ("exists", |_, a, kw| {
            let v = arg1("exists", "path", a, &kw)?;
            Ok(Value::Bool(stat(v)?.is_some()))
        }),
        ("isfile", |_, a, kw| {
            let v = arg1("isfile", "path", a, &kw)?;
            Ok(Value::Bool(stat(v)?.is_some_and(|m| m.is_file())))
        }),
        ("isdir", |_, a, kw| {
            let v = arg1("isdir", "s", a, &kw)?;
            Ok(Value::Bool(stat(v)?.is_some_and(|m| m.is_dir())))
        }),
        ("getsize", |_, a, kw| {
            let (p, _) = path1("getsize", "filename", a, kw)?;
            match std::fs::metadata(&p) {
                Ok(m) => Ok(Value::Int(m.len() as i64)),
                Err(e) => Err(os_error(&e, &p)),
            }
        }),
    ];
    let m = new_module(interp, "posixpath", &[]);
    add_fns(interp, &m, fns);
    {
        let mut d = m.dict.borrow_mut();
        d.set_str("sep", Value::str("/"));
        d.set_str("curdir", Value::str("."));
        d.set_str("pardir", Value::str(".."));
        d.set_str("extsep", Value::str("."));
    }
    m
}

fn split_tail(p: &str) -> &str {
    let i = p.rfind('/').map_or(0, |i| i + 1);
    &p[i..]
}

fn environ() -> RResult<Value> {
    let mut d = Dict::new();
    let mut vars: Vec<(String, String)> = std::env::vars_os()
        .map(|(k, v)| {
            (
                k.to_string_lossy().into_owned(),
                v.to_string_lossy().into_owned(),
            )
        })
        .collect();
    vars.sort();
    for (k, v) in vars {
        d.insert(ops::make_key(Value::string(k))?, Value::string(v));
    }
    Ok(Value::dict(d))
}

/// The `os` module; also registers `os.path` in the interpreter's module table.
pub fn module(interp: &mut Interp) -> Value {
    let fns: &[(&str, NativeFn)] = &[
        ("getcwd", |_, a, kw| {
            no_args("getcwd", a, kw)?;
            Ok(Value::string(cwd()?))
        }),
        ("getenv", |_, a, kw| {
            let mut key = a.first().cloned();
            let mut default = a.get(1).cloned();
            if a.len() > 2 {
                return type_error(format!(
                    "getenv() takes from 1 to 2 positional arguments but {} were given",
                    a.len()
                ));
            }
            for (k, v) in kw {
                match &**k {
                    "key" if key.is_none() => key = Some(v.clone()),
                    "default" if default.is_none() => default = Some(v.clone()),
                    "key" | "default" => {
                        return type_error(format!(
                            "getenv() got multiple values for argument '{k}'"
                        ));
                    }
                    _ => {
                        return type_error(format!(
                            "getenv() got an unexpected keyword argument '{k}'"
                        ));
                    }
                }
            }
            let Some(key) = key else {
                return type_error("getenv() missing 1 required positional argument: 'key'");
            };
            let Value::Str(k) = &key else {
                return type_error(format!("str expected, not {}", key.type_name()));
            };
            Ok(match std::env::var_os(k.as_str()) {
                Some(v) => Value::string(v.to_string_lossy().into_owned()),
                None => default.unwrap_or(Value::None),
            })
        }),
        ("listdir", |_, a, kw| {
            if !kw.is_empty() && kw.iter().any(|(k, _)| &**k != "path") {
                let k = &kw[0].0;
                return type_error(format!(
                    "listdir() got an unexpected keyword argument '{k}'"
                ));
            }
            let v = a
                .first()
                .or(kw.first().map(|(_, v)| v))
                .cloned()
                .unwrap_or(Value::None);
            let (p, kind) = match &v {
                Value::None => (".".to_string(), Kind::Str),
                Value::Str(_) | Value::Bytes(_) => path_of(&v)?,
                _ => {
                    return type_error(format!(
                        "listdir: path should be string, bytes, os.PathLike, integer or None, not {}",
                        v.type_name()
                    ));
                }
            };
            let rd = std::fs::read_dir(&p).map_err(|e| os_error(&e, &p))?;
            let mut names = Vec::new();
            for e in rd.flatten() {
                names.push(make(&e.file_name().to_string_lossy(), kind));
            }
            Ok(Value::list(names))
        }),
    ];
    let m = new_module(interp, "os", &[]);
    add_fns(interp, &m, fns);
    add_fns(interp, &m, super::os_fs::FNS);
    let path = path_module(interp);
    let env = environ().unwrap_or(Value::None);
    {
        let mut d = m.dict.borrow_mut();
        d.set_str("path", Value::Module(path.clone()));
        d.set_str("sep", Value::str("/"));
        d.set_str("altsep", Value::None);
        d.set_str("linesep", Value::str("\n"));
        d.set_str("pathsep", Value::str(":"));
        d.set_str("curdir", Value::str("."));
        d.set_str("pardir", Value::str(".."));
        d.set_str("extsep", Value::str("."));
        d.set_str("devnull", Value::str("/dev/null"));
        d.set_str("name", Value::str("posix"));
        d.set_str("environ", env);
    }
    let m = Value::Module(m);
    interp.modules.insert(Rc::from("os"), m.clone());
    interp
        .modules
        .insert(Rc::from("os.path"), Value::Module(path));
    m
}

/// `os.path` when it is imported before `os`.
pub fn path(interp: &mut Interp) -> Value {
    if let Some(p) = interp.modules.get("os.path") {
        return p.clone();
    }
    module(interp);
    interp
        .modules
        .get("os.path")
        .cloned()
        .unwrap_or(Value::None)
}
