"""Container datatypes (the `collections` module of CPython 3.11), written in Baton.

* `deque`: a double-ended queue on a list with a moving head, so both ends are amortised O(1).
* `defaultdict`, `Counter`, `OrderedDict`: Baton cannot subclass `dict` yet, so they wrap one
  (`isinstance(x, dict)` is False for them, and `dict(x)` needs `dict(x.items())`).
* `namedtuple`: builds a class (not a `tuple` subclass) that behaves like a tuple: indexing,
  unpacking, comparisons and equality with tuples.
"""

from _collections import rename_class as _rename_class

__all__ = ["Counter", "OrderedDict", "defaultdict", "deque", "namedtuple"]

_MISSING = object()

# ids of the containers whose repr is being built, to print `[...]` for a cycle.
_repr_running = {}


def _type_name(x):
    name = type(x).__name__
    if name == "object" and repr(x).startswith("slice("):
        return "slice"
    return name


def _short_name(obj):
    name = type(obj).__name__
    return name[name.rfind(".") + 1:]


def _as_index(n):
    if not isinstance(n, int):
        raise TypeError(f"'{_type_name(n)}' object cannot be interpreted as an integer")
    return n


################################################################################
# deque
################################################################################

# The items are self._d[self._h:]; the slots before self._h are free (None), so appendleft
# usually just moves the head back. self._s counts mutations, for iterators.


def _deque_iter(dq, state):
    d = dq._d
    i = dq._h
    while True:
        if dq._s != state:
            raise RuntimeError("deque mutated during iteration")
        if i >= len(d):
            return
        yield d[i]
        i += 1


def _deque_reversed(dq, state):
    d = dq._d
    i = len(d) - 1
    while True:
        if dq._s != state:
            raise RuntimeError("deque mutated during iteration")
        if i < dq._h:
            return
        yield d[i]
        i -= 1


class deque:
    """deque([iterable[, maxlen]]) --> deque object

A list-like sequence optimized for data accesses near its endpoints."""

    def __init__(self, iterable=(), maxlen=None):
        if maxlen is not None:
            if not isinstance(maxlen, int):
                raise TypeError("an integer is required")
            if maxlen < 0:
                raise ValueError("maxlen must be non-negative")
        self._d = []
        self._h = 0
        self._m = maxlen
        self._s = 0
        self.extend(iterable)

    def __getattr__(self, name):
        # CPython names the type 'collections.deque' in this message
        cls = type(self).__name__
        if type(self) is deque:
            cls = "collections.deque"
        raise AttributeError(f"'{cls}' object has no attribute '{name}'")

    @property
    def maxlen(self):
        """maximum size of a deque or None if unbounded"""
        return self._m

    def _items(self):
        if self._h:
            return self._d[self._h:]
        return self._d

    def _make_room_left(self, k):
        # at least k free slots before the head
        d = self._d
        pad = len(d) - self._h + k + 8
        d[0:0] = [None] * pad
        self._h += pad

    def _trim_left(self, excess):
        # drop `excess` items from the left
        d = self._d
        h = self._h + excess
        if h * 2 > len(d) + 64:
            d[:h] = []  # (not del: Baton deletes slices one item at a time)
            h = 0
        else:
            d[self._h:h] = [None] * excess
        self._h = h

    def append(self, x):
        """Add an element to the right side of the deque."""
        d = self._d
        d.append(x)
        self._s += 1
        m = self._m
        if m is not None and len(d) - self._h > m:
            h = self._h
            d[h] = None
            h += 1
            if h > 2 * (len(d) - h) + 64:
                d[:h] = []  # (not del: Baton deletes slices one item at a time)
                h = 0
            self._h = h

    def appendleft(self, x):
        """Add an element to the left side of the deque."""
        h = self._h
        if h == 0:
            self._make_room_left(1)
            h = self._h
        h -= 1
        d = self._d
        d[h] = x
        self._h = h
        self._s += 1
        m = self._m
        if m is not None and len(d) - h > m:
            d.pop()

    def pop(self):
        """Remove and return the rightmost element."""
        d = self._d
        if len(d) <= self._h:
            raise IndexError("pop from an empty deque")
        x = d.pop()
        self._s += 1
        return x

    def popleft(self):
        """Remove and return the leftmost element."""
        d = self._d
        h = self._h
        n = len(d)
        if h >= n:
            raise IndexError("pop from an empty deque")
        x = d[h]
        d[h] = None
        h += 1
        if h == n:
            d.clear()
            h = 0
        elif h > 2 * (n - h) + 64:
            d[:h] = []  # (not del: Baton deletes slices one item at a time)
            h = 0
        self._h = h
        self._s += 1
        return x

    def extend(self, iterable):
        """Extend the right side of the deque with elements from the iterable"""
        if iterable is self:
            iterable = list(iterable)
        d = self._d
        d.extend(iterable)
        self._s += 1
        m = self._m
        if m is not None:
            excess = len(d) - self._h - m
            if excess > 0:
                self._trim_left(excess)

    def extendleft(self, iterable):
        """Extend the left side of the deque with elements from the iterable"""
        items = list(iterable)
        items.reverse()
        k = len(items)
        self._s += 1
        if k == 0:
            return
        if self._h < k:
            self._make_room_left(k)
        h = self._h - k
        d = self._d
        d[h:self._h] = items
        self._h = h
        m = self._m
        if m is not None and len(d) - h > m:
            d[h + m:] = []

    def clear(self):
        """Remove all elements from the deque."""
        self._d = []
        self._h = 0
        self._s += 1

    def copy(self):
        """Return a shallow copy of a deque."""
        if self._m is None:
            return type(self)(self._items())
        return type(self)(self._items(), self._m)

    __copy__ = copy

    def count(self, x):
        """D.count(value) -- return number of occurrences of value"""
        return self._items().count(x)

    def index(self, *args):
        """D.index(value, [start, [stop]]) -- return first index of value.
Raises ValueError if the value is not present."""
        if not args:
            raise TypeError("index() takes at least 1 argument (0 given)")
        if len(args) > 3:
            raise TypeError(f"index() takes at most 3 arguments ({len(args)} given)")
        x = args[0]
        n = len(self._d) - self._h
        start = _as_index(args[1]) if len(args) > 1 else 0
        stop = _as_index(args[2]) if len(args) > 2 else n
        if start < 0:
            start += n
            if start < 0:
                start = 0
        if stop < 0:
            stop += n
            if stop < 0:
                stop = 0
        if stop > n:
            stop = n
        if start < stop:
            h = self._h
            try:
                if stop == n:
                    return self._d.index(x, h + start) - h
                # (slice: Baton's list.index ignores its stop argument)
                return self._d[h + start:h + stop].index(x) + start
            except ValueError:
                pass
        raise ValueError(f"{x!r} is not in deque")

    def insert(self, i, x):
        """D.insert(index, object) -- insert object before index"""
        i = _as_index(i)
        n = len(self._d) - self._h
        if self._m is not None and n >= self._m:
            raise IndexError("deque already at its maximum size")
        if i < 0:
            i += n
            if i < 0:
                i = 0
        if i > n:
            i = n
        self._d.insert(self._h + i, x)
        self._s += 1

    def remove(self, x):
        """D.remove(value) -- remove first occurrence of value."""
        d = self._d
        try:
            i = d.index(x, self._h)
        except ValueError:
            i = -1
        if i < 0:
            raise ValueError(f"{x!r} is not in deque")
        del d[i]
        self._s += 1

    def reverse(self):
        """D.reverse() -- reverse *IN PLACE*"""
        d = self._d
        h = self._h
        items = d[h:]
        items.reverse()
        d[h:] = items

    def rotate(self, n=1):
        """Rotate the deque n steps to the right (default n=1).  If n is negative, rotates left."""
        n = _as_index(n)
        d = self._d
        size = len(d) - self._h
        self._s += 1
        if size <= 1:
            return
        k = n % size
        if k == 0:
            return
        if k <= size // 2:
            # move the last k items to the front
            tail = d[len(d) - k:]
            d[len(d) - k:] = []
            if self._h < k:
                self._make_room_left(k)
            h = self._h - k
            d[h:self._h] = tail
            self._h = h
        else:
            # move the first size - k items to the back
            j = size - k
            h = self._h
            d.extend(d[h:h + j])
            self._trim_left(j)

    def __len__(self):
        return len(self._d) - self._h

    def __bool__(self):
        return len(self._d) > self._h

    def __iter__(self):
        return _deque_iter(self, self._s)

    def __reversed__(self):
        return _deque_reversed(self, self._s)

    def __contains__(self, x):
        return x in self._items()

    def _pos(self, i):
        if not isinstance(i, int):
            raise TypeError(f"sequence index must be integer, not '{_type_name(i)}'")
        n = len(self._d) - self._h
        if i < 0:
            i += n
        if i < 0 or i >= n:
            raise IndexError("deque index out of range")
        return self._h + i

    def __getitem__(self, i):
        return self._d[self._pos(i)]

    def __setitem__(self, i, x):
        self._d[self._pos(i)] = x

    def __delitem__(self, i):
        del self._d[self._pos(i)]
        self._s += 1

    def __repr__(self):
        key = id(self)
        if key in _repr_running:
            return "[...]"
        _repr_running[key] = True
        try:
            body = repr(self._items())
        finally:
            del _repr_running[key]
        name = _short_name(self)
        if self._m is None:
            return f"{name}({body})"
        return f"{name}({body}, maxlen={self._m})"

    def __eq__(self, other):
        if not isinstance(other, deque):
            return NotImplemented
        return self._items() == other._items()

    def __ne__(self, other):
        if not isinstance(other, deque):
            return NotImplemented
        return self._items() != other._items()

    def __lt__(self, other):
        if not isinstance(other, deque):
            return NotImplemented
        return self._items() < other._items()

    def __le__(self, other):
        if not isinstance(other, deque):
            return NotImplemented
        return self._items() <= other._items()

    def __gt__(self, other):
        if not isinstance(other, deque):
            return NotImplemented
        return self._items() > other._items()

    def __ge__(self, other):
        if not isinstance(other, deque):
            return NotImplemented
        return self._items() >= other._items()

    def __add__(self, other):
        if not isinstance(other, deque):
            raise TypeError(
                f'can only concatenate deque (not "{_type_name(other)}") to deque'
            )
        new = self.copy()
        new.extend(other._items())
        return new

    def __iadd__(self, other):
        self.extend(other)
        return self

    def __mul__(self, n):
        if not isinstance(n, int):
            raise TypeError(f"can't multiply sequence by non-int of type '{_type_name(n)}'")
        new = self.copy()
        new *= n
        return new

    __rmul__ = __mul__

    def __imul__(self, n):
        if not isinstance(n, int):
            raise TypeError(f"can't multiply sequence by non-int of type '{_type_name(n)}'")
        items = self._items()
        if n <= 0 or not items:
            self.clear()
            return self
        m = self._m
        if m is not None and len(items) * n > m:
            # only the rightmost maxlen items survive
            reps = m // len(items) + 2
            items = (items * reps)[len(items) * reps - m:]
        else:
            items = items * n
        self._d = items
        self._h = 0
        self._s += 1
        return self

    __hash__ = None




################################################################################
# dict wrappers: defaultdict, OrderedDict, Counter
################################################################################


def _raw(obj):
    """The dict behind `obj` (a dict or one of the wrappers), or None."""
    if isinstance(obj, dict):
        return obj
    if isinstance(obj, _DictWrapper):
        return obj._data
    return None


def _update(d, args, kwargs, what="update"):
    if len(args) > 1:
        raise TypeError(f"{what} expected at most 1 argument, got {len(args)}")
    if args:
        other = args[0]
        src = _raw(other)
        if src is not None:
            d.update(src)
        elif hasattr(other, "keys"):
            for k in other.keys():
                d[k] = other[k]
        else:
            d.update(other)
    if kwargs:
        d.update(kwargs)


class _DictWrapper:
    """The dict methods, on the dict kept in self._data."""

    def __init__(self, *args, **kwargs):
        self._data = {}
        _update(self._data, args, kwargs, "dict")

    def __len__(self):
        return len(self._data)

    def __bool__(self):
        return len(self._data) != 0

    def __iter__(self):
        return iter(self._data)

    def __reversed__(self):
        return reversed(self._data)

    def __contains__(self, key):
        return key in self._data

    def __getitem__(self, key):
        v = self._data.get(key, _MISSING)
        if v is _MISSING:
            return self.__missing__(key)
        return v

    def __missing__(self, key):
        raise KeyError(key)

    def __setitem__(self, key, value):
        self._data[key] = value

    def __delitem__(self, key):
        del self._data[key]

    def keys(self):
        return self._data.keys()

    def values(self):
        return self._data.values()

    def items(self):
        return self._data.items()

    def get(self, key, default=None):
        return self._data.get(key, default)

    def pop(self, key, *default):
        return self._data.pop(key, *default)

    def popitem(self):
        d = self._data
        if not d:
            raise KeyError("popitem(): dictionary is empty")
        # (Baton's dict has no popitem yet)
        key = next(reversed(d))
        return key, d.pop(key)

    def setdefault(self, key, default=None):
        return self._data.setdefault(key, default)

    def update(self, *args, **kwargs):
        _update(self._data, args, kwargs)

    def clear(self):
        self._data.clear()

    def copy(self):
        return type(self)(self)

    __copy__ = copy

    @classmethod
    def fromkeys(cls, iterable, value=None):
        new = cls()
        for key in iterable:
            new[key] = value
        return new

    def __eq__(self, other):
        o = _raw(other)
        if o is None:
            return NotImplemented
        return self._data == o

    def __ne__(self, other):
        eq = self.__eq__(other)
        if eq is NotImplemented:
            return eq
        return not eq

    def __or__(self, other):
        if _raw(other) is None:
            return NotImplemented
        new = self.copy()
        new.update(other)
        return new

    def __ror__(self, other):
        if _raw(other) is None:
            return NotImplemented
        new = type(self)(other)
        new.update(self)
        return new

    def __ior__(self, other):
        self.update(other)
        return self

    def __repr__(self):
        return f"{type(self).__name__}({self._data!r})"

    __hash__ = None


class defaultdict(_DictWrapper):
    """defaultdict(default_factory=None, /, [...]) --> dict with default factory"""

    def __init__(self, default_factory=None, /, *args, **kwargs):
        if default_factory is not None and not callable(default_factory):
            raise TypeError("first argument must be callable or None")
        self.default_factory = default_factory
        self._data = {}
        _update(self._data, args, kwargs, "dict")

    def __missing__(self, key):
        factory = self.default_factory
        if factory is None:
            raise KeyError(key)
        value = factory()
        self._data[key] = value
        return value

    def copy(self):
        """D.copy() -> a shallow copy of D."""
        return type(self)(self.default_factory, self._data)

    __copy__ = copy

    def __ror__(self, other):
        if _raw(other) is None:
            return NotImplemented
        new = type(self)(self.default_factory, other)
        new.update(self)
        return new

    def __repr__(self):
        key = id(self)
        if key in _repr_running:
            return "..."
        _repr_running[key] = True
        try:
            body = repr(self._data)
        finally:
            del _repr_running[key]
        return f"{type(self).__name__}({self.default_factory!r}, {body})"


class _OrderedDictView:
    def __init__(self, od):
        self._od = od

    def __len__(self):
        return len(self._od._data)

    def __repr__(self):
        return f"{type(self).__name__}({list(self)!r})"


class _OrderedDictKeys(_OrderedDictView):
    def __iter__(self):
        return iter(self._od._data)

    def __reversed__(self):
        return reversed(self._od._data)

    def __contains__(self, key):
        return key in self._od._data

    def __eq__(self, other):
        return list(self) == list(other) if isinstance(other, _OrderedDictKeys) else NotImplemented


class _OrderedDictValues(_OrderedDictView):
    def __iter__(self):
        return iter(self._od._data.values())

    def __reversed__(self):
        d = self._od._data
        for key in reversed(d):
            yield d[key]

    def __contains__(self, value):
        return value in self._od._data.values()


class _OrderedDictItems(_OrderedDictView):
    def __iter__(self):
        return iter(self._od._data.items())

    def __reversed__(self):
        d = self._od._data
        for key in reversed(d):
            yield key, d[key]

    def __contains__(self, item):
        key, value = item
        d = self._od._data
        return key in d and d[key] == value

    def __eq__(self, other):
        return list(self) == list(other) if isinstance(other, _OrderedDictItems) else NotImplemented


_OrderedDictKeys = _rename_class(_OrderedDictKeys, "odict_keys", "collections")
_OrderedDictValues = _rename_class(_OrderedDictValues, "odict_values", "collections")
_OrderedDictItems = _rename_class(_OrderedDictItems, "odict_items", "collections")
_OrderedDictKeys.__qualname__ = "odict_keys"
_OrderedDictValues.__qualname__ = "odict_values"
_OrderedDictItems.__qualname__ = "odict_items"


class OrderedDict(_DictWrapper):
    """Dictionary that remembers insertion order"""

    def __init__(self, *args, **kwds):
        if len(args) > 1:
            raise TypeError(f"expected at most 1 arguments, got {len(args)}")
        self._data = {}
        _update(self._data, args, kwds)

    def popitem(self, last=True):
        """Remove and return a (key, value) pair from the dictionary.

        Pairs are returned in LIFO order if last is true or FIFO order if false."""
        d = self._data
        if not d:
            raise KeyError("dictionary is empty")
        key = next(reversed(d)) if last else next(iter(d))
        return key, d.pop(key)

    def move_to_end(self, key, last=True):
        """Move an existing element to the end (or beginning if last is false)."""
        d = self._data
        value = d.pop(key)
        if last:
            d[key] = value
        else:
            rest = list(d.items())
            d.clear()
            d[key] = value
            d.update(rest)

    def keys(self):
        return _OrderedDictKeys(self)

    def values(self):
        return _OrderedDictValues(self)

    def items(self):
        return _OrderedDictItems(self)

    def __eq__(self, other):
        if isinstance(other, OrderedDict):
            return self._data == other._data and list(self._data) == list(other._data)
        o = _raw(other)
        if o is None:
            return NotImplemented
        return self._data == o

    def __repr__(self):
        if not self._data:
            return f"{type(self).__name__}()"
        key = id(self)
        if key in _repr_running:
            return "..."
        _repr_running[key] = True
        try:
            body = repr(list(self._data.items()))
        finally:
            del _repr_running[key]
        return f"{type(self).__name__}({body})"


def _count_of(item):
    return item[1]


class Counter(_DictWrapper):
    """Dict subclass for counting hashable items.  Sometimes called a bag
    or multiset.  Elements are stored as dictionary keys and their counts
    are stored as dictionary values."""

    def __init__(self, iterable=None, /, **kwds):
        self._data = {}
        self.update(iterable, **kwds)

    def __getitem__(self, key):
        return self._data.get(key, 0)

    def __missing__(self, key):
        return 0

    def __delitem__(self, key):
        d = self._data
        if key in d:
            del d[key]

    def total(self):
        """Sum of the counts"""
        return sum(self._data.values())

    def most_common(self, n=None):
        """List the n most common elements and their counts from the most
        common to the least.  If n is None, then list all element counts."""
        items = sorted(self._data.items(), key=_count_of, reverse=True)
        if n is None:
            return items
        if n <= 0:
            return []
        return items[:n]

    def elements(self):
        """Iterator over elements repeating each as many times as its count."""
        for elem, count in list(self._data.items()):
            for _ in range(count):
                yield elem

    @classmethod
    def fromkeys(cls, iterable, v=None):
        raise NotImplementedError(
            "Counter.fromkeys() is undefined.  Use Counter(iterable) instead."
        )

    def update(self, iterable=None, /, **kwds):
        """Like dict.update() but add counts instead of replacing them."""
        if iterable is not None:
            d = self._data
            src = _raw(iterable)
            if src is not None:
                if d:
                    get = d.get
                    for elem, count in src.items():
                        d[elem] = count + get(elem, 0)
                else:
                    d.update(src)
            else:
                get = d.get
                for elem in iterable:
                    d[elem] = get(elem, 0) + 1
        if kwds:
            self.update(kwds)

    def subtract(self, iterable=None, /, **kwds):
        """Like dict.update() but subtracts counts instead of replacing them."""
        if iterable is not None:
            d = self._data
            get = d.get
            src = _raw(iterable)
            if src is not None:
                for elem, count in src.items():
                    d[elem] = get(elem, 0) - count
            else:
                for elem in iterable:
                    d[elem] = get(elem, 0) - 1
        if kwds:
            self.subtract(kwds)

    def copy(self):
        """Return a shallow copy."""
        return type(self)(self)

    __copy__ = copy

    def __repr__(self):
        if not self._data:
            return f"{type(self).__name__}()"
        try:
            d = dict(self.most_common())
        except TypeError:
            d = dict(self._data)
        return f"{type(self).__name__}({d!r})"

    # multiset comparisons (missing elements count as zero)

    def __eq__(self, other):
        if not isinstance(other, Counter):
            o = _raw(other)
            if o is None:
                return NotImplemented
            return self._data == o
        for c in (self, other):
            for e in c._data:
                if not self[e] == other[e]:
                    return False
        return True

    def __ne__(self, other):
        eq = self.__eq__(other)
        if eq is NotImplemented:
            return eq
        return not eq

    def __le__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        for c in (self, other):
            for e in c._data:
                if not self[e] <= other[e]:
                    return False
        return True

    def __lt__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return self <= other and self != other

    def __ge__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        for c in (self, other):
            for e in c._data:
                if not self[e] >= other[e]:
                    return False
        return True

    def __gt__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return self >= other and self != other

    # multiset arithmetic: results keep positive counts only

    def __add__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        result = Counter()
        r = result._data
        mine = self._data
        theirs = other._data
        for elem, count in mine.items():
            newcount = count + theirs.get(elem, 0)
            if newcount > 0:
                r[elem] = newcount
        for elem, count in theirs.items():
            if elem not in mine and count > 0:
                r[elem] = count
        return result

    def __sub__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        result = Counter()
        r = result._data
        mine = self._data
        theirs = other._data
        for elem, count in mine.items():
            newcount = count - theirs.get(elem, 0)
            if newcount > 0:
                r[elem] = newcount
        for elem, count in theirs.items():
            if elem not in mine and count < 0:
                r[elem] = 0 - count
        return result

    def __or__(self, other):
        if not isinstance(other, Counter):
            if isinstance(other, dict):
                new = dict(self._data)
                new.update(other)
                return new
            return NotImplemented
        result = Counter()
        r = result._data
        mine = self._data
        theirs = other._data
        for elem, count in mine.items():
            other_count = theirs.get(elem, 0)
            newcount = other_count if count < other_count else count
            if newcount > 0:
                r[elem] = newcount
        for elem, count in theirs.items():
            if elem not in mine and count > 0:
                r[elem] = count
        return result

    def __ror__(self, other):
        if isinstance(other, dict):
            new = dict(other)
            new.update(self._data)
            return new
        return NotImplemented

    def __and__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        result = Counter()
        r = result._data
        theirs = other._data
        for elem, count in self._data.items():
            other_count = theirs.get(elem, 0)
            newcount = count if count < other_count else other_count
            if newcount > 0:
                r[elem] = newcount
        return result

    def __pos__(self):
        result = Counter()
        r = result._data
        for elem, count in self._data.items():
            if count > 0:
                r[elem] = count
        return result

    def __neg__(self):
        result = Counter()
        r = result._data
        for elem, count in self._data.items():
            if count < 0:
                r[elem] = 0 - count
        return result

    def _keep_positive(self):
        d = self._data
        for elem in [e for e, count in d.items() if not count > 0]:
            del d[elem]
        return self

    def __iadd__(self, other):
        d = self._data
        for elem, count in _items_of(other):
            d[elem] = d.get(elem, 0) + count
        return self._keep_positive()

    def __isub__(self, other):
        d = self._data
        for elem, count in _items_of(other):
            d[elem] = d.get(elem, 0) - count
        return self._keep_positive()

    def __ior__(self, other):
        d = self._data
        for elem, other_count in _items_of(other):
            count = d.get(elem, 0)
            if other_count > count:
                d[elem] = other_count
        return self._keep_positive()

    def __iand__(self, other):
        d = self._data
        for elem, count in list(d.items()):
            other_count = other[elem]
            if other_count < count:
                d[elem] = other_count
        return self._keep_positive()


def _items_of(other):
    src = _raw(other)
    if src is not None:
        return list(src.items())
    return list(other.items())


################################################################################
# namedtuple
################################################################################

_KEYWORDS = {
    name: True
    for name in (
        "False None True and as assert async await break class continue def del elif "
        "else except finally for from global if import in is lambda nonlocal not or "
        "pass raise return try while with yield"
    ).split()
}


def _isidentifier(s):
    if not s:
        return False
    first = s[0]
    if not (first == "_" or first.isalpha()):
        return False
    for c in s[1:]:
        if not (c == "_" or c.isalnum()):
            return False
    return True


def _missing_message(names):
    quoted = [repr(n) for n in names]
    if len(quoted) == 1:
        listed = quoted[0]
    elif len(quoted) == 2:
        listed = f"{quoted[0]} and {quoted[1]}"
    else:
        listed = ", ".join(quoted[:-1]) + ", and " + quoted[-1]
    s = "" if len(names) == 1 else "s"
    return f"missing {len(names)} required positional argument{s}: {listed}"


def _bind(cls, args, kwargs):
    """The field values for `cls(*args, **kwargs)`, with the errors of CPython's generated
    `__new__(_cls, field, ...)`."""
    fields = cls._fields
    n = len(fields)
    name = cls._nt_name
    values = list(args[:n])
    given = len(values)
    values.extend([_MISSING] * (n - given))
    for key, value in kwargs.items():
        if key not in fields:
            raise TypeError(f"{name}.__new__() got an unexpected keyword argument '{key}'")
        i = fields.index(key)
        if i < given or values[i] is not _MISSING:
            raise TypeError(f"{name}.__new__() got multiple values for argument '{key}'")
        values[i] = value
    defaults = cls._nt_defaults
    if len(args) > n:
        most = n + 1
        least = most - len(defaults)
        if least == most:
            s = "" if most == 1 else "s"
            takes = f"{most} positional argument{s}"
        else:
            takes = f"from {least} to {most} positional arguments"
        raise TypeError(f"{name}.__new__() takes {takes} but {len(args) + 1} were given")
    first_default = n - len(defaults)
    missing = []
    for i in range(n):
        if values[i] is _MISSING:
            if i >= first_default:
                values[i] = defaults[i - first_default]
            else:
                missing.append(fields[i])
    if missing:
        raise TypeError(f"{name}.__new__() {_missing_message(missing)}")
    return tuple(values)


def _other_tuple(other):
    if isinstance(other, tuple):
        return other
    if isinstance(other, _NamedTuple):
        return other._t
    return None


class _NamedTuple:
    """The methods of every class namedtuple makes; the values are in self._t."""

    _fields = ()
    _field_defaults = {}
    _nt_name = "namedtuple"
    _nt_defaults = ()

    def __init__(self, *args, **kwargs):
        if kwargs or len(args) != len(self._fields):
            args = _bind(type(self), args, kwargs)
        self.__dict__["_t"] = args

    def __setattr__(self, name, value):
        if name in self._fields:
            raise AttributeError("can't set attribute")
        raise AttributeError(f"'{type(self).__name__}' object has no attribute '{name}'")

    @classmethod
    def _make(cls, iterable):
        values = tuple(iterable)
        if len(values) != len(cls._fields):
            raise TypeError(f"Expected {len(cls._fields)} arguments, got {len(values)}")
        return cls(*values)

    def _replace(self, **kwds):
        values = [kwds.pop(f, v) for f, v in zip(self._fields, self._t)]
        if kwds:
            raise ValueError(f"Got unexpected field names: {list(kwds)!r}")
        return self._make(values)

    def _asdict(self):
        """Return a new dict which maps field names to their values."""
        return dict(zip(self._fields, self._t))

    def __getnewargs__(self):
        return self._t

    def __repr__(self):
        parts = [f"{f}={v!r}" for f, v in zip(self._fields, self._t)]
        return f"{type(self).__name__}({', '.join(parts)})"

    def __len__(self):
        return len(self._t)

    def __iter__(self):
        return iter(self._t)

    def __reversed__(self):
        return reversed(self._t)

    def __getitem__(self, i):
        return self._t[i]

    def __contains__(self, x):
        return x in self._t

    def count(self, x):
        return self._t.count(x)

    def index(self, x, *args):
        return self._t.index(x, *args)

    def __hash__(self):
        return hash(self._t)

    def __eq__(self, other):
        o = _other_tuple(other)
        if o is None:
            return NotImplemented
        return self._t == o

    def __ne__(self, other):
        o = _other_tuple(other)
        if o is None:
            return NotImplemented
        return self._t != o

    def __lt__(self, other):
        o = _other_tuple(other)
        if o is None:
            return NotImplemented
        return self._t < o

    def __le__(self, other):
        o = _other_tuple(other)
        if o is None:
            return NotImplemented
        return self._t <= o

    def __gt__(self, other):
        o = _other_tuple(other)
        if o is None:
            return NotImplemented
        return self._t > o

    def __ge__(self, other):
        o = _other_tuple(other)
        if o is None:
            return NotImplemented
        return self._t >= o

    def __add__(self, other):
        o = _other_tuple(other)
        if o is None:
            raise TypeError(f'can only concatenate tuple (not "{_type_name(other)}") to tuple')
        return self._t + o

    def __radd__(self, other):
        o = _other_tuple(other)
        if o is None:
            return NotImplemented
        return o + self._t

    def __mul__(self, n):
        return self._t * n

    __rmul__ = __mul__


def _field_getter(i):
    return property(lambda self: self._t[i], doc=f"Alias for field number {i}")


def namedtuple(typename, field_names, *, rename=False, defaults=None, module=None):
    """Returns a new class with named fields.

    >>> Point = namedtuple('Point', ['x', 'y'])
    >>> Point(11, y=22)
    Point(x=11, y=22)
    """
    if isinstance(field_names, str):
        field_names = field_names.replace(",", " ").split()
    field_names = [str(name) for name in field_names]
    typename = str(typename)

    if rename:
        seen = {}
        for index, name in enumerate(field_names):
            if (not _isidentifier(name) or name in _KEYWORDS or name.startswith("_")
                    or name in seen):
                field_names[index] = f"_{index}"
            seen[name] = True

    for name in [typename] + field_names:
        if not _isidentifier(name):
            raise ValueError(
                f"Type names and field names must be valid identifiers: {name!r}"
            )
        if name in _KEYWORDS:
            raise ValueError(f"Type names and field names cannot be a keyword: {name!r}")

    seen = {}
    for name in field_names:
        if name.startswith("_") and not rename:
            raise ValueError(f"Field names cannot start with an underscore: {name!r}")
        if name in seen:
            raise ValueError(f"Encountered duplicate field name: {name!r}")
        seen[name] = True

    field_defaults = {}
    if defaults is not None:
        defaults = tuple(defaults)
        if len(defaults) > len(field_names):
            raise TypeError("Got more default values than field names")
        pairs = list(zip(reversed(field_names), reversed(defaults)))
        pairs.reverse()
        field_defaults = dict(pairs)
    else:
        defaults = ()

    if module is None:
        module = "__main__"

    class _Made(_NamedTuple):
        pass

    cls = _rename_class(_Made, typename, module)
    cls.__qualname__ = typename
    cls.__module__ = module
    cls.__doc__ = f"{typename}({', '.join(field_names)})"
    cls._fields = tuple(field_names)
    cls._field_defaults = field_defaults
    cls._nt_name = typename
    cls._nt_defaults = defaults
    cls.__match_args__ = tuple(field_names)
    for index, name in enumerate(field_names):
        setattr(cls, name, _field_getter(index))
    return cls
