//! Golden tests: run every script under `tests/scripts/` (and every `examples/*.py`
//! with a sibling `.out`) through `baton` and compare with the CPython-generated
//! expectations written by `python3 tests/regen.py`.
//!
//! * `<name>.out`: expected stdout, byte for byte.
//! * `<name>.err`: only for scripts that must fail; `exit: <code>` then the error
//!   line. `SyntaxError`/`IndentationError`/`TabError` lines must be a substring of
//!   some stderr line; any other error must equal the last non-empty stderr line.
//! * `<name>.stderr`: only for scripts with a `# golden: stderr` line: the whole stderr,
//!   byte for byte, once paths under the script's folder are made relative.
//!
//! `BATON_GOLDEN_FILTER=substring` runs only scripts whose path contains it.

use std::io::{self, Read};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::sync::Mutex;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::thread::{self, JoinHandle};
use std::time::{Duration, Instant};
use std::{env, fs};

const TIMEOUT: Duration = Duration::from_secs(20);
const MIN_SCRIPTS: usize = 60;
const MAX_CAPTURE: u64 = 16 << 20;
const SYNTAX_PREFIXES: [&str; 3] = ["SyntaxError", "IndentationError", "TabError"];

struct Outcome {
    stdout: Vec<u8>,
    stderr: String,
    code: Option<i32>, // None when killed by a signal
    timed_out: bool,
}

fn collect_py(dir: &Path, recursive: bool, out: &mut Vec<PathBuf>) {
    let Ok(entries) = fs::read_dir(dir) else {
        return;
    };
    for path in entries.flatten().map(|e| e.path()) {
        if path.is_dir() && recursive {
            collect_py(&path, true, out);
        } else if path.extension().is_some_and(|e| e == "py") {
            out.push(path);
        }
    }
}

fn discover(root: &Path) -> Vec<PathBuf> {
    let mut scripts = Vec::new();
    collect_py(&root.join("tests").join("scripts"), true, &mut scripts);
    let mut examples = Vec::new();
    collect_py(&root.join("examples"), false, &mut examples);
    scripts.extend(
        examples
            .into_iter()
            .filter(|p| p.with_extension("out").is_file()),
    );
    scripts.sort();
    scripts
}

/// Reads a pipe to the end on a helper thread (keeping at most `MAX_CAPTURE` bytes).
fn drain<R: Read + Send + 'static>(mut pipe: R) -> JoinHandle<Vec<u8>> {
    thread::spawn(move || {
        let mut buf = Vec::new();
        let _ = pipe.by_ref().take(MAX_CAPTURE).read_to_end(&mut buf);
        let _ = io::copy(&mut pipe, &mut io::sink());
        buf
    })
}

fn run_script(bin: &Path, script: &Path) -> Result<Outcome, String> {
    let mut child = Command::new(bin)
        .arg(script)
        .current_dir(script.parent().unwrap_or(Path::new(".")))
        .env("NO_COLOR", "1")
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .map_err(|e| format!("failed to spawn {}: {e}", bin.display()))?;
    let out_reader = drain(child.stdout.take().expect("piped stdout"));
    let err_reader = drain(child.stderr.take().expect("piped stderr"));
    let start = Instant::now();
    let mut timed_out = false;
    let status = loop {
        match child.try_wait() {
            Ok(Some(status)) => break status,
            Ok(None) if start.elapsed() > TIMEOUT => {
                timed_out = true;
                let _ = child.kill();
                break child.wait().map_err(|e| e.to_string())?;
            }
            Ok(None) => thread::sleep(Duration::from_millis(5)),
            Err(e) => return Err(format!("waiting for child failed: {e}")),
        }
    };
    let stdout = out_reader.join().unwrap_or_default();
    let stderr = err_reader.join().unwrap_or_default();
    let stderr = strip_ansi(&String::from_utf8_lossy(&stderr));
    let code = status.code();
    Ok(Outcome {
        stdout,
        stderr,
        code,
        timed_out,
    })
}

/// Removes ANSI CSI escape sequences, in case diagnostics are coloured anyway.
fn strip_ansi(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut chars = s.chars().peekable();
    while let Some(c) = chars.next() {
        if c == '\u{1b}' && chars.peek() == Some(&'[') {
            chars.by_ref().skip(1).find(|c| ('@'..='~').contains(c));
        } else {
            out.push(c);
        }
    }
    out
}

fn exit_code(code: Option<i32>) -> String {
    code.map_or_else(|| "none (killed by a signal)".into(), |c| c.to_string())
}

/// Describes the first difference between expected and actual stdout.
fn stdout_diff(expected: &[u8], actual: &[u8]) -> Option<String> {
    if expected == actual {
        return None;
    }
    let exp = String::from_utf8_lossy(expected);
    let act = String::from_utf8_lossy(actual);
    let (exp, act): (Vec<&str>, Vec<&str>) = (exp.split('\n').collect(), act.split('\n').collect());
    let show = |l: Option<&&str>| l.map_or_else(|| "<end of output>".into(), |l| format!("{l:?}"));
    let Some(i) = (0..exp.len().max(act.len())).find(|&i| exp.get(i) != act.get(i)) else {
        return Some("stdout differs (invalid UTF-8)".into());
    };
    Some(format!(
        "stdout differs at line {}:\n      expected: {}\n      actual:   {}",
        i + 1,
        show(exp.get(i)),
        show(act.get(i))
    ))
}

fn check_error(expected: &str, outcome: &Outcome, problems: &mut Vec<String>) {
    let mut lines = expected.lines();
    let code_line = lines.next().unwrap_or_default();
    let want = lines.next().unwrap_or_default().trim_end();
    let code = code_line
        .strip_prefix("exit: ")
        .and_then(|c| c.trim().parse::<i32>().ok());
    let Some(code) = code else {
        problems.push(format!("malformed .err file (first line {code_line:?})"));
        return;
    };
    if outcome.code != Some(code) {
        let got = exit_code(outcome.code);
        problems.push(format!("exit code: expected {code}, got {got}"));
    }
    let mut stderr_lines = outcome.stderr.lines().map(str::trim_end);
    if SYNTAX_PREFIXES.iter().any(|p| want.starts_with(p)) {
        if !stderr_lines.any(|l| l.contains(want)) {
            problems.push(format!("no stderr line contains {want:?}"));
        }
    } else {
        let last = stderr_lines.rfind(|l| !l.is_empty()).unwrap_or_default();
        if last != want {
            problems.push(format!(
                "error line:\n      expected: {want:?}\n      actual:   {last:?}"
            ));
        }
    }
}

/// `text` with the script's folder (and the separator after it) removed from paths, as
/// `regen.py` writes `.stderr` files.
fn relative_paths(text: &str, script: &Path) -> String {
    let mut out = text.to_string();
    let dir = script.parent().unwrap_or(Path::new(""));
    for d in [dir.to_path_buf(), dir.canonicalize().unwrap_or_default()] {
        let prefix = format!("{}{}", d.display(), std::path::MAIN_SEPARATOR);
        if prefix.len() > 1 {
            out = out.replace(&prefix, "");
        }
    }
    out
}

/// Runs one script; returns a failure report, or `None` if it passed.
fn check_script(bin: &Path, root: &Path, script: &Path) -> Option<String> {
    let rel = script
        .strip_prefix(root)
        .unwrap_or(script)
        .display()
        .to_string();
    let Ok(expected_out) = fs::read(script.with_extension("out")) else {
        return Some(format!(
            "{rel}: missing .out file (run `python3 tests/regen.py`)"
        ));
    };
    let expected_err = fs::read_to_string(script.with_extension("err")).ok();
    let outcome = match run_script(bin, script) {
        Ok(o) => o,
        Err(e) => return Some(format!("{rel}: {e}")),
    };
    let mut problems = Vec::new();
    if outcome.timed_out {
        problems.push(format!("timed out after {}s (killed)", TIMEOUT.as_secs()));
    }
    problems.extend(stdout_diff(&expected_out, &outcome.stdout));
    if let Ok(want) = fs::read_to_string(script.with_extension("stderr")) {
        let got = relative_paths(&outcome.stderr, script);
        if let Some(d) = stdout_diff(want.as_bytes(), got.as_bytes()) {
            problems.push(d.replacen("stdout", "stderr", 1));
        }
    }
    match &expected_err {
        Some(err) => check_error(err, &outcome, &mut problems),
        None if outcome.code != Some(0) && !outcome.timed_out => {
            let got = exit_code(outcome.code);
            problems.push(format!("exit code: expected 0, got {got}"));
        }
        None => {}
    }
    if problems.is_empty() {
        return None;
    }
    let lines: Vec<&str> = outcome.stderr.lines().collect();
    let tail = match lines.len() {
        0 => "(empty)".to_string(),
        n => lines[n.saturating_sub(12)..].join("\n    | "),
    };
    let problems = problems.join("\n  - ");
    Some(format!(
        "{rel}:\n  - {problems}\n  stderr (last 12 lines):\n    | {tail}"
    ))
}

#[test]
fn golden_scripts() {
    let bin = PathBuf::from(env!("CARGO_BIN_EXE_baton"));
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    let all = discover(&root);
    assert!(
        all.len() >= MIN_SCRIPTS,
        "found only {} golden scripts under {} (expected at least {MIN_SCRIPTS})",
        all.len(),
        root.join("tests").join("scripts").display()
    );
    let filter = env::var("BATON_GOLDEN_FILTER").unwrap_or_default();
    let scripts: Vec<PathBuf> = all
        .into_iter()
        .filter(|p| {
            p.strip_prefix(&root)
                .unwrap_or(p)
                .to_string_lossy()
                .contains(&filter)
        })
        .collect();
    assert!(
        !scripts.is_empty(),
        "BATON_GOLDEN_FILTER={filter:?} matched no scripts"
    );

    let workers = thread::available_parallelism().map_or(4, |n| n.get());
    let next = AtomicUsize::new(0);
    let failures = Mutex::new(Vec::new());
    thread::scope(|s| {
        for _ in 0..workers.min(scripts.len()) {
            s.spawn(|| {
                while let Some(script) = scripts.get(next.fetch_add(1, Ordering::Relaxed)) {
                    if let Some(report) = check_script(&bin, &root, script) {
                        failures
                            .lock()
                            .unwrap_or_else(|e| e.into_inner())
                            .push(report);
                    }
                }
            });
        }
    });

    let mut failures = failures.into_inner().unwrap_or_else(|e| e.into_inner());
    failures.sort();
    let (failed, total) = (failures.len(), scripts.len());
    let summary = format!("{failed} of {total} golden scripts failed");
    let report = failures.join("\n\n");
    assert!(failed == 0, "{summary}:\n\n{report}\n\n{summary}");
    eprintln!("golden: all {} scripts passed", scripts.len());
}
