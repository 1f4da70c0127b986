//! Insertion-ordered dictionaries with Python's key semantics (`1`, `1.0` and `True` are the
//! same key). Keys carry their hash, computed once on insertion.

use super::exception::{RResult, Raise};
use super::value::Value;
use indexmap::IndexMap;
use indexmap::map::RawEntryApiV1;
use std::hash::{BuildHasherDefault, Hash, Hasher};

/// A hash-carrying key. Equality is Python equality for hashable built-in values.
#[derive(Clone, Debug)]
pub struct Key {
    pub hash: u64,
    pub value: Value,
}

impl Hash for Key {
    fn hash<H: Hasher>(&self, state: &mut H) {
        state.write_u64(self.hash);
    }
}

impl PartialEq for Key {
    fn eq(&self, other: &Key) -> bool {
        self.hash == other.hash && super::ops::eq(&self.value, &other.value)
    }
}
impl Eq for Key {}

/// Passes the precomputed hash straight through.
#[derive(Default)]
pub struct PassThrough(u64);
impl Hasher for PassThrough {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 = (self.0 << 8) ^ b as u64;
        }
    }
    fn write_u64(&mut self, n: u64) {
        self.0 = n;
    }
}

pub type DictMap = IndexMap<Key, Value, BuildHasherDefault<PassThrough>>;

#[derive(Debug, Default, Clone)]
pub struct Dict {
    /// Mutate through the methods below, which keep `version` right.
    pub map: DictMap,
    /// Bumped whenever a key is added or removed (not when a value changes), so caches of
    /// entry positions (the VM's global-lookup cache) know when they are stale.
    pub version: u64,
    /// A class namespace that an attribute cache depends on: any change to it (a value too)
    /// bumps the global [`class_epoch`], which empties every attribute cache.
    pub watched: bool,
    /// A one-word Bloom filter of the hashes of every key ever added: a key whose bits are
    /// not all set is certainly absent, which lets an attribute cache prove that an instance
    /// does not shadow a class attribute without a lookup. Removals leave their bits set.
    bloom: u64,
}

/// The two filter bits of a hash (from a multiplicative mix, since int hashes are small).
#[inline(always)]
fn bloom_bits(hash: u64) -> u64 {
    let x = hash.wrapping_mul(0x9E37_79B9_7F4A_7C15);
    (1 << (x >> 58)) | (1 << ((x >> 52) & 63))
}

/// Counts changes to watched dicts (class namespaces some attribute cache relies on) and
/// class deallocations. Attribute caches record it and are valid while it stays the same.
static CLASS_EPOCH: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(1);

#[inline(always)]
pub fn class_epoch() -> u64 {
    CLASS_EPOCH.load(std::sync::atomic::Ordering::Relaxed)
}

/// Invalidates every attribute cache.
#[cold]
pub fn bump_class_epoch() {
    CLASS_EPOCH.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
}

impl Dict {
    pub fn new() -> Dict {
        Dict::default()
    }
    pub fn len(&self) -> usize {
        self.map.len()
    }
    pub fn is_empty(&self) -> bool {
        self.map.is_empty()
    }
    /// Callers must have checked hashability (`ops::hash_value`).
    pub fn insert(&mut self, key: Key, value: Value) {
        self.touch();
        self.bloom |= bloom_bits(key.hash);
        if self.map.insert(key, value).is_none() {
            self.version += 1;
        }
    }
    pub fn get(&self, key: &Key) -> Option<&Value> {
        self.map.get(key)
    }
    pub fn remove(&mut self, key: &Key) -> Option<Value> {
        self.touch();
        let r = self.map.shift_remove(key);
        if r.is_some() {
            self.version += 1;
        }
        r
    }

    /// Removes every entry (keeping the version moving forward).
    pub fn clear(&mut self) {
        self.touch();
        self.map.clear();
        self.bloom = 0;
        self.version += 1;
    }

    /// Lookup by a string key, also returning the entry's position.
    pub fn get_str_full(&self, name: &super::str::Str) -> Option<(usize, &Value)> {
        self.map.get_full(&StrProbe(name)).map(|(i, _, v)| (i, v))
    }
    /// False when the string key `name` is certainly absent (one bit test, no lookup).
    #[inline(always)]
    pub fn may_hold_str(&self, name: &super::str::Str) -> bool {
        let bits = bloom_bits(name.hash());
        self.bloom & bits == bits
    }
    /// Lookup by a string key (globals, keyword arguments).
    pub fn get_str(&self, name: &super::str::Str) -> Option<&Value> {
        // A str key's hash is the Str's own hash, so building the probe is cheap.
        let probe = StrProbe(name);
        self.map.get(&probe)
    }
    pub fn set_str(&mut self, name: &str, value: Value) {
        let v = Value::str(name);
        let key = Key {
            hash: super::ops::hash_value(&v).expect("str is hashable"),
            value: v,
        };
        self.insert(key, value);
    }
    /// `set_str` with an interned name (attribute stores): no allocation, no rehashing.
    pub fn set_str_rc(&mut self, name: &std::rc::Rc<super::str::Str>, value: Value) {
        if let Some(slot) = self.map.get_mut(&StrProbe(name)) {
            if self.watched {
                bump_class_epoch();
            }
            *slot = value;
            return;
        }
        let key = Key {
            hash: name.hash(),
            value: Value::Str(name.clone()),
        };
        self.insert(key, value);
    }
    /// Any mutation of a watched dict goes through here first.
    #[inline(always)]
    pub fn touch(&self) {
        if self.watched {
            bump_class_epoch();
        }
    }

    /// The value at position `index` if that entry's key is the string `name` (the check of
    /// an attribute cache that remembers where an attribute was).
    #[inline(always)]
    pub fn str_at(&self, index: usize, name: &super::str::Str) -> Option<&Value> {
        let (k, v) = self.map.get_index(index)?;
        StrProbe(name).equivalent(k).then_some(v)
    }

    /// `str_at` for writing.
    #[inline(always)]
    pub fn str_at_mut(&mut self, index: usize, name: &super::str::Str) -> Option<&mut Value> {
        self.touch();
        let (k, v) = self.map.get_index_mut(index)?;
        StrProbe(name).equivalent(k).then_some(v)
    }

    /// `get` for a key from script code: `Err(delegate)` when deciding whether a stored key
    /// equals it needs a script `__eq__` (two distinct objects with equal hashes, one of
    /// them an object of a user class); the prelude then does the lookup (`_find`).
    #[inline]
    pub fn get_checked(&self, key: &Key) -> RResult<Option<&Value>> {
        let mut script = false;
        let found = self
            .map
            .raw_entry_v1()
            .from_hash(key.hash, |k| key_matches(k, key, &mut script));
        if script {
            return Err(Raise::delegate());
        }
        Ok(found.map(|(_, v)| v))
    }

    /// `insert` for a key from script code (see `get_checked`).
    #[inline]
    pub fn insert_checked(&mut self, key: Key, value: Value) -> RResult<()> {
        match self.try_insert(key, value) {
            None => Ok(()),
            Some(_) => Err(Raise::delegate()),
        }
    }

    /// `insert_checked` that hands the entry back when script code must decide.
    #[inline]
    pub fn try_insert(&mut self, key: Key, value: Value) -> Option<(Key, Value)> {
        let mut script = false;
        let at = self
            .map
            .raw_entry_v1()
            .from_hash_full(key.hash, |k| key_matches(k, &key, &mut script))
            .map(|(i, _, _)| i);
        if script {
            return Some((key, value));
        }
        match at {
            Some(i) => {
                self.touch();
                if let Some((_, v)) = self.map.get_index_mut(i) {
                    *v = value;
                }
            }
            None => self.insert_new(key, value),
        }
        None
    }

    /// `remove` for a key from script code (see `get_checked`).
    pub fn remove_checked(&mut self, key: &Key) -> RResult<Option<Value>> {
        let mut script = false;
        let at = self
            .map
            .raw_entry_v1()
            .from_hash_full(key.hash, |k| key_matches(k, key, &mut script))
            .map(|(i, _, _)| i);
        if script {
            return Err(Raise::delegate());
        }
        Ok(at.and_then(|i| self.remove_at(i)))
    }

    /// Adds an entry whose key is known to be absent.
    fn insert_new(&mut self, key: Key, value: Value) {
        use indexmap::map::raw_entry_v1::RawEntryMut;
        self.touch();
        let hash = key.hash;
        let target = key.value.clone();
        match self
            .map
            .raw_entry_mut_v1()
            .from_hash(hash, |k| k.value.is(&target))
        {
            RawEntryMut::Occupied(mut o) => {
                o.insert(value);
            }
            RawEntryMut::Vacant(v) => {
                v.insert_hashed_nocheck(hash, key, value);
                self.version += 1;
            }
        }
    }

    fn remove_at(&mut self, i: usize) -> Option<Value> {
        self.touch();
        let r = self.map.shift_remove_index(i).map(|(_, v)| v);
        if r.is_some() {
            self.version += 1;
        }
        r
    }

    /// The stored keys whose hash is `hash` (the candidates a script lookup compares).
    pub fn keys_with_hash(&self, hash: u64) -> Vec<Value> {
        let mut out = Vec::new();
        self.map.raw_entry_v1().from_hash(hash, |k| {
            if k.hash == hash {
                out.push(k.value.clone());
            }
            false
        });
        out
    }

    /// The position of the entry whose key is the object `key` (stored with `hash`).
    pub fn index_of_identical(&self, key: &Value, hash: u64) -> Option<usize> {
        self.map
            .raw_entry_v1()
            .from_hash_full(hash, |k| k.value.is(key))
            .map(|(i, _, _)| i)
    }

    /// Sets the value of the entry whose key is the object `key`, adding it if absent (a key
    /// found equal, or known new, by script code).
    pub fn store_identical(&mut self, key: Value, hash: u64, value: Value) {
        self.insert_new(Key { hash, value: key }, value);
    }

    /// Removes the entry whose key is the object `key`.
    pub fn remove_identical(&mut self, key: &Value, hash: u64) -> Option<Value> {
        let i = self.index_of_identical(key, hash)?;
        self.remove_at(i)
    }

    pub fn keys(&self) -> impl Iterator<Item = &Value> {
        self.map.keys().map(|k| &k.value)
    }
}

struct StrProbe<'a>(&'a super::str::Str);
impl Hash for StrProbe<'_> {
    fn hash<H: Hasher>(&self, state: &mut H) {
        state.write_u64(self.0.hash());
    }
}
use indexmap::Equivalent;
impl Equivalent<Key> for StrProbe<'_> {
    fn equivalent(&self, key: &Key) -> bool {
        match &key.value {
            // Interned names make the pointer test the usual answer.
            Value::Str(s) => {
                std::ptr::eq(&**s, self.0)
                    || (s.hash() == self.0.hash() && s.as_str() == self.0.as_str())
            }
            _ => false,
        }
    }
}

/// Whether the stored key `k` is `key`, for the checked operations: sets `script` (and answers
/// no) when only a script `__eq__` can tell.
#[inline(always)]
fn key_matches(k: &Key, key: &Key, script: &mut bool) -> bool {
    if k.hash != key.hash {
        return false;
    }
    if k.value.is(&key.value) {
        return true;
    }
    if super::ops::needs_script_eq(&k.value) || super::ops::needs_script_eq(&key.value) {
        *script = true;
        return false;
    }
    super::ops::eq(&k.value, &key.value)
}
