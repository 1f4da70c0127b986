//! The `baton` command: `baton FILE [ARGS...]`, `baton -c CODE`, `baton --version`, and the
//! REPL when run with no script.

mod repl;

use crate::diag::render_syntax_errors;
use crate::runtime::{RunError, Runtime};
use clap::Parser;
use std::io::IsTerminal;
use std::path::Path;

#[derive(Parser, Debug)]
#[command(
    name = "baton",
    version,
    about = "A coroutine-first, Python-flavoured scripting language"
)]
struct Args {
    /// Program passed in as a string.
    #[arg(short = 'c', value_name = "CODE")]
    command: Option<String>,
    /// Print the bytecode of the program instead of running it.
    #[arg(long)]
    dis: bool,
    /// Run asyncio timers on a virtual clock that jumps to the next deadline.
    #[arg(long)]
    virtual_time: bool,
    /// Implementation-specific options; `-X dev` turns on asyncio's debug mode.
    #[arg(short = 'X', value_name = "OPTION")]
    xoptions: Vec<String>,
    /// The script to run, followed by its arguments (sys.argv[1:]).
    #[arg(
        trailing_var_arg = true,
        allow_hyphen_values = true,
        value_name = "FILE [ARGS]"
    )]
    rest: Vec<String>,
}

/// Whether diagnostics on stderr may use colour.
pub fn stderr_color() -> bool {
    std::env::var_os("NO_COLOR").is_none() && std::io::stderr().is_terminal()
}

pub fn main() -> i32 {
    let args = match Args::try_parse() {
        Ok(a) => a,
        Err(e) => {
            let code = if e.use_stderr() { 2 } else { 0 };
            let _ = e.print();
            return code;
        }
    };
    let stdout: Box<dyn std::io::Write> = Box::new(std::io::BufWriter::with_capacity(
        1 << 16,
        std::io::stdout(),
    ));
    let mut rt = Runtime::new(stdout);
    rt.format_traceback = crate::diag::format_exception;
    rt.set_virtual_time(args.virtual_time);
    rt.set_dev_mode(args.xoptions.iter().any(|x| x == "dev"));
    if let Some(code) = &args.command {
        rt.argv = std::iter::once("-c".to_string())
            .chain(args.rest.iter().cloned())
            .collect();
        rt.script_dir = std::env::current_dir().ok();
        return run_source(&mut rt, code, "<string>", args.dis);
    }
    let Some(script) = args.rest.first() else {
        return repl::run(rt);
    };
    if script == "-" {
        return run_stdin(rt, &args.rest, args.dis);
    }
    let source = match std::fs::read(script) {
        Ok(bytes) => match String::from_utf8(bytes) {
            Ok(s) => s,
            Err(e) => {
                eprintln!(
                    "SyntaxError: (unicode error) 'utf-8' codec can't decode byte 0x{:02x} in position {}: invalid start byte",
                    e.as_bytes()[e.utf8_error().valid_up_to()],
                    e.utf8_error().valid_up_to()
                );
                return 1;
            }
        },
        Err(e) => {
            let abs = std::path::absolute(script).unwrap_or_else(|_| script.into());
            let detail = match e.kind() {
                std::io::ErrorKind::NotFound => "[Errno 2] No such file or directory".to_string(),
                std::io::ErrorKind::PermissionDenied => "[Errno 13] Permission denied".to_string(),
                _ if Path::new(script).is_dir() => "[Errno 21] Is a directory".to_string(),
                _ => e.to_string(),
            };
            eprintln!("baton: can't open file '{}': {detail}", abs.display());
            return 2;
        }
    };
    rt.argv = args.rest.clone();
    rt.script_dir = Path::new(script).parent().map(|p| {
        if p.as_os_str().is_empty() {
            Path::new(".").to_path_buf()
        } else {
            p.to_path_buf()
        }
    });
    // CPython (3.9+) reports the main script by its absolute path in tracebacks and __file__.
    let filename =
        std::path::absolute(script).map_or_else(|_| script.clone(), |p| p.display().to_string());
    run_source(&mut rt, &source, &filename, args.dis)
}

/// `baton - [ARGS]`: the program is read from standard input.
fn run_stdin(mut rt: Runtime, argv: &[String], dis: bool) -> i32 {
    let mut source = String::new();
    if std::io::Read::read_to_string(&mut std::io::stdin(), &mut source).is_err() {
        eprintln!("baton: cannot read standard input");
        return 1;
    }
    rt.argv = argv.to_vec();
    rt.script_dir = std::env::current_dir().ok();
    run_source(&mut rt, &source, "<stdin>", dis)
}

fn run_source(rt: &mut Runtime, source: &str, filename: &str, dis: bool) -> i32 {
    if dis {
        return match rt.compile(source, filename) {
            Ok(code) => {
                print!("{}", crate::bytecode::disasm::disassemble(&code, source));
                0
            }
            Err(errors) => {
                eprint!(
                    "{}",
                    render_syntax_errors(&errors, filename, source, stderr_color())
                );
                1
            }
        };
    }
    match rt.run_main(source, filename) {
        Ok(()) => 0,
        Err(e) => report(rt, e, filename, source),
    }
}

/// Prints a failed run's error to stderr and returns the exit code.
pub fn report(rt: &mut Runtime, e: RunError, filename: &str, source: &str) -> i32 {
    rt.interp.flush_stdout();
    match e {
        RunError::Syntax(errors) => {
            eprint!(
                "{}",
                render_syntax_errors(&errors, filename, source, stderr_color())
            );
            1
        }
        RunError::Exception(exc) => {
            rt.prepare_exception_display(&exc);
            eprint!("{}", crate::diag::format_exception(&exc, &rt.sources));
            1
        }
        RunError::Exit(code) => code,
    }
}
