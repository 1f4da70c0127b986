//! Async host functions: Rust futures that scripts await.

use baton::embed::{Exception, Vm};
use std::future::Future;
use std::pin::Pin;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::task::{Context, Poll, Waker};
use std::time::{Duration, Instant};

/// Completes after `ms` milliseconds (a thread sleeps, then wakes the poller); records when
/// it is dropped.
struct Delay {
    state: Arc<Mutex<(bool, Option<Waker>)>>,
    dropped: Arc<AtomicUsize>,
}

impl Delay {
    fn new(ms: u64, dropped: Arc<AtomicUsize>) -> Delay {
        let state = Arc::new(Mutex::new((false, None::<Waker>)));
        let s = state.clone();
        std::thread::spawn(move || {
            std::thread::sleep(Duration::from_millis(ms));
            let mut g = s.lock().unwrap();
            g.0 = true;
            if let Some(w) = g.1.take() {
                w.wake();
            }
        });
        Delay { state, dropped }
    }
}

impl Future for Delay {
    type Output = ();
    fn poll(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<()> {
        let mut g = self.state.lock().unwrap();
        if g.0 {
            Poll::Ready(())
        } else {
            g.1 = Some(cx.waker().clone());
            Poll::Pending
        }
    }
}

impl Drop for Delay {
    fn drop(&mut self) {
        self.dropped.fetch_add(1, Ordering::SeqCst);
    }
}

fn vm_with_delay() -> (Vm, Arc<AtomicUsize>) {
    let mut vm = Vm::builder().capture_output().build().unwrap();
    let dropped = Arc::new(AtomicUsize::new(0));
    let d = dropped.clone();
    vm.register_async("delay", move |ms: u64, value: String| {
        let fut = Delay::new(ms, d.clone());
        async move {
            fut.await;
            value
        }
    });
    (vm, dropped)
}

#[test]
fn other_tasks_run_while_a_host_future_is_pending() {
    let (mut vm, dropped) = vm_with_delay();
    let start = Instant::now();
    vm.run(concat!(
        "import asyncio\n",
        "async def ticker():\n",
        "    for i in range(3):\n        print('tick', i)\n        await asyncio.sleep(0.01)\n",
        "async def main():\n",
        "    t = asyncio.create_task(ticker())\n",
        "    print(await delay(80, 'host value'))\n",
        "    await t\n",
        "    a, b = await asyncio.gather(delay(30, 'a'), delay(30, 'b'))\n",
        "    print(a, b)\n",
        "asyncio.run(main())\n",
    ))
    .unwrap();
    assert_eq!(
        vm.take_stdout(),
        "tick 0\ntick 1\ntick 2\nhost value\na b\n"
    );
    // The two gathered delays ran at the same time.
    assert!(start.elapsed() < Duration::from_millis(400));
    assert_eq!(dropped.load(Ordering::SeqCst), 3);
}

#[test]
fn cancelling_the_awaiting_task_drops_the_future() {
    let (mut vm, dropped) = vm_with_delay();
    let start = Instant::now();
    vm.run(concat!(
        "import asyncio\n",
        "async def main():\n",
        "    try:\n        await asyncio.wait_for(delay(5000, 'late'), 0.05)\n",
        "    except asyncio.TimeoutError:\n        print('timed out')\n",
        "    t = asyncio.create_task(delay(5000, 'never'))\n",
        "    await asyncio.sleep(0.01)\n",
        "    t.cancel()\n",
        "    try:\n        await t\n    except asyncio.CancelledError:\n        print('cancelled')\n",
        "asyncio.run(main())\n",
    ))
    .unwrap();
    assert_eq!(vm.take_stdout(), "timed out\ncancelled\n");
    assert_eq!(dropped.load(Ordering::SeqCst), 2);
    assert!(start.elapsed() < Duration::from_secs(3));
}

#[test]
fn host_future_errors_and_misuse() {
    let mut vm = Vm::builder().capture_output().build().unwrap();
    vm.register_async("fail", |msg: String| async move {
        Err::<i64, _>(Exception::new("KeyError", msg))
    });
    vm.run(concat!(
        "import asyncio\n",
        "async def main():\n",
        "    try:\n        await fail('k')\n    except KeyError as e:\n        print('KeyError', e)\n",
        "    try:\n        await fail(1)\n    except TypeError as e:\n        print(e)\n",
        "asyncio.run(main())\n",
    ))
    .unwrap();
    assert_eq!(
        vm.take_stdout(),
        "KeyError 'k'\nfail() argument 1 must be str, not int\n"
    );
    // Called from Rust, the coroutine runs to completion on a loop of its own.
    let e = vm.call::<i64>("fail", ("x",)).unwrap_err();
    assert_eq!((e.type_name(), e.message()), ("KeyError", "'x'"));
    let (mut vm, _) = vm_with_delay();
    assert_eq!(vm.call::<String>("delay", (5, "v")).unwrap(), "v");
}

#[test]
fn a_deadline_stops_a_script_waiting_on_the_loop() {
    let mut vm = Vm::builder()
        .timeout(Duration::from_millis(100))
        .build()
        .unwrap();
    let flag = Arc::new(AtomicBool::new(false));
    let _ = flag;
    let start = Instant::now();
    let e = vm
        .run("import asyncio\nasync def main():\n    await asyncio.sleep(30)\nasyncio.run(main())")
        .unwrap_err();
    assert!(e.is_limit(), "{e}");
    assert!(start.elapsed() < Duration::from_secs(5));
}

#[test]
fn host_steps_the_loop_and_cancels_a_task() {
    let mut vm = Vm::builder().capture_output().build().unwrap();
    vm.run(concat!(
        "import asyncio\n",
        "async def worker():\n",
        "    try:\n        await asyncio.sleep(10)\n",
        "    except asyncio.CancelledError:\n        print('cancelled at await')\n        raise\n",
        "async def quick(n):\n    await asyncio.sleep(0.01)\n    return n * 2\n",
    ))
    .unwrap();
    let w = vm.spawn("worker", ()).unwrap();
    let q = vm.spawn("quick", (21,)).unwrap();
    assert!(vm.run_for(Duration::from_millis(50)).unwrap());
    assert_eq!(vm.task_result::<i64>(q).unwrap().unwrap(), 42);
    assert!(vm.task_result::<()>(w).is_none());
    assert!(vm.cancel(w));
    vm.run_until_complete().unwrap();
    assert_eq!(vm.take_stdout(), "cancelled at await\n");
    let e = vm.task_result::<()>(w).unwrap().unwrap_err();
    assert_eq!(e.type_name(), "CancelledError");
    assert!(!vm.run_for(Duration::from_millis(1)).unwrap());
}
