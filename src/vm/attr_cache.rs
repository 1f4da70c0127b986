//! Inline caches for attributes of instances of script classes (`self.x`, `self.method()`,
//! `self.x = v`) and for methods of built-in types (`items.append(x)`): each name of a code object remembers where the attribute was last found
//! (`AttrCache`), so the common case costs a position check instead of a hash lookup per
//! class in the MRO. A miss falls back to the full lookup in `attr.rs`/`class.rs`, which
//! defines the semantics; the cache only ever returns what that lookup would.

use super::Interp;
use crate::object::dict::class_epoch;
use crate::object::exception::RResult;
use crate::object::function::{AttrCache, AttrWays};
use crate::object::str::Str;
use crate::object::value::{Instance, Value};
use std::rc::Rc;

/// Where a cached lookup found the attribute.
pub(super) enum Found {
    /// In the instance's own dict: the value as stored.
    Instance(Value),
    /// In a class of the MRO: the raw class attribute (not yet bound to the instance).
    Class(Value),
}

/// `inst.name` through the cache: `None` when the attribute is not in the instance dict or
/// any script class of the MRO (the full lookup then handles `object`'s methods,
/// `__getattr__` and the error).
#[inline(always)]
pub(super) fn lookup(inst: &Instance, name: &Rc<Str>, ways: &AttrWays) -> Option<Found> {
    for way in ways {
        match way.get() {
            AttrCache::Empty => break,
            AttrCache::InstanceSlot { index } => {
                if let Some(v) = inst.dict.borrow().str_at(index as usize, name) {
                    return Some(Found::Instance(v.fast_clone()));
                }
            }
            AttrCache::ClassSlot {
                class,
                epoch,
                mro,
                index,
            } if class == Rc::as_ptr(&inst.class) as usize && epoch == class_epoch() => {
                {
                    let d = inst.dict.borrow();
                    if d.may_hold_str(name) && d.get_str(name).is_some() {
                        break;
                    }
                }
                let t = match mro {
                    0 => &inst.class,
                    n => &inst.class.mro[n as usize - 1],
                };
                if let Some(d) = &t.dict
                    && let Some((_, v)) = d.borrow().map.get_index(index as usize)
                {
                    return Some(Found::Class(v.fast_clone()));
                }
                break;
            }
            _ => {}
        }
    }
    fill(inst, name, ways)
}

/// Makes `entry` the most recent place of the name, dropping the oldest.
fn remember(ways: &AttrWays, entry: AttrCache) {
    for i in (1..ways.len()).rev() {
        ways[i].set(ways[i - 1].get());
    }
    ways[0].set(entry);
}

#[cold]
#[inline(never)]
fn fill(inst: &Instance, name: &Rc<Str>, ways: &AttrWays) -> Option<Found> {
    if name.as_str() == "__dict__" {
        return None;
    }
    if let Some((i, v)) = inst.dict.borrow().get_str_full(name) {
        remember(ways, AttrCache::InstanceSlot { index: i as u32 });
        return Some(Found::Instance(v.clone()));
    }
    let epoch = class_epoch();
    let classes = std::iter::once(&inst.class).chain(inst.class.mro.iter());
    for (pos, t) in classes.enumerate() {
        let Some(d) = &t.dict else { continue };
        // From now on, any change to this namespace must invalidate the cache.
        let Ok(mut d) = d.try_borrow_mut() else {
            return None;
        };
        d.watched = true;
        if let Some((i, v)) = d.get_str_full(name) {
            remember(
                ways,
                AttrCache::ClassSlot {
                    class: Rc::as_ptr(&inst.class) as usize,
                    epoch,
                    mro: pos as u32,
                    index: i as u32,
                },
            );
            return Some(Found::Class(v.clone()));
        }
    }
    None
}

/// `inst.name = v` through the cache, when the attribute already exists in the instance dict
/// where the cache says; `Err(v)` hands the value back for the full store.
#[inline]
pub(super) fn store(
    inst: &Instance,
    name: &Rc<Str>,
    ways: &AttrWays,
    v: Value,
) -> Result<(), Value> {
    for way in ways {
        match way.get() {
            AttrCache::Empty => break,
            AttrCache::InstanceSlot { index } => {
                if let Some(slot) = inst.dict.borrow_mut().str_at_mut(index as usize, name) {
                    *slot = v;
                    return Ok(());
                }
            }
            _ => {}
        }
    }
    Err(v)
}

impl Interp {
    /// `obj.name` with the inline cache for instances of script classes.
    #[inline(always)]
    pub(super) fn load_attr_cached(
        &mut self,
        obj: &Value,
        name: &Rc<Str>,
        ways: &AttrWays,
    ) -> RResult<Value> {
        if let Value::Instance(inst) = obj {
            if inst.class.getattribute.get() {
                // The class's `__getattribute__` (script code) decides: see `attr_missing`.
                return Err(crate::object::Raise::delegate());
            }
            match lookup(inst, name, ways) {
                Some(Found::Instance(v)) => return Ok(v),
                Some(Found::Class(v)) => return Ok(super::class::bind(v, Some(obj), &inst.class)),
                None => {}
            }
        }
        self.load_attr(obj, name)
    }

    /// `obj.name` for a call, with the inline cache: `(function, obj)` for a plain method
    /// of a script class (no bound-method object), else as `load_method`.
    #[inline]
    pub(super) fn load_method_cached(
        &mut self,
        obj: Value,
        name: &Rc<Str>,
        ways: &AttrWays,
    ) -> RResult<(Value, Value)> {
        if let Value::Instance(inst) = &obj {
            if inst.class.getattribute.get() {
                return Err(crate::object::Raise::delegate());
            }
            match lookup(inst, name, ways) {
                Some(Found::Instance(v)) => return Ok((v, Value::Unbound)),
                Some(Found::Class(f @ Value::Function(_))) => return Ok((f, obj)),
                // A method of a native class: called with the instance first, no bound
                // method object made (what `bind` would build and the call take apart).
                Some(Found::Class(Value::Wrapped(w)))
                    if matches!(&*w, crate::object::value::Wrapped::NativeMethod(_)) =>
                {
                    let crate::object::value::Wrapped::NativeMethod(f) = &*w else {
                        unreachable!()
                    };
                    return Ok((f.clone(), obj));
                }
                Some(Found::Class(v)) => {
                    let bound = super::class::bind(v, Some(&obj), &inst.class);
                    return Ok((bound, Value::Unbound));
                }
                None => {}
            }
        } else if let Some(t) = super::attr::type_tag(&obj) {
            let cached = ways.iter().find_map(|w| match w.get() {
                AttrCache::Builtin { tag, id } if tag == t => Some(id),
                _ => None,
            });
            let id = cached.or_else(|| {
                let id = self.methods.get(&(t, name.as_str())).copied()?;
                remember(ways, AttrCache::Builtin { tag: t, id });
                Some(id)
            });
            if let Some(id) = id {
                return Ok((self.natives[id as usize].value.clone(), obj));
            }
        }
        self.load_method(obj, name)
    }
}
