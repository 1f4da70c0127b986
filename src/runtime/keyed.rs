//! Natives that call a script function per item: `sorted`, `list.sort`, `min` and `max` with
//! `key=`. They are stepped natives (see `vm::Step`): the key function runs as an ordinary
//! frame on the current fiber and its result resumes the native, so no Rust recursion happens
//! and the key function may itself call anything.
//!
//! As in CPython, every key is computed first (in item order), then the items are ordered.

use super::builtins::{kwarg, sort_values};
use crate::object::exception::{RResult, Raise, err, type_error};
use crate::object::iter::collect;
use crate::object::ops::{self, truthy};
use crate::object::types::ExcKind;
use crate::object::value::Value;
use crate::vm::attr_tags::LIST;
use crate::vm::{Interp, NativeKind, Step, StepInput};
use std::rc::Rc;

pub fn install(interp: &mut Interp) {
    let fns: &[(&str, crate::vm::SteppedFn)] = &[
        ("sorted", |i, s| step(i, s, Job::Sorted)),
        ("min", |i, s| step(i, s, Job::Min)),
        ("max", |i, s| step(i, s, Job::Max)),
    ];
    for (name, f) in fns {
        let id = interp.register_native(name, NativeKind::Stepped(*f));
        let v = interp.natives[id as usize].value.clone();
        interp.builtins.borrow_mut().set_str(name, v);
    }
    interp.register_method_kind(
        LIST,
        "sort",
        NativeKind::Stepped(|i, s| step(i, s, Job::ListSort)),
    );
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Job {
    Sorted,
    ListSort,
    Min,
    Max,
}

impl Job {
    fn code(self) -> i64 {
        self as i64
    }
    fn from_code(c: i64) -> Job {
        match c {
            0 => Job::Sorted,
            1 => Job::ListSort,
            2 => Job::Min,
            _ => Job::Max,
        }
    }
    fn name(self) -> &'static str {
        match self {
            Job::Sorted => "sorted",
            Job::ListSort => "sort",
            Job::Min => "min",
            Job::Max => "max",
        }
    }
}

/// Work in progress, kept as plain data between key calls.
struct Work {
    job: Job,
    items: Vec<Value>,
    keys: Vec<Value>,
    key: Value,
    /// `reverse` for sorting.
    reverse: bool,
    /// The list being sorted (`list.sort`) or the `default` of `min`/`max` (`Unbound`: none).
    extra: Value,
}

impl Work {
    fn into_state(self) -> Value {
        Value::tuple(vec![
            Value::Int(self.job.code()),
            Value::list(self.items),
            Value::list(self.keys),
            self.key,
            Value::Bool(self.reverse),
            self.extra,
        ])
    }

    fn from_state(state: &Value) -> Work {
        let Value::Tuple(t) = state else {
            unreachable!("keyed state is a tuple")
        };
        let list = |v: &Value| match v {
            Value::List(l) => std::mem::take(&mut *l.borrow_mut()),
            _ => unreachable!("keyed state holds lists"),
        };
        Work {
            job: Job::from_code(match t[0] {
                Value::Int(c) => c,
                _ => unreachable!(),
            }),
            items: list(&t[1]),
            keys: list(&t[2]),
            key: t[3].clone(),
            reverse: matches!(t[4], Value::Bool(true)),
            extra: t[5].clone(),
        }
    }

    /// Calls the key function on the next item, or finishes.
    fn next(self) -> RResult<Step> {
        let i = self.keys.len();
        if i < self.items.len() {
            let func = self.key.clone();
            let arg = self.items[i].clone();
            return Ok(Step::Call {
                func,
                args: vec![arg],
                state: self.into_state(),
            });
        }
        self.finish().map(Step::Return)
    }

    fn finish(self) -> RResult<Value> {
        match self.job {
            Job::Sorted | Job::ListSort => {
                let mut order: Vec<Value> = (0..self.items.len() as i64).map(Value::Int).collect();
                let keys = &self.keys;
                sort_by_keys(&mut order, keys, self.reverse)?;
                let mut items: Vec<Option<Value>> = self.items.into_iter().map(Some).collect();
                let sorted: Vec<Value> = order
                    .iter()
                    .map(|i| match i {
                        Value::Int(i) => items[*i as usize].take().expect("each index once"),
                        _ => unreachable!(),
                    })
                    .collect();
                if self.job == Job::ListSort {
                    if let Value::List(l) = &self.extra {
                        *l.borrow_mut() = sorted;
                    }
                    return Ok(Value::None);
                }
                Ok(Value::list(sorted))
            }
            Job::Min | Job::Max => {
                let mut best: Option<usize> = None;
                for i in 0..self.items.len() {
                    best = Some(match best {
                        None => i,
                        Some(b) => {
                            let better = if self.job == Job::Min {
                                ops::less_than(&self.keys[i], &self.keys[b])?
                            } else {
                                ops::less_than(&self.keys[b], &self.keys[i])?
                            };
                            if better { i } else { b }
                        }
                    });
                }
                match best {
                    Some(b) => Ok(self.items[b].clone()),
                    None if !matches!(self.extra, Value::Unbound) => Ok(self.extra),
                    None => err(
                        ExcKind::ValueError,
                        format!("{}() arg is an empty sequence", self.job.name()),
                    ),
                }
            }
        }
    }
}

/// Stable sort of item indices by their keys (`reverse` keeps equal items in order, as
/// CPython's does).
fn sort_by_keys(order: &mut [Value], keys: &[Value], reverse: bool) -> RResult<()> {
    let mut paired: Vec<Value> = order
        .iter()
        .map(|i| match i {
            Value::Int(i) => Value::tuple(vec![keys[*i as usize].clone(), Value::Int(*i)]),
            _ => unreachable!(),
        })
        .collect();
    // Compare keys only (never the index), so equal keys keep their original order.
    let mut error = None;
    paired.sort_by(|x, y| {
        let (Value::Tuple(x), Value::Tuple(y)) = (x, y) else {
            unreachable!()
        };
        let (a, b) = if reverse {
            (&y[0], &x[0])
        } else {
            (&x[0], &y[0])
        };
        if error.is_some() {
            return std::cmp::Ordering::Equal;
        }
        match (ops::less_than(a, b), ops::less_than(b, a)) {
            (Ok(true), _) => std::cmp::Ordering::Less,
            (Ok(false), Ok(true)) => std::cmp::Ordering::Greater,
            (Ok(false), Ok(false)) => std::cmp::Ordering::Equal,
            (Err(e), _) | (_, Err(e)) => {
                error = Some(e);
                std::cmp::Ordering::Equal
            }
        }
    });
    if let Some(e) = error {
        return Err(e);
    }
    for (slot, p) in order.iter_mut().zip(paired) {
        if let Value::Tuple(t) = p {
            *slot = t[1].clone();
        }
    }
    Ok(())
}

fn step(interp: &mut Interp, input: StepInput, job: Job) -> RResult<Step> {
    match input {
        // The script-level ordering below has finished.
        StepInput::Resume {
            state: Value::None,
            result,
        } => Ok(Step::Return(result)),
        StepInput::Resume { state, result } => {
            let mut work = Work::from_state(&state);
            work.keys.push(result);
            if work.keys.len() == work.items.len()
                && work.keys.iter().any(|k| matches!(k, Value::Instance(_)))
                && let Some(f) = interp.prelude_fn("_keyed")
            {
                // Keys of user classes are ordered by their `__lt__`, in script code.
                let extra = match work.extra {
                    Value::Unbound => interp.prelude_fn("_missing").unwrap_or(Value::None),
                    v => v,
                };
                return Ok(Step::Call {
                    func: f,
                    args: vec![
                        Value::Int(work.job.code()),
                        Value::list(work.items),
                        Value::list(work.keys),
                        Value::Bool(work.reverse),
                        extra,
                    ],
                    state: Value::None,
                });
            }
            work.next()
        }
        StepInput::Start(args, kw) => start(job, args, kw),
        StepInput::Throw { exc, .. } => Err(Raise::value(exc)),
    }
}

fn start(job: Job, args: &[Value], kw: &[(Rc<str>, Value)]) -> RResult<Step> {
    let key = kwarg(kw, "key").filter(|k| !k.is_none());
    let mut work = Work {
        job,
        items: Vec::new(),
        keys: Vec::new(),
        key: key.clone().unwrap_or(Value::None),
        reverse: false,
        extra: Value::Unbound,
    };
    match job {
        Job::Sorted | Job::ListSort => {
            for (k, _) in kw {
                if &**k != "key" && &**k != "reverse" {
                    return type_error(format!("'{k}' is an invalid keyword argument for sort()"));
                }
            }
            work.reverse = kwarg(kw, "reverse").is_some_and(|r| truthy(&r));
            if job == Job::Sorted {
                if args.len() != 1 {
                    return type_error(format!("sorted expected 1 argument, got {}", args.len()));
                }
                work.items = collect(&args[0])?;
            } else {
                if args.len() > 1 {
                    return type_error("sort() takes no positional arguments");
                }
                let Value::List(l) = &args[0] else {
                    unreachable!("list method")
                };
                work.items = l.borrow().clone();
                work.extra = args[0].clone();
            }
            if key.is_none() {
                sort_values(&mut work.items, work.reverse)?;
                if job == Job::ListSort {
                    if let Value::List(l) = &work.extra {
                        *l.borrow_mut() = work.items;
                    }
                    return Ok(Step::Return(Value::None));
                }
                return Ok(Step::Return(Value::list(work.items)));
            }
        }
        Job::Min | Job::Max => {
            let name = job.name();
            for (k, _) in kw {
                if &**k != "key" && &**k != "default" {
                    return type_error(format!(
                        "'{k}' is an invalid keyword argument for {name}()"
                    ));
                }
            }
            let default = kwarg(kw, "default");
            work.items = match args.len() {
                0 => return type_error(format!("{name} expected at least 1 argument, got 0")),
                1 => collect(&args[0])?,
                _ => {
                    if default.is_some() {
                        return type_error(format!(
                            "Cannot specify a default for {name}() with multiple positional arguments"
                        ));
                    }
                    args.to_vec()
                }
            };
            if let Some(d) = default {
                work.extra = d;
            }
            if key.is_none() {
                work.keys = work.items.clone();
                return work.finish().map(Step::Return);
            }
        }
    }
    work.next()
}
