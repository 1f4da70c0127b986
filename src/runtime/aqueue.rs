//! Native helpers of `stdlib/asyncio/`: `_Deque`, the FIFO of waiter futures that `Lock`,
//! `Semaphore`, `Condition` and `Event` keep (CPython's `collections.deque`: appending and
//! removing at the front are O(1)), and `_QueueCore`, the state of an `asyncio.Queue` (its
//! items, getter and putter futures, unfinished-task count), so that `put`/`get` cost a couple
//! of native calls instead of a dozen script calls. The script code in `queues.py` keeps
//! CPython's control flow (a woken getter re-checks the queue when it runs); the natives only
//! do the steps in between, and complete futures through `future::wakeups`, which gives their
//! callbacks the place `Future.set_result` would.

use super::builtins::arity;
use crate::object::exception::{RResult, err, type_error};
use crate::object::future::{FutureObj, wakeups};
use crate::object::types::ExcKind;
use crate::object::value::Value;
use crate::vm::{Interp, NativeKind};
use std::collections::VecDeque;
use std::rc::Rc;

type Kw<'a> = &'a [(Rc<str>, Value)];

/// The `_Deque` and `_QueueCore` classes, as `_asyncio` module entries.
pub fn entries(interp: &mut Interp) -> Vec<(String, Value)> {
    let deque = interp.native_class(
        "_Deque",
        "asyncio",
        &[
            ("__new__", NativeKind::Pure(deque_new)),
            ("append", NativeKind::Pure(deque_append)),
            ("popleft", NativeKind::Pure(deque_popleft)),
            ("remove", NativeKind::Pure(deque_remove)),
            ("clear", NativeKind::Pure(deque_clear)),
            ("wake_all", NativeKind::Pure(deque_wake_all)),
            ("__len__", NativeKind::Pure(deque_len)),
            ("__bool__", NativeKind::Pure(deque_bool)),
            ("__iter__", NativeKind::Pure(deque_iter)),
            ("__getitem__", NativeKind::Pure(deque_getitem)),
            ("__contains__", NativeKind::Pure(deque_contains)),
        ],
    );
    let core = interp.native_class(
        "_QueueCore",
        "asyncio",
        &[
            ("__new__", NativeKind::Pure(core_new)),
            ("empty", NativeKind::Pure(core_empty)),
            ("full", NativeKind::Pure(core_full)),
            ("qsize", NativeKind::Pure(core_qsize)),
            ("put", NativeKind::Pure(core_put)),
            ("try_put", NativeKind::Pure(core_try_put)),
            ("get", NativeKind::Pure(core_get)),
            ("count_put", NativeKind::Pure(core_count_put)),
            ("items", NativeKind::Pure(core_items)),
            (
                "add_getter",
                NativeKind::Pure(|_, a, _| add_waiter(a, Side::Get)),
            ),
            (
                "add_putter",
                NativeKind::Pure(|_, a, _| add_waiter(a, Side::Put)),
            ),
            (
                "remove_getter",
                NativeKind::Pure(|_, a, _| remove_waiter(a, Side::Get)),
            ),
            (
                "remove_putter",
                NativeKind::Pure(|_, a, _| remove_waiter(a, Side::Put)),
            ),
            (
                "wake_getter",
                NativeKind::Pure(|_, a, _| wake(a, Side::Get)),
            ),
            (
                "wake_putter",
                NativeKind::Pure(|_, a, _| wake(a, Side::Put)),
            ),
            ("getters", NativeKind::Pure(|_, a, _| count(a, Side::Get))),
            ("putters", NativeKind::Pure(|_, a, _| count(a, Side::Put))),
            ("task_done", NativeKind::Pure(core_task_done)),
            ("unfinished", NativeKind::Pure(core_unfinished)),
        ],
    );
    vec![
        ("_Deque".into(), Value::Type(deque)),
        ("_QueueCore".into(), Value::Type(core)),
    ]
}

// ---------------------------------------------------------------------------------------------
// _Deque

struct DequeState(VecDeque<Value>);

fn with_deque<R>(a: &[Value], f: impl FnOnce(&mut VecDeque<Value>) -> RResult<R>) -> RResult<R> {
    if let Some(Value::Instance(i)) = a.first()
        && let Some(mut d) = i.payload::<DequeState>()
    {
        return f(&mut d.0);
    }
    type_error("descriptor requires an 'asyncio._Deque' object")
}

fn deque_new(interp: &mut Interp, a: &[Value], _: Kw) -> RResult<Value> {
    arity("_Deque", a, 1, 1)?;
    interp.native_instance(&a[0], DequeState(VecDeque::new()))
}

fn deque_append(_: &mut Interp, a: &[Value], _: Kw) -> RResult<Value> {
    arity("append", a, 2, 2)?;
    with_deque(a, |d| {
        d.push_back(a[1].clone());
        Ok(Value::None)
    })
}

fn deque_popleft(_: &mut Interp, a: &[Value], _: Kw) -> RResult<Value> {
    arity("popleft", a, 1, 1)?;
    with_deque(a, |d| match d.pop_front() {
        Some(v) => Ok(v),
        None => err(ExcKind::IndexError, "pop from an empty deque"),
    })
}

/// Removes the first occurrence of the object (waiters are futures, equal only to themselves).
fn deque_remove(_: &mut Interp, a: &[Value], _: Kw) -> RResult<Value> {
    arity("remove", a, 2, 2)?;
    with_deque(a, |d| match d.iter().position(|v| v.is(&a[1])) {
        Some(i) => {
            d.remove(i);
            Ok(Value::None)
        }
        None => err(ExcKind::ValueError, "deque.remove(x): x not in deque"),
    })
}

fn deque_clear(_: &mut Interp, a: &[Value], _: Kw) -> RResult<Value> {
    with_deque(a, |d| {
        d.clear();
        Ok(Value::None)
    })
}

/// `for fut in waiters: if not fut.done(): fut.set_result(value)` (`Event.set`).
fn deque_wake_all(_: &mut Interp, a: &[Value], _: Kw) -> RResult<Value> {
    arity("wake_all", a, 2, 2)?;
    with_deque(a, |d| {
        for w in d.iter() {
            if let Value::Future(f) = w {
                wakeups::set_result(f, a[1].clone());
            }
        }
        Ok(Value::None)
    })
}

fn deque_len(_: &mut Interp, a: &[Value], _: Kw) -> RResult<Value> {
    with_deque(a, |d| Ok(Value::Int(d.len() as i64)))
}

fn deque_bool(_: &mut Interp, a: &[Value], _: Kw) -> RResult<Value> {
    with_deque(a, |d| Ok(Value::Bool(!d.is_empty())))
}

/// Iterates over a snapshot: waking waiters never changes the deque while it is walked.
fn deque_iter(_: &mut Interp, a: &[Value], _: Kw) -> RResult<Value> {
    let items = with_deque(a, |d| Ok(d.iter().cloned().collect::<Vec<_>>()))?;
    crate::object::iter::iter_of(&Value::list(items))
}

fn deque_getitem(_: &mut Interp, a: &[Value], _: Kw) -> RResult<Value> {
    arity("__getitem__", a, 2, 2)?;
    let Value::Int(i) = a[1] else {
        return type_error("sequence index must be integer, not 'slice'");
    };
    with_deque(a, |d| {
        let n = d.len() as i64;
        let k = if i < 0 { i + n } else { i };
        match (0..n).contains(&k).then(|| d[k as usize].clone()) {
            Some(v) => Ok(v),
            None => err(ExcKind::IndexError, "deque index out of range"),
        }
    })
}

fn deque_contains(_: &mut Interp, a: &[Value], _: Kw) -> RResult<Value> {
    arity("__contains__", a, 2, 2)?;
    with_deque(a, |d| Ok(Value::Bool(d.iter().any(|v| v.is(&a[1])))))
}

// ---------------------------------------------------------------------------------------------
// _QueueCore

/// The state of one `asyncio.Queue`. `items` is used only by a plain `Queue` with an `int`
/// maxsize (`native` true); subclasses keep their items in script code (`_init`/`_put`/`_get`)
/// and use the core for the waiters and the unfinished-task count.
struct QueueCore {
    maxsize: i64,
    items: VecDeque<Value>,
    getters: VecDeque<Rc<FutureObj>>,
    putters: VecDeque<Rc<FutureObj>>,
    unfinished: i64,
}

#[derive(Clone, Copy)]
enum Side {
    Get,
    Put,
}

impl QueueCore {
    fn waiters(&mut self, side: Side) -> &mut VecDeque<Rc<FutureObj>> {
        match side {
            Side::Get => &mut self.getters,
            Side::Put => &mut self.putters,
        }
    }

    fn full(&self) -> bool {
        self.maxsize > 0 && self.items.len() as i64 >= self.maxsize
    }

    /// `Queue._wakeup_next`: the first waiter that is not done yet gets `None`.
    fn wakeup_next(&mut self, side: Side) {
        let waiters = self.waiters(side);
        while let Some(w) = waiters.pop_front() {
            if wakeups::set_result(&w, Value::None) {
                break;
            }
        }
    }
}

fn with_core<R>(a: &[Value], f: impl FnOnce(&mut QueueCore) -> RResult<R>) -> RResult<R> {
    if let Some(Value::Instance(i)) = a.first()
        && let Some(mut q) = i.payload::<QueueCore>()
    {
        return f(&mut q);
    }
    type_error("descriptor requires an 'asyncio._QueueCore' object")
}

/// `_QueueCore(maxsize)`: `maxsize` only matters to a native queue (an int).
fn core_new(interp: &mut Interp, a: &[Value], _: Kw) -> RResult<Value> {
    arity("_QueueCore", a, 2, 2)?;
    let maxsize = match a[1] {
        Value::Int(n) => n,
        _ => 0,
    };
    let core = QueueCore {
        maxsize,
        items: VecDeque::new(),
        getters: VecDeque::new(),
        putters: VecDeque::new(),
        unfinished: 0,
    };
    interp.native_instance(&a[0], core)
}

fn core_empty(_: &mut Interp, a: &[Value], _: Kw) -> RResult<Value> {
    with_core(a, |q| Ok(Value::Bool(q.items.is_empty())))
}

fn core_full(_: &mut Interp, a: &[Value], _: Kw) -> RResult<Value> {
    with_core(a, |q| Ok(Value::Bool(q.full())))
}

fn core_qsize(_: &mut Interp, a: &[Value], _: Kw) -> RResult<Value> {
    with_core(a, |q| Ok(Value::Int(q.items.len() as i64)))
}

/// The rest of `put_nowait` once the queue is known not to be full: store the item, count
/// it, wake the next getter. True when the count left zero (the caller clears `_finished`).
fn core_put(_: &mut Interp, a: &[Value], _: Kw) -> RResult<Value> {
    arity("put", a, 2, 2)?;
    with_core(a, |q| {
        q.items.push_back(a[1].clone());
        q.unfinished += 1;
        q.wakeup_next(Side::Get);
        Ok(Value::Bool(q.unfinished == 1))
    })
}

/// `while full(): wait` and `put_nowait` in one call: 0 if the queue is full (nothing done),
/// else as `put`: 2 when the count left zero, 1 otherwise.
fn core_try_put(_: &mut Interp, a: &[Value], _: Kw) -> RResult<Value> {
    arity("try_put", a, 2, 2)?;
    with_core(a, |q| {
        if q.full() {
            return Ok(Value::Int(0));
        }
        q.items.push_back(a[1].clone());
        q.unfinished += 1;
        q.wakeup_next(Side::Get);
        Ok(Value::Int(if q.unfinished == 1 { 2 } else { 1 }))
    })
}

/// The rest of `get_nowait` once the queue is known not to be empty: take the first item,
/// wake the next putter.
fn core_get(_: &mut Interp, a: &[Value], _: Kw) -> RResult<Value> {
    with_core(a, |q| {
        let Some(item) = q.items.pop_front() else {
            return err(ExcKind::IndexError, "pop from an empty deque");
        };
        q.wakeup_next(Side::Put);
        Ok(item)
    })
}

/// `put_nowait`'s book-keeping for a subclass that stored the item itself.
fn core_count_put(_: &mut Interp, a: &[Value], _: Kw) -> RResult<Value> {
    with_core(a, |q| {
        q.unfinished += 1;
        q.wakeup_next(Side::Get);
        Ok(Value::Bool(q.unfinished == 1))
    })
}

fn core_items(_: &mut Interp, a: &[Value], _: Kw) -> RResult<Value> {
    let items = with_core(a, |q| Ok(q.items.iter().cloned().collect::<Vec<_>>()))?;
    Ok(Value::list(items))
}

fn add_waiter(a: &[Value], side: Side) -> RResult<Value> {
    with_core(a, |q| {
        let f = Rc::new(FutureObj::new(None));
        q.waiters(side).push_back(f.clone());
        Ok(Value::Future(f))
    })
}

fn remove_waiter(a: &[Value], side: Side) -> RResult<Value> {
    arity("remove_waiter", a, 2, 2)?;
    let Value::Future(f) = &a[1] else {
        return Ok(Value::None);
    };
    with_core(a, |q| {
        let w = q.waiters(side);
        if let Some(i) = w.iter().position(|x| Rc::ptr_eq(x, f)) {
            w.remove(i);
        }
        Ok(Value::None)
    })
}

fn wake(a: &[Value], side: Side) -> RResult<Value> {
    with_core(a, |q| {
        q.wakeup_next(side);
        Ok(Value::None)
    })
}

fn count(a: &[Value], side: Side) -> RResult<Value> {
    with_core(a, |q| Ok(Value::Int(q.waiters(side).len() as i64)))
}

/// `task_done()`: true when the last unfinished task is done (the caller sets `_finished`).
fn core_task_done(_: &mut Interp, a: &[Value], _: Kw) -> RResult<Value> {
    with_core(a, |q| {
        if q.unfinished <= 0 {
            return err(ExcKind::ValueError, "task_done() called too many times");
        }
        q.unfinished -= 1;
        Ok(Value::Bool(q.unfinished == 0))
    })
}

fn core_unfinished(_: &mut Interp, a: &[Value], _: Kw) -> RResult<Value> {
    with_core(a, |q| Ok(Value::Int(q.unfinished)))
}
