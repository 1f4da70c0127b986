//! A compiled pattern and the searches `re` needs on top of `fancy_regex`: search, match
//! (anchored), fullmatch, and the iteration over successive matches with CPython's rule for
//! empty matches. Positions are byte offsets here; `CharIdx` converts them to code points.

use super::parse::{self, Parsed, ReError};
use crate::object::exception::{RResult, err};
use crate::object::types::ExcKind;
use crate::object::value::Value;
use fancy_regex::{Regex, RegexBuilder, RegexInput};
use std::cell::OnceCell;

pub struct Compiled {
    /// The pattern as given (a `str` value).
    pub source: Value,
    pub flags: i64,
    pub groups: usize,
    pub names: Vec<(String, usize)>,
    pub closes: Vec<usize>,
    translated: String,
    regex: Regex,
    full: OnceCell<Option<Regex>>,
    nonempty: OnceCell<Option<Regex>>,
}

/// Byte spans of group 0..=groups.
pub type Spans = Vec<Option<(usize, usize)>>;

#[derive(Clone, Copy)]
pub enum Mode {
    Search,
    Match,
    Full,
    /// Anchored, and the match may not be empty (after an empty match at the same place).
    NonEmpty,
}

fn build(pattern: &str, find_not_empty: bool) -> Result<Regex, String> {
    let mut b = RegexBuilder::new(pattern);
    b.backtrack_limit(10_000_000);
    if find_not_empty {
        b.find_not_empty(true);
    }
    b.build().map_err(|e| e.to_string())
}

impl Compiled {
    pub fn new(source: Value, pattern: &str, flags: i64) -> Result<Compiled, ReError> {
        let Parsed {
            translated,
            groups,
            names,
            closes,
            flags,
        } = parse::translate(pattern, flags)?;
        let regex = build(&translated, false).map_err(|e| ReError {
            msg: format!("pattern not supported by this re module ({e})"),
            pos: None,
            kind: parse::ErrKind::Re,
        })?;
        Ok(Compiled {
            source,
            flags,
            groups,
            names,
            closes,
            translated,
            regex,
            full: OnceCell::new(),
            nonempty: OnceCell::new(),
        })
    }

    pub fn group_index(&self, name: &str) -> Option<usize> {
        self.names.iter().find(|(n, _)| n == name).map(|&(_, g)| g)
    }

    pub fn group_name(&self, g: usize) -> Option<&str> {
        self.names
            .iter()
            .find(|&&(_, i)| i == g)
            .map(|(n, _)| n.as_str())
    }

    fn full_regex(&self) -> RResult<&Regex> {
        let r = self
            .full
            .get_or_init(|| build(&format!("(?:{})\\z", self.translated), false).ok());
        match r {
            Some(r) => Ok(r),
            None => err(ExcKind::RuntimeError, "re: pattern cannot be compiled"),
        }
    }

    /// The match of mode `mode` in `text` (already cut at `endpos`) from byte `pos`.
    pub fn find(&self, mode: Mode, text: &str, pos: usize) -> RResult<Option<Spans>> {
        if pos > text.len() {
            return Ok(None);
        }
        let (re, anchored) = match mode {
            Mode::Search => (&self.regex, false),
            Mode::Match => (&self.regex, true),
            Mode::Full => (self.full_regex()?, true),
            Mode::NonEmpty => match self
                .nonempty
                .get_or_init(|| build(&self.translated, true).ok())
            {
                Some(r) => (r, true),
                // Only zero-width matches are possible: never a non-empty one.
                None => return Ok(None),
            },
        };
        let input = RegexInput::new(text).from_pos(pos).anchored(anchored);
        let caps = match re.captures_input(input) {
            Ok(c) => c,
            Err(e) => return err(ExcKind::RuntimeError, format!("re: {e}")),
        };
        let Some(caps) = caps else { return Ok(None) };
        let mut spans = Vec::with_capacity(self.groups + 1);
        for g in 0..=self.groups {
            spans.push(caps.get(g).map(|m| (m.start(), m.end())));
        }
        if anchored && spans[0].is_some_and(|(s, _)| s != pos) {
            return Ok(None);
        }
        Ok(Some(spans))
    }

    /// All matches from `pos` on, in order, as CPython finds them for `findall`, `finditer`,
    /// `sub` and `split`: after an empty match, the next one may start at the same place
    /// only if it is not empty. Stops after `limit` matches (0: no limit).
    pub fn find_all(&self, text: &str, pos: usize, limit: usize) -> RResult<Vec<Spans>> {
        let mut out = Vec::new();
        let mut at = pos;
        let mut after_empty = false;
        while at <= text.len() && (limit == 0 || out.len() < limit) {
            let found = if after_empty {
                match self.find(Mode::NonEmpty, text, at)? {
                    Some(s) => Some(s),
                    None => {
                        let next = next_boundary(text, at);
                        if next > text.len() {
                            None
                        } else {
                            self.find(Mode::Search, text, next)?
                        }
                    }
                }
            } else {
                self.find(Mode::Search, text, at)?
            };
            let Some(spans) = found else { break };
            let (s, e) = spans[0].unwrap_or((at, at));
            after_empty = s == e;
            at = e;
            out.push(spans);
        }
        Ok(out)
    }
}

fn next_boundary(text: &str, at: usize) -> usize {
    let mut n = at + 1;
    while n < text.len() && !text.is_char_boundary(n) {
        n += 1;
    }
    n
}

/// Converts between byte offsets and code point indices of one string.
pub struct CharIdx {
    /// Byte offset of each code point, plus the length; empty for ASCII text.
    starts: Vec<usize>,
}

impl CharIdx {
    pub fn new(text: &str) -> CharIdx {
        if text.is_ascii() {
            return CharIdx { starts: Vec::new() };
        }
        let mut starts: Vec<usize> = text.char_indices().map(|(b, _)| b).collect();
        starts.push(text.len());
        CharIdx { starts }
    }
    pub fn to_char(&self, byte: usize) -> usize {
        if self.starts.is_empty() {
            return byte;
        }
        self.starts.binary_search(&byte).unwrap_or_else(|i| i)
    }
    pub fn to_byte(&self, ch: usize) -> usize {
        if self.starts.is_empty() {
            return ch;
        }
        self.starts[ch.min(self.starts.len() - 1)]
    }
}
