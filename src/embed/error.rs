//! The structured error a failed run returns.

use crate::diag::traceback::{Sources, exception_line, format_exception};
use crate::object::types::ExcKind;
use crate::object::value::Value;
use crate::runtime::{RunError, Runtime};
use crate::syntax::SyntaxError;
use crate::syntax::error::line_col;
use crate::vm::limits::LimitKind;
use ariadne::{Color, Config, IndexType, Label, Report, ReportKind, Source};

/// What kind of failure an [`Error`] is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ErrorKind {
    /// The source did not parse or compile.
    Syntax,
    /// An exception escaped the script.
    Exception,
    /// The script called `sys.exit(code)`.
    Exit(i32),
    /// A host limit stopped the script. The VM stays usable: the next run starts with a fresh
    /// budget (see [`VmBuilder`](super::VmBuilder)).
    Limit(LimitKind),
    /// A value could not be converted between Rust and the script (`Vm::get`, a call's
    /// result).
    Conversion,
    /// The host asked for something the VM cannot do (e.g. a memory limit without the
    /// counting allocator, a missing global).
    Host,
}

/// One traceback entry, outermost call first.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Frame {
    pub file: String,
    /// The function's name (`<module>` for top-level code).
    pub function: String,
    /// 1-based line and column (in characters) of the failing expression.
    pub line: usize,
    pub column: usize,
}

/// A failed run: the exception's type and message, the traceback frames, and two renderings
/// (CPython's traceback text and an ariadne report pointing into the source).
#[derive(Debug, Clone)]
pub struct Error(Box<Details>);

#[derive(Debug, Clone)]
struct Details {
    kind: ErrorKind,
    type_name: String,
    message: String,
    frames: Vec<Frame>,
    traceback: String,
    report: String,
}

impl Error {
    /// What kind of failure this is.
    pub fn kind(&self) -> ErrorKind {
        self.0.kind
    }
    /// The exception's type (`"ZeroDivisionError"`, `"SyntaxError"`, ...).
    pub fn type_name(&self) -> &str {
        &self.0.type_name
    }
    /// The exception's message (`str(exc)`).
    pub fn message(&self) -> &str {
        &self.0.message
    }
    /// The traceback, outermost call first (empty for syntax errors).
    pub fn frames(&self) -> &[Frame] {
        &self.0.frames
    }
    /// The text CPython would print for this error (`Traceback (most recent call last): ...`).
    pub fn traceback(&self) -> &str {
        &self.0.traceback
    }
    /// An ariadne report (no colour) pointing at the failing source span.
    pub fn report(&self) -> &str {
        &self.0.report
    }
    /// Whether a host limit stopped the script.
    pub fn is_limit(&self) -> bool {
        matches!(self.0.kind, ErrorKind::Limit(_))
    }

    pub(super) fn set_kind(&mut self, kind: ErrorKind) {
        self.0.kind = kind;
    }

    pub(super) fn host(type_name: &str, message: impl Into<String>) -> Error {
        let message = message.into();
        let line = format!("{type_name}: {message}\n");
        Error(Box::new(Details {
            kind: ErrorKind::Host,
            type_name: type_name.to_string(),
            message,
            frames: Vec::new(),
            traceback: line.clone(),
            report: line,
        }))
    }

    pub(super) fn conversion(what: &str, e: &super::ConvertError) -> Error {
        let mut err = Error::host("TypeError", format!("{what}: {e}"));
        err.0.kind = ErrorKind::Conversion;
        err
    }

    pub(super) fn from_run(rt: &mut Runtime, e: RunError, source: Option<(&str, &str)>) -> Error {
        match e {
            RunError::Syntax(errors) => syntax(&errors, source.unwrap_or(("<script>", ""))),
            RunError::Exit(code) => Error(Box::new(Details {
                kind: ErrorKind::Exit(code),
                type_name: "SystemExit".into(),
                message: code.to_string(),
                frames: Vec::new(),
                traceback: String::new(),
                report: String::new(),
            })),
            RunError::Exception(exc) => {
                rt.prepare_exception_display(&exc);
                let mut err = exception(&exc, &rt.sources);
                if let Some(kind) = rt.interp.limits.tripped {
                    err.0.kind = ErrorKind::Limit(kind);
                }
                err
            }
        }
    }
}

impl std::fmt::Display for Error {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self.0.kind {
            ErrorKind::Syntax => f.write_str(self.0.report.trim_end()),
            ErrorKind::Exit(code) => write!(f, "SystemExit: {code}"),
            _ => f.write_str(self.0.traceback.trim_end()),
        }
    }
}

impl std::error::Error for Error {}

fn syntax(errors: &[SyntaxError], (file, source): (&str, &str)) -> Error {
    let first = &errors[0];
    Error(Box::new(Details {
        kind: ErrorKind::Syntax,
        type_name: first.kind.to_string(),
        message: first.message.clone(),
        frames: vec![Frame {
            file: file.to_string(),
            function: "<module>".into(),
            line: first.line,
            column: first.column,
        }],
        traceback: format!(
            "  File \"{file}\", line {}\n{}: {}\n",
            first.line, first.kind, first.message
        ),
        report: crate::diag::render_syntax_errors(errors, file, source, false),
    }))
}

/// A traceback entry and, when its source is known, that source and the failing byte span.
type Located = (Frame, Option<(String, usize, usize)>);

/// Where each traceback entry points: file, function, line, column and the byte span.
fn entries(exc: &Value, sources: &Sources) -> Vec<Located> {
    let Value::Exception(e) = exc else {
        return Vec::new();
    };
    let tb = e.traceback.borrow();
    tb.iter()
        .rev()
        .filter(|t| &*t.code.code.filename != crate::bytecode::PRELUDE_FILE)
        .map(|t| {
            let code = &t.code.code;
            let span = code.spans.get(t.pc as usize).copied().unwrap_or_default();
            let src = code
                .source
                .clone()
                .or_else(|| sources.get(&code.filename).cloned());
            let (line, column) = match &src {
                Some(s) => {
                    let (l, c, _) = line_col(s, span.start as usize);
                    (l, c)
                }
                None => (0, 0),
            };
            let frame = Frame {
                file: code.filename.to_string(),
                function: code.name.to_string(),
                line,
                column,
            };
            let located = src.map(|s| (s.to_string(), span.start as usize, span.end as usize));
            (frame, located)
        })
        .collect()
}

fn exception(exc: &Value, sources: &Sources) -> Error {
    let (type_name, message, line) = match exc {
        Value::Exception(e) => {
            let line = exception_line(e);
            let name = e.class.name.to_string();
            let qualified = if matches!(&*e.class.module, "builtins" | "__main__") {
                name.clone()
            } else {
                format!("{}.{}", e.class.module, name)
            };
            let message = line
                .strip_prefix(&qualified)
                .and_then(|m| m.strip_prefix(": "))
                .unwrap_or("")
                .to_string();
            (name, message, line)
        }
        other => {
            let r = crate::object::repr::repr(other);
            (other.type_name(), r.clone(), r)
        }
    };
    let entries = entries(exc, sources);
    let report = match entries.last() {
        Some((frame, Some((src, start, end)))) => {
            render_report(&line, frame, &entries, src, *start, *end)
        }
        _ => format!("{line}\n"),
    };
    Error(Box::new(Details {
        kind: ErrorKind::Exception,
        type_name,
        message,
        frames: entries.into_iter().map(|(f, _)| f).collect(),
        traceback: format_exception(exc, sources),
        report,
    }))
}

fn render_report(
    line: &str,
    at: &Frame,
    entries: &[Located],
    src: &str,
    start: usize,
    end: usize,
) -> String {
    let start = start.min(src.len());
    let mut end = end.clamp(start, src.len());
    if end == start {
        end = (start + 1).min(src.len());
    }
    while end < src.len() && !src.is_char_boundary(end) {
        end += 1;
    }
    let id = at.file.clone();
    let mut report = Report::build(ReportKind::Error, (id.clone(), start..end))
        .with_config(
            Config::default()
                .with_index_type(IndexType::Byte)
                .with_color(false),
        )
        .with_message(line)
        .with_label(
            Label::new((id.clone(), start..end))
                .with_message(format!("raised in {}", at.function))
                .with_color(Color::Red),
        );
    for (f, _) in entries.iter().rev().skip(1) {
        report = report.with_note(format!(
            "called from {}, line {}, in {}",
            f.file, f.line, f.function
        ));
    }
    let mut out = Vec::new();
    let _ = report.finish().write((id, Source::from(src)), &mut out);
    String::from_utf8_lossy(&out).into_owned()
}

/// The exception class for a Python exception name (`RuntimeError` when unknown).
pub(super) fn exc_kind(name: &str) -> ExcKind {
    ExcKind::ALL
        .iter()
        .copied()
        .find(|k| k.name() == name)
        .unwrap_or(ExcKind::RuntimeError)
}
