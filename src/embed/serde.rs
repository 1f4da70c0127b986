//! `serde` support (feature `serde`): any `Serialize` type into a script value and any
//! `Deserialize` type out of one, through JSON's data model (objects become `dict`s, arrays
//! `list`s; a `dict` read back needs `str` keys, or `int` keys, which become strings as in
//! `json.dumps`).

use super::convert::{ConvertError, Data, FromValue, IntoValue};
use crate::object::value::Value;
use serde::Serialize;
use serde::de::DeserializeOwned;

/// Wraps a serde type so it converts like the std types: `vm.set("cfg", Serde(cfg))`,
/// `vm.get::<Serde<Config>>("cfg")`, or a native function's argument `Serde<Point>`.
///
/// Turning a value that JSON cannot represent (a map with non-string keys) into a script
/// value gives `None`; use [`Vm::set_serde`](super::Vm::set_serde) to get the error instead.
#[derive(Debug, Clone, PartialEq)]
pub struct Serde<T>(pub T);

pub(super) fn to_data<T: Serialize>(v: &T) -> Result<Data, String> {
    let json = serde_json::to_value(v).map_err(|e| e.to_string())?;
    Ok(from_json(json))
}

fn from_json(j: serde_json::Value) -> Data {
    use serde_json::Value as J;
    match j {
        J::Null => Data::None,
        J::Bool(b) => Data::Bool(b),
        J::Number(n) => match n.as_i64() {
            Some(i) => Data::Int(i),
            None => Data::Float(n.as_f64().unwrap_or(f64::NAN)),
        },
        J::String(s) => Data::Str(s),
        J::Array(a) => Data::List(a.into_iter().map(from_json).collect()),
        J::Object(o) => Data::Dict(
            o.into_iter()
                .map(|(k, v)| (Data::Str(k), from_json(v)))
                .collect(),
        ),
    }
}

fn to_json(d: Data) -> Result<serde_json::Value, ConvertError> {
    use serde_json::Value as J;
    Ok(match d {
        Data::None => J::Null,
        Data::Bool(b) => J::Bool(b),
        Data::Int(i) => J::from(i),
        Data::Float(f) => serde_json::Number::from_f64(f).map_or(J::Null, J::Number),
        Data::Str(s) => J::String(s),
        Data::List(l) | Data::Tuple(l) => {
            J::Array(l.into_iter().map(to_json).collect::<Result<_, _>>()?)
        }
        Data::Dict(items) => {
            let mut o = serde_json::Map::new();
            for (k, v) in items {
                let key = match k {
                    Data::Str(s) => s,
                    Data::Int(i) => i.to_string(),
                    other => {
                        return Err(ConvertError {
                            expected: "a dict with str keys".into(),
                            found: format!("a key {other:?}"),
                        });
                    }
                };
                o.insert(key, to_json(v)?);
            }
            J::Object(o)
        }
    })
}

pub(super) fn from_value<T: DeserializeOwned>(v: &Value) -> Result<T, ConvertError> {
    let json = to_json(Data::from_value(v)?)?;
    serde_json::from_value(json).map_err(|e| ConvertError {
        expected: std::any::type_name::<T>().to_string(),
        found: e.to_string(),
    })
}

impl<T: Serialize> IntoValue for Serde<T> {
    fn into_value(self) -> Value {
        to_data(&self.0).map_or(Value::None, IntoValue::into_value)
    }
}

impl<T: DeserializeOwned> FromValue for Serde<T> {
    fn from_value(v: &Value) -> Result<Serde<T>, ConvertError> {
        from_value(v).map(Serde)
    }
}
