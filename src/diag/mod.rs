//! Rendering only: syntax errors as ariadne reports and runtime exceptions as CPython-style
//! tracebacks. Lower layers hand over plain data (spans, exception objects).

mod anchors;
pub mod report;
pub mod traceback;

pub use report::render_syntax_errors;
pub use traceback::format_exception;
