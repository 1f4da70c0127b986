//! Methods of exception objects: `add_note` (3.11, notes are printed under the traceback's
//! last line) and `with_traceback`.

use super::builtins::arity;
use crate::object::exception::{RResult, type_error};
use crate::object::str::Str;
use crate::object::value::Value;
use crate::vm::Interp;
use crate::vm::attr_tags::EXCEPTION;
use std::cell::RefCell;
use std::rc::Rc;

fn add_note(_: &mut Interp, a: &[Value], _: &[(Rc<str>, Value)]) -> RResult<Value> {
    arity("add_note", &a[1..], 1, 1)?;
    let Value::Exception(e) = &a[0] else {
        unreachable!("receiver checked")
    };
    if !matches!(a[1], Value::Str(_)) {
        return type_error(format!("note must be a str, not '{}'", a[1].type_name()));
    }
    let mut attrs = e.attrs.borrow_mut();
    let d = attrs.get_or_insert_with(|| Rc::new(RefCell::new(crate::object::dict::Dict::new())));
    let notes = d.borrow().get_str(&Str::new("__notes__")).cloned();
    match notes {
        Some(Value::List(l)) => l.borrow_mut().push(a[1].clone()),
        _ => d
            .borrow_mut()
            .set_str("__notes__", Value::list(vec![a[1].clone()])),
    }
    Ok(Value::None)
}

pub fn install(interp: &mut Interp) {
    interp.register_method(EXCEPTION, "add_note", add_note);
    interp.register_method(EXCEPTION, "with_traceback", |_, a, _| {
        arity("with_traceback", &a[1..], 1, 1)?;
        Ok(a[0].clone())
    });
}
