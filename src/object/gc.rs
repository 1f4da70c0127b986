//! The cycle collector. Values are reference counted, which frees everything except
//! reference cycles (`a.other = b; b.other = a`). Lists, dicts and instances are *tracked*:
//! a weak handle to each goes into a registry when it is made. Every so many new tracked
//! objects, at a point where the VM holds no borrows (`maybe_collect`), the collector works
//! out which tracked objects are reachable only from other tracked objects, the way CPython's
//! collector does:
//!
//! 1. each tracked object starts with its reference count;
//! 2. every reference held by another tracked object is subtracted, so what remains counts
//!    references from outside (the VM's stacks, frames, modules, untracked containers);
//! 3. objects with outside references, and everything reachable from them, are live;
//! 4. the rest is cyclic garbage: its lists and dicts are emptied, which breaks the cycles,
//!    and reference counting frees the objects.
//!
//! Anything the collector cannot account for is treated as an outside reference, so a
//! mistake can only keep garbage alive, never free a live object.

use super::dict::Dict;
use super::value::{Instance, Value};
use rustc_hash::FxHashMap;
use std::cell::{Cell, RefCell};
use std::rc::{Rc, Weak};

/// A tracked object, held weakly so the registry keeps nothing alive.
enum Node {
    List(Weak<RefCell<Vec<Value>>>),
    Dict(Weak<RefCell<Dict>>),
    Instance(Weak<Instance>),
}

/// A tracked object while a collection runs (a strong handle).
enum Live {
    List(Rc<RefCell<Vec<Value>>>),
    Dict(Rc<RefCell<Dict>>),
    Instance(Rc<Instance>),
}

impl Live {
    fn address(&self) -> usize {
        match self {
            Live::List(r) => Rc::as_ptr(r) as *const u8 as usize,
            Live::Dict(r) => Rc::as_ptr(r) as *const u8 as usize,
            Live::Instance(r) => Rc::as_ptr(r) as *const u8 as usize,
        }
    }

    /// References held by outside owners: the count minus this collection's own handle.
    fn outside_count(&self) -> usize {
        match self {
            Live::List(r) => Rc::strong_count(r) - 1,
            Live::Dict(r) => Rc::strong_count(r) - 1,
            Live::Instance(r) => Rc::strong_count(r) - 1,
        }
    }

    /// Addresses of the tracked objects this one refers to (one entry per reference).
    /// `None` when the object is in use (borrowed) and cannot be inspected.
    fn children(&self) -> Option<Vec<usize>> {
        let mut out = Vec::new();
        match self {
            Live::List(r) => {
                for v in r.try_borrow().ok()?.iter() {
                    push_tracked(&mut out, v);
                }
            }
            Live::Dict(r) => {
                let d = r.try_borrow().ok()?;
                for (k, v) in d.map.iter() {
                    push_tracked(&mut out, &k.value);
                    push_tracked(&mut out, v);
                }
            }
            Live::Instance(r) => out.push(Rc::as_ptr(&r.dict) as *const u8 as usize),
        }
        Some(out)
    }

    /// Breaks this object's references (garbage only).
    fn clear(&self) {
        match self {
            Live::List(r) => {
                if let Ok(mut l) = r.try_borrow_mut() {
                    let items = std::mem::take(&mut *l);
                    drop(l);
                    drop(items);
                }
            }
            Live::Dict(r) => {
                if let Ok(mut d) = r.try_borrow_mut() {
                    d.touch();
                    let old = std::mem::take(&mut *d);
                    drop(d);
                    drop(old);
                }
            }
            Live::Instance(_) => {}
        }
    }
}

fn push_tracked(out: &mut Vec<usize>, v: &Value) {
    match v {
        Value::List(r) => out.push(Rc::as_ptr(r) as *const u8 as usize),
        Value::Dict(r) => out.push(Rc::as_ptr(r) as *const u8 as usize),
        Value::Instance(r) => out.push(Rc::as_ptr(r) as *const u8 as usize),
        _ => {}
    }
}

/// How many tracked objects may be made between collections, at least.
const MIN_THRESHOLD: usize = 50_000;

struct Registry {
    nodes: RefCell<Vec<Node>>,
    /// Tracked objects made since the last collection.
    since: Cell<usize>,
    /// `since` that triggers the next collection (grows with the number of live objects,
    /// so collections cost amortised constant time per allocation).
    threshold: Cell<usize>,
    enabled: Cell<bool>,
}

thread_local! {
    static REGISTRY: Registry = const {
        Registry {
            nodes: RefCell::new(Vec::new()),
            since: Cell::new(0),
            threshold: Cell::new(MIN_THRESHOLD),
            enabled: Cell::new(true),
        }
    };
}

fn track(node: Node) {
    REGISTRY.with(|r| {
        r.nodes.borrow_mut().push(node);
        r.since.set(r.since.get() + 1);
    });
}

pub fn track_list(l: &Rc<RefCell<Vec<Value>>>) {
    track(Node::List(Rc::downgrade(l)));
}

pub fn track_dict(d: &Rc<RefCell<Dict>>) {
    track(Node::Dict(Rc::downgrade(d)));
}

pub fn track_instance(i: &Rc<Instance>) {
    track(Node::Instance(Rc::downgrade(i)));
}

/// Runs a collection if enough tracked objects were made since the last one. Call only where
/// no list or dict is borrowed (the collector skips borrowed objects, keeping them alive).
#[inline]
pub fn maybe_collect() {
    let due = REGISTRY.with(|r| r.enabled.get() && r.since.get() >= r.threshold.get());
    if due {
        collect();
    }
}

/// `gc.enable()` / `gc.disable()`.
pub fn set_enabled(on: bool) {
    REGISTRY.with(|r| r.enabled.set(on));
}

pub fn is_enabled() -> bool {
    REGISTRY.with(|r| r.enabled.get())
}

/// Runs a full collection; returns how many tracked objects were found unreachable.
pub fn collect() -> usize {
    // Take strong handles to the live tracked objects, forgetting the dead ones.
    let live: Vec<Live> = REGISTRY.with(|r| {
        let mut nodes = r.nodes.borrow_mut();
        let mut live = Vec::with_capacity(nodes.len());
        nodes.retain(|n| {
            let l = match n {
                Node::List(w) => w.upgrade().map(Live::List),
                Node::Dict(w) => w.upgrade().map(Live::Dict),
                Node::Instance(w) => w.upgrade().map(Live::Instance),
            };
            match l {
                Some(l) => {
                    live.push(l);
                    true
                }
                None => false,
            }
        });
        live
    });
    let index: FxHashMap<usize, usize> = live
        .iter()
        .enumerate()
        .map(|(i, l)| (l.address(), i))
        .collect();
    let mut refs: Vec<isize> = live.iter().map(|l| l.outside_count() as isize).collect();
    let mut children: Vec<Vec<usize>> = Vec::with_capacity(live.len());
    for (i, l) in live.iter().enumerate() {
        match l.children() {
            Some(c) => {
                let c: Vec<usize> = c
                    .into_iter()
                    .filter_map(|a| index.get(&a).copied())
                    .collect();
                for &j in &c {
                    refs[j] -= 1;
                }
                children.push(c);
            }
            None => {
                // In use right now: certainly live.
                refs[i] = isize::MAX / 2;
                children.push(Vec::new());
            }
        }
    }
    // Everything reachable from an object with outside references is live.
    let mut reachable = vec![false; live.len()];
    let mut work: Vec<usize> = (0..live.len()).filter(|&i| refs[i] > 0).collect();
    for &i in &work {
        reachable[i] = true;
    }
    while let Some(i) = work.pop() {
        for &j in &children[i] {
            if !reachable[j] {
                reachable[j] = true;
                work.push(j);
            }
        }
    }
    let garbage: Vec<&Live> = live
        .iter()
        .zip(&reachable)
        .filter(|(_, r)| !**r)
        .map(|(l, _)| l)
        .collect();
    let found = garbage.len();
    for g in garbage {
        g.clear();
    }
    let survivors = live.len() - found;
    drop(live);
    REGISTRY.with(|r| {
        r.since.set(0);
        r.threshold.set(MIN_THRESHOLD.max(survivors));
        let mut nodes = r.nodes.borrow_mut();
        nodes.retain(|n| match n {
            Node::List(w) => w.strong_count() > 0,
            Node::Dict(w) => w.strong_count() > 0,
            Node::Instance(w) => w.strong_count() > 0,
        });
        // Give back the room a burst of short-lived objects took.
        if nodes.capacity() > 4 * nodes.len().max(1024) {
            let keep = 2 * nodes.len();
            nodes.shrink_to(keep);
        }
    });
    found
}

/// The collector's state for one heap, kept aside while another heap uses this thread.
///
/// The registry is thread-local, so every interpreter on a thread shares it. An embedding host
/// that gives each of its VMs a heap of its own swaps that VM's state in (`swap_heap`) when
/// the VM starts running and back out when it stops: the registry then only ever refers to
/// the objects of the VM running on this thread.
pub struct HeapState {
    nodes: Vec<Node>,
    since: usize,
    threshold: usize,
    enabled: bool,
}

impl Default for HeapState {
    fn default() -> HeapState {
        HeapState {
            nodes: Vec::new(),
            since: 0,
            threshold: MIN_THRESHOLD,
            enabled: true,
        }
    }
}

/// Exchanges this thread's collector state with `state`.
pub fn swap_heap(state: &mut HeapState) {
    REGISTRY.with(|r| {
        std::mem::swap(&mut *r.nodes.borrow_mut(), &mut state.nodes);
        state.since = r.since.replace(state.since);
        state.threshold = r.threshold.replace(state.threshold);
        state.enabled = r.enabled.replace(state.enabled);
    });
}
