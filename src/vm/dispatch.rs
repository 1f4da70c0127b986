//! The dispatch loop. Instructions that only touch the current frame run inline; anything that
//! changes the frame stack (calls, returns, awaits, imports) re-enters the outer `'frames` loop,
//! which re-reads the top frame. The Rust stack never grows with script recursion.

use super::call::Flow;
use super::{Fiber, Halt, Interp};
use crate::bytecode::Op;
use crate::object::arith;
use crate::object::exception::{RResult, Raise, err};
use crate::object::frame::{Block, FrameKind};
use crate::object::iter::{iter_of, next_of};
use crate::object::ops::{self, truthy};
use crate::object::types::ExcKind;
use crate::object::value::{CoroState, Slice, Value};
use crate::syntax::ast::CmpOp;
use std::io::Write;
use std::rc::Rc;

macro_rules! pop {
    ($frame:expr) => {
        $frame.stack.pop().expect("stack underflow")
    };
}

impl Interp {
    /// Runs `fiber` until it returns, raises, or must wait for the outside world.
    pub fn run(&mut self, fiber: &mut Fiber) -> Halt {
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
        'frames: loop {
            let frame = fiber
                .frames
                .last_mut()
                .expect("a running fiber has a frame");
            let code = frame.code.clone();
            let ops: &[Op] = &code.code.ops;
            loop {
                let op = ops[frame.pc as usize];
                frame.pc += 1;
                match op {
                    Op::Nop => {}
                    Op::LoadConst(i) => frame.stack.push(code.consts[i as usize].clone()),
                    Op::LoadNone => frame.stack.push(Value::None),
                    Op::LoadSmallInt(i) => frame.stack.push(Value::Int(i as i64)),
                    Op::LoadFast(i) => match &frame.stack[i as usize] {
                        Value::Unbound => return Err(self.unbound_local(&code, i)),
                        v => {
                            let v = v.clone();
                            frame.stack.push(v)
                        }
                    },
                    Op::StoreFast(i) => frame.stack[i as usize] = pop!(frame),
                    Op::DeleteFast(i) => {
                        if let Value::Unbound = frame.stack[i as usize] {
                            return Err(self.unbound_local(&code, i));
                        }
                        frame.stack[i as usize] = Value::Unbound;
                    }
                    Op::LoadDeref(i) => {
                        let v = frame.cells[i as usize].borrow().clone();
                        if let Value::Unbound = v {
                            return Err(self.unbound_deref(&code, i));
                        }
                        frame.stack.push(v);
                    }
                    Op::StoreDeref(i) => *frame.cells[i as usize].borrow_mut() = pop!(frame),
                    Op::LoadClosure(i) => frame
                        .stack
                        .push(Value::Cell(frame.cells[i as usize].clone())),
                    Op::LoadGlobal(i) => {
                        let v = self.load_global(&frame.globals, &code.names[i as usize])?;
                        frame.stack.push(v);
                    }
                    Op::StoreGlobal(i) => {
                        let v = pop!(frame);
                        let key = ops::make_key(Value::Str(code.names[i as usize].clone()))?;
                        frame.globals.borrow_mut().insert(key, v);
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
                    }
                    Op::LoadAttr(i) => {
                        let obj = pop!(frame);
                        let v = self.load_attr(&obj, &code.names[i as usize])?;
                        frame.stack.push(v);
                    }
                    Op::StoreAttr(i) => {
                        let obj = pop!(frame);
                        let v = pop!(frame);
                        self.store_attr(&obj, &code.names[i as usize], v)?;
                    }
                    Op::LoadMethod(i) => {
                        let obj = pop!(frame);
                        let (callable, receiver) =
                            self.load_method(obj, &code.names[i as usize])?;
                        frame.stack.push(callable);
                        frame.stack.push(receiver);
                    }
                    Op::PopTop => {
                        pop!(frame);
                    }
                    Op::DupTop => {
                        let v = frame.stack.last().expect("stack underflow").clone();
                        frame.stack.push(v);
                    }
                    Op::DupTopTwo => {
                        let n = frame.stack.len();
                        let (a, b) = (frame.stack[n - 2].clone(), frame.stack[n - 1].clone());
                        frame.stack.push(a);
                        frame.stack.push(b);
                    }
                    Op::RotTwo => {
                        let n = frame.stack.len();
                        frame.stack.swap(n - 1, n - 2);
                    }
                    Op::RotThree => {
                        let v = pop!(frame);
                        let n = frame.stack.len();
                        frame.stack.insert(n - 2, v);
                    }
                    Op::Binary { op, inplace } => {
                        let b = pop!(frame);
                        let a = pop!(frame);
                        let r = match inplace.then(|| arith::inplace(op, &a, &b)).flatten() {
                            Some(r) => r?,
                            None => arith::binary(op, &a, &b)?,
                        };
                        frame.stack.push(r);
                    }
                    Op::UnaryNegative => {
                        let v = pop!(frame);
                        frame.stack.push(arith::negative(&v)?);
                    }
                    Op::UnaryPositive => {
                        let v = pop!(frame);
                        frame.stack.push(arith::positive(&v)?);
                    }
                    Op::UnaryInvert => {
                        let v = pop!(frame);
                        frame.stack.push(arith::invert(&v)?);
                    }
                    Op::UnaryNot => {
                        let v = pop!(frame);
                        frame.stack.push(Value::Bool(!truthy(&v)));
                    }
                    Op::Compare(op) => {
                        let b = pop!(frame);
                        let a = pop!(frame);
                        frame.stack.push(Value::Bool(compare(op, &a, &b)?));
                    }
                    Op::Jump(t) => frame.pc = t,
                    Op::PopJumpIfFalse(t) => {
                        if !truthy(&pop!(frame)) {
                            frame.pc = t;
                        }
                    }
                    Op::PopJumpIfTrue(t) => {
                        if truthy(&pop!(frame)) {
                            frame.pc = t;
                        }
                    }
                    Op::JumpIfFalseOrPop(t) => {
                        if truthy(frame.stack.last().expect("stack underflow")) {
                            pop!(frame);
                        } else {
                            frame.pc = t;
                        }
                    }
                    Op::JumpIfTrueOrPop(t) => {
                        if truthy(frame.stack.last().expect("stack underflow")) {
                            frame.pc = t;
                        } else {
                            pop!(frame);
                        }
                    }
                    Op::GetIter => {
                        let v = pop!(frame);
                        frame.stack.push(iter_of(&v)?);
                    }
                    Op::ForIter(t) => {
                        match next_of(frame.stack.last().expect("stack underflow"))? {
                            Some(v) => frame.stack.push(v),
                            None => {
                                pop!(frame);
                                frame.pc = t;
                            }
                        }
                    }
                    Op::BuildList(n) => {
                        let items = frame.stack.split_off(frame.stack.len() - n as usize);
                        frame.stack.push(Value::list(items));
                    }
                    Op::BuildTuple(n) => {
                        let items = frame.stack.split_off(frame.stack.len() - n as usize);
                        frame.stack.push(Value::tuple(items));
                    }
                    Op::BuildMap(n) => {
                        let items = frame.stack.split_off(frame.stack.len() - 2 * n as usize);
                        frame.stack.push(build_map(items)?);
                    }
                    Op::BuildString(n) => {
                        let items = frame.stack.split_off(frame.stack.len() - n as usize);
                        frame.stack.push(build_string(&items));
                    }
                    Op::BuildSlice(n) => {
                        let step = if n == 3 { pop!(frame) } else { Value::None };
                        let stop = pop!(frame);
                        let start = pop!(frame);
                        frame
                            .stack
                            .push(Value::Slice(Rc::new(Slice { start, stop, step })));
                    }
                    Op::ListAppend(d) => {
                        let v = pop!(frame);
                        let n = frame.stack.len();
                        if let Value::List(l) = &frame.stack[n - d as usize] {
                            l.borrow_mut().push(v);
                        }
                    }
                    Op::ListExtend => {
                        let it = pop!(frame);
                        let items = self.collect_iterable(&it)?;
                        if let Some(Value::List(l)) = frame.stack.last() {
                            l.borrow_mut().extend(items);
                        }
                    }
                    Op::MapAdd(d) => {
                        let v = pop!(frame);
                        let k = ops::make_key(pop!(frame))?;
                        let n = frame.stack.len();
                        if let Value::Dict(m) = &frame.stack[n - d as usize] {
                            m.borrow_mut().insert(k, v);
                        }
                    }
                    Op::DictUpdate => {
                        let other = pop!(frame);
                        let Some(Value::Dict(target)) = frame.stack.last() else {
                            unreachable!()
                        };
                        dict_update(target, &other)?;
                    }
                    Op::ListToTuple => {
                        if let Value::List(l) = pop!(frame) {
                            let items = std::mem::take(&mut *l.borrow_mut());
                            frame.stack.push(Value::tuple(items));
                        }
                    }
                    Op::BuildSet(_) | Op::SetAdd(_) | Op::SetUpdate => {
                        return err(ExcKind::RuntimeError, "sets are not supported yet");
                    }
                    Op::FormatValue { conv, spec } => {
                        let spec = if spec { Some(pop!(frame)) } else { None };
                        let v = pop!(frame);
                        frame
                            .stack
                            .push(self.format_value(&v, conv, spec.as_ref())?);
                    }
                    Op::Subscript => {
                        let key = pop!(frame);
                        let obj = pop!(frame);
                        frame.stack.push(ops::get_item(&obj, &key)?);
                    }
                    Op::StoreSubscript => {
                        let key = pop!(frame);
                        let obj = pop!(frame);
                        let v = pop!(frame);
                        ops::set_item(&obj, &key, v)?;
                    }
                    Op::DeleteSubscript => {
                        let key = pop!(frame);
                        let obj = pop!(frame);
                        ops::del_item(&obj, &key)?;
                    }
                    Op::UnpackSequence(n) => {
                        let seq = pop!(frame);
                        let items = unpack(self.collect_iterable(&seq)?, n as usize, None)?;
                        frame.stack.extend(items.into_iter().rev());
                    }
                    Op::UnpackEx { before, after } => {
                        let seq = pop!(frame);
                        let items = self.collect_iterable(&seq)?;
                        let (b, a) = (before as usize, after as usize);
                        let mut items = unpack(items, b + a, Some(b))?;
                        let tail = items.split_off(items.len() - a);
                        let middle = items.split_off(b);
                        frame.stack.extend(tail.into_iter().rev());
                        frame.stack.push(Value::list(middle));
                        frame.stack.extend(items.into_iter().rev());
                    }
                    Op::Call(argc) => match self.call(fiber, argc as usize, None)? {
                        Flow::Continue => continue 'frames,
                        Flow::Halt(h) => return Ok(h),
                    },
                    Op::CallKw { argc, names } => {
                        let Value::Tuple(names) = &code.consts[names as usize] else {
                            unreachable!()
                        };
                        match self.call(fiber, argc as usize, Some(names))? {
                            Flow::Continue => continue 'frames,
                            Flow::Halt(h) => return Ok(h),
                        }
                    }
                    Op::CallMethod(argc) => {
                        let n = frame.stack.len();
                        let argc = if let Value::Unbound = frame.stack[n - argc as usize - 1] {
                            frame.stack.remove(n - argc as usize - 1);
                            argc
                        } else {
                            argc + 1
                        };
                        match self.call(fiber, argc as usize, None)? {
                            Flow::Continue => continue 'frames,
                            Flow::Halt(h) => return Ok(h),
                        }
                    }
                    Op::CallEx { kwargs } => match self.call_ex(fiber, kwargs)? {
                        Flow::Continue => continue 'frames,
                        Flow::Halt(h) => return Ok(h),
                    },
                    Op::MakeFunction {
                        code: c,
                        defaults,
                        kwdefaults,
                        closure,
                    } => {
                        let f = self.make_function(
                            frame,
                            &code.consts[c as usize],
                            defaults,
                            kwdefaults,
                            closure,
                        );
                        frame.stack.push(f);
                    }
                    Op::Return => {
                        let v = pop!(frame);
                        if let Some(h) = self.do_return(fiber, v) {
                            return Ok(h);
                        }
                        continue 'frames;
                    }
                    Op::Await => match self.await_value(fiber)? {
                        Flow::Continue => continue 'frames,
                        Flow::Halt(h) => return Ok(h),
                    },
                    Op::YieldValue => {
                        return err(ExcKind::RuntimeError, "generators are not supported yet");
                    }
                    Op::SetupExcept(t) => frame.blocks.push(Block {
                        handler: t,
                        depth: frame.stack.len() as u32,
                        handling: frame.handling.len() as u32,
                    }),
                    Op::PopBlock => {
                        frame.blocks.pop();
                    }
                    Op::PopExcept => {
                        frame.handling.pop();
                    }
                    Op::Raise(n) => return Err(self.raise_op(fiber, n)),
                    Op::Reraise => {
                        let exc = pop!(frame);
                        frame.handling.pop();
                        return Err(Raise::Value(exc));
                    }
                    Op::CheckExcMatch => {
                        let cls = pop!(frame);
                        let exc = frame.stack.last().expect("stack underflow");
                        let m = self.exception_matches(exc, &cls)?;
                        frame.stack.push(Value::Bool(m));
                    }
                    Op::ImportName(i) => {
                        let name = code.code.names[i as usize].clone();
                        let name: Rc<str> = match name.strip_suffix("\0from") {
                            Some(n) => Rc::from(n),
                            None => name,
                        };
                        match self.modules.get(&name) {
                            Some(m) => frame.stack.push(m.clone()),
                            None => return Ok(Halt::Import { name }),
                        }
                    }
                    Op::ImportFrom(i) => {
                        let module = frame.stack.last().expect("stack underflow").clone();
                        let v = self.import_from(&module, &code.names[i as usize])?;
                        frame.stack.push(v);
                    }
                    Op::ImportStar => {
                        let module = pop!(frame);
                        self.import_star(&module, &frame.globals)?;
                    }
                    Op::PrintExpr => {
                        let v = pop!(frame);
                        self.print_expr(v);
                    }
                }
            }
        }
    }

    /// Pops the returning frame and hands its result to the caller.
    fn do_return(&mut self, fiber: &mut Fiber, v: Value) -> Option<Halt> {
        let f = fiber.frames.pop().expect("returning frame");
        let result = match &f.kind {
            FrameKind::Call => v,
            FrameKind::Coroutine(c) => {
                c.borrow_mut().state = CoroState::Closed;
                v
            }
            FrameKind::ModuleInit(m) => Value::Module(m.clone()),
        };
        self.recycle(f.stack);
        match fiber.frames.last_mut() {
            None => Some(Halt::Returned(result)),
            Some(caller) => {
                caller.stack.push(result);
                None
            }
        }
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

    /// Collects an iterable (built-in containers and iterators) into a vector.
    pub fn collect_iterable(&mut self, v: &Value) -> RResult<Vec<Value>> {
        crate::object::iter::collect(v)
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

fn build_map(items: Vec<Value>) -> RResult<Value> {
    let mut d = crate::object::dict::Dict::new();
    let mut it = items.into_iter();
    while let (Some(k), Some(v)) = (it.next(), it.next()) {
        d.insert(ops::make_key(k)?, v);
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
                t.insert(k, v);
            }
            Ok(())
        }
        _ => err(
            ExcKind::TypeError,
            format!("'{}' object is not a mapping", other.type_name()),
        ),
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
