//! `exec(source, globals=None)` and `eval(expression, globals=None)`: the source is compiled
//! on the spot and runs as a frame on the current fiber, with the caller's module namespace
//! or the given dict as its globals.

use super::call::Flow;
use super::{Fiber, Interp, NativeKind, Step, StepInput};
use crate::object::exception::{RResult, Raise, type_error};
use crate::object::frame::{FrameKind, Then};
use crate::object::str::Str;
use crate::object::types::ExcKind;
use crate::object::value::{DictRef, Value};
use crate::syntax::ast::{Expr, ExprKind, Module, Stmt, StmtKind};
use std::rc::Rc;

/// Where `eval` leaves its value in the namespace it runs in (removed right after).
const RESULT: &str = ".eval_result";

fn source_and_globals(
    interp: &Interp,
    fiber: &Fiber,
    name: &str,
    args: &[Value],
) -> RResult<(String, DictRef)> {
    if args.is_empty() || args.len() > 3 {
        return type_error(format!(
            "{name} expected at most 3 arguments, got {}",
            args.len()
        ));
    }
    let source = match &args[0] {
        Value::Str(s) => s.as_str().to_string(),
        other => {
            return type_error(format!(
                "{name}() arg 1 must be a string, bytes or code object, not {}",
                other.type_name()
            ));
        }
    };
    let globals = match args.get(1) {
        None | Some(Value::None) => fiber
            .frames
            .last()
            .map(|f| f.globals.clone())
            .expect("a running frame"),
        Some(Value::Dict(d)) => {
            if d.borrow().get_str(&Str::new("__builtins__")).is_none() {
                d.borrow_mut()
                    .set_str("__builtins__", Value::Dict(interp.builtins.clone()));
            }
            d.clone()
        }
        Some(other) => {
            return type_error(format!("globals must be a dict, not {}", other.type_name()));
        }
    };
    Ok((source, globals))
}

/// Compiles a module and pushes its frame with `globals`.
fn run_module(
    interp: &mut Interp,
    fiber: &mut Fiber,
    module: &Module,
    globals: DictRef,
    then: Option<Box<Then>>,
) -> RResult<Flow> {
    let code = crate::compiler::compile_module(module, "<string>")
        .map_err(|e| Raise::new(ExcKind::SyntaxError, e.message))?;
    let code = interp.load_code(&code);
    let base = fiber.stack.len();
    let n = code.code.nlocals();
    let mut frame = interp.new_frame(code, globals, FrameKind::Call, base, base);
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

fn parse(source: &str) -> RResult<Module> {
    crate::syntax::parser::parse_module(source).map_err(|errors| {
        let e = &errors[0];
        Raise::new(
            ExcKind::SyntaxError,
            format!("{} (<string>, line {})", e.message, e.line),
        )
    })
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
    let (source, globals) = source_and_globals(interp, fiber, "exec", &args)?;
    let module = parse(&source)?;
    run_module(interp, fiber, &module, globals, None)
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
    let (source, globals) = source_and_globals(interp, fiber, "eval", &args)?;
    let module = parse(source.trim())?;
    // One expression, assigned to a hidden name the continuation reads back.
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
                "invalid syntax (<string>, line 1)",
            ));
        }
    };
    let span = expr.span;
    let assign = Stmt {
        span,
        kind: StmtKind::Assign {
            targets: vec![Expr {
                span,
                kind: ExprKind::Name(RESULT.into()),
            }],
            value: expr,
        },
    };
    let then = Box::new(Then {
        native: interp.protocol.eval_result,
        state: Value::Dict(globals.clone()),
        outer: None,
    });
    run_module(
        interp,
        fiber,
        &Module { body: vec![assign] },
        globals,
        Some(then),
    )
}

/// Continuation of `eval`: takes the value out of the namespace.
fn eval_result_step(_: &mut Interp, input: StepInput) -> RResult<Step> {
    match input {
        StepInput::Resume {
            state: Value::Dict(d),
            ..
        } => {
            let key = crate::object::ops::make_key(Value::str(RESULT))?;
            Ok(Step::Return(
                d.borrow_mut().remove(&key).unwrap_or(Value::None),
            ))
        }
        StepInput::Throw { exc, .. } => Err(Raise::value(exc)),
        _ => unreachable!("only used as a continuation"),
    }
}

impl Interp {
    /// Registers `exec` and `eval`; returns their ids.
    pub(super) fn register_eval(&mut self) -> [u32; 2] {
        self.protocol.eval_result =
            self.register_native("eval", NativeKind::Stepped(eval_result_step));
        [
            self.register_native("exec", NativeKind::Frame(exec_native)),
            self.register_native("eval", NativeKind::Frame(eval_native)),
        ]
    }
}
