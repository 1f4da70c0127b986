//! Replacement templates, `sub`/`subn` and `split`.
//!
//! `sub` with a callable replacement calls script code for every match, so it is a stepped
//! native: the matches are all found first (as CPython does, on the unchanged string), then
//! the callable runs once per match as an ordinary frame, resuming the native with its result.

use super::engine::{CharIdx, Compiled, Spans};
use super::parse::ReError;
use super::{bind_c, bind_py, compile, compiled_of, ext, int_arg, re_error, text_arg};
use crate::object::exception::{RResult, err, type_error};
use crate::object::str::Str;
use crate::object::types::ExcKind;
use crate::object::value::Value;
use crate::vm::{Interp, Step, StepInput};
use std::rc::Rc;

enum Piece {
    Lit(String),
    Group(usize),
}

/// A parsed replacement string (`\1`, `\g<name>`, escapes).
pub struct Template {
    pieces: Vec<Piece>,
}

impl Template {
    pub fn parse(interp: &mut Interp, c: &Compiled, v: &Value) -> RResult<Template> {
        let s = match v {
            Value::Str(s) => s.clone(),
            other => {
                return type_error(format!(
                    "decoding to str: need a bytes-like object, {} found",
                    other.type_name()
                ));
            }
        };
        match parse_template(c, s.as_str()) {
            Ok(t) => Ok(t),
            Err(TemplateError::Re(e)) => Err(re_error(interp, e, &s)),
            Err(TemplateError::Index(name)) => err(
                ExcKind::IndexError,
                format!(
                    "unknown group name {}",
                    crate::object::repr::str_repr(&name)
                ),
            ),
        }
    }

    pub fn expand(&self, text: &str, spans: &Spans) -> RResult<String> {
        let mut out = String::new();
        self.expand_into(&mut out, text, spans);
        Ok(out)
    }

    fn expand_into(&self, out: &mut String, text: &str, spans: &Spans) {
        for p in &self.pieces {
            match p {
                Piece::Lit(s) => out.push_str(s),
                Piece::Group(g) => {
                    if let Some(Some((a, b))) = spans.get(*g) {
                        out.push_str(&text[*a..*b]);
                    }
                }
            }
        }
    }

    /// The replacement when it has no group references.
    fn literal(&self) -> Option<&str> {
        match self.pieces.as_slice() {
            [] => Some(""),
            [Piece::Lit(s)] => Some(s),
            _ => None,
        }
    }
}

enum TemplateError {
    Re(ReError),
    Index(String),
}

fn terr<T>(msg: impl Into<String>, pos: usize) -> Result<T, TemplateError> {
    Err(TemplateError::Re(ReError {
        msg: msg.into(),
        pos: Some(pos),
        kind: super::parse::ErrKind::Re,
    }))
}

fn parse_template(c: &Compiled, t: &str) -> Result<Template, TemplateError> {
    let s: Vec<char> = t.chars().collect();
    let mut pieces = Vec::new();
    let mut lit = String::new();
    let mut i = 0;
    let group = |lit: &mut String, pieces: &mut Vec<Piece>, g: usize, pos: usize| {
        if g > c.groups {
            return terr(format!("invalid group reference {g}"), pos);
        }
        if !lit.is_empty() {
            pieces.push(Piece::Lit(std::mem::take(lit)));
        }
        pieces.push(Piece::Group(g));
        Ok(())
    };
    let is_oct = |c: Option<&char>| c.is_some_and(|c| ('0'..='7').contains(c));
    while i < s.len() {
        let ch = s[i];
        if ch != '\\' {
            lit.push(ch);
            i += 1;
            continue;
        }
        let start = i;
        let Some(&c2) = s.get(i + 1) else {
            return terr("bad escape (end of pattern)", start);
        };
        i += 2;
        match c2 {
            'g' => {
                if s.get(i) != Some(&'<') {
                    return terr("missing <", i);
                }
                i += 1;
                let name_start = i;
                let mut name = String::new();
                loop {
                    match s.get(i) {
                        None => {
                            if name.is_empty() {
                                return terr("missing group name", name_start);
                            }
                            return terr("missing >, unterminated name", name_start);
                        }
                        Some('>') => {
                            if name.is_empty() {
                                return terr("missing group name", name_start);
                            }
                            i += 1;
                            break;
                        }
                        Some(&ch) => {
                            name.push(ch);
                            i += 1;
                        }
                    }
                }
                let first = name.chars().next().unwrap_or('0');
                let g = if first == '_' || first.is_alphabetic() {
                    if !name.chars().all(|ch| ch == '_' || ch.is_alphanumeric()) {
                        return terr(format!("bad character in group name '{name}'"), name_start);
                    }
                    match c.group_index(&name) {
                        Some(g) => g,
                        None => return Err(TemplateError::Index(name)),
                    }
                } else {
                    match name.trim().parse::<usize>() {
                        Ok(g) if name.chars().all(|ch| ch.is_ascii_digit()) => g,
                        _ => {
                            return terr(
                                format!("bad character in group name '{name}'"),
                                name_start,
                            );
                        }
                    }
                };
                group(&mut lit, &mut pieces, g, name_start)?;
            }
            '0' => {
                let mut v = 0u32;
                let mut k = 0;
                while k < 2 && is_oct(s.get(i)) {
                    v = v * 8 + (s[i] as u32 - '0' as u32);
                    i += 1;
                    k += 1;
                }
                lit.push(char::from_u32(v & 0xff).unwrap_or('\0'));
            }
            '1'..='9' => {
                let mut digits = String::from(c2);
                let mut octal = false;
                if let Some(&d) = s.get(i).filter(|d| d.is_ascii_digit()) {
                    digits.push(d);
                    i += 1;
                    if is_oct(Some(&c2)) && is_oct(Some(&d)) && is_oct(s.get(i)) {
                        digits.push(s[i]);
                        i += 1;
                        octal = true;
                        let v = u32::from_str_radix(&digits, 8).unwrap_or(0);
                        if v > 0o377 {
                            return terr(
                                format!("octal escape value \\{digits} outside of range 0-0o377"),
                                start,
                            );
                        }
                        lit.push(char::from_u32(v).unwrap_or('\0'));
                    }
                }
                if !octal {
                    let g: usize = digits.parse().unwrap_or(0);
                    group(&mut lit, &mut pieces, g, start + 1)?;
                }
            }
            'a' => lit.push('\x07'),
            'b' => lit.push('\x08'),
            'f' => lit.push('\x0c'),
            'n' => lit.push('\n'),
            'r' => lit.push('\r'),
            't' => lit.push('\t'),
            'v' => lit.push('\x0b'),
            '\\' => lit.push('\\'),
            other if other.is_ascii_alphabetic() => {
                return terr(format!("bad escape \\{other}"), start);
            }
            other => {
                lit.push('\\');
                lit.push(other);
            }
        }
    }
    if !lit.is_empty() {
        pieces.push(Piece::Lit(lit));
    }
    Ok(Template { pieces })
}

/// `split(string, maxsplit)` of a compiled pattern.
pub fn split(
    _: &mut Interp,
    c: &Rc<Compiled>,
    string: &Value,
    maxsplit: Option<&Value>,
) -> RResult<Value> {
    let s = text_arg(string)?;
    let maxsplit = int_arg(maxsplit, 0)?;
    if maxsplit < 0 {
        return Ok(Value::list(vec![Value::Str(s)]));
    }
    let text = s.as_str();
    let all = c.find_all(text, 0, maxsplit as usize)?;
    let mut out = Vec::new();
    let mut last = 0;
    for sp in &all {
        let (a, b) = sp[0].map_or((last, last), |(a, b)| (a.max(last), b.max(last)));
        out.push(Value::str(&text[last..a]));
        for g in sp.iter().skip(1) {
            out.push(g.map_or(Value::None, |(x, y)| Value::str(&text[x..y])));
        }
        last = b;
    }
    out.push(Value::str(&text[last..]));
    Ok(Value::list(out))
}

#[derive(Clone, Copy)]
pub enum Caller {
    Module,
    Method,
}

/// A `sub` waiting for its callable's results.
struct Work {
    pattern: Value,
    compiled: Rc<Compiled>,
    string: Rc<Str>,
    idx: CharIdx,
    matches: Vec<Spans>,
    /// The match whose replacement is being computed.
    next: usize,
    out: String,
    /// Byte offset of the text not copied yet.
    last: usize,
    /// Number of pieces joined so far (for CPython's error message).
    pieces: usize,
    subn: bool,
}

fn is_callable(v: &Value) -> bool {
    matches!(
        v,
        Value::Function(_) | Value::Native(_) | Value::Method(_) | Value::Type(_)
    )
}

pub fn sub_step(
    interp: &mut Interp,
    input: StepInput,
    caller: Caller,
    subn: bool,
) -> RResult<Step> {
    let name = if subn { "subn" } else { "sub" };
    match input {
        StepInput::Throw { exc, .. } => Err(crate::object::exception::Raise::value(exc)),
        StepInput::Start(args, kw) => {
            let (pattern, repl, string, count) = match caller {
                Caller::Module => {
                    let a = bind_py(
                        name,
                        args,
                        kw,
                        &["pattern", "repl", "string", "count", "flags"],
                        3,
                    )?;
                    let p = compile(interp, a[0].as_ref().expect("bound"), a[4].as_ref())?;
                    (p, a[1].clone(), a[2].clone(), a[3].clone())
                }
                Caller::Method => {
                    if args.first().and_then(compiled_of).is_none() {
                        return type_error("descriptor requires a 're.Pattern' object");
                    }
                    let a = bind_c(name, &args[1..], kw, &["repl", "string", "count"], 2)?;
                    (args[0].clone(), a[0].clone(), a[1].clone(), a[2].clone())
                }
            };
            let (repl, string) = (repl.expect("bound"), string.expect("bound"));
            let c = compiled_of(&pattern).expect("a pattern");
            let s = text_arg(&string)?;
            let count = int_arg(count.as_ref(), 0)?;
            let template = if is_callable(&repl) {
                None
            } else {
                Some(Template::parse(interp, &c, &repl)?)
            };
            let text = s.as_str();
            let matches = if count < 0 {
                Vec::new()
            } else {
                c.find_all(text, 0, count as usize)?
            };
            if let Some(t) = template {
                let mut out = String::with_capacity(text.len());
                let mut last = 0;
                let lit = t.literal();
                for sp in &matches {
                    let (a, b) = sp[0].map_or((last, last), |(a, b)| (a.max(last), b.max(last)));
                    out.push_str(&text[last..a]);
                    match lit {
                        Some(l) => out.push_str(l),
                        None => t.expand_into(&mut out, text, sp),
                    }
                    last = b;
                }
                out.push_str(&text[last..]);
                return Ok(Step::Return(finish(out, matches.len(), subn)));
            }
            if matches.is_empty() {
                return Ok(Step::Return(finish(text.to_string(), 0, subn)));
            }
            let work = Work {
                pattern,
                compiled: c,
                idx: CharIdx::new(text),
                string: s.clone(),
                matches,
                next: 0,
                out: String::with_capacity(text.len()),
                last: 0,
                pieces: 0,
                subn,
            };
            call_next(interp, work, repl)
        }
        StepInput::Resume { state, result } => {
            let (mut work, repl) = match &state {
                Value::Instance(i) => match i.payload::<Option<(Work, Value)>>() {
                    Some(mut w) => match w.take() {
                        Some(w) => w,
                        None => return type_error("re.sub resumed twice"),
                    },
                    None => return type_error("re.sub: bad state"),
                },
                _ => return type_error("re.sub: bad state"),
            };
            match &result {
                Value::Str(r) => {
                    work.out.push_str(r.as_str());
                    work.pieces += 1;
                }
                Value::None => {}
                other => {
                    return type_error(format!(
                        "sequence item {}: expected str instance, {} found",
                        work.pieces,
                        other.type_name()
                    ));
                }
            }
            work.next += 1;
            call_next(interp, work, repl)
        }
    }
}

fn finish(out: String, n: usize, subn: bool) -> Value {
    if subn {
        Value::tuple(vec![Value::string(out), Value::Int(n as i64)])
    } else {
        Value::string(out)
    }
}

/// Copies the text before the next match and calls the replacement on it, or finishes.
fn call_next(interp: &mut Interp, mut work: Work, repl: Value) -> RResult<Step> {
    let text = work.string.clone();
    let text = text.as_str();
    if work.next >= work.matches.len() {
        work.out.push_str(&text[work.last..]);
        let n = work.matches.len();
        return Ok(Step::Return(finish(work.out, n, work.subn)));
    }
    let sp = work.matches[work.next].clone();
    let last = work.last;
    let (a, b) = sp[0].map_or((last, last), |(a, b)| (a.max(last), b.max(last)));
    if a > work.last {
        work.out.push_str(&text[work.last..a]);
        work.pieces += 1;
    }
    work.last = b;
    let m = super::objects::new_match(
        interp,
        &work.pattern,
        &work.compiled,
        &work.string,
        &work.idx,
        0,
        work.string.len(),
        &sp,
    )?;
    let cls = match &ext(interp).work_cls {
        Some(c) => Value::Type(c.clone()),
        None => return type_error("re is not initialised"),
    };
    let func = repl.clone();
    let state = interp.native_instance(&cls, Some((work, repl)))?;
    Ok(Step::Call {
        func,
        args: vec![m],
        state,
    })
}
