//! Immutable Unicode strings, indexed by code point like CPython's `str`.

use std::cell::Cell;

/// Strings up to this many bytes live inside the `Str` itself (so inside the `Rc`'s
/// allocation): most words, keys and names then cost one allocation instead of two.
const INLINE: usize = 22;

#[derive(Debug)]
enum Repr {
    Inline { len: u8, buf: [u8; INLINE] },
    Heap(Box<str>),
}

#[derive(Debug)]
pub struct Str {
    s: Repr,
    /// Number of code points (== bytes when the string is ASCII).
    chars: usize,
    /// Cached hash (0 = not computed yet).
    hash: Cell<u64>,
}

impl Str {
    pub fn new(s: &str) -> Str {
        if s.len() <= INLINE {
            Str::inline(s)
        } else {
            Str::with_repr(s, |s| Repr::Heap(Box::from(s)))
        }
    }
    pub fn from_string(s: String) -> Str {
        if s.len() <= INLINE {
            Str::inline(&s)
        } else {
            let chars = count_chars(&s);
            Str {
                s: Repr::Heap(s.into_boxed_str()),
                chars,
                hash: Cell::new(0),
            }
        }
    }
    fn inline(s: &str) -> Str {
        Str::with_repr(s, |s| {
            let mut buf = [0; INLINE];
            buf[..s.len()].copy_from_slice(s.as_bytes());
            Repr::Inline {
                len: s.len() as u8,
                buf,
            }
        })
    }
    fn with_repr(s: &str, make: impl FnOnce(&str) -> Repr) -> Str {
        Str {
            s: make(s),
            chars: count_chars(s),
            hash: Cell::new(0),
        }
    }
    #[inline]
    pub fn as_str(&self) -> &str {
        match &self.s {
            // SAFETY: the bytes were copied from a `str` (see `inline`).
            Repr::Inline { len, buf } => unsafe {
                std::str::from_utf8_unchecked(buf.get_unchecked(..*len as usize))
            },
            Repr::Heap(s) => s,
        }
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
        self.as_str().len()
    }
    pub fn is_ascii(&self) -> bool {
        self.chars == self.as_str().len()
    }
    /// The code point at index `i` (0 <= i < len).
    pub fn char_at(&self, i: usize) -> char {
        if self.is_ascii() {
            self.as_str().as_bytes()[i] as char
        } else {
            self.as_str().chars().nth(i).unwrap_or('\0')
        }
    }
    /// Byte offset of code point index `i` (i <= len).
    pub fn byte_offset(&self, i: usize) -> usize {
        if self.is_ascii() {
            i
        } else {
            self.as_str()
                .char_indices()
                .nth(i)
                .map_or(self.as_str().len(), |(b, _)| b)
        }
    }
    /// A stable hash of the contents (FNV-1a, then mixed), cached.
    pub fn hash(&self) -> u64 {
        let h = self.hash.get();
        if h != 0 {
            return h;
        }
        let mut h: u64 = 0xcbf29ce484222325;
        for b in self.as_str().bytes() {
            h ^= b as u64;
            h = h.wrapping_mul(0x100000001b3);
        }
        let h = if h == 0 { 1 } else { h };
        self.hash.set(h);
        h
    }
}

fn count_chars(s: &str) -> usize {
    if s.is_ascii() {
        s.len()
    } else {
        s.chars().count()
    }
}

#[cfg(test)]
mod tests {
    use super::Str;

    #[test]
    fn short_and_long_strings_read_back() {
        for text in [
            "",
            "a",
            "héllo wörld",
            "exactly twenty-two by",
            "exactly twenty-two byt",
            "a string longer than the inline buffer",
            "日本語のテキスト、少し長めの文字列です",
        ] {
            let s = Str::new(text);
            assert_eq!(s.as_str(), text);
            assert_eq!(s.len(), text.chars().count());
            let t = Str::from_string(text.to_string());
            assert_eq!(t.as_str(), text);
            assert_eq!(t.hash(), s.hash());
        }
    }
}
