//! The shortest useful host: run a script, give it a Rust function, read its results.
//!
//! `cargo run --example host_functions`

use baton::embed::{Exception, Vm};

fn main() -> Result<(), baton::embed::Error> {
    let mut vm = Vm::new();
    vm.register("add", |a: i64, b: i64| a + b);
    vm.register("parse_port", |s: String| {
        s.parse::<u16>()
            .map_err(|e| Exception::value_error(format!("bad port {s:?}: {e}")))
    });
    vm.set("hosts", vec!["alpha:80", "beta:8080"]);
    vm.run(
        r#"
ports = []
for h in hosts:
    name, port = h.split(":")
    ports.append(parse_port(port))
print("total", add(*ports))
try:
    parse_port("http")
except ValueError as e:
    print("rejected:", e)

def summary(prefix):
    return f"{prefix}: {len(ports)} hosts"
"#,
    )?;
    let ports: Vec<u16> = vm.get("ports")?;
    let summary: String = vm.call("summary", ("config",))?;
    println!("{ports:?} / {summary}");

    // Errors come back structured.
    let err = vm.run_named("x = 1\ny = x / 0\n", "calc.py").unwrap_err();
    let f = &err.frames()[0];
    println!(
        "{} at {}:{}:{}: {}",
        err.type_name(),
        f.file,
        f.line,
        f.column,
        err.message()
    );
    print!("{}", err.report());
    Ok(())
}
