//! The native `json` module: `dumps` and `loads` with CPython 3.11's output and error
//! messages, and the `json.JSONDecodeError` class.
//!
//! Both directions are iterative (an explicit stack of open containers), so deep documents
//! need no Rust recursion, and both are stepped natives: `dumps(default=)` and the `loads`
//! hooks (`object_hook`, `parse_float`, ...) run as ordinary script calls, the encoder or
//! parser waiting in a native instance's payload meanwhile.

use super::{add, new_module};
use crate::object::dict::Dict;
use crate::object::exception::{ExceptionObj, RResult, Raise, err, type_error};
use crate::object::format::float_repr;
use crate::object::ops::{self, truthy};
use crate::object::types::{ExcKind, TypeKind, TypeObj};
use crate::object::value::Value;
use crate::runtime::builtins::sort_values;
use crate::vm::{Interp, NativeKind, Step, StepInput};
use num_bigint::BigInt;
use rustc_hash::FxHashSet;
use std::cell::RefCell;
use std::fmt::Write as _;
use std::rc::Rc;

type Kw<'a> = &'a [(Rc<str>, Value)];

/// Per-interpreter classes the module needs after it has been imported.
#[derive(Default)]
struct JsonExt {
    /// Holds a suspended encoder or parser while a callback runs.
    state_class: Option<Rc<TypeObj>>,
    decode_error: Option<Rc<TypeObj>>,
    unicode_decode_error: Option<Rc<TypeObj>>,
}

/// An exception class derived from a built-in one, defined in `module`.
pub(crate) fn exception_class(
    interp: &Interp,
    name: &str,
    module: &str,
    base: ExcKind,
) -> Rc<TypeObj> {
    let base = interp.exc_type(base);
    let mut ns = Dict::new();
    ns.set_str("__module__", Value::str(module));
    let mut mro = vec![base.clone()];
    mro.extend(base.mro.iter().cloned());
    Rc::new(TypeObj {
        name: Rc::from(name),
        module: Rc::from(module),
        kind: TypeKind::Exception(None),
        base: Some(base.clone()),
        bases: vec![base],
        mro,
        dict: Some(Rc::new(RefCell::new(ns))),
        setters: Default::default(),
        finalizer: Default::default(),
        getattribute: Default::default(),
    })
}

fn classes(interp: &mut Interp) -> (Rc<TypeObj>, Rc<TypeObj>, Rc<TypeObj>) {
    if interp.ext::<JsonExt>().state_class.is_none() {
        let state = interp.native_class("_json_state", "json", &[]);
        let decode = exception_class(
            interp,
            "JSONDecodeError",
            "json.decoder",
            ExcKind::ValueError,
        );
        let unicode = exception_class(
            interp,
            "UnicodeDecodeError",
            "builtins",
            ExcKind::UnicodeError,
        );
        let ext = interp.ext::<JsonExt>();
        ext.state_class = Some(state);
        ext.decode_error = Some(decode);
        ext.unicode_decode_error = Some(unicode);
    }
    let ext = interp.ext::<JsonExt>();
    (
        ext.state_class.clone().expect("made above"),
        ext.decode_error.clone().expect("made above"),
        ext.unicode_decode_error.clone().expect("made above"),
    )
}

pub fn module(interp: &mut Interp) -> Value {
    let (_, decode_error, _) = classes(interp);
    let m = new_module(interp, "json", &[]);
    add(interp, &m, "dumps", NativeKind::Stepped(dumps));
    add(interp, &m, "loads", NativeKind::Stepped(loads));
    m.dict
        .borrow_mut()
        .set_str("JSONDecodeError", Value::Type(decode_error));
    Value::Module(m)
}

/// Wraps Rust state into a value that can travel through `Step::Call`.
fn wrap_state<T: 'static>(interp: &mut Interp, state: T) -> RResult<Value> {
    let (class, _, _) = classes(interp);
    interp.native_instance(&Value::Type(class), Some(state))
}

fn take_state<T: 'static>(state: &Value) -> Option<T> {
    match state {
        Value::Instance(i) => i.payload::<Option<T>>()?.take(),
        _ => None,
    }
}

fn put_state<T: 'static>(state: &Value, value: T) {
    if let Value::Instance(i) = state
        && let Some(mut p) = i.payload::<Option<T>>()
    {
        *p = Some(value);
    }
}

fn lost_state<T>() -> RResult<T> {
    err(ExcKind::RuntimeError, "json: lost its suspended state")
}

fn check_kwargs(kw: Kw, known: &[&str], extra: &[&str], class: &str) -> RResult<()> {
    for (k, _) in kw {
        if !known.contains(&&**k) && !extra.contains(&&**k) {
            return type_error(format!(
                "{class}.__init__() got an unexpected keyword argument '{k}'"
            ));
        }
    }
    Ok(())
}

fn one_positional(name: &str, param: &str, args: &[Value]) -> RResult<Value> {
    match args {
        [v] => Ok(v.clone()),
        [] => type_error(format!(
            "{name}() missing 1 required positional argument: '{param}'"
        )),
        _ => type_error(format!(
            "{name}() takes 1 positional argument but {} were given",
            args.len()
        )),
    }
}

fn kw_get(kw: Kw, name: &str) -> Option<Value> {
    kw.iter()
        .rev()
        .find(|(k, _)| &**k == name)
        .map(|(_, v)| v.clone())
}

// ---------------------------------------------------------------------------------------------
// Encoding
// ---------------------------------------------------------------------------------------------

struct Encoder {
    skipkeys: bool,
    ensure_ascii: bool,
    check_circular: bool,
    allow_nan: bool,
    sort_keys: bool,
    /// The per-level indent string (`None`: everything on one line).
    indent: Option<String>,
    item_sep: String,
    key_sep: String,
    default: Option<Value>,
    out: String,
    stack: Vec<Open>,
    /// Identities of the containers being encoded (circular reference detection).
    markers: FxHashSet<usize>,
    level: usize,
    depth_limit: usize,
}

enum Open {
    // Each frame holds its object (`_obj`) so that its identity stays taken while it is marked.
    Seq {
        items: Vec<Value>,
        idx: usize,
        id: usize,
        _obj: Value,
    },
    Map {
        items: Vec<(Value, Value)>,
        idx: usize,
        id: usize,
        first: bool,
        _obj: Value,
    },
    /// The result of `default(o)` is being encoded; `o` stays marked until it is done.
    Default { id: usize, _obj: Value },
}

enum Progress {
    Done,
    /// Call `default` on this value.
    NeedDefault(Value),
}

impl Encoder {
    fn floatstr(&self, f: f64) -> RResult<String> {
        if f.is_finite() {
            return Ok(float_repr(f));
        }
        if !self.allow_nan {
            // The C encoder (no indent) and the Python one (indent) word it differently.
            return if self.indent.is_some() {
                err(
                    ExcKind::ValueError,
                    format!(
                        "Out of range float values are not JSON compliant: {}",
                        float_repr(f)
                    ),
                )
            } else {
                err(
                    ExcKind::ValueError,
                    "Out of range float values are not JSON compliant",
                )
            };
        }
        Ok(if f.is_nan() {
            "NaN".into()
        } else if f > 0.0 {
            "Infinity".into()
        } else {
            "-Infinity".into()
        })
    }

    fn newline(&mut self) {
        if let Some(ind) = &self.indent {
            self.out.push('\n');
            for _ in 0..self.level {
                self.out.push_str(ind);
            }
        }
    }

    fn mark(&mut self, id: usize) -> RResult<()> {
        if self.check_circular && !self.markers.insert(id) {
            return err(ExcKind::ValueError, "Circular reference detected");
        }
        if self.stack.len() >= self.depth_limit {
            return err(
                ExcKind::RecursionError,
                "maximum recursion depth exceeded while encoding a JSON object",
            );
        }
        Ok(())
    }

    fn unmark(&mut self, id: usize) {
        if self.check_circular {
            self.markers.remove(&id);
        }
    }

    /// Writes a scalar, or opens a container; `Some(v)` when `default(v)` must be called.
    fn value(&mut self, v: Value) -> RResult<Option<Value>> {
        match &v {
            Value::None => self.out.push_str("null"),
            Value::Bool(true) => self.out.push_str("true"),
            Value::Bool(false) => self.out.push_str("false"),
            Value::Int(i) => {
                let _ = write!(self.out, "{i}");
            }
            Value::BigInt(b) => {
                let _ = write!(self.out, "{b}");
            }
            Value::Float(f) => {
                let s = self.floatstr(*f)?;
                self.out.push_str(&s);
            }
            Value::Str(s) => encode_str(&mut self.out, s.as_str(), self.ensure_ascii),
            Value::List(_) | Value::Tuple(_) => {
                let items = match &v {
                    Value::List(l) => l.borrow().clone(),
                    Value::Tuple(t) => (**t).clone(),
                    _ => unreachable!(),
                };
                if items.is_empty() {
                    self.out.push_str("[]");
                    return Ok(None);
                }
                let id = v.identity();
                self.mark(id)?;
                self.out.push('[');
                self.level += 1;
                self.newline();
                self.stack.push(Open::Seq {
                    items,
                    idx: 0,
                    id,
                    _obj: v.clone(),
                });
            }
            Value::Dict(d) => {
                let mut items: Vec<(Value, Value)> = d
                    .borrow()
                    .map
                    .iter()
                    .map(|(k, v)| (k.value.clone(), v.clone()))
                    .collect();
                if items.is_empty() {
                    self.out.push_str("{}");
                    return Ok(None);
                }
                let id = v.identity();
                self.mark(id)?;
                if self.sort_keys {
                    let mut pairs: Vec<Value> = items
                        .into_iter()
                        .map(|(k, v)| Value::tuple(vec![k, v]))
                        .collect();
                    let sorted = sort_values(&mut pairs, false);
                    if let Err(e) = sorted {
                        self.unmark(id);
                        return Err(e);
                    }
                    items = pairs
                        .into_iter()
                        .map(|p| match p {
                            Value::Tuple(t) => (t[0].clone(), t[1].clone()),
                            _ => unreachable!("pairs are tuples"),
                        })
                        .collect();
                }
                self.out.push('{');
                self.level += 1;
                self.newline();
                self.stack.push(Open::Map {
                    items,
                    idx: 0,
                    id,
                    first: true,
                    _obj: v.clone(),
                });
            }
            _ => {
                if self.default.is_none() {
                    return type_error(format!(
                        "Object of type {} is not JSON serializable",
                        v.type_name()
                    ));
                }
                let id = v.identity();
                self.mark(id)?;
                self.stack.push(Open::Default {
                    id,
                    _obj: v.clone(),
                });
                return Ok(Some(v));
            }
        }
        Ok(None)
    }

    /// A dict key as a JSON string's contents, or `None` to skip it.
    fn key(&self, k: &Value) -> RResult<Option<String>> {
        Ok(Some(match k {
            Value::Str(s) => s.as_str().to_string(),
            Value::Float(f) => self.floatstr(*f)?,
            Value::Bool(true) => "true".into(),
            Value::Bool(false) => "false".into(),
            Value::None => "null".into(),
            Value::Int(i) => i.to_string(),
            Value::BigInt(b) => b.to_string(),
            _ if self.skipkeys => return Ok(None),
            other => {
                return type_error(format!(
                    "keys must be str, int, float, bool or None, not {}",
                    other.type_name()
                ));
            }
        }))
    }

    fn close(&mut self, bracket: char, id: usize) {
        self.level -= 1;
        self.newline();
        self.out.push(bracket);
        self.unmark(id);
        self.stack.pop();
    }

    fn separator(&mut self) {
        let sep = std::mem::take(&mut self.item_sep);
        self.out.push_str(&sep);
        self.item_sep = sep;
        self.newline();
    }

    /// Encodes until done or until `default` must be called.
    fn run(&mut self) -> RResult<Progress> {
        loop {
            let next = match self.stack.last_mut() {
                None => return Ok(Progress::Done),
                Some(Open::Default { id, .. }) => {
                    let id = *id;
                    self.unmark(id);
                    self.stack.pop();
                    continue;
                }
                Some(Open::Seq { items, idx, id, .. }) => {
                    if *idx >= items.len() {
                        let id = *id;
                        self.close(']', id);
                        continue;
                    }
                    let v = items[*idx].clone();
                    *idx += 1;
                    if *idx > 1 {
                        self.separator();
                    }
                    v
                }
                Some(Open::Map {
                    items,
                    idx,
                    id,
                    first,
                    ..
                }) => {
                    if *idx >= items.len() {
                        let id = *id;
                        self.close('}', id);
                        continue;
                    }
                    let (k, v) = items[*idx].clone();
                    *idx += 1;
                    let was_first = *first;
                    let Some(key) = self.key(&k)? else {
                        continue;
                    };
                    if let Some(Open::Map { first, .. }) = self.stack.last_mut() {
                        *first = false;
                    }
                    if !was_first {
                        self.separator();
                    }
                    encode_str(&mut self.out, &key, self.ensure_ascii);
                    let sep = std::mem::take(&mut self.key_sep);
                    self.out.push_str(&sep);
                    self.key_sep = sep;
                    v
                }
            };
            if let Some(v) = self.value(next)? {
                return Ok(Progress::NeedDefault(v));
            }
        }
    }
}

/// Appends `s` as a JSON string literal.
fn encode_str(out: &mut String, s: &str, ensure_ascii: bool) {
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            '\u{8}' => out.push_str("\\b"),
            '\u{c}' => out.push_str("\\f"),
            c if (c as u32) < 0x20 || (ensure_ascii && (c as u32) >= 0x7f) => {
                let mut units = [0u16; 2];
                for u in c.encode_utf16(&mut units) {
                    let _ = write!(out, "\\u{:04x}", u);
                }
            }
            c => out.push(c),
        }
    }
    out.push('"');
}

const DUMPS_KW: &[&str] = &[
    "skipkeys",
    "ensure_ascii",
    "check_circular",
    "allow_nan",
    "cls",
    "indent",
    "separators",
    "default",
    "sort_keys",
];

fn sep_str(v: &Value, argno: usize) -> RResult<String> {
    match v {
        Value::Str(s) => Ok(s.as_str().to_string()),
        other => type_error(format!(
            "make_encoder() argument {argno} must be str, not {}",
            other.type_name()
        )),
    }
}

fn new_encoder(interp: &Interp, kw: Kw) -> RResult<Encoder> {
    check_kwargs(kw, DUMPS_KW, &[], "JSONEncoder")?;
    let flag = |name: &str, default: bool| kw_get(kw, name).map_or(default, |v| truthy(&v));
    if let Some(cls) = kw_get(kw, "cls")
        && !cls.is_none()
    {
        return type_error("json.dumps(cls=...) is not supported");
    }
    let indent = match kw_get(kw, "indent") {
        None | Some(Value::None) => None,
        Some(Value::Str(s)) => Some(s.as_str().to_string()),
        Some(Value::Int(n)) => Some(" ".repeat(n.max(0) as usize)),
        Some(Value::Bool(b)) => Some(if b { " ".into() } else { String::new() }),
        Some(other) => {
            return type_error(format!(
                "can't multiply sequence by non-int of type '{}'",
                other.type_name()
            ));
        }
    };
    let (mut item_sep, mut key_sep) = if indent.is_some() {
        (",".to_string(), ": ".to_string())
    } else {
        (", ".to_string(), ": ".to_string())
    };
    match kw_get(kw, "separators") {
        None | Some(Value::None) => {}
        Some(seps) => {
            let parts = crate::object::iter::collect(&seps).map_err(|_| {
                Raise::new(
                    ExcKind::TypeError,
                    format!("cannot unpack non-iterable {} object", seps.type_name()),
                )
            })?;
            match parts.len() {
                2 => {}
                n if n < 2 => {
                    return err(
                        ExcKind::ValueError,
                        format!("not enough values to unpack (expected 2, got {n})"),
                    );
                }
                _ => {
                    return err(
                        ExcKind::ValueError,
                        "too many values to unpack (expected 2)",
                    );
                }
            }
            key_sep = sep_str(&parts[1], 5)?;
            item_sep = sep_str(&parts[0], 6)?;
        }
    }
    Ok(Encoder {
        skipkeys: flag("skipkeys", false),
        ensure_ascii: flag("ensure_ascii", true),
        check_circular: flag("check_circular", true),
        allow_nan: flag("allow_nan", true),
        sort_keys: flag("sort_keys", false),
        indent,
        item_sep,
        key_sep,
        default: kw_get(kw, "default").filter(|d| !d.is_none()),
        out: String::new(),
        stack: Vec::new(),
        markers: FxHashSet::default(),
        level: 0,
        depth_limit: interp.recursion_limit.saturating_sub(10).max(1),
    })
}

fn encode_steps(interp: &mut Interp, mut enc: Encoder, state: Option<Value>) -> RResult<Step> {
    match enc.run()? {
        Progress::Done => Ok(Step::Return(Value::string(enc.out))),
        Progress::NeedDefault(v) => {
            let func = enc.default.clone().expect("only asked with a default");
            let state = match state {
                Some(s) => {
                    put_state(&s, enc);
                    s
                }
                None => wrap_state(interp, enc)?,
            };
            Ok(Step::Call {
                func,
                args: vec![v],
                state,
            })
        }
    }
}

fn dumps(interp: &mut Interp, input: StepInput) -> RResult<Step> {
    match input {
        StepInput::Throw { exc, .. } => Err(Raise::value(exc)),
        StepInput::Start(args, kw) => {
            let obj = one_positional("dumps", "obj", args)?;
            let mut enc = new_encoder(interp, kw)?;
            if let Some(v) = enc.value(obj)? {
                let func = enc.default.clone().expect("only asked with a default");
                let state = wrap_state(interp, enc)?;
                return Ok(Step::Call {
                    func,
                    args: vec![v],
                    state,
                });
            }
            encode_steps(interp, enc, None)
        }
        StepInput::Resume { state, result } => {
            let Some(mut enc) = take_state::<Encoder>(&state) else {
                return lost_state();
            };
            if let Some(v) = enc.value(result)? {
                let func = enc.default.clone().expect("only asked with a default");
                put_state(&state, enc);
                return Ok(Step::Call {
                    func,
                    args: vec![v],
                    state,
                });
            }
            encode_steps(interp, enc, Some(state))
        }
    }
}

// ---------------------------------------------------------------------------------------------
// Decoding
// ---------------------------------------------------------------------------------------------

/// A decoding error: message and position (in code points).
struct DecodeErr(&'static str, usize);

enum Frame {
    Arr(Vec<Value>),
    Obj {
        pairs: Vec<(Value, Value)>,
        key: Value,
    },
}

/// What the parser does next.
enum Next {
    /// Scan a value at `idx`.
    Value,
    /// A value is complete: hand it to the enclosing container.
    Deliver(Value),
}

struct Parser {
    s: Vec<char>,
    idx: usize,
    stack: Vec<Frame>,
    strict: bool,
    object_hook: Option<Value>,
    pairs_hook: Option<Value>,
    parse_float: Option<Value>,
    parse_int: Option<Value>,
    parse_constant: Option<Value>,
    depth_limit: usize,
}

enum Outcome {
    Done(Value),
    Call(Value, Value),
    Fail(DecodeErr),
    Raise(Raise),
}

fn is_ws(c: char) -> bool {
    matches!(c, ' ' | '\t' | '\n' | '\r')
}

impl Parser {
    fn at(&self, i: usize) -> Option<char> {
        self.s.get(i).copied()
    }

    fn skip_ws(&mut self) {
        while self.at(self.idx).is_some_and(is_ws) {
            self.idx += 1;
        }
    }

    fn matches(&self, i: usize, word: &str) -> bool {
        let n = word.chars().count();
        i + n <= self.s.len() && word.chars().enumerate().all(|(j, c)| self.s[i + j] == c)
    }

    /// Scans a string whose opening quote is at `self.idx - 1`; leaves `idx` after the
    /// closing quote.
    fn string(&mut self) -> Result<String, DecodeErr> {
        let begin = self.idx - 1;
        let len = self.s.len();
        let mut out = String::new();
        let mut i = self.idx;
        loop {
            let Some(c) = self.at(i) else {
                return Err(DecodeErr("Unterminated string starting at", begin));
            };
            if c == '"' {
                i += 1;
                break;
            }
            if c != '\\' {
                if (c as u32) < 0x20 && self.strict {
                    return Err(DecodeErr("Invalid control character at", i));
                }
                out.push(c);
                i += 1;
                continue;
            }
            i += 1;
            let Some(e) = self.at(i) else {
                return Err(DecodeErr("Unterminated string starting at", begin));
            };
            if e != 'u' {
                out.push(match e {
                    '"' => '"',
                    '\\' => '\\',
                    '/' => '/',
                    'b' => '\u{8}',
                    'f' => '\u{c}',
                    'n' => '\n',
                    'r' => '\r',
                    't' => '\t',
                    _ => return Err(DecodeErr("Invalid \\escape", i - 1)),
                });
                i += 1;
                continue;
            }
            i += 1;
            if i + 4 >= len {
                return Err(DecodeErr("Invalid \\uXXXX escape", i - 1));
            }
            let hex = |p: &Parser, at: usize| -> Result<u32, DecodeErr> {
                let mut v = 0u32;
                for k in 0..4 {
                    match p.s[at + k].to_digit(16) {
                        Some(d) => v = v * 16 + d,
                        None => return Err(DecodeErr("Invalid \\uXXXX escape", at - 1)),
                    }
                }
                Ok(v)
            };
            let mut c = hex(self, i)?;
            i += 4;
            if (0xd800..0xdc00).contains(&c)
                && i + 6 < len
                && self.s[i] == '\\'
                && self.s[i + 1] == 'u'
            {
                let c2 = hex(self, i + 2)?;
                if (0xdc00..0xe000).contains(&c2) {
                    c = 0x10000 + ((c - 0xd800) << 10) + (c2 - 0xdc00);
                    i += 6;
                }
            }
            // A lone surrogate cannot live in a Rust string: it becomes U+FFFD.
            out.push(char::from_u32(c).unwrap_or('\u{fffd}'));
        }
        self.idx = i;
        Ok(out)
    }

    /// Scans a number at `idx`; `None` if there is none (the caller reports "Expecting value").
    fn number(&mut self) -> Option<(String, bool)> {
        let start = self.idx;
        let mut i = start;
        let digit = |p: &Parser, i: usize| p.at(i).is_some_and(|c| c.is_ascii_digit());
        if self.at(i) == Some('-') {
            i += 1;
        }
        match self.at(i) {
            Some('1'..='9') => {
                i += 1;
                while digit(self, i) {
                    i += 1;
                }
            }
            Some('0') => i += 1,
            _ => return None,
        }
        let mut is_float = false;
        if self.at(i) == Some('.') && digit(self, i + 1) {
            is_float = true;
            i += 2;
            while digit(self, i) {
                i += 1;
            }
        }
        if matches!(self.at(i), Some('e' | 'E')) && i + 1 < self.s.len() {
            let e_start = i;
            i += 1;
            if matches!(self.at(i), Some('-' | '+')) && i + 1 < self.s.len() {
                i += 1;
            }
            while digit(self, i) {
                i += 1;
            }
            if digit(self, i - 1) {
                is_float = true;
            } else {
                i = e_start;
            }
        }
        self.idx = i;
        Some((self.s[start..i].iter().collect(), is_float))
    }

    fn push(&mut self, f: Frame) -> Result<(), Raise> {
        if self.stack.len() >= self.depth_limit {
            let what = match f {
                Frame::Arr(_) => "array",
                Frame::Obj { .. } => "object",
            };
            return Err(Raise::new(
                ExcKind::RecursionError,
                format!(
                    "maximum recursion depth exceeded while decoding a JSON {what} from a unicode string"
                ),
            ));
        }
        self.stack.push(f);
        Ok(())
    }

    /// After `{` (and whitespace) or `,`: reads `"key" :` and positions at the value.
    fn object_key(&mut self) -> Result<Value, DecodeErr> {
        if self.at(self.idx) != Some('"') {
            return Err(DecodeErr(
                "Expecting property name enclosed in double quotes",
                self.idx,
            ));
        }
        self.idx += 1;
        let key = self.string()?;
        self.skip_ws();
        if self.at(self.idx) != Some(':') {
            return Err(DecodeErr("Expecting ':' delimiter", self.idx));
        }
        self.idx += 1;
        self.skip_ws();
        Ok(Value::string(key))
    }

    /// A finished object: through a hook, or as a dict.
    fn finish_object(&mut self, pairs: Vec<(Value, Value)>) -> RResult<Result<Value, Value>> {
        if let Some(h) = &self.pairs_hook {
            let list = pairs
                .into_iter()
                .map(|(k, v)| Value::tuple(vec![k, v]))
                .collect();
            return Ok(Err(Value::tuple(vec![h.clone(), Value::list(list)])));
        }
        let mut d = Dict::new();
        for (k, v) in pairs {
            d.insert(ops::make_key(k)?, v);
        }
        let d = Value::dict(d);
        if let Some(h) = &self.object_hook {
            return Ok(Err(Value::tuple(vec![h.clone(), d])));
        }
        Ok(Ok(d))
    }

    fn run(&mut self, mut next: Next) -> Outcome {
        macro_rules! fail {
            ($e:expr) => {
                return Outcome::Fail($e)
            };
        }
        macro_rules! tryd {
            ($e:expr) => {
                match $e {
                    Ok(v) => v,
                    Err(e) => return Outcome::Fail(e),
                }
            };
        }
        macro_rules! tryr {
            ($e:expr) => {
                match $e {
                    Ok(v) => v,
                    Err(e) => return Outcome::Raise(e),
                }
            };
        }
        macro_rules! call_or_deliver {
            ($r:expr) => {
                match $r {
                    Ok(v) => Next::Deliver(v),
                    Err(Value::Tuple(t)) => return Outcome::Call(t[0].clone(), t[1].clone()),
                    Err(_) => unreachable!("hook calls are tuples"),
                }
            };
        }
        loop {
            next = match next {
                Next::Value => {
                    let i = self.idx;
                    let Some(c) = self.at(i) else {
                        fail!(DecodeErr("Expecting value", i))
                    };
                    let constant = |p: &Parser, word: &str, v: f64| {
                        if p.matches(i, word) {
                            Some((word.chars().count(), v))
                        } else {
                            None
                        }
                    };
                    match c {
                        '"' => {
                            self.idx += 1;
                            Next::Deliver(Value::string(tryd!(self.string())))
                        }
                        '{' => {
                            self.idx += 1;
                            self.skip_ws();
                            if self.at(self.idx) == Some('}') {
                                self.idx += 1;
                                call_or_deliver!(tryr!(self.finish_object(Vec::new())))
                            } else {
                                let key = tryd!(self.object_key());
                                tryr!(self.push(Frame::Obj {
                                    pairs: Vec::new(),
                                    key
                                }));
                                Next::Value
                            }
                        }
                        '[' => {
                            self.idx += 1;
                            self.skip_ws();
                            if self.at(self.idx) == Some(']') {
                                self.idx += 1;
                                Next::Deliver(Value::list(Vec::new()))
                            } else {
                                tryr!(self.push(Frame::Arr(Vec::new())));
                                Next::Value
                            }
                        }
                        'n' if self.matches(i, "null") => {
                            self.idx += 4;
                            Next::Deliver(Value::None)
                        }
                        't' if self.matches(i, "true") => {
                            self.idx += 4;
                            Next::Deliver(Value::Bool(true))
                        }
                        'f' if self.matches(i, "false") => {
                            self.idx += 5;
                            Next::Deliver(Value::Bool(false))
                        }
                        _ => {
                            let special = match c {
                                'N' => constant(self, "NaN", f64::NAN),
                                'I' => constant(self, "Infinity", f64::INFINITY),
                                '-' => constant(self, "-Infinity", f64::NEG_INFINITY),
                                _ => None,
                            };
                            if let Some((n, v)) = special {
                                let text: String = self.s[i..i + n].iter().collect();
                                self.idx += n;
                                match &self.parse_constant {
                                    Some(h) => {
                                        return Outcome::Call(h.clone(), Value::string(text));
                                    }
                                    None => Next::Deliver(Value::Float(v)),
                                }
                            } else {
                                let Some((text, is_float)) = self.number() else {
                                    fail!(DecodeErr("Expecting value", i))
                                };
                                let hook = if is_float {
                                    &self.parse_float
                                } else {
                                    &self.parse_int
                                };
                                if let Some(h) = hook {
                                    return Outcome::Call(h.clone(), Value::string(text));
                                }
                                if is_float {
                                    Next::Deliver(Value::Float(text.parse().unwrap_or(f64::NAN)))
                                } else {
                                    match text.parse::<i64>() {
                                        Ok(n) => Next::Deliver(Value::Int(n)),
                                        Err(_) => match text.parse::<BigInt>() {
                                            Ok(b) => Next::Deliver(Value::from_bigint(b)),
                                            Err(_) => fail!(DecodeErr("Expecting value", i)),
                                        },
                                    }
                                }
                            }
                        }
                    }
                }
                Next::Deliver(v) => {
                    let Some(top) = self.stack.last_mut() else {
                        return Outcome::Done(v);
                    };
                    match top {
                        Frame::Arr(items) => items.push(v),
                        Frame::Obj { pairs, key } => {
                            pairs.push((std::mem::take(key), v));
                        }
                    }
                    self.skip_ws();
                    let c = self.at(self.idx);
                    let is_arr = matches!(self.stack.last(), Some(Frame::Arr(_)));
                    let close = if is_arr { ']' } else { '}' };
                    if c == Some(close) {
                        self.idx += 1;
                        match self.stack.pop() {
                            Some(Frame::Arr(items)) => Next::Deliver(Value::list(items)),
                            Some(Frame::Obj { pairs, .. }) => {
                                call_or_deliver!(tryr!(self.finish_object(pairs)))
                            }
                            None => unreachable!("top exists"),
                        }
                    } else if c == Some(',') {
                        self.idx += 1;
                        self.skip_ws();
                        if !is_arr {
                            let k = tryd!(self.object_key());
                            if let Some(Frame::Obj { key, .. }) = self.stack.last_mut() {
                                *key = k;
                            }
                        }
                        Next::Value
                    } else {
                        fail!(DecodeErr("Expecting ',' delimiter", self.idx))
                    }
                }
            }
        }
    }
}

fn decode_error(interp: &mut Interp, msg: &str, doc: &[char], pos: usize) -> Raise {
    let (_, class, _) = classes(interp);
    let before = &doc[..pos.min(doc.len())];
    let lineno = before.iter().filter(|&&c| c == '\n').count() + 1;
    let colno = match before.iter().rposition(|&c| c == '\n') {
        Some(nl) => pos - nl,
        None => pos + 1,
    };
    let text = format!("{msg}: line {lineno} column {colno} (char {pos})");
    let exc = ExceptionObj::new(class, vec![Value::string(text)]);
    let mut attrs = Dict::new();
    attrs.set_str("msg", Value::str(msg));
    attrs.set_str("doc", Value::string(doc.iter().collect()));
    attrs.set_str("pos", Value::Int(pos as i64));
    attrs.set_str("lineno", Value::Int(lineno as i64));
    attrs.set_str("colno", Value::Int(colno as i64));
    *exc.attrs.borrow_mut() = Some(Rc::new(RefCell::new(attrs)));
    Raise::value(Value::Exception(Rc::new(exc)))
}

const LOADS_KW: &[&str] = &[
    "cls",
    "object_hook",
    "parse_float",
    "parse_int",
    "parse_constant",
    "object_pairs_hook",
];

fn unicode_error(interp: &mut Interp, enc: &str, bytes: &[u8], pos: usize, why: &str) -> Raise {
    let (_, _, class) = classes(interp);
    let text = if why == "truncated data" || why == "unexpected end of data" {
        format!(
            "'{enc}' codec can't decode bytes in position {pos}-{}: {why}",
            bytes.len() - 1
        )
    } else {
        format!(
            "'{enc}' codec can't decode byte 0x{:02x} in position {pos}: {why}",
            bytes.get(pos).copied().unwrap_or(0)
        )
    };
    Raise::value(Value::Exception(Rc::new(ExceptionObj::new(
        class,
        vec![Value::string(text)],
    ))))
}

/// `bytes.decode(json.detect_encoding(b), 'surrogatepass')`, for the UTF-8/16/32 family.
fn decode_bytes(interp: &mut Interp, b: &[u8]) -> RResult<String> {
    let starts = |p: &[u8]| b.starts_with(p);
    let enc = if starts(&[0, 0, 0xfe, 0xff]) || starts(&[0xff, 0xfe, 0, 0]) {
        "utf-32"
    } else if starts(&[0xfe, 0xff]) || starts(&[0xff, 0xfe]) {
        "utf-16"
    } else if starts(&[0xef, 0xbb, 0xbf]) {
        "utf-8-sig"
    } else if b.len() >= 4 {
        if b[0] == 0 {
            if b[1] != 0 { "utf-16-be" } else { "utf-32-be" }
        } else if b[1] == 0 {
            if b[2] != 0 || b[3] != 0 {
                "utf-16-le"
            } else {
                "utf-32-le"
            }
        } else {
            "utf-8"
        }
    } else if b.len() == 2 && b[0] == 0 {
        "utf-16-be"
    } else if b.len() == 2 && b[1] == 0 {
        "utf-16-le"
    } else {
        "utf-8"
    };
    match enc {
        "utf-8" | "utf-8-sig" => {
            let body = if enc == "utf-8-sig" { &b[3..] } else { b };
            match std::str::from_utf8(body) {
                Ok(s) => Ok(s.to_string()),
                Err(e) => {
                    let pos = e.valid_up_to() + if enc == "utf-8-sig" { 3 } else { 0 };
                    let why = match e.error_len() {
                        None => "unexpected end of data",
                        Some(_) => {
                            let lead = b[pos];
                            if (0x80..0xc2).contains(&lead) || lead > 0xf4 {
                                "invalid start byte"
                            } else {
                                "invalid continuation byte"
                            }
                        }
                    };
                    Err(unicode_error(interp, "utf-8", b, pos, why))
                }
            }
        }
        "utf-16" | "utf-16-be" | "utf-16-le" => {
            let (body, be, skip) = match enc {
                "utf-16" => (&b[2..], b[0] == 0xfe, 2),
                "utf-16-be" => (b, true, 0),
                _ => (b, false, 0),
            };
            if body.len() % 2 == 1 {
                return Err(unicode_error(
                    interp,
                    "utf-16-le",
                    b,
                    b.len() - 1,
                    "truncated data",
                ));
            }
            let units: Vec<u16> = body
                .chunks(2)
                .map(|p| {
                    if be {
                        u16::from_be_bytes([p[0], p[1]])
                    } else {
                        u16::from_le_bytes([p[0], p[1]])
                    }
                })
                .collect();
            let _ = skip;
            Ok(char::decode_utf16(units)
                .map(|r| r.unwrap_or('\u{fffd}'))
                .collect())
        }
        _ => {
            let (body, be) = match enc {
                "utf-32" => (&b[4..], b[0] == 0),
                "utf-32-be" => (b, true),
                _ => (b, false),
            };
            let mut out = String::new();
            for p in body.chunks(4) {
                if p.len() < 4 {
                    return Err(unicode_error(
                        interp,
                        enc,
                        b,
                        b.len() - p.len(),
                        "truncated data",
                    ));
                }
                let u = if be {
                    u32::from_be_bytes([p[0], p[1], p[2], p[3]])
                } else {
                    u32::from_le_bytes([p[0], p[1], p[2], p[3]])
                };
                out.push(char::from_u32(u).unwrap_or('\u{fffd}'));
            }
            Ok(out)
        }
    }
}

fn parse_outcome(
    interp: &mut Interp,
    mut p: Parser,
    out: Outcome,
    state: Option<Value>,
) -> RResult<Step> {
    match out {
        Outcome::Done(v) => {
            p.skip_ws();
            if p.idx != p.s.len() {
                return Err(decode_error(interp, "Extra data", &p.s, p.idx));
            }
            Ok(Step::Return(v))
        }
        Outcome::Fail(DecodeErr(msg, pos)) => Err(decode_error(interp, msg, &p.s, pos)),
        Outcome::Raise(r) => Err(r),
        Outcome::Call(func, arg) => {
            let state = match state {
                Some(s) => {
                    put_state(&s, p);
                    s
                }
                None => wrap_state(interp, p)?,
            };
            Ok(Step::Call {
                func,
                args: vec![arg],
                state,
            })
        }
    }
}

fn loads(interp: &mut Interp, input: StepInput) -> RResult<Step> {
    match input {
        StepInput::Throw { exc, .. } => Err(Raise::value(exc)),
        StepInput::Start(args, kw) => {
            let s = one_positional("loads", "s", args)?;
            check_kwargs(kw, LOADS_KW, &["strict"], "JSONDecoder")?;
            if let Some(cls) = kw_get(kw, "cls")
                && !cls.is_none()
            {
                return type_error("json.loads(cls=...) is not supported");
            }
            let text = match &s {
                Value::Str(s) => {
                    if s.as_str().starts_with('\u{feff}') {
                        let doc: Vec<char> = s.as_str().chars().collect();
                        return Err(decode_error(
                            interp,
                            "Unexpected UTF-8 BOM (decode using utf-8-sig)",
                            &doc,
                            0,
                        ));
                    }
                    s.as_str().to_string()
                }
                Value::Bytes(b) => decode_bytes(interp, b)?,
                other => {
                    return type_error(format!(
                        "the JSON object must be str, bytes or bytearray, not {}",
                        other.type_name()
                    ));
                }
            };
            let hook = |name: &str| kw_get(kw, name).filter(|v| !v.is_none());
            let mut p = Parser {
                s: text.chars().collect(),
                idx: 0,
                stack: Vec::new(),
                strict: kw_get(kw, "strict").is_none_or(|v| truthy(&v)),
                object_hook: hook("object_hook"),
                pairs_hook: hook("object_pairs_hook"),
                parse_float: hook("parse_float"),
                parse_int: hook("parse_int"),
                parse_constant: hook("parse_constant"),
                depth_limit: interp.recursion_limit.saturating_sub(10).max(1),
            };
            p.skip_ws();
            let out = p.run(Next::Value);
            parse_outcome(interp, p, out, None)
        }
        StepInput::Resume { state, result } => {
            let Some(mut p) = take_state::<Parser>(&state) else {
                return lost_state();
            };
            let out = p.run(Next::Deliver(result));
            parse_outcome(interp, p, out, Some(state))
        }
    }
}
