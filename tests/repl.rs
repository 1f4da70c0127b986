//! The REPL driven through a pseudo-terminal, as a user types at it: multi-line blocks,
//! top-level `await`, background tasks printing while the prompt waits, errors, Ctrl-C,
//! Ctrl-D, `exit()`, history across sessions, tab completion and highlighting.

use rexpect::process::WaitStatus;
use rexpect::session::{PtySession, spawn_command};
use std::path::PathBuf;
use std::process::Command;
use std::time::Duration;

const BIN: &str = env!("CARGO_BIN_EXE_baton");

fn history_file(tag: &str) -> PathBuf {
    let p = std::env::temp_dir().join(format!("baton_repl_{}_{tag}", std::process::id()));
    let _ = std::fs::remove_file(&p);
    p
}

/// A REPL session in a pseudo-terminal, with a private history file and colour as asked.
fn start_with(history: &PathBuf, color: bool) -> PtySession {
    let mut cmd = Command::new(BIN);
    cmd.env("BATON_HISTORY", history).env("TERM", "xterm");
    if color {
        cmd.env_remove("NO_COLOR");
    } else {
        cmd.env("NO_COLOR", "1");
    }
    let mut p = spawn_command(cmd, Some(10_000)).expect("spawn baton in a pty");
    p.exp_string("top-level await").expect("banner");
    p.exp_string(">>> ").expect("first prompt");
    p
}

fn start(tag: &str) -> PtySession {
    start_with(&history_file(tag), false)
}

/// Types a block line by line (waiting for each `... ` prompt: rustyline drops keys typed
/// ahead of its prompt), then the blank line that ends it.
fn block(p: &mut PtySession, lines: &[&str]) {
    for l in lines {
        p.send_line(l).unwrap();
        p.exp_string("... ").unwrap();
    }
    p.send_line("").unwrap();
}

fn exit_code(p: &PtySession) -> i32 {
    match p.process().wait().expect("wait for baton") {
        WaitStatus::Exited(_, code) => code,
        other => panic!("baton did not exit normally: {other:?}"),
    }
}

#[test]
fn multi_line_def_then_call() {
    let mut p = start("def");
    p.send_line("def double(x):").unwrap();
    p.exp_string("... ").unwrap();
    // The next line is indented automatically.
    p.send_line("return x * 2").unwrap();
    p.exp_string("... ").unwrap();
    p.send_line("").unwrap();
    p.exp_string(">>> ").unwrap();
    p.send_line("double(21)").unwrap();
    p.exp_string("42").unwrap();
    p.exp_string(">>> ").unwrap();
    p.send_line("[1,").unwrap();
    p.exp_string("... ").unwrap();
    p.send_line("2] + [3]").unwrap();
    p.exp_string("[1, 2, 3]").unwrap();
    p.send_control('d').unwrap();
    assert_eq!(exit_code(&p), 0);
}

#[test]
fn await_at_the_prompt() {
    let mut p = start("await");
    p.send_line("await asyncio.sleep(0.05, 'slept' + '!')")
        .unwrap();
    p.exp_string("'slept!'").unwrap();
    p.exp_string(">>> ").unwrap();
    block(
        &mut p,
        &[
            "async def get(n):",
            "await asyncio.sleep(0)",
            "return n * 3",
        ],
    );
    p.exp_string(">>> ").unwrap();
    p.send_line("r = await get(14); r").unwrap();
    p.exp_string("42").unwrap();
    p.send_line("exit()").unwrap();
    assert_eq!(exit_code(&p), 0);
}

#[test]
fn background_task_prints_while_the_prompt_waits() {
    let mut p = start("background");
    block(
        &mut p,
        &[
            "async def later():",
            "await asyncio.sleep(0.3)",
            "print('background' + ' done')",
        ],
    );
    p.exp_string(">>> ").unwrap();
    p.send_line("t = asyncio.create_task(later())").unwrap();
    p.exp_string(">>> ").unwrap();
    // Nothing more is typed: the task finishes while the prompt waits.
    p.exp_string("background done").unwrap();
    p.send_line("t.done()").unwrap();
    p.exp_string("True").unwrap();
    p.send_line("exit(4)").unwrap();
    assert_eq!(exit_code(&p), 4);
}

#[test]
fn errors_leave_the_session_working() {
    let mut p = start("errors");
    p.send_line("kept = 6").unwrap();
    p.exp_string(">>> ").unwrap();
    p.send_line("1 / 0").unwrap();
    p.exp_string("ZeroDivisionError: division by zero").unwrap();
    p.exp_string(">>> ").unwrap();
    p.send_line("1 +").unwrap();
    p.exp_string("SyntaxError: invalid syntax").unwrap();
    p.exp_string(">>> ").unwrap();
    p.send_line("await asyncio.sleep(-1, undefined_name)")
        .unwrap();
    p.exp_string("NameError: name 'undefined_name' is not defined")
        .unwrap();
    p.exp_string(">>> ").unwrap();
    p.send_line("kept * 7").unwrap();
    p.exp_string("42").unwrap();
    p.send_control('d').unwrap();
    assert_eq!(exit_code(&p), 0);
}

#[test]
fn ctrl_c_interrupts_running_code_and_clears_the_line() {
    let mut p = start("ctrlc");
    p.send_line("while True: pass").unwrap();
    p.exp_string("... ").unwrap();
    p.send_line("").unwrap();
    std::thread::sleep(Duration::from_millis(300));
    p.send_control('c').unwrap();
    p.exp_string("KeyboardInterrupt").unwrap();
    p.exp_string(">>> ").unwrap();
    p.send_line("await asyncio.sleep(30)").unwrap();
    std::thread::sleep(Duration::from_millis(300));
    p.send_control('c').unwrap();
    p.exp_string("KeyboardInterrupt").unwrap();
    p.exp_string(">>> ").unwrap();
    // Ctrl-C while typing drops the line.
    p.send("half typed").unwrap();
    p.flush().unwrap();
    p.send_control('c').unwrap();
    p.exp_string("KeyboardInterrupt").unwrap();
    p.send_line("20 + 22").unwrap();
    p.exp_string("42").unwrap();
    p.send_control('d').unwrap();
    assert_eq!(exit_code(&p), 0);
}

#[test]
fn history_persists_across_sessions() {
    let hist = history_file("history");
    let mut p = start_with(&hist, false);
    p.send_line("print('from' + ' history')").unwrap();
    p.exp_string("from history").unwrap();
    p.send_control('d').unwrap();
    assert_eq!(exit_code(&p), 0);
    let saved = std::fs::read_to_string(&hist).expect("history file written");
    assert!(saved.contains("print('from' + ' history')"), "{saved}");
    let mut p = start_with(&hist, false);
    // Up arrow: the line typed in the first session.
    p.send("\x1b[A").unwrap();
    p.flush().unwrap();
    p.send_line("").unwrap();
    p.exp_string("from history").unwrap();
    p.send_control('d').unwrap();
    assert_eq!(exit_code(&p), 0);
    let _ = std::fs::remove_file(&hist);
}

#[test]
fn tab_completes_attributes_globals_and_keywords() {
    let mut p = start("complete");
    p.send("r = await asyncio.sl\t").unwrap();
    p.flush().unwrap();
    p.exp_string("asyncio.sleep").unwrap();
    p.send_line("(0, 'completed')").unwrap();
    p.exp_string(">>> ").unwrap();
    p.send_line("a_rather_long_name = 41").unwrap();
    p.exp_string(">>> ").unwrap();
    p.send("a_rather_lo\t").unwrap();
    p.flush().unwrap();
    p.send_line(" + 1").unwrap();
    p.exp_string("42").unwrap();
    // Several candidates: a second Tab lists them.
    p.send("ra\t\t").unwrap();
    p.flush().unwrap();
    p.exp_string("raise").unwrap();
    p.exp_string("range").unwrap();
    p.send_control('c').unwrap();
    p.exp_string("KeyboardInterrupt").unwrap();
    p.exp_string(">>> ").unwrap();
    p.send_line("r").unwrap();
    p.exp_string("'completed'").unwrap();
    p.send_control('d').unwrap();
    assert_eq!(exit_code(&p), 0);
}

#[test]
fn highlighting_follows_no_color() {
    for color in [true, false] {
        let mut p = start_with(&history_file(&format!("colour{color}")), color);
        p.send_line("if True: 'yes'").unwrap();
        let mut seen = p.exp_string("... ").unwrap();
        p.send_line("").unwrap();
        seen += &p.exp_string(">>> ").unwrap();
        p.send_control('d').unwrap();
        seen += &p.exp_eof().unwrap();
        assert!(seen.contains("'yes'"), "{seen:?}");
        // Keywords in bold magenta, strings in green, only when colour is allowed.
        let coloured = seen.contains("\x1b[1;35mif\x1b[0m") && seen.contains("\x1b[32m'yes'");
        assert_eq!(coloured, color, "{seen:?}");
        assert_eq!(exit_code(&p), 0);
    }
}

#[test]
fn pasted_block_runs_line_by_line() {
    let mut p = start("paste");
    // Bracketed paste: the terminal sends the whole block at once.
    p.send("\x1b[200~def tripled(n):\n    return n * 3\n\x1b[201~")
        .unwrap();
    p.flush().unwrap();
    p.send_line("").unwrap();
    p.exp_string(">>> ").unwrap();
    p.send_line("tripled(14)").unwrap();
    p.exp_string("42").unwrap();
    p.send_control('d').unwrap();
    assert_eq!(exit_code(&p), 0);
}

#[test]
fn diagnostics_colour_follows_no_color_and_the_terminal() {
    let dir = std::env::temp_dir().join(format!("baton_repl_diag_{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let bad = dir.join("bad.py");
    std::fs::write(&bad, "x = = 1\n").unwrap();
    for color in [true, false] {
        let mut cmd = Command::new(BIN);
        cmd.arg("--check").arg(&bad).env("TERM", "xterm");
        if color {
            cmd.env_remove("NO_COLOR");
        } else {
            cmd.env("NO_COLOR", "1");
        }
        let mut p = spawn_command(cmd, Some(10_000)).unwrap();
        let out = p.exp_eof().unwrap();
        assert!(out.contains("invalid syntax"), "{out:?}");
        assert_eq!(out.contains("\x1b["), color, "{out:?}");
        assert_eq!(exit_code(&p), 1);
    }
    let _ = std::fs::remove_dir_all(&dir);
}
