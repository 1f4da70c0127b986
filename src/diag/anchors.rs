//! CPython 3.11's caret anchors: under a failing binary operation the operator is marked with
//! `^` and the operands with `~` (`~~^~~`); under a subscript the brackets and key get `^`
//! (`~~~~^^^^^`). The failing segment is parsed again to find the operator or the brackets.

use crate::syntax::ast::{ExprKind, StmtKind};

/// The `(left, right)` character offsets of the `^` part within `segment`, when the segment is
/// one binary operation or subscript.
pub fn anchors(segment: &str) -> Option<(usize, usize)> {
    let module = crate::syntax::parser::parse_module(segment).ok()?;
    let [stmt] = module.body.as_slice() else {
        return None;
    };
    let StmtKind::Expr(e) = &stmt.kind else {
        return None;
    };
    let bytes = segment.as_bytes();
    let (left, right) = match &e.kind {
        ExprKind::BinOp { left, right, .. } => {
            let op_start = left.span.end as usize;
            let op_end = right.span.start as usize;
            let op_str = segment.get(op_start..op_end)?;
            let offset = op_str.len() - op_str.trim_start().len();
            let mut l = op_start + offset;
            let mut r = l + 1;
            if offset + 1 < op_str.len() && !op_str.as_bytes()[offset + 1].is_ascii_whitespace() {
                r += 1;
            }
            while l < bytes.len() && (bytes[l].is_ascii_whitespace() || bytes[l] == b')') {
                l += 1;
                r += 1;
            }
            (l, r)
        }
        ExprKind::Subscript { value, slice } => {
            let mut l = value.span.end as usize;
            let mut r = slice.span.end as usize + 1;
            while l < bytes.len() && bytes[l] != b'[' {
                l += 1;
            }
            while r < bytes.len() && bytes[r] != b']' {
                r += 1;
            }
            if r < bytes.len() {
                r += 1;
            }
            (l, r)
        }
        _ => return None,
    };
    let chars = |b: usize| {
        segment
            .get(..b.min(segment.len()))
            .map(|s| s.chars().count())
    };
    Some((chars(left)?, chars(right)?))
}
