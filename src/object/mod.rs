//! The runtime data model: values and heap objects, and the operations on built-in types that
//! need no interpreter (arithmetic, comparison, hashing, repr, iteration).

pub mod arith;
pub mod bytearray;
pub mod dict;
pub mod exception;
pub mod finalize;
pub mod format;
pub mod frame;
pub mod function;
pub mod future;
pub mod gc;
pub mod iter;
pub mod ops;
pub mod percent;
pub mod repr;
pub mod set;
pub mod sources;
pub mod str;
pub mod types;
pub mod unawaited;
pub mod value;

pub use exception::{RResult, Raise};
pub use value::Value;
