//! Native modules written in Rust, one file each. `load` is asked first when a script imports
//! a module that is not loaded yet (before the script's folder and `stdlib/`). Each file has
//! `pub fn module(interp: &mut Interp) -> Value` and registers its functions with `add_fns`.

use crate::object::function::ModuleObj;
use crate::object::value::Value;
use crate::vm::{Interp, NativeFn, NativeKind};
use std::rc::Rc;

mod collections;
mod gc;
mod json;
mod math;
mod os;
mod os_fs;
mod random;
mod re;
mod r#struct;
mod time;

/// The native module called `name`, freshly made, or `None` if there is none by that name.
pub fn load(interp: &mut Interp, name: &str) -> Option<Value> {
    match name {
        "_collections" => Some(collections::module(interp)),
        "gc" => Some(gc::module(interp)),
        "json" => Some(json::module(interp)),
        "random" => Some(random::module(interp)),
        "struct" => Some(r#struct::module(interp)),
        "re" => Some(re::module(interp)),
        "math" => Some(math::module(interp)),
        "os" => Some(os::module(interp)),
        "os.path" => Some(os::path(interp)),
        "time" => Some(time::module(interp)),
        _ => None,
    }
}

/// A new module object named `name` with the given functions.
pub fn new_module(interp: &mut Interp, name: &str, fns: &[(&str, NativeFn)]) -> Rc<ModuleObj> {
    let m = interp.new_module(name, None);
    add_fns(interp, &m, fns);
    m
}

/// Adds plain native functions to a module.
pub fn add_fns(interp: &mut Interp, m: &ModuleObj, fns: &[(&str, NativeFn)]) {
    for (name, f) in fns {
        add(interp, m, name, NativeKind::Pure(*f));
    }
}

/// Adds one native function of any kind to a module.
pub fn add(interp: &mut Interp, m: &ModuleObj, name: &str, kind: NativeKind) {
    let id = interp.register_native(name, kind);
    let f = interp.natives[id as usize].value.clone();
    m.dict.borrow_mut().set_str(name, f);
}
