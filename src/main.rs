/// The CLI allocates through mimalloc: a script's many small, short-lived objects (strings,
/// tuples, frames) are allocated and freed much faster than with the system allocator. Hosts
/// embedding the library choose their own allocator.
#[global_allocator]
static ALLOC: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() {
    std::process::exit(baton::cli::main());
}
