//! Integration tests for the `baton` command line: options, `sys.argv`, exit
//! codes, stdin scripts, error output, `--dis`, module search path and the
//! asyncio flagship example. CPython 3.11 is the reference for behaviour.

use std::fs;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::{Duration, Instant};

const BIN: &str = env!("CARGO_BIN_EXE_baton");

/// A fresh directory under the system temp dir, removed (with its contents)
/// on drop. The path is canonical so it compares equal to what the child sees
/// as its working directory.
struct TempDir {
    path: PathBuf,
}

impl TempDir {
    fn new(tag: &str) -> Self {
        static COUNTER: AtomicUsize = AtomicUsize::new(0);
        let n = COUNTER.fetch_add(1, Ordering::Relaxed);
        let base = std::env::temp_dir()
            .canonicalize()
            .expect("canonical temp dir");
        let path = base.join(format!("baton_cli_{}_{n}_{tag}", std::process::id()));
        let _ = fs::remove_dir_all(&path);
        fs::create_dir_all(&path).expect("create temp dir");
        TempDir { path }
    }

    fn write(&self, name: &str, contents: &str) -> PathBuf {
        let path = self.path.join(name);
        fs::write(&path, contents).expect("write temp file");
        path
    }
}

impl Drop for TempDir {
    fn drop(&mut self) {
        let _ = fs::remove_dir_all(&self.path);
    }
}

struct Run {
    code: Option<i32>,
    stdout: String,
    stderr: String,
}

impl Run {
    fn last_stderr_line(&self) -> &str {
        self.stderr
            .lines()
            .rev()
            .find(|l| !l.trim().is_empty())
            .unwrap_or("")
    }
}

fn finish(out: Output) -> Run {
    Run {
        code: out.status.code(),
        stdout: String::from_utf8_lossy(&out.stdout).into_owned(),
        stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
    }
}

fn command(args: &[&str]) -> Command {
    let mut cmd = Command::new(BIN);
    cmd.args(args).env("NO_COLOR", "1").stdin(Stdio::null());
    cmd
}

fn baton(args: &[&str]) -> Run {
    finish(command(args).output().expect("failed to run baton"))
}

fn baton_in(dir: &Path, args: &[&str]) -> Run {
    finish(
        command(args)
            .current_dir(dir)
            .output()
            .expect("failed to run baton"),
    )
}

fn baton_stdin(args: &[&str], input: &str) -> Run {
    let mut child = command(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("failed to spawn baton");
    child
        .stdin
        .take()
        .expect("piped stdin")
        .write_all(input.as_bytes())
        .expect("write stdin");
    finish(child.wait_with_output().expect("wait for baton"))
}

fn path_str(path: &Path) -> &str {
    path.to_str().expect("utf-8 path")
}

fn assert_ok(run: &Run) {
    assert_eq!(run.code, Some(0), "exit code; stderr:\n{}", run.stderr);
}

// ---------------------------------------------------------------------------
// Options
// ---------------------------------------------------------------------------

#[test]
fn version() {
    let run = baton(&["--version"]);
    assert_ok(&run);
    assert_eq!(run.stdout.trim_end(), "baton 0.1.0");
}

#[test]
fn help_mentions_dash_c() {
    let run = baton(&["--help"]);
    assert_ok(&run);
    assert!(
        run.stdout.lines().any(|l| l.trim_start().starts_with("-c")),
        "--help should document -c:\n{}",
        run.stdout
    );
    assert!(run.stdout.contains("--dis"), "{}", run.stdout);
}

#[test]
fn dash_c_runs_code() {
    let run = baton(&["-c", "print(1+1)"]);
    assert_ok(&run);
    assert_eq!(run.stdout, "2\n");
    assert_eq!(run.stderr, "");
}

#[test]
fn dash_c_extra_args_are_in_sys_argv() {
    let run = baton(&["-c", "import sys; print(sys.argv)", "a", "-b", "--c"]);
    assert_ok(&run);
    assert_eq!(run.stdout, "['-c', 'a', '-b', '--c']\n");
}

#[test]
fn dash_c_without_extra_args() {
    let run = baton(&["-c", "import sys; print(sys.argv)"]);
    assert_ok(&run);
    assert_eq!(run.stdout, "['-c']\n");
}

#[test]
fn dash_c_without_code_is_a_usage_error() {
    let run = baton(&["-c"]);
    assert_eq!(run.code, Some(2), "stderr:\n{}", run.stderr);
    assert_eq!(run.stdout, "");
    assert!(!run.stderr.is_empty());
}

// ---------------------------------------------------------------------------
// Scripts and sys.argv
// ---------------------------------------------------------------------------

#[test]
fn script_args_are_in_sys_argv() {
    let dir = TempDir::new("argv");
    let script = dir.write("argv.py", "import sys\nprint(sys.argv)\n");

    let run = baton(&[path_str(&script), "x", "-y", "--z"]);
    assert_ok(&run);
    assert_eq!(
        run.stdout,
        format!("['{}', 'x', '-y', '--z']\n", script.display())
    );

    // sys.argv[0] is the path exactly as given, not made absolute.
    let run = baton_in(&dir.path, &["argv.py", "1"]);
    assert_ok(&run);
    assert_eq!(run.stdout, "['argv.py', '1']\n");

    let run = baton_in(&dir.path, &["./argv.py"]);
    assert_ok(&run);
    assert_eq!(run.stdout, "['./argv.py']\n");
}

#[test]
fn missing_script_file() {
    let dir = TempDir::new("missing");
    let missing = dir.path.join("nosuch.py");
    let expected = format!(
        "baton: can't open file '{}': [Errno 2] No such file or directory",
        missing.display()
    );

    let run = baton(&[path_str(&missing)]);
    assert_eq!(run.code, Some(2), "stderr:\n{}", run.stderr);
    assert_eq!(run.stdout, "");
    assert_eq!(run.stderr.trim_end(), expected);

    // A relative path is reported as an absolute one, like CPython does.
    let run = baton_in(&dir.path, &["nosuch.py"]);
    assert_eq!(run.code, Some(2), "stderr:\n{}", run.stderr);
    assert_eq!(run.stderr.trim_end(), expected);
}

/// CPython 3.11 treats a directory argument as a package-style entry point and
/// fails with `can't find '__main__' module in '...'` and exit status 1; Baton
/// has no directory execution and refuses it as a file it cannot open.
#[test]
fn directory_as_script() {
    let dir = TempDir::new("dir");
    let run = baton(&[path_str(&dir.path)]);
    assert_eq!(run.code, Some(2), "stderr:\n{}", run.stderr);
    assert_eq!(run.stdout, "");
    let lines: Vec<&str> = run.stderr.lines().collect();
    assert_eq!(
        lines,
        [format!(
            "baton: can't open file '{}': [Errno 21] Is a directory",
            dir.path.display()
        )],
        "expected one clear line"
    );
}

#[test]
fn script_from_stdin() {
    let run = baton_stdin(&[], "print(5)\n");
    assert_ok(&run);
    assert_eq!(run.stdout, "5\n");
    assert_eq!(run.stderr, "");
}

#[test]
fn multi_line_script_from_stdin() {
    let run = baton_stdin(
        &[],
        "def f(n):\n    return n * 2\n\nfor i in range(3):\n    print(f(i))\n",
    );
    assert_ok(&run);
    assert_eq!(run.stdout, "0\n2\n4\n");
}

/// CPython sets `sys.argv == ['']` when the script comes from stdin.
#[test]
fn stdin_script_sys_argv() {
    let run = baton_stdin(&[], "import sys\nprint(sys.argv)\n");
    assert_ok(&run);
    assert_eq!(run.stdout, "['']\n");
}

/// `python3 - a b` reads the script from stdin with `sys.argv == ['-', 'a', 'b']`.
#[test]
fn dash_reads_script_from_stdin() {
    let run = baton_stdin(&["-", "a", "b"], "import sys\nprint(sys.argv)\n");
    assert_ok(&run);
    assert_eq!(run.stdout, "['-', 'a', 'b']\n");
}

// ---------------------------------------------------------------------------
// Exit status and error output
// ---------------------------------------------------------------------------

#[test]
fn sys_exit_with_code() {
    let run = baton(&["-c", "import sys; sys.exit(3)"]);
    assert_eq!(run.code, Some(3), "stderr:\n{}", run.stderr);
    assert_eq!(run.stdout, "");
    assert_eq!(run.stderr, "");
}

#[test]
fn sys_exit_from_script_file() {
    let dir = TempDir::new("exit");
    let script = dir.write(
        "exit.py",
        "import sys\nprint('a')\nsys.exit(7)\nprint('b')\n",
    );
    let run = baton(&[path_str(&script)]);
    assert_eq!(run.code, Some(7), "stderr:\n{}", run.stderr);
    assert_eq!(run.stdout, "a\n");
}

#[test]
fn sys_exit_with_message() {
    let run = baton(&["-c", "import sys; sys.exit('bye')"]);
    assert_eq!(run.code, Some(1), "stderr:\n{}", run.stderr);
    assert_eq!(run.stdout, "");
    assert_eq!(run.stderr, "bye\n");
}

#[test]
fn uncaught_exception() {
    let dir = TempDir::new("exc");
    let script = dir.write("boom.py", "def f():\n    return 1 / 0\n\nf()\n");
    let run = baton(&[path_str(&script)]);
    assert_eq!(run.code, Some(1), "stderr:\n{}", run.stderr);
    assert_eq!(run.stdout, "");
    assert!(
        run.stderr
            .starts_with("Traceback (most recent call last):\n"),
        "stderr:\n{}",
        run.stderr
    );
    assert!(
        run.stderr
            .contains(&format!("File \"{}\", line 4", script.display())),
        "stderr:\n{}",
        run.stderr
    );
    assert_eq!(
        run.last_stderr_line(),
        "ZeroDivisionError: division by zero"
    );

    let run = baton(&["-c", "x"]);
    assert_eq!(run.code, Some(1), "stderr:\n{}", run.stderr);
    assert_eq!(run.last_stderr_line(), "NameError: name 'x' is not defined");
}

#[test]
fn output_before_exception_is_flushed() {
    let run = baton(&["-c", "print('before'); 1/0"]);
    assert_eq!(run.code, Some(1), "stderr:\n{}", run.stderr);
    assert_eq!(run.stdout, "before\n");
    assert_eq!(
        run.last_stderr_line(),
        "ZeroDivisionError: division by zero"
    );

    // Enough output to overflow any internal buffer, then an error.
    let run = baton(&[
        "-c",
        "for i in range(20000):\n    print(i)\nraise ValueError('late')",
    ]);
    assert_eq!(run.code, Some(1), "stderr:\n{}", run.stderr);
    let lines: Vec<&str> = run.stdout.lines().collect();
    assert_eq!(lines.len(), 20000);
    assert_eq!(lines.last(), Some(&"19999"));
    assert_eq!(run.last_stderr_line(), "ValueError: late");
}

#[test]
fn output_before_sys_exit_is_flushed() {
    let run = baton(&["-c", "import sys\nprint('out')\nsys.exit(4)"]);
    assert_eq!(run.code, Some(4));
    assert_eq!(run.stdout, "out\n");
}

// ---------------------------------------------------------------------------
// --dis
// ---------------------------------------------------------------------------

#[test]
fn dis_lists_bytecode_without_running() {
    let dir = TempDir::new("dis");
    let script = dir.write("hello.py", "print('hello')\n");
    let run = baton(&["--dis", path_str(&script)]);
    assert_ok(&run);
    assert!(
        run.stdout.contains("LoadGlobal"),
        "no LoadGlobal in:\n{}",
        run.stdout
    );
    assert!(run.stdout.contains("print"), "{}", run.stdout);
    assert!(
        !run.stdout.lines().any(|l| l == "hello"),
        "--dis must not run the program:\n{}",
        run.stdout
    );
}

// ---------------------------------------------------------------------------
// Imports
// ---------------------------------------------------------------------------

#[test]
fn imports_module_beside_the_script() {
    let project = TempDir::new("project");
    let main = project.write(
        "main.py",
        "import helper\nimport helper\nprint(helper.f())\nprint(helper.__name__)\n",
    );
    project.write(
        "helper.py",
        "print('loading helper')\n\ndef f():\n    return 42\n",
    );
    // Run from another directory, which holds a decoy `helper` module: the
    // script's own folder is searched (and CPython does not search the cwd
    // when running a script).
    let elsewhere = TempDir::new("elsewhere");
    elsewhere.write("helper.py", "def f():\n    return 'decoy'\n");

    let run = baton_in(&elsewhere.path, &[path_str(&main)]);
    assert_ok(&run);
    assert_eq!(run.stdout, "loading helper\n42\nhelper\n");
}

#[test]
fn import_missing_module() {
    let run = baton(&["-c", "import nosuchmodule"]);
    assert_eq!(run.code, Some(1), "stderr:\n{}", run.stderr);
    assert_eq!(run.stdout, "");
    assert_eq!(
        run.last_stderr_line(),
        "ModuleNotFoundError: No module named 'nosuchmodule'"
    );
}

// ---------------------------------------------------------------------------
// asyncio flagship
// ---------------------------------------------------------------------------

#[test]
fn seed_example_runs_in_about_one_second() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("examples");
    let expected = fs::read_to_string(root.join("seed.out")).expect("examples/seed.out");
    assert!(expected.contains("Coroutine completed"));

    let start = Instant::now();
    let run = baton(&[path_str(&root.join("seed.py"))]);
    let elapsed = start.elapsed();

    assert_ok(&run);
    assert_eq!(run.stdout, expected);
    assert_eq!(run.stderr, "");
    assert!(
        elapsed >= Duration::from_millis(900) && elapsed <= Duration::from_millis(2000),
        "took {elapsed:?}, expected 0.9s..=2.0s"
    );
}

/// Tracebacks mark the operator of a failing binary operation and the brackets of a failing
/// subscript as CPython 3.11 does (`~~^~~`, `~^^^^^`).
#[test]
fn traceback_carets_anchor_operators_and_subscripts() {
    let run = baton(&["-c", "a = 1\nb = 0\nprint(a / b + 1)"]);
    assert!(
        run.stderr
            .contains("    print(a / b + 1)\n          ~~^~~\n"),
        "stderr: {}",
        run.stderr
    );
    let run = baton(&["-c", "d = {'a': {}}\nprint(d['a']['k'])"]);
    assert!(
        run.stderr
            .contains("    print(d['a']['k'])\n          ~~~~~~^^^^^\n"),
        "stderr: {}",
        run.stderr
    );
    let run = baton(&["-c", "(1 + 2) / 0"]);
    assert!(
        run.stderr.contains("    (1 + 2) / 0\n    ~~~~~~~~^~~\n"),
        "stderr: {}",
        run.stderr
    );
}

// ---------------------------------------------------------------------------
// -m, -i, --check, usage errors, KeyboardInterrupt (issue 5)
// ---------------------------------------------------------------------------

#[test]
fn help_documents_every_flag() {
    let run = baton(&["--help"]);
    assert_ok(&run);
    for flag in ["-c", "-m", "-i", "--check", "--dis", "--version", "--help"] {
        assert!(
            run.stdout.contains(flag),
            "--help lacks {flag}:\n{}",
            run.stdout
        );
    }
}

#[test]
fn unknown_option_is_a_usage_error() {
    let run = baton(&["--bogus"]);
    assert_eq!(run.code, Some(2));
    assert!(run.stderr.contains("--bogus"), "{}", run.stderr);
}

#[test]
fn dash_m_runs_a_module_of_the_current_folder() {
    let dir = TempDir::new("dash_m");
    let path = dir.write(
        "mymod.py",
        "import sys\nprint('mod', __name__, sys.argv[1:])\nprint(sys.argv[0].endswith('mymod.py'))\n",
    );
    assert!(path.is_file());
    let run = baton_in(&dir.path, &["-m", "mymod", "a", "b"]);
    assert_ok(&run);
    assert_eq!(run.stdout, "mod __main__ ['a', 'b']\nTrue\n");
    fs::create_dir_all(dir.path.join("pkg")).unwrap();
    dir.write("pkg/__main__.py", "print('pkg main', __name__)\n");
    let run = baton_in(&dir.path, &["-m", "pkg"]);
    assert_ok(&run);
    assert_eq!(run.stdout, "pkg main __main__\n");
}

#[test]
fn dash_m_missing_module() {
    let dir = TempDir::new("dash_m_missing");
    let run = baton_in(&dir.path, &["-m", "nosuch"]);
    assert_eq!(run.code, Some(1));
    assert!(
        run.stderr.contains("No module named nosuch"),
        "{}",
        run.stderr
    );
}

#[test]
fn dash_i_runs_the_file_then_reads_statements() {
    let dir = TempDir::new("dash_i");
    let script = dir.write("s.py", "x = 3\n");
    let run = baton_stdin(
        &["-i", path_str(&script)],
        "x * 2\nprint('hi')\nawait asyncio.sleep(0, 'awaited')\n",
    );
    assert_ok(&run);
    // As python3 -i with piped input: values echoed on stdout, prompts on stderr.
    assert_eq!(run.stdout, "6\nhi\n'awaited'\n");
    assert_eq!(run.stderr, ">>> >>> >>> >>> \n");
}

#[test]
fn dash_i_keeps_going_after_an_error_and_exits_with_sys_exit() {
    let dir = TempDir::new("dash_i_err");
    let script = dir.write("s.py", "def f():\n    return 1 / 0\n");
    let run = baton_stdin(
        &["-i", path_str(&script)],
        "f()\nprint('still here')\nexit(5)\n",
    );
    assert_eq!(run.code, Some(5), "{}", run.stderr);
    assert_eq!(run.stdout, "still here\n");
    assert!(
        run.stderr.contains("ZeroDivisionError: division by zero"),
        "{}",
        run.stderr
    );
}

#[test]
fn exit_and_quit_builtins() {
    assert_eq!(baton(&["-c", "exit(3)"]).code, Some(3));
    assert_eq!(baton(&["-c", "quit()"]).code, Some(0));
    let run = baton(&["-c", "print(repr(exit)); print(quit)"]);
    assert_eq!(
        run.stdout,
        "Use exit() or Ctrl-D (i.e. EOF) to exit\nUse quit() or Ctrl-D (i.e. EOF) to exit\n"
    );
}

#[test]
fn check_reports_every_syntax_error() {
    let dir = TempDir::new("check");
    let good = dir.write("good.py", "print('never printed')\n");
    let run = baton(&["--check", path_str(&good)]);
    assert_ok(&run);
    assert_eq!(run.stdout, "");
    let bad = dir.write(
        "bad.py",
        "x = = 2\nprint(1)\ny = 3 +\nz = 4\nif x\n    pass\n",
    );
    let run = baton(&["--check", path_str(&bad)]);
    assert_eq!(run.code, Some(1));
    assert_eq!(run.stdout, "");
    let errors: Vec<&str> = run
        .stderr
        .lines()
        .filter(|l| l.starts_with("SyntaxError"))
        .collect();
    assert_eq!(
        errors,
        [
            "SyntaxError: invalid syntax",
            "SyntaxError: invalid syntax",
            "SyntaxError: expected ':'"
        ],
        "{}",
        run.stderr
    );
    for line in [":1:", ":3:", ":5:"] {
        assert!(run.stderr.contains(line), "{line}: {}", run.stderr);
    }
}

#[test]
fn check_reads_stdin_without_a_file() {
    let run = baton_stdin(&["--check"], "print('x')\n");
    assert_ok(&run);
    let run = baton_stdin(&["--check"], "print('x'\n");
    assert_eq!(run.code, Some(1));
    assert!(run.stderr.contains("SyntaxError"), "{}", run.stderr);
}

#[test]
fn dis_lists_every_function_with_line_numbers() {
    let dir = TempDir::new("dis_lines");
    let script = dir.write("d.py", "def f(x):\n    return x + 1\n\nprint(f(2))\n");
    let run = baton(&["--dis", path_str(&script)]);
    assert_ok(&run);
    assert!(
        run.stdout.contains("Disassembly of <module>"),
        "{}",
        run.stdout
    );
    assert!(run.stdout.contains("Disassembly of f"), "{}", run.stdout);
    // Line numbers start the first instruction of each line.
    let lines: Vec<&str> = run
        .stdout
        .lines()
        .filter_map(|l| l.split_whitespace().next())
        .filter(|w| w.parse::<u32>().is_ok())
        .collect();
    assert!(
        lines.contains(&"2") && lines.contains(&"4"),
        "{}",
        run.stdout
    );
}

#[test]
fn keyboard_interrupt_exits_130() {
    let run = baton(&["-c", "raise KeyboardInterrupt"]);
    assert_eq!(run.code, Some(130));
    assert!(
        run.stderr.ends_with("KeyboardInterrupt\n"),
        "{}",
        run.stderr
    );
}

#[test]
fn sigint_interrupts_a_running_script() {
    let dir = TempDir::new("sigint");
    let script = dir.write(
        "loop.py",
        "print('started', flush=True)\ntry:\n    while True:\n        pass\nfinally:\n    print('cleanup')\n",
    );
    let mut child = command(&[path_str(&script)])
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("spawn baton");
    let mut first = [0u8; 8];
    std::io::Read::read_exact(child.stdout.as_mut().unwrap(), &mut first).expect("started");
    let kill = Command::new("kill")
        .args(["-INT", &child.id().to_string()])
        .status()
        .expect("run kill");
    assert!(kill.success());
    let run = finish(child.wait_with_output().expect("wait"));
    assert_eq!(run.code, Some(130), "{}", run.stderr);
    assert_eq!(run.stdout, "cleanup\n");
    assert!(run.stderr.contains("Traceback"), "{}", run.stderr);
    assert!(
        run.stderr.ends_with("KeyboardInterrupt\n"),
        "{}",
        run.stderr
    );
}
