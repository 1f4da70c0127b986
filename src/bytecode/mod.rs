//! The contract between the compiler (which emits it) and the VM (which runs it).

pub mod code;
pub mod disasm;
pub mod opcode;

pub use code::{Code, CodeKind, Const, PRELUDE_FILE};
pub use opcode::Op;
