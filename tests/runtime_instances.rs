//! A `Runtime` is a plain value: several live in one process, each with its own globals,
//! modules and output, and each can run `asyncio.run` independently.

use baton::Runtime;
use std::cell::RefCell;
use std::io::Write;
use std::rc::Rc;

/// A `Write` that appends to a shared buffer, to capture a runtime's stdout.
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

#[test]
fn two_runtimes_keep_separate_state() {
    let (out_a, out_b) = (Capture::default(), Capture::default());
    let mut a = Runtime::new(Box::new(out_a.clone()));
    let mut b = Runtime::new(Box::new(out_b.clone()));
    a.run_main("x = 1\nimport sys\nsys.setrecursionlimit(50)\n", "a.py")
        .expect("a runs");
    b.run_main("x = 2\n", "b.py").expect("b runs");
    a.run_interactive("print(x, sys.getrecursionlimit())\n")
        .expect("a keeps its globals");
    b.run_interactive("import sys\nprint(x, sys.getrecursionlimit())\n")
        .expect("b keeps its globals");
    assert_eq!(out_a.text(), "1 50\n");
    assert_eq!(out_b.text(), "2 1000\n");
}

#[test]
fn each_runtime_runs_its_own_event_loop() {
    let src = "import asyncio\n\
               async def tick(name, n):\n    for i in range(n):\n        print(name, i)\n        await asyncio.sleep(0)\n\
               async def main():\n    await asyncio.gather(tick('a', 2), tick('b', 2))\n\
               asyncio.run(main())\n";
    let (out1, out2) = (Capture::default(), Capture::default());
    let mut r1 = Runtime::new(Box::new(out1.clone()));
    let mut r2 = Runtime::new(Box::new(out2.clone()));
    r1.run_main(src, "one.py").expect("first loop");
    r2.run_main(src, "two.py").expect("second loop");
    r1.run_interactive("asyncio.run(main())\n")
        .expect("asyncio.run again after the first loop closed");
    let expected = "a 0\nb 0\na 1\nb 1\n";
    assert_eq!(out1.text(), format!("{expected}{expected}"));
    assert_eq!(out2.text(), expected);
}

#[test]
fn an_error_leaves_the_runtime_usable() {
    let out = Capture::default();
    let mut rt = Runtime::new(Box::new(out.clone()));
    let err = rt
        .run_interactive("1 / 0\n")
        .expect_err("division by zero raises");
    assert!(matches!(err, baton::RunError::Exception(_)));
    rt.run_interactive("print('still here')\n")
        .expect("runs after an error");
    assert_eq!(out.text(), "still here\n");
}

/// The name of the exception class behind a `RunError`.
fn raised(e: baton::RunError) -> String {
    match e {
        baton::RunError::Exception(v) => v.type_name(),
        other => panic!("expected an exception, got {other:?}"),
    }
}

#[test]
fn an_interrupt_stops_an_endless_loop_and_the_runtime_goes_on() {
    let out = Capture::default();
    let mut rt = Runtime::new(Box::new(out.clone()));
    let handle = rt.interp.interrupt_handle();
    let stopper = std::thread::spawn(move || {
        std::thread::sleep(std::time::Duration::from_millis(50));
        handle.interrupt();
    });
    let e = rt
        .run_main("n = 0\nwhile True:\n    n += 1\n", "loop.py")
        .expect_err("the loop only ends by interrupt");
    stopper.join().unwrap();
    assert_eq!(raised(e), "KeyboardInterrupt");
    // Endless recursion-free calls are interrupted too, and `finally` blocks run.
    rt.interp.interrupt_handle().interrupt();
    let e = rt
        .run_main(
            "def f():\n    return 1\ntry:\n    while True:\n        f()\nfinally:\n    print('cleaned up')\n",
            "calls.py",
        )
        .expect_err("interrupted");
    assert_eq!(raised(e), "KeyboardInterrupt");
    rt.run_main("print('still usable')", "after.py").unwrap();
    assert_eq!(out.text(), "cleaned up\nstill usable\n");
}
