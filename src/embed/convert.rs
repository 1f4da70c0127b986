//! Conversions between Rust values and script values.
//!
//! [`IntoValue`] turns a Rust value into a script value (an owned copy: a `Vec` becomes a new
//! `list`); [`FromValue`] reads a script value back into Rust (again a copy). Script values
//! never leave the [`Vm`](super::Vm): the host only ever holds Rust data.
//!
//! | Rust | script |
//! |---|---|
//! | `()` | `None` |
//! | `bool` | `bool` |
//! | `i8`..`i64`, `u8`..`u64`, `isize`, `usize` | `int` (reading checks the range) |
//! | `f32`, `f64` | `float` (reading also accepts an `int`) |
//! | `String`, `&str`, `char` | `str` |
//! | `Vec<T>` | `list` (reading also accepts a `tuple`) |
//! | `HashMap<K, V>`, `BTreeMap<K, V>` | `dict` |
//! | `Option<T>` | `None` or the value |
//! | tuples of up to 6 elements | `tuple` |
//! | [`Data`] | any of the above, dynamically typed |

use crate::object::dict::Dict;
use crate::object::ops::make_key;
use crate::object::value::Value;
use std::collections::{BTreeMap, HashMap};
use std::hash::Hash;

/// A conversion from a script value failed: what was expected and the script type found.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ConvertError {
    /// The Python type the conversion needs (`"int"`, `"list"`, ...).
    pub expected: String,
    /// The script value's type name, or a description of the problem.
    pub found: String,
}

impl ConvertError {
    fn new(expected: &str, v: &Value) -> ConvertError {
        ConvertError {
            expected: expected.to_string(),
            found: v.type_name(),
        }
    }
}

impl std::fmt::Display for ConvertError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "expected {}, got {}", self.expected, self.found)
    }
}

/// A Rust value that can become a script value.
///
/// The [`Vm`](super::Vm) calls `into_value` while it runs on the current thread, so that new
/// objects belong to its heap; implementations build their value from other `IntoValue`
/// types and should not be called by the host directly.
pub trait IntoValue {
    /// The script value (a new object for containers).
    fn into_value(self) -> Value;
}

/// A Rust value that can be read from a script value.
pub trait FromValue: Sized {
    /// Reads `v`, or says why it has the wrong type.
    fn from_value(v: &Value) -> Result<Self, ConvertError>;
}

/// Types usable as `dict` keys from Rust (they always hash).
pub trait IntoKey: IntoValue {}

impl IntoValue for () {
    fn into_value(self) -> Value {
        Value::None
    }
}
impl FromValue for () {
    fn from_value(v: &Value) -> Result<(), ConvertError> {
        match v {
            Value::None => Ok(()),
            _ => Err(ConvertError::new("None", v)),
        }
    }
}

impl IntoValue for bool {
    fn into_value(self) -> Value {
        Value::Bool(self)
    }
}
impl FromValue for bool {
    fn from_value(v: &Value) -> Result<bool, ConvertError> {
        match v {
            Value::Bool(b) => Ok(*b),
            _ => Err(ConvertError::new("bool", v)),
        }
    }
}
impl IntoKey for bool {}

macro_rules! ints {
    ($($t:ty),*) => {$(
        impl IntoValue for $t {
            fn into_value(self) -> Value {
                match i64::try_from(self) {
                    Ok(i) => Value::Int(i),
                    Err(_) => Value::from_bigint(num_bigint::BigInt::from(self)),
                }
            }
        }
        impl FromValue for $t {
            fn from_value(v: &Value) -> Result<$t, ConvertError> {
                let out_of_range = || ConvertError {
                    expected: stringify!($t).to_string(),
                    found: format!("int {} out of range", crate::object::repr::repr(v)),
                };
                match v {
                    Value::Int(i) => <$t>::try_from(*i).map_err(|_| out_of_range()),
                    Value::Bool(b) => Ok(*b as $t),
                    Value::BigInt(b) => <$t>::try_from(&**b).map_err(|_| out_of_range()),
                    _ => Err(ConvertError::new("int", v)),
                }
            }
        }
        impl IntoKey for $t {}
    )*};
}
ints!(
    i8, i16, i32, i64, i128, isize, u8, u16, u32, u64, u128, usize
);

impl IntoValue for f64 {
    fn into_value(self) -> Value {
        Value::Float(self)
    }
}
impl IntoValue for f32 {
    fn into_value(self) -> Value {
        Value::Float(self as f64)
    }
}
impl FromValue for f64 {
    fn from_value(v: &Value) -> Result<f64, ConvertError> {
        match v {
            Value::Float(f) => Ok(*f),
            Value::Int(i) => Ok(*i as f64),
            Value::Bool(b) => Ok(*b as i64 as f64),
            _ => Err(ConvertError::new("float", v)),
        }
    }
}
impl FromValue for f32 {
    fn from_value(v: &Value) -> Result<f32, ConvertError> {
        f64::from_value(v).map(|f| f as f32)
    }
}

impl IntoValue for String {
    fn into_value(self) -> Value {
        Value::string(self)
    }
}
impl IntoValue for &str {
    fn into_value(self) -> Value {
        Value::str(self)
    }
}
impl IntoValue for char {
    fn into_value(self) -> Value {
        Value::string(self.to_string())
    }
}
impl FromValue for String {
    fn from_value(v: &Value) -> Result<String, ConvertError> {
        match v {
            Value::Str(s) => Ok(s.as_str().to_string()),
            _ => Err(ConvertError::new("str", v)),
        }
    }
}
impl FromValue for char {
    fn from_value(v: &Value) -> Result<char, ConvertError> {
        let s = String::from_value(v)?;
        let mut it = s.chars();
        match (it.next(), it.next()) {
            (Some(c), None) => Ok(c),
            _ => Err(ConvertError {
                expected: "a str of length 1".to_string(),
                found: format!("a str of length {}", s.chars().count()),
            }),
        }
    }
}
impl IntoKey for String {}
impl IntoKey for &str {}
impl IntoKey for char {}

impl<T: IntoValue> IntoValue for Option<T> {
    fn into_value(self) -> Value {
        match self {
            Some(v) => v.into_value(),
            None => Value::None,
        }
    }
}
impl<T: FromValue> FromValue for Option<T> {
    fn from_value(v: &Value) -> Result<Option<T>, ConvertError> {
        match v {
            Value::None => Ok(None),
            _ => T::from_value(v).map(Some),
        }
    }
}

impl<T: IntoValue> IntoValue for Vec<T> {
    fn into_value(self) -> Value {
        Value::list(self.into_iter().map(IntoValue::into_value).collect())
    }
}
impl<T: FromValue> FromValue for Vec<T> {
    fn from_value(v: &Value) -> Result<Vec<T>, ConvertError> {
        match v {
            Value::List(l) => l.borrow().iter().map(T::from_value).collect(),
            Value::Tuple(t) => t.iter().map(T::from_value).collect(),
            _ => Err(ConvertError::new("list", v)),
        }
    }
}

fn dict_from<K: IntoKey, V: IntoValue>(items: impl Iterator<Item = (K, V)>) -> Value {
    let mut d = Dict::new();
    for (k, v) in items {
        // `IntoKey` types always hash.
        if let Ok(key) = make_key(k.into_value()) {
            d.insert(key, v.into_value());
        }
    }
    Value::dict(d)
}

fn dict_items<K: FromValue, V: FromValue>(v: &Value) -> Result<Vec<(K, V)>, ConvertError> {
    let Value::Dict(d) = v else {
        return Err(ConvertError::new("dict", v));
    };
    d.borrow()
        .map
        .iter()
        .map(|(k, v)| Ok((K::from_value(&k.value)?, V::from_value(v)?)))
        .collect()
}

impl<K: IntoKey, V: IntoValue, S> IntoValue for HashMap<K, V, S> {
    fn into_value(self) -> Value {
        dict_from(self.into_iter())
    }
}
impl<K: FromValue + Eq + Hash, V: FromValue, S: std::hash::BuildHasher + Default> FromValue
    for HashMap<K, V, S>
{
    fn from_value(v: &Value) -> Result<HashMap<K, V, S>, ConvertError> {
        Ok(dict_items(v)?.into_iter().collect())
    }
}
impl<K: IntoKey, V: IntoValue> IntoValue for BTreeMap<K, V> {
    fn into_value(self) -> Value {
        dict_from(self.into_iter())
    }
}
impl<K: FromValue + Ord, V: FromValue> FromValue for BTreeMap<K, V> {
    fn from_value(v: &Value) -> Result<BTreeMap<K, V>, ConvertError> {
        Ok(dict_items(v)?.into_iter().collect())
    }
}

macro_rules! tuples {
    ($($n:literal: ($($t:ident),+);)*) => {$(
        impl<$($t: IntoValue),+> IntoValue for ($($t,)+) {
            #[allow(non_snake_case)]
            fn into_value(self) -> Value {
                let ($($t,)+) = self;
                Value::tuple(vec![$($t.into_value()),+])
            }
        }
        impl<$($t: IntoKey),+> IntoKey for ($($t,)+) {}
        impl<$($t: FromValue),+> FromValue for ($($t,)+) {
            fn from_value(v: &Value) -> Result<Self, ConvertError> {
                let items: Vec<Value> = match v {
                    Value::Tuple(t) => t.to_vec(),
                    Value::List(l) => l.borrow().clone(),
                    _ => return Err(ConvertError::new("tuple", v)),
                };
                if items.len() != $n {
                    return Err(ConvertError {
                        expected: format!("a tuple of length {}", $n),
                        found: format!("a {} of length {}", v.type_name(), items.len()),
                    });
                }
                let mut it = items.iter();
                Ok(($($t::from_value(it.next().expect("length checked"))?,)+))
            }
        }
    )*};
}
tuples! {
    1: (A);
    2: (A, B);
    3: (A, B, C);
    4: (A, B, C, D);
    5: (A, B, C, D, E);
    6: (A, B, C, D, E, F);
}

/// A script value copied out into plain Rust data, for values whose type the host does not
/// know in advance (it is `Send`, unlike the VM's own values).
#[derive(Debug, Clone, PartialEq)]
pub enum Data {
    None,
    Bool(bool),
    Int(i64),
    Float(f64),
    Str(String),
    List(Vec<Data>),
    Tuple(Vec<Data>),
    /// Entries in insertion order.
    Dict(Vec<(Data, Data)>),
}

impl FromValue for Data {
    fn from_value(v: &Value) -> Result<Data, ConvertError> {
        Ok(match v {
            Value::None => Data::None,
            Value::Bool(b) => Data::Bool(*b),
            Value::Int(i) => Data::Int(*i),
            Value::Float(f) => Data::Float(*f),
            Value::Str(s) => Data::Str(s.as_str().to_string()),
            Value::List(l) => Data::List(
                l.borrow()
                    .iter()
                    .map(Data::from_value)
                    .collect::<Result<_, _>>()?,
            ),
            Value::Tuple(t) => {
                Data::Tuple(t.iter().map(Data::from_value).collect::<Result<_, _>>()?)
            }
            Value::Dict(d) => Data::Dict(
                d.borrow()
                    .map
                    .iter()
                    .map(|(k, v)| Ok((Data::from_value(&k.value)?, Data::from_value(v)?)))
                    .collect::<Result<_, _>>()?,
            ),
            _ => {
                return Err(ConvertError::new(
                    "None, bool, int, float, str, list, tuple or dict",
                    v,
                ));
            }
        })
    }
}

impl IntoValue for Data {
    fn into_value(self) -> Value {
        match self {
            Data::None => Value::None,
            Data::Bool(b) => Value::Bool(b),
            Data::Int(i) => Value::Int(i),
            Data::Float(f) => Value::Float(f),
            Data::Str(s) => Value::string(s),
            Data::List(l) => l.into_value(),
            Data::Tuple(t) => Value::tuple(t.into_iter().map(IntoValue::into_value).collect()),
            Data::Dict(items) => {
                let mut d = Dict::new();
                for (k, v) in items {
                    if let Ok(key) = make_key(k.into_value()) {
                        d.insert(key, v.into_value());
                    }
                }
                Value::dict(d)
            }
        }
    }
}

/// Arguments for [`Vm::call`](super::Vm::call): `()` or a tuple of [`IntoValue`] values, or
/// a `Vec` of them.
pub trait IntoArgs {
    fn into_args(self) -> Vec<Value>;
}

impl IntoArgs for () {
    fn into_args(self) -> Vec<Value> {
        Vec::new()
    }
}
impl<T: IntoValue> IntoArgs for Vec<T> {
    fn into_args(self) -> Vec<Value> {
        self.into_iter().map(IntoValue::into_value).collect()
    }
}
macro_rules! args {
    ($(($($t:ident),+);)*) => {$(
        impl<$($t: IntoValue),+> IntoArgs for ($($t,)+) {
            #[allow(non_snake_case)]
            fn into_args(self) -> Vec<Value> {
                let ($($t,)+) = self;
                vec![$($t.into_value()),+]
            }
        }
    )*};
}
args! {
    (A);
    (A, B);
    (A, B, C);
    (A, B, C, D);
    (A, B, C, D, E);
    (A, B, C, D, E, F);
}
