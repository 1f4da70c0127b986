//! Dict keys and set members whose hash or equality needs script code (objects of classes
//! with `__hash__`/`__eq__`, tuples holding them). The native tables decide everything they
//! can; when only a script `__hash__` or `__eq__` can answer, they return
//! `Raise::delegate()` and the instruction is finished by a function of
//! `stdlib/_prelude.py` (`_dict_getitem`, `_dict_setitem`, ...), which hashes the key with
//! `hash()`, compares it with the stored keys of equal hash with `==` (stored key first, as
//! CPython does) and then updates the table by identity (`runtime/hashed.rs`).

use super::call::Flow;
use super::{Fiber, Interp};
use crate::object::exception::{RResult, Raise};
use crate::object::value::Value;

impl Interp {
    /// Runs the prelude's `_finalize` on the objects queued by `Drop` (see
    /// `object::finalize`) in a frame whose result is dropped.
    #[cold]
    #[inline(never)]
    pub(super) fn run_finalizers(&mut self, fiber: &mut Fiber) -> RResult<Flow> {
        let objs = crate::object::finalize::take();
        let Some(f) = self.prelude_fn("_finalize") else {
            return Ok(Flow::Continue);
        };
        let depth = fiber.frames.len();
        let flow = self.call_value(fiber, f, vec![Value::list(objs)], Vec::new())?;
        if fiber.frames.len() > depth
            && let Some(frame) = fiber.frames.last_mut()
        {
            frame.kind = crate::object::frame::FrameKind::Finalizer;
        }
        Ok(flow)
    }

    /// Finishes the current instruction with the prelude's `name(*args)` if `e` asks for
    /// script code; any other error propagates.
    #[cold]
    #[inline(never)]
    pub(super) fn keyed_fallback(
        &mut self,
        fiber: &mut Fiber,
        e: Raise,
        name: &str,
        args: Vec<Value>,
    ) -> RResult<Flow> {
        if !e.needs_script() {
            return Err(e);
        }
        match self.prelude_fn(name) {
            Some(f) => self.call_for_op(fiber, f, args),
            None => Err(e),
        }
    }
}
