//! A basic interactive loop: `>>> ` / `... ` prompts, blocks end with a blank line, expression
//! results are echoed with `repr`, errors are reported and the session goes on.

use super::report;
use crate::runtime::Runtime;
use rustyline::DefaultEditor;
use rustyline::error::ReadlineError;
use std::io::{IsTerminal, Read};

pub fn run(mut rt: Runtime) -> i32 {
    if !std::io::stdin().is_terminal() {
        let mut source = String::new();
        if std::io::stdin().read_to_string(&mut source).is_err() {
            eprintln!("baton: cannot read standard input");
            return 1;
        }
        rt.script_dir = std::env::current_dir().ok();
        rt.argv = vec![String::new()];
        return match rt.run_main(&source, "<stdin>") {
            Ok(()) => 0,
            Err(e) => report(&mut rt, e, "<stdin>", &source),
        };
    }
    let Ok(mut editor) = DefaultEditor::new() else {
        eprintln!("baton: cannot open the terminal");
        return 1;
    };
    println!(
        "Baton {} (Python 3.11 subset). Ctrl-D to exit.",
        env!("CARGO_PKG_VERSION")
    );
    rt.script_dir = std::env::current_dir().ok();
    loop {
        let mut source = String::new();
        let mut prompt = ">>> ";
        loop {
            match editor.readline(prompt) {
                Ok(line) => {
                    let block = !source.is_empty() || line.trim_end().ends_with(':');
                    source.push_str(&line);
                    source.push('\n');
                    if !block || line.trim().is_empty() {
                        break;
                    }
                    prompt = "... ";
                }
                Err(ReadlineError::Interrupted) => {
                    source.clear();
                    println!("KeyboardInterrupt");
                    break;
                }
                Err(_) => return 0,
            }
        }
        if source.trim().is_empty() {
            continue;
        }
        let _ = editor.add_history_entry(source.trim_end());
        match rt.run_interactive(&source) {
            Ok(()) => {}
            Err(e) => {
                report(&mut rt, e, "<stdin>", &source);
            }
        }
    }
}
