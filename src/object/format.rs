//! CPython-compatible value formatting: the format-spec mini-language used
//! by `format()` / `str.format` / f-strings for ints, floats and strings
//! (a port of CPython 3.11's `Python/formatter_unicode.c`), plus
//! `repr(float)` and printf-style float helpers for `%` formatting, which
//! live in the child module `format_float.rs` and are re-exported here.
//!
//! The module is self-contained and has no dependency on the rest of the
//! crate. Errors are returned as `(exception class name, message)`.

use num_bigint::BigInt;
use num_traits::{Signed, ToPrimitive};

#[path = "format_float.rs"]
mod format_float;

use format_float::format_float_short;
pub use format_float::{
    double_to_string, float_repr, float_to_exp, float_to_fixed, float_to_general,
};

/// An error from formatting: (exception class name, message), e.g.
/// `("ValueError", "Unknown format code 'd' for object of type 'float'")`.
pub type FormatError = (&'static str, String);

/// Outputs longer than this many characters fail with `MemoryError` instead
/// of attempting a huge allocation (CPython would usually fail too).
const MAX_OUTPUT_LEN: usize = 1 << 28;

fn value_error(msg: impl Into<String>) -> FormatError {
    ("ValueError", msg.into())
}

fn memory_error() -> FormatError {
    ("MemoryError", String::new())
}

/// Digits of `i` in `radix` (2..=36), lowercase, with a leading `-` when
/// negative and no prefix: `int_to_str_radix(-255, 16) == "-ff"`.
pub fn int_to_str_radix(i: &BigInt, radix: u32) -> String {
    i.to_str_radix(radix)
}

// ---------------------------------------------------------------------------
// Format-spec parsing (port of parse_internal_render_format_spec)
// ---------------------------------------------------------------------------

#[derive(Clone, Copy, PartialEq, Eq)]
enum Thousands {
    None,
    Comma,
    Underscore,
    UnderFour,
}

struct Spec {
    fill: char,
    align: char,
    /// `'+'`, `'-'`, `' '` or `'\0'` when absent.
    sign: char,
    no_neg_0: bool,
    alternate: bool,
    /// -1 when absent.
    width: i64,
    thousands: Thousands,
    /// -1 when absent.
    precision: i64,
    /// `'\0'` when absent and there is no default.
    ty: char,
}

/// Code points of the digit zero of every Unicode `Nd` block (Unicode 14,
/// as in CPython 3.11); each block holds the ten digits contiguously.
const DECIMAL_ZEROS: [u32; 66] = [
    0x30, 0x660, 0x6F0, 0x7C0, 0x966, 0x9E6, 0xA66, 0xAE6, 0xB66, 0xBE6, 0xC66, 0xCE6, 0xD66,
    0xDE6, 0xE50, 0xED0, 0xF20, 0x1040, 0x1090, 0x17E0, 0x1810, 0x1946, 0x19D0, 0x1A80, 0x1A90,
    0x1B50, 0x1BB0, 0x1C40, 0x1C50, 0xA620, 0xA8D0, 0xA900, 0xA9D0, 0xA9F0, 0xAA50, 0xABF0, 0xFF10,
    0x104A0, 0x10D30, 0x11066, 0x110F0, 0x11136, 0x111D0, 0x112F0, 0x11450, 0x114D0, 0x11650,
    0x116C0, 0x11730, 0x118E0, 0x11950, 0x11C50, 0x11D50, 0x11DA0, 0x16A60, 0x16AC0, 0x16B50,
    0x1D7CE, 0x1D7D8, 0x1D7E2, 0x1D7EC, 0x1D7F6, 0x1E140, 0x1E2F0, 0x1E950, 0x1FBF0,
];

/// `Py_UNICODE_TODECIMAL`: the value of a Unicode decimal digit.
fn to_decimal(c: char) -> Option<i64> {
    let c = c as u32;
    let idx = DECIMAL_ZEROS.partition_point(|&z| z <= c);
    let zero = *DECIMAL_ZEROS.get(idx.checked_sub(1)?)?;
    (c - zero < 10).then_some(i64::from(c - zero))
}

/// Parse a run of decimal digits at `*pos`; returns (digit count, value).
fn get_integer(chars: &[char], pos: &mut usize) -> Result<(usize, i64), FormatError> {
    let mut acc: i64 = 0;
    let mut n = 0;
    while let Some(d) = chars.get(*pos).and_then(|&c| to_decimal(c)) {
        acc = acc
            .checked_mul(10)
            .and_then(|a| a.checked_add(d))
            .ok_or_else(|| value_error("Too many decimal digits in format string"))?;
        *pos += 1;
        n += 1;
    }
    Ok((n, acc))
}

fn is_alignment_token(c: char) -> bool {
    matches!(c, '<' | '>' | '=' | '^')
}

/// Render a presentation type for an error message like CPython's
/// `'%c'` / `'\x%x'` choice.
fn type_char_repr(c: char) -> String {
    let v = c as u32;
    if v > 32 && v < 128 {
        c.to_string()
    } else {
        format!("\\x{v:x}")
    }
}

fn unknown_presentation_type(ty: char, type_name: &str) -> FormatError {
    value_error(format!(
        "Unknown format code '{}' for object of type '{}'",
        type_char_repr(ty),
        type_name
    ))
}

fn parse_spec(
    spec: &str,
    default_type: char,
    default_align: char,
    type_name: &str,
) -> Result<Spec, FormatError> {
    let chars: Vec<char> = spec.chars().collect();
    let end = chars.len();
    let mut pos = 0;
    let mut f = Spec {
        fill: ' ',
        align: default_align,
        sign: '\0',
        no_neg_0: false,
        alternate: false,
        width: -1,
        thousands: Thousands::None,
        precision: -1,
        ty: default_type,
    };
    let mut fill_specified = false;
    let mut align_specified = false;

    if end >= 2 && is_alignment_token(chars[1]) {
        f.align = chars[1];
        f.fill = chars[0];
        fill_specified = true;
        align_specified = true;
        pos = 2;
    } else if end >= 1 && is_alignment_token(chars[0]) {
        f.align = chars[0];
        align_specified = true;
        pos = 1;
    }
    if pos < end && matches!(chars[pos], ' ' | '+' | '-') {
        f.sign = chars[pos];
        pos += 1;
    }
    if pos < end && chars[pos] == 'z' {
        f.no_neg_0 = true;
        pos += 1;
    }
    if pos < end && chars[pos] == '#' {
        f.alternate = true;
        pos += 1;
    }
    if !fill_specified && pos < end && chars[pos] == '0' {
        f.fill = '0';
        if !align_specified && default_align == '>' {
            f.align = '=';
        }
        pos += 1;
    }
    let (n, width) = get_integer(&chars, &mut pos)?;
    if n > 0 {
        f.width = width;
    }
    let both = || value_error("Cannot specify both ',' and '_'.");
    if pos < end && chars[pos] == ',' {
        f.thousands = Thousands::Comma;
        pos += 1;
    }
    if pos < end && chars[pos] == '_' {
        if f.thousands != Thousands::None {
            return Err(both());
        }
        f.thousands = Thousands::Underscore;
        pos += 1;
    }
    if pos < end && chars[pos] == ',' && f.thousands == Thousands::Underscore {
        return Err(both());
    }
    if pos < end && chars[pos] == '.' {
        pos += 1;
        let (n, precision) = get_integer(&chars, &mut pos)?;
        if n == 0 {
            return Err(value_error("Format specifier missing precision"));
        }
        f.precision = precision;
    }
    if end - pos > 1 {
        return Err(value_error(format!(
            "Invalid format specifier '{spec}' for object of type '{type_name}'"
        )));
    }
    if end - pos == 1 {
        f.ty = chars[pos];
    }
    if f.thousands != Thousands::None {
        match f.ty {
            'd' | 'e' | 'f' | 'g' | 'E' | 'G' | '%' | 'F' | '\0' => {}
            'b' | 'o' | 'x' | 'X' if f.thousands == Thousands::Underscore => {
                f.thousands = Thousands::UnderFour;
            }
            ty => {
                let sep = if f.thousands == Thousands::Comma {
                    ','
                } else {
                    '_'
                };
                return Err(value_error(format!(
                    "Cannot specify '{sep}' with '{}'.",
                    type_char_repr(ty)
                )));
            }
        }
    }
    Ok(f)
}

// ---------------------------------------------------------------------------
// Number layout (port of calc_number_widths / fill_number)
// ---------------------------------------------------------------------------

/// Port of `_PyUnicode_InsertThousandsGrouping`: group `digits` from the
/// right, zero-padding on the left up to `min_width` characters.
fn insert_grouping(digits: &[u8], min_width: i64, grouping: Option<(i64, u8)>) -> String {
    // Digits, zeros and separators are all ASCII: build the bytes reversed.
    let mut out: Vec<u8> = Vec::with_capacity(digits.len() + min_width.max(0) as usize);
    let mut min_width = min_width.max(0);
    let mut remaining = digits.len() as i64;
    let mut use_sep = false;
    // Emits one group (separator, digits, then zero padding), right to left.
    let emit = |out: &mut Vec<u8>, len: i64, remaining: &mut i64, sep: Option<u8>| {
        let n_zeros = (len - *remaining).max(0);
        let n_chars = (*remaining).min(len).max(0);
        out.extend(sep);
        let start = (*remaining - n_chars) as usize;
        out.extend(digits[start..*remaining as usize].iter().rev());
        out.extend(std::iter::repeat_n(b'0', n_zeros as usize));
        *remaining -= n_chars;
    };
    let mut loop_broken = false;
    if let Some((size, sep)) = grouping {
        loop {
            let len = size.min(remaining.max(min_width).max(1));
            emit(&mut out, len, &mut remaining, use_sep.then_some(sep));
            use_sep = true;
            min_width -= len;
            if remaining <= 0 && min_width <= 0 {
                loop_broken = true;
                break;
            }
            min_width -= 1;
        }
    }
    if !loop_broken {
        // Only reached without grouping: just zero-pad to min_width.
        let len = remaining.max(min_width).max(1);
        emit(&mut out, len, &mut remaining, None);
    }
    out.reverse();
    String::from_utf8(out).unwrap_or_default()
}

fn grouping_for(thousands: Thousands) -> Option<(i64, u8)> {
    match thousands {
        Thousands::None => None,
        Thousands::Comma => Some((3, b',')),
        Thousands::Underscore => Some((3, b'_')),
        Thousands::UnderFour => Some((4, b'_')),
    }
}

/// Lay out `[sign][prefix][digits][.remainder]` with padding per `spec`.
/// `digits` (ASCII) get grouped; `remainder` follows the decimal point if
/// `has_decimal`, else follows the digits directly.
#[allow(clippy::too_many_arguments)]
fn render_number(
    spec: &Spec,
    negative: bool,
    prefix: &str,
    digits: &str,
    has_decimal: bool,
    remainder: &str,
    grouping: Option<(i64, u8)>,
    upper: bool,
) -> Result<String, FormatError> {
    if spec.width > MAX_OUTPUT_LEN as i64 {
        return Err(memory_error());
    }
    let sign = match spec.sign {
        '+' => Some(if negative { '-' } else { '+' }),
        ' ' => Some(if negative { '-' } else { ' ' }),
        _ => negative.then_some('-'),
    };
    let n_remainder = remainder.chars().count() as i64;
    let n_non_digit =
        i64::from(sign.is_some()) + prefix.len() as i64 + i64::from(has_decimal) + n_remainder;
    let min_width = if spec.fill == '0' && spec.align == '=' {
        spec.width - n_non_digit
    } else {
        0
    };
    let mut grouped = if digits.is_empty() {
        String::new()
    } else {
        insert_grouping(digits.as_bytes(), min_width, grouping)
    };
    if upper {
        grouped.make_ascii_uppercase();
    }
    let n_padding = spec.width - (n_non_digit + grouped.len() as i64);
    let (mut lpad, mut spad, mut rpad) = (0, 0, 0);
    if n_padding > 0 {
        match spec.align {
            '<' => rpad = n_padding,
            '^' => {
                lpad = n_padding / 2;
                rpad = n_padding - lpad;
            }
            '=' => spad = n_padding,
            _ => lpad = n_padding,
        }
    }
    let fill = |out: &mut String, n: i64| out.extend(std::iter::repeat_n(spec.fill, n as usize));
    let mut out =
        String::with_capacity(grouped.len() + remainder.len() + n_padding.max(0) as usize + 8);
    fill(&mut out, lpad);
    out.extend(sign);
    if upper {
        out.push_str(&prefix.to_ascii_uppercase());
    } else {
        out.push_str(prefix);
    }
    fill(&mut out, spad);
    out.push_str(&grouped);
    if has_decimal {
        out.push('.');
    }
    out.push_str(remainder);
    fill(&mut out, rpad);
    Ok(out)
}

// ---------------------------------------------------------------------------
// Floats
// ---------------------------------------------------------------------------

/// Port of `format_float_internal`.
fn format_float_internal(x: f64, spec: &Spec) -> Result<String, FormatError> {
    if spec.precision > i64::from(i32::MAX) {
        return Err(value_error("precision too big"));
    }
    if spec.precision > MAX_OUTPUT_LEN as i64 {
        return Err(memory_error());
    }
    let mut ty = spec.ty;
    let mut default_precision = 6;
    let mut add_dot_0 = false;
    if ty == '\0' {
        // Like repr() without precision, else like 'g' but with at least
        // one digit after the decimal point.
        add_dot_0 = true;
        ty = 'r';
        default_precision = 0;
    }
    if ty == 'n' {
        ty = 'g';
    }
    let mut val = x;
    let add_pct = ty == '%';
    if add_pct {
        ty = 'f';
        val *= 100.0;
    }
    let precision = if spec.precision < 0 {
        default_precision
    } else {
        if ty == 'r' {
            ty = 'g';
        }
        spec.precision as usize
    };
    let mut buf = format_float_short(val, ty, precision, add_dot_0, spec.alternate, spec.no_neg_0);
    if add_pct {
        buf.push('%');
    }
    let (negative, body) = match buf.strip_prefix('-') {
        Some(rest) => (true, rest),
        None => (false, buf.as_str()),
    };
    // parse_number: leading digits, optional '.', then the remainder.
    let n_digits = body.bytes().take_while(u8::is_ascii_digit).count();
    let (digits, rest) = body.split_at(n_digits);
    let (has_decimal, remainder) = match rest.strip_prefix('.') {
        Some(r) => (true, r),
        None => (false, rest),
    };
    let grouping = if spec.ty == 'n' {
        None
    } else {
        grouping_for(spec.thousands)
    };
    render_number(
        spec,
        negative,
        "",
        digits,
        has_decimal,
        remainder,
        grouping,
        false,
    )
}

/// `format(x, spec)` for a Python float.
pub fn format_float(x: f64, spec: &str) -> Result<String, FormatError> {
    if spec.is_empty() {
        return Ok(float_repr(x));
    }
    let f = parse_spec(spec, '\0', '>', "float")?;
    match f.ty {
        '\0' | 'e' | 'E' | 'f' | 'F' | 'g' | 'G' | 'n' | '%' => format_float_internal(x, &f),
        ty => Err(unknown_presentation_type(ty, "float")),
    }
}

// ---------------------------------------------------------------------------
// Ints
// ---------------------------------------------------------------------------

#[derive(Clone, Copy)]
enum IntRef<'a> {
    Small(i64),
    Big(&'a BigInt),
}

impl IntRef<'_> {
    fn to_decimal_string(self) -> String {
        match self {
            IntRef::Small(i) => i.to_string(),
            IntRef::Big(b) => b.to_string(),
        }
    }

    /// (is negative, magnitude digits in `base`, lowercase).
    fn abs_digits(self, base: u32) -> (bool, String) {
        match self {
            IntRef::Small(i) => {
                let m = i.unsigned_abs();
                let s = match base {
                    2 => format!("{m:b}"),
                    8 => format!("{m:o}"),
                    16 => format!("{m:x}"),
                    _ => m.to_string(),
                };
                (i < 0, s)
            }
            IntRef::Big(b) => (b.is_negative(), b.magnitude().to_str_radix(base)),
        }
    }

    fn to_i64(self) -> Option<i64> {
        match self {
            IntRef::Small(i) => Some(i),
            IntRef::Big(b) => b.to_i64(),
        }
    }

    /// `PyNumber_Float`: correctly rounded, OverflowError if too large.
    fn to_f64(self) -> Result<f64, FormatError> {
        let f = match self {
            IntRef::Small(i) => i as f64,
            IntRef::Big(b) => b.to_f64().unwrap_or(f64::INFINITY),
        };
        if f.is_finite() {
            Ok(f)
        } else {
            Err(("OverflowError", "int too large to convert to float".into()))
        }
    }
}

/// Port of `format_long_internal`.
fn format_long_internal(v: IntRef<'_>, spec: &Spec) -> Result<String, FormatError> {
    if spec.precision != -1 {
        return Err(value_error(
            "Precision not allowed in integer format specifier",
        ));
    }
    if spec.no_neg_0 {
        return Err(value_error(
            "Negative zero coercion (z) not allowed in integer format specifier",
        ));
    }
    if spec.ty == 'c' {
        if spec.sign != '\0' {
            return Err(value_error(
                "Sign not allowed with integer format specifier 'c'",
            ));
        }
        if spec.alternate {
            return Err(value_error(
                "Alternate form (#) not allowed with integer format specifier 'c'",
            ));
        }
        let x = v.to_i64().ok_or_else(|| {
            (
                "OverflowError",
                "Python int too large to convert to C long".to_string(),
            )
        })?;
        if !(0..=0x10ffff).contains(&x) {
            return Err(("OverflowError", "%c arg not in range(0x110000)".into()));
        }
        // Lone surrogates cannot live in a Rust string.
        let ch = char::from_u32(x as u32).unwrap_or('\u{FFFD}');
        return render_number(spec, false, "", "", false, &ch.to_string(), None, false);
    }
    let (base, prefix) = match spec.ty {
        'b' => (2, "0b"),
        'o' => (8, "0o"),
        'x' | 'X' => (16, "0x"),
        _ => (10, ""),
    };
    let prefix = if spec.alternate { prefix } else { "" };
    let (negative, digits) = v.abs_digits(base);
    let grouping = if spec.ty == 'n' {
        None
    } else {
        grouping_for(spec.thousands)
    };
    render_number(
        spec,
        negative,
        prefix,
        &digits,
        false,
        "",
        grouping,
        spec.ty == 'X',
    )
}

fn format_int_impl(v: IntRef<'_>, spec: &str) -> Result<String, FormatError> {
    if spec.is_empty() {
        return Ok(v.to_decimal_string());
    }
    let f = parse_spec(spec, 'd', '>', "int")?;
    match f.ty {
        'b' | 'c' | 'd' | 'o' | 'x' | 'X' | 'n' => format_long_internal(v, &f),
        'e' | 'E' | 'f' | 'F' | 'g' | 'G' | '%' => format_float_internal(v.to_f64()?, &f),
        ty => Err(unknown_presentation_type(ty, "int")),
    }
}

/// `format(i, spec)` for a Python int (bools are converted by the caller,
/// which also handles `format(True, '') == 'True'`).
pub fn format_int(i: &BigInt, spec: &str) -> Result<String, FormatError> {
    format_int_impl(IntRef::Big(i), spec)
}

/// Fast path of [`format_int`] for machine-sized ints.
pub fn format_i64(i: i64, spec: &str) -> Result<String, FormatError> {
    format_int_impl(IntRef::Small(i), spec)
}

// ---------------------------------------------------------------------------
// Strings
// ---------------------------------------------------------------------------

/// `format(s, spec)` for a Python str.
pub fn format_str(s: &str, spec: &str) -> Result<String, FormatError> {
    if spec.is_empty() {
        return Ok(s.to_string());
    }
    let f = parse_spec(spec, 's', '<', "str")?;
    if f.ty != 's' {
        return Err(unknown_presentation_type(f.ty, "str"));
    }
    match f.sign {
        ' ' => return Err(value_error("Space not allowed in string format specifier")),
        '\0' => {}
        _ => return Err(value_error("Sign not allowed in string format specifier")),
    }
    if f.no_neg_0 {
        return Err(value_error(
            "Negative zero coercion (z) not allowed in string format specifier",
        ));
    }
    if f.alternate {
        return Err(value_error(
            "Alternate form (#) not allowed in string format specifier",
        ));
    }
    if f.align == '=' {
        return Err(value_error(
            "'=' alignment not allowed in string format specifier",
        ));
    }
    let mut len = s.chars().count() as i64;
    let text = if f.precision >= 0 && f.precision < len {
        len = f.precision;
        let cut = s
            .char_indices()
            .nth(len as usize)
            .map_or(s.len(), |(i, _)| i);
        &s[..cut]
    } else {
        s
    };
    if f.width > MAX_OUTPUT_LEN as i64 {
        return Err(memory_error());
    }
    let total = f.width.max(len);
    let lpad = match f.align {
        '>' => total - len,
        '^' => (total - len) / 2,
        _ => 0,
    };
    let rpad = total - len - lpad;
    let mut out = String::with_capacity(text.len() + (total - len) as usize);
    out.extend(std::iter::repeat_n(f.fill, lpad as usize));
    out.push_str(text);
    out.extend(std::iter::repeat_n(f.fill, rpad as usize));
    Ok(out)
}

// ---------------------------------------------------------------------------
// Tests: every expected string below was produced by CPython 3.11.
// ---------------------------------------------------------------------------

#[cfg(test)]
mod tests {
    use super::*;

    type Expected = Result<&'static str, (&'static str, &'static str)>;

    fn check(got: Result<String, FormatError>, want: Expected, what: &str) {
        let got = got
            .as_ref()
            .map(String::as_str)
            .map_err(|(e, m)| (*e, m.as_str()));
        assert_eq!(got, want, "{what}");
    }

    fn big(s: &str) -> BigInt {
        s.parse().unwrap()
    }

    const FLOAT_CASES: &[(f64, &str, Expected)] = &[
        (1.0, "", Ok("1.0")),
        (1e+16, "", Ok("1e+16")),
        (0.1, ">10", Ok("       0.1")),
        (1.5, ".3", Ok("1.5")),
        (10.0, ".3", Ok("10.0")),
        (1234.5, ".3", Ok("1.23e+03")),
        (100.0, ".3", Ok("1e+02")),
        (1.0, ".0", Ok("1e+00")),
        (2.675, ".2f", Ok("2.67")),
        (0.125, ".2f", Ok("0.12")),
        (0.375, ".2f", Ok("0.38")),
        (1e+22, "f", Ok("10000000000000000000000.000000")),
        (0.1, ".30f", Ok("0.100000000000000005551115123126")),
        (
            0.1,
            ".60e",
            Ok("1.000000000000000055511151231257827021181583404541015625000000e-01"),
        ),
        (0.5, ".0f", Ok("0")),
        (1.5, ".0f", Ok("2")),
        (2.5, ".0f", Ok("2")),
        (1234567.891, ",", Ok("1,234,567.891")),
        (1234567.891, "_.2f", Ok("1_234_567.89")),
        (1234567.891, ",.3e", Ok("1.235e+06")),
        (1234.5, ",%", Ok("123,450.000000%")),
        (0.25, "%", Ok("25.000000%")),
        (0.25, ".1%", Ok("25.0%")),
        (-0.0, "", Ok("-0.0")),
        (-0.0, "z", Ok("0.0")),
        (-0.0001, "z.2f", Ok("0.00")),
        (-0.0001, ".2f", Ok("-0.00")),
        (-0.0, "+010", Ok("-0000000.0")),
        (-0.0, "+z010.3f", Ok("+00000.000")),
        (f64::INFINITY, "010", Ok("0000000inf")),
        (f64::INFINITY, "F", Ok("INF")),
        (f64::NAN, "E", Ok("NAN")),
        (f64::INFINITY, "%", Ok("inf%")),
        (f64::NEG_INFINITY, "z", Ok("-inf")),
        (f64::NAN, "+", Ok("+nan")),
        (f64::NAN, "", Ok("nan")),
        (f64::INFINITY, "*^+9", Ok("**+inf***")),
        (1e+301, "+^12", Ok("+++1e+301+++")),
        (123.456, "#.0f", Ok("123.")),
        (1.0, "#g", Ok("1.00000")),
        (1.0, "#", Ok("1.0")),
        (1.0, "#.3", Ok("1.00")),
        (0.0, "#.0e", Ok("0.e+00")),
        (1.0, "%", Ok("100.000000%")),
        (3.5, "e", Ok("3.500000e+00")),
        (3.5, "E", Ok("3.500000E+00")),
        (1e-10, "g", Ok("1e-10")),
        (1e-10, "G", Ok("1E-10")),
        (123456789.0, "g", Ok("1.23457e+08")),
        (123456.0, "g", Ok("123456")),
        (1234567.0, "g", Ok("1.23457e+06")),
        (0.0001, "g", Ok("0.0001")),
        (1e-05, "g", Ok("1e-05")),
        (1e+16, ".20", Ok("10000000000000000.0")),
        (12.5, "n", Ok("12.5")),
        (1234567.0, "n", Ok("1.23457e+06")),
        (1.5, "=", Ok("1.5")),
        (-1.5, "=+10", Ok("-      1.5")),
        (-1.5, "*<10", Ok("-1.5******")),
        (-1.5, "*^10", Ok("***-1.5***")),
        (-1.5, "010.2f", Ok("-000001.50")),
        (-1234.5, "012,.1f", Ok("-0,001,234.5")),
        (1234.5, "0=12,", Ok("00,001,234.5")),
        (1234.5, "0>12,", Ok("000001,234.5")),
        (
            1e+50,
            ".2f",
            Ok("100000000000000007629769841091887003294964970946560.00"),
        ),
        (5e-324, ".3e", Ok("4.941e-324")),
        (5e-324, "g", Ok("4.94066e-324")),
        (0.1, ".17g", Ok("0.10000000000000001")),
        (0.1, ".16", Ok("0.1")),
        (9.995, ".2f", Ok("9.99")),
        (1.0, "é<5", Ok("1.0éé")),
        (1.0, " ", Ok(" 1.0")),
        (-2.0, " ", Ok("-2.0")),
        (
            1.5,
            "d",
            Err((
                "ValueError",
                "Unknown format code 'd' for object of type 'float'",
            )),
        ),
        (
            1.5,
            "x",
            Err((
                "ValueError",
                "Unknown format code 'x' for object of type 'float'",
            )),
        ),
        (
            1.5,
            ",x",
            Err(("ValueError", "Cannot specify ',' with 'x'.")),
        ),
        (
            1.5,
            "s",
            Err((
                "ValueError",
                "Unknown format code 's' for object of type 'float'",
            )),
        ),
        (
            1.0,
            "xx",
            Err((
                "ValueError",
                "Invalid format specifier 'xx' for object of type 'float'",
            )),
        ),
        (
            1.0,
            ".",
            Err(("ValueError", "Format specifier missing precision")),
        ),
        (
            1.0,
            "_,",
            Err(("ValueError", "Cannot specify both ',' and '_'.")),
        ),
        (
            1.0,
            ",_",
            Err(("ValueError", "Cannot specify both ',' and '_'.")),
        ),
        (
            1.0,
            "_n",
            Err(("ValueError", "Cannot specify '_' with 'n'.")),
        ),
        (
            1.0,
            "1111111111111111111111111",
            Err(("ValueError", "Too many decimal digits in format string")),
        ),
        (
            1.0,
            ".999999999999",
            Err(("ValueError", "precision too big")),
        ),
        (12345.678, "٣٠.2f", Ok("                      12345.68")),
    ];
    const INT_CASES: &[(&str, &str, Expected)] = &[
        ("0", "", Ok("0")),
        ("-42", "", Ok("-42")),
        ("255", "x", Ok("ff")),
        ("255", "X", Ok("FF")),
        ("255", "#x", Ok("0xff")),
        ("255", "#X", Ok("0XFF")),
        ("255", "#o", Ok("0o377")),
        ("255", "#b", Ok("0b11111111")),
        ("-255", "#x", Ok("-0xff")),
        ("255", "#_b", Ok("0b1111_1111")),
        ("1099511627776", "_x", Ok("100_0000_0000")),
        ("1099511627776", "#_X", Ok("0X100_0000_0000")),
        ("1234567", ",", Ok("1,234,567")),
        ("1234567", "_", Ok("1_234_567")),
        ("-1234567", "+,", Ok("-1,234,567")),
        ("1234", "010,", Ok("00,001,234")),
        ("1234", "08,", Ok("0,001,234")),
        ("1234", "09,", Ok("0,001,234")),
        ("1234", "0=8_", Ok("0_001_234")),
        ("1234", "0>8,", Ok("0001,234")),
        ("-5", "*=6", Ok("-****5")),
        ("5", "<05", Ok("50000")),
        ("5", "0", Ok("5")),
        ("5", "00", Ok("5")),
        ("5", " ", Ok(" 5")),
        ("5", "+", Ok("+5")),
        ("-5", " 5", Ok("   -5")),
        ("5", "^7", Ok("   5   ")),
        ("5", "^8", Ok("   5    ")),
        ("42", "c", Ok("*")),
        ("65", "05c", Ok("0000A")),
        ("128512", ">3c", Ok("  😀")),
        (
            "65",
            "+c",
            Err((
                "ValueError",
                "Sign not allowed with integer format specifier 'c'",
            )),
        ),
        (
            "65",
            "-c",
            Err((
                "ValueError",
                "Sign not allowed with integer format specifier 'c'",
            )),
        ),
        (
            "65",
            "#c",
            Err((
                "ValueError",
                "Alternate form (#) not allowed with integer format specifier 'c'",
            )),
        ),
        (
            "-1",
            "c",
            Err(("OverflowError", "%c arg not in range(0x110000)")),
        ),
        (
            "1114112",
            "c",
            Err(("OverflowError", "%c arg not in range(0x110000)")),
        ),
        (
            "1180591620717411303424",
            "c",
            Err(("OverflowError", "Python int too large to convert to C long")),
        ),
        ("10", "#d", Ok("10")),
        ("1234567", "n", Ok("1234567")),
        ("255", "#10x", Ok("      0xff")),
        ("255", "#010x", Ok("0x000000ff")),
        ("-255", "#010x", Ok("-0x00000ff")),
        ("255", "0=#10x", Ok("0x000000ff")),
        ("5", "e", Ok("5.000000e+00")),
        ("123456789", ".3e", Ok("1.235e+08")),
        ("9007199254740993", ".0f", Ok("9007199254740992")),
        ("7", "%", Ok("700.000000%")),
        (
            "-1000000000000000000000000000000",
            ",",
            Ok("-1,000,000,000,000,000,000,000,000,000,000"),
        ),
        (
            "1000000000000000000000000000000",
            "_x",
            Ok("c_9f2c_9cd0_4674_edea_4000_0000"),
        ),
        (
            "1",
            ".2",
            Err((
                "ValueError",
                "Precision not allowed in integer format specifier",
            )),
        ),
        (
            "1",
            "z",
            Err((
                "ValueError",
                "Negative zero coercion (z) not allowed in integer format specifier",
            )),
        ),
        (
            "1",
            "abc",
            Err((
                "ValueError",
                "Invalid format specifier 'abc' for object of type 'int'",
            )),
        ),
        (
            "1",
            ", ",
            Err(("ValueError", "Cannot specify ',' with '\\x20'.")),
        ),
        (
            "1",
            "é",
            Err((
                "ValueError",
                "Unknown format code '\\xe9' for object of type 'int'",
            )),
        ),
        (
            "1",
            "_n",
            Err(("ValueError", "Cannot specify '_' with 'n'.")),
        ),
        (
            "1",
            ",n",
            Err(("ValueError", "Cannot specify ',' with 'n'.")),
        ),
        (
            "1",
            ",,",
            Err(("ValueError", "Cannot specify ',' with ','.")),
        ),
        (
            "1",
            ",c",
            Err(("ValueError", "Cannot specify ',' with 'c'.")),
        ),
        (
            "1",
            "_s",
            Err(("ValueError", "Cannot specify '_' with 's'.")),
        ),
        (
            "1",
            "s",
            Err((
                "ValueError",
                "Unknown format code 's' for object of type 'int'",
            )),
        ),
        ("5", "٣", Ok("  5")),
        (
            "1",
            "1111111111111111111111111",
            Err(("ValueError", "Too many decimal digits in format string")),
        ),
        ("1", "99999999999999", Err(("MemoryError", ""))),
        ("-1", "#b", Ok("-0b1")),
    ];
    const STR_CASES: &[(&str, &str, Expected)] = &[
        ("abc", "", Ok("abc")),
        ("abc", "10", Ok("abc       ")),
        ("abc", ">10", Ok("       abc")),
        ("abc", "^10", Ok("   abc    ")),
        ("abc", "*^8", Ok("**abc***")),
        ("abc", ".2", Ok("ab")),
        ("héllo", ".3", Ok("hél")),
        ("日本語", "^7", Ok("  日本語  ")),
        ("ab", "05", Ok("ab000")),
        ("abc", ".0", Ok("")),
        ("x", "\u{0}<5", Ok("x\u{0}\u{0}\u{0}\u{0}")),
        ("abc", "s", Ok("abc")),
        ("abc", "<2", Ok("abc")),
        ("😀", "_>4", Ok("___😀")),
        (
            "a",
            "z",
            Err((
                "ValueError",
                "Negative zero coercion (z) not allowed in string format specifier",
            )),
        ),
        (
            "a",
            " ",
            Err(("ValueError", "Space not allowed in string format specifier")),
        ),
        (
            "a",
            "+",
            Err(("ValueError", "Sign not allowed in string format specifier")),
        ),
        (
            "a",
            "#",
            Err((
                "ValueError",
                "Alternate form (#) not allowed in string format specifier",
            )),
        ),
        (
            "s",
            "=5",
            Err((
                "ValueError",
                "'=' alignment not allowed in string format specifier",
            )),
        ),
        (
            "s",
            "0=5",
            Err((
                "ValueError",
                "'=' alignment not allowed in string format specifier",
            )),
        ),
        (
            "abc",
            ",",
            Err(("ValueError", "Cannot specify ',' with 's'.")),
        ),
        (
            "abc",
            ",d",
            Err((
                "ValueError",
                "Unknown format code 'd' for object of type 'str'",
            )),
        ),
        (
            "abc",
            "d",
            Err((
                "ValueError",
                "Unknown format code 'd' for object of type 'str'",
            )),
        ),
        (
            "abc",
            "f",
            Err((
                "ValueError",
                "Unknown format code 'f' for object of type 'str'",
            )),
        ),
        (
            "abc",
            "_",
            Err(("ValueError", "Cannot specify '_' with 's'.")),
        ),
        ("x", "99999999999999", Err(("MemoryError", ""))),
        (
            "x",
            ".",
            Err(("ValueError", "Format specifier missing precision")),
        ),
        (
            "x",
            "ss",
            Err((
                "ValueError",
                "Invalid format specifier 'ss' for object of type 'str'",
            )),
        ),
    ];
    const RADIX_CASES: &[(&str, u32, &str)] = &[
        ("255", 16, "ff"),
        ("-255", 16, "-ff"),
        ("10", 2, "1010"),
        ("-8", 8, "-10"),
        ("0", 2, "0"),
        (
            "1267650600228229401496703205383",
            16,
            "10000000000000000000000007",
        ),
    ];
    // total assertions: 229

    #[test]
    fn floats() {
        for &(x, spec, want) in FLOAT_CASES {
            check(
                format_float(x, spec),
                want,
                &format!("format({x:?}, {spec:?})"),
            );
        }
    }

    #[test]
    fn ints() {
        for &(i, spec, want) in INT_CASES {
            let b = big(i);
            check(
                format_int(&b, spec),
                want,
                &format!("format({i}, {spec:?})"),
            );
            if let Some(small) = b.to_i64() {
                check(
                    format_i64(small, spec),
                    want,
                    &format!("format_i64({i}, {spec:?})"),
                );
            }
        }
    }

    #[test]
    fn huge_ints() {
        let googol4 = BigInt::from(10).pow(400);
        let err = ("OverflowError", "int too large to convert to float");
        check(format_int(&googol4, "e"), Err(err), "10**400 e");
        let max = (BigInt::from(1) << 1024u32) - (BigInt::from(1) << 970u32);
        check(format_int(&max, ".3e"), Err(err), "2**1024-2**970");
        check(
            format_int(&(max - 1), ".3e"),
            Ok("1.798e+308"),
            "2**1024-2**970-1",
        );
        let hex = format_int(&googol4, "_x").unwrap();
        assert_eq!((&hex[..20], hex.len()), ("1_b4ec_7f91_973f_f3c", 416));
        let dec = format_int(&googol4, ",").unwrap();
        assert_eq!((&dec[dec.len() - 12..], dec.len()), (",000,000,000", 534));
    }

    #[test]
    fn strings() {
        for &(s, spec, want) in STR_CASES {
            check(
                format_str(s, spec),
                want,
                &format!("format({s:?}, {spec:?})"),
            );
        }
    }

    #[test]
    fn radix() {
        for &(i, radix, want) in RADIX_CASES {
            assert_eq!(int_to_str_radix(&big(i), radix), want, "{i} base {radix}");
        }
    }
}
