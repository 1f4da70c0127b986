//! Classes made by `class` statements: running the body into a namespace, the C3 method
//! resolution order, instantiation (with `__init__` run as a frame), and attribute lookup on
//! instances, classes and `super()` objects.

use super::call::Flow;
use super::{Fiber, Interp, NativeKind};
use crate::object::dict::Dict;
use crate::object::exception::{ExceptionObj, RResult, err, type_error};
use crate::object::frame::{ClassBody, FrameKind};
use crate::object::str::Str;
use crate::object::types::{BuiltinType, ExcKind, TypeKind, TypeObj};
use crate::object::value::{Instance, Method, Super, Value, Wrapped};
use std::cell::RefCell;
use std::rc::Rc;

impl Interp {
    /// `BuildClass`: `[.., body, name, bases..]` -> runs the body as a frame whose return makes
    /// the class (see `finish_class`).
    pub(super) fn build_class(&mut self, fiber: &mut Fiber, nbases: usize) -> RResult<Flow> {
        let bases_v = fiber.stack.split_off(fiber.stack.len() - nbases);
        let name = match fiber.stack.pop() {
            Some(Value::Str(s)) => Rc::from(s.as_str()),
            _ => unreachable!("class name constant"),
        };
        let Some(Value::Function(body)) = fiber.stack.pop() else {
            unreachable!("class body function")
        };
        let mut bases = Vec::with_capacity(nbases);
        for b in bases_v {
            // A generic alias as a base (`class Box(Generic[T])`) stands for its origin
            // class (what `__mro_entries__` gives in CPython).
            let b = match &b {
                Value::Instance(i) if i.class.lookup(&Str::new("__mro_entries__")).is_some() => {
                    match i.dict.borrow().get_str(&Str::new("__origin__")) {
                        Some(o @ Value::Type(_)) => o.clone(),
                        _ => b.clone(),
                    }
                }
                _ => b,
            };
            match b {
                Value::Type(t) => match t.kind {
                    TypeKind::Class | TypeKind::Exception(_) => bases.push(t),
                    TypeKind::Builtin(BuiltinType::Object) => bases.push(t),
                    TypeKind::Builtin(_) => {
                        return type_error(format!(
                            "subclassing the built-in type '{}' is not supported yet",
                            t.name
                        ));
                    }
                },
                other => {
                    return type_error(format!("bases must be types, not {}", other.type_name()));
                }
            }
        }
        let ns = Rc::new(RefCell::new(Dict::new()));
        let code = &body.code.code;
        let mut cells = Vec::with_capacity(code.cellvars.len() + code.freevars.len());
        for _ in &code.cellvars {
            cells.push(Rc::new(RefCell::new(Value::Unbound)));
        }
        cells.extend(body.closure.iter().cloned());
        let base = fiber.stack.len();
        let hook = init_subclass_hook(&bases);
        let kind = FrameKind::ClassBody(Box::new(ClassBody { name, bases, ns }));
        let mut frame = self.new_frame(body.code.clone(), body.globals.clone(), kind, base, base);
        frame.cells = cells.into_boxed_slice();
        if let Some(f) = hook {
            // Once the class exists, the parent's `__init_subclass__` runs on it.
            frame.extra().then = Some(Box::new(crate::object::frame::Then {
                native: self.protocol.init_subclass,
                state: Value::tuple(vec![f]),
                outer: None,
            }));
        }
        fiber.frames.push(frame);
        Ok(Flow::Continue)
    }

    /// Makes the class once its body has run; fills the `__class__` cell used by `super()`.
    /// (A parent's `__init_subclass__` then runs through `init_subclass_step`.)
    pub(super) fn finish_class(
        &mut self,
        cb: ClassBody,
        cells: &[crate::object::value::CellRef],
        cellvars: &[Rc<str>],
    ) -> RResult<Value> {
        let object = self.builtin_type(BuiltinType::Object);
        let bases = if cb.bases.is_empty() {
            vec![object.clone()]
        } else {
            cb.bases
        };
        let mro = c3_mro(&bases)?;
        // A class that defines `__eq__` but not `__hash__` is unhashable, as in CPython.
        {
            let has = |n: &str| cb.ns.borrow().get_str(&Str::new(n)).is_some();
            if has("__eq__") && !has("__hash__") {
                cb.ns.borrow_mut().set_str("__hash__", Value::None);
            }
        }
        // As `type()` does: a class without a docstring has `__doc__ = None`.
        if cb.ns.borrow().get_str(&Str::new("__doc__")).is_none() {
            cb.ns.borrow_mut().set_str("__doc__", Value::None);
        }
        let exception = bases.iter().any(|b| b.is_exception());
        let module = match cb.ns.borrow().get_str(&Str::new("__module__")) {
            Some(Value::Str(m)) => Rc::from(m.as_str()),
            _ => Rc::from("__main__"),
        };
        let setters = bases.iter().any(|b| b.setters.get())
            || cb.ns.borrow().map.iter().any(|(k, v)| {
                is_property(v) || matches!(&k.value, Value::Str(s) if s.as_str() == "__setattr__")
            });
        let finalizer = bases.iter().any(|b| b.finalizer.get())
            || cb.ns.borrow().get_str(&Str::new("__del__")).is_some();
        let getattribute = bases.iter().any(|b| b.getattribute.get())
            || cb
                .ns
                .borrow()
                .get_str(&Str::new("__getattribute__"))
                .is_some();
        let class = Rc::new(TypeObj {
            setters: std::cell::Cell::new(setters),
            finalizer: std::cell::Cell::new(finalizer),
            getattribute: std::cell::Cell::new(getattribute),
            name: cb.name,
            module,
            kind: if exception {
                TypeKind::Exception(None)
            } else {
                TypeKind::Class
            },
            base: Some(bases[0].clone()),
            bases,
            mro,
            dict: Some(cb.ns),
        });
        if let Some(i) = cellvars.iter().position(|c| &**c == "__class__") {
            *cells[i].borrow_mut() = Value::Type(class.clone());
        }
        Ok(Value::Type(class))
    }

    /// Calling a class: a new instance, then `__init__` (as a frame) if the class has one.
    pub(super) fn instantiate(
        &mut self,
        fiber: &mut Fiber,
        class: &Rc<TypeObj>,
        mut args: Vec<Value>,
        kwargs: Vec<(Rc<str>, Value)>,
    ) -> RResult<Flow> {
        let init = class.lookup(&Str::new("__init__"));
        let native_new = match class.lookup(&Str::new("__new__")) {
            Some(Value::Wrapped(w)) => match &*w {
                Wrapped::NativeMethod(Value::Native(n)) => Some(n.id),
                _ => None,
            },
            _ => None,
        };
        let obj = if let Some(id) = native_new {
            // A class defined in Rust: its `__new__` makes the instance with its native state;
            // a script subclass's `__init__` then runs as usual.
            let NativeKind::Pure(f) = self.natives[id as usize].kind else {
                return type_error("__new__ of a native class must be a plain native");
            };
            let class_arg = Value::Type(class.clone());
            if !matches!(init, Some(Value::Function(_))) {
                let mut new_args = vec![class_arg];
                new_args.extend(args.iter().cloned());
                let obj = f(self, &new_args, &kwargs)?;
                fiber.stack.push(obj);
                return Ok(Flow::Continue);
            }
            // The script's `__init__` gets the arguments (it may call the native one).
            f(self, &[class_arg], &[])?
        } else if class.is_exception() {
            let ctor_args = args.clone();
            Value::Exception(Rc::new(ExceptionObj::new(class.clone(), ctor_args)))
        } else {
            // A safe point (nothing borrowed) to look for cyclic garbage.
            crate::object::gc::maybe_collect();
            let dict = Rc::new(RefCell::new(Dict::new()));
            crate::object::gc::track_dict(&dict);
            let inst = Rc::new(Instance {
                class: class.clone(),
                dict,
                payload: None,
            });
            crate::object::gc::track_instance(&inst);
            Value::Instance(inst)
        };
        match init {
            Some(Value::Function(f)) => {
                args.insert(0, obj.clone());
                let depth = fiber.frames.len();
                self.call_value(fiber, Value::Function(f), args, kwargs)?;
                if fiber.frames.len() > depth {
                    fiber.frames.last_mut().expect("pushed").kind = FrameKind::Init(Box::new(obj));
                } else {
                    // An `async def __init__` produced a coroutine instead of running.
                    fiber.stack.pop();
                    return type_error("__init__() should return None, not 'coroutine'");
                }
                Ok(Flow::Continue)
            }
            Some(_) => type_error("__init__ must be a function"),
            None => {
                if !class.is_exception() && (!args.is_empty() || !kwargs.is_empty()) {
                    return type_error(format!("{}() takes no arguments", class.name));
                }
                if class.is_exception() && !kwargs.is_empty() {
                    return type_error(format!("{}() takes no keyword arguments", class.name));
                }
                fiber.stack.push(obj);
                Ok(Flow::Continue)
            }
        }
    }

    /// Attribute lookup through a class's MRO, binding functions to `receiver`.
    pub(super) fn class_attr(
        &self,
        class: &Rc<TypeObj>,
        name: &Str,
        receiver: Option<&Value>,
    ) -> Option<Value> {
        let v = class.lookup(name)?;
        Some(bind(v, receiver, class))
    }

    /// `obj.name` for instances, user classes, user exceptions and `super()` objects; `None`
    /// when `obj` is none of those or has no such attribute.
    pub(super) fn object_attr(&self, obj: &Value, name: &Str) -> Option<Value> {
        match obj {
            Value::Instance(i) => {
                if name.as_str() == "__dict__" {
                    return Some(Value::Dict(i.dict.clone()));
                }
                if let Some(v) = i.dict.borrow().get_str(name) {
                    return Some(v.clone());
                }
                self.class_attr(&i.class, name, Some(obj))
            }
            Value::Exception(e) => {
                if let Some(d) = &*e.attrs.borrow()
                    && let Some(v) = d.borrow().get_str(name)
                {
                    return Some(v.clone());
                }
                if e.class.dict.is_some() {
                    return self.class_attr(&e.class, name, Some(obj));
                }
                None
            }
            Value::Type(t) if t.dict.is_some() => match name.as_str() {
                "__dict__" => t.dict.clone().map(Value::Dict),
                "__bases__" => Some(Value::tuple(
                    t.bases.iter().cloned().map(Value::Type).collect(),
                )),
                "__mro__" => Some(Value::tuple(
                    std::iter::once(t.clone())
                        .chain(t.mro.iter().cloned())
                        .map(Value::Type)
                        .collect(),
                )),
                _ => self.class_attr(t, name, None),
            },
            Value::Method(m) => match name.as_str() {
                "__func__" => Some(m.func.clone()),
                "__self__" => Some(m.receiver.clone()),
                "__name__" | "__qualname__" => match &m.func {
                    Value::Function(f) => Some(Value::str(if name.as_str() == "__name__" {
                        &f.code.code.name
                    } else {
                        &f.code.code.qualname
                    })),
                    _ => None,
                },
                _ => None,
            },
            Value::Super(s) => {
                let class = match &s.obj {
                    Value::Instance(i) => i.class.clone(),
                    Value::Exception(e) => e.class.clone(),
                    Value::Type(t) => t.clone(),
                    _ => return None,
                };
                let chain: Vec<&Rc<TypeObj>> =
                    std::iter::once(&class).chain(class.mro.iter()).collect();
                let start = chain.iter().position(|t| Rc::ptr_eq(t, &s.class))? + 1;
                for t in &chain[start..] {
                    if let Some(v) = t
                        .dict
                        .as_ref()
                        .and_then(|d| d.borrow().get_str(name).cloned())
                    {
                        let receiver = match &s.obj {
                            Value::Type(_) => None,
                            obj => Some(obj),
                        };
                        return Some(bind(v, receiver, &class));
                    }
                    if t.dict.is_none()
                        && !t.is_exception()
                        && let Some(id) = self.object_method(name.as_str())
                    {
                        // `object`'s own methods, reached through `super()`.
                        return Some(Value::Native(Rc::new(
                            crate::object::function::NativeFunc {
                                id,
                                name: self.natives[id as usize].name.clone(),
                                bound: Some(s.obj.clone()),
                            },
                        )));
                    }
                    if t.is_exception() && t.dict.is_none() && name.as_str() == "__init__" {
                        // BaseException.__init__: sets args (done at construction already).
                        return Some(Value::Native(Rc::new(
                            crate::object::function::NativeFunc {
                                id: self.exception_init,
                                name: Rc::from("__init__"),
                                bound: Some(s.obj.clone()),
                            },
                        )));
                    }
                }
                None
            }
            _ => None,
        }
    }

    /// `obj.name = value` for instances, classes and exceptions.
    pub(super) fn object_store(
        &self,
        obj: &Value,
        name: &Str,
        value: Value,
    ) -> Option<RResult<()>> {
        match obj {
            Value::Instance(i) => {
                i.dict.borrow_mut().set_str(name.as_str(), value);
                Some(Ok(()))
            }
            Value::Type(t) if t.dict.is_some() => {
                // A property or `__setattr__` added later (`@dataclass(frozen=True)`): stores
                // on instances must now look at the class.
                if is_property(&value) || name.as_str() == "__setattr__" {
                    t.setters.set(true);
                }
                if name.as_str() == "__del__" {
                    t.finalizer.set(true);
                }
                if name.as_str() == "__getattribute__" {
                    t.getattribute.set(true);
                }
                if let Some(d) = &t.dict {
                    d.borrow_mut().set_str(name.as_str(), value);
                }
                Some(Ok(()))
            }
            Value::Function(f) => {
                let mut attrs = f.attrs.borrow_mut();
                let d = attrs.get_or_insert_with(|| Value::dict_ref(Dict::new()));
                d.borrow_mut().set_str(name.as_str(), value);
                Some(Ok(()))
            }
            Value::Exception(e) => {
                let mut attrs = e.attrs.borrow_mut();
                let d = attrs.get_or_insert_with(|| Rc::new(RefCell::new(Dict::new())));
                d.borrow_mut().set_str(name.as_str(), value);
                Some(Ok(()))
            }
            _ => None,
        }
    }

    /// A class defined in Rust, as a native module provides it (`re.Pattern`, `deque`): its
    /// namespace holds `methods` (natives taking the instance first; `__new__` takes the class
    /// first and returns the new instance, usually made with `Interp::native_instance`) and
    /// `attrs`. Scripts may subclass it.
    pub fn native_class(
        &mut self,
        name: &str,
        module: &str,
        methods: &[(&'static str, NativeKind)],
    ) -> Rc<TypeObj> {
        let mut ns = Dict::new();
        ns.set_str("__module__", Value::str(module));
        for &(mname, kind) in methods {
            let id = self.register_native(mname, kind);
            let f = self.natives[id as usize].value.clone();
            ns.set_str(mname, Value::Wrapped(Rc::new(Wrapped::NativeMethod(f))));
        }
        let object = self.builtin_type(BuiltinType::Object);
        Rc::new(TypeObj {
            name: Rc::from(name),
            module: Rc::from(module),
            kind: TypeKind::Class,
            base: Some(object.clone()),
            bases: vec![object.clone()],
            mro: vec![object],
            dict: Some(Rc::new(RefCell::new(ns))),
            setters: Default::default(),
            finalizer: Default::default(),
            getattribute: Default::default(),
        })
    }

    /// A new instance of `class` (a native class or a subclass of one) holding `state`.
    pub fn native_instance<T: 'static>(&self, class: &Value, state: T) -> RResult<Value> {
        let Value::Type(class) = class else {
            return type_error("__new__(X): X is not a type object");
        };
        Ok(Value::Instance(Rc::new(Instance {
            class: class.clone(),
            dict: Rc::new(RefCell::new(Dict::new())),
            payload: Some(RefCell::new(Box::new(state))),
        })))
    }

    /// `super(cls, obj)`.
    pub fn make_super(&self, args: &[Value]) -> RResult<Value> {
        match args {
            [Value::Type(class), obj] => Ok(Value::Super(Rc::new(Super {
                class: class.clone(),
                obj: obj.clone(),
            }))),
            [_, _] => type_error("super() argument 1 must be a type"),
            [] => err(ExcKind::RuntimeError, "super(): no arguments"),
            _ => type_error("super() takes exactly two arguments here"),
        }
    }
}

/// How a value found in a class namespace appears through an instance (`receiver`) or the
/// class itself (`None`): functions bind to the instance, class methods to `class`, static
/// methods to nothing.
pub(super) fn bind(v: Value, receiver: Option<&Value>, class: &Rc<TypeObj>) -> Value {
    match (v, receiver) {
        (f @ Value::Function(_), Some(r)) => Value::Method(Rc::new(Method {
            func: f,
            receiver: r.clone(),
        })),
        (Value::Wrapped(w), _) => match &*w {
            Wrapped::StaticMethod(f) => f.clone(),
            Wrapped::ClassMethod(f) => Value::Method(Rc::new(Method {
                func: f.clone(),
                receiver: Value::Type(class.clone()),
            })),
            Wrapped::NativeMethod(f) => match receiver {
                Some(r) => Value::Method(Rc::new(Method {
                    func: f.clone(),
                    receiver: r.clone(),
                })),
                None => f.clone(),
            },
            // Through an instance, the VM calls the getter (see `Interp::property_get`).
            Wrapped::Property(..) => Value::Wrapped(w.clone()),
        },
        (v, _) => v,
    }
}

pub(super) fn is_property(v: &Value) -> bool {
    matches!(v, Value::Wrapped(w) if matches!(**w, Wrapped::Property(..)))
}

/// C3 linearisation of `bases` (the MRO of the new class, after the class itself).
fn c3_mro(bases: &[Rc<TypeObj>]) -> RResult<Vec<Rc<TypeObj>>> {
    let mut seqs: Vec<Vec<Rc<TypeObj>>> = bases
        .iter()
        .map(|b| {
            std::iter::once(b.clone())
                .chain(b.mro.iter().cloned())
                .collect()
        })
        .collect();
    seqs.push(bases.to_vec());
    let mut out: Vec<Rc<TypeObj>> = Vec::new();
    loop {
        seqs.retain(|s| !s.is_empty());
        if seqs.is_empty() {
            return Ok(out);
        }
        let candidate = seqs
            .iter()
            .map(|s| s[0].clone())
            .find(|c| !seqs.iter().any(|s| s[1..].iter().any(|t| Rc::ptr_eq(t, c))));
        let Some(c) = candidate else {
            let names: Vec<String> = bases.iter().map(|b| b.name.to_string()).collect();
            return type_error(format!(
                "Cannot create a consistent method resolution\norder (MRO) for bases {}",
                names.join(", ")
            ));
        };
        for s in &mut seqs {
            if Rc::ptr_eq(&s[0], &c) {
                s.remove(0);
            }
        }
        out.push(c);
    }
}

/// The nearest script `__init_subclass__` in the bases' MROs (an implicit class method).
fn init_subclass_hook(bases: &[Rc<TypeObj>]) -> Option<Value> {
    let name = Str::new("__init_subclass__");
    for b in bases {
        for t in std::iter::once(b).chain(b.mro.iter()) {
            let Some(d) = &t.dict else { continue };
            match d.borrow().get_str(&name) {
                Some(f @ Value::Function(_)) => return Some(f.clone()),
                Some(Value::Wrapped(w)) => {
                    if let crate::object::value::Wrapped::ClassMethod(f) = &**w {
                        return Some(f.clone());
                    }
                }
                _ => {}
            }
        }
    }
    None
}

/// Continuation of a class statement whose parent has `__init_subclass__`: called with the
/// new class (state `(hook,)`), it calls `hook(cls)`, then returns the class.
pub(super) fn init_subclass_step(
    _: &mut Interp,
    input: super::StepInput,
) -> Result<super::Step, crate::object::Raise> {
    match input {
        super::StepInput::Resume {
            state: Value::Tuple(t),
            result,
        } if t.len() == 1 => Ok(super::Step::Call {
            func: t[0].clone(),
            args: vec![result.clone()],
            state: Value::tuple(vec![t[0].clone(), result]),
        }),
        super::StepInput::Resume {
            state: Value::Tuple(t),
            ..
        } => Ok(super::Step::Return(t[1].clone())),
        super::StepInput::Throw { exc, .. } => Err(crate::object::Raise::value(exc)),
        _ => unreachable!("only used as a continuation"),
    }
}
