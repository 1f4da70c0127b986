//! `set` and `frozenset`: an open-addressing hash table laid out as CPython lays out its sets
//! (linear probes, then perturbed jumps; deleted slots become dummies; the same growth
//! rule), so a set's iteration order, and so its printed form, is CPython's for values whose
//! hashes agree (ints, floats, tuples of them).

use super::exception::RResult;
use super::ops;
use super::value::Value;

const MIN_SIZE: usize = 8;
const LINEAR_PROBES: usize = 9;
const PERTURB_SHIFT: u32 = 5;

#[derive(Debug, Clone)]
enum Slot {
    Empty,
    /// A removed entry: lookups probe past it; an insert may reuse it.
    Dummy,
    Active {
        hash: u64,
        key: Value,
    },
}

#[derive(Debug, Clone)]
pub struct SetObj {
    table: Vec<Slot>,
    /// Active plus dummy slots.
    fill: usize,
    /// Active slots.
    used: usize,
    /// Where `pop` looks first.
    finger: usize,
}

impl Default for SetObj {
    fn default() -> Self {
        SetObj::new()
    }
}

impl SetObj {
    pub fn new() -> SetObj {
        SetObj {
            table: vec![Slot::Empty; MIN_SIZE],
            fill: 0,
            used: 0,
            finger: 0,
        }
    }

    /// A set of the items, added in order.
    pub fn from_values(items: impl IntoIterator<Item = Value>) -> RResult<SetObj> {
        let mut s = SetObj::new();
        for v in items {
            s.add(v)?;
        }
        Ok(s)
    }

    pub fn len(&self) -> usize {
        self.used
    }

    pub fn is_empty(&self) -> bool {
        self.used == 0
    }

    fn mask(&self) -> usize {
        self.table.len() - 1
    }

    /// The slot holding `key`, if present; `Err(delegate)` when only a script `__eq__` can
    /// tell (see `Dict::get_checked`).
    fn find(&self, key: &Value, hash: u64) -> RResult<Option<usize>> {
        let mask = self.mask();
        let mut i = hash as usize & mask;
        let mut perturb = hash;
        loop {
            let probes = if i + LINEAR_PROBES <= mask {
                LINEAR_PROBES
            } else {
                0
            };
            for j in i..=i + probes {
                match &self.table[j] {
                    Slot::Empty => return Ok(None),
                    Slot::Active { hash: h, key: k } if *h == hash && same_key(k, key)? => {
                        return Ok(Some(j));
                    }
                    _ => {}
                }
            }
            perturb >>= PERTURB_SHIFT;
            i = (i
                .wrapping_mul(5)
                .wrapping_add(1)
                .wrapping_add(perturb as usize))
                & mask;
        }
    }

    pub fn contains(&self, key: &Value) -> RResult<bool> {
        let hash = ops::hash_value(key)?;
        Ok(self.find(key, hash)?.is_some())
    }

    /// Adds `key`; `false` if it was already there.
    pub fn add(&mut self, key: Value) -> RResult<bool> {
        let hash = ops::hash_value(&key)?;
        self.add_hashed(key, hash)
    }

    /// `add` of a borrowed value (cloned only when it goes in).
    pub fn add_ref(&mut self, key: &Value) -> RResult<bool> {
        let hash = ops::hash_value(key)?;
        if self.find(key, hash)?.is_some() {
            return Ok(false);
        }
        self.add_hashed(key.clone(), hash)
    }

    /// The members whose hash is `hash` (what a script lookup compares).
    pub fn keys_with_hash(&self, hash: u64) -> Vec<Value> {
        let mut out = Vec::new();
        self.probe(hash, |slot| {
            if let Slot::Active { hash: h, key } = slot
                && *h == hash
            {
                out.push(key.clone());
            }
        });
        out
    }

    /// Calls `f` on each slot of `hash`'s probe sequence up to the first empty one.
    fn probe(&self, hash: u64, mut f: impl FnMut(&Slot)) {
        let mask = self.mask();
        let mut i = hash as usize & mask;
        let mut perturb = hash;
        loop {
            let probes = if i + LINEAR_PROBES <= mask {
                LINEAR_PROBES
            } else {
                0
            };
            for j in i..=i + probes {
                if let Slot::Empty = self.table[j] {
                    return;
                }
                f(&self.table[j]);
            }
            perturb >>= PERTURB_SHIFT;
            i = (i
                .wrapping_mul(5)
                .wrapping_add(1)
                .wrapping_add(perturb as usize))
                & mask;
        }
    }

    /// Adds the object `key` with its (script-computed) hash unless that very object is
    /// there: script code has checked that no equal member exists.
    pub fn add_identical(&mut self, key: Value, hash: u64) {
        if self.slot_of_identical(&key, hash).is_none() {
            let _ = self.add_hashed_by(key, hash, &mut |k, key| Ok(k.is(key)));
        }
    }

    fn slot_of_identical(&self, key: &Value, hash: u64) -> Option<usize> {
        (0..self.table.len()).find(|&j| {
            matches!(&self.table[j], Slot::Active { hash: h, key: k } if *h == hash && k.is(key))
        })
    }

    /// Removes the member that is the object `key`.
    pub fn discard_identical(&mut self, key: &Value, hash: u64) -> bool {
        match self.slot_of_identical(key, hash) {
            Some(j) => {
                self.table[j] = Slot::Dummy;
                self.used -= 1;
                true
            }
            None => false,
        }
    }

    fn add_hashed(&mut self, key: Value, hash: u64) -> RResult<bool> {
        self.add_hashed_by(key, hash, &mut same_key)
    }

    fn add_hashed_by(
        &mut self,
        key: Value,
        hash: u64,
        same: &mut dyn FnMut(&Value, &Value) -> RResult<bool>,
    ) -> RResult<bool> {
        let mask = self.mask();
        let mut i = hash as usize & mask;
        let mut perturb = hash;
        let mut freeslot: Option<usize> = None;
        let slot = 'search: loop {
            let probes = if i + LINEAR_PROBES <= mask {
                LINEAR_PROBES
            } else {
                0
            };
            for j in i..=i + probes {
                match &self.table[j] {
                    Slot::Empty => break 'search j,
                    Slot::Active { hash: h, key: k } => {
                        if *h == hash && same(k, &key)? {
                            return Ok(false);
                        }
                    }
                    Slot::Dummy => {
                        if freeslot.is_none() {
                            freeslot = Some(j);
                        }
                    }
                }
            }
            perturb >>= PERTURB_SHIFT;
            i = (i
                .wrapping_mul(5)
                .wrapping_add(1)
                .wrapping_add(perturb as usize))
                & mask;
        };
        self.used += 1;
        if let Some(f) = freeslot {
            self.table[f] = Slot::Active { hash, key };
            return Ok(true);
        }
        self.table[slot] = Slot::Active { hash, key };
        self.fill += 1;
        if self.fill * 5 >= mask * 3 {
            let target = if self.used > 50000 {
                self.used * 2
            } else {
                self.used * 4
            };
            self.resize(target);
        }
        Ok(true)
    }

    /// Rebuilds the table with room for `minused` entries, keeping table order.
    fn resize(&mut self, minused: usize) {
        let mut size = MIN_SIZE;
        while size <= minused {
            size <<= 1;
        }
        let old = std::mem::replace(&mut self.table, vec![Slot::Empty; size]);
        self.fill = self.used;
        for slot in old {
            if let Slot::Active { hash, key } = slot {
                self.insert_clean(hash, key);
            }
        }
    }

    /// Removes `key`; `false` if it was not there.
    pub fn discard(&mut self, key: &Value) -> RResult<bool> {
        let hash = ops::hash_value(key)?;
        match self.find(key, hash)? {
            Some(j) => {
                self.table[j] = Slot::Dummy;
                self.used -= 1;
                Ok(true)
            }
            None => Ok(false),
        }
    }

    /// Removes and returns an arbitrary element (the first from the finger on, as CPython).
    pub fn pop(&mut self) -> Option<Value> {
        if self.used == 0 {
            return None;
        }
        let mask = self.mask();
        let mut i = self.finger & mask;
        loop {
            if let Slot::Active { .. } = self.table[i] {
                let Slot::Active { key, .. } = std::mem::replace(&mut self.table[i], Slot::Dummy)
                else {
                    unreachable!()
                };
                self.used -= 1;
                self.finger = i + 1;
                return Some(key);
            }
            i = (i + 1) & mask;
        }
    }

    pub fn clear(&mut self) {
        *self = SetObj::new();
    }

    /// The elements in table order.
    pub fn iter(&self) -> impl Iterator<Item = &Value> {
        self.table.iter().filter_map(|s| match s {
            Slot::Active { key, .. } => Some(key),
            _ => None,
        })
    }

    /// The element at table position `pos` or after it, with the next position to look at.
    pub fn next_from(&self, mut pos: usize) -> Option<(Value, usize)> {
        while pos < self.table.len() {
            if let Slot::Active { key, .. } = &self.table[pos] {
                return Some((key.clone(), pos + 1));
            }
            pos += 1;
        }
        None
    }

    /// A copy, made as CPython makes one (a new set updated from this one), so its table and
    /// order are CPython's too.
    pub fn copy(&self) -> SetObj {
        let mut s = SetObj::new();
        // Into an empty set: the entries are copied, never compared.
        let _ = s.update_from(self);
        s
    }

    /// Adds every element of `other`, in its table order (CPython's `set_merge`).
    pub fn update_from(&mut self, other: &SetObj) -> RResult<()> {
        if other.used == 0 {
            return Ok(());
        }
        if (self.fill + other.used) * 5 >= self.mask() * 3 {
            self.resize((self.used + other.used) * 2);
        }
        if self.fill == 0 {
            if self.table.len() == other.table.len() && other.fill == other.used {
                // Same size and no dummies: the table is copied as it is.
                self.table = other.table.clone();
            } else {
                let actives = other.table.iter().filter_map(|s| match s {
                    Slot::Active { hash, key } => Some((*hash, key.clone())),
                    _ => None,
                });
                let actives: Vec<(u64, Value)> = actives.collect();
                for (hash, key) in actives {
                    self.insert_clean(hash, key);
                }
            }
            self.used = other.used;
            self.fill = other.used;
            return Ok(());
        }
        for slot in &other.table {
            if let Slot::Active { hash, key } = slot {
                self.add_hashed(key.clone(), *hash)?;
            }
        }
        Ok(())
    }

    /// Puts an entry known to be absent into a table with no dummies.
    fn insert_clean(&mut self, hash: u64, key: Value) {
        let mask = self.mask();
        let mut i = hash as usize & mask;
        let mut perturb = hash;
        let at = 'clean: loop {
            if let Slot::Empty = self.table[i] {
                break 'clean i;
            }
            if i + LINEAR_PROBES <= mask {
                for j in i + 1..=i + LINEAR_PROBES {
                    if let Slot::Empty = self.table[j] {
                        break 'clean j;
                    }
                }
            }
            perturb >>= PERTURB_SHIFT;
            i = (i
                .wrapping_mul(5)
                .wrapping_add(1)
                .wrapping_add(perturb as usize))
                & mask;
        };
        self.table[at] = Slot::Active { hash, key };
    }

    /// The entries with their hashes, in table order.
    fn entries(&self) -> impl Iterator<Item = (u64, &Value)> {
        self.table.iter().filter_map(|s| match s {
            Slot::Active { hash, key } => Some((*hash, key)),
            _ => None,
        })
    }

    fn contains_hashed(&self, key: &Value, hash: u64) -> RResult<bool> {
        Ok(self.find(key, hash)?.is_some())
    }

    /// `a & b`, iterating the smaller set as CPython does.
    pub fn intersection(a: &SetObj, b: &SetObj) -> RResult<SetObj> {
        let (big, small) = if b.used > a.used { (b, a) } else { (a, b) };
        let mut out = SetObj::new();
        for (h, k) in small.entries() {
            if big.contains_hashed(k, h)? {
                out.add_hashed(k.clone(), h)?;
            }
        }
        Ok(out)
    }

    /// `a - b`.
    pub fn difference(a: &SetObj, b: &SetObj) -> RResult<SetObj> {
        if (a.used >> 2) > b.used {
            let mut out = a.copy();
            out.difference_update(b)?;
            return Ok(out);
        }
        let mut out = SetObj::new();
        for (h, k) in a.entries() {
            if !b.contains_hashed(k, h)? {
                out.add_hashed(k.clone(), h)?;
            }
        }
        Ok(out)
    }

    /// `a -= b`.
    pub fn difference_update(&mut self, b: &SetObj) -> RResult<()> {
        for (h, k) in b.entries() {
            if let Some(j) = self.find(k, h)? {
                self.table[j] = Slot::Dummy;
                self.used -= 1;
            }
        }
        Ok(())
    }

    /// `a ^= b`.
    pub fn symmetric_difference_update(&mut self, b: &SetObj) -> RResult<()> {
        for (h, k) in b.entries() {
            match self.find(k, h)? {
                Some(j) => {
                    self.table[j] = Slot::Dummy;
                    self.used -= 1;
                }
                None => {
                    self.add_hashed(k.clone(), h)?;
                }
            }
        }
        Ok(())
    }

    /// `a ^ b`: a copy of `b` updated with `a`, as CPython computes it.
    pub fn symmetric_difference(a: &SetObj, b: &SetObj) -> RResult<SetObj> {
        let mut out = b.copy();
        out.symmetric_difference_update(a)?;
        Ok(out)
    }

    /// `a | b`.
    pub fn union(a: &SetObj, b: &SetObj) -> RResult<SetObj> {
        let mut out = a.copy();
        out.update_from(b)?;
        Ok(out)
    }

    pub fn is_subset(&self, other: &SetObj) -> RResult<bool> {
        if self.used > other.used {
            return Ok(false);
        }
        for (h, k) in self.entries() {
            if !other.contains_hashed(k, h)? {
                return Ok(false);
            }
        }
        Ok(true)
    }

    /// `frozenset`'s hash, computed as CPython computes it.
    pub fn frozen_hash(&self) -> u64 {
        fn shuffle(h: u64) -> u64 {
            ((h ^ 89869747) ^ (h << 16)).wrapping_mul(3644798167)
        }
        let mut hash: u64 = 0;
        for s in &self.table {
            if let Slot::Active { hash: h, .. } = s {
                hash ^= shuffle(*h);
            }
        }
        hash ^= (self.used as u64 + 1).wrapping_mul(1927868237);
        hash ^= (hash >> 11) ^ (hash >> 25);
        hash = hash.wrapping_mul(69069).wrapping_add(907133923);
        if hash == u64::MAX {
            hash = 590923713;
        }
        hash
    }
}

/// Whether the member `k` is `key` (same hash already checked); `Err(delegate)` when only a
/// script `__eq__` can tell.
#[inline(always)]
fn same_key(k: &Value, key: &Value) -> RResult<bool> {
    if k.is(key) {
        return Ok(true);
    }
    if ops::needs_script_eq(k) || ops::needs_script_eq(key) {
        return Err(super::exception::Raise::delegate());
    }
    Ok(ops::eq(k, key))
}
