//! `print`, `str` and `repr`: stepped natives, so that objects of user classes are converted by
//! their own `__str__`/`__repr__` (run as ordinary frames, never by Rust recursion).

use super::builtins::{arity, kwarg};
use crate::object::exception::{RResult, type_error};
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
        _ => None,
    })
}

/// `str(v)` without user code, or the method to call.
fn to_str(v: &Value) -> Result<String, Value> {
    match v {
        Value::Str(s) => Ok(s.as_str().to_string()),
        other => match dunder(other, &["__str__", "__repr__"]) {
            Some(m) => Err(m),
            None => Ok(repr::str(other)),
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

fn str_step(_: &mut Interp, input: StepInput) -> RResult<Step> {
    match input {
        StepInput::Start(a, kw) => {
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
            match to_str(v) {
                Ok(s) => Ok(Step::Return(Value::string(s))),
                Err(m) => Ok(Step::Call {
                    func: m,
                    args: vec![],
                    state: Value::None,
                }),
            }
        }
        StepInput::Resume { result, .. } => checked(result, "__str__").map(Step::Return),
    }
}

fn repr_step(_: &mut Interp, input: StepInput) -> RResult<Step> {
    match input {
        StepInput::Start(a, kw) => {
            if !kw.is_empty() {
                return type_error("repr() takes no keyword arguments");
            }
            arity("repr", a, 1, 1)?;
            match dunder(&a[0], &["__repr__"]) {
                Some(m) => Ok(Step::Call {
                    func: m,
                    args: vec![],
                    state: Value::None,
                }),
                None => Ok(Step::Return(Value::string(repr::repr(&a[0])))),
            }
        }
        StepInput::Resume { result, .. } => checked(result, "__repr__").map(Step::Return),
    }
}

/// `print(*args, sep=, end=, flush=)`. State between calls: (parts done, args left, sep, end,
/// flush).
fn print(interp: &mut Interp, input: StepInput) -> RResult<Step> {
    let (mut parts, rest, sep, end, flush) = match input {
        StepInput::Start(args, kw) => {
            for (k, _) in kw {
                if !["sep", "end", "file", "flush"].contains(&&**k) {
                    return type_error(format!("'{k}' is an invalid keyword argument for print()"));
                }
            }
            if kwarg(kw, "file").is_some_and(|f| !f.is_none()) {
                return type_error("print(file=...) is not supported yet");
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
            )
        }
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
            )
        }
    };
    let mut rest = rest.into_iter();
    while let Some(v) = rest.next() {
        match to_str(&v) {
            Ok(s) => parts.push(Value::string(s)),
            Err(m) => {
                let state = Value::tuple(vec![
                    Value::list(parts),
                    Value::list(rest.collect()),
                    sep,
                    end,
                    Value::Bool(flush),
                ]);
                return Ok(Step::Call {
                    func: m,
                    args: vec![],
                    state,
                });
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
    let _ = interp.stdout.write_all(out.as_bytes());
    if flush {
        interp.flush_stdout();
    }
    Ok(Step::Return(Value::None))
}
