//! Lexer tests: layout (NEWLINE/INDENT/DEDENT), brackets, literals and error reporting.
//! Expected behaviour and messages were checked against CPython 3.11's tokenizer.

use baton::syntax::lexer::{lex, lex_fstring_expr};
use baton::syntax::token::*;

use FStringConversion::{Ascii, Repr};
use Tok as T;

fn spanned(src: &str) -> Vec<(usize, Tok, usize)> {
    lex(src)
        .collect::<Result<_, _>>()
        .unwrap_or_else(|e| panic!("lex error for {src:?}: {e:?}"))
}

fn toks(src: &str) -> Vec<Tok> {
    spanned(src).into_iter().map(|(_, t, _)| t).collect()
}

/// The error the lexer ends with; checks nothing follows it.
fn err(src: &str) -> LexError {
    let mut it = lex(src);
    let e = loop {
        match it.next() {
            Some(Ok(_)) => {}
            Some(Err(e)) => break e,
            None => panic!("expected an error for {src:?}"),
        }
    };
    assert!(it.next().is_none(), "tokens after the error for {src:?}");
    assert!(it.next().is_none());
    e
}

fn syntax_err(src: &str, message: &str) -> LexError {
    let e = err(src);
    assert_eq!(
        (e.kind, e.message.as_str()),
        (LexErrorKind::SyntaxError, message),
        "for {src:?}"
    );
    e
}

fn name(s: &str) -> Tok {
    T::Name(s.to_owned())
}

fn int(v: i64) -> Tok {
    T::Int(IntLit::Small(v))
}

fn s(v: &str) -> Tok {
    T::Str(v.to_owned())
}

fn lit(v: &str) -> FStringPart {
    FStringPart::Literal(v.to_owned())
}

fn field(expr: &str, expr_offset: usize) -> FStringField {
    FStringField {
        expr: expr.to_owned(),
        expr_offset,
        debug_text: None,
        conversion: None,
        format_spec: None,
    }
}

fn fstring(src: &str) -> Vec<FStringPart> {
    match toks(src).into_iter().next() {
        Some(T::FString(parts)) => parts,
        other => panic!("expected an f-string for {src:?}, got {other:?}"),
    }
}

// ---------------------------------------------------------------------------------------------
// Layout
// ---------------------------------------------------------------------------------------------

#[test]
fn simple_statements() {
    assert_eq!(
        toks("x = 1\n"),
        vec![name("x"), T::Equal, int(1), T::Newline]
    );
    assert_eq!(toks(""), vec![]);
    assert_eq!(toks("\n\n  \n# c\n"), vec![]);
}

#[test]
fn nested_blocks_with_multiple_dedents() {
    let src = "if a:\n    if b:\n        c\n    d\nif e:\n  if f:\n    if g:\n      h\ni\n";
    assert_eq!(
        toks(src),
        vec![
            T::If,
            name("a"),
            T::Colon,
            T::Newline,
            T::Indent,
            T::If,
            name("b"),
            T::Colon,
            T::Newline,
            T::Indent,
            name("c"),
            T::Newline,
            T::Dedent,
            name("d"),
            T::Newline,
            T::Dedent,
            T::If,
            name("e"),
            T::Colon,
            T::Newline,
            T::Indent,
            T::If,
            name("f"),
            T::Colon,
            T::Newline,
            T::Indent,
            T::If,
            name("g"),
            T::Colon,
            T::Newline,
            T::Indent,
            name("h"),
            T::Newline,
            T::Dedent,
            T::Dedent,
            T::Dedent,
            name("i"),
            T::Newline,
        ]
    );
}

#[test]
fn indent_and_dedent_spans_are_zero_width_at_the_first_token() {
    let src = "if a:\n  b\nc\n";
    let t = spanned(src);
    assert_eq!(t[3], (5, T::Newline, 6));
    assert_eq!(t[4], (8, T::Indent, 8));
    assert_eq!(t[5], (8, name("b"), 9));
    assert_eq!(t[7], (10, T::Dedent, 10));
    assert_eq!(t[8], (10, name("c"), 11));
}

#[test]
fn blank_and_comment_lines_inside_blocks() {
    let src =
        "def f():\n    a\n\n        # deeper comment\n# column 0 comment\n   \n    b\n\n\nc\n";
    assert_eq!(
        toks(src),
        vec![
            T::Def,
            name("f"),
            T::LPar,
            T::RPar,
            T::Colon,
            T::Newline,
            T::Indent,
            name("a"),
            T::Newline,
            name("b"),
            T::Newline,
            T::Dedent,
            name("c"),
            T::Newline
        ]
    );
}

#[test]
fn trailing_comment_and_newline_span() {
    let t = spanned("x # c\ny");
    assert_eq!(
        t,
        vec![
            (0, name("x"), 1),
            (5, T::Newline, 6),
            (6, name("y"), 7),
            (7, T::Newline, 7)
        ]
    );
}

#[test]
fn eof_without_trailing_newline() {
    let src = "if a:\n    b";
    let t = spanned(src);
    let n = src.len();
    assert_eq!(t[t.len() - 2..], [(n, T::Newline, n), (n, T::Dedent, n)]);
    // A final comment or whitespace-only line adds nothing.
    assert_eq!(toks("x # c"), vec![name("x"), T::Newline]);
    assert_eq!(
        toks("if a:\n  b\n  "),
        vec![
            T::If,
            name("a"),
            T::Colon,
            T::Newline,
            T::Indent,
            name("b"),
            T::Newline,
            T::Dedent
        ]
    );
}

#[test]
fn dedents_at_eof_from_deep_nesting() {
    let src = "if a:\n if b:\n  if c:\n   d\n";
    let t = toks(src);
    assert_eq!(t[t.len() - 3..], [T::Dedent, T::Dedent, T::Dedent]);
}

#[test]
fn brackets_span_lines_with_weird_indentation() {
    let src = "if a:\n    x = [1,\n2,\n                3\n  ]\n    y = {\n\n# c\n }\nz\n";
    assert_eq!(
        toks(src),
        vec![
            T::If,
            name("a"),
            T::Colon,
            T::Newline,
            T::Indent,
            name("x"),
            T::Equal,
            T::LSqb,
            int(1),
            T::Comma,
            int(2),
            T::Comma,
            int(3),
            T::RSqb,
            T::Newline,
            name("y"),
            T::Equal,
            T::LBrace,
            T::RBrace,
            T::Newline,
            T::Dedent,
            name("z"),
            T::Newline,
        ]
    );
}

#[test]
fn backslash_continuation() {
    let src = "if a:\n    x = 1 + \\\n2 \\\n        + 3\n    y\n";
    assert_eq!(
        toks(src),
        vec![
            T::If,
            name("a"),
            T::Colon,
            T::Newline,
            T::Indent,
            name("x"),
            T::Equal,
            int(1),
            T::Plus,
            int(2),
            T::Plus,
            int(3),
            T::Newline,
            name("y"),
            T::Newline,
            T::Dedent
        ]
    );
    // Inside the indentation, the column at the first backslash counts.
    assert_eq!(
        toks("if a:\n  \\\n    b\n  c\n"),
        vec![
            T::If,
            name("a"),
            T::Colon,
            T::Newline,
            T::Indent,
            name("b"),
            T::Newline,
            name("c"),
            T::Newline,
            T::Dedent
        ]
    );
    // A continuation followed by a blank line ends the logical line there.
    assert_eq!(
        toks("x = 1 \\\n\ny\n"),
        vec![
            name("x"),
            T::Equal,
            int(1),
            T::Newline,
            name("y"),
            T::Newline
        ]
    );
}

#[test]
fn backslash_errors() {
    let e = syntax_err(
        "x = \\ 1\n",
        "unexpected character after line continuation character",
    );
    assert_eq!((e.start, e.end), (4, 5));
    syntax_err("x = 1 \\", "unexpected EOF while parsing");
    syntax_err("x = 1 \\\n", "unexpected EOF while parsing");
    syntax_err("x = (1 \\\n", "'(' was never closed");
}

#[test]
fn crlf_and_cr_line_endings() {
    let src = "if a:\r\n    b\r\n\r\nc\r";
    let t = spanned(src);
    assert_eq!(
        t.iter().map(|(_, t, _)| t.clone()).collect::<Vec<_>>(),
        vec![
            T::If,
            name("a"),
            T::Colon,
            T::Newline,
            T::Indent,
            name("b"),
            T::Newline,
            T::Dedent,
            name("c"),
            T::Newline
        ]
    );
    assert_eq!(t[3], (5, T::Newline, 7));
    assert_eq!(t[9], (17, T::Newline, 18));
    assert_eq!(
        toks("x = '''a\r\nb\rc'''\r\n"),
        vec![name("x"), T::Equal, s("a\nb\nc"), T::Newline]
    );
}

#[test]
fn form_feed_resets_the_column() {
    assert_eq!(
        toks("if a:\n    b\n\x0cc\n"),
        vec![
            T::If,
            name("a"),
            T::Colon,
            T::Newline,
            T::Indent,
            name("b"),
            T::Newline,
            T::Dedent,
            name("c"),
            T::Newline
        ]
    );
    assert_eq!(
        toks("if a:\n    b\n  \x0c    c\n"),
        vec![
            T::If,
            name("a"),
            T::Colon,
            T::Newline,
            T::Indent,
            name("b"),
            T::Newline,
            name("c"),
            T::Newline,
            T::Dedent
        ]
    );
}

#[test]
fn consistent_tabs_are_fine() {
    assert_eq!(
        toks("if a:\n\tb\n\tif c:\n\t\td\ne\n"),
        vec![
            T::If,
            name("a"),
            T::Colon,
            T::Newline,
            T::Indent,
            name("b"),
            T::Newline,
            T::If,
            name("c"),
            T::Colon,
            T::Newline,
            T::Indent,
            name("d"),
            T::Newline,
            T::Dedent,
            T::Dedent,
            name("e"),
            T::Newline,
        ]
    );
}

#[test]
fn inconsistent_tabs_and_spaces_are_a_tab_error() {
    for src in [
        "if x:\n        a\n\tb\n",
        "if x:\n\tif y:\n        a\n",
        "if x:\n\ta\n        b\n",
        "if x:\n  \ta\n\t  b\n",
    ] {
        let e = err(src);
        assert_eq!(e.kind, LexErrorKind::TabError, "for {src:?}");
        assert_eq!(
            e.message,
            "inconsistent use of tabs and spaces in indentation"
        );
    }
    let src = "if x:\n        a\n\tb\n";
    let e = err(src);
    assert_eq!((e.start, e.end), (16, 17));
}

#[test]
fn unindent_mismatch_is_an_indentation_error() {
    let src = "if x:\n    a\n  b\n";
    let mut it = lex(src);
    let before: Vec<Tok> = it
        .by_ref()
        .map_while(|r| r.ok())
        .map(|(_, t, _)| t)
        .collect();
    assert_eq!(
        before,
        vec![
            T::If,
            name("x"),
            T::Colon,
            T::Newline,
            T::Indent,
            name("a"),
            T::Newline
        ]
    );
    let e = err(src);
    assert_eq!(e.kind, LexErrorKind::IndentationError);
    assert_eq!(
        e.message,
        "unindent does not match any outer indentation level"
    );
    // The span covers the indentation of the offending line (line 3).
    assert_eq!((e.start, e.end), (12, 14));
    assert_eq!(&src[e.start..e.end], "  ");
}

#[test]
fn unexpected_indent_is_left_to_the_parser() {
    assert_eq!(
        toks("a\n  b\n"),
        vec![
            name("a"),
            T::Newline,
            T::Indent,
            name("b"),
            T::Newline,
            T::Dedent
        ]
    );
    assert_eq!(
        toks("  a\n"),
        vec![T::Indent, name("a"), T::Newline, T::Dedent]
    );
}

#[test]
fn too_many_indentation_levels() {
    let deep = |n: usize| {
        (0..n)
            .map(|i| format!("{}if x:\n", " ".repeat(i)))
            .collect::<String>()
            + &" ".repeat(n)
            + "pass\n"
    };
    assert!(lex(&deep(99)).all(|r| r.is_ok()));
    let e = err(&deep(100));
    assert_eq!(
        (e.kind, e.message.as_str()),
        (
            LexErrorKind::IndentationError,
            "too many levels of indentation"
        )
    );
}

// ---------------------------------------------------------------------------------------------
// Brackets
// ---------------------------------------------------------------------------------------------

#[test]
fn bracket_errors() {
    let e = syntax_err(
        "x = (1]",
        "closing parenthesis ']' does not match opening parenthesis '('",
    );
    assert_eq!((e.start, e.end), (6, 7));
    syntax_err(
        "([)\n",
        "closing parenthesis ')' does not match opening parenthesis '['",
    );
    syntax_err(
        "(\n]",
        "closing parenthesis ']' does not match opening parenthesis '(' on line 1",
    );
    let e = syntax_err("x)", "unmatched ')'");
    assert_eq!((e.start, e.end), (1, 2));
    syntax_err("}", "unmatched '}'");
    let e = syntax_err("x = [1,\n (2,\n", "'(' was never closed");
    assert_eq!((e.start, e.end), (9, 10));
    let e = syntax_err("foo(", "'(' was never closed");
    assert_eq!((e.start, e.end), (3, 4));
    assert!(lex(&format!("{}{}", "(".repeat(200), ")".repeat(200))).all(|r| r.is_ok()));
    syntax_err(&"(".repeat(201), "too many nested parentheses");
}

// ---------------------------------------------------------------------------------------------
// Names, keywords, operators, stray characters
// ---------------------------------------------------------------------------------------------

#[test]
fn names_and_keywords() {
    assert_eq!(
        toks(
            "False None True and as assert async await break class continue def del elif else except finally for from global if import in is lambda nonlocal not or pass raise return try while with yield"
        ),
        vec![
            T::False,
            T::None,
            T::True,
            T::And,
            T::As,
            T::Assert,
            T::Async,
            T::Await,
            T::Break,
            T::Class,
            T::Continue,
            T::Def,
            T::Del,
            T::Elif,
            T::Else,
            T::Except,
            T::Finally,
            T::For,
            T::From,
            T::Global,
            T::If,
            T::Import,
            T::In,
            T::Is,
            T::Lambda,
            T::Nonlocal,
            T::Not,
            T::Or,
            T::Pass,
            T::Raise,
            T::Return,
            T::Try,
            T::While,
            T::With,
            T::Yield,
            T::Newline
        ]
    );
    assert_eq!(
        toks("iffy _x été π2 match"),
        vec![
            name("iffy"),
            name("_x"),
            name("été"),
            name("π2"),
            name("match"),
            T::Newline
        ]
    );
    let t = spanned("é = 1");
    assert_eq!(t[0], (0, name("é"), 2));
}

#[test]
fn operators_use_longest_match() {
    assert_eq!(
        toks(
            "**= ** * //= // / >>= >> <<= << -> - := : ... . != == = <= < >= > += -= *= /= %= @= &= |= ^= ~ , ; % @ & | ^"
        ),
        vec![
            T::DoubleStarEqual,
            T::DoubleStar,
            T::Star,
            T::DoubleSlashEqual,
            T::DoubleSlash,
            T::Slash,
            T::RShiftEqual,
            T::RShift,
            T::LShiftEqual,
            T::LShift,
            T::Rarrow,
            T::Minus,
            T::ColonEqual,
            T::Colon,
            T::Ellipsis,
            T::Dot,
            T::NotEqual,
            T::EqEqual,
            T::Equal,
            T::LessEqual,
            T::Less,
            T::GreaterEqual,
            T::Greater,
            T::PlusEqual,
            T::MinusEqual,
            T::StarEqual,
            T::SlashEqual,
            T::PercentEqual,
            T::AtEqual,
            T::AmperEqual,
            T::VbarEqual,
            T::CircumflexEqual,
            T::Tilde,
            T::Comma,
            T::Semi,
            T::Percent,
            T::At,
            T::Amper,
            T::Vbar,
            T::Circumflex,
            T::Newline,
        ]
    );
    assert_eq!(
        toks("a..b"),
        vec![name("a"), T::Dot, T::Dot, name("b"), T::Newline]
    );
}

#[test]
fn stray_characters() {
    for c in ["$", "?", "`", "!"] {
        let e = syntax_err(&format!("x {c} y"), "invalid syntax");
        assert_eq!((e.start, e.end), (2, 3));
    }
    let e = syntax_err("a € b", "invalid character '€' (U+20AC)");
    assert_eq!((e.start, e.end), (2, 5));
    syntax_err("a€", "invalid character '€' (U+20AC)");
    syntax_err("x\u{b}", "invalid non-printable character U+000B");
    syntax_err("x\u{a0}", "invalid non-printable character U+00A0");
    syntax_err("x = 1\0", "source code cannot contain null bytes");
    // Like CPython, a later tokenizer error is preferred over a stray character.
    syntax_err("x = $ 1abc\n", "invalid decimal literal");
    syntax_err(
        "x = ? \n\"abc",
        "unterminated string literal (detected at line 2)",
    );
    syntax_err("x = $\n  y\n z\n", "invalid syntax");
}

#[test]
fn byte_order_mark_is_skipped() {
    assert_eq!(
        spanned("\u{feff}x"),
        vec![(3, name("x"), 4), (4, T::Newline, 4)]
    );
}

// ---------------------------------------------------------------------------------------------
// Numbers
// ---------------------------------------------------------------------------------------------

#[test]
fn integers() {
    assert_eq!(
        toks("0 00 0_0 7 1_000_000 0x_ff 0XfF 0o17 0O7_7 0b1010 0B_1"),
        vec![
            int(0),
            int(0),
            int(0),
            int(7),
            int(1_000_000),
            int(255),
            int(255),
            int(15),
            int(63),
            int(10),
            int(1),
            T::Newline
        ]
    );
    assert_eq!(toks("9223372036854775807")[0], int(i64::MAX));
    let big = |s: &str| T::Int(IntLit::Big(s.parse().unwrap()));
    assert_eq!(toks("9223372036854775808")[0], big("9223372036854775808"));
    assert_eq!(toks("0xffffffffffffffff")[0], big("18446744073709551615"));
    assert_eq!(
        toks("123456789012345678901234567890")[0],
        big("123456789012345678901234567890")
    );
}

#[test]
fn floats_and_imaginary() {
    assert_eq!(
        toks("1.5 1. .5 1e10 1E-5 1_0.5e1_0 0e0 09.5 00.1 1e400"),
        vec![
            T::Float(1.5),
            T::Float(1.0),
            T::Float(0.5),
            T::Float(1e10),
            T::Float(1e-5),
            T::Float(10.5e10),
            T::Float(0.0),
            T::Float(9.5),
            T::Float(0.1),
            T::Float(f64::INFINITY),
            T::Newline
        ]
    );
    assert_eq!(toks("0.1")[0], T::Float(0.1));
    assert_eq!(
        toks("1j 1.5J 0j 1e3j 012j"),
        vec![
            T::Imag(1.0),
            T::Imag(1.5),
            T::Imag(0.0),
            T::Imag(1e3),
            T::Imag(12.0),
            T::Newline
        ]
    );
    assert_eq!(
        toks("x.real 1 .real"),
        vec![
            name("x"),
            T::Dot,
            name("real"),
            int(1),
            T::Dot,
            name("real"),
            T::Newline
        ]
    );
}

#[test]
fn numbers_directly_followed_by_keywords() {
    assert_eq!(
        toks("1if x else 2"),
        vec![int(1), T::If, name("x"), T::Else, int(2), T::Newline]
    );
    assert_eq!(toks("0x1for"), vec![int(0x1f), T::Or, T::Newline]);
    assert_eq!(toks("0o7for"), vec![int(7), T::For, T::Newline]);
    assert_eq!(toks("1else"), vec![int(1), T::Else, T::Newline]);
    assert_eq!(toks("1.else"), vec![T::Float(1.0), T::Else, T::Newline]);
    syntax_err("1else1", "invalid decimal literal");
    syntax_err("1orx", "invalid decimal literal");
}

#[test]
fn number_errors() {
    let lz = "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers";
    let e = syntax_err("x = 012", lz);
    assert_eq!((e.start, e.end), (4, 5));
    syntax_err("0_7", lz);
    for src in ["1abc", "1_", "1__0", "1e", "1e+", "0_", "1._5", "1.5e_3"] {
        syntax_err(src, "invalid decimal literal");
    }
    syntax_err("0x", "invalid hexadecimal literal");
    syntax_err("0x_", "invalid hexadecimal literal");
    syntax_err("0x1g", "invalid hexadecimal literal");
    syntax_err("0o", "invalid octal literal");
    syntax_err("0o8", "invalid digit '8' in octal literal");
    syntax_err("0o17a", "invalid octal literal");
    syntax_err("0b", "invalid binary literal");
    syntax_err("0b2", "invalid digit '2' in binary literal");
    syntax_err("0b1_", "invalid binary literal");
    syntax_err("1.5j2", "invalid imaginary literal");
    syntax_err("1jx", "invalid imaginary literal");
}

// ---------------------------------------------------------------------------------------------
// Strings and bytes
// ---------------------------------------------------------------------------------------------

#[test]
fn string_quotes_and_prefixes() {
    assert_eq!(
        toks(r#"'a' "b" '' "" '''c''' """d""" """""" u'e' U"f""#),
        vec![
            s("a"),
            s("b"),
            s(""),
            s(""),
            s("c"),
            s("d"),
            s(""),
            s("e"),
            s("f"),
            T::Newline
        ]
    );
    assert_eq!(toks("'''a'b''c'''"), vec![s("a'b''c"), T::Newline]);
    syntax_err(
        "'''a''''",
        "unterminated string literal (detected at line 1)",
    );
    assert_eq!(spanned("x = 'ab'")[2], (4, s("ab"), 8));
    // T::Not a prefix: a name followed by a string.
    assert_eq!(toks("ur'x'"), vec![name("ur"), s("x"), T::Newline]);
}

#[test]
fn triple_quoted_strings_span_lines() {
    let src = "x = '''a\n  b\n'''\ny = \"\"\"\nc\"\"\"\n";
    assert_eq!(
        toks(src),
        vec![
            name("x"),
            T::Equal,
            s("a\n  b\n"),
            T::Newline,
            name("y"),
            T::Equal,
            s("\nc"),
            T::Newline
        ]
    );
    assert_eq!(spanned(src)[2], (4, s("a\n  b\n"), 16));
}

#[test]
fn string_escapes() {
    assert_eq!(
        toks(
            r#"'\\ \' \" \a \b \f \n \r \t \v \0 \101 \777 \x41 \u00e9 \U0001F600 \N{BULLET} \N{em dash} \d \{'"#
        )[0],
        s("\\ ' \" \x07 \x08 \x0c \n \r \t \x0b \0 A \u{1ff} A é 😀 • — \\d \\{")
    );
    assert_eq!(toks("'a\\\nb'"), vec![s("ab"), T::Newline]);
    assert_eq!(toks("'''a\\\nb\nc'''"), vec![s("ab\nc"), T::Newline]);
}

#[test]
fn raw_strings() {
    assert_eq!(
        toks(r"r'\n\d' R'\'' r'\\' rb'\x00'"),
        vec![
            s(r"\n\d"),
            s(r"\'"),
            s(r"\\"),
            T::Bytes(br"\x00".to_vec()),
            T::Newline,
        ]
    );
    assert_eq!(toks("r'a\\\nb'"), vec![s("a\\\nb"), T::Newline]);
}

#[test]
fn bytes_literals() {
    assert_eq!(
        toks(r"b'ab\x00\xff\n\101\777\u1234\N{X}' B'' Br'\x' bR'a'"),
        vec![
            T::Bytes(b"ab\x00\xff\nA\xff\\u1234\\N{X}".to_vec()),
            T::Bytes(vec![]),
            T::Bytes(br"\x".to_vec()),
            T::Bytes(b"a".to_vec()),
            T::Newline,
        ]
    );
    let e = syntax_err(
        "x = b'é'",
        "bytes can only contain ASCII literal characters",
    );
    assert_eq!((e.start, e.end), (4, 9));
    syntax_err(r"b'\x4'", r"(value error) invalid \x escape at position 0");
}

#[test]
fn escape_errors() {
    syntax_err(
        r"'\x4'",
        r"(unicode error) 'unicodeescape' codec can't decode bytes in position 0-2: truncated \xXX escape",
    );
    syntax_err(
        r"'é\x4'",
        r"(unicode error) 'unicodeescape' codec can't decode bytes in position 10-12: truncated \xXX escape",
    );
    syntax_err(
        r"'\u12'",
        r"(unicode error) 'unicodeescape' codec can't decode bytes in position 0-3: truncated \uXXXX escape",
    );
    syntax_err(
        r"'\U1234'",
        r"(unicode error) 'unicodeescape' codec can't decode bytes in position 0-5: truncated \UXXXXXXXX escape",
    );
    syntax_err(
        r"'\U00110000'",
        r"(unicode error) 'unicodeescape' codec can't decode bytes in position 0-9: illegal Unicode character",
    );
    syntax_err(
        r"'\N'",
        r"(unicode error) 'unicodeescape' codec can't decode bytes in position 0-1: malformed \N character escape",
    );
    syntax_err(
        r"'\N{'",
        r"(unicode error) 'unicodeescape' codec can't decode bytes in position 0-2: malformed \N character escape",
    );
    syntax_err(
        r"'\N{foo}'",
        r"(unicode error) 'unicodeescape' codec can't decode bytes in position 0-6: unknown Unicode character name",
    );
}

#[test]
fn unterminated_strings() {
    let e = syntax_err(
        "x = 'abc\ny\n",
        "unterminated string literal (detected at line 1)",
    );
    assert_eq!(e.start, 4);
    syntax_err(
        "x = 'ab\\\ncd\n",
        "unterminated string literal (detected at line 2)",
    );
    syntax_err("'abc", "unterminated string literal (detected at line 1)");
    syntax_err("'a\\'", "unterminated string literal (detected at line 1)");
    syntax_err(
        "x = 'a\rb'",
        "unterminated string literal (detected at line 1)",
    );
    syntax_err(
        "\n'''abc\nde",
        "unterminated triple-quoted string literal (detected at line 3)",
    );
    syntax_err(
        "'''abc\nde\n",
        "unterminated triple-quoted string literal (detected at line 2)",
    );
    let e = syntax_err(
        "x = f'''abc\nde\n\n",
        "unterminated triple-quoted string literal (detected at line 3)",
    );
    assert_eq!(e.start, 4);
}

// ---------------------------------------------------------------------------------------------
// f-strings
// ---------------------------------------------------------------------------------------------

#[test]
fn fstring_literals_and_fields() {
    let src = "f'a{x}b{{c}}{y + 1}'";
    assert_eq!(
        fstring(src),
        vec![
            lit("a"),
            FStringPart::Field(field("x", 4)),
            lit("b{c}"),
            FStringPart::Field(field("y + 1", 13))
        ]
    );
    assert_eq!(&src[13..18], "y + 1");
    assert_eq!(fstring("f''"), vec![]);
    assert_eq!(fstring("F'{{}}'"), vec![lit("{}")]);
    assert_eq!(
        fstring("f'{x}}}'"),
        vec![FStringPart::Field(field("x", 3)), lit("}")]
    );
    assert_eq!(
        fstring(r"f'\t\x41{x}\N{BULLET}'"),
        vec![lit("\tA"), FStringPart::Field(field("x", 9)), lit("•")]
    );
    assert_eq!(
        fstring(r"rf'\t{x}\N{y}'"),
        vec![
            lit("\\t"),
            FStringPart::Field(field("x", 6)),
            lit("\\N"),
            FStringPart::Field(field("y", 11))
        ]
    );
    // expr_offset is into the whole source.
    let src = "x = 1\nprint(f\"{ value }\")";
    match &toks(src)[6] {
        T::FString(parts) => match &parts[0] {
            FStringPart::Field(f) => {
                assert_eq!(f.expr, " value ");
                assert_eq!(&src[f.expr_offset..f.expr_offset + f.expr.len()], " value ");
            }
            other => panic!("{other:?}"),
        },
        other => panic!("{other:?}"),
    }
}

#[test]
fn fstring_conversions_and_specs() {
    let parts = fstring("f'{x!r:>{width}.{prec}f} {y!s} {z!a:}'");
    let FStringPart::Field(f) = &parts[0] else {
        panic!()
    };
    assert_eq!(f.conversion, Some(Repr));
    assert_eq!(
        f.format_spec,
        Some(vec![
            lit(">"),
            FStringPart::Field(field("width", 9)),
            lit("."),
            FStringPart::Field(field("prec", 17)),
            lit("f")
        ])
    );
    let FStringPart::Field(g) = &parts[2] else {
        panic!()
    };
    assert_eq!(
        (g.expr.as_str(), &g.conversion, &g.format_spec),
        ("y", &Some(FStringConversion::Str), &None)
    );
    let FStringPart::Field(h) = &parts[4] else {
        panic!()
    };
    assert_eq!(
        (&h.conversion, &h.format_spec),
        (&Some(Ascii), &Some(vec![]))
    );
    // `!=`, `==`, `<=`, `>=` are operators, not conversions or debug `=`; `:` only at depth 0.
    let exprs: Vec<String> = fstring("f'{a!=b}{a==b}{a<=b}{a>=b}{d[1:2]}{(lambda: 1)()}{x:=^10}'")
        .into_iter()
        .map(|p| match p {
            FStringPart::Field(f) => f.expr,
            FStringPart::Literal(l) => panic!("{l}"),
        })
        .collect();
    assert_eq!(
        exprs,
        [
            "a!=b",
            "a==b",
            "a<=b",
            "a>=b",
            "d[1:2]",
            "(lambda: 1)()",
            "x"
        ]
    );
}

#[test]
fn fstring_debug_specifier() {
    let parts = fstring("f'{x = }{y=!s}{ z=:>5}'");
    let FStringPart::Field(x) = &parts[0] else {
        panic!()
    };
    assert_eq!(
        (x.expr.as_str(), x.debug_text.as_deref()),
        ("x ", Some("x = "))
    );
    assert_eq!(
        x.conversion,
        Some(Repr),
        "`=` without conversion or spec defaults to repr"
    );
    let FStringPart::Field(y) = &parts[1] else {
        panic!()
    };
    assert_eq!(
        (y.expr.as_str(), y.debug_text.as_deref(), &y.conversion),
        ("y", Some("y="), &Some(FStringConversion::Str))
    );
    let FStringPart::Field(z) = &parts[2] else {
        panic!()
    };
    assert_eq!(
        (z.debug_text.as_deref(), &z.conversion, &z.format_spec),
        (Some(" z="), &None, &Some(vec![lit(">5")]))
    );
}

#[test]
fn fstring_nested_quotes_and_multiline() {
    let parts = fstring(r#"f"{a['k']} {'}'} {d['''x'''] if 0 else 1}""#);
    let exprs: Vec<&str> = parts
        .iter()
        .filter_map(|p| {
            if let FStringPart::Field(f) = p {
                Some(f.expr.as_str())
            } else {
                None
            }
        })
        .collect();
    assert_eq!(exprs, ["a['k']", "'}'", "d['''x'''] if 0 else 1"]);
    // T::In 3.11 the same quote ends the f-string.
    syntax_err(r#"f"{a["k"]}""#, "f-string: unmatched '['");
    let parts = fstring("f'''{\nx\n!r}'''");
    let FStringPart::Field(f) = &parts[0] else {
        panic!()
    };
    assert_eq!((f.expr.as_str(), &f.conversion), ("\nx\n", &Some(Repr)));
}

#[test]
fn fstring_errors() {
    syntax_err("f'}'", "f-string: single '}' is not allowed");
    syntax_err("f'{x}}'", "f-string: single '}' is not allowed");
    syntax_err(r"f'a\}'", "f-string: single '}' is not allowed");
    syntax_err("f'{x'", "f-string: expecting '}'");
    syntax_err("f'{x!r'", "f-string: expecting '}'");
    syntax_err("f'{x:'", "f-string: expecting '}'");
    syntax_err("f'{x!r=}'", "f-string: expecting '}'");
    syntax_err("f'{}'", "f-string: empty expression not allowed");
    syntax_err("f'{ }'", "f-string: empty expression not allowed");
    syntax_err("f'{!r}'", "f-string: expression required before '!'");
    syntax_err("f'{:x}'", "f-string: expression required before ':'");
    syntax_err("f'{=}'", "f-string: expression required before '='");
    syntax_err(
        "f'{x!}'",
        "f-string: invalid conversion character: expected 's', 'r', or 'a'",
    );
    syntax_err(
        "f'{x!z}'",
        "f-string: invalid conversion character: expected 's', 'r', or 'a'",
    );
    syntax_err("f'{x:{y:{z}}}'", "f-string: expressions nested too deeply");
    syntax_err("f'{#}'", "f-string expression part cannot include '#'");
    syntax_err(
        r"f'{a\b}'",
        "f-string expression part cannot include a backslash",
    );
    syntax_err("f'{a)}'", "f-string: unmatched ')'");
    syntax_err(
        "f'{(a]}'",
        "f-string: closing parenthesis ']' does not match opening parenthesis '('",
    );
    syntax_err(
        "f'{(a}'",
        "f-string: closing parenthesis '}' does not match opening parenthesis '('",
    );
    syntax_err("f'{\"a}'", "f-string: unterminated string");
    syntax_err(
        r"f'\x4{x}'",
        r"(unicode error) 'unicodeescape' codec can't decode bytes in position 0-2: truncated \xXX escape",
    );
}

#[test]
fn fstring_expression_lexing() {
    let t: Vec<Tok> = lex_fstring_expr("\n  a +\n b\n")
        .map(|r| r.unwrap().1)
        .collect();
    assert_eq!(t, vec![name("a"), T::Plus, name("b")]);
}

// ---------------------------------------------------------------------------------------------
// Robustness
// ---------------------------------------------------------------------------------------------

#[test]
fn errors_end_the_stream() {
    let mut it = lex("a\n  b\n c\nd\n");
    let items: Vec<Spanned> = it.by_ref().collect();
    assert!(items.last().unwrap().is_err());
    assert_eq!(items.iter().filter(|r| r.is_err()).count(), 1);
    assert!(it.next().is_none());
}

#[test]
fn never_panics_on_arbitrary_input() {
    let pieces = [
        "a",
        "0",
        "1_",
        "0x",
        ".",
        "e",
        "j",
        "'",
        "\"",
        "'''",
        "\"\"\"",
        "f'",
        "rb\"",
        "{",
        "}",
        "(",
        ")",
        "[",
        "]",
        "\\",
        "\\\n",
        "\n",
        "\r",
        "\r\n",
        "\t",
        " ",
        "\x0c",
        "#",
        "!",
        "=",
        ":",
        "é",
        "€",
        "😀",
        "\u{a0}",
        "\\N{",
        "\\x",
        "\\u",
        "{x!r:{y}}",
        "$",
    ];
    let mut seed: u64 = 0x9E37_79B9_7F4A_7C15;
    for _ in 0..20_000 {
        let mut src = String::new();
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        let len = (seed % 24) as usize;
        for _ in 0..len {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            src.push_str(pieces[(seed % pieces.len() as u64) as usize]);
        }
        let mut errors = 0;
        for item in lex(&src) {
            match item {
                Ok((start, _, end)) => assert!(start <= end && end <= src.len(), "{src:?}"),
                Err(e) => {
                    errors += 1;
                    assert!(e.start <= e.end && e.end <= src.len(), "{src:?}: {e:?}");
                    assert!(
                        src.is_char_boundary(e.start) && src.is_char_boundary(e.end),
                        "{src:?}: {e:?}"
                    );
                }
            }
        }
        assert!(errors <= 1);
    }
}

#[test]
fn long_inputs_lex_in_linear_time() {
    let line = "    value = compute(alpha, 'text', 3.25, [1, 2, 3]) + f'{beta!r:>10}'  # note\n";
    let src = format!("def f():\n{}", line.repeat(50_000));
    let start = std::time::Instant::now();
    let n = lex(&src).count();
    assert!(n > 50_000 * 20);
    assert!(start.elapsed().as_secs() < 10);
    let long_string = format!("x = '{}'\n", "a\\n".repeat(1_000_000));
    assert_eq!(lex(&long_string).count(), 4);
}
