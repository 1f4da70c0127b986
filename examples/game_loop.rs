//! A game-loop style host: script tasks advance a little each frame while the host renders.
//!
//! `cargo run --example game_loop`

use baton::embed::Vm;
use std::time::Duration;

fn main() -> Result<(), baton::embed::Error> {
    let mut vm = Vm::new();
    vm.register("draw", |who: String, x: i64| {
        println!("  draw {who} at {x}")
    });
    vm.run(
        r#"
import asyncio

async def walker(name, speed, steps):
    x = 0
    for _ in range(steps):
        x += speed
        draw(name, x)
        await asyncio.sleep(0.015)
    return x
"#,
    )?;
    let a = vm.spawn("walker", ("slime", 1, 4))?;
    let b = vm.spawn("walker", ("bat", 3, 2))?;
    let mut frame = 0;
    // Each frame gives the scripts at most 10 ms, then does the host's own work.
    while vm.run_for(Duration::from_millis(10))? {
        frame += 1;
        println!("frame {frame}");
    }
    println!(
        "slime ended at {}, bat at {}",
        vm.task_result::<i64>(a).unwrap()?,
        vm.task_result::<i64>(b).unwrap()?
    );
    Ok(())
}
