"""Functions creating iterators for efficient looping (the `itertools` module of CPython 3.11).

Every iterator type is a class, so reprs, `type(...)` and `isinstance` match CPython; the
arguments are checked (and `iter()` is called on them) when the object is made, as CPython
does. Most classes keep their values in a private generator: `__next__` advances it, and
`__iter__` hands it out directly so that `for` loops run at generator speed (the one
visible difference: `iter(obj) is obj` is False for them).
"""

import sys

__all__ = ["accumulate", "chain", "combinations", "combinations_with_replacement",
           "compress", "count", "cycle", "dropwhile", "filterfalse", "groupby", "islice",
           "pairwise", "permutations", "product", "repeat", "starmap", "takewhile", "tee",
           "zip_longest"]


def _positional(name, args, kwargs, lo, hi):
    """Checks the argument count the way CPython's positional-only builtins word it."""
    if kwargs:
        raise TypeError(f"{name}() takes no keyword arguments")
    n = len(args)
    if lo <= n <= hi:
        return
    if n < lo:
        want = lo
        bound = "" if lo == hi else "at least "
    else:
        want = hi
        bound = "" if lo == hi else "at most "
    noun = "argument" if want == 1 else "arguments"
    raise TypeError(f"{name} expected {bound}{want} {noun}, got {n}")


def _index(value):
    """`operator.index` for the argument checks: an int (bools become ints)."""
    if isinstance(value, int):
        return int(value)
    method = getattr(type(value), "__index__", None)
    if method is None:
        raise TypeError(
            f"'{type(value).__name__}' object cannot be interpreted as an integer")
    return method(value)


def _is_number(value):
    if isinstance(value, (int, float)):
        return True
    cls = type(value)
    return (hasattr(cls, "__index__") or hasattr(cls, "__int__")
            or hasattr(cls, "__float__"))


class _GenIter:
    """Base of the generator-backed iterators: `self._it` is the generator."""

    def __iter__(self):
        return self._it

    def __next__(self):
        return next(self._it)


# ---------------------------------------------------------------- infinite iterators

class count(_GenIter):
    def __init__(self, start=0, step=1):
        if not _is_number(start) or not _is_number(step):
            raise TypeError("a number is required")
        self._cnt = start
        self._step = step
        self._it = self._run()

    def _run(self):
        step = self._step
        value = self._cnt
        while True:
            following = value + step
            self._cnt = following
            yield value
            value = following

    def __repr__(self):
        step = self._step
        if isinstance(step, int) and step == 1:
            return f"{type(self).__name__}({self._cnt!r})"
        return f"{type(self).__name__}({self._cnt!r}, {step!r})"


class cycle(_GenIter):
    def __init__(self, *args, **kwargs):
        _positional("cycle", args, kwargs, 1, 1)
        self._it = _cycle(iter(args[0]))


def _cycle(it):
    saved = []
    for item in it:
        saved.append(item)
        yield item
    if not saved:
        return
    while True:
        for item in saved:
            yield item


_NO_TIMES = object()


class repeat(_GenIter):
    def __init__(self, object=_NO_TIMES, times=None):
        if object is _NO_TIMES:
            raise TypeError("repeat() missing required argument 'object' (pos 1)")
        self._object = object
        if times is None:
            self._times = None
            self._it = self._forever()
        else:
            times = _index(times)
            self._times = times if times > 0 else 0
            self._it = self._counted()

    def _forever(self):
        value = self._object
        while True:
            yield value

    def _counted(self):
        value = self._object
        while self._times > 0:
            self._times -= 1
            yield value

    def __repr__(self):
        if self._times is None:
            return f"{type(self).__name__}({self._object!r})"
        return f"{type(self).__name__}({self._object!r}, {self._times})"


# ---------------------------------------------- iterators ending on the shortest input

class accumulate(_GenIter):
    def __init__(self, iterable=_NO_TIMES, func=None, *, initial=None):
        if iterable is _NO_TIMES:
            raise TypeError("accumulate() missing required argument 'iterable' (pos 1)")
        self._it = _accumulate(iter(iterable), func, initial)


def _accumulate(it, func, initial):
    if initial is not None:
        total = initial
        yield total
    else:
        for total in it:
            yield total
            break
        else:
            return
    if func is None:
        for value in it:
            total = total + value
            yield total
    else:
        for value in it:
            total = func(total, value)
            yield total


class chain(_GenIter):
    def __init__(self, *iterables, **kwargs):
        if kwargs:
            raise TypeError("chain() takes no keyword arguments")
        self._it = _chain(iterables)

    @classmethod
    def from_iterable(cls, iterable):
        self = cls()
        self._it = _chain(iter(iterable))
        return self


def _chain(iterables):
    for iterable in iterables:
        yield from iterable


class compress(_GenIter):
    def __init__(self, data=_NO_TIMES, selectors=_NO_TIMES):
        if data is _NO_TIMES:
            raise TypeError("compress() missing required argument 'data' (pos 1)")
        if selectors is _NO_TIMES:
            raise TypeError("compress() missing required argument 'selectors' (pos 2)")
        self._it = _compress(iter(data), iter(selectors))


def _compress(data, selectors):
    for item in data:
        try:
            selector = next(selectors)
        except StopIteration:
            return
        if selector:
            yield item


class dropwhile(_GenIter):
    def __init__(self, *args, **kwargs):
        _positional("dropwhile", args, kwargs, 2, 2)
        self._it = _dropwhile(args[0], iter(args[1]))


def _dropwhile(predicate, it):
    for item in it:
        if not predicate(item):
            yield item
            break
    else:
        return
    yield from it


class filterfalse(_GenIter):
    def __init__(self, *args, **kwargs):
        _positional("filterfalse", args, kwargs, 2, 2)
        self._it = _filterfalse(args[0], iter(args[1]))


def _filterfalse(predicate, it):
    if predicate is None:
        for item in it:
            if not item:
                yield item
    else:
        for item in it:
            if not predicate(item):
                yield item


class _grouper:
    """One group of a `groupby`: valid until the groupby moves on."""

    def __init__(self, parent, tgtkey):
        self._parent = parent
        self._tgtkey = tgtkey

    def __iter__(self):
        return self

    def __next__(self):
        gb = self._parent
        if gb._currgrouper is not self:
            raise StopIteration
        if gb._currvalue is _NO_TIMES:
            gb._step()
        currkey = gb._currkey
        if not (self._tgtkey is currkey or self._tgtkey == currkey):
            raise StopIteration
        value = gb._currvalue
        gb._currvalue = _NO_TIMES
        gb._currkey = _NO_TIMES
        return value


class groupby:
    def __init__(self, iterable=_NO_TIMES, key=None):
        if iterable is _NO_TIMES:
            raise TypeError("groupby() missing required argument 'iterable' (pos 1)")
        self._source = iter(iterable)
        self._keyfunc = key
        self._tgtkey = _NO_TIMES
        self._currkey = _NO_TIMES
        self._currvalue = _NO_TIMES
        self._currgrouper = None

    def _step(self):
        value = next(self._source)
        key = value if self._keyfunc is None else self._keyfunc(value)
        self._currvalue = value
        self._currkey = key

    def __iter__(self):
        return self

    def __next__(self):
        self._currgrouper = None
        while True:
            currkey = self._currkey
            if currkey is _NO_TIMES:
                pass
            elif self._tgtkey is _NO_TIMES:
                break
            else:
                tgtkey = self._tgtkey
                if not (tgtkey is currkey or tgtkey == currkey):
                    break
            self._step()
        self._tgtkey = self._currkey
        grouper = _grouper(self, self._tgtkey)
        self._currgrouper = grouper
        return (self._currkey, grouper)


class islice(_GenIter):
    def __init__(self, *args, **kwargs):
        _positional("islice", args, kwargs, 2, 4)
        # The same checks, in the same order, as CPython: a bad or overflowing value turns
        # into -1 and is reported by the range check it then fails.
        start = 0
        stop = -1
        step = 1
        if len(args) == 2:
            if args[1] is not None:
                stop = _ssize(args[1])
                if stop == -1:
                    raise ValueError(_ISLICE_STOP)
        else:
            if args[1] is not None:
                start = _ssize(args[1])
            if args[2] is not None:
                stop = _ssize(args[2])
                if stop == -1:
                    raise ValueError(_ISLICE_STOP)
        if start < 0 or stop < -1:
            raise ValueError(
                "Indices for islice() must be None or an integer: 0 <= x <= sys.maxsize.")
        if len(args) == 4 and args[3] is not None:
            step = _ssize(args[3])
        if step < 1:
            raise ValueError("Step for islice() must be a positive integer or None.")
        self._it = _islice(iter(args[0]), start, None if stop == -1 else stop, step)


_ISLICE_STOP = "Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize."


def _ssize(value):
    """An index that fits a C Py_ssize_t, or -1 (CPython's error marker)."""
    try:
        value = _index(value)
    except TypeError:
        return -1
    if not -sys.maxsize - 1 <= value <= sys.maxsize:
        return -1
    return value


def _islice(it, start, stop, step):
    # Consumes exactly the items CPython's islice consumes: the `start` items before the
    # first one on the first call; after each item, the ones up to the next index, but
    # never past `stop` (so islice(it, 0, 5, 3) reads 5 items), and nothing once `stop`
    # is reached. The index of the next item is `cnt`; the next one to yield is `target`.
    if stop is not None and start >= stop:
        if start:
            left = start
            for _ in it:
                left -= 1
                if not left:
                    break
        return
    cnt = 0
    target = start
    if stop is None:
        if step == 1:
            if start:
                for _ in it:
                    cnt += 1
                    if cnt == start:
                        break
                else:
                    return
            yield from it
            return
        for item in it:
            if cnt == target:
                yield item
                target += step
            cnt += 1
        return
    for item in it:
        if cnt == target:
            yield item
            target += step
            if target > stop:
                target = stop
        cnt += 1
        if cnt >= stop:
            return


class pairwise(_GenIter):
    def __init__(self, *args, **kwargs):
        _positional("pairwise", args, kwargs, 1, 1)
        self._it = _pairwise(iter(args[0]))


def _pairwise(it):
    for old in it:
        break
    else:
        return
    for new in it:
        yield (old, new)
        old = new


class starmap(_GenIter):
    def __init__(self, *args, **kwargs):
        _positional("starmap", args, kwargs, 2, 2)
        self._it = _starmap(args[0], iter(args[1]))


def _starmap(function, it):
    for args in it:
        if type(args) is not tuple:
            args = tuple(args)
        yield function(*args)


class takewhile(_GenIter):
    def __init__(self, *args, **kwargs):
        _positional("takewhile", args, kwargs, 2, 2)
        self._it = _takewhile(args[0], iter(args[1]))


def _takewhile(predicate, it):
    for item in it:
        if predicate(item):
            yield item
        else:
            return


class _tee:
    """One of the iterators made by `tee`: they share a linked list of the values that
    some but not all of them have produced (each node is `[value, next node]`)."""

    def __init__(self, source, node):
        self._source = source
        self._node = node

    def __iter__(self):
        return self

    def __next__(self):
        node = self._node
        following = node[1]
        if following is None:
            value = next(self._source)
            following = [value, None]
            node[1] = following
        self._node = following
        return following[0]

    def __copy__(self):
        return _tee(self._source, self._node)


def tee(*args, **kwargs):
    _positional("tee", args, kwargs, 1, 2)
    n = 2 if len(args) == 1 else _index(args[1])
    if n < 0:
        raise ValueError("n must be >= 0")
    it = iter(args[0])
    if n == 0:
        return ()
    copier = getattr(it, "__copy__", None)
    if copier is None:
        it = _tee(it, [None, None])
        copier = it.__copy__
    result = [it]
    for _ in range(n - 1):
        result.append(copier())
    return tuple(result)


class zip_longest(_GenIter):
    def __init__(self, *iterables, **kwargs):
        fillvalue = None
        for name in kwargs:
            if name != "fillvalue":
                raise TypeError("zip_longest() got an unexpected keyword argument")
            fillvalue = kwargs[name]
        self._it = _zip_longest([iter(x) for x in iterables], fillvalue)


def _zip_longest(iterators, fillvalue):
    active = len(iterators)
    if not active:
        return
    while True:
        values = []
        for i, it in enumerate(iterators):
            if it is None:
                values.append(fillvalue)
                continue
            try:
                values.append(next(it))
            except StopIteration:
                active -= 1
                if not active:
                    return
                iterators[i] = None
                values.append(fillvalue)
        yield tuple(values)


# ------------------------------------------------------------------ combinatorics

class product(_GenIter):
    def __init__(self, *iterables, **kwargs):
        repeat = 1
        for name in kwargs:
            if name != "repeat":
                raise TypeError(f"'{name}' is an invalid keyword argument for product()")
            repeat = _index(kwargs[name])
        if repeat < 0:
            raise ValueError("repeat argument cannot be negative")
        pools = [tuple(x) for x in iterables] * repeat
        self._it = _product(pools)


def _product(pools):
    for pool in pools:
        if not pool:
            return
    n = len(pools)
    indices = [0] * n
    result = [pool[0] for pool in pools]
    yield tuple(result)
    while True:
        i = n - 1
        while i >= 0:
            pool = pools[i]
            j = indices[i] + 1
            if j < len(pool):
                indices[i] = j
                result[i] = pool[j]
                break
            indices[i] = 0
            result[i] = pool[0]
            i -= 1
        if i < 0:
            return
        yield tuple(result)


def _check_r(r):
    r = _index(r)
    if r < 0:
        raise ValueError("r must be non-negative")
    return r


class permutations(_GenIter):
    def __init__(self, iterable=_NO_TIMES, r=None):
        if iterable is _NO_TIMES:
            raise TypeError("permutations() missing required argument 'iterable' (pos 1)")
        pool = tuple(iterable)
        if r is None:
            r = len(pool)
        else:
            if not isinstance(r, int):
                raise TypeError("Expected int as r")
            if r < 0:
                raise ValueError("r must be non-negative")
        self._it = _permutations(pool, int(r))


def _permutations(pool, r):
    n = len(pool)
    if r > n:
        return
    indices = list(range(n))
    cycles = list(range(n, n - r, -1))
    yield tuple([pool[i] for i in indices[:r]])
    if n == 0:
        return
    while True:
        i = r - 1
        while i >= 0:
            cycles[i] -= 1
            if cycles[i] == 0:
                moved = indices[i]
                indices[i:] = indices[i + 1:] + [moved]
                cycles[i] = n - i
            else:
                j = n - cycles[i]
                indices[i], indices[j] = indices[j], indices[i]
                yield tuple([pool[k] for k in indices[:r]])
                break
            i -= 1
        if i < 0:
            return


class combinations(_GenIter):
    def __init__(self, iterable=_NO_TIMES, r=_NO_TIMES):
        if iterable is _NO_TIMES:
            raise TypeError("combinations() missing required argument 'iterable' (pos 1)")
        if r is _NO_TIMES:
            raise TypeError("combinations() missing required argument 'r' (pos 2)")
        pool = tuple(iterable)
        self._it = _combinations(pool, _check_r(r))


def _combinations(pool, r):
    n = len(pool)
    if r > n:
        return
    indices = list(range(r))
    yield tuple([pool[i] for i in indices])
    while True:
        i = r - 1
        while i >= 0 and indices[i] == i + n - r:
            i -= 1
        if i < 0:
            return
        indices[i] += 1
        for j in range(i + 1, r):
            indices[j] = indices[j - 1] + 1
        yield tuple([pool[i] for i in indices])


class combinations_with_replacement(_GenIter):
    def __init__(self, iterable=_NO_TIMES, r=_NO_TIMES):
        name = "combinations_with_replacement"
        if iterable is _NO_TIMES:
            raise TypeError(f"{name}() missing required argument 'iterable' (pos 1)")
        if r is _NO_TIMES:
            raise TypeError(f"{name}() missing required argument 'r' (pos 2)")
        pool = tuple(iterable)
        self._it = _combinations_with_replacement(pool, _check_r(r))


def _combinations_with_replacement(pool, r):
    n = len(pool)
    if n == 0 and r > 0:
        return
    indices = [0] * r
    yield tuple([pool[i] for i in indices])
    while True:
        i = r - 1
        while i >= 0 and indices[i] == n - 1:
            i -= 1
        if i < 0:
            return
        value = indices[i] + 1
        for j in range(i, r):
            indices[j] = value
        yield tuple([pool[i] for i in indices])
