"""Higher-order functions and operations on callables (the `functools` module of CPython
3.11): reduce, partial, lru_cache/cache, update_wrapper/wraps, total_ordering, cmp_to_key.
"""

__all__ = ["WRAPPER_ASSIGNMENTS", "WRAPPER_UPDATES", "cache", "cmp_to_key", "lru_cache",
           "partial", "reduce", "total_ordering", "update_wrapper", "wraps"]


def _callable(obj):
    # Baton's callable() does not see a class's __call__ yet.
    return callable(obj) or hasattr(type(obj), "__call__")


# -------------------------------------------------------------------------- reduce

def reduce(*args, **kwargs):
    """reduce(function, iterable[, initial]): fold the items of `iterable` from the left
    with the two-argument `function`, starting from `initial` if given."""
    if kwargs:
        raise TypeError("reduce() takes no keyword arguments")
    n = len(args)
    if n < 2:
        raise TypeError(f"reduce expected at least 2 arguments, got {n}")
    if n > 3:
        raise TypeError(f"reduce expected at most 3 arguments, got {n}")
    function = args[0]
    try:
        it = iter(args[1])
    except TypeError:
        raise TypeError("reduce() arg 2 must support iteration") from None
    if n == 3:
        value = args[2]
    else:
        for value in it:
            break
        else:
            raise TypeError("reduce() of empty iterable with no initial value")
    for element in it:
        value = function(value, element)
    return value


# ------------------------------------------------------------------ update_wrapper

WRAPPER_ASSIGNMENTS = ("__module__", "__name__", "__qualname__", "__doc__",
                       "__annotations__")
WRAPPER_UPDATES = ("__dict__",)


def update_wrapper(wrapper, wrapped, assigned=WRAPPER_ASSIGNMENTS, updated=WRAPPER_UPDATES):
    """Copy the `assigned` attributes of `wrapped` onto `wrapper`, merge the `updated`
    dicts, and set `wrapper.__wrapped__`. (Baton functions do not accept attribute
    assignment yet: those assignments are skipped for them.)"""
    for attr in assigned:
        try:
            value = getattr(wrapped, attr)
        except AttributeError:
            continue
        try:
            setattr(wrapper, attr, value)
        except AttributeError:
            pass
    for attr in updated:
        try:
            target = getattr(wrapper, attr)
        except AttributeError:
            continue
        target.update(getattr(wrapped, attr, {}))
    try:
        wrapper.__wrapped__ = wrapped
    except AttributeError:
        pass
    return wrapper


def wraps(wrapped, assigned=WRAPPER_ASSIGNMENTS, updated=WRAPPER_UPDATES):
    """Decorator form of `update_wrapper`: `@wraps(f)` above a wrapper function."""
    return partial(update_wrapper, wrapped=wrapped, assigned=assigned, updated=updated)


# ------------------------------------------------------------------------- partial

class partial:
    """partial(func, /, *args, **keywords): `func` with some arguments filled in."""

    def __init__(*args, **keywords):
        if len(args) < 2:
            raise TypeError("type 'partial' takes at least one argument")
        self = args[0]
        func = args[1]
        args = args[2:]
        if not _callable(func):
            raise TypeError("the first argument must be callable")
        if isinstance(func, partial):
            args = func.args + args
            keywords = {**func.keywords, **keywords}
            func = func.func
        self.func = func
        self.args = args
        self.keywords = keywords

    def __call__(*args, **keywords):
        self = args[0]
        if self.keywords:
            keywords = {**self.keywords, **keywords}
        return self.func(*self.args, *args[1:], **keywords)

    def __repr__(self):
        parts = [repr(self.func)]
        for arg in self.args:
            parts.append(repr(arg))
        for key, value in self.keywords.items():
            parts.append(f"{key}={value!r}")
        cls = type(self)
        return f"{cls.__module__}.{cls.__qualname__}({', '.join(parts)})"


# ----------------------------------------------------------------------- lru_cache

class CacheInfo:
    """The named tuple `cache_info()` returns: hits, misses, maxsize, currsize."""

    _fields = ("hits", "misses", "maxsize", "currsize")

    def __init__(self, hits, misses, maxsize, currsize):
        self.hits = hits
        self.misses = misses
        self.maxsize = maxsize
        self.currsize = currsize

    def _tuple(self):
        return (self.hits, self.misses, self.maxsize, self.currsize)

    def __repr__(self):
        return (f"CacheInfo(hits={self.hits!r}, misses={self.misses!r}, "
                f"maxsize={self.maxsize!r}, currsize={self.currsize!r})")

    def __iter__(self):
        return iter(self._tuple())

    def __len__(self):
        return 4

    def __getitem__(self, index):
        return self._tuple()[index]

    def __eq__(self, other):
        if isinstance(other, type(self)):
            other = other._tuple()
        if isinstance(other, tuple):
            return self._tuple() == other
        return NotImplemented

    def __ne__(self, other):
        result = self.__eq__(other)
        if result is NotImplemented:
            return result
        return not result

    def _asdict(self):
        return {"hits": self.hits, "misses": self.misses, "maxsize": self.maxsize,
                "currsize": self.currsize}


_CacheInfo = CacheInfo
del CacheInfo

_KWD_MARK = object()


def _make_key(args, kwds, typed):
    """The cache key of a call, built as CPython's C version builds it (so that, e.g.,
    f(1) and f(1.0) are different entries while f(1.0) and f(True) share one)."""
    if not typed and not kwds:
        if len(args) == 1:
            first = args[0]
            kind = type(first)
            if kind is int or kind is str:
                return first
        return args
    key = args
    if kwds:
        key += (_KWD_MARK,)
        for k, v in kwds.items():
            key += (k, v)
    if typed:
        key += tuple([type(v) for v in args])
        if kwds:
            key += tuple([type(v) for v in kwds.values()])
    return key


_MISSING = object()


class _lru_cache_wrapper:
    """The callable `lru_cache` returns: `cache_info()`, `cache_clear()`,
    `cache_parameters()`, and the wrapped function's name and doc."""

    def __init__(self, user_function, maxsize, typed):
        if not _callable(user_function):
            raise TypeError("the first argument must be callable")
        self._func = user_function
        self._maxsize = maxsize
        self._typed = typed
        self._cache = {}
        self._hits = 0
        self._misses = 0
        update_wrapper(self, user_function)

    def __call__(self, *args, **kwds):
        maxsize = self._maxsize
        if maxsize == 0:
            self._misses += 1
            return self._func(*args, **kwds)
        if kwds or self._typed:
            key = _make_key(args, kwds, self._typed)
        else:
            key = args
            if len(args) == 1:
                kind = type(args[0])
                if kind is int or kind is str:
                    key = args[0]
        cache = self._cache
        if maxsize is None:
            result = cache.get(key, _MISSING)
            if result is not _MISSING:
                self._hits += 1
                return result
            self._misses += 1
            result = self._func(*args, **kwds)
            cache[key] = result
            return result
        result = cache.get(key, _MISSING)
        if result is not _MISSING:
            # Most recently used: move to the end of the (insertion-ordered) dict.
            del cache[key]
            cache[key] = result
            self._hits += 1
            return result
        self._misses += 1
        result = self._func(*args, **kwds)
        if key in cache:
            # A recursive call already stored it.
            return result
        if len(cache) >= maxsize:
            for oldest in cache:
                break
            del cache[oldest]
        cache[key] = result
        return result

    def cache_info(self):
        """Report cache statistics."""
        return _CacheInfo(self._hits, self._misses, self._maxsize, len(self._cache))

    def cache_clear(self):
        """Clear the cache and cache statistics."""
        self._cache.clear()
        self._hits = 0
        self._misses = 0

    def cache_parameters(self):
        return {"maxsize": self._maxsize, "typed": self._typed}


def lru_cache(maxsize=128, typed=False):
    """Least-recently-used cache decorator: `@lru_cache`, `@lru_cache(maxsize=N)`,
    `@lru_cache(None)` (unbounded)."""
    if isinstance(maxsize, int):
        if maxsize < 0:
            maxsize = 0
    elif _callable(maxsize) and isinstance(typed, bool):
        return _lru_cache_wrapper(maxsize, 128, typed)
    elif maxsize is not None:
        raise TypeError("Expected first argument to be an integer, a callable, or None")

    def decorating_function(user_function):
        return _lru_cache_wrapper(user_function, maxsize, typed)

    return decorating_function


def cache(user_function):
    """Simple unbounded cache: `lru_cache(maxsize=None)`."""
    return _lru_cache_wrapper(user_function, None, False)


# ------------------------------------------------------------------ total_ordering

def _gt_from_lt(self, other):
    result = type(self).__lt__(self, other)
    if result is NotImplemented:
        return result
    return not result and self != other


def _le_from_lt(self, other):
    result = type(self).__lt__(self, other)
    if result is NotImplemented:
        return result
    return result or self == other


def _ge_from_lt(self, other):
    result = type(self).__lt__(self, other)
    if result is NotImplemented:
        return result
    return not result


def _ge_from_le(self, other):
    result = type(self).__le__(self, other)
    if result is NotImplemented:
        return result
    return not result or self == other


def _lt_from_le(self, other):
    result = type(self).__le__(self, other)
    if result is NotImplemented:
        return result
    return result and self != other


def _gt_from_le(self, other):
    result = type(self).__le__(self, other)
    if result is NotImplemented:
        return result
    return not result


def _lt_from_gt(self, other):
    result = type(self).__gt__(self, other)
    if result is NotImplemented:
        return result
    return not result and self != other


def _ge_from_gt(self, other):
    result = type(self).__gt__(self, other)
    if result is NotImplemented:
        return result
    return result or self == other


def _le_from_gt(self, other):
    result = type(self).__gt__(self, other)
    if result is NotImplemented:
        return result
    return not result


def _le_from_ge(self, other):
    result = type(self).__ge__(self, other)
    if result is NotImplemented:
        return result
    return not result or self == other


def _gt_from_ge(self, other):
    result = type(self).__ge__(self, other)
    if result is NotImplemented:
        return result
    return result and self != other


def _lt_from_ge(self, other):
    result = type(self).__ge__(self, other)
    if result is NotImplemented:
        return result
    return not result


_CONVERT = {
    "__lt__": [("__gt__", _gt_from_lt), ("__le__", _le_from_lt), ("__ge__", _ge_from_lt)],
    "__le__": [("__ge__", _ge_from_le), ("__lt__", _lt_from_le), ("__gt__", _gt_from_le)],
    "__gt__": [("__lt__", _lt_from_gt), ("__ge__", _ge_from_gt), ("__le__", _le_from_gt)],
    "__ge__": [("__le__", _le_from_ge), ("__gt__", _gt_from_ge), ("__lt__", _lt_from_ge)],
}


def total_ordering(cls):
    """Class decorator filling in the missing ordering methods from the one (or ones)
    the class defines."""
    roots = [op for op in _CONVERT
             if getattr(cls, op, None) is not getattr(object, op, None)]
    if not roots:
        raise ValueError("must define at least one ordering operation: < > <= >=")
    root = max(roots)
    for opname, opfunc in _CONVERT[root]:
        if opname not in roots:
            try:
                opfunc.__name__ = opname
            except AttributeError:
                pass
            setattr(cls, opname, opfunc)
    return cls


# ---------------------------------------------------------------------- cmp_to_key

class KeyWrapper:
    """What `cmp_to_key(mycmp)` returns; calling it wraps an object for comparison."""

    __slots__ = ("cmp", "obj")

    def __init__(self, cmp, obj=_MISSING):
        self.cmp = cmp
        if obj is not _MISSING:
            self.obj = obj

    def __call__(self, *args, **kwargs):
        if kwargs or len(args) != 1:
            if kwargs and "obj" in kwargs and not args and len(kwargs) == 1:
                return KeyWrapper(self.cmp, kwargs["obj"])
            raise TypeError(f"K() takes exactly 1 argument ({len(args) + len(kwargs)} given)")
        return KeyWrapper(self.cmp, args[0])

    def _compare(self, other):
        if not isinstance(other, KeyWrapper):
            raise TypeError("other argument must be K instance")
        return self.cmp(self.obj, other.obj)

    def __lt__(self, other):
        return self._compare(other) < 0

    def __gt__(self, other):
        return self._compare(other) > 0

    def __le__(self, other):
        return self._compare(other) <= 0

    def __ge__(self, other):
        return self._compare(other) >= 0

    def __eq__(self, other):
        return self._compare(other) == 0

    def __ne__(self, other):
        return self._compare(other) != 0

    __hash__ = None


def cmp_to_key(mycmp):
    """Convert an old-style comparison function (negative, zero or positive) into a key
    function for sorted(), min(), max()."""
    return KeyWrapper(mycmp)
