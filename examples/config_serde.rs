//! A configuration written as a script, read into a serde struct.
//!
//! `cargo run --example config_serde --features serde`

use baton::embed::{Serde, Vm};
use serde::{Deserialize, Serialize};

#[derive(Debug, Deserialize, Serialize)]
struct Server {
    name: String,
    port: u16,
    replicas: u32,
}

#[derive(Debug, Deserialize)]
struct Config {
    environment: String,
    servers: Vec<Server>,
    debug: bool,
}

fn main() -> Result<(), baton::embed::Error> {
    let mut vm = Vm::builder().sandbox().build()?;
    vm.set("ENV", "staging");
    // A Rust value going in through serde too.
    vm.set(
        "DEFAULT",
        Serde(Server {
            name: "default".into(),
            port: 8000,
            replicas: 1,
        }),
    );
    vm.run(
        r#"
def server(name, offset, replicas=None):
    s = dict(DEFAULT)
    s.update(name=name, port=DEFAULT["port"] + offset)
    if replicas:
        s["replicas"] = replicas
    return s

config = {
    "environment": ENV,
    "servers": [server("api", 0, 3), server(f"worker-{ENV}", 10)],
    "debug": ENV != "production",
}
"#,
    )?;
    let config: Config = vm.get_serde("config")?;
    println!(
        "environment {} (debug {})",
        config.environment, config.debug
    );
    for s in &config.servers {
        println!("  {} on port {} x{}", s.name, s.port, s.replicas);
    }
    Ok(())
}
