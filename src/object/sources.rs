//! The source text of every loaded file, by file name, for the few reprs that show a line
//! number (`<Task pending ... coro=<main() running at f.py:3>>`). The runtime registers
//! each file it compiles.

use crate::bytecode::Code;
use std::cell::RefCell;
use std::rc::Rc;

thread_local! {
    static SOURCES: RefCell<Vec<(Rc<str>, Rc<str>)>> = const { RefCell::new(Vec::new()) };
}

/// Records (or replaces) the text of `file`.
pub fn register(file: &str, text: &Rc<str>) {
    let _ = SOURCES.try_with(|s| {
        let mut s = s.borrow_mut();
        match s.iter_mut().find(|(f, _)| &**f == file) {
            Some(e) => e.1 = text.clone(),
            None => s.push((Rc::from(file), text.clone())),
        }
    });
}

/// The line number of instruction `pc` of `code` (0 when its source is unknown).
pub fn line_of(code: &Code, pc: u32) -> usize {
    let start = code.spans.get(pc as usize).map_or(0, |s| s.start as usize);
    line_at(code, start)
}

/// `co_firstlineno`: the line of the definition.
pub fn first_line(code: &Code) -> usize {
    if code.firstline > 0 {
        return code.firstline as usize;
    }
    line_at(code, code.def_span.start as usize)
}

fn line_at(code: &Code, start: usize) -> usize {
    if let Some(src) = &code.source {
        return crate::syntax::error::line_col(src, start).0;
    }
    SOURCES
        .try_with(|s| {
            s.borrow()
                .iter()
                .find(|(f, _)| *f == code.filename)
                .map_or(0, |(_, t)| crate::syntax::error::line_col(t, start).0)
        })
        .unwrap_or(0)
}
