//! `exec(source, globals=None, locals=None)` and `eval(expression, globals=None, locals=None)`:
//! the source is compiled on the spot (or comes from `compile`, see `compile.rs`) and runs as a
//! frame on the current fiber. Its top-level names go to a locals mapping (`FrameKind::Exec`):
//! the given `locals`, else the given `globals`, else the caller's namespace (a snapshot of a
//! function's variables, as CPython's `locals()`).
//!
//! `eval` compiles its expression as an assignment to a hidden name (`RESULT`) in the locals
//! mapping, which a continuation takes out again; a code object compiled in `'eval'` mode is
//! recognised by that name among its names.

use super::call::Flow;
use super::{Fiber, Interp, NativeKind, Step, StepInput};
use crate::object::dict::Dict;
use crate::object::exception::{RResult, Raise, type_error};
use crate::object::frame::{FrameKind, Then};
use crate::object::function::CodeObj;
use crate::object::str::Str;
use crate::object::types::ExcKind;
use crate::object::value::{DictRef, Value};
use crate::syntax::ast::{Expr, ExprKind, Module, Stmt, StmtKind};
use std::rc::Rc;

/// Where `eval` leaves its value in the namespace it runs in (removed right after).
pub(super) const RESULT: &str = ".eval_result";

/// What `exec`/`eval` run: source text or a code object made by `compile`.
enum Source {
    Text(String),
    Code(Rc<CodeObj>),
}

/// The namespaces code runs in: globals, and the locals mapping for top-level names.
struct Namespaces {
    globals: DictRef,
    locals: DictRef,
}

fn source_and_namespaces(
    interp: &Interp,
    fiber: &Fiber,
    name: &str,
    args: &[Value],
) -> RResult<(Source, Namespaces)> {
    if args.is_empty() || args.len() > 3 {
        return type_error(format!(
            "{name} expected at most 3 arguments, got {}",
            args.len()
        ));
    }
    let source = match &args[0] {
        Value::Str(s) => Source::Text(s.as_str().to_string()),
        Value::Bytes(b) => Source::Text(String::from_utf8_lossy(b).into_owned()),
        Value::Code(c) => Source::Code(c.clone()),
        other => {
            return type_error(format!(
                "{name}() arg 1 must be a string, bytes or code object, not {}",
                other.type_name()
            ));
        }
    };
    let locals = match args.get(2) {
        None | Some(Value::None) => None,
        Some(Value::Dict(d)) => Some(d.clone()),
        Some(_) => return type_error("locals must be a mapping"),
    };
    let ns = match args.get(1) {
        None | Some(Value::None) => {
            let globals = fiber
                .frames
                .last()
                .map(|f| f.globals.clone())
                .expect("a running frame");
            let locals = match locals {
                Some(l) => l,
                None => match caller_namespace(fiber) {
                    Value::Dict(d) => d,
                    _ => unreachable!("a namespace is a dict"),
                },
            };
            Namespaces { globals, locals }
        }
        Some(Value::Dict(d)) => {
            if d.borrow().get_str(&Str::new("__builtins__")).is_none() {
                d.borrow_mut()
                    .set_str("__builtins__", Value::Dict(interp.builtins.clone()));
            }
            Namespaces {
                globals: d.clone(),
                locals: locals.unwrap_or_else(|| d.clone()),
            }
        }
        Some(other) => {
            let msg = if name == "exec" {
                format!("exec() globals must be a dict, not {}", other.type_name())
            } else {
                "globals must be a real dict; try eval(expr, {}, mapping)".to_string()
            };
            return type_error(msg);
        }
    };
    Ok((source, ns))
}

/// `locals()` of the top frame: the module or class namespace (or an `exec` frame's locals
/// mapping), or a snapshot of a function's bound local variables (cells included).
pub fn caller_namespace(fiber: &Fiber) -> Value {
    use crate::bytecode::CodeKind;
    let Some(frame) = fiber.frames.last() else {
        return Value::dict(Dict::new());
    };
    if let Some(ns) = frame.kind.namespace() {
        return Value::Dict(ns.clone());
    }
    let code = &frame.code.code;
    if code.kind == CodeKind::Module {
        return Value::Dict(frame.globals.clone());
    }
    let mut d = Dict::new();
    let base = frame.base as usize;
    for (i, name) in code.varnames.iter().enumerate() {
        if let Some(v) = fiber.stack.get(base + i)
            && !matches!(v, Value::Unbound | Value::Cell(_))
        {
            d.set_str(name, v.clone());
        }
    }
    let cell_names = code.cellvars.iter().chain(code.freevars.iter());
    for (name, cell) in cell_names.zip(frame.cells.iter()) {
        let v = cell.borrow().clone();
        if !matches!(v, Value::Unbound) {
            d.set_str(name, v);
        }
    }
    Value::dict(d)
}

/// Compiles a module and pushes its frame.
fn run_module(
    interp: &mut Interp,
    fiber: &mut Fiber,
    module: &Module,
    source: &str,
    ns: Namespaces,
    then: Option<Box<Then>>,
) -> RResult<Flow> {
    let code = crate::compiler::compile_exec(module, "<string>", source, false)
        .map_err(|e| Raise::new(ExcKind::SyntaxError, e.message))?;
    let code = interp.load_code(&code);
    run_code(interp, fiber, code, ns, then)
}

/// Pushes a frame running top-level `code` in the namespaces `ns`.
fn run_code(
    interp: &mut Interp,
    fiber: &mut Fiber,
    code: Rc<CodeObj>,
    ns: Namespaces,
    then: Option<Box<Then>>,
) -> RResult<Flow> {
    let base = fiber.stack.len();
    let n = code.code.nlocals();
    let mut frame = interp.new_frame(code, ns.globals, FrameKind::Exec(ns.locals), base, base);
    if let Some(t) = then {
        frame.extra().then = Some(t);
    }
    if fiber.frames.len() >= interp.recursion_limit {
        return Err(Raise::new(
            ExcKind::RecursionError,
            "maximum recursion depth exceeded",
        ));
    }
    fiber.stack.resize(base + n, Value::Unbound);
    fiber.frames.push(frame);
    Ok(Flow::Continue)
}

pub(super) fn parse(source: &str) -> RResult<Module> {
    parse_file(source, "<string>")
}

pub(super) fn parse_file(source: &str, filename: &str) -> RResult<Module> {
    crate::syntax::parser::parse_module(source).map_err(|errors| {
        let e = &errors[0];
        Raise::new(
            ExcKind::SyntaxError,
            format!("{} ({filename}, line {})", e.message, e.line),
        )
    })
}

/// `eval`'s module: `RESULT = <the one expression statement>`.
pub(super) fn eval_module(module: Module, filename: &str) -> RResult<Module> {
    let expr = match module.body.as_slice() {
        [
            Stmt {
                kind: StmtKind::Expr(e),
                ..
            },
        ] => e.clone(),
        _ => {
            return Err(Raise::new(
                ExcKind::SyntaxError,
                format!("invalid syntax ({filename}, line 1)"),
            ));
        }
    };
    let span = expr.span;
    Ok(Module {
        body: vec![Stmt {
            span,
            kind: StmtKind::Assign {
                targets: vec![Expr {
                    span,
                    kind: ExprKind::Name(RESULT.into()),
                }],
                value: expr,
            },
        }],
    })
}

/// The continuation that takes an `eval` result out of `globals` and returns it (or `None`,
/// for `exec` of an `'eval'`-mode code object, when `keep` is false).
fn take_result(interp: &Interp, ns: &Namespaces, keep: bool) -> Box<Then> {
    Box::new(Then {
        native: interp.protocol.eval_result,
        state: Value::tuple(vec![Value::Dict(ns.locals.clone()), Value::Bool(keep)]),
        outer: None,
    })
}

fn is_eval_code(code: &CodeObj) -> bool {
    code.code.names.iter().any(|n| &**n == RESULT)
}

fn exec_native(
    interp: &mut Interp,
    fiber: &mut Fiber,
    args: Vec<Value>,
    kw: Vec<(Rc<str>, Value)>,
) -> RResult<Flow> {
    if !kw.is_empty() {
        return type_error("exec() takes no keyword arguments");
    }
    let (source, ns) = source_and_namespaces(interp, fiber, "exec", &args)?;
    match source {
        Source::Text(source) => {
            let module = parse(&source)?;
            run_module(interp, fiber, &module, &source, ns, None)
        }
        Source::Code(code) => {
            // An 'eval'-mode code object: its value is computed and dropped.
            let then = is_eval_code(&code).then(|| take_result(interp, &ns, false));
            run_code(interp, fiber, code, ns, then)
        }
    }
}

fn eval_native(
    interp: &mut Interp,
    fiber: &mut Fiber,
    args: Vec<Value>,
    kw: Vec<(Rc<str>, Value)>,
) -> RResult<Flow> {
    if !kw.is_empty() {
        return type_error("eval() takes no keyword arguments");
    }
    let (source, ns) = source_and_namespaces(interp, fiber, "eval", &args)?;
    let then = take_result(interp, &ns, true);
    match source {
        Source::Text(source) => {
            let source = source.trim();
            let module = eval_module(parse(source)?, "<string>")?;
            run_module(interp, fiber, &module, source, ns, Some(then))
        }
        Source::Code(code) => run_code(interp, fiber, code, ns, Some(then)),
    }
}

/// Continuation of `eval`: takes the value out of the namespace.
fn eval_result_step(_: &mut Interp, input: StepInput) -> RResult<Step> {
    match input {
        StepInput::Resume {
            state: Value::Tuple(t),
            ..
        } => {
            let (Value::Dict(d), Value::Bool(keep)) = (&t[0], &t[1]) else {
                unreachable!("made by take_result")
            };
            let key = crate::object::ops::make_key(Value::str(RESULT))?;
            let v = d.borrow_mut().remove(&key).unwrap_or(Value::None);
            Ok(Step::Return(if *keep { v } else { Value::None }))
        }
        StepInput::Throw { exc, .. } => Err(Raise::value(exc)),
        _ => unreachable!("only used as a continuation"),
    }
}

impl Interp {
    /// Registers `exec`, `eval` and `compile`; returns their ids.
    pub(super) fn register_eval(&mut self) -> [u32; 3] {
        self.protocol.eval_result =
            self.register_native("eval", NativeKind::Stepped(eval_result_step));
        [
            self.register_native("exec", NativeKind::Frame(exec_native)),
            self.register_native("eval", NativeKind::Frame(eval_native)),
            self.register_native("compile", NativeKind::Pure(super::compile::compile_native)),
        ]
    }
}
