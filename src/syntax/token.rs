//! The token vocabulary shared by the lexer (`lexer.rs`) and the LALRPOP grammar
//! (`grammar/baton.lalrpop`, whose `extern` block maps every variant below).
//!
//! Tokens are *cooked*: literals arrive decoded (escapes resolved, numbers parsed), and the
//! layout tokens `Newline`/`Indent`/`Dedent` are already computed from indentation, so the
//! grammar never sees raw whitespace or comments.

use num_bigint::BigInt;
use std::fmt;

/// A decoded integer literal: the small path needs no allocation.
#[derive(Debug, Clone, PartialEq)]
pub enum IntLit {
    Small(i64),
    Big(BigInt),
}

/// One piece of an f-string, in source order.
#[derive(Debug, Clone, PartialEq)]
pub enum FStringPart {
    /// Literal text with escapes decoded and `{{`/`}}` collapsed.
    Literal(String),
    /// A replacement field `{expr!conv:spec}`.
    Field(FStringField),
}

/// A replacement field of an f-string.
#[derive(Debug, Clone, PartialEq)]
pub enum FStringConversion {
    Str,
    Repr,
    Ascii,
}

#[derive(Debug, Clone, PartialEq)]
pub struct FStringField {
    /// The expression's source text, exactly as written (without the `=`, `!conv` or `:spec`).
    pub expr: String,
    /// Byte offset of `expr`'s first character in the whole source file, so the parser can
    /// re-parse it and keep spans (and error carets) pointing into the real file.
    pub expr_offset: usize,
    /// `Some(text)` for the self-documenting form `{x = }`: the text to print before the value,
    /// i.e. everything from the start of the expression up to and including the `=` and any
    /// whitespace after it (`"x = "`).
    pub debug_text: Option<String>,
    /// `!s`, `!r` or `!a`.
    pub conversion: Option<FStringConversion>,
    /// The format spec after `:`; it may itself contain nested fields (`{x:{width}}`).
    pub format_spec: Option<Vec<FStringPart>>,
}

/// A token as the parser sees it.
#[derive(Debug, Clone, PartialEq)]
pub enum Tok {
    // ---- layout ----
    /// End of a logical line (never emitted inside brackets or for blank/comment lines).
    Newline,
    /// The following line is indented deeper than the enclosing block.
    Indent,
    /// One block closed (several are emitted for a multi-level unindent).
    Dedent,

    // ---- atoms ----
    Name(String),
    Int(IntLit),
    Float(f64),
    /// Imaginary literals (`1j`) are lexed so the parser can reject them with a clear error.
    Imag(f64),
    /// A plain (non-f, non-bytes) string literal, decoded. Adjacent literals are separate tokens;
    /// the grammar concatenates them.
    Str(String),
    Bytes(Vec<u8>),
    FString(Vec<FStringPart>),

    // ---- keywords ----
    False,
    None,
    True,
    And,
    As,
    Assert,
    Async,
    Await,
    Break,
    Class,
    Continue,
    Def,
    Del,
    Elif,
    Else,
    Except,
    Finally,
    For,
    From,
    Global,
    If,
    Import,
    In,
    Is,
    Lambda,
    Nonlocal,
    Not,
    Or,
    Pass,
    Raise,
    Return,
    Try,
    While,
    With,
    Yield,

    // ---- operators and delimiters ----
    Plus,             // +
    Minus,            // -
    Star,             // *
    DoubleStar,       // **
    Slash,            // /
    DoubleSlash,      // //
    Percent,          // %
    At,               // @
    LShift,           // <<
    RShift,           // >>
    Amper,            // &
    Vbar,             // |
    Circumflex,       // ^
    Tilde,            // ~
    ColonEqual,       // :=
    Less,             // <
    Greater,          // >
    LessEqual,        // <=
    GreaterEqual,     // >=
    EqEqual,          // ==
    NotEqual,         // !=
    LPar,             // (
    RPar,             // )
    LSqb,             // [
    RSqb,             // ]
    LBrace,           // {
    RBrace,           // }
    Comma,            // ,
    Colon,            // :
    Dot,              // .
    Semi,             // ;
    Equal,            // =
    Rarrow,           // ->
    PlusEqual,        // +=
    MinusEqual,       // -=
    StarEqual,        // *=
    SlashEqual,       // /=
    DoubleSlashEqual, // //=
    PercentEqual,     // %=
    AtEqual,          // @=
    AmperEqual,       // &=
    VbarEqual,        // |=
    CircumflexEqual,  // ^=
    RShiftEqual,      // >>=
    LShiftEqual,      // <<=
    DoubleStarEqual,  // **=
    Ellipsis,         // ...
}

impl Tok {
    /// How the token is written in source, for "expected ..." messages.
    pub fn describe(&self) -> String {
        match self {
            Tok::Newline => "newline".into(),
            Tok::Indent => "indent".into(),
            Tok::Dedent => "dedent".into(),
            Tok::Name(n) => format!("name '{n}'"),
            Tok::Int(_) | Tok::Float(_) | Tok::Imag(_) => "number".into(),
            Tok::Str(_) | Tok::Bytes(_) | Tok::FString(_) => "string".into(),
            other => format!("'{}'", other.symbol().unwrap_or("?")),
        }
    }

    /// The fixed spelling of keyword and operator tokens.
    pub fn symbol(&self) -> Option<&'static str> {
        Some(match self {
            Tok::False => "False",
            Tok::None => "None",
            Tok::True => "True",
            Tok::And => "and",
            Tok::As => "as",
            Tok::Assert => "assert",
            Tok::Async => "async",
            Tok::Await => "await",
            Tok::Break => "break",
            Tok::Class => "class",
            Tok::Continue => "continue",
            Tok::Def => "def",
            Tok::Del => "del",
            Tok::Elif => "elif",
            Tok::Else => "else",
            Tok::Except => "except",
            Tok::Finally => "finally",
            Tok::For => "for",
            Tok::From => "from",
            Tok::Global => "global",
            Tok::If => "if",
            Tok::Import => "import",
            Tok::In => "in",
            Tok::Is => "is",
            Tok::Lambda => "lambda",
            Tok::Nonlocal => "nonlocal",
            Tok::Not => "not",
            Tok::Or => "or",
            Tok::Pass => "pass",
            Tok::Raise => "raise",
            Tok::Return => "return",
            Tok::Try => "try",
            Tok::While => "while",
            Tok::With => "with",
            Tok::Yield => "yield",
            Tok::Plus => "+",
            Tok::Minus => "-",
            Tok::Star => "*",
            Tok::DoubleStar => "**",
            Tok::Slash => "/",
            Tok::DoubleSlash => "//",
            Tok::Percent => "%",
            Tok::At => "@",
            Tok::LShift => "<<",
            Tok::RShift => ">>",
            Tok::Amper => "&",
            Tok::Vbar => "|",
            Tok::Circumflex => "^",
            Tok::Tilde => "~",
            Tok::ColonEqual => ":=",
            Tok::Less => "<",
            Tok::Greater => ">",
            Tok::LessEqual => "<=",
            Tok::GreaterEqual => ">=",
            Tok::EqEqual => "==",
            Tok::NotEqual => "!=",
            Tok::LPar => "(",
            Tok::RPar => ")",
            Tok::LSqb => "[",
            Tok::RSqb => "]",
            Tok::LBrace => "{",
            Tok::RBrace => "}",
            Tok::Comma => ",",
            Tok::Colon => ":",
            Tok::Dot => ".",
            Tok::Semi => ";",
            Tok::Equal => "=",
            Tok::Rarrow => "->",
            Tok::PlusEqual => "+=",
            Tok::MinusEqual => "-=",
            Tok::StarEqual => "*=",
            Tok::SlashEqual => "/=",
            Tok::DoubleSlashEqual => "//=",
            Tok::PercentEqual => "%=",
            Tok::AtEqual => "@=",
            Tok::AmperEqual => "&=",
            Tok::VbarEqual => "|=",
            Tok::CircumflexEqual => "^=",
            Tok::RShiftEqual => ">>=",
            Tok::LShiftEqual => "<<=",
            Tok::DoubleStarEqual => "**=",
            Tok::Ellipsis => "...",
            _ => return None,
        })
    }
}

impl fmt::Display for Tok {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.describe())
    }
}

/// What went wrong while turning text into tokens. Spans are byte offsets into the source.
#[derive(Debug, Clone, PartialEq)]
pub struct LexError {
    pub start: usize,
    pub end: usize,
    /// The Python exception class CPython would raise: `SyntaxError`, `IndentationError` or
    /// `TabError`.
    pub kind: LexErrorKind,
    /// CPython's message, e.g. "unindent does not match any outer indentation level",
    /// "unterminated string literal (detected at line 3)", "'(' was never closed",
    /// "invalid character '$' (U+0024)", "unexpected character after line continuation character".
    pub message: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LexErrorKind {
    SyntaxError,
    IndentationError,
    TabError,
}

impl LexErrorKind {
    pub fn name(self) -> &'static str {
        match self {
            LexErrorKind::SyntaxError => "SyntaxError",
            LexErrorKind::IndentationError => "IndentationError",
            LexErrorKind::TabError => "TabError",
        }
    }
}

/// What the lexer yields and LALRPOP consumes: `(start, token, end)` in byte offsets.
pub type Spanned = Result<(usize, Tok, usize), LexError>;
