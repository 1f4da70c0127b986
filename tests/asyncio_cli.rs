//! asyncio features of the `baton` command that golden scripts cannot show: the virtual
//! clock (`--virtual-time`) and debug mode (`-X dev`, `PYTHONASYNCIODEBUG`,
//! `asyncio.run(debug=True)`), whose reports name places and durations.

use std::path::PathBuf;
use std::process::{Command, Output};
use std::time::{Duration, Instant};

const BIN: &str = env!("CARGO_BIN_EXE_baton");

fn script(name: &str, text: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("baton_aio_{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    let path = dir.join(name);
    std::fs::write(&path, text).expect("write script");
    path
}

fn run(args: &[&str], env: &[(&str, &str)]) -> Output {
    let mut cmd = Command::new(BIN);
    cmd.args(args)
        .env("NO_COLOR", "1")
        .env_remove("PYTHONASYNCIODEBUG");
    for (k, v) in env {
        cmd.env(k, v);
    }
    cmd.output().expect("run baton")
}

fn text(b: &[u8]) -> String {
    String::from_utf8_lossy(b).into_owned()
}

const SLEEPER: &str = "\
import asyncio, time

async def nap(name, secs):
    await asyncio.sleep(secs)
    print(name, 'woke')
    return secs

async def main():
    loop = asyncio.get_running_loop()
    t0, m0 = loop.time(), time.monotonic()
    print(await asyncio.gather(nap('hour', 3600), nap('half', 1800), nap('day', 86400)))
    print(round(loop.time() - t0), round(time.monotonic() - m0))
    try:
        await asyncio.wait_for(asyncio.sleep(7200), 60)
    except TimeoutError:
        print('timed out', round(loop.time() - t0))
    time.sleep(40)
    print(round(loop.time() - t0))

asyncio.run(main())
";

#[test]
fn virtual_time_skips_sleeps_with_the_same_output() {
    let path = script("sleeper.py", SLEEPER);
    let start = Instant::now();
    let out = run(&["--virtual-time", path.to_str().unwrap()], &[]);
    let took = start.elapsed();
    assert!(out.status.success(), "stderr: {}", text(&out.stderr));
    assert_eq!(
        text(&out.stdout),
        "half woke\nhour woke\nday woke\n[3600, 1800, 86400]\n86400 86400\ntimed out 86460\n86500\n"
    );
    assert!(
        took < Duration::from_secs(1),
        "a day of sleeps took {took:?} on the virtual clock"
    );
}

#[test]
fn without_virtual_time_sleeps_are_real() {
    let path = script(
        "short.py",
        "import asyncio\nasyncio.run(asyncio.sleep(0.2))\n",
    );
    let start = Instant::now();
    let out = run(&[path.to_str().unwrap()], &[]);
    assert!(out.status.success());
    assert!(start.elapsed() >= Duration::from_millis(200));
}

const SLOW: &str = "\
import asyncio, time

def blocking():
    time.sleep(0.15)

async def main():
    loop = asyncio.get_running_loop()
    print(loop.get_debug(), loop.slow_callback_duration)
    loop.call_soon(blocking)
    await asyncio.sleep(0)
    time.sleep(0.12)
    await asyncio.sleep(0)
    loop.slow_callback_duration = 1.0
    time.sleep(0.12)
    await asyncio.sleep(0)
    print('end')
";

fn slow_reports(stderr: &str) -> Vec<&str> {
    stderr
        .lines()
        .filter(|l| l.starts_with("Executing "))
        .collect()
}

#[test]
fn debug_mode_reports_slow_callbacks() {
    let path = script(
        "slow.py",
        &format!("{SLOW}asyncio.run(main(), debug=True)\n"),
    );
    let out = run(&[path.to_str().unwrap()], &[]);
    let err = text(&out.stderr);
    assert_eq!(text(&out.stdout), "True 0.1\nend\n");
    let reports = slow_reports(&err);
    assert_eq!(reports.len(), 2, "stderr: {err}");
    assert!(
        reports[0].starts_with("Executing <Handle blocking() at ")
            && reports[0].contains("slow.py:3>"),
        "{err}"
    );
    assert!(
        reports[1].starts_with("Executing <Task pending name='Task-1' coro=<main() running at ")
            && reports[1].contains("slow.py:12>"),
        "{err}"
    );
    assert!(reports.iter().all(|r| r.ends_with(" seconds")), "{err}");
}

#[test]
fn debug_mode_from_the_environment_and_dev_mode() {
    let path = script("slow_env.py", &format!("{SLOW}asyncio.run(main())\n"));
    let p = path.to_str().unwrap();
    let plain = run(&[p], &[]);
    assert_eq!(text(&plain.stdout), "False 0.1\nend\n");
    assert!(slow_reports(&text(&plain.stderr)).is_empty());
    for out in [
        run(&[p], &[("PYTHONASYNCIODEBUG", "1")]),
        run(&["-X", "dev", p], &[]),
    ] {
        assert_eq!(text(&out.stdout), "True 0.1\nend\n");
        assert_eq!(slow_reports(&text(&out.stderr)).len(), 2);
    }
}

#[test]
fn debug_mode_names_where_coroutines_and_tasks_were_made() {
    let src = "\
import asyncio

async def job():
    return 1

async def bad():
    raise ValueError('boom')

def make():
    return job()

async def main():
    make()
    asyncio.create_task(bad())
    await asyncio.sleep(0.01)

asyncio.run(main(), debug=True)
";
    let path = script("origins.py", src);
    let out = run(&[path.to_str().unwrap()], &[]);
    let err = text(&out.stderr);
    let file = path.display().to_string();
    let want_warning = format!(
        "{file}:13: RuntimeWarning: coroutine 'job' was never awaited\n\
         Coroutine created at (most recent call last)\n\
         \x20 File \"{file}\", line 13, in main\n\
         \x20   make()\n\
         \x20 File \"{file}\", line 10, in make\n\
         \x20   return job()\n\
         \x20 make()\n\
         RuntimeWarning: Enable tracemalloc to get the object allocation traceback\n"
    );
    assert!(err.contains(&want_warning), "stderr:\n{err}");
    let want_task = format!(
        "Task exception was never retrieved\n\
         future: <Task finished name='Task-2' coro=<bad() done, defined at {file}:6> \
         exception=ValueError('boom') created at {file}:14>\n\
         source_traceback: Object created at (most recent call last):\n\
         \x20 File \"{file}\", line 14, in main\n\
         \x20   asyncio.create_task(bad())\n\
         Traceback (most recent call last):\n\
         \x20 File \"{file}\", line 7, in bad\n\
         \x20   raise ValueError('boom')\n\
         ValueError: boom\n"
    );
    assert!(err.contains(&want_task), "stderr:\n{err}");
}
