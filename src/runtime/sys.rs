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
    let (stdout, stderr) = streams(interp);
    d.set_str("stdout", stdout.clone());
    d.set_str("stderr", stderr.clone());
    d.set_str("__stdout__", stdout);
    d.set_str("__stderr__", stderr);
    d.set_str(
        "argv",
        Value::list(argv.iter().map(|a| Value::str(a)).collect()),
    );
    d.set_str("platform", Value::str(std::env::consts::OS));
    d.set_str("maxsize", Value::Int(i64::MAX));
    d.set_str("version_info", version_info(interp));
    d.set_str(
        "version",
        Value::str(concat!("3.11.0 (Baton ", env!("CARGO_PKG_VERSION"), ")")),
    );
    drop(d);
    Value::Module(m)
}

/// `sys.version_info`: an instance of the prelude's `_VersionInfo` (a tuple with named
/// fields), or a plain tuple before the prelude exists.
fn version_info(interp: &Interp) -> Value {
    let fields = [
        ("major", Value::Int(3)),
        ("minor", Value::Int(11)),
        ("micro", Value::Int(0)),
        ("releaselevel", Value::str("final")),
        ("serial", Value::Int(0)),
    ];
    let t = Value::tuple(fields.iter().map(|(_, v)| v.clone()).collect());
    let Some(Value::Type(class)) = interp.prelude_fn("_VersionInfo") else {
        return t;
    };
    let mut d = crate::object::dict::Dict::new();
    d.set_str("_t", t);
    for (k, v) in fields {
        d.set_str(k, v);
    }
    Value::Instance(std::rc::Rc::new(crate::object::value::Instance {
        class,
        dict: std::rc::Rc::new(std::cell::RefCell::new(d)),
        payload: None,
    }))
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

/// Which standard stream a `sys.stdout`/`sys.stderr` object writes to.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Stream {
    Stdout,
    Stderr,
}

/// Where `sys.stderr` writes when an embedding host redirected it (else the process's stderr).
#[derive(Default)]
pub struct StderrSink(pub Option<Box<dyn Write + Send>>);

/// The `sys.stdout` and `sys.stderr` objects, made once per interpreter.
#[derive(Default)]
pub struct Streams {
    pub objects: Option<(Value, Value)>,
}

/// The stream an object stands for, if it is `sys.stdout` or `sys.stderr`.
pub fn stream_of(v: &Value) -> Option<Stream> {
    match v {
        Value::Instance(i) => i.payload::<Stream>().map(|s| *s),
        _ => None,
    }
}

/// Writes text to a standard stream (stdout goes through the interpreter's buffered writer,
/// so it stays in order with `print`).
pub fn write_stream(interp: &mut Interp, stream: Stream, text: &str) {
    match stream {
        Stream::Stdout => {
            let _ = interp.stdout.write_all(text.as_bytes());
        }
        Stream::Stderr => {
            interp.flush_stdout();
            match &mut interp.ext::<StderrSink>().0 {
                Some(w) => {
                    let _ = w.write_all(text.as_bytes());
                }
                None => {
                    let _ = std::io::stderr().write_all(text.as_bytes());
                }
            }
        }
    }
}

fn streams(interp: &mut Interp) -> (Value, Value) {
    if let Some(s) = &interp.ext::<Streams>().objects {
        return s.clone();
    }
    let class = interp.native_class(
        "TextIOWrapper",
        "_io",
        &[
            (
                "write",
                NativeKind::Pure(|interp, a, _| {
                    arity("write", &a[1..], 1, 1)?;
                    let Some(stream) = stream_of(&a[0]) else {
                        return crate::object::exception::type_error("write() on a closed stream");
                    };
                    let Value::Str(s) = &a[1] else {
                        return crate::object::exception::type_error(format!(
                            "write() argument must be str, not {}",
                            a[1].type_name()
                        ));
                    };
                    write_stream(interp, stream, s.as_str());
                    Ok(Value::Int(s.len() as i64))
                }),
            ),
            (
                "flush",
                NativeKind::Pure(|interp, _, _| {
                    interp.flush_stdout();
                    Ok(Value::None)
                }),
            ),
        ],
    );
    let class = Value::Type(class);
    let out = interp
        .native_instance(&class, Stream::Stdout)
        .expect("a native class");
    let err = interp
        .native_instance(&class, Stream::Stderr)
        .expect("a native class");
    interp.ext::<Streams>().objects = Some((out.clone(), err.clone()));
    (out, err)
}
