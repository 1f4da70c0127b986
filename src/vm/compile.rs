//! `compile(source, filename, mode, flags=0, dont_inherit=False, optimize=-1)`: parses and
//! compiles source into a code object that `exec`/`eval` run (`eval.rs`). Modes: `'exec'` (a
//! module), `'eval'` (one expression, stored to `eval::RESULT`) and `'single'` (one
//! statement, echoing expression values as the REPL does).

use super::Interp;
use super::eval::{eval_module, parse_file};
use crate::object::exception::{RResult, Raise, type_error};
use crate::object::types::ExcKind;
use crate::object::value::Value;
use std::rc::Rc;

/// `compile(source, filename, mode, flags=0, dont_inherit=False, optimize=-1)`.
pub(super) fn compile_native(
    interp: &mut Interp,
    a: &[Value],
    kw: &[(Rc<str>, Value)],
) -> RResult<Value> {
    const NAMES: [&str; 6] = [
        "source",
        "filename",
        "mode",
        "flags",
        "dont_inherit",
        "optimize",
    ];
    if a.len() > NAMES.len() {
        return type_error(format!(
            "compile() takes at most 6 arguments ({} given)",
            a.len()
        ));
    }
    let mut args: [Option<Value>; 6] = Default::default();
    for (i, v) in a.iter().enumerate() {
        args[i] = Some(v.clone());
    }
    for (k, v) in kw {
        let Some(i) = NAMES.iter().position(|n| *n == &**k) else {
            return type_error(format!(
                "compile() got an unexpected keyword argument '{k}'"
            ));
        };
        if args[i].is_some() {
            return type_error(format!(
                "argument for compile() given by name ('{k}') and position ({})",
                i + 1
            ));
        }
        args[i] = Some(v.clone());
    }
    for (i, n) in NAMES.iter().enumerate().take(3) {
        if args[i].is_none() {
            return type_error(format!(
                "compile() missing required argument '{n}' (pos {})",
                i + 1
            ));
        }
    }
    let source = match args[0].as_ref() {
        Some(Value::Str(s)) => s.as_str().to_string(),
        Some(Value::Bytes(b)) => String::from_utf8_lossy(b).into_owned(),
        Some(Value::Code(c)) => return Ok(Value::Code(c.clone())),
        Some(_) => return type_error("compile() arg 1 must be a string, bytes or AST object"),
        None => unreachable!("checked above"),
    };
    let filename = match args[1].as_ref() {
        Some(Value::Str(s)) => s.as_str().to_string(),
        Some(Value::Bytes(b)) => String::from_utf8_lossy(b).into_owned(),
        Some(other) => {
            return type_error(format!(
                "compile() argument 'filename' must be str, bytes or os.PathLike, not {}",
                other.type_name()
            ));
        }
        None => unreachable!("checked above"),
    };
    let mode = match args[2].as_ref() {
        Some(Value::Str(s)) => s.as_str().to_string(),
        Some(other) => {
            return type_error(format!(
                "compile() argument 'mode' must be str, not {}",
                other.type_name()
            ));
        }
        None => unreachable!("checked above"),
    };
    let to_exc = |e: crate::compiler::CompileError| Raise::new(ExcKind::SyntaxError, e.message);
    let code = match mode.as_str() {
        "exec" => crate::compiler::compile_exec(
            &parse_file(&source, &filename)?,
            &filename,
            &source,
            false,
        )
        .map_err(to_exc)?,
        "eval" => {
            let source = source.trim();
            let module = eval_module(parse_file(source, &filename)?, &filename)?;
            crate::compiler::compile_exec(&module, &filename, source, false).map_err(to_exc)?
        }
        "single" => {
            let module = parse_file(&source, &filename)?;
            if module.body.len() > 1 {
                return Err(Raise::new(
                    ExcKind::SyntaxError,
                    format!(
                        "multiple statements found while compiling a single statement ({filename}, line 1)"
                    ),
                ));
            }
            crate::compiler::compile_exec(&module, &filename, &source, true).map_err(to_exc)?
        }
        _ => {
            return Err(Raise::new(
                ExcKind::ValueError,
                "compile() mode must be 'exec', 'eval' or 'single'",
            ));
        }
    };
    Ok(Value::Code(interp.load_code(&code)))
}
