//! The native `_collections` helper of `stdlib/collections`: `rename_class(cls, name, module)`
//! gives a class made by a `class` statement another name and module, as CPython's
//! `namedtuple` does with `type(name, ...)` (a `class` statement cannot pick its name at run
//! time). Error messages the VM writes ("'Point' object has no attribute ...") use the new name.

use super::new_module;
use crate::object::exception::{RResult, type_error};
use crate::object::types::{TypeKind, TypeObj};
use crate::object::value::Value;
use crate::runtime::builtins::arity;
use crate::vm::Interp;
use std::rc::Rc;

fn rename_class(_: &mut Interp, a: &[Value], _: &[(Rc<str>, Value)]) -> RResult<Value> {
    arity("rename_class", a, 3, 3)?;
    let (Value::Type(t), Value::Str(name), Value::Str(module)) = (&a[0], &a[1], &a[2]) else {
        return type_error("rename_class(cls, name, module): a class and two strings expected");
    };
    if !matches!(t.kind, TypeKind::Class) {
        return type_error("rename_class: only classes made by a class statement");
    }
    let renamed = TypeObj {
        name: Rc::from(name.as_str()),
        module: Rc::from(module.as_str()),
        kind: TypeKind::Class,
        base: t.base.clone(),
        bases: t.bases.clone(),
        mro: t.mro.clone(),
        dict: t.dict.clone(),
        setters: std::cell::Cell::new(t.setters.get()),
        finalizer: std::cell::Cell::new(t.finalizer.get()),
        getattribute: std::cell::Cell::new(t.getattribute.get()),
    };
    Ok(Value::Type(Rc::new(renamed)))
}

pub fn module(interp: &mut Interp) -> Value {
    let m = new_module(interp, "_collections", &[("rename_class", rename_class)]);
    Value::Module(m)
}
