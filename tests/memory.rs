//! Memory: cyclic garbage is reclaimed. A script builds 1,000,000 two-object cycles
//! (`a.other = b; b.other = a`); the process's peak resident memory must stay under 50 MiB.
//! Linux only (reads the peak from /proc).

use std::io::Write;
use std::process::{Command, Stdio};
use std::time::Duration;

const BIN: &str = env!("CARGO_BIN_EXE_baton");

const SCRIPT: &str = "\
class Node:
    pass
for i in range(1000000):
    a = Node()
    b = Node()
    a.other = b
    b.other = a
print('done')
";

/// The peak resident set size of a running process, in KiB.
fn peak_kib(pid: u32) -> Option<u64> {
    let status = std::fs::read_to_string(format!("/proc/{pid}/status")).ok()?;
    let line = status.lines().find(|l| l.starts_with("VmHWM:"))?;
    line.split_whitespace().nth(1)?.parse().ok()
}

#[test]
fn a_million_cycles_stay_under_50_mib() {
    if !std::path::Path::new("/proc/self/status").exists() {
        eprintln!("no /proc: skipped");
        return;
    }
    let dir = std::env::temp_dir().join(format!("baton-mem-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let script = dir.join("cycles.py");
    std::fs::File::create(&script)
        .unwrap()
        .write_all(SCRIPT.as_bytes())
        .unwrap();
    let mut child = Command::new(BIN)
        .arg(&script)
        .stdout(Stdio::piped())
        .spawn()
        .unwrap();
    let pid = child.id();
    let mut peak = 0;
    loop {
        if let Some(k) = peak_kib(pid) {
            peak = peak.max(k);
        }
        if child.try_wait().unwrap().is_some() {
            break;
        }
        std::thread::sleep(Duration::from_millis(5));
    }
    let out = child.wait_with_output().unwrap();
    assert!(out.status.success());
    assert_eq!(String::from_utf8_lossy(&out.stdout), "done\n");
    eprintln!("peak resident memory: {peak} KiB");
    assert!(peak > 0, "could not read the peak memory");
    assert!(
        peak < 50 * 1024,
        "peak resident memory {peak} KiB is over 50 MiB"
    );
    let _ = std::fs::remove_dir_all(&dir);
}
