//! Immutable Unicode strings, indexed by code point like CPython's `str`.

use std::cell::Cell;

#[derive(Debug)]
pub struct Str {
    s: Box<str>,
    /// Number of code points (== bytes when the string is ASCII).
    chars: usize,
    /// Cached hash (0 = not computed yet).
    hash: Cell<u64>,
}

impl Str {
    pub fn new(s: &str) -> Str {
        Str::from_string(s.to_string())
    }
    pub fn from_string(s: String) -> Str {
        let chars = if s.is_ascii() {
            s.len()
        } else {
            s.chars().count()
        };
        Str {
            s: s.into_boxed_str(),
            chars,
            hash: Cell::new(0),
        }
    }
    #[inline]
    pub fn as_str(&self) -> &str {
        &self.s
    }
    /// Length in code points (`len(s)`).
    #[inline]
    pub fn len(&self) -> usize {
        self.chars
    }
    pub fn is_empty(&self) -> bool {
        self.chars == 0
    }
    pub fn len_bytes(&self) -> usize {
        self.s.len()
    }
    pub fn is_ascii(&self) -> bool {
        self.chars == self.s.len()
    }
    /// The code point at index `i` (0 <= i < len).
    pub fn char_at(&self, i: usize) -> char {
        if self.is_ascii() {
            self.s.as_bytes()[i] as char
        } else {
            self.s.chars().nth(i).unwrap_or('\0')
        }
    }
    /// Byte offset of code point index `i` (i <= len).
    pub fn byte_offset(&self, i: usize) -> usize {
        if self.is_ascii() {
            i
        } else {
            self.s
                .char_indices()
                .nth(i)
                .map_or(self.s.len(), |(b, _)| b)
        }
    }
    /// A stable hash of the contents (FNV-1a, then mixed), cached.
    pub fn hash(&self) -> u64 {
        let h = self.hash.get();
        if h != 0 {
            return h;
        }
        let mut h: u64 = 0xcbf29ce484222325;
        for b in self.s.bytes() {
            h ^= b as u64;
            h = h.wrapping_mul(0x100000001b3);
        }
        let h = if h == 0 { 1 } else { h };
        self.hash.set(h);
        h
    }
}
