//! The `baton` command, with Python's conventions: `baton FILE [ARGS]`, `-c CODE`,
//! `-m MODULE`, `-` (stdin), `-i` (REPL after the program), `--check`, `--dis`, `--version`,
//! `--help`; the REPL when run with no program on a terminal. Exit codes as CPython's: 0, 1
//! for an uncaught exception, `sys.exit(n)`, 2 for bad usage, 130 for KeyboardInterrupt.

mod repl;
mod signals;

use crate::diag::render_syntax_errors;
use crate::runtime::{RunError, Runtime};
use clap::Parser;
use std::io::IsTerminal;
use std::path::{Path, PathBuf};

#[derive(Parser, Debug)]
#[command(
    name = "baton",
    version,
    about = "A coroutine-first, Python-flavoured scripting language",
    after_help = "With no FILE, -c or -m: the interactive REPL on a terminal (top-level await \
                  works there), else the program is read from standard input.\n\
                  Environment: NO_COLOR turns colour off; BATON_HISTORY names the REPL \
                  history file."
)]
struct Args {
    /// Program passed in as a string (the remaining arguments are sys.argv[1:]).
    #[arg(short = 'c', value_name = "CODE", conflicts_with = "module")]
    command: Option<String>,
    /// Run a module found in the current folder as the main program.
    #[arg(short = 'm', value_name = "MODULE")]
    module: Option<String>,
    /// Run the program, then open the REPL with its globals.
    #[arg(short = 'i')]
    interactive: bool,
    /// Parse and compile only: report every syntax error, exit 1 if there is any.
    #[arg(long, conflicts_with_all = ["dis", "interactive"])]
    check: bool,
    /// Print the bytecode of the program (every function, with line numbers) instead of
    /// running it.
    #[arg(long, conflicts_with = "interactive")]
    dis: bool,
    /// Run asyncio timers on a virtual clock that jumps to the next deadline.
    #[arg(long)]
    virtual_time: bool,
    /// Implementation-specific options; `-X dev` turns on asyncio's debug mode.
    #[arg(short = 'X', value_name = "OPTION")]
    xoptions: Vec<String>,
    /// The script to run ('-' for standard input), followed by its arguments (sys.argv[1:]).
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

/// What to run.
enum Program {
    Source {
        source: String,
        filename: String,
        argv: Vec<String>,
        dir: Option<PathBuf>,
    },
    Repl,
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
    let program = match select(&args) {
        Ok(p) => p,
        Err(code) => return code,
    };
    let Program::Source {
        source,
        filename,
        argv,
        dir,
    } = program
    else {
        return if args.interactive {
            repl::run(|_| None)
        } else {
            repl::run_default()
        };
    };
    if args.check || args.dis {
        return check_or_dis(&source, &filename, args.dis);
    }
    let (virtual_time, dev) = (args.virtual_time, args.xoptions.iter().any(|x| x == "dev"));
    let prepare = move |rt: &mut Runtime| {
        rt.argv = argv;
        rt.script_dir = dir;
        rt.format_traceback = crate::diag::format_exception;
        rt.set_virtual_time(virtual_time);
        rt.set_dev_mode(dev);
    };
    if args.interactive {
        return repl::run(|rt| {
            prepare(rt);
            match rt.run_main(&source, &filename) {
                Ok(()) => None,
                Err(RunError::Exit(code)) => Some(code),
                Err(e) => {
                    report(rt, e, &filename, &source);
                    None
                }
            }
        });
    }
    let stdout: Box<dyn std::io::Write> = Box::new(std::io::BufWriter::with_capacity(
        1 << 16,
        std::io::stdout(),
    ));
    let mut rt = Runtime::new(stdout);
    prepare(&mut rt);
    let sig = signals::install(rt.interp.interrupt_handle(), true);
    sig.start();
    run_source(&mut rt, &source, &filename)
}

/// Finds the program the arguments name; `Err(code)` after reporting a problem.
fn select(args: &Args) -> Result<Program, i32> {
    let cwd = std::env::current_dir().ok();
    if let Some(code) = &args.command {
        return Ok(Program::Source {
            source: code.clone(),
            filename: "<string>".into(),
            argv: std::iter::once("-c".to_string())
                .chain(args.rest.iter().cloned())
                .collect(),
            dir: cwd,
        });
    }
    if let Some(module) = &args.module {
        let base = cwd.clone().unwrap_or_else(|| PathBuf::from("."));
        let rel = module.replace('.', "/");
        let found = [
            base.join(format!("{rel}.py")),
            base.join(&rel).join("__main__.py"),
        ]
        .into_iter()
        .find(|p| p.is_file());
        let Some(path) = found else {
            eprintln!("baton: No module named {module}");
            return Err(1);
        };
        let source = read_script(&path.display().to_string())?;
        let filename = path.display().to_string();
        return Ok(Program::Source {
            source,
            argv: std::iter::once(filename.clone())
                .chain(args.rest.iter().cloned())
                .collect(),
            filename,
            dir: cwd,
        });
    }
    let Some(script) = args.rest.first() else {
        if args.check || args.dis {
            // `--check`/`--dis` with no file read the program from stdin.
            return stdin_program(&["-".to_string()]);
        }
        return Ok(Program::Repl);
    };
    if script == "-" {
        return stdin_program(&args.rest);
    }
    let source = read_script(script)?;
    let dir = Path::new(script).parent().map(|p| {
        if p.as_os_str().is_empty() {
            Path::new(".").to_path_buf()
        } else {
            p.to_path_buf()
        }
    });
    // CPython (3.9+) reports the main script by its absolute path in tracebacks and __file__.
    let filename =
        std::path::absolute(script).map_or_else(|_| script.clone(), |p| p.display().to_string());
    Ok(Program::Source {
        source,
        filename,
        argv: args.rest.clone(),
        dir,
    })
}

fn stdin_program(argv: &[String]) -> Result<Program, i32> {
    let mut source = String::new();
    if std::io::Read::read_to_string(&mut std::io::stdin(), &mut source).is_err() {
        eprintln!("baton: cannot read standard input");
        return Err(1);
    }
    Ok(Program::Source {
        source,
        filename: "<stdin>".into(),
        argv: argv.to_vec(),
        dir: std::env::current_dir().ok(),
    })
}

/// The text of a script file; `Err(code)` after reporting why it cannot be read.
fn read_script(script: &str) -> Result<String, i32> {
    match std::fs::read(script) {
        Ok(bytes) => match String::from_utf8(bytes) {
            Ok(s) => Ok(s),
            Err(e) => {
                eprintln!(
                    "SyntaxError: (unicode error) 'utf-8' codec can't decode byte 0x{:02x} in position {}: invalid start byte",
                    e.as_bytes()[e.utf8_error().valid_up_to()],
                    e.utf8_error().valid_up_to()
                );
                Err(1)
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
            Err(2)
        }
    }
}

/// `baton` with stdin not a terminal: stdin is the program, as for `python3 < file`.
fn run_stdin(rt: &mut Runtime, argv: &[String], dis: bool) -> i32 {
    let Ok(Program::Source {
        source, filename, ..
    }) = stdin_program(argv)
    else {
        return 1;
    };
    rt.argv = argv.to_vec();
    rt.script_dir = std::env::current_dir().ok();
    if dis {
        return check_or_dis(&source, &filename, true);
    }
    let sig = signals::install(rt.interp.interrupt_handle(), true);
    sig.start();
    run_source(rt, &source, &filename)
}

/// `--check` (compile only, every syntax error reported) and `--dis` (bytecode listing).
fn check_or_dis(source: &str, filename: &str, dis: bool) -> i32 {
    let rt = Runtime::new(Box::new(std::io::sink()));
    match rt.compile(source, filename) {
        Ok(code) => {
            if dis {
                print!("{}", crate::bytecode::disasm::disassemble(&code, source));
            }
            0
        }
        Err(errors) => {
            eprint!(
                "{}",
                render_syntax_errors(&errors, filename, source, stderr_color())
            );
            1
        }
    }
}

fn run_source(rt: &mut Runtime, source: &str, filename: &str) -> i32 {
    match rt.run_main(source, filename) {
        Ok(()) => {
            rt.shutdown();
            0
        }
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
            // CPython exits with 130 (128 + SIGINT) when KeyboardInterrupt ends the program.
            let interrupted = matches!(&exc, crate::object::value::Value::Exception(x)
                if x.kind() == Some(crate::object::types::ExcKind::KeyboardInterrupt));
            if interrupted { 130 } else { 1 }
        }
        RunError::Exit(code) => code,
    }
}
