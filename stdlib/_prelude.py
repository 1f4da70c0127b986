# Baton's prelude: the script-level versions of built-in functions, used by the native
# versions when their arguments need script code (generators, objects with __iter__,
# __next__, __add__, ...). The native versions stay the fast path for built-in values.
# Frames of this file are left out of tracebacks, as CPython shows no frames for builtins.


def _collect(iterable):
    return [x for x in iterable]


def any(iterable):
    for x in iterable:
        if x:
            return True
    return False


def all(iterable):
    for x in iterable:
        if not x:
            return False
    return True


def enumerate(iterable, start=0):
    n = start
    for x in iterable:
        yield n, x
        n += 1


def zip(*iterables, strict=False):
    if not iterables:
        return
    iterators = [iter(it) for it in iterables]
    while True:
        items = []
        for i, it in enumerate(iterators):
            try:
                items.append(next(it))
            except StopIteration:
                if strict and (i > 0 or items):
                    raise ValueError(f"zip() argument {i + 1} is shorter than argument 1")
                if strict and i == 0:
                    for j, rest in enumerate(iterators[1:]):
                        for _ in rest:
                            raise ValueError(
                                f"zip() argument {j + 2} is longer than argument 1"
                            )
                return
        yield tuple(items)


def map(function, *iterables):
    # Arguments are checked (and iterators made) at the call, as CPython does; the mapping
    # itself is lazy.
    if not iterables:
        raise TypeError("map() must have at least two arguments.")
    return _map(function, [iter(i) for i in iterables])


def _map(function, iterators):
    if len(iterators) == 1:
        for x in iterators[0]:
            yield function(x)
    else:
        for args in zip(*iterators):
            yield function(*args)


def filter(function, iterable):
    return _filter(function, iter(iterable))


def _filter(function, iterable):
    if function is None:
        for x in iterable:
            if x:
                yield x
    else:
        for x in iterable:
            if function(x):
                yield x


def sum(iterable, start=0):
    total = start
    for x in iterable:
        total = total + x
    return total


def _contains(container, item):
    for x in container:
        if x is item or x == item:
            return True
    return False


def bool(x=False):
    return True if x else False


def _list_sort(items, *, key=None, reverse=False):
    keys = [key(x) for x in items] if key is not None else list(items)
    order = list(range(len(items)))
    # A stable merge sort of positions by key; for reverse, "greater first" keeps equal
    # items in their original order, as CPython's sort does.
    width = 1
    n = len(order)
    while width < n:
        merged = []
        for lo in range(0, n, 2 * width):
            left = order[lo:lo + width]
            right = order[lo + width:lo + 2 * width]
            i = j = 0
            while i < len(left) and j < len(right):
                a = keys[left[i]]
                b = keys[right[j]]
                if (a < b) if reverse else (b < a):
                    merged.append(right[j])
                    j += 1
                else:
                    merged.append(left[i])
                    i += 1
            merged.extend(left[i:])
            merged.extend(right[j:])
        order = merged
        width *= 2
    if reverse:
        pass
    items[:] = [items[i] for i in order]


def sorted(iterable, *, key=None, reverse=False):
    items = _collect(iterable)
    _list_sort(items, key=key, reverse=reverse)
    return items


_missing = object()


def _extreme(name, less, args, key, default):
    if len(args) == 0:
        raise TypeError(f"{name} expected at least 1 argument, got 0")
    if len(args) == 1:
        items = _collect(args[0])
        if not items:
            if default is _missing:
                raise ValueError(f"{name}() arg is an empty sequence")
            return default
    else:
        if default is not _missing:
            raise TypeError(
                f"Cannot specify a default for {name}() with multiple positional arguments"
            )
        items = args
    best = items[0]
    best_key = key(best) if key is not None else best
    for x in items[1:]:
        k = key(x) if key is not None else x
        if less(k, best_key):
            best = x
            best_key = k
    return best


def min(*args, key=None, default=_missing):
    return _extreme("min", lambda a, b: a < b, args, key, default)


def max(*args, key=None, default=_missing):
    return _extreme("max", lambda a, b: b < a, args, key, default)


def _call_star(function, args, kwargs):
    return function(*_collect(args), **kwargs)


def _keyed(job, items, keys, reverse, extra):
    # sorted / list.sort / min / max with key= whose keys need __lt__ (job 0 to 3).
    if job < 2:
        order = list(range(len(items)))
        _list_sort(order, key=lambda i: keys[i], reverse=reverse)
        result = [items[i] for i in order]
        if job == 1:
            extra[:] = result
            return None
        return result
    name = "min" if job == 2 else "max"
    if not items:
        if extra is _missing:
            raise ValueError(f"{name}() arg is an empty sequence")
        return extra
    best = 0
    for i in range(1, len(items)):
        if (keys[i] < keys[best]) if job == 2 else (keys[best] < keys[i]):
            best = i
    return items[best]


class BaseExceptionGroup(BaseException):
    __module__ = "builtins"

    def __init__(self, message, exceptions):
        if not isinstance(message, str):
            raise TypeError(f"argument 1 must be str, not {type(message).__name__}")
        excs = _collect(exceptions)
        if not excs:
            raise ValueError("second argument (exceptions) must be a non-empty sequence")
        for i, e in enumerate(excs):
            if not isinstance(e, BaseException):
                raise ValueError(f"Item {i} of second argument (exceptions) is not an exception")
        super().__init__(message, exceptions)
        self.message = message
        self.exceptions = tuple(excs)

    def __str__(self):
        n = len(self.exceptions)
        return f"{self.message} ({n} sub-exception{'s' if n != 1 else ''})"

    def derive(self, excs):
        return BaseExceptionGroup(self.message, excs)

    def _derive_like(self, excs):
        g = self.derive(excs)
        g.__cause__ = self.__cause__
        g.__context__ = self.__context__
        return g

    def split(self, condition):
        if _eg_matches(self, condition):
            return self, None
        match = []
        rest = []
        for e in self.exceptions:
            if isinstance(e, BaseExceptionGroup):
                m, r = e.split(condition)
                if m is not None:
                    match.append(m)
                if r is not None:
                    rest.append(r)
            elif _eg_matches(e, condition):
                match.append(e)
            else:
                rest.append(e)
        if not match:
            return None, self
        return self._derive_like(match), (self._derive_like(rest) if rest else None)

    def subgroup(self, condition):
        return self.split(condition)[0]


class ExceptionGroup(BaseExceptionGroup, Exception):
    __module__ = "builtins"

    def derive(self, excs):
        return ExceptionGroup(self.message, excs)


def _eg_matches(e, condition):
    if isinstance(condition, type) or isinstance(condition, tuple):
        return isinstance(e, condition)
    return condition(e)


def _eg_wrap(e):
    if isinstance(e, BaseExceptionGroup):
        return e
    group = ExceptionGroup("", [e]) if isinstance(e, Exception) else BaseExceptionGroup("", [e])
    group._naked = e
    return group


def _eg_split(group, condition):
    if group is None:
        return None, None
    if isinstance(condition, type) and issubclass(condition, BaseExceptionGroup):
        raise TypeError(
            "catching ExceptionGroup with except* is not allowed. Use except instead."
        )
    return group.split(condition)


def _eg_leaves(e, out):
    if isinstance(e, BaseExceptionGroup):
        for x in e.exceptions:
            _eg_leaves(x, out)
    else:
        out.append(e)
    return out


def _eg_reraise(original, rest, raised):
    # What an except* statement raises at its end, as CPython combines it: exceptions the
    # handlers re-raised go back with the unhandled ones, in the original group's shape; new
    # ones are grouped with them (a single new one alone is raised as it is).
    group = _eg_wrap(original)
    new = [x for x, m in raised if x is not m]
    kept_leaves = []
    if rest is not None:
        _eg_leaves(rest, kept_leaves)
    for x, m in raised:
        if x is m:
            _eg_leaves(m, kept_leaves)
    kept = None
    if kept_leaves:
        ids = set([id(x) for x in kept_leaves])
        all_leaves = _eg_leaves(group, [])
        if len(ids) == len(all_leaves):
            kept = original
        else:
            kept = group.split(lambda leaf: id(leaf) in ids)[0]
            naked = getattr(kept, "_naked", None)
            if naked is not None:
                kept = naked
    if not new:
        if kept is not None:
            raise kept
        return
    if kept is None and len(new) == 1:
        raise new[0]
    raise ExceptionGroup("", new + ([kept] if kept is not None else []))


def hash(obj):
    h = _hash_plain(obj)
    if h is not None:
        return h
    t = type(obj)
    if t is tuple:
        return _hash_tuple([hash(x) for x in obj])
    h = t.__hash__(obj)
    if not isinstance(h, int):
        raise TypeError("__hash__ method should return an integer")
    return _hash_fix(h)


# Dict keys and set members whose hash or equality needs script code (objects of classes
# with __hash__/__eq__): the native tables hand these over here (see src/vm/keyed.rs).

def _getattribute(obj, name):
    # `obj.name` for an object whose class defines __getattribute__ (__getattr__ after an
    # AttributeError, as CPython's slot does).
    try:
        return type(obj).__getattribute__(obj, name)
    except AttributeError:
        fallback = _class_attr(type(obj), "__getattr__")
        if fallback is None:
            raise
        return fallback(obj, name)


def _class_attr(cls, name):
    for c in cls.__mro__:
        d = getattr(c, "__dict__", None)
        if d is not None and name in d:
            return d[name]
    return None


def _finalize(objs):
    # Objects whose last reference went away (see src/object/finalize.rs): a suspended
    # generator is closed, an object's __del__ is called; errors are reported, not raised.
    for o in objs:
        try:
            if type(o).__name__ == "generator":
                o.close()
            else:
                type(o).__del__(o)
        except BaseException as e:
            import sys
            what = o if type(o).__name__ == "generator" else type(o).__del__
            print(f"Exception ignored in: {what!r}", file=sys.stderr)
            print(f"{type(e).__name__}: {e}", file=sys.stderr)


def _find(c, key):
    # The stored key equal to `key` (_missing if none) and key's hash.
    h = hash(key)
    for k in _same_hash(c, h):
        if k is key or k == key:
            return k, h
    return _missing, h


def _index_key(key):
    if type(key) is slice:
        return slice(*[None if x is None else _index(x) for x in (key.start, key.stop, key.step)])
    return _index(key)


def _getitem(obj, key):
    if type(obj) is not dict:
        return obj[_index_key(key)]
    k, h = _find(obj, key)
    if k is _missing:
        raise KeyError(key)
    return _dict_fetch(obj, k, h)


def _dict_setitem(d, key, value):
    k, h = _find(d, key)
    _dict_store(d, key if k is _missing else k, h, value)


def _setitem(obj, key, value):
    obj[_index_key(key)] = value


def _seq_repeat(seq, n):
    return seq * _index(n)


def _range(*args):
    return range(*[_index(a) for a in args])


def _delitem(obj, key):
    if type(obj) is not dict:
        del obj[_index_key(key)]
        return
    k, h = _find(obj, key)
    if k is _missing:
        raise KeyError(key)
    _dict_drop(obj, k, h)


def _build_map(items):
    d = {}
    for i in range(0, len(items), 2):
        _dict_setitem(d, items[i], items[i + 1])
    return d


def _dict_merge(d, other):
    for k, v in other.items():
        _dict_setitem(d, k, v)


def _contains_keyed(c, item):
    if type(c).__name__ == "dict_items":
        if type(item) is not tuple or len(item) != 2:
            return False
        k, h = _find(c, item[0])
        if k is _missing:
            return False
        v = _dict_fetch(c, k, h)
        return v is item[1] or v == item[1]
    if type(c).__name__ == "dict_values":
        return _contains(c, item)
    return _find(c, item)[0] is not _missing


def _dict_get(d, key, default=None):
    k, h = _find(d, key)
    return default if k is _missing else _dict_fetch(d, k, h)


def _dict_pop(d, key, *default):
    k, h = _find(d, key)
    if k is _missing:
        if default:
            return default[0]
        raise KeyError(key)
    return _dict_drop(d, k, h)


def _dict_setdefault(d, key, default=None):
    k, h = _find(d, key)
    if k is not _missing:
        return _dict_fetch(d, k, h)
    _dict_store(d, key, h, default)
    return default


def _fromkeys(iterable, value=None):
    d = {}
    for k in iterable:
        _dict_setitem(d, k, value)
    return d


def _dict_fromkeys(_d, iterable, value=None):
    return _fromkeys(iterable, value)


def _set_add(s, x):
    k, h = _find(s, x)
    if k is _missing:
        _set_store(s, x, h)


def _set_update_op(s, items):
    for x in items:
        _set_add(s, x)
    return ()


def _build_set(items):
    s = set()
    for x in items:
        _set_add(s, x)
    return s


def _set(iterable=()):
    return _build_set(iterable)


def _frozenset(iterable=()):
    return frozenset(_build_set(iterable))


def _set_discard(s, x):
    k, h = _find(s, x)
    if k is not _missing:
        _set_drop(s, k, h)


def _set_remove(s, x):
    k, h = _find(s, x)
    if k is _missing:
        raise KeyError(x)
    _set_drop(s, k, h)


def _set_has(s, x):
    return _find(s, x)[0] is not _missing


def _set_like(receiver, s):
    return frozenset(s) if type(receiver) is frozenset else s


def _set_union(s, *others):
    out = set(s)
    for o in others:
        _set_update_op(out, o)
    return _set_like(s, out)


def _set_intersection(s, *others):
    out = set(s)
    for o in others:
        o = o if type(o) in (set, frozenset) else _build_set(o)
        out = _build_set([x for x in out if _set_has(o, x)])
    return _set_like(s, out)


def _set_difference(s, *others):
    out = set(s)
    for o in others:
        for x in o:
            _set_discard(out, x)
    return _set_like(s, out)


def _set_symmetric_difference(s, other):
    out = set(s)
    for x in _build_set(other):
        if _set_has(out, x):
            _set_discard(out, x)
        else:
            _set_add(out, x)
    return _set_like(s, out)


def _set_issubset(s, other):
    other = other if type(other) in (set, frozenset) else _build_set(other)
    return len(s) <= len(other) and all(_set_has(other, x) for x in s)


def _set_issuperset(s, other):
    return _set_issubset(other if type(other) in (set, frozenset) else _build_set(other), s)


def _set_isdisjoint(s, other):
    return not any(_set_has(s, x) for x in other)


def _set_update(s, *others):
    for o in others:
        _set_update_op(s, o)


def _set_intersection_update(s, *others):
    kept = _set_intersection(s, *others)
    s.clear()
    _set_update_op(s, kept)


def _set_difference_update(s, *others):
    for o in others:
        for x in o:
            _set_discard(s, x)


def _set_symmetric_difference_update(s, other):
    kept = _set_symmetric_difference(s, other)
    s.clear()
    _set_update_op(s, kept)


for _name in ("union", "intersection", "difference", "symmetric_difference", "issubset",
              "issuperset", "isdisjoint"):
    globals()["_frozenset_" + _name] = globals()["_set_" + _name]


def _set_binop(a, b, stem, inplace):
    if stem == "or":
        r = _set_union(a, b)
    elif stem == "and":
        r = _set_intersection(a, b)
    elif stem == "sub":
        r = _set_difference(a, b)
    else:
        r = _set_symmetric_difference(a, b)
    if inplace and type(a) is set:
        a.clear()
        _set_update_op(a, r)
        return a
    return r


def _keyed_compare(op, a, b):
    # `a op b` for two sets or two dicts holding objects whose __eq__ is script code.
    if type(a) is dict:
        if len(a) != len(b):
            same = False
        else:
            same = True
            for k, v in a.items():
                found, h = _find(b, k)
                if found is _missing:
                    same = False
                    break
                w = _dict_fetch(b, found, h)
                if not (v is w or v == w):
                    same = False
                    break
        if op == "==":
            return same
        if op == "!=":
            return not same
        raise TypeError(f"'{op}' not supported between instances of 'dict' and 'dict'")
    if op == "==":
        return len(a) == len(b) and _set_issubset(a, b)
    if op == "!=":
        return not (len(a) == len(b) and _set_issubset(a, b))
    if op == "<=":
        return _set_issubset(a, b)
    if op == "<":
        return len(a) < len(b) and _set_issubset(a, b)
    if op == ">=":
        return _set_issubset(b, a)
    return len(b) < len(a) and _set_issubset(b, a)


def _type_repr(t):
    if t is ...:
        return "..."
    if isinstance(t, type):
        if t.__module__ == "builtins":
            return t.__qualname__
        return f"{t.__module__}.{t.__qualname__}"
    return repr(t)


class GenericAlias:
    # `list[int]` and the like: what the class stands for, with its parameters.
    def __init__(self, origin, args):
        self.__origin__ = origin
        self.__args__ = args if isinstance(args, tuple) else (args,)

    def __repr__(self):
        return f"{_type_repr(self.__origin__)}[{', '.join(_type_repr(a) for a in self.__args__)}]"

    def __call__(self, *args, **kwargs):
        return self.__origin__(*args, **kwargs)

    def __eq__(self, other):
        return (isinstance(other, GenericAlias) and self.__origin__ is other.__origin__
                and self.__args__ == other.__args__)

    def __hash__(self):
        return hash((id(self.__origin__), self.__args__))

    def __getitem__(self, params):
        return GenericAlias(self.__origin__, params)


def _generic_alias(cls, params):
    return GenericAlias(cls, params)


def _check_manager(mgr, enter, exit, protocol):
    # CPython's TypeErrors for an object that is not a (synchronous or asynchronous)
    # context manager.
    cls = type(mgr)
    if not hasattr(cls, enter):
        raise TypeError(f"'{cls.__name__}' object does not support the {protocol} protocol")
    if not hasattr(cls, exit):
        raise TypeError(f"'{cls.__name__}' object does not support the {protocol} protocol (missed {exit} method)")


def _with_enter(mgr):
    # The start of a `with` statement: (bound __exit__, result of __enter__).
    _check_manager(mgr, "__enter__", "__exit__", "context manager")
    return mgr.__exit__, mgr.__enter__()


def _seq_compare(op, a, b):
    # Lists or tuples holding objects of user classes; op is a comparison code:
    # 0 ==, 1 !=, 2 <, 3 <=, 4 >, 5 >=.
    n = len(a) if len(a) < len(b) else len(b)
    for i in range(n):
        x = a[i]
        y = b[i]
        if not (x is y or x == y):
            if op == 0:
                return False
            if op == 1:
                return True
            if op == 2:
                return x < y
            if op == 3:
                return x <= y
            if op == 4:
                return x > y
            return x >= y
    la = len(a)
    lb = len(b)
    if op == 0:
        return la == lb
    if op == 1:
        return la != lb
    if op == 2:
        return la < lb
    if op == 3:
        return la <= lb
    if op == 4:
        return la > lb
    return la >= lb


def _ascii(text):
    out = []
    for c in text:
        o = ord(c)
        if o < 0x80:
            out.append(c)
        elif o < 0x100:
            out.append(f"\\x{o:02x}")
        elif o < 0x10000:
            out.append(f"\\u{o:04x}")
        else:
            out.append(f"\\U{o:08x}")
    return "".join(out)


def _str_mod(fmt, args):
    # `fmt % args` when a value needs script code (a user __str__, __repr__, __int__,
    # __index__ or __float__): the specifiers are parsed here, and each conversion is done
    # by the native `%` on a value converted beforehand.
    if isinstance(args, tuple):
        st = [args, 0, len(args)]
    else:
        st = [args, -2, -1]
    mapping = None
    if not isinstance(args, (tuple, str)) and (
        isinstance(args, (dict, list, range))
        or type(args).__name__ == "bytes"
        or hasattr(args, "__getitem__")
    ):
        mapping = args

    def nextarg():
        if st[1] < st[2]:
            st[1] += 1
            return st[0] if st[2] < 0 else st[0][st[1] - 1]
        raise TypeError("not enough arguments for format string")

    def star():
        v = nextarg()
        if not isinstance(v, int):
            raise TypeError("* wants int")
        return v

    out = []
    n = len(fmt)
    i = 0
    while i < n:
        if fmt[i] != "%":
            j = fmt.find("%", i)
            if j < 0:
                j = n
            out.append(fmt[i:j])
            i = j
            continue
        i += 1
        if i < n and fmt[i] == "%":
            out.append("%")
            i += 1
            continue
        if i < n and fmt[i] == "(":
            if mapping is None:
                raise TypeError("format requires a mapping")
            depth = 1
            i += 1
            start = i
            while depth > 0 and i < n:
                if fmt[i] == ")":
                    depth -= 1
                elif fmt[i] == "(":
                    depth += 1
                i += 1
            if depth > 0:
                raise ValueError("incomplete format key")
            st[0] = mapping[fmt[start:i - 1]]
            st[1] = -2
            st[2] = -1
        spec = "%"
        while i < n and fmt[i] in "-+ #0":
            spec += fmt[i]
            i += 1
        if i < n and fmt[i] == "*":
            spec += str(star())
            i += 1
        else:
            while i < n and "0" <= fmt[i] <= "9":
                spec += fmt[i]
                i += 1
        if i < n and fmt[i] == ".":
            spec += "."
            i += 1
            if i < n and fmt[i] == "*":
                p = star()
                spec += str(p if p > 0 else 0)
                i += 1
            else:
                while i < n and "0" <= fmt[i] <= "9":
                    spec += fmt[i]
                    i += 1
        if i < n and fmt[i] in "hlL":
            i += 1
        if i >= n:
            raise ValueError("incomplete format")
        conv = fmt[i]
        i += 1
        v = nextarg()
        if conv in "sra":
            v = str(v) if conv == "s" else repr(v) if conv == "r" else _ascii(repr(v))
            conv = "s"
        elif conv in "diuoxX":
            if not isinstance(v, (int, float)):
                if hasattr(v, "__index__"):
                    v = v.__index__()
                elif conv in "diu" and hasattr(v, "__int__"):
                    v = v.__int__()
                else:
                    what = "an integer" if conv in "oxX" else "a real number"
                    raise TypeError(
                        f"%{conv} format: {what} is required, not {type(v).__name__}"
                    )
        elif conv in "eEfFgG":
            if not isinstance(v, (int, float)):
                if hasattr(v, "__float__"):
                    v = v.__float__()
                elif hasattr(v, "__index__"):
                    v = v.__index__()
                else:
                    raise TypeError(f"must be real number, not {type(v).__name__}")
        elif conv == "c":
            if not isinstance(v, (int, str)):
                if hasattr(v, "__index__"):
                    v = v.__index__()
                else:
                    raise TypeError("%c requires int or char")
        else:
            c = conv if 31 <= ord(conv) <= 126 else "?"
            raise ValueError(
                f"unsupported format character '{c}' (0x{ord(conv):x}) at index {i - 1}"
            )
        out.append((spec + conv) % (v,))
    if st[1] < st[2] and mapping is None:
        raise TypeError("not all arguments converted during string formatting")
    return "".join(out)


def _list_index(items, value, start=0, stop=None):
    n = len(items)
    if stop is None:
        stop = n
    if start < 0:
        start = max(start + n, 0)
    if stop < 0:
        stop = max(stop + n, 0)
    for i in range(start, min(stop, n)):
        if items[i] is value or items[i] == value:
            return i
    raise ValueError(f"{value!r} is not in list")


def _list_count(items, value):
    n = 0
    for x in items:
        if x is value or x == value:
            n += 1
    return n


def _list_remove(items, value):
    for i in range(len(items)):
        if items[i] is value or items[i] == value:
            del items[i]
            return
    raise ValueError("list.remove(x): x not in list")


def _special_type_name(x):
    return type(x).__name__


def abs(x):
    method = getattr(type(x), "__abs__", None)
    if method is None:
        raise TypeError(f"bad operand type for abs(): '{_special_type_name(x)}'")
    return method(x)


def round(number, ndigits=None):
    method = getattr(type(number), "__round__", None)
    if method is None:
        raise TypeError(f"type {_special_type_name(number)} doesn't define __round__ method")
    if ndigits is None:
        return method(number)
    return method(number, ndigits)


def divmod(a, b):
    method = getattr(type(a), "__divmod__", None)
    if method is not None:
        r = method(a, b)
        if r is not NotImplemented:
            return r
    method = getattr(type(b), "__rdivmod__", None)
    if method is not None:
        r = method(b, a)
        if r is not NotImplemented:
            return r
    raise TypeError("unsupported operand type(s) for divmod(): "
                    f"'{_special_type_name(a)}' and '{_special_type_name(b)}'")


class _VersionInfo:
    # `sys.version_info`: a tuple with named fields (Baton classes cannot subclass tuple yet).
    # The fields are filled in by the native `sys` module.
    def __repr__(self):
        return ("sys.version_info(major={}, minor={}, micro={}, releaselevel={!r}, serial={})"
                .format(*self._t))

    def __len__(self):
        return 5

    def __getitem__(self, i):
        return self._t[i]

    def __iter__(self):
        return iter(self._t)

    def __hash__(self):
        return hash(self._t)

    def __eq__(self, other):
        return self._t == (other._t if isinstance(other, _VersionInfo) else other)

    def __ne__(self, other):
        return not self == other

    def __lt__(self, other):
        return self._t < other

    def __le__(self, other):
        return self._t <= other

    def __gt__(self, other):
        return self._t > other

    def __ge__(self, other):
        return self._t >= other


class RegexFlag:
    # The `re` flags: ints that print by name (Baton classes cannot subclass int yet). The
    # native `re` module makes the constants and reads `_value_` back.
    _names = ((256, "ASCII"), (2, "IGNORECASE"), (4, "LOCALE"), (32, "UNICODE"), (8, "MULTILINE"),
              (16, "DOTALL"), (64, "VERBOSE"), (1, "TEMPLATE"), (128, "DEBUG"))

    def __init__(self, value):
        self._value_ = value

    @property
    def value(self):
        return self._value_

    @property
    def name(self):
        r = repr(self)
        return None if r.startswith("re.0x") else r.replace("re.", "")

    def __repr__(self):
        v = self._value_
        if v == 0:
            return "re.NOFLAG"
        names = []
        rest = v
        for bit, name in RegexFlag._names:
            if rest & bit:
                names.append("re." + name)
                rest &= ~bit
        if rest:
            names.append(hex(rest))
        return "|".join(names)

    __str__ = __repr__

    def __format__(self, spec):
        return format(str(self), spec) if not spec or spec[-1] not in "dxXobn" else format(self._value_, spec)

    def __int__(self):
        return self._value_

    __index__ = __int__

    def __bool__(self):
        return self._value_ != 0

    def __eq__(self, other):
        return self._value_ == (other._value_ if isinstance(other, RegexFlag) else other)

    def __ne__(self, other):
        return not self == other

    def __hash__(self):
        return hash(self._value_)

    def __or__(self, other):
        if isinstance(other, RegexFlag):
            other = other._value_
        if not isinstance(other, int):
            return NotImplemented
        return RegexFlag(self._value_ | other)

    __ror__ = __or__

    def __and__(self, other):
        if isinstance(other, RegexFlag):
            other = other._value_
        if not isinstance(other, int):
            return NotImplemented
        return RegexFlag(self._value_ & other)

    __rand__ = __and__

    def __xor__(self, other):
        if isinstance(other, RegexFlag):
            other = other._value_
        if not isinstance(other, int):
            return NotImplemented
        return RegexFlag(self._value_ ^ other)

    __rxor__ = __xor__

    def __invert__(self):
        return RegexFlag(~self._value_ & 511)

    def __add__(self, other):
        return self._value_ + other

    __radd__ = __add__


def reversed(seq):
    method = getattr(type(seq), "__reversed__", None)
    if method is not None:
        return method(seq)
    if getattr(type(seq), "__len__", None) is None or getattr(type(seq), "__getitem__", None) is None:
        raise TypeError(f"'{_special_type_name(seq)}' object is not reversible")
    return _reversed_seq(seq, len(seq))


def _reversed_seq(seq, n):
    for i in range(n - 1, -1, -1):
        yield seq[i]


def _dict_update(d, other=(), /, **kw):
    if hasattr(other, "keys"):
        for k in other.keys():
            d[k] = other[k]
    else:
        for k, v in other:
            d[k] = v
    for k in kw:
        d[k] = kw[k]


def _dict(other=(), /, **kw):
    d = {}
    _dict_update(d, other, **kw)
    return d


def _format(value, format_spec=""):
    for c in type(value).__mro__:
        if "__format__" in getattr(c, "__dict__", {}):
            return c.__dict__["__format__"](value, format_spec)
    if format_spec == "":
        return str(value)
    raise TypeError(f"unsupported format string passed to {type(value).__name__}.__format__")


def _format_converted(value, conv, spec):
    # `{value!r:spec}`: conv is the character's code.
    if conv == 115:
        text = str(value)
    elif conv == 114:
        text = repr(value)
    else:
        text = ascii(value)
    return format(text, spec)


def _str_format_field(name, args, kwargs, state):
    # The value a replacement field names: `{}`, `{0}`, `{key}`, then `.attr` / `[key]` parts.
    i = 0
    while i < len(name) and name[i] not in ".[":
        i += 1
    first, rest = name[:i], name[i:]
    if first == "" or first.isdigit():
        manual = first != ""
        if state[1] is None:
            state[1] = manual
        elif state[1] != manual:
            if manual:
                raise ValueError("cannot switch from automatic field numbering to manual field specification")
            raise ValueError("cannot switch from manual field specification to automatic field numbering")
        if manual:
            index = int(first)
        else:
            index = state[0]
            state[0] += 1
        if index >= len(args):
            raise IndexError(f"Replacement index {index} out of range for positional args tuple")
        value = args[index]
    else:
        value = kwargs[first]
    while rest:
        if rest[0] == ".":
            j = 1
            while j < len(rest) and rest[j] not in ".[":
                j += 1
            value = getattr(value, rest[1:j])
            rest = rest[j:]
        else:
            j = rest.index("]")
            key = rest[1:j]
            value = value[int(key) if key.isdigit() else key]
            rest = rest[j + 1:]
    return value


def _str_format(fmt, *args, **kwargs):
    out = []
    state = [0, None]
    i, n = 0, len(fmt)
    while i < n:
        c = fmt[i]
        if c == "{" and fmt[i + 1:i + 2] == "{":
            out.append("{")
            i += 2
            continue
        if c == "}":
            if fmt[i + 1:i + 2] == "}":
                out.append("}")
                i += 2
                continue
            raise ValueError("Single '}' encountered in format string")
        if c != "{":
            out.append(c)
            i += 1
            continue
        depth, j = 1, i + 1
        while j < n and depth:
            if fmt[j] == "{":
                depth += 1
            elif fmt[j] == "}":
                depth -= 1
            j += 1
        if depth:
            raise ValueError("expected '}' before end of string")
        field = fmt[i + 1:j - 1]
        i = j
        name, conv, spec = field, None, ""
        if ":" in field:
            name, spec = field.split(":", 1)
        if "!" in name:
            name, conv = name.split("!", 1)
        value = _str_format_field(name, args, kwargs, state)
        if "{" in spec:
            spec = _str_format(spec, *args[state[0]:], **kwargs) if state[1] is False else _str_format(spec, *args, **kwargs)
        if conv == "r":
            value = repr(value)
        elif conv == "s":
            value = str(value)
        elif conv == "a":
            value = ascii(value)
        elif conv is not None:
            raise ValueError(f"Unknown conversion specifier {conv}")
        out.append(format(value, spec))
    return "".join(out)


def _special(obj, name):
    return getattr(type(obj), name, None)


def _int(x):
    for name in ("__int__", "__index__", "__trunc__"):
        method = _special(x, name)
        if method is not None:
            result = method(x)
            if not isinstance(result, int):
                raise TypeError(f"{name} returned non-int (type {type(result).__name__})")
            return result
    raise TypeError("int() argument must be a string, a bytes-like object or a real number, "
                    f"not '{type(x).__name__}'")


def _float(x):
    method = _special(x, "__float__")
    if method is not None:
        result = method(x)
        if not isinstance(result, float):
            raise TypeError(f"{type(x).__name__}.__float__ returned non-float "
                            f"(type {type(result).__name__})")
        return result
    method = _special(x, "__index__")
    if method is not None:
        return float(method(x))
    raise TypeError(f"float() argument must be a string or a real number, not '{type(x).__name__}'")


def _index(x):
    method = _special(x, "__index__")
    if method is None:
        raise TypeError(f"'{type(x).__name__}' object cannot be interpreted as an integer")
    return method(x)


def _hex(x):
    return hex(_index(x))


def _oct(x):
    return oct(_index(x))


def _bin(x):
    return bin(_index(x))
async def _await_iter(it):
    # `await obj` where `obj.__await__()` returned a generator: drive it as a task drives a
    # coroutine. A bare `yield` gives the event loop one turn; `yield from` a future or a
    # coroutine inside it is awaited on the spot (so it never reaches here).
    from _asyncio import _yield_now
    send = None
    exc = None
    while True:
        try:
            if exc is None:
                y = it.send(send)
            else:
                e = exc
                exc = None
                y = it.throw(e)
        except StopIteration as stop:
            return stop.value
        send = None
        try:
            if y is None:
                await _yield_now()
            else:
                raise RuntimeError(f"Task got bad yield: {y!r}")
        except BaseException as e:
            exc = e


def _async_with_enter(mgr):
    # The start of an `async with`: (bound __aexit__, the awaitable of __aenter__()).
    _check_manager(mgr, "__aenter__", "__aexit__", "asynchronous context manager")
    return mgr.__aexit__, mgr.__aenter__()


async def _an_async_generator():
    yield


_async_generator = type(_an_async_generator())


def _aiter(obj):
    # The start of an `async for`: `obj.__aiter__()`, checked as CPython checks it.
    cls = type(obj)
    if cls is _async_generator:
        return obj
    if not hasattr(cls, "__aiter__"):
        raise TypeError(f"'async for' requires an object with __aiter__ method, got {cls.__name__}")
    it = obj.__aiter__()
    if not hasattr(type(it), "__anext__"):
        raise TypeError(f"'async for' received an object from __aiter__ that does not implement __anext__: {type(it).__name__}")
    return it


def _anext(it):
    return it.__anext__()


async def _agen_aclose(agen):
    # The task the event loop runs to close an async generator dropped unfinished.
    await agen.aclose()


class Quitter:
    # `exit` and `quit` (from CPython's site module): calling one raises SystemExit.
    def __init__(self, name, eof):
        self.name = name
        self.eof = eof

    def __repr__(self):
        return f"Use {self.name}() or {self.eof} to exit"

    def __call__(self, code=None):
        raise SystemExit(code)


exit = Quitter("exit", "Ctrl-D (i.e. EOF)")
quit = Quitter("quit", "Ctrl-D (i.e. EOF)")
def _async_generator_athrow(agen, typ, val=None, tb=None):
    # athrow(Class[, value]) with a class of the script: its __init__ runs.
    if isinstance(val, typ):
        exc = val
    elif val is None:
        exc = typ()
    elif isinstance(val, tuple):
        exc = typ(*val)
    else:
        exc = typ(val)
    return agen.athrow(exc)
