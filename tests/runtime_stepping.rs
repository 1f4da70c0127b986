//! The runtime's stepping API, as the REPL and embedders use it: an event loop that stays
//! running between inputs, `run_loop_until(deadline)`, and inputs that await at top level.

use baton::Runtime;
use baton::runtime::interactive::LoopStatus;
use std::cell::RefCell;
use std::io::Write;
use std::rc::Rc;
use std::time::{Duration, Instant};

#[derive(Clone, Default)]
struct Capture(Rc<RefCell<Vec<u8>>>);

impl Write for Capture {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        self.0.borrow_mut().extend_from_slice(buf);
        Ok(buf.len())
    }
    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

impl Capture {
    fn text(&self) -> String {
        String::from_utf8(self.0.borrow().clone()).expect("utf-8 output")
    }
}

fn runtime_with_loop() -> (Runtime, Capture) {
    let out = Capture::default();
    let mut rt = Runtime::new(Box::new(out.clone()));
    rt.run_input("import asyncio\n").expect("import");
    let lp = rt
        .eval_in_main("asyncio.events._new_loop()")
        .expect("loop object");
    assert!(rt.start_event_loop(lp));
    (rt, out)
}

#[test]
fn tasks_progress_only_when_the_loop_is_stepped() {
    let (mut rt, out) = runtime_with_loop();
    assert_eq!(rt.run_loop_until(Instant::now()).unwrap(), LoopStatus::Idle);
    let pending = rt
        .run_input(
            "async def tick():\n    print('a')\n    await asyncio.sleep(0.05)\n    print('b')\n\nt = asyncio.create_task(tick())\n",
        )
        .expect("no await at top level: runs at once");
    assert!(pending.is_none(), "input without await is not a task");
    assert_eq!(out.text(), "");
    // The first step runs; then the task waits on its timer.
    match rt.run_loop_until(Instant::now()).unwrap() {
        LoopStatus::Waiting(d) => assert!(d <= Duration::from_millis(50), "{d:?}"),
        other => panic!("expected a timer, got {other:?}"),
    }
    assert_eq!(out.text(), "a\n");
    let status = rt
        .run_loop_until(Instant::now() + Duration::from_millis(500))
        .unwrap();
    assert_eq!(status, LoopStatus::Idle);
    assert_eq!(out.text(), "a\nb\n");
}

#[test]
fn awaiting_input_runs_as_a_task() {
    let (mut rt, out) = runtime_with_loop();
    let input = rt
        .run_input("x = await asyncio.sleep(0.01, 21)\nx * 2\n")
        .expect("compiles")
        .expect("awaits: a task");
    assert!(!input.is_done());
    while !input.is_done() {
        rt.run_loop_until(Instant::now() + Duration::from_millis(20))
            .unwrap();
    }
    rt.finish_input(input).expect("no error");
    assert_eq!(out.text(), "42\n");
    // An error in an awaiting input comes back from `finish_input`.
    let input = rt
        .run_input("await asyncio.sleep(0)\nundefined\n")
        .expect("compiles")
        .expect("a task");
    while !input.is_done() {
        rt.run_loop_until(Instant::now() + Duration::from_millis(20))
            .unwrap();
    }
    assert!(matches!(
        rt.finish_input(input),
        Err(baton::RunError::Exception(_))
    ));
}

#[test]
fn await_outside_the_repl_is_still_an_error() {
    let mut rt = Runtime::new(Box::new(Capture::default()));
    assert!(rt.run_main("await x\n", "m.py").is_err());
}
