//! Baton: a coroutine-first, Python-flavoured scripting language with a stackless VM and a
//! built-in cooperative event loop.
//!
//! Pipeline: `syntax` (logos lexer + LALRPOP parser -> AST) -> `compiler` (AST -> bytecode)
//! -> `bytecode` (the instruction set) -> `vm` (frames, dispatch, suspension) -> `runtime`
//! (event loop, builtins, native modules) -> `diag` (error rendering) -> `cli`.

pub mod bytecode;
pub mod cli;
pub mod compiler;
pub mod diag;
pub mod embed;
pub mod object;
pub mod runtime;
pub mod syntax;
pub mod vm;

pub use embed::Vm;
pub use runtime::{RunError, Runtime};
