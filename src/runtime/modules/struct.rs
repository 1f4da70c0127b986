//! The native `struct` module.
use super::new_module;
use crate::object::value::Value;
use crate::vm::Interp;

pub fn module(interp: &mut Interp) -> Value {
    Value::Module(new_module(interp, "struct", &[]))
}
