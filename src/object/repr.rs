//! `repr()` and `str()` of built-in values, as CPython writes them.

use super::format::float_repr;
use super::value::{DictViewKind, Value};
use std::fmt::Write;

/// `repr(v)`.
pub fn repr(v: &Value) -> String {
    let mut out = String::new();
    write_repr(&mut out, v, &mut Seen::default());
    out
}

/// `repr(v)` where the objects of user classes inside `v` show as `shown` says (their
/// `__repr__` results, computed by the runtime beforehand; keyed by `Value::identity`).
pub fn repr_with(v: &Value, shown: &std::collections::HashMap<usize, String>) -> String {
    let mut out = String::new();
    let mut seen = Seen {
        ids: Vec::new(),
        shown: Some(shown),
    };
    write_repr(&mut out, v, &mut seen);
    out
}

/// Containers being written (to print `[...]` for cycles), and precomputed user reprs.
#[derive(Default)]
struct Seen<'a> {
    ids: Vec<usize>,
    shown: Option<&'a std::collections::HashMap<usize, String>>,
}

/// `str(v)`.
pub fn str(v: &Value) -> String {
    match v {
        Value::Str(s) => s.as_str().to_string(),
        Value::Exception(e) => e.os_error_str().unwrap_or_else(|| {
            exception_str(
                &e.args.borrow(),
                e.kind() == Some(super::types::ExcKind::KeyError),
            )
        }),
        _ => repr(v),
    }
}

/// `str(exc)`: empty, the single argument, or the repr of the argument tuple.
pub fn exception_str(args: &[Value], is_key_error: bool) -> String {
    match args {
        [] => String::new(),
        [one] if is_key_error => repr(one),
        [one] => str(one),
        many => repr(&Value::tuple(many.to_vec())),
    }
}

pub fn str_repr(s: &str) -> String {
    let quote = if s.contains('\'') && !s.contains('"') {
        '"'
    } else {
        '\''
    };
    let mut out = String::with_capacity(s.len() + 2);
    out.push(quote);
    for c in s.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if c == quote => {
                out.push('\\');
                out.push(c);
            }
            c if (c as u32) < 0x20 || c as u32 == 0x7f => {
                let _ = write!(out, "\\x{:02x}", c as u32);
            }
            c if (0x80..0xa0).contains(&(c as u32)) || c == '\u{ad}' => {
                let _ = write!(out, "\\x{:02x}", c as u32);
            }
            c if is_unprintable(c) => {
                if (c as u32) < 0x10000 {
                    let _ = write!(out, "\\u{:04x}", c as u32);
                } else {
                    let _ = write!(out, "\\U{:08x}", c as u32);
                }
            }
            c => out.push(c),
        }
    }
    out.push(quote);
    out
}

fn is_unprintable(c: char) -> bool {
    let u = c as u32;
    matches!(u, 0x2028 | 0x2029 | 0x200b..=0x200f | 0x202a..=0x202e | 0x2060..=0x2064 | 0xfeff)
        || (0xd800..=0xdfff).contains(&u)
        || (0xe000..=0xf8ff).contains(&u)
        || (0xf0000..).contains(&u)
        || u == 0xa0
        || (0x2000..=0x200a).contains(&u)
        || u == 0x3000
}

pub fn bytes_repr(b: &[u8]) -> String {
    let quote = if b.contains(&b'\'') && !b.contains(&b'"') {
        '"'
    } else {
        '\''
    };
    let mut out = String::from("b");
    out.push(quote);
    for &x in b {
        match x {
            b'\\' => out.push_str("\\\\"),
            b'\n' => out.push_str("\\n"),
            b'\r' => out.push_str("\\r"),
            b'\t' => out.push_str("\\t"),
            x if x as char == quote => {
                out.push('\\');
                out.push(quote);
            }
            0x20..=0x7e => out.push(x as char),
            x => {
                let _ = write!(out, "\\x{x:02x}");
            }
        }
    }
    out.push(quote);
    out
}

fn write_seq(out: &mut String, items: &[Value], open: &str, close: &str, seen: &mut Seen) {
    out.push_str(open);
    for (i, item) in items.iter().enumerate() {
        if i > 0 {
            out.push_str(", ");
        }
        write_repr(out, item, seen);
    }
    out.push_str(close);
}

fn write_repr(out: &mut String, v: &Value, seen: &mut Seen) {
    if let (Value::Instance(_) | Value::Exception(_), Some(shown)) = (v, seen.shown)
        && let Some(text) = shown.get(&v.identity())
    {
        out.push_str(text);
        return;
    }
    match v {
        Value::None => out.push_str("None"),
        Value::Unbound => out.push_str("<NULL>"),
        Value::Bool(true) => out.push_str("True"),
        Value::Bool(false) => out.push_str("False"),
        Value::Int(i) => {
            let _ = write!(out, "{i}");
        }
        Value::BigInt(b) => {
            let _ = write!(out, "{b}");
        }
        Value::Float(f) => out.push_str(&float_repr(*f)),
        Value::Str(s) => out.push_str(&str_repr(s.as_str())),
        Value::Bytes(b) => out.push_str(&bytes_repr(b)),
        Value::ByteArray(b) => {
            // CPython escapes every single quote in a bytearray's repr, whatever the quotes.
            let r = bytes_repr(&b.borrow());
            let r = if r.ends_with('"') {
                r.replace('\'', "\\'")
            } else {
                r
            };
            let _ = write!(out, "bytearray({r})");
        }
        Value::List(l) => {
            let id = v.identity();
            if seen.ids.contains(&id) {
                out.push_str("[...]");
                return;
            }
            seen.ids.push(id);
            let items = l.borrow().clone();
            write_seq(out, &items, "[", "]", seen);
            seen.ids.pop();
        }
        Value::Tuple(t) => {
            if t.len() == 1 {
                out.push('(');
                write_repr(out, &t[0], seen);
                out.push_str(",)");
            } else {
                write_seq(out, t, "(", ")", seen);
            }
        }
        Value::Dict(d) => {
            let id = v.identity();
            if seen.ids.contains(&id) {
                out.push_str("{...}");
                return;
            }
            seen.ids.push(id);
            let items: Vec<(Value, Value)> = d
                .borrow()
                .map
                .iter()
                .map(|(k, v)| (k.value.clone(), v.clone()))
                .collect();
            out.push('{');
            for (i, (k, val)) in items.iter().enumerate() {
                if i > 0 {
                    out.push_str(", ");
                }
                write_repr(out, k, seen);
                out.push_str(": ");
                write_repr(out, val, seen);
            }
            out.push('}');
            seen.ids.pop();
        }
        Value::Range(r) => {
            if r.step == 1 {
                let _ = write!(out, "range({}, {})", r.start, r.stop);
            } else {
                let _ = write!(out, "range({}, {}, {})", r.start, r.stop, r.step);
            }
        }
        Value::Slice(s) => {
            out.push_str("slice(");
            write_repr(out, &s.start, seen);
            out.push_str(", ");
            write_repr(out, &s.stop, seen);
            out.push_str(", ");
            write_repr(out, &s.step, seen);
            out.push(')');
        }
        Value::DictView(view) => {
            let d = view.dict.borrow();
            let (name, items): (&str, Vec<Value>) = match view.kind {
                DictViewKind::Keys => ("dict_keys", d.keys().cloned().collect()),
                DictViewKind::Values => ("dict_values", d.map.values().cloned().collect()),
                DictViewKind::Items => (
                    "dict_items",
                    d.map
                        .iter()
                        .map(|(k, v)| Value::tuple(vec![k.value.clone(), v.clone()]))
                        .collect(),
                ),
            };
            drop(d);
            out.push_str(name);
            write_seq(out, &items, "([", "])", seen);
        }
        Value::Iter(it) => {
            let _ = write!(
                out,
                "<{} object at {:#x}>",
                it.borrow().type_name(),
                v.identity()
            );
        }
        Value::Function(f) => {
            let _ = write!(
                out,
                "<function {} at {:#x}>",
                f.code.code.qualname,
                v.identity()
            );
        }
        Value::Native(n) => match &n.bound {
            Some(recv) if !matches!(recv, Value::Module(_)) => {
                let _ = write!(
                    out,
                    "<built-in method {} of {} object at {:#x}>",
                    n.name,
                    recv.type_name(),
                    recv.identity()
                );
            }
            _ => {
                let _ = write!(out, "<built-in function {}>", n.name);
            }
        },
        Value::Cell(_) => {
            let _ = write!(out, "<cell at {:#x}>", v.identity());
        }
        Value::Code(c) => {
            let _ = write!(
                out,
                "<code object {} at {:#x}, file \"{}\", line {}>",
                c.code.name,
                v.identity(),
                c.code.filename,
                c.code.firstline
            );
        }
        Value::Type(t) => {
            if &*t.module == "builtins" {
                let _ = write!(out, "<class '{}'>", t.name);
            } else {
                let _ = write!(out, "<class '{}.{}'>", t.module, qual(t));
            }
        }
        Value::Exception(e) => {
            out.push_str(&e.class.name);
            let args = e.args.borrow().clone();
            if args.len() == 1 {
                out.push('(');
                write_repr(out, &args[0], seen);
                out.push(')');
            } else {
                write_seq(out, &args, "(", ")", seen);
            }
        }
        Value::Coroutine(c) | Value::Generator(c) | Value::AsyncGen(c) => {
            let _ = write!(
                out,
                "<{} object {} at {:#x}>",
                v.type_name(),
                c.borrow().qualname,
                v.identity()
            );
        }
        Value::AGenOp(_) => {
            let _ = write!(out, "<{} object at {:#x}>", v.type_name(), v.identity());
        }
        Value::YieldNow => out.push_str("<coroutine object sleep>"),
        Value::NotImplemented => out.push_str("NotImplemented"),
        Value::Set(s) => {
            let items: Vec<Value> = s.borrow().iter().cloned().collect();
            if items.is_empty() {
                out.push_str("set()");
            } else {
                write_seq(out, &items, "{", "}", seen);
            }
        }
        Value::FrozenSet(s) => {
            let items: Vec<Value> = s.iter().cloned().collect();
            if items.is_empty() {
                out.push_str("frozenset()");
            } else {
                write_seq(out, &items, "frozenset({", "})", seen);
            }
        }
        Value::Future(f) => write_future(out, f, seen),
        Value::Instance(i) => {
            if &*i.class.module != "builtins" {
                let _ = write!(out, "<{}.", i.class.module);
            } else {
                out.push('<');
            }
            let _ = write!(out, "{} object at {:#x}>", qual(&i.class), v.identity());
        }
        Value::Method(m) => {
            let name = match &m.func {
                Value::Function(f) => f.code.code.qualname.to_string(),
                other => other.type_name(),
            };
            out.push_str("<bound method ");
            out.push_str(&name);
            out.push_str(" of ");
            write_repr(out, &m.receiver, seen);
            out.push('>');
        }
        Value::Wrapped(w) => {
            let (kind, f) = match &**w {
                super::value::Wrapped::StaticMethod(f) => ("staticmethod", f),
                super::value::Wrapped::ClassMethod(f) => ("classmethod", f),
                super::value::Wrapped::NativeMethod(f) => {
                    write_repr(out, f, seen);
                    return;
                }
                super::value::Wrapped::Property(..) => {
                    let _ = write!(out, "<property object at {:#x}>", v.identity());
                    return;
                }
            };
            out.push('<');
            out.push_str(kind);
            out.push('(');
            write_repr(out, f, seen);
            out.push_str(")>");
        }
        Value::Super(s) => {
            let _ = write!(
                out,
                "<super: <class '{}'>, <{} object>>",
                s.class.name,
                s.obj.type_name()
            );
        }
        Value::Module(m) => match &m.file {
            Some(f) => {
                let _ = write!(out, "<module '{}' from '{}'>", m.name, f);
            }
            None => {
                let _ = write!(out, "<module '{}' (built-in)>", m.name);
            }
        },
    }
}

/// A class's qualified name (`Outer.Inner`, `f.<locals>.C`), from its namespace.
fn qual(t: &super::types::TypeObj) -> String {
    t.dict
        .as_ref()
        .and_then(
            |d| match d.borrow().get_str(&super::str::Str::new("__qualname__")) {
                Some(Value::Str(q)) => Some(q.as_str().to_string()),
                _ => None,
            },
        )
        .unwrap_or_else(|| t.name.to_string())
}

/// `repr()` of a future or task, as CPython 3.11's `_future_repr_info`/`_task_repr_info`:
/// `<Task pending name='Task-2' coro=<work() running at f.py:4> wait_for=<...> cb=[...]>`.
fn write_future(out: &mut String, f: &super::future::FutureObj, seen: &mut Seen) {
    use super::future::FutStatus;
    let st = f.state.borrow();
    let state = match st.status {
        FutStatus::Pending if f.is_task() && st.cancel_requests > 0 => "cancelling",
        FutStatus::Pending => "pending",
        FutStatus::Done => "finished",
        FutStatus::Cancelled => "cancelled",
    };
    out.push_str(if f.is_task() { "<Task " } else { "<Future " });
    out.push_str(state);
    if f.is_task() {
        let _ = write!(out, " name='{}' coro=<", st.task_name());
        write_task_coro(out, &st);
        out.push('>');
        if let Some(w) = &st.waiting_on {
            out.push_str(" wait_for=");
            write_future(out, w, seen);
        }
    }
    if st.status == FutStatus::Done {
        match &st.exception {
            Some(e) => {
                out.push_str(" exception=");
                write_repr(out, e, seen);
            }
            None => {
                out.push_str(" result=");
                write_repr(out, &st.result, seen);
            }
        }
    }
    let cbs: Vec<String> = st.callbacks.iter().map(callback_source).collect();
    match cbs.len() {
        0 => {}
        1 | 2 => {
            let _ = write!(out, " cb=[{}]", cbs.join(", "));
        }
        n => {
            let _ = write!(out, " cb=[{}, <{} more>, {}]", cbs[0], n - 2, cbs[n - 1]);
        }
    }
    out.push('>');
}

/// `coroutines._format_coroutine`: `main() running at f.py:3` or `main() done, defined at
/// f.py:1`.
fn write_task_coro(out: &mut String, st: &super::future::FutState) {
    let (qualname, running) = match &st.coro {
        Value::Coroutine(c) => {
            let c = c.borrow();
            (
                c.qualname.to_string(),
                c.state != super::value::CoroState::Closed,
            )
        }
        other => (other.type_name(), false),
    };
    let _ = write!(out, "{qualname}()");
    let Some(code) = &st.coro_code else {
        return;
    };
    let code = &code.code;
    if running && st.coro_pc > 0 {
        let line = super::sources::line_of(code, st.coro_pc);
        let _ = write!(out, " running at {}:{line}", code.filename);
    } else if running {
        let line = super::sources::first_line(code);
        let _ = write!(out, " running at {}:{line}", code.filename);
    } else {
        let line = super::sources::first_line(code);
        let _ = write!(out, " done, defined at {}:{line}", code.filename);
    }
}

/// `format_helpers._format_callback_source` of a done callback.
fn callback_source(cb: &super::future::FutureCallback) -> String {
    use super::future::FutureCallback;
    match cb {
        FutureCallback::WakeTask(_) => "Task.task_wakeup()".into(),
        FutureCallback::Gather(_) => "_GatheringFuture._done_callback()".into(),
        FutureCallback::StopLoop => "_run_until_complete_cb()".into(),
        FutureCallback::Call(func) => {
            let target = match func {
                Value::Method(m) => &m.func,
                other => other,
            };
            match target {
                Value::Function(f) => format!(
                    "{}() at {}:{}",
                    f.code.code.qualname,
                    f.code.code.filename,
                    super::sources::first_line(&f.code.code)
                ),
                Value::Native(n) => format!("{}()", n.name),
                other => format!("{}()", repr(other)),
            }
        }
    }
}
