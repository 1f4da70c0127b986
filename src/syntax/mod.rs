//! Source text to AST: `token` (vocabulary) -> `lexer` (logos + indentation) -> `parser`
//! (LALRPOP, grammar in `grammar/baton.lalrpop`, actions in `build`) -> `ast`.

pub mod ast;
pub mod build;
pub mod error;
mod fstring;
mod indent;
pub mod lexer;
mod literal;
pub mod parser;
mod soft_kw;
pub mod token;

pub use error::SyntaxError;
pub use parser::parse_module;
