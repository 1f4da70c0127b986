//! A readable listing of code objects (`baton --dis`), one function after another.

use super::code::{Code, Const};
use std::fmt::Write;

/// Disassembles `code` and every code object nested in its constants.
pub fn disassemble(code: &Code, src: &str) -> String {
    let mut out = String::new();
    let mut queue = vec![code];
    while let Some(code) = queue.pop() {
        let _ = writeln!(out, "Disassembly of {} ({}):", code.qualname, code.filename);
        let mut last_line = 0;
        for (pc, op) in code.ops.iter().enumerate() {
            let line = crate::syntax::error::line_col(src, code.spans[pc].start as usize).0;
            let line_col = if line != last_line {
                last_line = line;
                format!("{line:>4}")
            } else {
                "    ".to_string()
            };
            let _ = writeln!(out, "{line_col} {pc:>6} {}", describe(code, op));
        }
        out.push('\n');
        for c in code.consts.iter().rev() {
            if let Const::Code(inner) = c {
                queue.push(inner);
            }
        }
    }
    out
}

fn describe(code: &Code, op: &super::Op) -> String {
    use super::Op::*;
    let name = |i: &u32| {
        code.names
            .get(*i as usize)
            .map(|s| s.to_string())
            .unwrap_or_default()
    };
    let local = |i: &u32| {
        code.varnames
            .get(*i as usize)
            .map(|s| s.to_string())
            .unwrap_or_default()
    };
    let cell = |i: &u32| {
        let i = *i as usize;
        code.cellvars
            .get(i)
            .or_else(|| code.freevars.get(i - code.cellvars.len().min(i)))
            .map(|s| s.to_string())
            .unwrap_or_default()
    };
    match op {
        LoadConst(i) => format!("LoadConst {i} ({})", const_repr(&code.consts[*i as usize])),
        LoadFast(i) | StoreFast(i) | DeleteFast(i) => format!("{op:?} ({})", local(i)),
        LoadDeref(i) | StoreDeref(i) | LoadClosure(i) => format!("{op:?} ({})", cell(i)),
        LoadGlobal(i) | StoreGlobal(i) | DeleteGlobal(i) | LoadAttr(i) | StoreAttr(i)
        | LoadMethod(i) | ImportName(i) | ImportFrom(i) => format!("{op:?} ({})", name(i)),
        other => format!("{other:?}"),
    }
}

fn const_repr(c: &Const) -> String {
    match c {
        Const::None => "None".into(),
        Const::Bool(b) => if *b { "True" } else { "False" }.into(),
        Const::Int(i) => format!("{i:?}"),
        Const::Float(f) => format!("{f}"),
        Const::Str(s) => format!("{s:?}"),
        Const::Bytes(b) => format!("{b:?}"),
        Const::Ellipsis => "Ellipsis".into(),
        Const::Tuple(t) => format!(
            "({})",
            t.iter().map(const_repr).collect::<Vec<_>>().join(", ")
        ),
        Const::FrozenSet(t) => format!(
            "frozenset({{{}}})",
            t.iter().map(const_repr).collect::<Vec<_>>().join(", ")
        ),
        Const::Code(c) => format!("<code {}>", c.qualname),
    }
}
