//! Build steps: generate the LR parser from `grammar/baton.lalrpop`, and embed every module of
//! `stdlib/` (Baton source) into the binary, so an installed `baton` needs no files beside it.

use std::fmt::Write;
use std::path::Path;

fn main() {
    println!("cargo:rerun-if-changed=grammar");
    println!("cargo:rerun-if-changed=stdlib");
    lalrpop::Configuration::new()
        .use_cargo_dir_conventions()
        .set_in_dir("grammar")
        .emit_rerun_directives(true)
        .process()
        .expect("lalrpop failed to generate the parser");
    embed_stdlib();
}

fn embed_stdlib() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("stdlib");
    let mut files = Vec::new();
    collect(&root, &root, &mut files);
    files.sort();
    let mut out =
        String::from("/// (module name, path under stdlib/, source) of every embedded module.\n");
    out.push_str("pub static STDLIB: &[(&str, &str, &str)] = &[\n");
    for rel in files {
        let module = rel
            .trim_end_matches(".py")
            .trim_end_matches("/__init__")
            .replace('/', ".");
        let abs = root.join(&rel);
        let _ = writeln!(
            out,
            "    ({module:?}, {rel:?}, include_str!({:?})),",
            abs.display().to_string()
        );
    }
    out.push_str("];\n");
    let dest = Path::new(&std::env::var("OUT_DIR").expect("OUT_DIR")).join("stdlib_files.rs");
    std::fs::write(dest, out).expect("write stdlib table");
}

fn collect(root: &Path, dir: &Path, out: &mut Vec<String>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for e in entries.flatten() {
        let p = e.path();
        if p.is_dir() {
            collect(root, &p, out);
        } else if p.extension().is_some_and(|x| x == "py") {
            let rel = p
                .strip_prefix(root)
                .expect("under root")
                .to_string_lossy()
                .replace('\\', "/");
            out.push(rel);
        }
    }
}
