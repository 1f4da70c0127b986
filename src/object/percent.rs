//! printf-style formatting, `str % values`, as CPython 3.11's `PyUnicode_Format`: the same
//! parsing order (so the same error wins when several apply) and the same padding rules.
//!
//! Values whose text needs script code (objects of user classes, containers holding them) make
//! it return `Raise::delegate()`; the VM then runs `_str_mod` of `stdlib/_prelude.py`.

use super::exception::{RResult, Raise, err, type_error};
use super::format::double_to_string;
use super::ops;
use super::repr;
use super::types::ExcKind;
use super::value::Value;
use num_bigint::BigInt;
use num_traits::Signed;

/// Outputs wider than this fail with `MemoryError` instead of attempting a huge allocation.
const MAX_WIDTH: i64 = 1 << 28;

const F_LJUST: u8 = 1;
const F_SIGN: u8 = 2;
const F_BLANK: u8 = 4;
const F_ALT: u8 = 8;
const F_ZERO: u8 = 16;

/// One conversion specifier: `%[(key)][flags][width][.precision][hlL]type`.
struct Spec {
    flags: u8,
    /// -1 when absent.
    width: i64,
    /// -1 when absent.
    prec: i64,
    ch: char,
    /// Set for numeric conversions: a sign may be added and `0` pads after it.
    sign: bool,
    /// See `Args::bytes`.
    bytes: bool,
}

/// Where the next argument comes from: a tuple (`len >= 0`) or one value (`len == -1`).
struct Args {
    args: Value,
    idx: i64,
    len: i64,
    /// Formatting `bytes % args`: `%s`/`%b` take bytes-like values, `%r`/`%a` are ASCII.
    bytes: bool,
}

impl Args {
    fn next(&mut self) -> RResult<Value> {
        if self.idx < self.len {
            self.idx += 1;
            if self.len < 0 {
                return Ok(self.args.clone());
            }
            if let Value::Tuple(t) = &self.args {
                return Ok(t[(self.idx - 1) as usize].clone());
            }
        }
        type_error("not enough arguments for format string")
    }
}

/// Does `v` count as a mapping for `%(key)s` (has `__getitem__`, is no tuple nor str)?
fn is_mapping(v: &Value) -> bool {
    matches!(
        v,
        Value::Dict(_) | Value::List(_) | Value::Range(_) | Value::Bytes(_) | Value::Instance(_)
    )
}

/// Does converting `v` to text need script code (a user `__str__`/`__repr__`)?
fn needs_script(v: &Value, depth: usize) -> bool {
    if depth > 100 {
        return false;
    }
    match v {
        Value::Instance(_) => true,
        Value::Exception(e) => e.class.dict.is_some(),
        Value::List(l) => l.borrow().iter().any(|x| needs_script(x, depth + 1)),
        Value::Tuple(t) => t.iter().any(|x| needs_script(x, depth + 1)),
        Value::Dict(d) => d
            .borrow()
            .map
            .iter()
            .any(|(k, x)| needs_script(&k.value, depth + 1) || needs_script(x, depth + 1)),
        Value::DictView(view) => view
            .dict
            .borrow()
            .map
            .iter()
            .any(|(k, x)| needs_script(&k.value, depth + 1) || needs_script(x, depth + 1)),
        _ => false,
    }
}

/// `ascii()` of a repr: non-ASCII characters escaped.
fn ascii(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        let u = c as u32;
        if u < 0x80 {
            out.push(c);
        } else if u < 0x100 {
            out.push_str(&format!("\\x{u:02x}"));
        } else if u < 0x10000 {
            out.push_str(&format!("\\u{u:04x}"));
        } else {
            out.push_str(&format!("\\U{u:08x}"));
        }
    }
    out
}

/// `fmt % args`.
pub fn str_mod(fmt: &str, args: &Value) -> RResult<Value> {
    format_mod(fmt, args, false).map(Value::string)
}

/// `bytes % args` (and `bytearray % args`): the same engine over the bytes read as Latin-1.
pub fn bytes_mod(fmt: &[u8], args: &Value) -> RResult<Vec<u8>> {
    let text: String = fmt.iter().map(|&b| b as char).collect();
    let out = format_mod(&text, args, true)?;
    Ok(out.chars().map(|c| c as u32 as u8).collect())
}

fn format_mod(fmt: &str, args: &Value, bytes: bool) -> RResult<String> {
    let chars: Vec<char> = fmt.chars().collect();
    let n = chars.len();
    let mut a = match args {
        Value::Tuple(t) => Args {
            args: args.clone(),
            idx: 0,
            len: t.len() as i64,
            bytes,
        },
        _ => Args {
            args: args.clone(),
            idx: -2,
            len: -1,
            bytes,
        },
    };
    let dict = (is_mapping(args)).then(|| args.clone());
    let mut out = String::with_capacity(fmt.len() + 16);
    let mut pos = 0;
    while pos < n {
        if chars[pos] != '%' {
            let start = pos;
            while pos < n && chars[pos] != '%' {
                pos += 1;
            }
            out.extend(&chars[start..pos]);
            continue;
        }
        pos += 1;
        if chars.get(pos) == Some(&'%') {
            out.push('%');
            pos += 1;
            continue;
        }
        one_conversion(&chars, &mut pos, &mut a, dict.as_ref(), &mut out)?;
    }
    if a.idx < a.len && dict.is_none() {
        return type_error(if bytes {
            "not all arguments converted during bytes formatting"
        } else {
            "not all arguments converted during string formatting"
        });
    }
    Ok(out)
}

fn incomplete<T>() -> RResult<T> {
    err(ExcKind::ValueError, "incomplete format")
}

/// An int argument of `*`.
fn star_arg(v: &Value) -> RResult<Option<i64>> {
    match v {
        Value::Int(i) => Ok(Some(*i)),
        Value::Bool(b) => Ok(Some(*b as i64)),
        Value::BigInt(_) => Ok(None),
        _ => type_error("* wants int"),
    }
}

/// Parses the conversion after a `%` at `*pos` and writes its text.
fn one_conversion(
    chars: &[char],
    pos: &mut usize,
    a: &mut Args,
    dict: Option<&Value>,
    out: &mut String,
) -> RResult<()> {
    let n = chars.len();
    if chars.get(*pos) == Some(&'(') {
        let Some(d) = dict else {
            return type_error("format requires a mapping");
        };
        *pos += 1;
        let start = *pos;
        let mut depth = 1;
        while depth > 0 && *pos < n {
            match chars[*pos] {
                ')' => depth -= 1,
                '(' => depth += 1,
                _ => {}
            }
            *pos += 1;
        }
        if depth > 0 {
            return err(ExcKind::ValueError, "incomplete format key");
        }
        let key: String = chars[start..*pos - 1].iter().collect();
        let key = if a.bytes {
            Value::Bytes(std::rc::Rc::new(
                key.chars().map(|c| c as u32 as u8).collect(),
            ))
        } else {
            Value::string(key)
        };
        let v = ops::get_item(d, &key)?;
        *a = Args {
            args: v,
            idx: -2,
            len: -1,
            bytes: a.bytes,
        };
    }
    let mut spec = Spec {
        flags: 0,
        width: -1,
        prec: -1,
        ch: '\0',
        sign: false,
        bytes: a.bytes,
    };
    // Flags.
    loop {
        let Some(&c) = chars.get(*pos) else {
            return incomplete();
        };
        *pos += 1;
        spec.ch = c;
        match c {
            '-' => spec.flags |= F_LJUST,
            '+' => spec.flags |= F_SIGN,
            ' ' => spec.flags |= F_BLANK,
            '#' => spec.flags |= F_ALT,
            '0' => spec.flags |= F_ZERO,
            _ => break,
        }
    }
    // Width.
    if spec.ch == '*' {
        let v = a.next()?;
        let Some(w) = star_arg(&v)? else {
            return err(
                ExcKind::OverflowError,
                "Python int too large to convert to C ssize_t",
            );
        };
        if w < 0 {
            spec.flags |= F_LJUST;
        }
        spec.width = w.saturating_abs();
        let Some(&c) = chars.get(*pos) else {
            return incomplete();
        };
        *pos += 1;
        spec.ch = c;
    } else if let Some(d) = spec.ch.to_digit(10).filter(|_| spec.ch.is_ascii_digit()) {
        spec.width = d as i64;
        loop {
            let Some(&c) = chars.get(*pos) else {
                return incomplete();
            };
            *pos += 1;
            spec.ch = c;
            if !c.is_ascii_digit() {
                break;
            }
            let d = c as i64 - '0' as i64;
            if spec.width > (i64::MAX - d) / 10 {
                return err(ExcKind::ValueError, "width too big");
            }
            spec.width = spec.width * 10 + d;
        }
    }
    // Precision.
    if spec.ch == '.' {
        spec.prec = 0;
        let Some(&c) = chars.get(*pos) else {
            return incomplete();
        };
        *pos += 1;
        spec.ch = c;
        if c == '*' {
            let v = a.next()?;
            let p = star_arg(&v)?
                .filter(|p| i32::try_from(*p).is_ok())
                .ok_or_else(|| {
                    Raise::new(
                        ExcKind::OverflowError,
                        "Python int too large to convert to C int",
                    )
                })?;
            spec.prec = p.max(0);
            let Some(&c) = chars.get(*pos) else {
                return incomplete();
            };
            *pos += 1;
            spec.ch = c;
        } else if c.is_ascii_digit() {
            spec.prec = c as i64 - '0' as i64;
            loop {
                let Some(&c) = chars.get(*pos) else {
                    return incomplete();
                };
                *pos += 1;
                spec.ch = c;
                if !c.is_ascii_digit() {
                    break;
                }
                let d = c as i64 - '0' as i64;
                if spec.prec > (i32::MAX as i64 - d) / 10 {
                    return err(ExcKind::ValueError, "precision too big");
                }
                spec.prec = spec.prec * 10 + d;
            }
        }
    }
    // Length modifiers are ignored.
    if matches!(spec.ch, 'h' | 'l' | 'L') {
        let Some(&c) = chars.get(*pos) else {
            return incomplete();
        };
        *pos += 1;
        spec.ch = c;
    }
    if spec.width > MAX_WIDTH || spec.prec > MAX_WIDTH {
        return err(ExcKind::MemoryError, "");
    }
    let v = a.next()?;
    let text = convert(&mut spec, &v, *pos - 1)?;
    write_padded(&spec, &text, out);
    Ok(())
}

/// The text of one conversion, before padding.
fn convert(spec: &mut Spec, v: &Value, index: usize) -> RResult<String> {
    if spec.bytes
        && let Some(text) = convert_bytes(spec, v)?
    {
        return Ok(text);
    }
    let ch = spec.ch;
    Ok(match ch {
        's' | 'r' | 'a' => {
            if let (Value::Str(s), 's') = (v, ch) {
                return Ok(s.as_str().to_string());
            }
            if needs_script(v, 0) {
                return Err(Raise::delegate());
            }
            match ch {
                's' => repr::str(v),
                'r' => repr::repr(v),
                _ => ascii(&repr::repr(v)),
            }
        }
        'd' | 'i' | 'u' | 'o' | 'x' | 'X' => {
            spec.sign = true;
            format_long(v, spec)?
        }
        'e' | 'E' | 'f' | 'F' | 'g' | 'G' => {
            spec.sign = true;
            let x = match ops::to_float(v) {
                Some(x) => x?,
                None if matches!(v, Value::Instance(_)) => return Err(Raise::delegate()),
                None => {
                    return type_error(format!("must be real number, not {}", v.type_name()));
                }
            };
            let prec = if spec.prec < 0 { 6 } else { spec.prec as usize };
            double_to_string(x, ch, prec, spec.flags & F_ALT != 0)
        }
        'c' => format_char(v)?.to_string(),
        _ => {
            let shown = if (31..=126).contains(&(ch as u32)) {
                ch
            } else {
                '?'
            };
            return err(
                ExcKind::ValueError,
                format!(
                    "unsupported format character '{shown}' (0x{:x}) at index {index}",
                    ch as u32
                ),
            );
        }
    })
}

/// The conversions that differ for `bytes % args` (`None`: as for `str`).
fn convert_bytes(spec: &mut Spec, v: &Value) -> RResult<Option<String>> {
    let latin1 = |b: &[u8]| b.iter().map(|&c| c as char).collect::<String>();
    Ok(Some(match spec.ch {
        's' | 'b' => {
            spec.ch = 's';
            match super::bytearray::bytes_like(v) {
                Some(b) => latin1(&b),
                None => {
                    return type_error(format!(
                        "%b requires a bytes-like object, or an object that implements \
                         __bytes__, not '{}'",
                        v.type_name()
                    ));
                }
            }
        }
        'r' | 'a' => {
            if needs_script(v, 0) {
                return Err(Raise::delegate());
            }
            ascii(&repr::repr(v))
        }
        'c' => match v {
            Value::Int(i) if (0..256).contains(i) => (*i as u8 as char).to_string(),
            Value::Int(_) | Value::BigInt(_) => {
                return err(ExcKind::OverflowError, "%c arg not in range(256)");
            }
            _ => match super::bytearray::bytes_like(v) {
                Some(b) if b.len() == 1 => latin1(&b),
                _ => {
                    return type_error("%c requires an integer in range(256) or a single byte");
                }
            },
        },
        _ => return Ok(None),
    }))
}

/// `%d %i %u %o %x %X`: sign, optional `0x`/`0o` prefix (with `#`), digits zero-padded to
/// the precision.
fn format_long(v: &Value, spec: &Spec) -> RResult<String> {
    let ch = spec.ch;
    let wrong = |v: &Value| {
        let what = if matches!(ch, 'o' | 'x' | 'X') {
            "an integer"
        } else {
            "a real number"
        };
        type_error(format!(
            "%{ch} format: {what} is required, not {}",
            v.type_name()
        ))
    };
    let i: BigInt = match v {
        Value::Int(i) => BigInt::from(*i),
        Value::Bool(b) => BigInt::from(*b as i64),
        Value::BigInt(b) => (**b).clone(),
        Value::Float(f) if !matches!(ch, 'o' | 'x' | 'X') => match ops::float_to_int(*f)? {
            Value::Int(i) => BigInt::from(i),
            Value::BigInt(b) => (*b).clone(),
            _ => return wrong(v),
        },
        Value::Instance(_) => return Err(Raise::delegate()),
        _ => return wrong(v),
    };
    let radix = match ch {
        'o' => 8,
        'x' | 'X' => 16,
        _ => 10,
    };
    let mut digits = i.abs().to_str_radix(radix);
    let prec = spec.prec.max(0) as usize;
    if prec > digits.len() {
        digits = "0".repeat(prec - digits.len()) + &digits;
    }
    let mut s = String::with_capacity(digits.len() + 3);
    if i.is_negative() {
        s.push('-');
    }
    if spec.flags & F_ALT != 0 {
        match ch {
            'o' => s.push_str("0o"),
            'x' | 'X' => s.push_str("0x"),
            _ => {}
        }
    }
    s.push_str(&digits);
    if ch == 'X' {
        s.make_ascii_uppercase();
    }
    Ok(s)
}

/// `%c`: a one-character str or a code point.
fn format_char(v: &Value) -> RResult<char> {
    let range = || {
        err(
            ExcKind::OverflowError,
            "%c arg not in range(0x110000)".to_string(),
        )
    };
    match v {
        Value::Str(s) if s.len() == 1 => Ok(s.char_at(0)),
        Value::Int(_) | Value::Bool(_) => {
            let i = match v {
                Value::Int(i) => *i,
                Value::Bool(b) => *b as i64,
                _ => unreachable!(),
            };
            if !(0..=0x10ffff).contains(&i) {
                return range();
            }
            // Lone surrogates cannot live in a Rust string.
            Ok(char::from_u32(i as u32).unwrap_or('\u{FFFD}'))
        }
        Value::BigInt(_) => range(),
        Value::Instance(_) => Err(Raise::delegate()),
        _ => type_error("%c requires int or char"),
    }
}

/// Writes `text` padded to the width, with the sign and `0x` prefix before zero padding.
fn write_padded(spec: &Spec, text: &str, out: &mut String) {
    let chars: Vec<char> = text.chars().collect();
    let mut len = chars.len() as i64;
    if matches!(spec.ch, 's' | 'r' | 'a') && spec.prec >= 0 && len > spec.prec {
        len = spec.prec;
    }
    let fill = if spec.sign && spec.flags & F_ZERO != 0 {
        '0'
    } else {
        ' '
    };
    if (spec.width == -1 || spec.width <= len)
        && (spec.prec == -1 || spec.prec >= len)
        && spec.flags & (F_SIGN | F_BLANK) == 0
    {
        out.extend(&chars[..len as usize]);
        return;
    }
    let mut pindex = 0usize;
    let mut sign_char = None;
    if spec.sign {
        match chars.first() {
            Some(&c @ ('-' | '+')) => {
                sign_char = Some(c);
                len -= 1;
                pindex = 1;
            }
            _ if spec.flags & F_SIGN != 0 => sign_char = Some('+'),
            _ if spec.flags & F_BLANK != 0 => sign_char = Some(' '),
            _ => {}
        }
    }
    let mut width = spec.width.max(len);
    let push_n = |out: &mut String, c: char, n: i64| out.extend(std::iter::repeat_n(c, n as usize));
    if let Some(s) = sign_char {
        if fill != ' ' {
            out.push(s);
        }
        if width > len {
            width -= 1;
        }
    }
    let prefixed = spec.flags & F_ALT != 0
        && matches!(spec.ch, 'x' | 'X' | 'o')
        && chars.get(pindex) == Some(&'0')
        && chars
            .get(pindex + 1)
            .is_some_and(|c| c.eq_ignore_ascii_case(&spec.ch));
    if prefixed {
        if fill != ' ' {
            out.extend(&chars[pindex..pindex + 2]);
        }
        width = (width - 2).max(0);
        len -= 2;
    }
    if width > len && spec.flags & F_LJUST == 0 {
        push_n(out, fill, width - len);
        width = len;
    }
    if fill == ' ' {
        if let Some(s) = sign_char {
            out.push(s);
        }
        if prefixed {
            out.extend(&chars[pindex..pindex + 2]);
        }
    }
    if prefixed {
        pindex += 2;
    }
    out.extend(&chars[pindex..pindex + len.max(0) as usize]);
    if width > len {
        push_n(out, ' ', width - len);
    }
}
