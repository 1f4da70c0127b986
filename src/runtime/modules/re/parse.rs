//! Translation of Python regular expression syntax into the syntax of `fancy_regex`.
//!
//! The pattern is parsed the way CPython's `re._parser` does (same errors, same positions, in
//! code points) and written out again in a form whose meaning does not depend on the target
//! engine's defaults: literals are escaped, named groups become plain numbered groups (names
//! are kept here), `$`, `^`, `.`, `\Z` and the ASCII-only classes are spelled out, and verbose
//! mode whitespace and comments are dropped.

use std::fmt::Write;

pub const I: i64 = 2;
pub const L: i64 = 4;
pub const M: i64 = 8;
pub const S: i64 = 16;
pub const U: i64 = 32;
pub const X: i64 = 64;
pub const A: i64 = 256;

/// A syntax error: CPython's message and the position (in code points) it refers to.
#[derive(Debug)]
pub struct ReError {
    pub msg: String,
    /// `None`: an error CPython reports without a position.
    pub pos: Option<usize>,
    pub kind: ErrKind,
}

/// Which exception an error becomes: `re.error`, or the ValueError/OverflowError CPython
/// raises for bad flags and huge repeat counts.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum ErrKind {
    Re,
    Value,
    Overflow,
    Recursion,
}

/// Nesting limit of groups (CPython's parser hits its recursion limit between 500 and 600).
const MAX_DEPTH: usize = 500;

/// Width of a subpattern in characters: minimum and maximum (`None`: unbounded).
type W = (u64, Option<u64>);
const ZERO: W = (0, Some(0));
const ONE: W = (1, Some(1));

fn w_add(a: W, b: W) -> W {
    (
        a.0.saturating_add(b.0),
        a.1.and_then(|x| b.1.map(|y| x.saturating_add(y))),
    )
}

fn w_mul(w: W, min: u64, max: Option<u64>) -> W {
    let hi = match (w.1, max) {
        (Some(0), _) => Some(0),
        (_, Some(0)) => Some(0),
        (Some(x), Some(n)) => Some(x.saturating_mul(n)),
        _ => None,
    };
    (w.0.saturating_mul(min), hi)
}

fn w_either(a: W, b: W) -> W {
    (a.0.min(b.0), a.1.and_then(|x| b.1.map(|y| x.max(y))))
}

pub struct Parsed {
    pub translated: String,
    pub groups: usize,
    /// Named groups in order of definition.
    pub names: Vec<(String, usize)>,
    /// Position of the closing parenthesis of each group (for `lastindex`).
    pub closes: Vec<usize>,
    /// The flags in effect for the whole pattern (given ones, global inline ones, `U`).
    pub flags: i64,
}

type R<T> = Result<T, ReError>;

fn fail<T>(msg: impl Into<String>, pos: usize) -> R<T> {
    Err(ReError {
        msg: msg.into(),
        pos: Some(pos),
        kind: ErrKind::Re,
    })
}

/// What the last item of the current sequence was, for the checks on repeats.
#[derive(Clone, Copy, PartialEq)]
enum Last {
    None,
    Anchor,
    Repeat,
    Item(usize),
}

struct Parser {
    s: Vec<char>,
    i: usize,
    out: String,
    groups: usize,
    open: Vec<usize>,
    names: Vec<(String, usize)>,
    closes: Vec<usize>,
    global: i64,
    /// Group references made before their group exists, checked at the end (conditionals).
    pending_refs: Vec<(usize, usize)>,
    /// Width of each closed group (for back references).
    widths: Vec<W>,
    /// A variable-width look-behind, reported once parsing succeeded (as CPython's compiler
    /// does).
    lookbehind_error: bool,
}

/// Parses and translates `pattern` with the given flags.
pub fn translate(pattern: &str, flags: i64) -> R<Parsed> {
    let mut p = Parser {
        s: pattern.chars().collect(),
        i: 0,
        out: String::new(),
        groups: 0,
        open: Vec::new(),
        names: Vec::new(),
        closes: Vec::new(),
        global: flags,
        pending_refs: Vec::new(),
        widths: Vec::new(),
        lookbehind_error: false,
    };
    check_flag_combination(flags)?;
    let body_start = p.out.len();
    p.alternation(flags, 0)?;
    if p.i < p.s.len() {
        // Only a stray `)` stops the top level early.
        return fail("unbalanced parenthesis", p.i);
    }
    for &(g, pos) in &p.pending_refs {
        if g > p.groups {
            return fail(format!("invalid group reference {g}"), pos);
        }
    }
    if p.lookbehind_error {
        return Err(ReError {
            msg: "look-behind requires fixed-width pattern".into(),
            pos: None,
            kind: ErrKind::Re,
        });
    }
    let mut flags = p.global;
    if flags & A == 0 {
        flags |= U;
    }
    let mut translated = String::new();
    if flags & I != 0 {
        translated.push_str("(?i)");
    }
    translated.push_str(&p.out[body_start..]);
    Ok(Parsed {
        translated,
        groups: p.groups,
        names: p.names,
        closes: p.closes,
        flags,
    })
}

fn check_flag_combination(flags: i64) -> R<()> {
    let value_error = |msg: &str| ReError {
        msg: msg.into(),
        pos: None,
        kind: ErrKind::Value,
    };
    if flags & L != 0 {
        return Err(value_error("cannot use LOCALE flag with a str pattern"));
    }
    if flags & A != 0 && flags & U != 0 {
        return Err(value_error("ASCII and UNICODE flags are incompatible"));
    }
    Ok(())
}

/// A literal code point in the target syntax.
fn lit(out: &mut String, c: char) {
    if c.is_ascii_alphanumeric() || c == '_' {
        out.push(c);
    } else if c.is_ascii() {
        let _ = write!(out, "\\x{{{:X}}}", c as u32);
    } else if c.is_alphanumeric() {
        out.push(c);
    } else {
        let _ = write!(out, "\\x{{{:X}}}", c as u32);
    }
}

/// Character class escapes (`\d`, `\w`, `\s` and their negations) as class items.
fn class_item(c: char, ascii: bool) -> &'static str {
    match (c, ascii) {
        ('d', false) => "\\d",
        ('D', false) => "\\D",
        ('w', false) => "\\w",
        ('W', false) => "\\W",
        ('s', false) => "\\s",
        ('S', false) => "\\S",
        ('d', true) => "0-9",
        ('D', true) => "[^0-9]",
        ('w', true) => "0-9A-Za-z_",
        ('W', true) => "[^0-9A-Za-z_]",
        ('s', true) => "\\t\\n\\x0B\\x0C\\r ",
        _ => "[^\\t\\n\\x0B\\x0C\\r ]",
    }
}

fn is_ident(name: &str) -> bool {
    let mut cs = name.chars();
    match cs.next() {
        Some(c) if c == '_' || c.is_alphabetic() => {}
        _ => return false,
    }
    cs.all(|c| c == '_' || c.is_alphanumeric())
}

enum ClassAtom {
    Char(char),
    /// A category (`\d`...), already in target syntax.
    Set(&'static str),
}

impl Parser {
    fn peek(&self) -> Option<char> {
        self.s.get(self.i).copied()
    }
    fn eat(&mut self, c: char) -> bool {
        if self.peek() == Some(c) {
            self.i += 1;
            true
        } else {
            false
        }
    }

    fn skip_verbose(&mut self) {
        while let Some(c) = self.peek() {
            if c.is_whitespace() {
                self.i += 1;
            } else if c == '#' {
                while let Some(c) = self.peek() {
                    self.i += 1;
                    if c == '\n' {
                        break;
                    }
                }
            } else {
                break;
            }
        }
    }

    /// `a|b|...` up to a `)` (not consumed) or the end.
    fn alternation(&mut self, flags: i64, depth: usize) -> R<W> {
        if depth > MAX_DEPTH {
            return Err(ReError {
                msg: "maximum recursion depth exceeded".into(),
                pos: None,
                kind: ErrKind::Recursion,
            });
        }
        let mut width: Option<W> = None;
        loop {
            let f = if depth == 0 { self.global } else { flags };
            let w = self.sequence(f, depth)?;
            width = Some(width.map_or(w, |old| w_either(old, w)));
            if self.eat('|') {
                self.out.push('|');
                continue;
            }
            return Ok(width.unwrap_or(ZERO));
        }
    }

    /// One branch: items up to `|`, `)` or the end.
    fn sequence(&mut self, mut flags: i64, depth: usize) -> R<W> {
        let mut last = Last::None;
        // Width of the items before the last one, and of the last one (which a repeat
        // may still multiply).
        let mut committed = ZERO;
        let mut last_w = ZERO;
        loop {
            if flags & X != 0 {
                self.skip_verbose();
            }
            let Some(c) = self.peek() else {
                return Ok(w_add(committed, last_w));
            };
            if c == '|' || c == ')' {
                if c == ')' && depth == 0 {
                    return fail("unbalanced parenthesis", self.i);
                }
                return Ok(w_add(committed, last_w));
            }
            let start = self.i;
            let out_start = self.out.len();
            self.i += 1;
            let item_w: W = match c {
                '*' | '+' | '?' | '{' => {
                    let (min, max) = match c {
                        '*' => (0, None),
                        '+' => (1, None),
                        '?' => (0, Some(1)),
                        _ => match self.braces()? {
                            Some(r) => r,
                            None => {
                                lit(&mut self.out, '{');
                                committed = w_add(committed, last_w);
                                last_w = ONE;
                                last = Last::Item(out_start);
                                continue;
                            }
                        },
                    };
                    let item_start = match last {
                        Last::None | Last::Anchor => return fail("nothing to repeat", start),
                        Last::Repeat => return fail("multiple repeat", start),
                        Last::Item(s) => s,
                    };
                    last_w = w_mul(last_w, min, max);
                    match (min, max) {
                        (0, None) => self.out.push('*'),
                        (1, None) => self.out.push('+'),
                        (0, Some(1)) => self.out.push('?'),
                        (m, None) => {
                            let _ = write!(self.out, "{{{m},}}");
                        }
                        (m, Some(n)) if m == n => {
                            let _ = write!(self.out, "{{{m}}}");
                        }
                        (m, Some(n)) => {
                            let _ = write!(self.out, "{{{m},{n}}}");
                        }
                    }
                    if self.eat('?') {
                        self.out.push('?');
                    } else if self.eat('+') {
                        self.out.insert_str(item_start, "(?>");
                        self.out.push(')');
                    }
                    last = Last::Repeat;
                    continue;
                }
                '(' => {
                    let (anchor, w) = self.group(&mut flags, depth, start)?;
                    if anchor && self.out.len() == out_start {
                        // Global flags or a comment: nothing emitted, nothing changes.
                        continue;
                    }
                    committed = w_add(committed, last_w);
                    last_w = w;
                    last = if anchor {
                        Last::Anchor
                    } else {
                        Last::Item(out_start)
                    };
                    continue;
                }
                '[' => {
                    self.class(flags, start)?;
                    ONE
                }
                '.' => {
                    self.out
                        .push_str(if flags & S != 0 { "(?s:.)" } else { "." });
                    ONE
                }
                '^' | '$' => {
                    self.out.push_str(match (c, flags & M != 0) {
                        ('^', true) => "(?m:^)",
                        ('^', false) => "\\A",
                        (_, true) => "(?m:$)",
                        (_, false) => "(?=\\n?\\z)",
                    });
                    committed = w_add(committed, last_w);
                    last_w = ZERO;
                    last = Last::Anchor;
                    continue;
                }
                '\\' => {
                    let (anchor, w) = self.escape(flags, start)?;
                    if anchor {
                        committed = w_add(committed, last_w);
                        last_w = ZERO;
                        last = Last::Anchor;
                        continue;
                    }
                    w
                }
                other => {
                    lit(&mut self.out, other);
                    ONE
                }
            };
            committed = w_add(committed, last_w);
            last_w = item_w;
            last = Last::Item(out_start);
        }
    }

    /// After `{`: `Some((min, max))` for a repeat, `None` (position restored) for a literal.
    fn braces(&mut self) -> R<Option<(u64, Option<u64>)>> {
        let here = self.i;
        if self.peek() == Some('}') {
            return Ok(None);
        }
        let digits = |p: &mut Parser| {
            let mut d = String::new();
            while let Some(c) = p.peek().filter(|c| c.is_ascii_digit()) {
                d.push(c);
                p.i += 1;
            }
            d
        };
        let lo = digits(self);
        let hi = if self.eat(',') {
            digits(self)
        } else {
            lo.clone()
        };
        if !self.eat('}') {
            self.i = here;
            return Ok(None);
        }
        let too_large = || ReError {
            msg: "the repetition number is too large".into(),
            pos: None,
            kind: ErrKind::Overflow,
        };
        let min = if lo.is_empty() {
            0
        } else {
            lo.parse::<u64>()
                .ok()
                .filter(|&v| v < u32::MAX as u64)
                .ok_or_else(too_large)?
        };
        let max = if hi.is_empty() {
            None
        } else {
            let v = hi
                .parse::<u64>()
                .ok()
                .filter(|&v| v < u32::MAX as u64)
                .ok_or_else(too_large)?;
            if v < min {
                return fail("min repeat greater than max repeat", here);
            }
            Some(v)
        };
        Ok(Some((min, max)))
    }

    /// Reads a name up to `end`; `start` is where the name begins.
    fn name_until(&mut self, end: char) -> R<String> {
        let start = self.i;
        let mut name = String::new();
        loop {
            match self.peek() {
                None => {
                    if name.is_empty() {
                        return fail("missing group name", start);
                    }
                    return fail(format!("missing {end}, unterminated name"), start);
                }
                Some(c) if c == end => {
                    if name.is_empty() {
                        return fail("missing group name", start);
                    }
                    self.i += 1;
                    return Ok(name);
                }
                Some(c) => {
                    name.push(c);
                    self.i += 1;
                }
            }
        }
    }

    fn group_of_name(&self, name: &str) -> Option<usize> {
        self.names.iter().find(|(n, _)| n == name).map(|&(_, g)| g)
    }

    fn group_width(&self, g: usize) -> W {
        self.widths.get(g - 1).copied().unwrap_or((0, None))
    }

    fn backref(&mut self, g: usize) {
        let _ = write!(self.out, "(?:\\{g})");
    }

    /// After `(` at `start`. Returns true when the construct is zero-width in a way that
    /// forbids a repeat (global flags).
    fn group(&mut self, flags: &mut i64, depth: usize, start: usize) -> R<(bool, W)> {
        let mut capture: Option<usize> = None;
        // Lookarounds are zero-width; look-behinds must have a fixed width.
        let mut zero_width = false;
        let mut behind = false;
        let mut inner_flags = *flags;
        if self.eat('?') {
            let Some(c) = self.peek() else {
                return fail("unexpected end of pattern", self.i);
            };
            self.i += 1;
            match c {
                'P' => {
                    if self.eat('<') {
                        let name_pos = self.i;
                        let name = self.name_until('>')?;
                        if !is_ident(&name) {
                            return fail(format!("bad character in group name '{name}'"), name_pos);
                        }
                        let g = self.groups + 1;
                        if let Some(old) = self.group_of_name(&name) {
                            return fail(
                                format!(
                                    "redefinition of group name '{name}' as group {g}; was group {old}"
                                ),
                                name_pos,
                            );
                        }
                        self.names.push((name, g));
                        capture = Some(g);
                    } else if self.eat('=') {
                        let name_pos = self.i;
                        let name = self.name_until(')')?;
                        if !is_ident(&name) {
                            return fail(format!("bad character in group name '{name}'"), name_pos);
                        }
                        let Some(g) = self.group_of_name(&name) else {
                            return fail(format!("unknown group name '{name}'"), name_pos);
                        };
                        if self.open.contains(&g) {
                            return fail("cannot refer to an open group", start);
                        }
                        self.backref(g);
                        return Ok((false, self.group_width(g)));
                    } else {
                        return match self.peek() {
                            Some(ch) => fail(format!("unknown extension ?P{ch}"), start + 1),
                            None => fail("unexpected end of pattern", self.i),
                        };
                    }
                }
                ':' => self.out.push_str("(?:"),
                '#' => {
                    loop {
                        match self.peek() {
                            None => return fail("missing ), unterminated comment", start),
                            Some(')') => {
                                self.i += 1;
                                break;
                            }
                            Some(_) => self.i += 1,
                        }
                    }
                    return Ok((true, ZERO));
                }
                '=' | '!' => {
                    zero_width = true;
                    self.out.push_str(if c == '=' { "(?=" } else { "(?!" });
                }
                '>' => self.out.push_str("(?>"),
                '<' => match self.peek() {
                    Some(ch @ ('=' | '!')) => {
                        self.i += 1;
                        zero_width = true;
                        behind = true;
                        self.out.push_str(if ch == '=' { "(?<=" } else { "(?<!" });
                    }
                    Some(ch) => return fail(format!("unknown extension ?<{ch}"), start + 1),
                    None => return fail("unexpected end of pattern", self.i),
                },
                '(' => return self.conditional(*flags, depth, start).map(|w| (false, w)),
                c if "aiLmsux-".contains(c) => {
                    self.i -= 1;
                    match self.inline_flags(*flags)? {
                        (f, true) => {
                            // Global flags.
                            if depth != 0 || self.global_seen_item(start) {
                                return fail(
                                    "global flags not at the start of the expression",
                                    start,
                                );
                            }
                            check_flag_combination(f)?;
                            self.global |= f & !*flags;
                            *flags = f;
                            return Ok((true, ZERO));
                        }
                        (f, false) => {
                            inner_flags = f;
                            self.out.push_str("(?");
                            for (bit, ch) in [(I, 'i')] {
                                if f & bit != 0 && *flags & bit == 0 {
                                    self.out.push(ch);
                                }
                            }
                            if f & I == 0 && *flags & I != 0 {
                                self.out.push_str("-i");
                            }
                            self.out.push(':');
                        }
                    }
                }
                other => return fail(format!("unknown extension ?{other}"), start + 1),
            }
        } else {
            capture = Some(self.groups + 1);
        }
        if let Some(g) = capture {
            self.groups = g;
            self.open.push(g);
            self.out.push('(');
        }
        let w = self.alternation(inner_flags, depth + 1)?;
        if behind && w.1 != Some(w.0) {
            self.lookbehind_error = true;
        }
        if !self.eat(')') {
            return fail("missing ), unterminated subpattern", start);
        }
        self.out.push(')');
        if let Some(g) = capture {
            self.open.retain(|&o| o != g);
            if self.closes.len() < g {
                self.closes.resize(g, 0);
            }
            self.closes[g - 1] = self.i;
            if self.widths.len() < g {
                self.widths.resize(g, ZERO);
            }
            self.widths[g - 1] = w;
        }
        Ok((false, if zero_width { ZERO } else { w }))
    }

    /// Whether anything but global flags came before position `start`.
    fn global_seen_item(&self, start: usize) -> bool {
        // Only global flag groups may precede: `(?i)(?m)...`.
        let mut j = 0;
        while j < start {
            if self.s[j] == '(' && self.s.get(j + 1) == Some(&'?') {
                let mut k = j + 2;
                while k < self.s.len() && "aiLmsux".contains(self.s[k]) {
                    k += 1;
                }
                if self.s.get(k) == Some(&')') && k > j + 2 {
                    j = k + 1;
                    continue;
                }
            }
            if self.global & X != 0 && self.s[j].is_whitespace() {
                j += 1;
                continue;
            }
            return true;
        }
        false
    }

    /// Parses `aiLmsux[-imsx]` then `)` (global: true) or `:` (scoped: false).
    fn inline_flags(&mut self, flags: i64) -> R<(i64, bool)> {
        let bit = |c: char| match c {
            'a' => A,
            'i' => I,
            'L' => L,
            'm' => M,
            's' => S,
            'u' => U,
            'x' => X,
            _ => 0,
        };
        let mut add = 0;
        while let Some(c) = self.peek() {
            if c == '-' || c == ')' || c == ':' {
                break;
            }
            let b = bit(c);
            if b == 0 {
                let msg = if c.is_alphabetic() {
                    "unknown flag"
                } else {
                    "missing -, : or )"
                };
                return fail(msg, self.i);
            }
            if b == L {
                return fail(
                    "bad inline flags: cannot use 'L' flag with a str pattern",
                    self.i,
                );
            }
            add |= b;
            self.i += 1;
        }
        let Some(c) = self.peek() else {
            return fail("missing -, : or )", self.i);
        };
        if c == ')' {
            self.i += 1;
            return Ok((flags | add, true));
        }
        let mut del = 0;
        if c == '-' {
            self.i += 1;
            let mut any = false;
            while let Some(c) = self.peek() {
                if c == ':' {
                    break;
                }
                let b = bit(c);
                if b == 0 || b == A || b == U || b == L {
                    let msg = if c == ')' {
                        "missing :"
                    } else if c.is_alphabetic() {
                        if b != 0 {
                            "bad inline flags: cannot turn off flags 'a', 'u' and 'L'"
                        } else {
                            "unknown flag"
                        }
                    } else {
                        "missing :"
                    };
                    return fail(msg, self.i);
                }
                del |= b;
                any = true;
                self.i += 1;
            }
            if !any {
                return fail("missing flag", self.i);
            }
            if self.peek().is_none() {
                return fail("missing :", self.i);
            }
        }
        if add & del != 0 {
            return fail("bad inline flags: flag turned on and off", self.i);
        }
        self.i += 1; // ':'
        let mut f = (flags | add) & !del;
        if add & A != 0 {
            f &= !U;
        }
        Ok((f, false))
    }

    /// `(?(id/name)yes|no)` after `(?(`.
    fn conditional(&mut self, flags: i64, depth: usize, start: usize) -> R<W> {
        let name_pos = self.i;
        let name = self.name_until(')')?;
        let g = if is_ident(&name) {
            match self.group_of_name(&name) {
                Some(g) => g,
                None => return fail(format!("unknown group name '{name}'"), name_pos),
            }
        } else {
            match name.parse::<usize>() {
                Ok(0) => return fail("bad group number", name_pos),
                Ok(g) if name.chars().all(|c| c.is_ascii_digit()) => {
                    self.pending_refs.push((g, name_pos));
                    g
                }
                _ => {
                    return fail(format!("bad character in group name '{name}'"), name_pos);
                }
            }
        };
        let _ = write!(self.out, "(?({g})");
        let yes = self.sequence(flags, depth + 1)?;
        let mut no = ZERO;
        if self.eat('|') {
            self.out.push('|');
            no = self.sequence(flags, depth + 1)?;
            if self.peek() == Some('|') {
                return fail("conditional backref with more than two branches", self.i);
            }
        }
        if !self.eat(')') {
            return fail("missing ), unterminated subpattern", start);
        }
        self.out.push(')');
        Ok(w_either(yes, no))
    }

    /// Reads up to `n` hex digits.
    fn hex(&mut self, n: usize) -> String {
        let mut h = String::new();
        while h.len() < n
            && let Some(c) = self.peek().filter(|c| c.is_ascii_hexdigit())
        {
            h.push(c);
            self.i += 1;
        }
        h
    }

    /// The code point of a numeric escape (`\x`, `\u`, `\U`, octal) after `\` + `c`, or
    /// `None` if `c` starts none.
    fn numeric_escape(&mut self, c: char, start: usize) -> R<Option<char>> {
        let (n, name) = match c {
            'x' => (2, 'x'),
            'u' => (4, 'u'),
            'U' => (8, 'U'),
            _ => return Ok(None),
        };
        let h = self.hex(n);
        if h.len() != n {
            return fail(format!("incomplete escape \\{name}{h}"), start);
        }
        let v = u32::from_str_radix(&h, 16).unwrap_or(u32::MAX);
        match char::from_u32(v) {
            Some(ch) => Ok(Some(ch)),
            None if v < 0x110000 => Ok(Some('\u{FFFD}')),
            None => fail(format!("bad escape \\{name}{h}"), start),
        }
    }

    /// After `\` at `start`, outside a class. Returns true for an anchor.
    fn escape(&mut self, flags: i64, start: usize) -> R<(bool, W)> {
        let ascii = flags & A != 0;
        let Some(c) = self.peek() else {
            return fail("bad escape (end of pattern)", start);
        };
        self.i += 1;
        match c {
            'A' => {
                self.out.push_str("\\A");
                return Ok((true, ZERO));
            }
            'Z' => {
                self.out.push_str("\\z");
                return Ok((true, ZERO));
            }
            'b' | 'B' => {
                if ascii {
                    // `(?-u:\b)` is refused by the engine: spell the ASCII boundary out.
                    const W: &str = "[0-9A-Za-z_]";
                    let _ = if c == 'b' {
                        write!(self.out, "(?:(?<={W})(?!{W})|(?<!{W})(?={W}))")
                    } else {
                        write!(self.out, "(?:(?<={W})(?={W})|(?<!{W})(?!{W}))")
                    };
                } else {
                    let _ = write!(self.out, "\\{c}");
                }
                return Ok((true, ZERO));
            }
            'd' | 'D' | 'w' | 'W' | 's' | 'S' => {
                let item = class_item(c, ascii);
                if item.starts_with('[') {
                    self.out.push_str(item);
                } else {
                    let _ = write!(self.out, "[{item}]");
                }
            }
            'a' => lit(&mut self.out, '\x07'),
            'f' => lit(&mut self.out, '\x0c'),
            'n' => lit(&mut self.out, '\n'),
            'r' => lit(&mut self.out, '\r'),
            't' => lit(&mut self.out, '\t'),
            'v' => lit(&mut self.out, '\x0b'),
            '\\' => lit(&mut self.out, '\\'),
            'x' | 'u' | 'U' => {
                let ch = self.numeric_escape(c, start)?.unwrap_or('\0');
                lit(&mut self.out, ch);
            }
            'N' => return self.named_char(start).map(|_| (false, ONE)),
            '0' => {
                let mut v = 0u32;
                let mut k = 0;
                while k < 2
                    && let Some(d) = self.peek().filter(|d| ('0'..='7').contains(d))
                {
                    v = v * 8 + d as u32 - '0' as u32;
                    self.i += 1;
                    k += 1;
                }
                lit(&mut self.out, char::from_u32(v).unwrap_or('\0'));
            }
            '1'..='9' => {
                let mut digits = String::from(c);
                if let Some(d) = self.peek().filter(|d| d.is_ascii_digit()) {
                    digits.push(d);
                    self.i += 1;
                    let b = digits.as_bytes();
                    if (b'0'..=b'7').contains(&b[0])
                        && (b'0'..=b'7').contains(&b[1])
                        && let Some(d3) = self.peek().filter(|d| ('0'..='7').contains(d))
                    {
                        self.i += 1;
                        digits.push(d3);
                        let v = u32::from_str_radix(&digits, 8).unwrap_or(0);
                        if v > 0o377 {
                            return fail(
                                format!("octal escape value \\{digits} outside of range 0-0o377"),
                                start,
                            );
                        }
                        lit(&mut self.out, char::from_u32(v).unwrap_or('\0'));
                        return Ok((false, ONE));
                    }
                }
                let g: usize = digits.parse().unwrap_or(0);
                if g > self.groups {
                    return fail(format!("invalid group reference {g}"), start + 1);
                }
                if self.open.contains(&g) {
                    return fail("cannot refer to an open group", start);
                }
                self.backref(g);
                return Ok((false, self.group_width(g)));
            }
            c if c.is_ascii_alphabetic() => {
                return fail(format!("bad escape \\{c}"), start);
            }
            other => lit(&mut self.out, other),
        }
        Ok((false, ONE))
    }

    /// `\N{...}`: only a few names are known (no Unicode name table here).
    fn named_char(&mut self, start: usize) -> R<char> {
        if !self.eat('{') {
            return fail("missing {", self.i);
        }
        let name = self.name_until('}').map_err(|e| ReError {
            msg: e.msg.replace("group name", "character name"),
            ..e
        })?;
        let ch = match name.to_ascii_uppercase().as_str() {
            "SPACE" => ' ',
            "EM DASH" => '\u{2014}',
            "EN DASH" => '\u{2013}',
            "NO-BREAK SPACE" => '\u{a0}',
            "BULLET" => '\u{2022}',
            "HORIZONTAL ELLIPSIS" => '\u{2026}',
            "DEGREE SIGN" => '\u{b0}',
            "LATIN SMALL LETTER A" => 'a',
            "LINE FEED" => '\n',
            _ => return fail(format!("undefined character name '{name}'"), start),
        };
        lit(&mut self.out, ch);
        Ok(ch)
    }

    /// An escape inside a class, after `\` at `start`.
    fn class_escape(&mut self, flags: i64, start: usize) -> R<ClassAtom> {
        let Some(c) = self.peek() else {
            return fail("unterminated character set", start);
        };
        self.i += 1;
        Ok(match c {
            'd' | 'D' | 'w' | 'W' | 's' | 'S' => ClassAtom::Set(class_item(c, flags & A != 0)),
            'a' => ClassAtom::Char('\x07'),
            'b' => ClassAtom::Char('\x08'),
            'f' => ClassAtom::Char('\x0c'),
            'n' => ClassAtom::Char('\n'),
            'r' => ClassAtom::Char('\r'),
            't' => ClassAtom::Char('\t'),
            'v' => ClassAtom::Char('\x0b'),
            '\\' => ClassAtom::Char('\\'),
            'x' | 'u' | 'U' => ClassAtom::Char(self.numeric_escape(c, start)?.unwrap_or('\0')),
            'N' => {
                let save = self.out.len();
                let ch = self.named_char(start)?;
                self.out.truncate(save);
                ClassAtom::Char(ch)
            }
            '0'..='7' => {
                let mut v = c as u32 - '0' as u32;
                let mut k = 0;
                while k < 2
                    && let Some(d) = self.peek().filter(|d| ('0'..='7').contains(d))
                {
                    v = v * 8 + d as u32 - '0' as u32;
                    self.i += 1;
                    k += 1;
                }
                if v > 0o377 {
                    let text: String = self.s[start..self.i].iter().collect();
                    return fail(
                        format!("octal escape value {text} outside of range 0-0o377"),
                        start,
                    );
                }
                ClassAtom::Char(char::from_u32(v).unwrap_or('\0'))
            }
            c if c.is_ascii_alphanumeric() => return fail(format!("bad escape \\{c}"), start),
            other => ClassAtom::Char(other),
        })
    }

    /// After `[` at `start`.
    fn class(&mut self, flags: i64, start: usize) -> R<()> {
        let mut body = String::new();
        let negate = self.eat('^');
        let mut first = true;
        let mut items = 0usize;
        loop {
            let Some(c) = self.peek() else {
                return fail("unterminated character set", start);
            };
            let this_pos = self.i;
            self.i += 1;
            if c == ']' && !first {
                break;
            }
            first = false;
            let atom = if c == '\\' {
                self.class_escape(flags, this_pos)?
            } else {
                ClassAtom::Char(c)
            };
            if self.peek() == Some('-') {
                self.i += 1;
                let Some(d) = self.peek() else {
                    return fail("unterminated character set", start);
                };
                let that_pos = self.i;
                self.i += 1;
                if d == ']' {
                    push_atom(&mut body, &atom);
                    lit(&mut body, '-');
                    items += 2;
                    break;
                }
                let atom2 = if d == '\\' {
                    self.class_escape(flags, that_pos)?
                } else {
                    ClassAtom::Char(d)
                };
                let text = |p: &Parser, a: usize, b: usize| -> String {
                    let end = if p.s[a] == '\\' {
                        (a + 2).min(b)
                    } else {
                        a + 1
                    };
                    p.s[a..end].iter().collect()
                };
                match (atom, atom2) {
                    (ClassAtom::Char(lo), ClassAtom::Char(hi)) if lo <= hi => {
                        lit(&mut body, lo);
                        body.push('-');
                        lit(&mut body, hi);
                        items += 1;
                    }
                    _ => {
                        let msg = format!(
                            "bad character range {}-{}",
                            text(self, this_pos, that_pos),
                            text(self, that_pos, self.i)
                        );
                        return fail(msg, this_pos);
                    }
                }
                continue;
            }
            push_atom(&mut body, &atom);
            items += 1;
        }
        let _ = items;
        self.out.push('[');
        if negate {
            self.out.push('^');
        }
        self.out.push_str(&body);
        self.out.push(']');
        Ok(())
    }
}

fn push_atom(body: &mut String, atom: &ClassAtom) {
    match atom {
        ClassAtom::Char(c) => lit(body, *c),
        ClassAtom::Set(s) => body.push_str(s),
    }
}
