//! `print`, `str` and `repr`: stepped natives, so that objects of user classes are converted by
//! their own `__str__`/`__repr__` (run as ordinary frames, never by Rust recursion).

use super::builtins::{arity, kwarg};
use crate::object::exception::{RResult, Raise, type_error};
use crate::object::ops::truthy;
use crate::object::repr;
use crate::object::str::Str;
use crate::object::types::BuiltinType;
use crate::object::value::{Method, Value};
use crate::vm::{Interp, NativeKind, Step, StepInput};
use std::io::Write;
use std::rc::Rc;

pub fn install(interp: &mut Interp) {
    let print = interp.register_native("print", NativeKind::Stepped(print));
    let v = interp.natives[print as usize].value.clone();
    interp.builtins.borrow_mut().set_str("print", v);
    let repr_id = interp.register_native("repr", NativeKind::Stepped(repr_step));
    let v = interp.natives[repr_id as usize].value.clone();
    interp.builtins.borrow_mut().set_str("repr", v);
    let str_id = interp.register_native("str", NativeKind::Stepped(str_step));
    interp.type_ctors.insert(BuiltinType::Str as u8, str_id);
    let t = Value::Type(interp.builtin_type(BuiltinType::Str));
    interp.builtins.borrow_mut().set_str("str", t);
    interp.str_native = str_id;
    interp.repr_native = repr_id;
}

/// The user-defined `__str__`/`__repr__` that converting `v` must call, bound to `v`.
fn dunder(v: &Value, names: &[&str]) -> Option<Value> {
    let class = match v {
        Value::Instance(i) => &i.class,
        Value::Exception(e) if e.class.dict.is_some() => &e.class,
        _ => return None,
    };
    names.iter().find_map(|n| match class.lookup(&Str::new(n)) {
        Some(f @ Value::Function(_)) => Some(Value::Method(Rc::new(Method {
            func: f,
            receiver: v.clone(),
        }))),
        // A class defined in Rust (`re.Match`, ...) with a native `__repr__`.
        Some(Value::Wrapped(w)) => match &*w {
            crate::object::value::Wrapped::NativeMethod(f) => {
                Some(Value::Method(Rc::new(Method {
                    func: f.clone(),
                    receiver: v.clone(),
                })))
            }
            _ => None,
        },
        _ => None,
    })
}

/// The user objects with a `__repr__` inside the containers `v` holds (depth-first, each
/// once), whose reprs a container's repr needs.
fn inner_user_objects(v: &Value, out: &mut Vec<Value>, visiting: &mut Vec<usize>) {
    let children: Vec<Value> = match v {
        Value::List(l) => l.borrow().clone(),
        Value::Tuple(t) => (**t).clone(),
        Value::Dict(d) => d
            .borrow()
            .map
            .iter()
            .flat_map(|(k, v)| [k.value.clone(), v.clone()])
            .collect(),
        Value::DictView(view) => view
            .dict
            .borrow()
            .map
            .iter()
            .flat_map(|(k, v)| [k.value.clone(), v.clone()])
            .collect(),
        _ => return,
    };
    if visiting.contains(&v.identity()) || visiting.len() > 1000 {
        return;
    }
    visiting.push(v.identity());
    for c in children {
        if dunder(&c, &["__repr__"]).is_some() {
            if !out.iter().any(|o| o.is(&c)) {
                out.push(c);
            }
        } else {
            inner_user_objects(&c, out, visiting);
        }
    }
    visiting.pop();
}

/// `str(v)` without user code, or the callable (and its arguments) to get it from.
fn to_str(interp: &Interp, v: &Value) -> Result<String, (Value, Vec<Value>)> {
    match v {
        Value::Str(s) => Ok(s.as_str().to_string()),
        other => match dunder(other, &["__str__", "__repr__"]) {
            Some(m) => Err((m, vec![])),
            None => {
                let mut inner = Vec::new();
                inner_user_objects(other, &mut inner, &mut Vec::new());
                if inner.is_empty() {
                    Ok(repr::str(other))
                } else {
                    // A container of user objects: the stepped `repr` runs their `__repr__`.
                    let f = interp.natives[interp.repr_native as usize].value.clone();
                    Err((f, vec![other.clone()]))
                }
            }
        },
    }
}

/// Checks what a `__str__`/`__repr__` returned.
fn checked(result: Value, which: &str) -> RResult<Value> {
    match result {
        Value::Str(_) => Ok(result),
        other => type_error(format!(
            "{which} returned non-string (type {})",
            other.type_name()
        )),
    }
}

/// `str(obj, encoding='utf-8', errors='strict')`: `obj` must be bytes-like.
fn str_decode(
    interp: &mut Interp,
    a: &[Value],
    kw: &[(std::rc::Rc<str>, Value)],
) -> RResult<Value> {
    arity("str", a, 1, 3)?;
    if crate::object::bytearray::bytes_like(&a[0]).is_none() {
        return type_error(format!(
            "decoding to str: need a bytes-like object, {} found",
            a[0].type_name()
        ));
    }
    super::bytes::decode_method(interp, a, kw)
}

fn str_step(interp: &mut Interp, input: StepInput) -> RResult<Step> {
    match input {
        StepInput::Start(a, kw) => {
            // `str(bytes, encoding[, errors])` decodes.
            let decoding = a.len() > 1
                || kw
                    .iter()
                    .any(|(k, _)| matches!(&**k, "encoding" | "errors"));
            if decoding {
                return str_decode(interp, a, kw).map(Step::Return);
            }
            if !kw.is_empty() {
                return type_error("str() keyword arguments are not supported yet");
            }
            arity("str", a, 0, 1)?;
            let Some(v) = a.first() else {
                return Ok(Step::Return(Value::str("")));
            };
            if let Value::Str(_) = v {
                return Ok(Step::Return(v.clone()));
            }
            match to_str(interp, v) {
                Ok(s) => Ok(Step::Return(Value::string(s))),
                Err((func, args)) => Ok(Step::Call {
                    func,
                    args,
                    state: Value::None,
                }),
            }
        }
        StepInput::Resume { result, .. } => checked(result, "__str__").map(Step::Return),
        StepInput::Throw { exc, .. } => Err(Raise::value(exc)),
    }
}

/// `repr(v)`. For a container of user objects the state is (container, objects, reprs so
/// far): each object's `__repr__` runs in turn, then the container is written with them.
fn repr_step(_: &mut Interp, input: StepInput) -> RResult<Step> {
    match input {
        StepInput::Start(a, kw) => {
            if !kw.is_empty() {
                return type_error("repr() takes no keyword arguments");
            }
            arity("repr", a, 1, 1)?;
            if let Some(m) = dunder(&a[0], &["__repr__"]) {
                return Ok(Step::Call {
                    func: m,
                    args: vec![],
                    state: Value::None,
                });
            }
            let mut inner = Vec::new();
            inner_user_objects(&a[0], &mut inner, &mut Vec::new());
            if inner.is_empty() {
                return Ok(Step::Return(Value::string(repr::repr(&a[0]))));
            }
            let first = dunder(&inner[0], &["__repr__"]).expect("collected for its __repr__");
            let state = Value::tuple(vec![a[0].clone(), Value::list(inner), Value::list(vec![])]);
            Ok(Step::Call {
                func: first,
                args: vec![],
                state,
            })
        }
        StepInput::Resume {
            state: Value::None,
            result,
        } => checked(result, "__repr__").map(Step::Return),
        StepInput::Throw { exc, .. } => Err(Raise::value(exc)),
        StepInput::Resume { state, result } => {
            let Value::Tuple(t) = &state else {
                unreachable!("repr state")
            };
            let (Value::List(objects), Value::List(reprs)) = (&t[1], &t[2]) else {
                unreachable!("repr state lists")
            };
            reprs.borrow_mut().push(checked(result, "__repr__")?);
            let done = reprs.borrow().len();
            if done < objects.borrow().len() {
                let next = objects.borrow()[done].clone();
                let m = dunder(&next, &["__repr__"]).expect("collected for its __repr__");
                return Ok(Step::Call {
                    func: m,
                    args: vec![],
                    state: state.clone(),
                });
            }
            let shown: std::collections::HashMap<usize, String> = objects
                .borrow()
                .iter()
                .zip(reprs.borrow().iter())
                .map(|(o, r)| (o.identity(), repr::str(r)))
                .collect();
            Ok(Step::Return(Value::string(repr::repr_with(&t[0], &shown))))
        }
    }
}

/// The next `write` call of `print(file=obj)`: `pending` is `[write, piece, ...]`.
fn next_write(pending: crate::object::value::ListRef) -> Step {
    let mut p = pending.borrow_mut();
    if p.len() <= 1 {
        return Step::Return(Value::None);
    }
    let piece = p.remove(1);
    let func = p[0].clone();
    drop(p);
    Step::Call {
        func,
        args: vec![piece],
        state: Value::List(pending),
    }
}

/// `print(*args, sep=, end=, file=, flush=)`. State between calls: (parts done, args left,
/// sep, end, flush, file); a list of pieces while writing to a script object.
fn print(interp: &mut Interp, input: StepInput) -> RResult<Step> {
    let (mut parts, rest, sep, end, flush, file) = match input {
        // Writing to a script object: one `write` call per piece, as CPython does.
        StepInput::Resume {
            state: Value::List(pending),
            ..
        } => return Ok(next_write(pending)),
        StepInput::Start(args, kw) => {
            for (k, _) in kw {
                if !["sep", "end", "file", "flush"].contains(&&**k) {
                    return type_error(format!("'{k}' is an invalid keyword argument for print()"));
                }
            }

            let text = |name: &str, default: &str| -> RResult<Value> {
                match kwarg(kw, name) {
                    None | Some(Value::None) => Ok(Value::str(default)),
                    Some(v @ Value::Str(_)) => Ok(v),
                    Some(other) => type_error(format!(
                        "{name} must be None or a string, not {}",
                        other.type_name()
                    )),
                }
            };
            let flush = kwarg(kw, "flush").is_some_and(|v| truthy(&v));
            (
                Vec::new(),
                args.to_vec(),
                text("sep", " ")?,
                text("end", "\n")?,
                flush,
                kwarg(kw, "file").unwrap_or(Value::None),
            )
        }
        StepInput::Throw { exc, .. } => return Err(Raise::value(exc)),
        StepInput::Resume { state, result } => {
            let Value::Tuple(t) = state else {
                unreachable!("print state")
            };
            let mut parts = match &t[0] {
                Value::List(l) => std::mem::take(&mut *l.borrow_mut()),
                _ => unreachable!(),
            };
            parts.push(checked(result, "__str__")?);
            let rest = match &t[1] {
                Value::List(l) => std::mem::take(&mut *l.borrow_mut()),
                _ => unreachable!(),
            };
            (
                parts,
                rest,
                t[2].clone(),
                t[3].clone(),
                matches!(t[4], Value::Bool(true)),
                t[5].clone(),
            )
        }
    };
    let mut rest = rest.into_iter();
    while let Some(v) = rest.next() {
        match to_str(interp, &v) {
            Ok(s) => parts.push(Value::string(s)),
            Err((func, args)) => {
                let state = Value::tuple(vec![
                    Value::list(parts),
                    Value::list(rest.collect()),
                    sep,
                    end,
                    Value::Bool(flush),
                    file,
                ]);
                return Ok(Step::Call { func, args, state });
            }
        }
    }
    let (Value::Str(sep), Value::Str(end)) = (&sep, &end) else {
        unreachable!()
    };
    let mut out = String::new();
    for (i, p) in parts.iter().enumerate() {
        if i > 0 {
            out.push_str(sep.as_str());
        }
        if let Value::Str(s) = p {
            out.push_str(s.as_str());
        }
    }
    out.push_str(end.as_str());
    match &file {
        Value::None => {
            let _ = interp.stdout.write_all(out.as_bytes());
        }
        f => match super::sys::stream_of(f) {
            Some(stream) => super::sys::write_stream(interp, stream, &out),
            None => {
                // Any object with a `write` method: each piece is written separately.
                let write = interp.load_attr(f, &crate::object::str::Str::new("write"))?;
                let mut pending = vec![write];
                for (i, p) in parts.into_iter().enumerate() {
                    if i > 0 {
                        pending.push(Value::Str(sep.clone()));
                    }
                    pending.push(p);
                }
                pending.push(Value::Str(end.clone()));
                let pending = match Value::list(pending) {
                    Value::List(l) => l,
                    _ => unreachable!(),
                };
                return Ok(next_write(pending));
            }
        },
    }
    if flush {
        interp.flush_stdout();
    }
    Ok(Step::Return(Value::None))
}
