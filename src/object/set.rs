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

    /// The slot holding `key`, if present.
    fn find(&self, key: &Value, hash: u64) -> Option<usize> {
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
                    Slot::Empty => return None,
                    Slot::Active { hash: h, key: k }
                        if *h == hash && (k.is(key) || ops::eq(k, key)) =>
                    {
                        return Some(j);
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
        Ok(self.find(key, hash).is_some())
    }

    /// Adds `key`; `false` if it was already there.
    pub fn add(&mut self, key: Value) -> RResult<bool> {
        let hash = ops::hash_value(&key)?;
        Ok(self.add_hashed(key, hash))
    }

    fn add_hashed(&mut self, key: Value, hash: u64) -> bool {
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
                        if *h == hash && (k.is(&key) || ops::eq(k, &key)) {
                            return false;
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
            return true;
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
        true
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
        match self.find(key, hash) {
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
        s.update_from(self);
        s
    }

    /// Adds every element of `other`, in its table order (CPython's `set_merge`).
    pub fn update_from(&mut self, other: &SetObj) {
        if other.used == 0 {
            return;
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
            return;
        }
        for slot in &other.table {
            if let Slot::Active { hash, key } = slot {
                self.add_hashed(key.clone(), *hash);
            }
        }
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

    fn contains_hashed(&self, key: &Value, hash: u64) -> bool {
        self.find(key, hash).is_some()
    }

    /// `a & b`, iterating the smaller set as CPython does.
    pub fn intersection(a: &SetObj, b: &SetObj) -> SetObj {
        let (big, small) = if b.used > a.used { (b, a) } else { (a, b) };
        let mut out = SetObj::new();
        for (h, k) in small.entries() {
            if big.contains_hashed(k, h) {
                out.add_hashed(k.clone(), h);
            }
        }
        out
    }

    /// `a - b`.
    pub fn difference(a: &SetObj, b: &SetObj) -> SetObj {
        if (a.used >> 2) > b.used {
            let mut out = a.copy();
            out.difference_update(b);
            return out;
        }
        let mut out = SetObj::new();
        for (h, k) in a.entries() {
            if !b.contains_hashed(k, h) {
                out.add_hashed(k.clone(), h);
            }
        }
        out
    }

    /// `a -= b`.
    pub fn difference_update(&mut self, b: &SetObj) {
        for (h, k) in b.entries() {
            if let Some(j) = self.find(k, h) {
                self.table[j] = Slot::Dummy;
                self.used -= 1;
            }
        }
    }

    /// `a ^= b`.
    pub fn symmetric_difference_update(&mut self, b: &SetObj) {
        for (h, k) in b.entries() {
            match self.find(k, h) {
                Some(j) => {
                    self.table[j] = Slot::Dummy;
                    self.used -= 1;
                }
                None => {
                    self.add_hashed(k.clone(), h);
                }
            }
        }
    }

    /// `a ^ b`: a copy of `b` updated with `a`, as CPython computes it.
    pub fn symmetric_difference(a: &SetObj, b: &SetObj) -> SetObj {
        let mut out = b.copy();
        out.symmetric_difference_update(a);
        out
    }

    /// `a | b`.
    pub fn union(a: &SetObj, b: &SetObj) -> SetObj {
        let mut out = a.copy();
        out.update_from(b);
        out
    }

    pub fn is_subset(&self, other: &SetObj) -> bool {
        self.used <= other.used && self.iter().all(|k| other.contains(k).unwrap_or(false))
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
