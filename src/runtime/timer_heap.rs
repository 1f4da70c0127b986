//! The loop's timers as CPython keeps them: a binary heap ordered by deadline alone and
//! maintained with exactly `heapq`'s sift algorithm. `heapq` is not stable, so timers with
//! the same deadline (two `call_at(t, ...)`) come out in the order its algorithm gives,
//! not in scheduling order; reproducing the algorithm reproduces that order.

/// A heap of `(deadline, item)`.
pub struct TimerHeap<T> {
    items: Vec<(f64, T)>,
}

impl<T> Default for TimerHeap<T> {
    fn default() -> Self {
        TimerHeap { items: Vec::new() }
    }
}

impl<T> TimerHeap<T> {
    pub fn is_empty(&self) -> bool {
        self.items.is_empty()
    }
    /// The earliest deadline.
    pub fn peek_when(&self) -> Option<f64> {
        self.items.first().map(|(w, _)| *w)
    }

    /// `heapq.heappush`.
    pub fn push(&mut self, when: f64, item: T) {
        self.items.push((when, item));
        let last = self.items.len() - 1;
        self.sift_down(0, last);
    }

    /// `heapq.heappop`.
    pub fn pop(&mut self) -> Option<(f64, T)> {
        let last = self.items.pop()?;
        if self.items.is_empty() {
            return Some(last);
        }
        let top = std::mem::replace(&mut self.items[0], last);
        self.sift_up(0);
        Some(top)
    }

    /// `heapq._siftdown`: moves the item at `pos` up towards `start` while it is smaller
    /// than its parent.
    fn sift_down(&mut self, start: usize, mut pos: usize) {
        while pos > start {
            let parent = (pos - 1) >> 1;
            if self.items[pos].0 < self.items[parent].0 {
                self.items.swap(pos, parent);
                pos = parent;
            } else {
                break;
            }
        }
    }

    /// `heapq._siftup`: moves the smaller child up until a leaf is reached, then sifts the
    /// item that was at `pos` down from there.
    fn sift_up(&mut self, mut pos: usize) {
        let end = self.items.len();
        let start = pos;
        let mut child = 2 * pos + 1;
        while child < end {
            let right = child + 1;
            if right < end && self.items[child].0 >= self.items[right].0 {
                child = right;
            }
            self.items.swap(pos, child);
            pos = child;
            child = 2 * pos + 1;
        }
        self.sift_down(start, pos);
    }
}

#[cfg(test)]
mod tests {
    use super::TimerHeap;

    #[test]
    fn pops_by_deadline_with_heapqs_tie_order() {
        let mut h = TimerHeap::default();
        for (w, name) in [(1.0, "t3"), (1.0, "t1"), (1.0, "t2"), (0.5, "early")] {
            h.push(w, name);
        }
        let order: Vec<&str> = std::iter::from_fn(|| h.pop().map(|(_, n)| n)).collect();
        // What CPython's heapq gives for the same pushes.
        assert_eq!(order, ["early", "t2", "t3", "t1"]);
    }
}
