//! Native functions with ordinary Rust signatures.
//!
//! Any closure or function `Fn(A, B, ...) -> R` (up to 6 arguments) where each argument type
//! is [`FromValue`] and `R` is [`IntoValue`] or `Result<T, Exception>` can be registered with
//! [`Vm::register`](super::Vm::register). A script calling it with arguments of the wrong
//! type or number gets a `TypeError`; a returned [`Exception`] is raised in the script.

use super::convert::{FromValue, IntoValue};
use crate::object::value::Value;
use crate::runtime::host::HostFunction;
use crate::vm::Interp;

/// An exception a native function raises in the script: a built-in exception type by name
/// (`"ValueError"`, `"KeyError"`, ...; unknown names become `RuntimeError`) and a message.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Exception {
    pub type_name: String,
    pub message: String,
}

impl Exception {
    /// `type_name(message)`.
    pub fn new(type_name: &str, message: impl Into<String>) -> Exception {
        Exception {
            type_name: type_name.to_string(),
            message: message.into(),
        }
    }
    /// A `ValueError`.
    pub fn value_error(message: impl Into<String>) -> Exception {
        Exception::new("ValueError", message)
    }
    /// A `RuntimeError`.
    pub fn runtime_error(message: impl Into<String>) -> Exception {
        Exception::new("RuntimeError", message)
    }

    pub(super) fn into_value(self, interp: &Interp) -> Value {
        interp.new_exception(
            super::error::exc_kind(&self.type_name),
            vec![Value::string(self.message)],
        )
    }
}

impl std::fmt::Display for Exception {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}: {}", self.type_name, self.message)
    }
}

impl std::error::Error for Exception {}

/// What a native function may return: any [`IntoValue`], or `Result<T, Exception>`.
pub trait IntoResult {
    fn into_result(self, interp: &Interp) -> Result<Value, Value>;
}

impl<T: IntoValue> IntoResult for T {
    fn into_result(self, _: &Interp) -> Result<Value, Value> {
        Ok(self.into_value())
    }
}

impl<T: IntoValue> IntoResult for Result<T, Exception> {
    fn into_result(self, interp: &Interp) -> Result<Value, Value> {
        match self {
            Ok(v) => Ok(v.into_value()),
            Err(e) => Err(e.into_value(interp)),
        }
    }
}

/// A Rust function usable as a script function; `Args` is its argument tuple (inferred).
pub trait NativeFunction<Args>: Send + 'static {
    /// The boxed host function, reporting errors under `name`.
    fn into_host(self, name: String) -> HostFunction;
}

fn type_error(interp: &Interp, msg: String) -> Value {
    interp.new_exception(
        crate::object::types::ExcKind::TypeError,
        vec![Value::string(msg)],
    )
}

fn check_call(
    interp: &Interp,
    name: &str,
    want: usize,
    args: &[Value],
    kwargs: &[(std::rc::Rc<str>, Value)],
) -> Result<(), Value> {
    if !kwargs.is_empty() {
        return Err(type_error(
            interp,
            format!("{name}() takes no keyword arguments"),
        ));
    }
    if args.len() != want {
        let noun = if want == 1 { "argument" } else { "arguments" };
        return Err(type_error(
            interp,
            format!(
                "{name}() takes exactly {want} {noun} ({} given)",
                args.len()
            ),
        ));
    }
    Ok(())
}

/// Reads argument `i` (1-based) as an `A`, or the script's `TypeError`.
pub(super) fn arg<A: FromValue>(
    interp: &Interp,
    name: &str,
    i: usize,
    v: &Value,
) -> Result<A, Value> {
    A::from_value(v).map_err(|e| {
        type_error(
            interp,
            format!(
                "{name}() argument {i} must be {}, not {}",
                e.expected, e.found
            ),
        )
    })
}

macro_rules! natives {
    ($($n:literal: ($($a:ident),*);)*) => {$(
        impl<Func, Ret, $($a,)*> NativeFunction<($($a,)*)> for Func
        where
            Func: FnMut($($a),*) -> Ret + Send + 'static,
            Ret: IntoResult,
            $($a: FromValue,)*
        {
            #[allow(non_snake_case, unused_mut, unused_variables)]
            fn into_host(mut self, name: String) -> HostFunction {
                Box::new(move |rt, args, kwargs| {
                    let interp = &rt.interp;
                    check_call(interp, &name, $n, &args, &kwargs)?;
                    let mut it = args.iter();
                    let mut i = 0;
                    $(
                        i += 1;
                        let $a: $a = arg(interp, &name, i, it.next().expect("count checked"))?;
                    )*
                    self($($a),*).into_result(interp)
                })
            }
        }
    )*};
}
natives! {
    0: ();
    1: (A);
    2: (A, B);
    3: (A, B, C);
    4: (A, B, C, D);
    5: (A, B, C, D, E);
    6: (A, B, C, D, E, F);
}

/// An async Rust function usable as a script coroutine function: `Fn(A, B, ...) -> Fut`
/// where `Fut: Future<Output = R> + Send` and `R` is [`IntoResult`]. The script awaits the
/// call; while the future is pending, other script tasks run. If the awaiting task is
/// cancelled, the future is dropped.
pub trait AsyncNativeFunction<Args>: Send + 'static {
    /// The boxed host function, reporting errors under `name`.
    fn into_host(self, name: String) -> HostFunction;
}

macro_rules! async_natives {
    ($($n:literal: ($($a:ident),*);)*) => {$(
        impl<Func, Fut, Ret, $($a,)*> AsyncNativeFunction<($($a,)*)> for Func
        where
            Func: FnMut($($a),*) -> Fut + Send + 'static,
            Fut: std::future::Future<Output = Ret> + Send + 'static,
            Ret: IntoResult + Send + 'static,
            $($a: FromValue,)*
        {
            #[allow(non_snake_case, unused_mut, unused_variables)]
            fn into_host(mut self, name: String) -> HostFunction {
                Box::new(move |rt, args, kwargs| {
                    let interp = &rt.interp;
                    check_call(interp, &name, $n, &args, &kwargs)?;
                    let mut it = args.iter();
                    let mut i = 0;
                    $(
                        i += 1;
                        let $a: $a = arg(interp, &name, i, it.next().expect("count checked"))?;
                    )*
                    let fut = self($($a),*);
                    rt.start_host_future(Box::pin(async move {
                        let r = fut.await;
                        Box::new(move |interp: &Interp| r.into_result(interp))
                            as crate::runtime::host::HostOutput
                    }))
                })
            }
        }
    )*};
}
async_natives! {
    0: ();
    1: (A);
    2: (A, B);
    3: (A, B, C);
    4: (A, B, C, D);
}
