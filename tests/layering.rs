//! The dependency direction of `src/`: each stage may use only the stages before it
//! (syntax -> bytecode -> compiler / object -> vm -> runtime -> diag -> embed -> cli; the VM may use the
//! compiler, for `exec` and `eval`). A `use crate::X`
//! that points the wrong way fails here, naming the file.

use std::path::Path;

/// For each folder of `src/`, the top-level modules it may refer to (besides itself).
const ALLOWED: &[(&str, &[&str])] = &[
    ("syntax", &[]),
    ("bytecode", &["syntax"]),
    ("compiler", &["syntax", "bytecode"]),
    ("object", &["syntax", "bytecode"]),
    // The VM compiles source for `exec`/`eval` (the brief's order: syntax -> compiler ->
    // bytecode -> vm).
    ("vm", &["syntax", "bytecode", "compiler", "object"]),
    (
        "runtime",
        &["syntax", "bytecode", "compiler", "object", "vm"],
    ),
    ("diag", &["syntax", "bytecode", "object"]),
    (
        "embed",
        &[
            "syntax", "bytecode", "compiler", "object", "vm", "runtime", "diag",
        ],
    ),
    (
        "cli",
        &[
            "syntax", "bytecode", "compiler", "object", "vm", "runtime", "diag", "embed",
        ],
    ),
];

fn rust_files(dir: &Path, out: &mut Vec<std::path::PathBuf>) {
    for entry in std::fs::read_dir(dir)
        .expect("readable src folder")
        .flatten()
    {
        let p = entry.path();
        if p.is_dir() {
            rust_files(&p, out);
        } else if p.extension().is_some_and(|e| e == "rs") {
            out.push(p);
        }
    }
}

#[test]
fn modules_depend_only_on_earlier_stages() {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut violations = Vec::new();
    let mut checked = 0;
    for (folder, allowed) in ALLOWED {
        let mut files = Vec::new();
        rust_files(&src.join(folder), &mut files);
        assert!(!files.is_empty(), "src/{folder} has no Rust files");
        for file in files {
            checked += 1;
            let text = std::fs::read_to_string(&file).expect("readable source");
            for (n, line) in text.lines().enumerate() {
                let mut rest = line;
                while let Some(i) = rest.find("crate::") {
                    rest = &rest[i + "crate::".len()..];
                    let module: String = rest
                        .chars()
                        .take_while(|c| c.is_ascii_alphanumeric() || *c == '_')
                        .collect();
                    if module != *folder && !allowed.contains(&module.as_str()) {
                        violations.push(format!(
                            "{}:{}: src/{folder} uses crate::{module}",
                            file.display(),
                            n + 1
                        ));
                    }
                }
            }
        }
    }
    assert!(
        checked > 30,
        "expected to check the whole source tree, checked {checked} files"
    );
    assert!(
        violations.is_empty(),
        "layering violations:\n{}",
        violations.join("\n")
    );
}
