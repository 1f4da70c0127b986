//! Iterators over built-in containers. `next` never calls back into the VM.

use super::exception::{RResult, err};
use super::str::Str;
use super::types::ExcKind;
use super::value::{DictRef, DictViewKind, Value};
use std::rc::Rc;

#[derive(Debug)]
pub enum IterState {
    /// Over a list or tuple, by index (a list may grow while iterated, as in CPython).
    Seq {
        seq: Value,
        idx: usize,
    },
    Str {
        s: Rc<Str>,
        pos: usize,
    },
    Bytes {
        b: Rc<Vec<u8>>,
        idx: usize,
    },
    ByteArray {
        b: super::bytearray::ByteArrayRef,
        idx: usize,
    },
    Range {
        next: i64,
        stop: i64,
        step: i64,
    },
    Dict {
        dict: DictRef,
        idx: usize,
        kind: DictViewKind,
        len: usize,
    },
    Enumerate {
        inner: Value,
        count: i64,
        /// The last tuple handed out, reused once nobody else holds it.
        spare: Spare,
    },
    Zip {
        inners: Vec<Value>,
        spare: Spare,
    },
    Reversed {
        seq: Value,
        idx: usize,
    },
    /// `reversed()` of a dict or dict view: `idx` entries remain, taken from the end.
    DictRev {
        dict: DictRef,
        idx: usize,
        kind: DictViewKind,
        len: usize,
    },
    /// Over a set or frozenset, by table position.
    Set {
        set: Value,
        pos: usize,
        len: usize,
    },
    Exhausted,
}

impl IterState {
    pub fn type_name(&self) -> &'static str {
        match self {
            IterState::Seq {
                seq: Value::Tuple(_),
                ..
            } => "tuple_iterator",
            IterState::Seq { .. } => "list_iterator",
            IterState::Str { s, .. } if s.is_ascii() => "str_ascii_iterator",
            IterState::Str { .. } => "str_iterator",
            IterState::Bytes { .. } => "bytes_iterator",
            IterState::ByteArray { .. } => "bytearray_iterator",
            IterState::Range { .. } => "range_iterator",
            IterState::Dict {
                kind: DictViewKind::Keys,
                ..
            } => "dict_keyiterator",
            IterState::Dict {
                kind: DictViewKind::Values,
                ..
            } => "dict_valueiterator",
            IterState::Dict {
                kind: DictViewKind::Items,
                ..
            } => "dict_itemiterator",
            IterState::Enumerate { .. } => "enumerate",
            IterState::Zip { .. } => "zip",
            IterState::Reversed {
                seq: Value::List(_),
                ..
            } => "list_reverseiterator",
            IterState::Reversed {
                seq: Value::Range(_),
                ..
            } => "range_iterator",
            IterState::Reversed { .. } => "reversed",
            IterState::DictRev {
                kind: DictViewKind::Keys,
                ..
            } => "dict_reversekeyiterator",
            IterState::DictRev {
                kind: DictViewKind::Values,
                ..
            } => "dict_reversevalueiterator",
            IterState::DictRev {
                kind: DictViewKind::Items,
                ..
            } => "dict_reverseitemiterator",
            IterState::Set { .. } => "set_iterator",
            IterState::Exhausted => "iterator",
        }
    }

    /// The next item, or `None` when exhausted.
    /// Pushes the next item of the common iterators (ranges, lists, tuples, and `enumerate`
    /// over them) onto `stack`, for the VM's inline path. `false` when there is none or it
    /// takes more work: then `next_item` answers, which also handles the end. (Pushing here
    /// rather than returning an `Option` keeps the value a single 16-byte copy.)
    #[inline(always)]
    pub fn push_next_quick(&mut self, stack: &mut Vec<Value>) -> bool {
        match self {
            IterState::Range { next, stop, step } if *step > 0 && *next < *stop => {
                let v = *next;
                *next = next.saturating_add(*step);
                Value::push_int(stack, v);
                true
            }
            IterState::Seq { seq, idx } => {
                let pushed = match seq {
                    Value::List(l) => match l.borrow().get(*idx) {
                        Some(v) => {
                            stack.push(v.clone());
                            true
                        }
                        None => false,
                    },
                    Value::Tuple(t) => match t.get(*idx) {
                        Some(v) => {
                            stack.push(v.clone());
                            true
                        }
                        None => false,
                    },
                    _ => false,
                };
                if pushed {
                    *idx += 1;
                }
                pushed
            }
            IterState::Enumerate {
                inner: Value::Iter(inner),
                count,
                spare,
            } => {
                let mut inner = inner.borrow_mut();
                if matches!(*inner, IterState::Enumerate { .. }) || !inner.push_next_quick(stack) {
                    return false;
                }
                let v = stack.pop().expect("just pushed");
                let i = *count;
                *count += 1;
                let mut items = spare.take_vec(2);
                items.push(Value::Int(i));
                items.push(v);
                stack.push(spare.tuple(items));
                true
            }
            _ => false,
        }
    }

    pub fn next_item(&mut self) -> RResult<Option<Value>> {
        let item = match self {
            IterState::Seq { seq, idx } => {
                let item = match seq {
                    Value::List(l) => l.borrow().get(*idx).cloned(),
                    Value::Tuple(t) => t.get(*idx).cloned(),
                    _ => None,
                };
                *idx += 1;
                item
            }
            IterState::Str { s, pos } => {
                let rest = &s.as_str()[*pos..];
                rest.chars().next().map(|c| {
                    *pos += c.len_utf8();
                    Value::string(c.to_string())
                })
            }
            IterState::Bytes { b, idx } => {
                let item = b.get(*idx).map(|x| Value::Int(*x as i64));
                *idx += 1;
                item
            }
            IterState::ByteArray { b, idx } => {
                let item = b.borrow().get(*idx).map(|x| Value::Int(*x as i64));
                *idx += 1;
                item
            }
            IterState::Range { next, stop, step } => {
                if (*step > 0 && *next < *stop) || (*step < 0 && *next > *stop) {
                    let v = *next;
                    *next = next.saturating_add(*step);
                    Some(Value::Int(v))
                } else {
                    None
                }
            }
            IterState::Dict {
                dict,
                idx,
                kind,
                len,
            } => {
                let d = dict.borrow();
                if d.len() != *len {
                    *len = usize::MAX;
                    return err(
                        ExcKind::RuntimeError,
                        "dictionary changed size during iteration",
                    );
                }
                let item = d.map.get_index(*idx).map(|(k, v)| match kind {
                    DictViewKind::Keys => k.value.clone(),
                    DictViewKind::Values => v.clone(),
                    DictViewKind::Items => Value::tuple(vec![k.value.clone(), v.clone()]),
                });
                *idx += 1;
                item
            }
            IterState::Enumerate {
                inner,
                count,
                spare,
            } => match next_of(inner)? {
                Some(v) => {
                    let i = *count;
                    *count += 1;
                    let mut items = spare.take_vec(2);
                    items.push(Value::Int(i));
                    items.push(v);
                    Some(spare.tuple(items))
                }
                None => None,
            },
            IterState::Zip { inners, spare } => {
                let mut items = spare.take_vec(inners.len());
                for it in inners.iter() {
                    match next_of(it)? {
                        Some(v) => items.push(v),
                        None => {
                            *self = IterState::Exhausted;
                            return Ok(None);
                        }
                    }
                }
                if items.is_empty() {
                    None
                } else {
                    Some(spare.tuple(items))
                }
            }
            IterState::Reversed { seq, idx } => {
                if *idx == 0 {
                    None
                } else {
                    *idx -= 1;
                    match seq {
                        Value::List(l) => l.borrow().get(*idx).cloned(),
                        Value::Tuple(t) => t.get(*idx).cloned(),
                        Value::Str(s) => Some(Value::string(s.char_at(*idx).to_string())),
                        Value::Range(r) => Some(Value::Int(r.start + r.step * *idx as i64)),
                        Value::Bytes(b) => b.get(*idx).map(|x| Value::Int(*x as i64)),
                        Value::ByteArray(b) => b.borrow().get(*idx).map(|x| Value::Int(*x as i64)),
                        _ => None,
                    }
                }
            }
            IterState::DictRev {
                dict,
                idx,
                kind,
                len,
            } => {
                let d = dict.borrow();
                if d.len() != *len {
                    *len = usize::MAX;
                    return err(
                        ExcKind::RuntimeError,
                        "dictionary changed size during iteration",
                    );
                }
                if *idx == 0 {
                    None
                } else {
                    *idx -= 1;
                    d.map.get_index(*idx).map(|(k, v)| match kind {
                        DictViewKind::Keys => k.value.clone(),
                        DictViewKind::Values => v.clone(),
                        DictViewKind::Items => Value::tuple(vec![k.value.clone(), v.clone()]),
                    })
                }
            }
            IterState::Set { set, pos, len } => {
                let step = match set {
                    Value::Set(s) => {
                        let s = s.borrow();
                        if s.len() != *len {
                            *len = usize::MAX;
                            return err(ExcKind::RuntimeError, "Set changed size during iteration");
                        }
                        s.next_from(*pos)
                    }
                    Value::FrozenSet(s) => s.next_from(*pos),
                    _ => None,
                };
                step.map(|(v, next)| {
                    *pos = next;
                    v
                })
            }
            IterState::Exhausted => None,
        };
        if item.is_none() {
            *self = IterState::Exhausted;
        }
        Ok(item)
    }
}

/// `next()` on a value that is a built-in iterator.
pub fn next_of(it: &Value) -> RResult<Option<Value>> {
    match it {
        Value::Iter(state) => state.borrow_mut().next_item(),
        other => err(
            ExcKind::TypeError,
            format!("'{}' object is not an iterator", other.type_name()),
        ),
    }
}

/// `iter(v)` for built-in iterables.
pub fn iter_of(v: &Value) -> RResult<Value> {
    let state = match v {
        Value::List(_) | Value::Tuple(_) => IterState::Seq {
            seq: v.clone(),
            idx: 0,
        },
        Value::Str(s) => IterState::Str {
            s: s.clone(),
            pos: 0,
        },
        Value::Bytes(b) => IterState::Bytes {
            b: b.clone(),
            idx: 0,
        },
        Value::ByteArray(b) => IterState::ByteArray {
            b: b.clone(),
            idx: 0,
        },
        Value::Range(r) => IterState::Range {
            next: r.start,
            stop: r.stop,
            step: r.step,
        },
        Value::Dict(d) => IterState::Dict {
            dict: d.clone(),
            idx: 0,
            kind: DictViewKind::Keys,
            len: d.borrow().len(),
        },
        Value::DictView(view) => IterState::Dict {
            dict: view.dict.clone(),
            idx: 0,
            kind: view.kind,
            len: view.dict.borrow().len(),
        },
        Value::Set(s) => IterState::Set {
            set: v.clone(),
            pos: 0,
            len: s.borrow().len(),
        },
        Value::FrozenSet(s) => IterState::Set {
            set: v.clone(),
            pos: 0,
            len: s.len(),
        },
        Value::Iter(_) => return Ok(v.clone()),
        Value::Generator(_) => return Err(crate::object::exception::Raise::iterate(v.clone())),
        Value::Instance(i)
            if i.class.lookup(&super::str::Str::new("__iter__")).is_some()
                || i.class
                    .lookup(&super::str::Str::new("__getitem__"))
                    .is_some() =>
        {
            return Err(crate::object::exception::Raise::iterate(v.clone()));
        }
        _ => {
            return err(
                ExcKind::TypeError,
                format!("'{}' object is not iterable", v.type_name()),
            );
        }
    };
    Ok(Value::Iter(Rc::new(std::cell::RefCell::new(state))))
}

/// Collects any built-in iterable into a vector.
pub fn collect(v: &Value) -> RResult<Vec<Value>> {
    match v {
        Value::List(l) => return Ok(l.borrow().clone()),
        Value::Tuple(t) => return Ok((**t).clone()),
        _ => {}
    }
    let it = iter_of(v)?;
    let mut out = Vec::new();
    while let Some(x) = next_of(&it)? {
        out.push(x);
    }
    Ok(out)
}

/// The tuple an `enumerate` or `zip` iterator last produced. Loops usually unpack it and drop
/// it before asking for the next one; then its allocation is reused instead of allocating a
/// new tuple per item (unobservable: nothing else refers to it).
#[derive(Debug, Default)]
pub struct Spare(Option<std::rc::Rc<Vec<Value>>>);

impl Spare {
    /// An empty vector for the next tuple: the spare tuple's storage when only this iterator
    /// still holds it.
    fn take_vec(&mut self, n: usize) -> Vec<Value> {
        if let Some(rc) = &mut self.0
            && let Some(items) = std::rc::Rc::get_mut(rc)
        {
            let mut v = std::mem::take(items);
            v.clear();
            return v;
        }
        self.0 = None;
        Vec::with_capacity(n)
    }

    /// The tuple of `items`, in the spare allocation when there is one to reuse.
    fn tuple(&mut self, items: Vec<Value>) -> Value {
        let rc = match &mut self.0 {
            Some(rc) => match std::rc::Rc::get_mut(rc) {
                Some(slot) => {
                    *slot = items;
                    rc.clone()
                }
                None => std::rc::Rc::new(items),
            },
            None => std::rc::Rc::new(items),
        };
        self.0 = Some(rc.clone());
        Value::Tuple(rc)
    }
}
