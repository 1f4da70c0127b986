//! The embedding API (`baton::embed`): running code, errors, globals, calls, natives,
//! modules, output capture, sandbox and limits.

use baton::embed::{Data, ErrorKind, Exception, LimitKind, Module, Output, Vm};
use std::collections::HashMap;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

fn captured() -> Vm {
    Vm::builder().capture_output().build().unwrap()
}

#[test]
fn runs_source_and_keeps_globals_between_runs() {
    let mut vm = captured();
    vm.run("x = 40").unwrap();
    vm.run("x += 2\nprint(x)").unwrap();
    assert_eq!(vm.take_stdout(), "42\n");
    assert_eq!(vm.get::<i64>("x").unwrap(), 42);
}

#[test]
fn exception_error_has_type_message_frames_and_renderings() {
    let mut vm = captured();
    let src = "def f(n):\n    return 10 // n\n\ndef g():\n    return f(0)\n\ng()\n";
    let e = vm.run_named(src, "calc.py").unwrap_err();
    assert_eq!(e.kind(), ErrorKind::Exception);
    assert_eq!(e.type_name(), "ZeroDivisionError");
    assert_eq!(e.message(), "integer division or modulo by zero");
    let frames: Vec<(&str, &str, usize, usize)> = e
        .frames()
        .iter()
        .map(|f| (f.file.as_str(), f.function.as_str(), f.line, f.column))
        .collect();
    assert_eq!(
        frames,
        [
            ("calc.py", "<module>", 7, 1),
            ("calc.py", "g", 5, 12),
            ("calc.py", "f", 2, 12)
        ]
    );
    assert!(
        e.traceback()
            .starts_with("Traceback (most recent call last):\n")
    );
    assert!(
        e.traceback()
            .ends_with("ZeroDivisionError: integer division or modulo by zero\n")
    );
    assert!(
        e.report()
            .contains("ZeroDivisionError: integer division or modulo by zero")
    );
    assert!(e.report().contains("10 // n"), "{}", e.report());
    assert!(
        e.report().contains("called from calc.py, line 5, in g"),
        "{}",
        e.report()
    );
}

#[test]
fn syntax_error_is_structured() {
    let mut vm = captured();
    let e = vm.run_named("x = (1,\nif", "bad.py").unwrap_err();
    assert_eq!(e.kind(), ErrorKind::Syntax);
    assert_eq!(e.type_name(), "SyntaxError");
    assert_eq!(e.frames()[0].file, "bad.py");
    assert!(e.report().contains("bad.py"), "{}", e.report());
    // The VM is still usable.
    vm.run("print('ok')").unwrap();
    assert_eq!(vm.take_stdout(), "ok\n");
}

#[test]
fn user_exception_str_and_exit() {
    let mut vm = captured();
    let e = vm
        .run(
            "class Oops(Exception):\n    def __str__(self):\n        return 'custom'\nraise Oops()",
        )
        .unwrap_err();
    assert_eq!((e.type_name(), e.message()), ("Oops", "custom"));
    let e = vm.run("import sys\nsys.exit(3)").unwrap_err();
    assert_eq!(e.kind(), ErrorKind::Exit(3));
}

#[test]
fn std_types_convert_both_ways() {
    let mut vm = captured();
    vm.set("n", 7i32);
    vm.set("f", 1.5f64);
    vm.set("b", true);
    vm.set("s", "text");
    vm.set("v", vec![1u8, 2, 3]);
    vm.set("o", None::<i64>);
    vm.set("t", (1i64, "two", 3.0f64));
    let mut m = HashMap::new();
    m.insert("a".to_string(), vec![1i64]);
    vm.set("m", m.clone());
    vm.set("big", u64::MAX);
    vm.run("print(n, f, b, s, v, o, t, m, big)").unwrap();
    assert_eq!(
        vm.take_stdout(),
        "7 1.5 True text [1, 2, 3] None (1, 'two', 3.0) {'a': [1]} 18446744073709551615\n"
    );
    assert_eq!(vm.get::<u64>("big").unwrap(), u64::MAX);
    assert_eq!(vm.get::<HashMap<String, Vec<i64>>>("m").unwrap(), m);
    assert_eq!(
        vm.get::<(i64, String, f64)>("t").unwrap(),
        (1, "two".to_string(), 3.0)
    );
    assert_eq!(vm.get::<Option<i64>>("o").unwrap(), None);
    assert_eq!(vm.eval::<Vec<String>>("[s] * 2").unwrap(), ["text", "text"]);
    assert_eq!(
        vm.eval::<Data>("{'k': (1, None)}").unwrap(),
        Data::Dict(vec![(
            Data::Str("k".into()),
            Data::Tuple(vec![Data::Int(1), Data::None])
        )])
    );
    let e = vm.get::<i64>("s").unwrap_err();
    assert_eq!(e.kind(), ErrorKind::Conversion);
    assert_eq!(e.message(), "s: expected int, got str");
    assert_eq!(
        vm.get::<i8>("big").unwrap_err().kind(),
        ErrorKind::Conversion
    );
    assert_eq!(
        vm.get::<i64>("missing").unwrap_err().type_name(),
        "NameError"
    );
}

#[test]
fn calls_functions_and_coroutines() {
    let mut vm = captured();
    vm.run(concat!(
        "import asyncio\n",
        "def add(a, b):\n    return a + b\n",
        "async def slow_sum(xs):\n",
        "    async def one(x):\n        await asyncio.sleep(0.001)\n        return x\n",
        "    return sum(await asyncio.gather(*[one(x) for x in xs]))\n",
        "def boom():\n    raise ValueError('no')\n",
    ))
    .unwrap();
    assert_eq!(vm.call::<i64>("add", (2, 3)).unwrap(), 5);
    assert_eq!(vm.call::<String>("add", ("a", "b")).unwrap(), "ab");
    assert_eq!(vm.call::<i64>("slow_sum", (vec![1, 2, 3],)).unwrap(), 6);
    let e = vm.call::<()>("boom", ()).unwrap_err();
    assert_eq!((e.type_name(), e.message()), ("ValueError", "no"));
    assert_eq!(e.frames().last().unwrap().function, "boom");
    let e = vm.call::<i64>("add", ("a", "b")).unwrap_err();
    assert_eq!(e.kind(), ErrorKind::Conversion);
}

#[test]
fn native_functions_convert_arguments_and_raise() {
    let mut vm = captured();
    vm.register("add", |a: i64, b: i64| a + b);
    vm.register("greet", |name: String| format!("hi {name}"));
    vm.register("checked_div", |a: f64, b: f64| {
        if b == 0.0 {
            Err(Exception::value_error("b must not be zero"))
        } else {
            Ok(a / b)
        }
    });
    let log = Arc::new(Mutex::new(Vec::new()));
    let l = log.clone();
    vm.register("record", move |items: Vec<i64>| {
        l.lock().unwrap().extend(items);
    });
    vm.run(concat!(
        "print(add(2, 3), greet('bob'), checked_div(1, 4))\n",
        "record([1, 2])\n",
        "for args in [('x', 1), (1,), (1, 2, 3)]:\n",
        "    try:\n        add(*args)\n",
        "    except TypeError as e:\n        print(type(e).__name__, e)\n",
        "try:\n    checked_div(1, 0)\nexcept ValueError as e:\n    print('ValueError', e)\n",
        "try:\n    add(1, b=2)\nexcept TypeError as e:\n    print(e)\n",
        "print(sorted([3, 1, 2], key=lambda x: add(x, 0)))\n",
    ))
    .unwrap();
    assert_eq!(
        vm.take_stdout(),
        concat!(
            "5 hi bob 0.25\n",
            "TypeError add() argument 1 must be int, not str\n",
            "TypeError add() takes exactly 2 arguments (1 given)\n",
            "TypeError add() takes exactly 2 arguments (3 given)\n",
            "ValueError b must not be zero\n",
            "add() takes no keyword arguments\n",
            "[1, 2, 3]\n",
        )
    );
    assert_eq!(*log.lock().unwrap(), [1, 2]);
}

#[test]
fn host_modules_and_module_choice() {
    let mut vm = Vm::builder()
        .capture_output()
        .allowed_modules(["math"])
        .build()
        .unwrap();
    vm.add_module(
        Module::new("host")
            .value("VERSION", "1.2")
            .function("double", |x: i64| x * 2),
    );
    vm.run("import host, math\nprint(host.VERSION, host.double(21), math.sqrt(16))")
        .unwrap();
    assert_eq!(vm.take_stdout(), "1.2 42 4.0\n");
    let e = vm.run("import json").unwrap_err();
    assert_eq!(
        (e.type_name(), e.message()),
        ("ModuleNotFoundError", "No module named 'json'")
    );
    let mut vm = Vm::builder()
        .capture_output()
        .deny_module("json")
        .build()
        .unwrap();
    assert!(vm.run("import json").is_err());
    vm.run("import re").unwrap();
}

#[test]
fn print_capture_by_callback_and_stderr() {
    let lines = Arc::new(Mutex::new(Vec::<String>::new()));
    let l = lines.clone();
    let mut vm = Vm::builder()
        .stdout(Output::Callback(Box::new(move |s| {
            l.lock().unwrap().push(s.to_string())
        })))
        .stderr(Output::Capture)
        .build()
        .unwrap();
    vm.run("import sys\nprint('a')\nprint('b', end='')\nsys.stderr.write('err\\n')")
        .unwrap();
    assert_eq!(vm.take_stderr(), "err\n");
    assert_eq!(lines.lock().unwrap().concat(), "a\nb");
}

#[test]
fn sandbox_denies_files_env_and_disk_imports() {
    let mut vm = Vm::builder().capture_output().sandbox().build().unwrap();
    let e = vm.run("open('/etc/passwd')").unwrap_err();
    assert_eq!(e.type_name(), "PermissionError");
    let e = vm.run("import os").unwrap_err();
    assert_eq!(e.type_name(), "ModuleNotFoundError");
    let e = vm.run("import os.path").unwrap_err();
    assert_eq!(e.type_name(), "ModuleNotFoundError");
    let dir = std::env::temp_dir().join(format!("baton_sandbox_{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::write(dir.join("secret_mod.py"), "x = 1\n").unwrap();
    let e = vm
        .run(&format!(
            "import sys\nsys.path.append({:?})\nimport secret_mod",
            dir.display().to_string()
        ))
        .unwrap_err();
    assert_eq!(e.type_name(), "ModuleNotFoundError");
    // The standard library still works.
    vm.run("import json, collections\nprint(json.dumps([1]))")
        .unwrap();
    assert_eq!(vm.take_stdout(), "[1]\n");
    // Without the sandbox the same file imports.
    let mut open_vm = captured();
    open_vm
        .run(&format!(
            "import sys\nsys.path.append({:?})\nimport secret_mod\nprint(secret_mod.x)",
            dir.display().to_string()
        ))
        .unwrap();
    assert_eq!(open_vm.take_stdout(), "1\n");
    let _ = std::fs::remove_dir_all(dir);
}

#[test]
fn fuel_stops_an_infinite_loop_and_the_vm_stays_usable() {
    let mut vm = Vm::builder().capture_output().fuel(10_000).build().unwrap();
    let e = vm.run("while True:\n    pass").unwrap_err();
    assert_eq!(e.kind(), ErrorKind::Limit(LimitKind::Fuel));
    assert_eq!(e.type_name(), "RuntimeError");
    assert_eq!(vm.fuel_left(), Some(0));
    // A fresh budget for the next run.
    vm.run("total = 0\nfor i in range(100):\n    total += i\nprint(total)")
        .unwrap();
    assert_eq!(vm.take_stdout(), "4950\n");
    assert_eq!(vm.fuel_left(), Some(10_000 - 100));
}

#[test]
fn fuel_counts_exactly() {
    let mut vm = Vm::builder().fuel(50).build().unwrap();
    vm.run("for i in range(49):\n    pass").unwrap();
    assert_eq!(vm.fuel_left(), Some(1));
    let e = vm.run("for i in range(50):\n    pass").unwrap_err();
    assert!(e.is_limit());
    // Recursion counts calls.
    let e = vm
        .run("def f(n):\n    return f(n - 1) if n else 0\nf(60)")
        .unwrap_err();
    assert_eq!(e.kind(), ErrorKind::Limit(LimitKind::Fuel));
}

#[test]
fn a_script_cannot_swallow_a_limit() {
    let mut vm = Vm::builder().capture_output().fuel(5_000).build().unwrap();
    let src = concat!(
        "def spin():\n    while True:\n        pass\n",
        "try:\n    spin()\nexcept BaseException as e:\n    print('caught', type(e).__name__)\n",
        "    n = 0\n    while True:\n        n += 1\n",
    );
    let e = vm.run(src).unwrap_err();
    assert_eq!(e.kind(), ErrorKind::Limit(LimitKind::Fuel));
    assert_eq!(vm.take_stdout(), "caught RuntimeError\n");
    // Swallowed and then finished straight-line: the host still sees the limit.
    let src = "try:\n    spin()\nexcept BaseException:\n    pass\nprint('after')\n";
    let e = vm.run(src).unwrap_err();
    assert_eq!(e.kind(), ErrorKind::Limit(LimitKind::Fuel));
    // `finally` runs, but cannot loop.
    let src = "try:\n    spin()\nfinally:\n    print('cleanup')\n    for i in range(3):\n        print(i)\n";
    let e = vm.run(src).unwrap_err();
    assert!(e.is_limit());
    assert_eq!(vm.take_stdout(), "after\ncleanup\n0\n");
}

#[test]
fn deadline_stops_a_runaway_script() {
    let mut vm = Vm::builder()
        .timeout(Duration::from_millis(50))
        .build()
        .unwrap();
    let start = Instant::now();
    let e = vm.run("while True:\n    pass").unwrap_err();
    assert_eq!(e.kind(), ErrorKind::Limit(LimitKind::Deadline));
    assert_eq!(e.type_name(), "TimeoutError");
    assert!(start.elapsed() < Duration::from_secs(5));
    // The deadline is per run.
    vm.run("x = sum(range(10))").unwrap();
    assert_eq!(vm.get::<i64>("x").unwrap(), 45);
}

#[test]
fn recursion_limit() {
    let mut vm = Vm::builder().recursion_limit(50).build().unwrap();
    vm.run("def f(n):\n    return f(n + 1) if n < 40 else n\nf(0)")
        .unwrap();
    let e = vm.run("def g(n):\n    return g(n + 1)\ng(0)").unwrap_err();
    assert_eq!(e.type_name(), "RecursionError");
    assert_eq!(e.kind(), ErrorKind::Exception);
}

#[test]
fn interrupt_from_another_thread() {
    let mut vm = Vm::new();
    let h = vm.interrupt_handle();
    let t = std::thread::spawn(move || {
        std::thread::sleep(Duration::from_millis(30));
        h.interrupt();
    });
    let e = vm.run("while True:\n    pass").unwrap_err();
    assert_eq!(e.type_name(), "KeyboardInterrupt");
    t.join().unwrap();
}

#[test]
fn memory_limit_needs_the_counting_allocator() {
    let e = match Vm::builder().memory_limit(1 << 30).build() {
        Ok(_) => panic!("this test binary does not install CountingAllocator"),
        Err(e) => e,
    };
    assert!(e.message().contains("CountingAllocator"), "{}", e.message());
}

#[test]
fn vms_are_independent_and_move_between_threads() {
    let mut a = captured();
    let mut b = captured();
    a.run("x = 'a'\nclass C:\n    pass").unwrap();
    b.run("x = 'b'").unwrap();
    assert_eq!(a.get::<String>("x").unwrap(), "a");
    assert_eq!(b.get::<String>("x").unwrap(), "b");
    // Move a VM with live objects (and garbage cycles) to other threads and back.
    a.run(
        "junk = []\nfor i in range(1000):\n    l = [i]\n    l.append(l)\n    junk.append({'k': l})",
    )
    .unwrap();
    let a = std::thread::spawn(move || {
        a.run("import gc\ngc.collect()\nprint(len(junk), x)")
            .unwrap();
        a
    })
    .join()
    .unwrap();
    let mut a = std::thread::spawn(move || {
        let mut a = a;
        a.run("junk = None\nimport gc\nprint(gc.collect() >= 999)")
            .unwrap();
        a
    })
    .join()
    .unwrap();
    assert_eq!(a.take_stdout(), "1000 a\nTrue\n");
    // Many VMs in parallel threads.
    let handles: Vec<_> = (0..4)
        .map(|i| {
            std::thread::spawn(move || {
                let mut vm = captured();
                vm.set("i", i);
                vm.run("acc = [j * i for j in range(20000)]\nprint(sum(acc))")
                    .unwrap();
                vm.take_stdout()
            })
        })
        .collect();
    for (i, h) in handles.into_iter().enumerate() {
        assert_eq!(h.join().unwrap(), format!("{}\n", 199990000 * i));
    }
}

fn assert_send<T: Send>() {}

#[test]
fn vm_is_send() {
    assert_send::<Vm>();
}
