//! The `re.Pattern` and `re.Match` classes.

use super::engine::{CharIdx, Compiled, Mode, Spans};
use super::{Kw, bind_c, compiled_of, ext, int_arg, sub, text_arg};
use crate::object::dict::Dict;
use crate::object::exception::{RResult, err, type_error};
use crate::object::iter::iter_of;
use crate::object::repr;
use crate::object::str::Str;
use crate::object::types::{ExcKind, TypeObj};
use crate::object::value::Value;
use crate::vm::{Interp, NativeKind};
use std::rc::Rc;

/// The native state of a `re.Pattern`.
pub struct PatternState(pub Rc<Compiled>);

/// The native state of a `re.Match`.
pub struct MatchState {
    pub compiled: Rc<Compiled>,
    pub string: Rc<Str>,
    /// Byte spans (for slicing) and code point spans (for scripts) of every group.
    pub bytes: Spans,
    pub chars: Spans,
}

#[derive(Clone, Copy)]
pub enum Find {
    Search,
    Match,
    Full,
    All,
    Iter,
}

pub fn classes(interp: &mut Interp) -> (Rc<TypeObj>, Rc<TypeObj>) {
    let pattern = interp.native_class(
        "Pattern",
        "re",
        &[
            (
                "__new__",
                NativeKind::Pure(|_, _, _| type_error("cannot create 're.Pattern' instances")),
            ),
            ("__repr__", NativeKind::Pure(pattern_repr)),
            (
                "search",
                NativeKind::Pure(|i, a, k| method(i, a, k, "search", Find::Search)),
            ),
            (
                "match",
                NativeKind::Pure(|i, a, k| method(i, a, k, "match", Find::Match)),
            ),
            (
                "fullmatch",
                NativeKind::Pure(|i, a, k| method(i, a, k, "fullmatch", Find::Full)),
            ),
            (
                "findall",
                NativeKind::Pure(|i, a, k| method(i, a, k, "findall", Find::All)),
            ),
            (
                "finditer",
                NativeKind::Pure(|i, a, k| method(i, a, k, "finditer", Find::Iter)),
            ),
            (
                "split",
                NativeKind::Pure(|i, a, k| {
                    let c = this_pattern(a)?;
                    let b = bind_c("split", &a[1..], k, &["string", "maxsplit"], 1)?;
                    sub::split(i, &c, b[0].as_ref().expect("bound"), b[1].as_ref())
                }),
            ),
            (
                "sub",
                NativeKind::Stepped(|i, s| sub::sub_step(i, s, sub::Caller::Method, false)),
            ),
            (
                "subn",
                NativeKind::Stepped(|i, s| sub::sub_step(i, s, sub::Caller::Method, true)),
            ),
        ],
    );
    let matchc = interp.native_class(
        "Match",
        "re",
        &[
            (
                "__new__",
                NativeKind::Pure(|_, _, _| type_error("cannot create 're.Match' instances")),
            ),
            ("__repr__", NativeKind::Pure(match_repr)),
            ("group", NativeKind::Pure(m_group)),
            ("__getitem__", NativeKind::Pure(m_getitem)),
            ("groups", NativeKind::Pure(m_groups)),
            ("groupdict", NativeKind::Pure(m_groupdict)),
            (
                "start",
                NativeKind::Pure(|_, a, k| m_pos(a, k, "start").map(|(s, _)| s)),
            ),
            (
                "end",
                NativeKind::Pure(|_, a, k| m_pos(a, k, "end").map(|(_, e)| e)),
            ),
            (
                "span",
                NativeKind::Pure(|_, a, k| {
                    m_pos(a, k, "span").map(|(s, e)| Value::tuple(vec![s, e]))
                }),
            ),
            ("expand", NativeKind::Pure(m_expand)),
        ],
    );
    (pattern, matchc)
}

fn this_pattern(a: &[Value]) -> RResult<Rc<Compiled>> {
    match a.first().and_then(compiled_of) {
        Some(c) => Ok(c),
        None => type_error("descriptor requires a 're.Pattern' object"),
    }
}

pub fn new_pattern(interp: &mut Interp, c: Rc<Compiled>) -> RResult<Value> {
    let cls = match &ext(interp).pattern_cls {
        Some(c) => Value::Type(c.clone()),
        None => return type_error("re is not initialised"),
    };
    let mut gi = Dict::new();
    for (name, g) in &c.names {
        gi.set_str(name, Value::Int(*g as i64));
    }
    let p = interp.native_instance(&cls, PatternState(c.clone()))?;
    if let Value::Instance(i) = &p {
        let mut d = i.dict.borrow_mut();
        d.set_str("pattern", c.source.clone());
        d.set_str("flags", Value::Int(c.flags));
        d.set_str("groups", Value::Int(c.groups as i64));
        d.set_str("groupindex", Value::dict(gi));
    }
    Ok(p)
}

/// Clamps `pos`/`endpos` as CPython does.
fn bounds(len: usize, pos: Option<&Value>, endpos: Option<&Value>) -> RResult<(usize, usize)> {
    let clamp = |v: i64| v.clamp(0, len as i64) as usize;
    let pos = clamp(int_arg(pos, 0)?);
    let endpos = clamp(int_arg(endpos, len as i64)?);
    Ok((pos, endpos))
}

fn method(interp: &mut Interp, a: &[Value], k: Kw, name: &str, how: Find) -> RResult<Value> {
    this_pattern(a)?;
    let b = bind_c(name, &a[1..], k, &["string", "pos", "endpos"], 1)?;
    find_call(
        interp,
        &a[0],
        how,
        b[0].as_ref().expect("bound"),
        b[1].as_ref(),
        b[2].as_ref(),
    )
}

/// The shared body of `search`/`match`/`fullmatch`/`findall`/`finditer`.
pub fn find_call(
    interp: &mut Interp,
    pat: &Value,
    how: Find,
    string: &Value,
    pos: Option<&Value>,
    endpos: Option<&Value>,
) -> RResult<Value> {
    let c = compiled_of(pat).expect("a pattern");
    let string = text_arg(string)?;
    let (pos, endpos) = bounds(string.len(), pos, endpos)?;
    let text = string.as_str();
    let idx = CharIdx::new(text);
    let (pos_b, end_b) = (idx.to_byte(pos), idx.to_byte(endpos));
    let cut = &text[..end_b.max(pos_b).min(text.len())];
    let mode = match how {
        Find::Search => Mode::Search,
        Find::Match => Mode::Match,
        Find::Full => Mode::Full,
        Find::All | Find::Iter => {
            if pos > endpos {
                return match how {
                    Find::All => Ok(Value::list(vec![])),
                    _ => iter_of(&Value::list(vec![])),
                };
            }
            let all = c.find_all(cut, pos_b, 0)?;
            if let Find::All = how {
                let items = all.iter().map(|sp| findall_item(&c, text, sp)).collect();
                return Ok(Value::list(items));
            }
            let mut ms = Vec::with_capacity(all.len());
            for sp in &all {
                ms.push(new_match(interp, pat, &c, &string, &idx, pos, endpos, sp)?);
            }
            return iter_of(&Value::list(ms));
        }
    };
    if pos > endpos {
        return Ok(Value::None);
    }
    match c.find(mode, cut, pos_b)? {
        Some(sp) => new_match(interp, pat, &c, &string, &idx, pos, endpos, &sp),
        None => Ok(Value::None),
    }
}

fn group_str(text: &str, span: Option<(usize, usize)>) -> Option<Value> {
    span.map(|(s, e)| Value::str(&text[s..e]))
}

/// One `findall` result: the whole match, the only group, or a tuple of the groups.
fn findall_item(c: &Compiled, text: &str, sp: &Spans) -> Value {
    let get = |g: usize| group_str(text, sp[g]).unwrap_or_else(|| Value::str(""));
    match c.groups {
        0 => get(0),
        1 => get(1),
        n => Value::tuple((1..=n).map(get).collect()),
    }
}

#[allow(clippy::too_many_arguments)]
pub fn new_match(
    interp: &mut Interp,
    pat: &Value,
    c: &Rc<Compiled>,
    string: &Rc<Str>,
    idx: &CharIdx,
    pos: usize,
    endpos: usize,
    bytes: &Spans,
) -> RResult<Value> {
    let cls = match &ext(interp).match_cls {
        Some(c) => Value::Type(c.clone()),
        None => return type_error("re is not initialised"),
    };
    let chars: Spans = bytes
        .iter()
        .map(|s| s.map(|(a, b)| (idx.to_char(a), idx.to_char(b))))
        .collect();
    // `lastindex`: the matched group that closed last.
    let mut last: Option<usize> = None;
    for g in 1..chars.len() {
        if let Some((_, e)) = chars[g] {
            last = match last {
                None => Some(g),
                Some(l) => {
                    let le = chars[l].map_or(0, |s| s.1);
                    let later = e > le
                        || (e == le
                            && c.closes.get(g - 1).copied().unwrap_or(0)
                                > c.closes.get(l - 1).copied().unwrap_or(0));
                    Some(if later { g } else { l })
                }
            };
        }
    }
    let regs = Value::tuple(
        chars
            .iter()
            .map(|s| {
                let (a, b) = s.map_or((-1, -1), |(a, b)| (a as i64, b as i64));
                Value::tuple(vec![Value::Int(a), Value::Int(b)])
            })
            .collect(),
    );
    let m = interp.native_instance(
        &cls,
        MatchState {
            compiled: c.clone(),
            string: string.clone(),
            bytes: bytes.clone(),
            chars,
        },
    )?;
    if let Value::Instance(i) = &m {
        let mut d = i.dict.borrow_mut();
        d.set_str("string", Value::Str(string.clone()));
        d.set_str("re", pat.clone());
        d.set_str("pos", Value::Int(pos as i64));
        d.set_str("endpos", Value::Int(endpos as i64));
        d.set_str(
            "lastindex",
            last.map_or(Value::None, |g| Value::Int(g as i64)),
        );
        d.set_str(
            "lastgroup",
            last.and_then(|g| c.group_name(g))
                .map_or(Value::None, Value::str),
        );
        d.set_str("regs", regs);
    }
    Ok(m)
}

/// Runs `f` on the state of the `re.Match` receiver.
fn with_match<T>(a: &[Value], f: impl FnOnce(&MatchState) -> RResult<T>) -> RResult<T> {
    if let Some(Value::Instance(i)) = a.first()
        && let Some(st) = i.payload::<MatchState>()
    {
        return f(&st);
    }
    type_error("descriptor requires a 're.Match' object")
}

/// The group number named by `v` (an int or a group name).
fn group_index(st: &MatchState, v: &Value) -> RResult<usize> {
    let g = match v {
        Value::Int(i) if *i >= 0 => Some(*i as usize),
        Value::Bool(b) => Some(*b as usize),
        Value::Str(s) => st.compiled.group_index(s.as_str()),
        _ => None,
    };
    match g {
        Some(g) if g <= st.compiled.groups => Ok(g),
        _ => err(ExcKind::IndexError, "no such group"),
    }
}

fn group_value(st: &MatchState, g: usize, default: &Value) -> Value {
    group_str(st.string.as_str(), st.bytes[g]).unwrap_or_else(|| default.clone())
}

fn m_group(_: &mut Interp, a: &[Value], k: Kw) -> RResult<Value> {
    if let Some((name, _)) = k.first() {
        return type_error(format!("group() takes no keyword arguments ({name})"));
    }
    with_match(a, |st| match &a[1..] {
        [] => Ok(group_value(st, 0, &Value::None)),
        [g] => Ok(group_value(st, group_index(st, g)?, &Value::None)),
        gs => {
            let mut out = Vec::with_capacity(gs.len());
            for g in gs {
                out.push(group_value(st, group_index(st, g)?, &Value::None));
            }
            Ok(Value::tuple(out))
        }
    })
}

fn m_getitem(_: &mut Interp, a: &[Value], _: Kw) -> RResult<Value> {
    with_match(a, |st| match a.get(1) {
        Some(g) => Ok(group_value(st, group_index(st, g)?, &Value::None)),
        None => type_error("expected 1 argument, got 0"),
    })
}

fn m_groups(_: &mut Interp, a: &[Value], k: Kw) -> RResult<Value> {
    let b = bind_c("groups", a.get(1..).unwrap_or(&[]), k, &["default"], 0)?;
    let default = b[0].clone().unwrap_or(Value::None);
    with_match(a, |st| {
        Ok(Value::tuple(
            (1..=st.compiled.groups)
                .map(|g| group_value(st, g, &default))
                .collect(),
        ))
    })
}

fn m_groupdict(_: &mut Interp, a: &[Value], k: Kw) -> RResult<Value> {
    let b = bind_c("groupdict", a.get(1..).unwrap_or(&[]), k, &["default"], 0)?;
    let default = b[0].clone().unwrap_or(Value::None);
    with_match(a, |st| {
        let mut d = Dict::new();
        for (name, g) in &st.compiled.names {
            d.set_str(name, group_value(st, *g, &default));
        }
        Ok(Value::dict(d))
    })
}

fn m_pos(a: &[Value], k: Kw, name: &str) -> RResult<(Value, Value)> {
    if let Some((kname, _)) = k.first() {
        return type_error(format!("{name}() takes no keyword arguments ({kname})"));
    }
    if a.len() > 2 {
        return type_error(format!(
            "{name} expected at most 1 argument, got {}",
            a.len() - 1
        ));
    }
    with_match(a, |st| {
        let g = match a.get(1) {
            Some(v) => group_index(st, v)?,
            None => 0,
        };
        let (s, e) = st.chars[g].map_or((-1, -1), |(s, e)| (s as i64, e as i64));
        Ok((Value::Int(s), Value::Int(e)))
    })
}

fn m_expand(interp: &mut Interp, a: &[Value], k: Kw) -> RResult<Value> {
    let b = bind_c("expand", a.get(1..).unwrap_or(&[]), k, &["template"], 1)?;
    let c = with_match(a, |st| Ok(st.compiled.clone()))?;
    let t = sub::Template::parse(interp, &c, b[0].as_ref().expect("bound"))?;
    with_match(a, |st| {
        let out = t.expand(st.string.as_str(), &st.bytes)?;
        Ok(Value::string(out))
    })
}

fn flag_names(flags: i64) -> String {
    let mut names = Vec::new();
    let mut rest = flags;
    if flags & (super::parse::L | super::parse::U | super::parse::A) == super::parse::U {
        rest &= !super::parse::U;
    }
    for (bit, name) in [
        (1, "re.TEMPLATE"),
        (super::parse::I, "re.IGNORECASE"),
        (super::parse::L, "re.LOCALE"),
        (super::parse::M, "re.MULTILINE"),
        (super::parse::S, "re.DOTALL"),
        (super::parse::U, "re.UNICODE"),
        (super::parse::X, "re.VERBOSE"),
        (128, "re.DEBUG"),
        (super::parse::A, "re.ASCII"),
    ] {
        if rest & bit != 0 {
            names.push(name.to_string());
            rest &= !bit;
        }
    }
    if rest != 0 {
        names.push(format!("{rest:#x}"));
    }
    names.join("|")
}

/// The first `n` characters of `s`.
fn truncate(s: String, n: usize) -> String {
    match s.char_indices().nth(n) {
        Some((b, _)) => s[..b].to_string(),
        None => s,
    }
}

fn pattern_repr(_: &mut Interp, a: &[Value], _: Kw) -> RResult<Value> {
    let c = this_pattern(a)?;
    let mut out = String::from("re.compile(");
    out.push_str(&truncate(repr::repr(&c.source), 200));
    let names = flag_names(c.flags);
    if !names.is_empty() {
        out.push_str(", ");
        out.push_str(&names);
    }
    out.push(')');
    Ok(Value::string(out))
}

fn match_repr(_: &mut Interp, a: &[Value], _: Kw) -> RResult<Value> {
    with_match(a, |st| {
        let (s, e) = st.chars[0].unwrap_or((0, 0));
        let text = group_value(st, 0, &Value::str(""));
        Ok(Value::string(format!(
            "<re.Match object; span=({s}, {e}), match={}>",
            truncate(repr::repr(&text), 50)
        )))
    })
}
