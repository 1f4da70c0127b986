//! The native `sys` module.

use super::builtins::arity;
use crate::object::exception::{Raise, err};
use crate::object::ops;
use crate::object::types::ExcKind;
use crate::object::value::Value;
use crate::vm::{Interp, NativeFn, NativeKind};
use std::io::Write;

pub fn module(interp: &mut Interp, argv: &[String]) -> Value {
    let m = interp.new_module("sys", None);
    let fns: &[(&str, NativeFn)] = &[
        ("setrecursionlimit", |interp, a, _| {
            arity("setrecursionlimit", a, 1, 1)?;
            let n = ops::index_of(&a[0], "setrecursionlimit")?;
            if n < 1 {
                return err(
                    ExcKind::ValueError,
                    "recursion limit must be greater or equal than 1",
                );
            }
            interp.recursion_limit = n as usize;
            Ok(Value::None)
        }),
        ("getrecursionlimit", |interp, a, _| {
            arity("getrecursionlimit", a, 0, 0)?;
            Ok(Value::Int(interp.recursion_limit as i64))
        }),
        ("exit", |_, a, _| {
            arity("exit", a, 0, 1)?;
            Err(Raise::args(ExcKind::SystemExit, a.to_vec()))
        }),
    ];
    let mut d = m.dict.borrow_mut();
    for (name, f) in fns {
        let id = interp.register_native(name, NativeKind::Pure(*f));
        d.set_str(name, interp.natives[id as usize].value.clone());
    }
    d.set_str(
        "argv",
        Value::list(argv.iter().map(|a| Value::str(a)).collect()),
    );
    d.set_str("platform", Value::str(std::env::consts::OS));
    d.set_str("maxsize", Value::Int(i64::MAX));
    d.set_str(
        "version_info",
        Value::tuple(vec![
            Value::Int(3),
            Value::Int(11),
            Value::Int(0),
            Value::str("final"),
            Value::Int(0),
        ]),
    );
    d.set_str(
        "version",
        Value::str(concat!("3.11.0 (Baton ", env!("CARGO_PKG_VERSION"), ")")),
    );
    drop(d);
    Value::Module(m)
}

/// The process exit code for `SystemExit(args)`: None is 0, an int is itself, anything else is
/// printed to stderr and gives 1 (as CPython does).
pub fn exit_code(args: &[Value], stderr: &mut dyn Write) -> i32 {
    match args.first() {
        None | Some(Value::None) => 0,
        Some(Value::Int(i)) => *i as i32,
        Some(Value::Bool(b)) => *b as i32,
        Some(other) => {
            let _ = writeln!(stderr, "{}", crate::object::repr::str(other));
            1
        }
    }
}
