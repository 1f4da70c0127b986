//! `os` functions that change the file system: `remove`/`unlink`, `rmdir`, `mkdir`,
//! `makedirs`, `rename`/`replace`. Errors are `OSError`s with CPython's errno and text.

use super::os::{os_error, path_of};
use crate::object::exception::{RResult, type_error};
use crate::object::ops::truthy;
use crate::object::value::Value;
use crate::runtime::builtins::arity;
use crate::vm::NativeFn;
use std::rc::Rc;

type Kw<'a> = &'a [(Rc<str>, Value)];

/// The path argument `a[0]` (or `kw[name]`).
fn path_arg(name: &str, a: &[Value], kw: Kw) -> RResult<String> {
    let v = a
        .first()
        .or_else(|| kw.iter().find(|(k, _)| &**k == "path").map(|(_, v)| v));
    match v {
        Some(v) => Ok(path_of(v)?.0),
        None => type_error(format!("{name}() missing required argument 'path' (pos 1)")),
    }
}

fn remove(_: &mut crate::vm::Interp, a: &[Value], kw: Kw) -> RResult<Value> {
    arity("remove", a, 0, 1)?;
    let p = path_arg("remove", a, kw)?;
    std::fs::remove_file(&p).map_err(|e| os_error(&e, &p))?;
    Ok(Value::None)
}

pub const FNS: &[(&str, NativeFn)] = &[
    ("remove", remove),
    ("unlink", remove),
    ("rmdir", |_, a, kw| {
        arity("rmdir", a, 0, 1)?;
        let p = path_arg("rmdir", a, kw)?;
        std::fs::remove_dir(&p).map_err(|e| os_error(&e, &p))?;
        Ok(Value::None)
    }),
    ("mkdir", |_, a, kw| {
        arity("mkdir", a, 0, 2)?;
        let p = path_arg("mkdir", a, kw)?;
        std::fs::create_dir(&p).map_err(|e| os_error(&e, &p))?;
        Ok(Value::None)
    }),
    ("makedirs", |_, a, kw| {
        arity("makedirs", a, 0, 3)?;
        let p = path_arg("makedirs", a, kw)?;
        let exist_ok = a
            .get(2)
            .or_else(|| kw.iter().find(|(k, _)| &**k == "exist_ok").map(|(_, v)| v))
            .is_some_and(truthy);
        if std::path::Path::new(&p).is_dir() {
            if exist_ok {
                return Ok(Value::None);
            }
            let e = std::io::Error::from_raw_os_error(17);
            return Err(os_error(&e, &p));
        }
        std::fs::create_dir_all(&p).map_err(|e| os_error(&e, &p))?;
        Ok(Value::None)
    }),
    ("rename", |_, a, _| {
        arity("rename", a, 2, 2)?;
        let (src, dst) = (path_of(&a[0])?.0, path_of(&a[1])?.0);
        std::fs::rename(&src, &dst).map_err(|e| os_error(&e, &src))?;
        Ok(Value::None)
    }),
    ("replace", |_, a, _| {
        arity("replace", a, 2, 2)?;
        let (src, dst) = (path_of(&a[0])?.0, path_of(&a[1])?.0);
        std::fs::rename(&src, &dst).map_err(|e| os_error(&e, &src))?;
        Ok(Value::None)
    }),
];
