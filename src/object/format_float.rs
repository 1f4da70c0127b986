//! Float to decimal string conversion, a port of CPython 3.11's
//! `format_float_short` (`Python/pystrtod.c`): `repr(float)` and the
//! printf-style `e`/`f`/`g` conversions used by `format()` and `%`.
//!
//! Decimal digits come from Rust's float formatting, which is correctly
//! rounded (round-half-even on the exact binary value, like David Gay's
//! dtoa); `{:e}` gives the shortest round-tripping digits (dtoa mode 0),
//! adjusted to dtoa's half-even choice when x is exactly halfway between two
//! shortest candidates.
//!
//! This file is a child module of `format.rs` (declared there with
//! `#[path]`); its public functions are re-exported from `format`.

/// How decimal digits are generated (the dtoa modes CPython uses).
#[derive(Clone, Copy)]
enum DigitMode {
    /// Shortest round-tripping digits (dtoa mode 0).
    Shortest,
    /// This many significant digits, correctly rounded (dtoa mode 2).
    Significant(usize),
    /// This many digits after the decimal point, correctly rounded (mode 3).
    Fixed(usize),
}

/// Split Rust's `{:e}` output (`"d.ddde-5"`) into digits and exponent.
fn split_exp_repr(s: &str) -> (Vec<u8>, i64) {
    let (mant, exp) = s.split_once('e').unwrap_or((s, "0"));
    let digits: Vec<u8> = mant.bytes().filter(u8::is_ascii_digit).collect();
    (digits, exp.parse().unwrap_or(0))
}

/// Decimal digits of a finite `x >= 0` as `(digits, decpt)`, meaning
/// `0.DIGITS * 10**decpt`, with trailing zeros removed. Zero (including a
/// value that rounds to zero) is `("0", 1)`, as dtoa returns it.
fn decimal_digits(x: f64, mode: DigitMode) -> (Vec<u8>, i64) {
    let (mut digits, decpt) = match mode {
        DigitMode::Shortest => {
            let (mut d, mut e) = split_exp_repr(&format!("{x:e}"));
            // When x lies exactly halfway between two shortest candidates,
            // Rust rounds up but dtoa rounds half-even. A mismatch implies
            // Rust's last digit is odd; then prefer the correctly rounded
            // candidate of the same length if it also round-trips.
            if d.len() >= 15 && d.last().is_some_and(|c| c % 2 == 1) {
                let s = format!("{:.*e}", d.len() - 1, x);
                let (d2, e2) = split_exp_repr(&s);
                if (&d2, e2) != (&d, e) && s.parse::<f64>() == Ok(x) {
                    (d, e) = (d2, e2);
                }
            }
            (d, e + 1)
        }
        DigitMode::Significant(n) => {
            // An f64 has at most 767 significant decimal digits, so beyond
            // 800 the (stripped) digits are exact and identical.
            let n = n.clamp(1, 800);
            let (d, e) = split_exp_repr(&format!("{:.*e}", n - 1, x));
            (d, e + 1)
        }
        DigitMode::Fixed(p) => {
            // At most 1074 fractional digits are non-zero.
            let p = p.min(1100);
            let s = format!("{x:.p$}");
            let (int_part, frac) = s.split_once('.').unwrap_or((&s, ""));
            let mut all: Vec<u8> = int_part.bytes().chain(frac.bytes()).collect();
            let lead = all.iter().take_while(|&&c| c == b'0').count();
            all.drain(..lead);
            (all, int_part.len() as i64 - lead as i64)
        }
    };
    while digits.last() == Some(&b'0') {
        digits.pop();
    }
    if digits.is_empty() {
        return (vec![b'0'], 1);
    }
    (digits, decpt)
}

/// Port of CPython's `format_float_short` (via `PyOS_double_to_string`).
/// `code` is one of `e E f F g G r`; `precision` is ignored for `r`.
pub(super) fn format_float_short(
    val: f64,
    code: char,
    precision: usize,
    add_dot_0: bool,
    alt: bool,
    no_neg_0: bool,
) -> String {
    let upper = code.is_ascii_uppercase();
    let code = code.to_ascii_lowercase();
    if val.is_nan() {
        return if upper { "NAN" } else { "nan" }.to_string();
    }
    if val.is_infinite() {
        let s = if upper { "INF" } else { "inf" };
        return if val < 0.0 {
            format!("-{s}")
        } else {
            s.to_string()
        };
    }
    let (mode, precision) = match code {
        'e' => {
            let p = precision.saturating_add(1);
            (DigitMode::Significant(p), p)
        }
        'f' => (DigitMode::Fixed(precision), precision),
        'g' => {
            let p = precision.max(1);
            (DigitMode::Significant(p), p)
        }
        _ => (DigitMode::Shortest, 0),
    };
    let (digits, decpt) = decimal_digits(val.abs(), mode);
    let mut negative = val.is_sign_negative();
    if no_neg_0 && negative && digits == b"0" {
        negative = false;
    }

    let digits_len = digits.len() as i64;
    let precision = precision as i64;
    let mut decpt = decpt;
    let mut vdigits_end = digits_len;
    let mut use_exp = false;
    match code {
        'e' => {
            use_exp = true;
            vdigits_end = precision;
        }
        'f' => vdigits_end = decpt + precision,
        'g' => {
            let limit = if add_dot_0 { precision - 1 } else { precision };
            use_exp = decpt <= -4 || decpt > limit;
            if alt {
                vdigits_end = precision;
            }
        }
        _ => use_exp = decpt <= -4 || decpt > 16,
    }
    let mut exp = 0;
    if use_exp {
        exp = decpt - 1;
        decpt = 1;
    }
    let vdigits_start = if decpt <= 0 { decpt - 1 } else { 0 };
    vdigits_end = if !use_exp && add_dot_0 {
        vdigits_end.max(decpt + 1)
    } else {
        vdigits_end.max(decpt)
    };

    let zeros = |out: &mut String, n: i64| {
        for _ in 0..n.max(0) {
            out.push('0');
        }
    };
    let digit_str = |r: std::ops::Range<usize>| std::str::from_utf8(&digits[r]).unwrap_or("");
    let mut out = String::with_capacity((vdigits_end - vdigits_start + 8).max(0) as usize);
    if negative {
        out.push('-');
    }
    if decpt <= 0 {
        zeros(&mut out, decpt - vdigits_start);
        out.push('.');
        zeros(&mut out, -decpt);
    } else {
        zeros(&mut out, -vdigits_start);
    }
    if 0 < decpt && decpt <= digits_len {
        out.push_str(digit_str(0..decpt as usize));
        out.push('.');
        out.push_str(digit_str(decpt as usize..digits.len()));
    } else {
        out.push_str(digit_str(0..digits.len()));
    }
    if digits_len < decpt {
        zeros(&mut out, decpt - digits_len);
        out.push('.');
        zeros(&mut out, vdigits_end - decpt);
    } else {
        zeros(&mut out, vdigits_end - digits_len);
    }
    if out.ends_with('.') && !alt {
        out.pop();
    }
    if use_exp {
        out.push(if upper { 'E' } else { 'e' });
        out.push_str(&format!("{exp:+03}"));
    }
    out
}

/// `repr(float)` / `str(float)` exactly as CPython: shortest round-trip
/// digits, exponent notation below 1e-4 and from 1e16, `.0` for integers.
pub fn float_repr(x: f64) -> String {
    format_float_short(x, 'r', 0, true, false, false)
}

/// Like C/Python `'%.*f'`: `precision` digits after the point.
pub fn float_to_fixed(x: f64, precision: usize) -> String {
    format_float_short(x, 'f', precision, false, false, false)
}

/// Like `'%.*e'` (`'%.*E'` when `upper`), with a 2-digit minimum exponent.
pub fn float_to_exp(x: f64, precision: usize, upper: bool) -> String {
    let code = if upper { 'E' } else { 'e' };
    format_float_short(x, code, precision, false, false, false)
}

/// Like `'%.*g'` (`'%.*G'` when `upper`); `alternate` is the `#` flag
/// (keep trailing zeros and the decimal point).
pub fn float_to_general(x: f64, precision: usize, upper: bool, alternate: bool) -> String {
    let code = if upper { 'G' } else { 'g' };
    format_float_short(x, code, precision, false, alternate, false)
}

/// General printf-style float conversion, like `PyOS_double_to_string`:
/// `code` is one of `e E f F g G` (anything else gives `repr`);
/// `alternate` is the `#` flag. No sign is added for non-negative values.
pub fn double_to_string(x: f64, code: char, precision: usize, alternate: bool) -> String {
    match code {
        'e' | 'E' | 'f' | 'F' | 'g' | 'G' => {
            format_float_short(x, code, precision, false, alternate, false)
        }
        _ => float_repr(x),
    }
}

// ---------------------------------------------------------------------------
// Tests: every expected string below was produced by CPython 3.11.
// ---------------------------------------------------------------------------

#[cfg(test)]
mod tests {
    use super::*;

    const REPR_CASES: &[(f64, &str)] = &[
        (0.1, "0.1"),
        (0.30000000000000004, "0.30000000000000004"),
        (1e+16, "1e+16"),
        (1e-05, "1e-05"),
        (0.0001, "0.0001"),
        (-0.0, "-0.0"),
        (0.0, "0.0"),
        (f64::INFINITY, "inf"),
        (f64::NEG_INFINITY, "-inf"),
        (f64::NAN, "nan"),
        (1.0, "1.0"),
        (123456789012345.0, "123456789012345.0"),
        (1.2345678901234567e+19, "1.2345678901234567e+19"),
        (5e-324, "5e-324"),
        (1e+22, "1e+22"),
        (1.7976931348623157e+308, "1.7976931348623157e+308"),
        (2.2250738585072014e-308, "2.2250738585072014e-308"),
        (9999999999999998.0, "9999999999999998.0"),
        (1000000000000000.0, "1000000000000000.0"),
        (123.456, "123.456"),
        (-1.5, "-1.5"),
        (2.8868179321289062, "2.8868179321289062"),
        (0.011911392211914062, "0.011911392211914062"),
        (100.0, "100.0"),
        (1e+100, "1e+100"),
        (1.5e-07, "1.5e-07"),
    ];
    const FIXED_CASES: &[(f64, usize, &str)] = &[
        (2.675, 2, "2.67"),
        (1e+22, 0, "10000000000000000000000"),
        (0.5, 0, "0"),
        (-0.0, 3, "-0.000"),
        (f64::INFINITY, 2, "inf"),
        (0.3333333333333333, 20, "0.33333333333333331483"),
    ];
    const EXP_CASES: &[(f64, usize, bool, &str)] = &[
        (12345.678, 2, false, "1.23e+04"),
        (0.0, 0, true, "0E+00"),
        (1e-300, 3, false, "1.000e-300"),
        (f64::NAN, 2, true, "NAN"),
        (5e-324, 1, false, "4.9e-324"),
    ];
    const GENERAL_CASES: &[(f64, usize, bool, bool, &str)] = &[
        (1e-05, 6, false, false, "1e-05"),
        (123456789.0, 3, true, false, "1.23E+08"),
        (1.0, 6, false, true, "1.00000"),
        (0.0001, 0, false, false, "0.0001"),
        (100000.0, 6, false, false, "100000"),
        (1000000.0, 6, false, false, "1e+06"),
        (f64::NEG_INFINITY, 6, true, false, "-INF"),
        (1.5, 0, false, true, "2."),
    ];

    #[test]
    fn repr() {
        for &(x, want) in REPR_CASES {
            assert_eq!(float_repr(x), want, "repr({x:?})");
            assert_eq!(
                super::super::format_float(x, "").unwrap(),
                want,
                "format({x:?}, '')"
            );
        }
    }

    #[test]
    fn printf_helpers() {
        for &(x, p, want) in FIXED_CASES {
            assert_eq!(float_to_fixed(x, p), want, "'%.{p}f' % {x:?}");
        }
        for &(x, p, upper, want) in EXP_CASES {
            assert_eq!(float_to_exp(x, p, upper), want, "'%.{p}e' % {x:?}");
        }
        for &(x, p, upper, alt, want) in GENERAL_CASES {
            assert_eq!(float_to_general(x, p, upper, alt), want, "'%.{p}g' % {x:?}");
        }
    }
}
