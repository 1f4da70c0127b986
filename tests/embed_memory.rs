//! The memory cap and memory use over many runs, with `CountingAllocator` installed (this
//! test binary's global allocator).

use baton::embed::{CountingAllocator, ErrorKind, LimitKind, Vm};

#[global_allocator]
static ALLOC: CountingAllocator = CountingAllocator;

/// One test at a time: the process-wide byte count is shared.
static SERIAL: std::sync::Mutex<()> = std::sync::Mutex::new(());

#[test]
fn memory_cap_stops_a_growing_script_and_the_vm_stays_usable() {
    let _s = SERIAL.lock().unwrap_or_else(|p| p.into_inner());
    let base = Vm::new().memory_used();
    assert!(base > 0, "the VM's built-ins are counted");
    let mut vm = Vm::builder()
        .capture_output()
        .memory_limit(base + (8 << 20))
        .build()
        .unwrap();
    let e = vm
        .run("chunks = []\nwhile True:\n    chunks.append('x' * 100000)")
        .unwrap_err();
    assert_eq!(e.kind(), ErrorKind::Limit(LimitKind::Memory));
    assert_eq!(e.type_name(), "MemoryError");
    // The script's data is freed and the VM runs again.
    vm.run("chunks = None\nprint(sum(range(1000)))").unwrap();
    assert_eq!(vm.take_stdout(), "499500\n");
    assert!(vm.memory_used() < base + (1 << 20), "{}", vm.memory_used());
}

#[test]
fn a_thousand_small_scripts_do_not_grow_memory() {
    let _s = SERIAL.lock().unwrap_or_else(|p| p.into_inner());
    let script = concat!(
        "class Node:\n    def __init__(self, v):\n        self.v = v\n        self.me = self\n",
        "def work(n):\n    d = {i: [i, str(i)] for i in range(n)}\n    d['self'] = d\n",
        "    return sum(len(v) for v in d.values() if isinstance(v, list))\n",
        "nodes = [Node(i) for i in range(50)]\n",
        "result = work(100)\n",
    );
    let run_batch = |n: usize| {
        for _ in 0..n {
            let mut vm = Vm::builder().capture_output().build().unwrap();
            vm.run(script).unwrap();
            assert_eq!(vm.get::<i64>("result").unwrap(), 200);
        }
    };
    // Warm up (lazily made process-wide state), then measure.
    run_batch(20);
    let before = CountingAllocator::allocated();
    run_batch(1000);
    let after = CountingAllocator::allocated();
    let growth = after - before;
    assert!(
        growth < 256 * 1024,
        "1000 VMs grew the heap by {growth} bytes"
    );
    // The same in one long-lived VM.
    let mut vm = Vm::builder().capture_output().build().unwrap();
    // Cyclic garbage waits for the collector's next pass: collect before each measurement.
    for _ in 0..20 {
        vm.run(script).unwrap();
    }
    vm.run("import gc\ngc.collect()").unwrap();
    let before = vm.memory_used() as isize;
    for _ in 0..1000 {
        vm.run(script).unwrap();
    }
    vm.run("gc.collect()").unwrap();
    let growth = vm.memory_used() as isize - before;
    assert!(
        growth < 256 * 1024,
        "1000 runs grew the VM by {growth} bytes"
    );
}

#[test]
fn empty_vms_do_not_leak() {
    let _s = SERIAL.lock().unwrap_or_else(|p| p.into_inner());
    drop(Vm::new());
    let before = CountingAllocator::allocated();
    for _ in 0..20 {
        drop(Vm::new());
    }
    let growth = CountingAllocator::allocated() - before;
    assert!(
        growth < 20 * 1024,
        "20 empty VMs grew the heap by {growth} bytes"
    );
}
