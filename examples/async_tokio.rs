//! Async host functions on tokio: a script awaits a tokio sleep and a tokio channel while its
//! other tasks keep running.
//!
//! `cargo run --example async_tokio --features tokio`

use baton::embed::Vm;
use std::sync::Arc;
use std::time::Duration;

fn main() -> Result<(), baton::embed::Error> {
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(1)
        .enable_time()
        .build()
        .expect("a tokio runtime");

    // A producer on tokio sends three messages.
    let (tx, rx) = tokio::sync::mpsc::channel::<String>(8);
    runtime.spawn(async move {
        for i in 1..=3 {
            tokio::time::sleep(Duration::from_millis(30)).await;
            let _ = tx.send(format!("message {i}")).await;
        }
    });
    let rx = Arc::new(tokio::sync::Mutex::new(rx));

    let mut vm = Vm::builder().tokio(runtime.handle().clone()).build()?;
    vm.register_async("sleep_ms", |ms: u64| async move {
        tokio::time::sleep(Duration::from_millis(ms)).await;
    });
    vm.register_async("recv", move || {
        let rx = rx.clone();
        async move { rx.lock().await.recv().await }
    });
    vm.run(
        r#"
import asyncio

async def heartbeat():
    for i in range(4):
        print("heartbeat", i)
        await asyncio.sleep(0.02)

async def main():
    beat = asyncio.create_task(heartbeat())
    await sleep_ms(10)
    print("slept on tokio")
    while (msg := await recv()) is not None:
        print("got", msg)
    await beat
    try:
        await asyncio.wait_for(sleep_ms(10_000), 0.05)
    except asyncio.TimeoutError:
        print("a slow host call was cancelled (its future dropped)")

asyncio.run(main())
"#,
    )?;
    Ok(())
}
