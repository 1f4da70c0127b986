//! A sandboxed run of untrusted scripts: an infinite loop stopped by fuel, then by a
//! wall-clock deadline; file access refused; the VM stays usable throughout.
//!
//! `cargo run --example sandbox`

use baton::embed::{ErrorKind, Vm};
use std::time::{Duration, Instant};

fn main() {
    let mut vm = Vm::builder()
        .sandbox()
        .capture_output()
        .fuel(1_000_000)
        .build()
        .expect("a VM");

    let e = vm.run("n = 0\nwhile True:\n    n += 1").unwrap_err();
    println!(
        "fuel:     {:?} -> {}: {}",
        e.kind(),
        e.type_name(),
        e.message()
    );
    assert_eq!(e.kind(), ErrorKind::Limit(baton::embed::LimitKind::Fuel));

    // Catching the limit does not help the script: it is raised again at once.
    let e = vm
        .run("try:\n    while True:\n        pass\nexcept BaseException:\n    while True:\n        pass")
        .unwrap_err();
    println!("swallow:  {:?}", e.kind());

    vm.set_fuel(None);
    vm.set_timeout(Some(Duration::from_millis(200)));
    let start = Instant::now();
    let e = vm.run("while True:\n    pass").unwrap_err();
    println!(
        "deadline: {:?} after {} ms -> {}",
        e.kind(),
        start.elapsed().as_millis(),
        e.type_name()
    );

    let e = vm.run("open('/etc/passwd').read()").unwrap_err();
    println!("files:    {}: {}", e.type_name(), e.message());
    let e = vm.run("import os").unwrap_err();
    println!("os:       {}: {}", e.type_name(), e.message());

    // Still usable.
    vm.run("print(sum(i * i for i in range(10)))").unwrap();
    print!("after:    {}", vm.take_stdout());
}
