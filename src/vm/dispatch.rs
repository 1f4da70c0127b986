//! The dispatch loop. Instructions that only touch the current frame run inline; anything that
//! changes the frame stack (calls, returns, awaits, imports) re-enters the outer `'frames` loop,
//! which re-reads the top frame. The Rust stack never grows with script recursion.

use super::call::Flow;
use super::limits::tick;
use super::{Fiber, Halt, Interp};
use crate::bytecode::Op;
use crate::object::arith;
use crate::object::exception::{RResult, Raise, err};
use crate::object::frame::{Block, Frame, FrameKind, Then};
use crate::object::iter::iter_of;
use crate::object::ops::{self, truthy};
use crate::object::types::ExcKind;
use crate::object::value::{CoroState, Slice, Value};
use crate::syntax::ast::{BinOp, CmpOp};
use std::io::Write;
use std::rc::Rc;

/// Hands an instruction over to script code (a special method or a generator): the frame
/// stack changes, so the loop re-reads the top frame.
macro_rules! protocol {
    ($l:lifetime, $call:expr) => {
        match $call? {
            Flow::Continue => continue $l,
            Flow::Halt(h) => return Ok(*h),
        }
    };
}

/// A safe point: objects dropped by the instruction just done are finalized now (their
/// `finally` blocks or `__del__` run before the next instruction), as in CPython. Costs one
/// thread-local load and a predictable branch.
macro_rules! finalize_point {
    ($l:lifetime, $vm:expr, $fiber:expr) => {
        if crate::object::finalize::pending() {
            protocol!($l, $vm.run_finalizers($fiber));
        }
    };
}

/// After an instruction that may have dropped the last reference to something: report a
/// never-awaited coroutine it dropped, then run pending finalizers (`__del__`, generator close).
macro_rules! drop_point {
    ($l:lifetime, $vm:expr, $fiber:expr, $frame:expr) => {
        if crate::object::unawaited::pending() {
            $vm.note_unawaited(Some($frame));
        }
        finalize_point!($l, $vm, $fiber);
    };
}

macro_rules! pop {
    ($stack:expr) => {
        $stack.pop().expect("stack underflow")
    };
}

/// A local variable's value (`UnboundLocalError` if it has none).
macro_rules! local {
    ($vm:expr, $stack:expr, $code:expr, $base:expr, $i:expr) => {
        match &$stack[$base + $i as usize] {
            Value::Unbound => return Err($vm.unbound_local(&$code, $i as u32)),
            v => v.fast_clone(),
        }
    };
}

/// `LoadAttr` (and its fused forms): pushes `obj.name`, or hands over to script code for a
/// property getter or `__getattr__`.
macro_rules! load_attr {
    ($vm:expr, $fiber:expr, $stack:expr, $code:expr, $obj:expr, $i:expr, $l:lifetime) => {{
        let obj = $obj;
        let name = &$code.names[$i as usize];
        match $vm.load_attr_cached(&obj, name, &$code.attr_cache[$i as usize]) {
            Ok(v @ Value::Wrapped(_)) if matches!(obj, Value::Instance(_) | Value::Super(_)) => {
                if super::protocol::property_parts(&v).is_some() {
                    // Through `super()`, the getter runs on the instance.
                    let receiver = match &obj {
                        Value::Super(s) => s.obj.clone(),
                        _ => obj,
                    };
                    protocol!($l, $vm.property_get($fiber, &v, receiver, name));
                }
                $stack.push(v);
            }
            Ok(v) => {
                $stack.push(v);
                obj.discard();
            }
            Err(e) if is_instance(&obj) => {
                protocol!($l, $vm.attr_missing($fiber, obj, name, e))
            }
            Err(e) => return Err(e),
        }
    }};
}

/// `StoreAttr` (and its fused form): `obj.name = v`, running a property setter or
/// `__setattr__` as script code.
macro_rules! store_attr {
    ($vm:expr, $fiber:expr, $code:expr, $obj:expr, $v:expr, $i:expr, $l:lifetime) => {{
        let (obj, v) = ($obj, $v);
        let name = &$code.names[$i as usize];
        if let Value::Instance(inst) = &obj
            && !inst.class.setters.get()
        {
            if let Err(v) = super::attr_cache::store(inst, name, &$code.attr_cache[$i as usize], v)
            {
                inst.dict.borrow_mut().set_str_rc(name, v);
            }
            continue;
        }
        if let Some(setter) = $vm.property_setter(&obj, name) {
            let (f, args) = Interp::setter_call(setter?, obj, v);
            protocol!($l, $vm.call_for_op($fiber, f, args));
        }
        $vm.store_attr(&obj, name, v)?;
    }};
}

/// `LoadMethod` (and its fused form): pushes `[method, obj]` for a plain method, else
/// `[attribute, NULL]`.
macro_rules! load_method {
    ($vm:expr, $fiber:expr, $stack:expr, $code:expr, $obj:expr, $i:expr, $l:lifetime) => {{
        let obj = $obj;
        let name = &$code.names[$i as usize];
        let cache = &$code.attr_cache[$i as usize];
        let (callable, receiver) = match $vm.load_method_cached(obj.clone(), name, cache) {
            Ok(r) => r,
            Err(e) if is_instance(&obj) => {
                protocol!($l, $vm.attr_missing($fiber, obj, name, e))
            }
            Err(e) => return Err(e),
        };
        if let Value::Unbound = receiver
            && super::protocol::property_parts(&callable).is_some()
            && is_instance(&obj)
        {
            protocol!($l, $vm.property_get($fiber, &callable, obj, name));
        }
        $stack.push(callable);
        $stack.push(receiver);
    }};
}

impl Interp {
    /// Runs `fiber` until it returns, raises, or must wait for the outside world.
    pub fn run(&mut self, fiber: &mut Fiber) -> Halt {
        let h = self.run_inner(fiber);
        if crate::object::unawaited::pending() {
            self.note_unawaited_in(fiber);
        }
        h
    }

    fn run_inner(&mut self, fiber: &mut Fiber) -> Halt {
        if let Some(exc) = fiber.pending_throw.take()
            && let Some(h) = self.unwind(fiber, exc)
        {
            return h;
        }
        loop {
            match self.dispatch(fiber) {
                Ok(h) => return h,
                Err(r) => {
                    let exc = self.materialize(r);
                    self.set_context(fiber, &exc);
                    if let Some(h) = self.unwind(fiber, exc) {
                        return h;
                    }
                }
            }
        }
    }

    fn dispatch(&mut self, fiber: &mut Fiber) -> Result<Halt, Raise> {
        // The running frame's code, kept across frame switches while it stays the same (a
        // recursive call or a return to the same function costs no reference counting).
        let mut code = fiber
            .frames
            .last()
            .expect("a running fiber has a frame")
            .code
            .clone();
        'frames: loop {
            let Fiber { frames, stack, .. } = &mut *fiber;
            let frame = frames.last_mut().expect("a running fiber has a frame");
            if !Rc::ptr_eq(&code, &frame.code) {
                code = frame.code.clone();
            }
            let ops: &[Op] = &code.code.ops;
            let base = frame.base as usize;
            loop {
                let op = ops[frame.pc as usize];
                frame.pc += 1;
                match op {
                    Op::Nop => {}
                    Op::LoadConst(i) => stack.push(code.consts[i as usize].fast_clone()),
                    Op::LoadNone => stack.push(Value::None),
                    Op::LoadSmallInt(i) => Value::push_int(stack, i as i64),
                    Op::LoadFast(i) => match &stack[base + i as usize] {
                        Value::Unbound => return Err(self.unbound_local(&code, i)),
                        v => {
                            let v = v.fast_clone();
                            stack.push(v)
                        }
                    },
                    Op::StoreFast(i) => {
                        let v = pop!(stack);
                        let old = std::mem::replace(&mut stack[base + i as usize], v);
                        // Rebinding a never-awaited coroutine warns from here (one tag test).
                        if let Value::Coroutine(_) = old {
                            drop(old);
                            if crate::object::unawaited::pending() {
                                self.note_unawaited(Some(frame));
                            }
                        } else {
                            old.discard();
                        }
                        finalize_point!('frames, self, fiber);
                    }
                    Op::DeleteFast(i) => {
                        if let Value::Unbound = stack[base + i as usize] {
                            return Err(self.unbound_local(&code, i));
                        }
                        stack[base + i as usize] = Value::Unbound;
                        drop_point!('frames, self, fiber, frame);
                    }
                    Op::LoadDeref(i) => {
                        let v = frame.cells[i as usize].borrow().clone();
                        if let Value::Unbound = v {
                            return Err(self.unbound_deref(&code, i));
                        }
                        stack.push(v);
                    }
                    Op::StoreDeref(i) => *frame.cells[i as usize].borrow_mut() = pop!(stack),
                    Op::LoadClosure(i) => stack.push(Value::Cell(frame.cells[i as usize].clone())),
                    Op::LoadGlobal(i) => {
                        let v = self.load_global(
                            &frame.globals,
                            &code.names[i as usize],
                            &code.global_cache[i as usize],
                        )?;
                        stack.push(v);
                    }
                    Op::StoreGlobal(i) => {
                        let v = pop!(stack);
                        let i = i as usize;
                        store_global(&frame.globals, &code.names[i], &code.global_cache[i], v)?;
                        drop_point!('frames, self, fiber, frame);
                    }
                    Op::DeleteGlobal(i) => {
                        let name = &code.names[i as usize];
                        let key = ops::make_key(Value::Str(name.clone()))?;
                        if frame.globals.borrow_mut().remove(&key).is_none() {
                            return err(
                                ExcKind::NameError,
                                format!("name '{}' is not defined", name.as_str()),
                            );
                        }
                        drop_point!('frames, self, fiber, frame);
                    }
                    Op::LoadName(i) => {
                        let v = self.load_name(frame, &code, i as usize)?;
                        stack.push(v);
                    }
                    Op::StoreName(i) => {
                        let v = pop!(stack);
                        self.store_name(frame, &code.names[i as usize], v);
                        drop_point!('frames, self, fiber, frame);
                    }
                    Op::DeleteName(i) => {
                        self.delete_name(frame, &code.names[i as usize])?;
                        drop_point!('frames, self, fiber, frame);
                    }
                    Op::BuildClass { nbases } => match self.build_class(fiber, nbases as usize)? {
                        Flow::Continue => continue 'frames,
                        Flow::Halt(h) => return Ok(*h),
                    },
                    Op::LoadAttr(i) => {
                        let obj = pop!(stack);
                        load_attr!(self, fiber, stack, code, obj, i, 'frames);
                    }
                    Op::LocalLoadAttr { local, name } => {
                        let obj = local!(self, stack, code, base, local);
                        load_attr!(self, fiber, stack, code, obj, name, 'frames);
                    }
                    Op::StoreAttr(i) => {
                        let obj = pop!(stack);
                        let v = pop!(stack);
                        store_attr!(self, fiber, code, obj, v, i, 'frames);
                        finalize_point!('frames, self, fiber);
                    }
                    Op::LocalStoreAttr { local, name } => {
                        let obj = local!(self, stack, code, base, local);
                        let v = pop!(stack);
                        store_attr!(self, fiber, code, obj, v, name, 'frames);
                        finalize_point!('frames, self, fiber);
                    }
                    Op::DeleteAttr(i) => {
                        let obj = pop!(stack);
                        let name = &code.names[i as usize];
                        if let Some(Value::Function(f)) =
                            super::protocol::special(&obj, "__delattr__")
                        {
                            protocol!(
                                'frames,
                                self.call_for_op(
                                    fiber,
                                    Value::Function(f),
                                    vec![obj, Value::str(name.as_str())]
                                )
                            );
                        }
                        if let Some(fdel) = self.property_deleter(&obj, name) {
                            protocol!('frames, self.call_for_op(fiber, fdel?, vec![obj]));
                        }
                        self.delete_attr(&obj, name)?;
                    }
                    Op::LoadMethod(i) => {
                        let obj = pop!(stack);
                        load_method!(self, fiber, stack, code, obj, i, 'frames);
                    }
                    Op::LocalLoadMethod { local, name } => {
                        let obj = local!(self, stack, code, base, local);
                        load_method!(self, fiber, stack, code, obj, name, 'frames);
                    }
                    Op::PopTop => {
                        let v = pop!(stack);
                        // An expression statement that drops a coroutine (`f()` for
                        // `await f()`): warn about it from here (one tag test).
                        if let Value::Coroutine(_) = v {
                            drop(v);
                            if crate::object::unawaited::pending() {
                                self.note_unawaited(Some(frame));
                            }
                        } else {
                            v.discard()
                        }
                        finalize_point!('frames, self, fiber);
                    }
                    Op::DupTop => {
                        let v = stack.last().expect("stack underflow").clone();
                        stack.push(v);
                    }
                    Op::DupTopTwo => {
                        let n = stack.len();
                        let (a, b) = (stack[n - 2].clone(), stack[n - 1].clone());
                        stack.push(a);
                        stack.push(b);
                    }
                    Op::RotTwo => {
                        let n = stack.len();
                        stack.swap(n - 1, n - 2);
                    }
                    Op::RotThree => {
                        let n = stack.len();
                        stack[n - 3..].rotate_right(1);
                    }
                    Op::Binary { op, inplace } => {
                        if !binary(stack, op, inplace)? {
                            protocol!('frames, self.binary_protocol(fiber, op, inplace));
                        }
                    }
                    Op::BinaryConst { op, k, inplace } => {
                        if !binary_const(stack, op, k, inplace)? {
                            stack.push(Value::Int(k as i64));
                            protocol!('frames, self.binary_protocol(fiber, op, inplace));
                        }
                    }
                    Op::BinaryLocal { local, op, inplace } => {
                        let v = local!(self, stack, code, base, local);
                        stack.push(v);
                        if !binary(stack, op, inplace)? {
                            protocol!('frames, self.binary_protocol(fiber, op, inplace));
                        }
                    }
                    Op::LocalsBinary { a, b, op, inplace } => {
                        // Numbers straight from the locals, without the trip through the stack.
                        match (&stack[base + a as usize], &stack[base + b as usize]) {
                            (Value::Int(x), Value::Int(y)) => {
                                if let Some(r) = int_arith(op, *x, *y) {
                                    Value::push_int(stack, r);
                                    continue;
                                }
                            }
                            (x, y) => {
                                if let Some(r) = float_arith(op, x, y) {
                                    Value::push_float(stack, r);
                                    continue;
                                }
                            }
                        }
                        let x = local!(self, stack, code, base, a);
                        stack.push(x);
                        let y = local!(self, stack, code, base, b);
                        stack.push(y);
                        if !binary(stack, op, inplace)? {
                            protocol!('frames, self.binary_protocol(fiber, op, inplace));
                        }
                    }
                    Op::LocalBinaryConst {
                        local,
                        op,
                        k,
                        inplace,
                    } => {
                        let v = match &stack[base + local as usize] {
                            Value::Unbound => return Err(self.unbound_local(&code, local as u32)),
                            v => v.fast_clone(),
                        };
                        stack.push(v);
                        if !binary_const(stack, op, k as i32, inplace)? {
                            stack.push(Value::Int(k as i64));
                            protocol!('frames, self.binary_protocol(fiber, op, inplace));
                        }
                    }
                    Op::UnaryNegative | Op::UnaryPositive | Op::UnaryInvert => {
                        let v = pop!(stack);
                        if let Value::Instance(_) = v {
                            let (name, sym) = match op {
                                Op::UnaryNegative => ("__neg__", "-"),
                                Op::UnaryPositive => ("__pos__", "+"),
                                _ => ("__invert__", "~"),
                            };
                            protocol!('frames, self.call_unary_method(fiber, name, sym, v));
                        }
                        stack.push(match op {
                            Op::UnaryNegative => arith::negative(&v)?,
                            Op::UnaryPositive => arith::positive(&v)?,
                            _ => arith::invert(&v)?,
                        });
                    }
                    Op::UnaryNot => {
                        let v = pop!(stack);
                        match self.plain_truth(&v) {
                            Some(b) => Value::push_bool(stack, !b),
                            None => protocol!('frames, self.start_truth(fiber, v)),
                        }
                    }
                    Op::Compare(op) => {
                        if !compare_top(stack, op)? {
                            protocol!('frames, self.compare_protocol(fiber, op));
                        }
                    }
                    Op::LocalCompareConstJumpIfFalse {
                        local,
                        op,
                        k,
                        target,
                    } => {
                        let fast = match &stack[base + local as usize] {
                            Value::Int(a) => int_compare(op, *a, k as i64),
                            Value::Unbound => return Err(self.unbound_local(&code, local as u32)),
                            _ => None,
                        };
                        let holds = match fast {
                            Some(r) => r,
                            None => {
                                let v = stack[base + local as usize].fast_clone();
                                stack.push(v);
                                stack.push(Value::Int(k as i64));
                                match compare_pop(stack, op)? {
                                    Some(r) => r,
                                    None => protocol!('frames, self.compare_protocol(fiber, op)),
                                }
                            }
                        };
                        if !holds {
                            frame.pc = target;
                        }
                    }
                    Op::CompareConstJumpIfFalse { op, k, target } => {
                        stack.push(Value::Int(k as i64));
                        match compare_pop(stack, op)? {
                            Some(true) => {}
                            Some(false) => frame.pc = target,
                            None => protocol!('frames, self.compare_protocol(fiber, op)),
                        }
                    }
                    Op::CompareJumpIfFalse { op, target } => match compare_pop(stack, op)? {
                        Some(true) => {}
                        Some(false) => frame.pc = target,
                        None => protocol!('frames, self.compare_protocol(fiber, op)),
                    },
                    Op::Jump(t) => frame.pc = t,
                    Op::JumpBack(t) => {
                        tick!(self);
                        frame.pc = t;
                    }
                    Op::PopJumpIfFalse(t) => {
                        let jump = match pop!(stack) {
                            Value::Bool(b) => !b,
                            v @ Value::Instance(_) => match self.plain_truth(&v) {
                                Some(b) => !b,
                                None => protocol!('frames, self.start_truth(fiber, v)),
                            },
                            v => {
                                let b = truthy(&v);
                                v.discard();
                                !b
                            }
                        };
                        if jump {
                            frame.pc = t;
                        }
                    }
                    Op::IsNone | Op::IsNotNone => {
                        let top = stack.last_mut().expect("operand");
                        let is = matches!(top, Value::None) == matches!(op, Op::IsNone);
                        Value::set_bool(top, is);
                    }
                    Op::PopJumpIfNone(t) | Op::PopJumpIfNotNone(t) => {
                        let v = pop!(stack);
                        if matches!(v, Value::None) == matches!(op, Op::PopJumpIfNone(_)) {
                            frame.pc = t;
                        }
                        v.discard();
                    }
                    Op::PopJumpIfTrue(t) => {
                        let v = pop!(stack);
                        match self.plain_truth(&v) {
                            Some(b) => {
                                v.discard();
                                if b {
                                    frame.pc = t;
                                }
                            }
                            None => protocol!('frames, self.start_truth(fiber, v)),
                        }
                    }
                    Op::JumpIfFalseOrPop(t) | Op::JumpIfTrueOrPop(t) => {
                        let v = stack.last().expect("stack underflow");
                        match self.plain_truth(v) {
                            Some(b) => {
                                if b == matches!(op, Op::JumpIfTrueOrPop(_)) {
                                    frame.pc = t;
                                } else {
                                    pop!(stack);
                                }
                            }
                            None => {
                                let v = v.clone();
                                protocol!('frames, self.start_truth(fiber, v));
                            }
                        }
                    }
                    Op::GetIter => {
                        let v = pop!(stack);
                        match v {
                            Value::Generator(_) => stack.push(v),
                            Value::Instance(_) => match self.call_iter_method(fiber, &v)? {
                                Flow::Continue => continue 'frames,
                                Flow::Halt(h) => return Ok(*h),
                            },
                            v => stack.push(iter_of(&v)?),
                        }
                    }
                    Op::ForIter(t) => {
                        // Inline: the next item of a range, a list or a tuple.
                        if let Some(Value::Iter(it)) = stack.last() {
                            let it: *const std::cell::RefCell<_> = &**it;
                            // SAFETY: the iterator's `Rc` stays in its stack slot while the
                            // item is pushed (a reallocation moves the `Rc`, not the heap
                            // state it points to), so the state outlives this borrow.
                            if unsafe { (*it).borrow_mut() }.push_next_quick(stack) {
                                continue;
                            }
                        }
                        let next = match stack.last() {
                            Some(Value::Iter(it)) => Some(it.borrow_mut().next_item()?),
                            _ => None,
                        };
                        match next {
                            Some(Some(v)) => stack.push(v),
                            Some(None) => {
                                pop!(stack);
                                frame.pc = t;
                            }
                            None => {
                                let it = stack.last().expect("stack underflow").clone();
                                match self.iterate_slow(fiber, it)? {
                                    Flow::Continue => continue 'frames,
                                    Flow::Halt(h) => return Ok(*h),
                                }
                            }
                        }
                    }
                    Op::BuildList(n) => {
                        crate::object::gc::maybe_collect();
                        let items = stack.split_off(stack.len() - n as usize);
                        stack.push(Value::list(items));
                    }
                    Op::BuildTuple(n) => {
                        let items = stack.split_off(stack.len() - n as usize);
                        stack.push(Value::tuple(items));
                    }
                    Op::BuildMap(n) => {
                        crate::object::gc::maybe_collect();
                        let items = stack.split_off(stack.len() - 2 * n as usize);
                        match build_map(&items) {
                            Ok(d) => stack.push(d),
                            Err(e) => {
                                let items = Value::list(items);
                                protocol!('frames, self.keyed_fallback(fiber, e, "_build_map", vec![items]));
                            }
                        }
                    }
                    Op::BuildString(n) => {
                        let items = stack.split_off(stack.len() - n as usize);
                        stack.push(build_string(&items));
                    }
                    Op::BuildSlice(n) => {
                        let step = if n == 3 { pop!(stack) } else { Value::None };
                        let stop = pop!(stack);
                        let start = pop!(stack);
                        stack.push(Value::Slice(Rc::new(Slice { start, stop, step })));
                    }
                    Op::ListAppend(d) => {
                        let v = pop!(stack);
                        let n = stack.len();
                        if let Value::List(l) = &stack[n - d as usize] {
                            l.borrow_mut().push(v);
                        }
                    }
                    Op::ListExtend => {
                        let it = pop!(stack);
                        let items = match crate::object::iter::collect(&it) {
                            Ok(items) => items,
                            Err(r) if r.needs_script() => {
                                stack.push(it.clone());
                                protocol!('frames, self.collect_for_op(fiber, it));
                            }
                            Err(_) if iter_of(&it).is_err() => {
                                return err(
                                    ExcKind::TypeError,
                                    format!(
                                        "Value after * must be an iterable, not {}",
                                        it.type_name()
                                    ),
                                );
                            }
                            Err(r) => return Err(r),
                        };
                        if let Some(Value::List(l)) = stack.last() {
                            l.borrow_mut().extend(items);
                        }
                    }
                    Op::MapAdd(d) => {
                        let v = pop!(stack);
                        let k = pop!(stack);
                        let n = stack.len();
                        if let Value::Dict(m) = &stack[n - d as usize] {
                            let back = match ops::hash_value(&k) {
                                Ok(hash) => m
                                    .borrow_mut()
                                    .try_insert(crate::object::dict::Key { hash, value: k }, v)
                                    .map(|(key, v)| (Raise::delegate(), key.value, v)),
                                Err(e) => Some((e, k, v)),
                            };
                            if let Some((e, k, v)) = back {
                                let m = stack[n - d as usize].clone();
                                protocol!('frames, self.keyed_fallback(fiber, e, "_dict_setitem", vec![m, k, v]));
                            }
                        }
                    }
                    Op::DictUpdate => {
                        let other = pop!(stack);
                        let Some(Value::Dict(target)) = stack.last() else {
                            unreachable!()
                        };
                        if let Err(e) = dict_update(target, &other) {
                            let target = Value::Dict(target.clone());
                            protocol!('frames, self.keyed_fallback(fiber, e, "_dict_merge", vec![target, other]));
                        }
                    }
                    Op::DictMerge => {
                        let other = pop!(stack);
                        let n = stack.len();
                        super::call::merge_kwargs(&stack[n - 3], &stack[n - 1], &other)?;
                    }
                    Op::ListToTuple => {
                        if let Value::List(l) = pop!(stack) {
                            let items = std::mem::take(&mut *l.borrow_mut());
                            stack.push(Value::tuple(items));
                        }
                    }
                    Op::BuildSet(n) => {
                        let items = stack.split_off(stack.len() - n as usize);
                        match crate::object::set::SetObj::from_values(items.iter().cloned()) {
                            Ok(set) => {
                                stack.push(Value::Set(Rc::new(std::cell::RefCell::new(set))))
                            }
                            Err(e) => {
                                let items = Value::list(items);
                                protocol!('frames, self.keyed_fallback(fiber, e, "_build_set", vec![items]));
                            }
                        }
                    }
                    Op::SetAdd(d) => {
                        let v = pop!(stack);
                        let n = stack.len();
                        if let Value::Set(s) = &stack[n - d as usize] {
                            let r = s.borrow_mut().add_ref(&v);
                            if let Err(e) = r {
                                let s = stack[n - d as usize].clone();
                                protocol!('frames, self.keyed_fallback(fiber, e, "_set_add", vec![s, v]));
                            }
                        }
                    }
                    Op::SetUpdate => {
                        let it = pop!(stack);
                        if let (Value::FrozenSet(src), Some(Value::Set(s))) = (&it, stack.last())
                            && s.borrow_mut().update_from(src).is_ok()
                        {
                            continue;
                        }
                        let items = match crate::object::iter::collect(&it) {
                            Ok(items) => items,
                            Err(r) if r.needs_script() => {
                                stack.push(it.clone());
                                protocol!('frames, self.collect_for_op(fiber, it));
                            }
                            Err(r) => return Err(r),
                        };
                        if let Some(Value::Set(s)) = stack.last() {
                            let r = items
                                .iter()
                                .try_for_each(|v| s.borrow_mut().add_ref(v).map(|_| ()));
                            if let Err(e) = r {
                                // The rest by script code, then the instruction runs again on
                                // nothing (see `complete_op`).
                                let s = Value::Set(s.clone());
                                stack.push(Value::tuple(Vec::new()));
                                protocol!('frames, self.keyed_fallback(fiber, e, "_set_update_op", vec![s, Value::list(items)]));
                            }
                        }
                    }
                    Op::FormatValue { conv, spec } => {
                        let spec = if spec { Some(pop!(stack)) } else { None };
                        let v = pop!(stack);
                        if conv == 0
                            && let Some(f @ Value::Function(_)) =
                                super::protocol::special(&v, "__format__")
                        {
                            // A class's own `__format__(spec)`.
                            let spec = spec.unwrap_or_else(|| Value::str(""));
                            protocol!('frames, self.call_value(fiber, f, vec![v, spec], Vec::new()));
                        }
                        if conv != 0
                            && matches!(v, Value::Instance(_))
                            && !is_empty_spec(spec.as_ref())
                            && let Some(f) = self.prelude_fn("_format_converted")
                        {
                            // `{obj!s:>8}`: convert by script code, then format.
                            let args =
                                vec![v, Value::Int(conv as i64), spec.unwrap_or(Value::None)];
                            protocol!('frames, self.call_value(fiber, f, args, Vec::new()));
                        }
                        if is_user_object(&v) && is_empty_spec(spec.as_ref()) {
                            match self.format_user_object(fiber, v, conv)? {
                                Flow::Continue => continue 'frames,
                                Flow::Halt(h) => return Ok(*h),
                            }
                        }
                        stack.push(self.format_value(&v, conv, spec.as_ref())?);
                    }
                    Op::Subscript => {
                        let key = pop!(stack);
                        let obj = pop!(stack);
                        if let (Value::List(l), Value::Int(i)) = (&obj, &key) {
                            let l = l.borrow();
                            let idx = if *i < 0 { *i + l.len() as i64 } else { *i };
                            if idx >= 0 && (idx as usize) < l.len() {
                                let v = l[idx as usize].fast_clone();
                                drop(l);
                                stack.push(v);
                                obj.discard();
                                continue;
                            }
                        }
                        if let Value::Instance(_) = obj {
                            protocol!('frames, self.call_item_method(fiber, "__getitem__", vec![obj, key]));
                        }
                        if let Value::Type(_) = obj {
                            // `list[int]`, `Cls[T]`: generic aliases (see the prelude).
                            protocol!('frames, self.class_getitem(fiber, obj, key));
                        }
                        match ops::get_item(&obj, &key) {
                            Ok(v) => stack.push(v),
                            Err(e) => {
                                protocol!('frames, self.keyed_fallback(fiber, e, "_getitem", vec![obj, key]))
                            }
                        }
                    }
                    Op::StoreSubscript => {
                        let key = pop!(stack);
                        let obj = pop!(stack);
                        let v = pop!(stack);
                        if let (Value::List(l), Value::Int(i)) = (&obj, &key) {
                            let mut l = l.borrow_mut();
                            let idx = if *i < 0 { *i + l.len() as i64 } else { *i };
                            if idx >= 0 && (idx as usize) < l.len() {
                                Value::assign(&mut l[idx as usize], v);
                                drop(l);
                                obj.discard();
                                finalize_point!('frames, self, fiber);
                                continue;
                            }
                        }
                        if let Value::Instance(_) = obj {
                            protocol!('frames, self.call_item_method(
                                fiber,
                                "__setitem__",
                                vec![obj, key, v]
                            ));
                        }
                        if let Value::Dict(d) = &obj {
                            // A key whose hash or equality needs script code: the prelude.
                            let back = match ops::hash_value(&key) {
                                Ok(hash) => d
                                    .borrow_mut()
                                    .try_insert(crate::object::dict::Key { hash, value: key }, v)
                                    .map(|(k, v)| (Raise::delegate(), k.value, v)),
                                Err(e) => Some((e, key, v)),
                            };
                            if let Some((e, k, v)) = back {
                                protocol!('frames, self.keyed_fallback(fiber, e, "_dict_setitem", vec![obj, k, v]));
                            }
                            drop(obj);
                            finalize_point!('frames, self, fiber);
                            continue;
                        }
                        if let Err(e) = ops::set_item(&obj, &key, v.clone()) {
                            protocol!('frames, self.keyed_fallback(fiber, e, "_setitem", vec![obj, key, v]));
                        }
                        drop(obj);
                        finalize_point!('frames, self, fiber);
                    }
                    Op::DeleteSubscript => {
                        let key = pop!(stack);
                        let obj = pop!(stack);
                        if let Value::Instance(_) = obj {
                            protocol!('frames, self.call_item_method(fiber, "__delitem__", vec![obj, key]));
                        }
                        if let Err(e) = ops::del_item(&obj, &key) {
                            protocol!('frames, self.keyed_fallback(fiber, e, "_delitem", vec![obj, key]));
                        }
                        drop((obj, key));
                        finalize_point!('frames, self, fiber);
                    }
                    Op::UnpackSequence(n) => {
                        let seq = pop!(stack);
                        // Fast path: a tuple or list of the right length, pushed in place.
                        match &seq {
                            Value::Tuple(t) if t.len() == n as usize => {
                                stack.extend(t.iter().rev().map(Value::fast_clone));
                                seq.discard();
                                continue;
                            }
                            Value::List(l) if l.borrow().len() == n as usize => {
                                stack.extend(l.borrow().iter().rev().map(Value::fast_clone));
                                seq.discard();
                                continue;
                            }
                            _ => {}
                        }
                        let items = match unpack_items(&seq) {
                            Ok(items) => items,
                            Err(r) if r.needs_script() => {
                                stack.push(seq.clone());
                                protocol!('frames, self.collect_for_op(fiber, seq));
                            }
                            Err(r) => return Err(r),
                        };
                        let items = unpack(items, n as usize, None)?;
                        stack.extend(items.into_iter().rev());
                    }
                    Op::UnpackEx { before, after } => {
                        let seq = pop!(stack);
                        let items = match unpack_items(&seq) {
                            Ok(items) => items,
                            Err(r) if r.needs_script() => {
                                stack.push(seq.clone());
                                protocol!('frames, self.collect_for_op(fiber, seq));
                            }
                            Err(r) => return Err(r),
                        };
                        let (b, a) = (before as usize, after as usize);
                        let mut items = unpack(items, b + a, Some(b))?;
                        let tail = items.split_off(items.len() - a);
                        let middle = items.split_off(b);
                        stack.extend(tail.into_iter().rev());
                        stack.push(Value::list(middle));
                        stack.extend(items.into_iter().rev());
                    }
                    Op::Call(argc) => {
                        // Fast path: a plain script function called with exactly its
                        // parameters; the arguments on the stack become its locals in place.
                        let at = stack.len() - argc as usize - 1;
                        if let Value::Function(f) = &stack[at]
                            && f.code.code.simple_call
                            && f.code.code.argcount == argc
                        {
                            if frames.len() >= self.recursion_limit {
                                return err(
                                    ExcKind::RecursionError,
                                    "maximum recursion depth exceeded",
                                );
                            }
                            tick!(self);
                            let nlocals = f.code.code.nlocals();
                            let id = self.next_frame_id;
                            self.next_frame_id += 1;
                            let new = Frame {
                                code: f.code.clone(),
                                pc: 0,
                                base: at as u32 + 1,
                                return_to: at as u32,
                                cells: Box::new([]),
                                globals: f.globals.clone(),
                                extra: None,
                                kind: FrameKind::Call,
                                id,
                            };
                            for _ in argc as usize..nlocals {
                                stack.push(Value::Unbound);
                            }
                            frames.push(new);
                            continue 'frames;
                        }
                        match self.call(fiber, argc as usize, None)? {
                            Flow::Continue => continue 'frames,
                            Flow::Halt(h) => return Ok(*h),
                        }
                    }
                    Op::CallKw { argc, names } => {
                        let Value::Tuple(names) = &code.consts[names as usize] else {
                            unreachable!()
                        };
                        match self.call(fiber, argc as usize, Some(names))? {
                            Flow::Continue => continue 'frames,
                            Flow::Halt(h) => return Ok(*h),
                        }
                    }
                    Op::CallMethod(argc) => {
                        let n = stack.len();
                        let argc = if let Value::Unbound = stack[n - argc as usize - 1] {
                            stack.remove(n - argc as usize - 1);
                            argc
                        } else {
                            argc + 1
                        };
                        // Fast path, as for `Call`: a plain method called with exactly its
                        // parameters (the receiver is the first).
                        let at = stack.len() - argc as usize - 1;
                        if let Value::Function(f) = &stack[at]
                            && f.code.code.simple_call
                            && f.code.code.argcount == argc
                        {
                            if frames.len() >= self.recursion_limit {
                                return err(
                                    ExcKind::RecursionError,
                                    "maximum recursion depth exceeded",
                                );
                            }
                            tick!(self);
                            let nlocals = f.code.code.nlocals();
                            let id = self.next_frame_id;
                            self.next_frame_id += 1;
                            let new = Frame {
                                code: f.code.clone(),
                                pc: 0,
                                base: at as u32 + 1,
                                return_to: at as u32,
                                cells: Box::new([]),
                                globals: f.globals.clone(),
                                extra: None,
                                kind: FrameKind::Call,
                                id,
                            };
                            for _ in argc as usize..nlocals {
                                stack.push(Value::Unbound);
                            }
                            frames.push(new);
                            continue 'frames;
                        }
                        match self.call(fiber, argc as usize, None)? {
                            Flow::Continue => continue 'frames,
                            Flow::Halt(h) => return Ok(*h),
                        }
                    }
                    Op::CallEx { kwargs } => match self.call_ex(fiber, kwargs)? {
                        Flow::Continue => continue 'frames,
                        Flow::Halt(h) => return Ok(*h),
                    },
                    Op::MakeFunction {
                        code: c,
                        defaults,
                        kwdefaults,
                        closure,
                    } => {
                        let f = self.make_function(
                            stack,
                            &frame.globals,
                            &code.consts[c as usize],
                            defaults,
                            kwdefaults,
                            closure,
                        );
                        stack.push(f);
                    }
                    Op::Return | Op::ReturnLocal(_) => {
                        let v = match op {
                            Op::ReturnLocal(i) => match &stack[base + i as usize] {
                                Value::Unbound => return Err(self.unbound_local(&code, i)),
                                v => v.fast_clone(),
                            },
                            _ => pop!(stack),
                        };
                        // Fast path: a plain call returning to a caller on this fiber.
                        if let FrameKind::Call = frame.kind
                            && frame.return_to > 0
                            && frame.extra.as_ref().is_none_or(|e| e.then.is_none())
                        {
                            // `return_to > 0`: only the bottom frame of a fiber returns to an
                            // empty stack, so a caller frame exists.
                            let return_to = frame.return_to as usize;
                            frames.pop();
                            Value::truncate(stack, return_to);
                            stack.push(v);
                            // A local coroutine never awaited goes with the frame.
                            if crate::object::unawaited::pending() {
                                self.note_unawaited(frames.last());
                            }
                            finalize_point!('frames, self, fiber);
                            continue 'frames;
                        }
                        if let Some(h) = self.do_return(fiber, v)? {
                            return Ok(h);
                        }
                        if crate::object::unawaited::pending() {
                            self.note_unawaited_in(fiber);
                        }
                        finalize_point!('frames, self, fiber);
                        continue 'frames;
                    }
                    Op::Await => match self.await_value(fiber)? {
                        Flow::Continue => continue 'frames,
                        Flow::Halt(h) => return Ok(*h),
                    },
                    Op::YieldValue => {
                        let v = pop!(stack);
                        match self.yield_value(fiber, v)? {
                            Flow::Continue => continue 'frames,
                            Flow::Halt(h) => return Ok(*h),
                        }
                    }
                    Op::YieldFrom => match self.yield_from(fiber)? {
                        Flow::Continue => continue 'frames,
                        Flow::Halt(h) => return Ok(*h),
                    },
                    Op::GetYieldFromIter => {
                        let v = pop!(stack);
                        match v {
                            Value::Generator(_) | Value::Coroutine(_) | Value::Future(_) => {
                                stack.push(v)
                            }
                            Value::Instance(_) => {
                                protocol!('frames, self.call_iter_method(fiber, &v))
                            }
                            v => stack.push(iter_of(&v)?),
                        }
                    }
                    Op::SetupExcept(t) => {
                        let depth = (stack.len() - base) as u32;
                        let h = frame.extra();
                        let handling = h.handling.len() as u32;
                        h.blocks.push(Block {
                            handler: t,
                            depth,
                            handling,
                        });
                    }
                    Op::PopBlock => {
                        frame.extra().blocks.pop();
                    }
                    Op::PopExcept => {
                        frame.extra().handling.pop();
                    }
                    Op::Raise(n) => return Err(self.raise_op(fiber, n)),
                    Op::Reraise => {
                        let exc = pop!(stack);
                        frame.extra().handling.pop();
                        return Err(Raise::value(exc));
                    }
                    Op::CheckExcMatch => {
                        let cls = pop!(stack);
                        let exc = stack.last().expect("stack underflow");
                        let m = self.exception_matches(exc, &cls)?;
                        stack.push(Value::Bool(m));
                    }
                    Op::ImportName(i) => {
                        let name = code.code.names[i as usize].clone();
                        let name: Rc<str> = match name.strip_suffix("\0from") {
                            Some(n) => Rc::from(n),
                            None => name,
                        };
                        match self.modules.get(&name) {
                            Some(m) => stack.push(m.clone()),
                            None => return Ok(Halt::Import { name }),
                        }
                    }
                    Op::ImportFrom(i) => {
                        let module = stack.last().expect("stack underflow").clone();
                        let v = self.import_from(&module, &code.names[i as usize])?;
                        stack.push(v);
                    }
                    Op::ImportStar => {
                        let module = pop!(stack);
                        self.import_star(&module, &frame.globals)?;
                    }
                    Op::PrintExpr => {
                        let v = pop!(stack);
                        self.print_expr(v);
                    }
                }
            }
        }
    }

    /// A binary operator whose operands (on the stack) include an object of a user class.
    #[cold]
    #[inline(never)]
    fn binary_protocol(&mut self, fiber: &mut Fiber, op: BinOp, inplace: bool) -> RResult<Flow> {
        let b = fiber.stack.pop().expect("operand");
        let a = fiber.stack.pop().expect("operand");
        self.start_binary(fiber, op, inplace, a, b)
    }

    /// A comparison whose operands (on the stack) include an object of a user class.
    #[cold]
    #[inline(never)]
    fn compare_protocol(&mut self, fiber: &mut Fiber, op: CmpOp) -> RResult<Flow> {
        let b = fiber.stack.pop().expect("operand");
        let a = fiber.stack.pop().expect("operand");
        self.start_compare(fiber, op, a, b)
    }

    /// `ForIter` over a generator or an object of a user class.
    #[cold]
    #[inline(never)]
    fn iterate_slow(&mut self, fiber: &mut Fiber, it: Value) -> RResult<Flow> {
        match &it {
            Value::Generator(g) => {
                self.resume_generator(fiber, g, super::Resume::Value(Value::None), None)
            }
            Value::Instance(_) => self.call_next_method(fiber, &it),
            other => err(
                ExcKind::TypeError,
                format!("'{}' object is not an iterator", other.type_name()),
            ),
        }
    }

    /// Pops the returning frame and hands its result to the caller.
    fn do_return(&mut self, fiber: &mut Fiber, v: Value) -> RResult<Option<Halt>> {
        let f = fiber.frames.pop().expect("returning frame");
        fiber.stack.truncate(f.return_to as usize);
        let result = match f.kind {
            FrameKind::Call | FrameKind::Exec(_) => v,
            FrameKind::Finalizer => return Ok(None),
            FrameKind::OpCall => {
                let flow = match f.extra.and_then(|e| e.then) {
                    Some(then) => {
                        let Then {
                            native,
                            state,
                            outer,
                        } = *then;
                        let step = self.resume_native(native, state, v)?;
                        self.drive_step(fiber, native, step, outer)?
                    }
                    None => self.complete_op(fiber, v)?,
                };
                return Ok(match flow {
                    Flow::Continue => None,
                    Flow::Halt(h) => Some(*h),
                });
            }
            FrameKind::Generator(g) => {
                {
                    let mut gb = g.borrow_mut();
                    gb.state = CoroState::Closed;
                    gb.frame = None;
                }
                let then = f.extra.and_then(|e| e.then);
                return Ok(match self.generator_returned(fiber, v, then)? {
                    Flow::Continue => None,
                    Flow::Halt(h) => Some(*h),
                });
            }
            FrameKind::Coroutine(c) => {
                c.borrow_mut().state = CoroState::Closed;
                v
            }
            FrameKind::AsyncGen(g) => self.async_gen_returned(&g)?,
            FrameKind::ModuleInit(m) => Value::Module(m),
            FrameKind::ClassBody(cb) => self.finish_class(*cb, &f.cells, &f.code.code.cellvars)?,
            FrameKind::Init(obj) => {
                if !v.is_none() {
                    return Err(crate::object::Raise::new(
                        ExcKind::TypeError,
                        format!("__init__() should return None, not '{}'", v.type_name()),
                    ));
                }
                *obj
            }
        };
        if let Some(then) = f.extra.and_then(|e| e.then) {
            let Then {
                native,
                state,
                outer,
            } = *then;
            let step = self.resume_native(native, state, result)?;
            return match self.drive_step(fiber, native, step, outer)? {
                Flow::Continue => Ok(None),
                Flow::Halt(h) => Ok(Some(*h)),
            };
        }
        if fiber.frames.is_empty() {
            return Ok(Some(Halt::Returned(result)));
        }
        fiber.stack.push(result);
        Ok(None)
    }

    /// An f-string field holding an object of a user class: its `__str__`/`__repr__` runs as a
    /// frame (through the `str`/`repr` natives). `None` for everything else.
    #[cold]
    #[inline(never)]
    fn format_user_object(&mut self, fiber: &mut Fiber, v: Value, conv: u8) -> RResult<Flow> {
        let id = if conv == b'r' || conv == b'a' {
            self.repr_native
        } else {
            self.str_native
        };
        let f = self.natives[id as usize].value.clone();
        self.call_value(fiber, f, vec![v], Vec::new())
    }

    /// `LoadName` (class bodies): the class namespace, then globals and builtins.
    #[cold]
    #[inline(never)]
    fn load_name(
        &self,
        frame: &Frame,
        code: &crate::object::function::CodeObj,
        i: usize,
    ) -> RResult<Value> {
        let name = &code.names[i];
        if let Some(ns) = frame.kind.namespace()
            && let Some(v) = ns.borrow().get_str(name)
        {
            return Ok(v.clone());
        }
        self.load_global(&frame.globals, name, &code.global_cache[i])
    }

    #[cold]
    #[inline(never)]
    fn store_name(&self, frame: &Frame, name: &crate::object::str::Str, v: Value) {
        if let Some(ns) = frame.kind.namespace() {
            ns.borrow_mut().set_str(name.as_str(), v);
        }
    }

    #[cold]
    #[inline(never)]
    fn delete_name(&self, frame: &Frame, name: &Rc<crate::object::str::Str>) -> RResult<()> {
        if let Some(ns) = frame.kind.namespace() {
            let key = ops::make_key(Value::Str(name.clone()))?;
            if ns.borrow_mut().remove(&key).is_none() {
                return err(
                    ExcKind::NameError,
                    format!("name '{}' is not defined", name.as_str()),
                );
            }
        }
        Ok(())
    }

    /// The REPL's echo of an expression statement.
    fn print_expr(&mut self, v: Value) {
        if v.is_none() {
            return;
        }
        let text = crate::object::repr::repr(&v);
        let _ = writeln!(self.stdout, "{text}");
        self.builtins.borrow_mut().set_str("_", v);
    }
}

/// `Binary` on the top two values; int-with-int arithmetic that cannot overflow stays inline.
/// `false` (operands left in place): an operand is an object of a user class.
#[inline(always)]
fn binary(stack: &mut Vec<Value>, op: BinOp, inplace: bool) -> RResult<bool> {
    let n = stack.len();
    if let (Value::Int(a), Value::Int(b)) = (&stack[n - 2], &stack[n - 1])
        && let Some(r) = int_arith(op, *a, *b)
    {
        pop!(stack).discard();
        Value::set_int(&mut stack[n - 2], r);
        return Ok(true);
    }
    if let Some(r) = float_arith(op, &stack[n - 2], &stack[n - 1]) {
        pop!(stack).discard();
        Value::set_float(&mut stack[n - 2], r);
        return Ok(true);
    }
    if is_instance(&stack[n - 2]) || is_instance(&stack[n - 1]) {
        return Ok(false);
    }
    if op == BinOp::Mod && matches!(stack[n - 2], Value::Str(_)) {
        return str_mod(stack);
    }
    let b = pop!(stack);
    let a = pop!(stack);
    let r = match inplace.then(|| arith::inplace(op, &a, &b)).flatten() {
        Some(r) => r,
        None if inplace => arith::binary(op, &a, &b).map_err(|e| arith::inplace_error(op, e)),
        None => arith::binary(op, &a, &b),
    };
    let r = match r {
        Ok(r) => r,
        // Sets whose members need script `__eq__`: the binary protocol (the prelude).
        Err(e) if e.needs_script() => {
            stack.push(a);
            stack.push(b);
            return Ok(false);
        }
        Err(e) => return Err(e),
    };
    stack.push(r);
    a.discard();
    b.discard();
    Ok(true)
}

/// `str % values` on the top two values; `false` (operands left in place) when a value needs
/// script code (a user `__str__`), which the binary protocol then runs.
#[cold]
#[inline(never)]
fn str_mod(stack: &mut Vec<Value>) -> RResult<bool> {
    let n = stack.len();
    match arith::binary(BinOp::Mod, &stack[n - 2], &stack[n - 1]) {
        Ok(r) => {
            stack.truncate(n - 1);
            stack[n - 2] = r;
            Ok(true)
        }
        Err(e) if e.needs_script() => Ok(false),
        Err(e) => Err(e),
    }
}

/// Float arithmetic (a float with a float or a small int) that needs no error checks.
#[inline(always)]
fn float_arith(op: BinOp, a: &Value, b: &Value) -> Option<f64> {
    let (x, y) = match (a, b) {
        (Value::Float(x), Value::Float(y)) => (*x, *y),
        (Value::Float(x), Value::Int(y)) if y.unsigned_abs() < (1 << 53) => (*x, *y as f64),
        (Value::Int(x), Value::Float(y)) if x.unsigned_abs() < (1 << 53) => (*x as f64, *y),
        _ => return None,
    };
    match op {
        BinOp::Add => Some(x + y),
        BinOp::Sub => Some(x - y),
        BinOp::Mult => Some(x * y),
        BinOp::Div if y != 0.0 => Some(x / y),
        // A positive finite base with a finite exponent: a real result, as libm's pow gives
        // CPython; overflow and the other cases take the general path and its errors.
        BinOp::Pow if x > 0.0 && x.is_finite() && y.is_finite() => {
            Some(x.powf(y)).filter(|r| r.is_finite())
        }
        _ => None,
    }
}

/// Two lists (or two tuples) of which one holds an object of a user class: comparing them
/// may need its `__eq__`/`__lt__`.
#[cold]
fn holds_instances(a: &Value, b: &Value) -> bool {
    let any = |items: &[Value]| items.iter().any(is_instance);
    let keyed = |v: &Value| match v {
        Value::Set(s) => s.borrow().iter().any(ops::needs_script_eq),
        Value::FrozenSet(s) => s.iter().any(ops::needs_script_eq),
        Value::Dict(d) => d.borrow().keys().any(ops::needs_script_eq),
        _ => false,
    };
    match (a, b) {
        (Value::List(x), Value::List(y)) => any(&x.borrow()) || any(&y.borrow()),
        (Value::Tuple(x), Value::Tuple(y)) => any(x) || any(y),
        (Value::Set(_) | Value::FrozenSet(_), Value::Set(_) | Value::FrozenSet(_))
        | (Value::Dict(_), Value::Dict(_)) => keyed(a) || keyed(b),
        _ => false,
    }
}

fn is_instance(v: &Value) -> bool {
    matches!(v, Value::Instance(_))
}

/// `StoreGlobal`, writing in place when the inline cache says where the entry is.
#[inline(always)]
fn store_global(
    globals: &crate::object::value::DictRef,
    name: &Rc<crate::object::str::Str>,
    cache: &std::cell::Cell<crate::object::function::GlobalCache>,
    v: Value,
) -> RResult<()> {
    let c = cache.get();
    let mut g = globals.borrow_mut();
    if c.globals == Rc::as_ptr(globals) as usize
        && c.globals_version == g.version
        && c.builtins_version == u64::MAX
    {
        g.touch();
        if let Some((_, slot)) = g.map.get_index_mut(c.index as usize) {
            *slot = v;
            return Ok(());
        }
    }
    g.insert(ops::make_key(Value::Str(name.clone()))?, v);
    Ok(())
}

/// `BinaryConst`: the int fast path, else the general operator with `k` as right operand.
#[inline(always)]
fn binary_const(stack: &mut [Value], op: BinOp, k: i32, inplace: bool) -> RResult<bool> {
    let top = stack.last_mut().expect("stack underflow");
    if let Value::Int(a) = *top
        && let Some(r) = int_arith(op, a, k as i64)
    {
        Value::set_int(top, r);
        return Ok(true);
    }
    if is_instance(top) {
        return Ok(false);
    }
    let a = std::mem::take(top);
    let b = Value::Int(k as i64);
    *top = match inplace.then(|| arith::inplace(op, &a, &b)).flatten() {
        Some(r) => r?,
        None if inplace => arith::binary(op, &a, &b).map_err(|e| arith::inplace_error(op, e))?,
        None => arith::binary(op, &a, &b)?,
    };
    Ok(true)
}

/// Ordering and equality of two ints (`None` for `is`/`in`, which are not value comparisons).
#[inline(always)]
fn int_compare(op: CmpOp, a: i64, b: i64) -> Option<bool> {
    match op {
        CmpOp::Lt => Some(a < b),
        CmpOp::LtE => Some(a <= b),
        CmpOp::Gt => Some(a > b),
        CmpOp::GtE => Some(a >= b),
        CmpOp::Eq => Some(a == b),
        CmpOp::NotEq => Some(a != b),
        _ => None,
    }
}

/// Pops two values and compares them (the int-with-int case inline). `None` (operands left
/// in place): the comparison needs special methods of a user class.
#[inline(always)]
fn compare_pop(stack: &mut Vec<Value>, op: CmpOp) -> RResult<Option<bool>> {
    let n = stack.len();
    if let (Value::Int(a), Value::Int(b)) = (&stack[n - 2], &stack[n - 1])
        && let Some(r) = int_compare(op, *a, *b)
    {
        pop!(stack).discard();
        pop!(stack).discard();
        return Ok(Some(r));
    }
    let needs_protocol = match op {
        CmpOp::Is | CmpOp::IsNot => false,
        // Membership of an object of a user class in a list or tuple may need its `__eq__`.
        CmpOp::In | CmpOp::NotIn => {
            matches!(stack[n - 1], Value::Instance(_) | Value::Generator(_))
                || (is_instance(&stack[n - 2])
                    && matches!(stack[n - 1], Value::List(_) | Value::Tuple(_)))
        }
        _ => {
            is_instance(&stack[n - 2])
                || is_instance(&stack[n - 1])
                || holds_instances(&stack[n - 2], &stack[n - 1])
        }
    };
    if needs_protocol {
        return Ok(None);
    }
    let b = pop!(stack);
    let a = pop!(stack);
    match compare(op, &a, &b) {
        Ok(r) => {
            a.discard();
            b.discard();
            Ok(Some(r))
        }
        // `in` a dict or set whose keys need script `__hash__`/`__eq__`: the protocol.
        Err(e) if e.needs_script() && matches!(op, CmpOp::In | CmpOp::NotIn) => {
            stack.push(a);
            stack.push(b);
            Ok(None)
        }
        Err(e) => Err(e),
    }
}

/// `Compare`: pushes the result of comparing the top two values (`false`: see `compare_pop`).
#[inline(always)]
fn compare_top(stack: &mut Vec<Value>, op: CmpOp) -> RResult<bool> {
    match compare_pop(stack, op)? {
        Some(r) => {
            Value::push_bool(stack, r);
            Ok(true)
        }
        None => Ok(false),
    }
}

/// A value whose `str()`/`repr()` may run script code (`__str__`/`__repr__`): an object of a
/// user class, or a container that may hold one.
fn is_user_object(v: &Value) -> bool {
    match v {
        Value::Instance(_) | Value::List(_) | Value::Tuple(_) | Value::Dict(_) => true,
        Value::DictView(_) => true,
        Value::Exception(e) => e.class.dict.is_some(),
        _ => false,
    }
}

fn is_empty_spec(spec: Option<&Value>) -> bool {
    match spec {
        None => true,
        Some(Value::Str(s)) => s.is_empty(),
        Some(_) => false,
    }
}

/// Int arithmetic that stays in the small-int range (`None`: overflow or another operator,
/// left to the general path).
#[inline(always)]
fn int_arith(op: BinOp, a: i64, b: i64) -> Option<i64> {
    match op {
        BinOp::Add => a.checked_add(b),
        BinOp::Sub => a.checked_sub(b),
        BinOp::Mult => a.checked_mul(b),
        // Python's floor division and modulo take the sign of the divisor.
        BinOp::FloorDiv if b != 0 => {
            let q = a.checked_div(b)?;
            Some(if (a % b != 0) && ((a < 0) != (b < 0)) {
                q - 1
            } else {
                q
            })
        }
        BinOp::Mod if b != 0 => {
            let r = a.checked_rem(b)?;
            Some(if r != 0 && ((r < 0) != (b < 0)) {
                r + b
            } else {
                r
            })
        }
        _ => None,
    }
}

fn compare(op: CmpOp, a: &Value, b: &Value) -> RResult<bool> {
    match op {
        CmpOp::Is => Ok(a.is(b)),
        CmpOp::IsNot => Ok(!a.is(b)),
        CmpOp::In => ops::contains(b, a),
        CmpOp::NotIn => Ok(!ops::contains(b, a)?),
        _ => ops::compare(op, a, b),
    }
}

fn build_map(items: &[Value]) -> RResult<Value> {
    let mut d = crate::object::dict::Dict::new();
    for kv in items.chunks_exact(2) {
        d.insert_checked(ops::make_key(kv[0].clone())?, kv[1].clone())?;
    }
    Ok(Value::dict(d))
}

fn build_string(items: &[Value]) -> Value {
    let mut s = String::new();
    for v in items {
        if let Value::Str(x) = v {
            s.push_str(x.as_str());
        }
    }
    Value::string(s)
}

fn dict_update(target: &crate::object::value::DictRef, other: &Value) -> RResult<()> {
    match other {
        Value::Dict(o) => {
            if Rc::ptr_eq(target, o) {
                return Ok(());
            }
            let items: Vec<_> = o
                .borrow()
                .map
                .iter()
                .map(|(k, v)| (k.clone(), v.clone()))
                .collect();
            let mut t = target.borrow_mut();
            for (k, v) in items {
                t.insert_checked(k, v)?;
            }
            Ok(())
        }
        _ => err(
            ExcKind::TypeError,
            format!("'{}' object is not a mapping", other.type_name()),
        ),
    }
}

/// The items of a value being unpacked (`a, b = v`), with CPython's error for non-iterables.
fn unpack_items(v: &Value) -> RResult<Vec<Value>> {
    match v {
        Value::List(_) | Value::Tuple(_) => crate::object::iter::collect(v),
        _ => match iter_of(v) {
            Ok(it) => crate::object::iter::collect(&it),
            Err(r) if r.needs_script() => Err(r),
            Err(_) => err(
                ExcKind::TypeError,
                format!("cannot unpack non-iterable {} object", v.type_name()),
            ),
        },
    }
}

/// Checks the item count for unpacking; `star` is the number of items before a starred target.
fn unpack(items: Vec<Value>, n: usize, star: Option<usize>) -> RResult<Vec<Value>> {
    match star {
        None if items.len() < n => err(
            ExcKind::ValueError,
            format!(
                "not enough values to unpack (expected {n}, got {})",
                items.len()
            ),
        ),
        None if items.len() > n => err(
            ExcKind::ValueError,
            format!("too many values to unpack (expected {n})"),
        ),
        Some(_) if items.len() < n => err(
            ExcKind::ValueError,
            format!(
                "not enough values to unpack (expected at least {n}, got {})",
                items.len()
            ),
        ),
        _ => Ok(items),
    }
}
