//! `open()`: text files, read and written through a native `_io.TextIOWrapper` class (also
//! a context manager and an iterator over lines). Reading decodes UTF-8; newlines are kept
//! as they are in the file.

use super::builtins::{arity, kwarg};
use crate::object::exception::{RResult, Raise, err, type_error};
use crate::object::types::ExcKind;
use crate::object::value::Value;
use crate::vm::{Interp, NativeKind};
use std::io::{BufRead, BufReader, Write};
use std::rc::Rc;

type Kw<'a> = &'a [(Rc<str>, Value)];

/// An open file's state.
struct FileState {
    name: String,
    mode: String,
    reader: Option<BufReader<std::fs::File>>,
    writer: Option<std::io::BufWriter<std::fs::File>>,
    closed: bool,
}

/// The file class, made once per interpreter.
#[derive(Default)]
struct FileClass(Option<Value>);

fn os_error(e: std::io::Error, name: &str) -> Raise {
    let (kind, text) = match e.kind() {
        std::io::ErrorKind::NotFound => (ExcKind::FileNotFoundError, "No such file or directory"),
        std::io::ErrorKind::PermissionDenied => (ExcKind::PermissionError, "Permission denied"),
        std::io::ErrorKind::AlreadyExists => (ExcKind::FileExistsError, "File exists"),
        std::io::ErrorKind::IsADirectory => (ExcKind::IsADirectoryError, "Is a directory"),
        _ => (ExcKind::OSError, "Input/output error"),
    };
    let code = e.raw_os_error().unwrap_or(0);
    Raise::args(
        kind,
        vec![Value::Int(code as i64), Value::str(text), Value::str(name)],
    )
}

/// A value read from a file object's state (closed or not).
fn with_state(v: &Value, f: impl FnOnce(&FileState) -> Value) -> RResult<Value> {
    match v {
        Value::Instance(i) => match i.payload::<FileState>() {
            Some(s) => Ok(f(&s)),
            None => type_error("expected a file object"),
        },
        _ => type_error("expected a file object"),
    }
}

fn with_file<R>(v: &Value, f: impl FnOnce(&mut FileState) -> RResult<R>) -> RResult<R> {
    let Value::Instance(i) = v else {
        return type_error("expected a file object");
    };
    let Some(mut state) = i.payload::<FileState>() else {
        return type_error("expected a file object");
    };
    if state.closed {
        return err(ExcKind::ValueError, "I/O operation on closed file.");
    }
    f(&mut state)
}

fn reader(state: &mut FileState) -> RResult<&mut BufReader<std::fs::File>> {
    match &mut state.reader {
        Some(r) => Ok(r),
        None => err(ExcKind::UnsupportedOperation, "not readable"),
    }
}

fn read_line(state: &mut FileState) -> RResult<String> {
    let mut line = String::new();
    reader(state)?
        .read_line(&mut line)
        .map_err(|e| os_error(e, &state.name))?;
    Ok(line)
}

fn open(interp: &mut Interp, a: &[Value], kw: Kw) -> RResult<Value> {
    arity("open", a, 1, 3)?;
    let Value::Str(path) = &a[0] else {
        return type_error(format!(
            "expected str, bytes or os.PathLike object, not {}",
            a[0].type_name()
        ));
    };
    let mode = match a.get(1).cloned().or_else(|| kwarg(kw, "mode")) {
        None => "r".to_string(),
        Some(Value::Str(m)) => m.as_str().to_string(),
        Some(other) => {
            return type_error(format!(
                "open() argument 'mode' must be str, not {}",
                other.type_name()
            ));
        }
    };
    let name = path.as_str().to_string();
    let base: String = mode.chars().filter(|c| *c != 't').collect();
    let mut opts = std::fs::OpenOptions::new();
    match base.as_str() {
        "r" => opts.read(true),
        "w" => opts.write(true).create(true).truncate(true),
        "a" => opts.append(true).create(true),
        "x" => opts.write(true).create_new(true),
        "r+" => opts.read(true).write(true),
        "w+" => opts.read(true).write(true).create(true).truncate(true),
        _ if mode.contains('b') => {
            return err(
                ExcKind::ValueError,
                "binary mode files are not supported yet",
            );
        }
        _ => return err(ExcKind::ValueError, format!("invalid mode: '{mode}'")),
    };
    let file = opts.open(&name).map_err(|e| os_error(e, &name))?;
    let reads = base.starts_with('r') || base.ends_with('+');
    let writes = base != "r";
    let state = FileState {
        name,
        mode,
        reader: if reads {
            Some(BufReader::new(
                file.try_clone().map_err(|e| os_error(e, ""))?,
            ))
        } else {
            None
        },
        writer: if writes {
            Some(std::io::BufWriter::new(file))
        } else {
            None
        },
        closed: false,
    };
    let class = file_class(interp);
    interp.native_instance(&class, state)
}

fn close(state: &mut FileState) -> RResult<()> {
    if let Some(w) = &mut state.writer {
        w.flush().map_err(|e| os_error(e, &state.name))?;
    }
    state.reader = None;
    state.writer = None;
    state.closed = true;
    Ok(())
}

fn file_class(interp: &mut Interp) -> Value {
    if let Some(c) = &interp.ext::<FileClass>().0 {
        return c.clone();
    }
    let methods: &[(&'static str, NativeKind)] = &[
        (
            "read",
            NativeKind::Pure(|_, a, _| {
                arity("read", &a[1..], 0, 1)?;
                with_file(&a[0], |s| {
                    let mut text = String::new();
                    std::io::Read::read_to_string(reader(s)?, &mut text)
                        .map_err(|e| os_error(e, &s.name))?;
                    Ok(Value::string(text))
                })
            }),
        ),
        (
            "readline",
            NativeKind::Pure(|_, a, _| with_file(&a[0], |s| Ok(Value::string(read_line(s)?)))),
        ),
        (
            "readlines",
            NativeKind::Pure(|_, a, _| {
                with_file(&a[0], |s| {
                    let mut lines = Vec::new();
                    loop {
                        let line = read_line(s)?;
                        if line.is_empty() {
                            break;
                        }
                        lines.push(Value::string(line));
                    }
                    Ok(Value::list(lines))
                })
            }),
        ),
        (
            "write",
            NativeKind::Pure(|_, a, _| {
                arity("write", &a[1..], 1, 1)?;
                let Value::Str(text) = &a[1] else {
                    return type_error(format!(
                        "write() argument must be str, not {}",
                        a[1].type_name()
                    ));
                };
                with_file(&a[0], |s| {
                    let name = s.name.clone();
                    match &mut s.writer {
                        Some(w) => w
                            .write_all(text.as_str().as_bytes())
                            .map_err(|e| os_error(e, &name))?,
                        None => return err(ExcKind::UnsupportedOperation, "not writable"),
                    }
                    Ok(Value::Int(text.len() as i64))
                })
            }),
        ),
        (
            "close",
            NativeKind::Pure(|_, a, _| {
                if let Value::Instance(i) = &a[0]
                    && let Some(mut s) = i.payload::<FileState>()
                    && !s.closed
                {
                    close(&mut s)?;
                }
                Ok(Value::None)
            }),
        ),
        ("__enter__", NativeKind::Pure(|_, a, _| Ok(a[0].clone()))),
        (
            "__exit__",
            NativeKind::Pure(|_, a, _| {
                if let Value::Instance(i) = &a[0]
                    && let Some(mut s) = i.payload::<FileState>()
                    && !s.closed
                {
                    close(&mut s)?;
                }
                Ok(Value::Bool(false))
            }),
        ),
        ("__iter__", NativeKind::Pure(|_, a, _| Ok(a[0].clone()))),
        (
            "__next__",
            NativeKind::Pure(|_, a, _| {
                with_file(&a[0], |s| {
                    let line = read_line(s)?;
                    if line.is_empty() {
                        Err(Raise::args(ExcKind::StopIteration, vec![]))
                    } else {
                        Ok(Value::string(line))
                    }
                })
            }),
        ),
        (
            "__repr__",
            NativeKind::Pure(|_, a, _| {
                let Value::Instance(i) = &a[0] else {
                    return type_error("expected a file object");
                };
                let s = i.payload::<FileState>();
                Ok(Value::string(match s {
                    Some(s) => format!(
                        "<_io.TextIOWrapper name='{}' mode='{}' encoding='UTF-8'>",
                        s.name, s.mode
                    ),
                    None => "<_io.TextIOWrapper>".into(),
                }))
            }),
        ),
    ];
    let class = interp.native_class("TextIOWrapper", "_io", methods);
    // `f.closed`, `f.name`, `f.mode`: read-only properties over the native state.
    let props: [(&str, crate::vm::NativeFn); 3] = [
        ("closed", |_, a, _| {
            Ok(Value::Bool(match &a[0] {
                Value::Instance(i) => i.payload::<FileState>().is_none_or(|s| s.closed),
                _ => true,
            }))
        }),
        ("name", |_, a, _| with_state(&a[0], |s| Value::str(&s.name))),
        ("mode", |_, a, _| with_state(&a[0], |s| Value::str(&s.mode))),
    ];
    for (name, f) in props {
        let id = interp.register_native(name, NativeKind::Pure(f));
        let getter = interp.natives[id as usize].value.clone();
        let prop = crate::object::value::Wrapped::Property(getter, Value::None, Value::None);
        if let Some(d) = &class.dict {
            d.borrow_mut()
                .set_str(name, Value::Wrapped(std::rc::Rc::new(prop)));
        }
    }
    class.setters.set(true);
    let class = Value::Type(class);
    interp.ext::<FileClass>().0 = Some(class.clone());
    class
}

/// `input([prompt])`.
fn input(interp: &mut Interp, a: &[Value], _: Kw) -> RResult<Value> {
    arity("input", a, 0, 1)?;
    if let Some(p) = a.first() {
        let text = crate::object::repr::str(p);
        let _ = interp.stdout.write_all(text.as_bytes());
    }
    interp.flush_stdout();
    let mut line = String::new();
    match std::io::stdin().read_line(&mut line) {
        Ok(0) => err(ExcKind::EOFError, "EOF when reading a line"),
        Ok(_) => {
            if line.ends_with('\n') {
                line.pop();
                if line.ends_with('\r') {
                    line.pop();
                }
            }
            Ok(Value::string(line))
        }
        Err(e) => Err(os_error(e, "<stdin>")),
    }
}

pub fn install(interp: &mut Interp) {
    for (name, f) in [("open", open as crate::vm::NativeFn), ("input", input)] {
        let id = interp.register_native(name, NativeKind::Pure(f));
        let v = interp.natives[id as usize].value.clone();
        interp.builtins.borrow_mut().set_str(name, v);
    }
}
