//! The native `gc` module: the cycle collector's switches (see `object/gc.rs`).

use super::new_module;
use crate::object::gc;
use crate::object::value::Value;
use crate::runtime::builtins::arity;
use crate::vm::Interp;

pub fn module(interp: &mut Interp) -> Value {
    let m = new_module(
        interp,
        "gc",
        &[
            ("collect", |_, a, _| {
                arity("collect", a, 0, 1)?;
                Ok(Value::Int(gc::collect() as i64))
            }),
            ("enable", |_, a, _| {
                arity("enable", a, 0, 0)?;
                gc::set_enabled(true);
                Ok(Value::None)
            }),
            ("disable", |_, a, _| {
                arity("disable", a, 0, 0)?;
                gc::set_enabled(false);
                Ok(Value::None)
            }),
            ("isenabled", |_, a, _| {
                arity("isenabled", a, 0, 0)?;
                Ok(Value::Bool(gc::is_enabled()))
            }),
        ],
    );
    Value::Module(m)
}
