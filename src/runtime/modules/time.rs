//! The native `time` module: wall clock, monotonic clocks and a blocking `sleep`.

use super::new_module;
use crate::object::exception::{RResult, err, type_error};
use crate::object::ops;
use crate::object::types::ExcKind;
use crate::object::value::Value;
use crate::runtime::builtins::arity;
use crate::runtime::clock::skipped;
use crate::vm::Interp;
use std::sync::OnceLock;
use std::time::{Instant, SystemTime, UNIX_EPOCH};

/// The origin of `monotonic`/`perf_counter` (first use in the process).
fn origin() -> Instant {
    static ORIGIN: OnceLock<Instant> = OnceLock::new();
    *ORIGIN.get_or_init(Instant::now)
}

fn since_epoch() -> std::time::Duration {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .unwrap_or_default()
}

fn seconds(v: &Value) -> RResult<f64> {
    match ops::to_float(v) {
        Some(r) => r,
        None => type_error(format!(
            "'{}' object cannot be interpreted as an integer",
            v.type_name()
        )),
    }
}

pub fn module(interp: &mut Interp) -> Value {
    let m = new_module(
        interp,
        "time",
        &[
            ("time", |i, a, _| {
                arity("time", a, 0, 0)?;
                Ok(Value::Float(since_epoch().as_secs_f64() + skipped(i)))
            }),
            ("time_ns", |i, a, _| {
                arity("time_ns", a, 0, 0)?;
                Ok(Value::Int(
                    since_epoch().as_nanos() as i64 + (skipped(i) * 1e9) as i64,
                ))
            }),
            ("monotonic", |i, a, _| {
                arity("monotonic", a, 0, 0)?;
                Ok(Value::Float(origin().elapsed().as_secs_f64() + skipped(i)))
            }),
            ("perf_counter", |i, a, _| {
                arity("perf_counter", a, 0, 0)?;
                Ok(Value::Float(origin().elapsed().as_secs_f64() + skipped(i)))
            }),
            ("monotonic_ns", |i, a, _| {
                arity("monotonic_ns", a, 0, 0)?;
                Ok(Value::Int(
                    origin().elapsed().as_nanos() as i64 + (skipped(i) * 1e9) as i64,
                ))
            }),
            ("perf_counter_ns", |i, a, _| {
                arity("perf_counter_ns", a, 0, 0)?;
                Ok(Value::Int(
                    origin().elapsed().as_nanos() as i64 + (skipped(i) * 1e9) as i64,
                ))
            }),
            ("sleep", |i, a, _| {
                arity("sleep", a, 1, 1)?;
                let s = seconds(&a[0])?;
                if s.is_nan() {
                    return err(ExcKind::ValueError, "Invalid value NaN (not a number)");
                }
                if s < 0.0 {
                    return err(ExcKind::ValueError, "sleep length must be non-negative");
                }
                if !crate::runtime::clock::skip(i, s) {
                    std::thread::sleep(std::time::Duration::from_secs_f64(s));
                }
                Ok(Value::None)
            }),
        ],
    );
    Value::Module(m)
}
