"""Classes of plain data fields (the `dataclasses` module of CPython 3.11): dataclass, field,
Field, fields, asdict, astuple, replace, is_dataclass, FrozenInstanceError, MISSING, KW_ONLY.

Baton has no exec, so the generated methods are closures over the class's fields rather
than compiled source; `__init__` binds its arguments itself and raises CPython's TypeErrors.
"""

__all__ = ["dataclass", "field", "Field", "FrozenInstanceError", "InitVar", "KW_ONLY",
           "MISSING", "fields", "asdict", "astuple", "replace", "is_dataclass"]


class FrozenInstanceError(AttributeError):
    pass


class _MISSING_TYPE:
    pass


MISSING = _MISSING_TYPE()


class _KW_ONLY_TYPE:
    pass


KW_ONLY = _KW_ONLY_TYPE()


class InitVar:
    def __init__(self, type):
        self.type = type

    def __repr__(self):
        if isinstance(self.type, type):
            type_name = self.type.__name__
        else:
            type_name = repr(self.type)
        return f"dataclasses.InitVar[{type_name}]"


class _FIELD_BASE:
    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return self.name


_FIELD = _FIELD_BASE("_FIELD")
_FIELD_CLASSVAR = _FIELD_BASE("_FIELD_CLASSVAR")
_FIELD_INITVAR = _FIELD_BASE("_FIELD_INITVAR")

_FIELDS = "__dataclass_fields__"
_PARAMS = "__dataclass_params__"


class Field:
    def __init__(self, default, default_factory, init, repr, hash, compare, metadata,
                 kw_only):
        self.name = None
        self.type = None
        self.default = default
        self.default_factory = default_factory
        self.init = init
        self.repr = repr
        self.hash = hash
        self.compare = compare
        self.metadata = {} if metadata is None else metadata
        self.kw_only = kw_only
        self._field_type = None

    def __repr__(self):
        return ("Field("
                f"name={self.name!r},"
                f"type={self.type!r},"
                f"default={self.default!r},"
                f"default_factory={self.default_factory!r},"
                f"init={self.init!r},"
                f"repr={self.repr!r},"
                f"hash={self.hash!r},"
                f"compare={self.compare!r},"
                f"metadata=mappingproxy({self.metadata!r}),"
                f"kw_only={self.kw_only!r},"
                f"_field_type={self._field_type}"
                ")")


class _DataclassParams:
    def __init__(self, init, repr, eq, order, unsafe_hash, frozen):
        self.init = init
        self.repr = repr
        self.eq = eq
        self.order = order
        self.unsafe_hash = unsafe_hash
        self.frozen = frozen

    def __repr__(self):
        return ("_DataclassParams("
                f"init={self.init!r},"
                f"repr={self.repr!r},"
                f"eq={self.eq!r},"
                f"order={self.order!r},"
                f"unsafe_hash={self.unsafe_hash!r},"
                f"frozen={self.frozen!r}"
                ")")


def field(*, default=MISSING, default_factory=MISSING, init=True, repr=True, hash=None,
          compare=True, metadata=None, kw_only=MISSING):
    """Describes one field of a dataclass beyond its default value."""
    if default is not MISSING and default_factory is not MISSING:
        raise ValueError("cannot specify both default and default_factory")
    return Field(default, default_factory, init, repr, hash, compare, metadata, kw_only)


# ------------------------------------------------------------------ helpers

def _is_classvar(a_type):
    # Without a typing module, ClassVar can only be spelled as a string annotation.
    if isinstance(a_type, str):
        return a_type == "ClassVar" or a_type.startswith(("ClassVar[", "typing.ClassVar"))
    return False


def _is_kw_only(a_type):
    if a_type is KW_ONLY:
        return True
    return isinstance(a_type, str) and a_type in ("KW_ONLY", "dataclasses.KW_ONLY")


def _is_unhashable(value):
    # CPython asks whether type(value).__hash__ is None. Baton's built-in types do not expose
    # __hash__, and its classes defining __eq__ alone do not get __hash__ = None, so both
    # rules are spelled out here.
    t = type(value)
    if t in (list, dict, set, bytearray):
        return True
    for c in getattr(t, "__mro__", ()):
        if c is object:
            break
        d = getattr(c, "__dict__", None)
        if d is None:
            continue
        if "__hash__" in d:
            return d["__hash__"] is None
        if "__eq__" in d:
            return True
        if c in (list, dict, set):
            return True
    return False


def _get_field(cls, a_name, a_type, default_kw_only):
    default = getattr(cls, a_name, MISSING)
    if isinstance(default, Field):
        f = default
    else:
        f = field(default=default)
    f.name = a_name
    f.type = a_type
    f._field_type = _FIELD
    if _is_classvar(a_type):
        f._field_type = _FIELD_CLASSVAR
    elif isinstance(a_type, InitVar) or a_type is InitVar:
        f._field_type = _FIELD_INITVAR
    if f._field_type is not _FIELD:
        if f.default_factory is not MISSING:
            raise TypeError(f"field {f.name} cannot have a default factory")
    if f._field_type is _FIELD or f._field_type is _FIELD_INITVAR:
        if f.kw_only is MISSING:
            f.kw_only = default_kw_only
    else:
        if f.kw_only is not MISSING:
            raise TypeError(f"field {f.name} is a ClassVar but specifies kw_only")
    if f._field_type is _FIELD and f.default is not MISSING and _is_unhashable(f.default):
        raise ValueError(f"mutable default {type(f.default)} for field {f.name} is not "
                         "allowed: use default_factory")
    return f


def _set_new_attribute(cls, name, value):
    """Sets `name` on `cls` unless the class body defined it; True if it was already there."""
    if name in cls.__dict__:
        return True
    setattr(cls, name, value)
    return False


def _join_names(names):
    quoted = [repr(n) for n in names]
    if len(quoted) == 1:
        return quoted[0]
    if len(quoted) == 2:
        return f"{quoted[0]} and {quoted[1]}"
    return ", ".join(quoted[:-1]) + ", and " + quoted[-1]


def _missing_error(fname, names, kind):
    s = "s" if len(names) > 1 else ""
    return TypeError(f"{fname} missing {len(names)} required {kind} argument{s}: "
                     f"{_join_names(names)}")


def _has_default(f):
    return f.default is not MISSING or f.default_factory is not MISSING


def _field_value(f):
    if f.default_factory is not MISSING:
        return f.default_factory()
    return f.default


# ------------------------------------------------------------------ generated methods

def _make_init(cls, all_fields, std_fields, kw_fields, frozen, has_post_init):
    fname = f"{cls.__qualname__}.__init__()"
    std_names = [f.name for f in std_fields]
    kw_names = [f.name for f in kw_fields]
    by_name = {}
    for f in std_fields:
        by_name[f.name] = f
    for f in kw_fields:
        by_name[f.name] = f
    self_name = "__dataclass_self__" if "self" in by_name else "self"
    npos = len(std_names)
    ndefaults = 0
    for f in std_fields:
        if _has_default(f):
            ndefaults += 1
    initvars = [f.name for f in all_fields if f._field_type is _FIELD_INITVAR]

    def __init__(self, /, *args, **kwargs):
        values = {}
        n = len(args)
        for i in range(min(n, npos)):
            values[std_names[i]] = args[i]
        for k, v in kwargs.items():
            if k == self_name:
                raise TypeError(f"{fname} got multiple values for argument '{k}'")
            if k not in by_name:
                raise TypeError(f"{fname} got an unexpected keyword argument '{k}'")
            if k in values:
                raise TypeError(f"{fname} got multiple values for argument '{k}'")
            values[k] = v
        if n > npos:
            given = n + 1
            if ndefaults:
                sig = f"from {npos + 1 - ndefaults} to {npos + 1}"
                plural = "s"
            else:
                sig = str(npos + 1)
                plural = "s" if npos + 1 != 1 else ""
            kwonly_given = 0
            for k in kw_names:
                if k in values:
                    kwonly_given += 1
            if kwonly_given:
                ps = "s" if given != 1 else ""
                ks = "s" if kwonly_given != 1 else ""
                extra = f" positional argument{ps} (and {kwonly_given} keyword-only argument{ks})"
            else:
                extra = ""
            was = "was" if given == 1 and not kwonly_given else "were"
            raise TypeError(f"{fname} takes {sig} positional argument{plural} but "
                            f"{given}{extra} {was} given")
        missing = [f.name for f in std_fields if f.name not in values and not _has_default(f)]
        if missing:
            raise _missing_error(fname, missing, "positional")
        missing = [f.name for f in kw_fields if f.name not in values and not _has_default(f)]
        if missing:
            raise _missing_error(fname, missing, "keyword-only")
        for f in all_fields:
            if f._field_type is not _FIELD:
                continue
            if f.init:
                if f.name in values:
                    v = values[f.name]
                else:
                    v = _field_value(f)
            elif _has_default(f):
                v = _field_value(f)
            else:
                continue
            if frozen:
                object.__setattr__(self, f.name, v)
            else:
                setattr(self, f.name, v)
        if has_post_init:
            extra_args = []
            for name in initvars:
                if name in values:
                    extra_args.append(values[name])
                else:
                    extra_args.append(_field_value(by_name[name]))
            self.__post_init__(*extra_args)

    return __init__


def _make_repr(flds):
    names = [f.name for f in flds]
    running = {}

    def __repr__(self):
        key = id(self)
        if key in running:
            return "..."
        running[key] = True
        try:
            parts = [f"{name}={getattr(self, name)!r}" for name in names]
            return f"{self.__class__.__qualname__}({', '.join(parts)})"
        finally:
            del running[key]

    return __repr__


def _tuple_of(obj, names):
    return tuple([getattr(obj, name) for name in names])


def _make_eq(names):
    def __eq__(self, other):
        if other.__class__ is self.__class__:
            return _tuple_of(self, names) == _tuple_of(other, names)
        return NotImplemented

    return __eq__


def _make_order(names):
    def __lt__(self, other):
        if other.__class__ is self.__class__:
            return _tuple_of(self, names) < _tuple_of(other, names)
        return NotImplemented

    def __le__(self, other):
        if other.__class__ is self.__class__:
            return _tuple_of(self, names) <= _tuple_of(other, names)
        return NotImplemented

    def __gt__(self, other):
        if other.__class__ is self.__class__:
            return _tuple_of(self, names) > _tuple_of(other, names)
        return NotImplemented

    def __ge__(self, other):
        if other.__class__ is self.__class__:
            return _tuple_of(self, names) >= _tuple_of(other, names)
        return NotImplemented

    return [("__lt__", __lt__), ("__le__", __le__), ("__gt__", __gt__), ("__ge__", __ge__)]


def _make_hash(names):
    def __hash__(self):
        return hash(_tuple_of(self, names))

    return __hash__


def _make_frozen(cls, names):
    def __setattr__(self, name, value):
        if type(self) is cls or name in names:
            raise FrozenInstanceError(f"cannot assign to field {name!r}")
        super(cls, self).__setattr__(name, value)

    def __delattr__(self, name):
        if type(self) is cls or name in names:
            raise FrozenInstanceError(f"cannot delete field {name!r}")
        super(cls, self).__delattr__(name)

    return [("__setattr__", __setattr__), ("__delattr__", __delattr__)]


# ------------------------------------------------------------------ class processing

def _process_class(cls, init, repr, eq, order, unsafe_hash, frozen, match_args, kw_only):
    all_fields = {}
    has_dataclass_bases = False
    any_frozen_base = False
    all_frozen_bases = None
    mro = cls.__mro__
    for i in range(len(mro) - 1, 0, -1):
        b = mro[i]
        base_fields = getattr(b, _FIELDS, None)
        if base_fields is not None:
            has_dataclass_bases = True
            for f in base_fields.values():
                all_fields[f.name] = f
            current_frozen = getattr(b, _PARAMS).frozen
            if all_frozen_bases is None:
                all_frozen_bases = True
            all_frozen_bases = all_frozen_bases and current_frozen
            any_frozen_base = any_frozen_base or current_frozen

    cls_annotations = cls.__dict__.get("__annotations__", {})
    cls_fields = []
    kw_only_seen = False
    for name, a_type in cls_annotations.items():
        if _is_kw_only(a_type):
            if kw_only_seen:
                raise TypeError(f"{name!r} is KW_ONLY, but KW_ONLY has already been specified")
            kw_only_seen = True
            kw_only = True
        else:
            cls_fields.append(_get_field(cls, name, a_type, kw_only))

    for f in cls_fields:
        all_fields[f.name] = f
        if isinstance(cls.__dict__.get(f.name), Field):
            if f.default is MISSING:
                del cls.__dict__[f.name]
            else:
                setattr(cls, f.name, f.default)

    for name, value in cls.__dict__.items():
        if isinstance(value, Field) and name not in cls_annotations:
            raise TypeError(f"{name!r} is a field but has no type annotation")

    if has_dataclass_bases:
        if any_frozen_base and not frozen:
            raise TypeError("cannot inherit non-frozen dataclass from a frozen one")
        if all_frozen_bases is False and frozen:
            raise TypeError("cannot inherit frozen dataclass from a non-frozen one")

    setattr(cls, _FIELDS, all_fields)
    setattr(cls, _PARAMS, _DataclassParams(init, repr, eq, order, unsafe_hash, frozen))

    class_hash = cls.__dict__.get("__hash__", MISSING)
    has_explicit_hash = not (class_hash is MISSING
                             or (class_hash is None and "__eq__" in cls.__dict__))

    if order and not eq:
        raise ValueError("eq must be true if order is true")

    fields_list = list(all_fields.values())
    init_fields = [f for f in fields_list
                   if f._field_type is _FIELD or f._field_type is _FIELD_INITVAR]
    std_init_fields = [f for f in init_fields if f.init and not f.kw_only]
    kw_init_fields = [f for f in init_fields if f.init and f.kw_only]

    if init:
        seen_default = False
        for f in std_init_fields:
            if _has_default(f):
                seen_default = True
            elif seen_default:
                raise TypeError(f"non-default argument {f.name!r} follows default argument")
        has_post_init = hasattr(cls, "__post_init__")
        _set_new_attribute(cls, "__init__",
                           _make_init(cls, fields_list, std_init_fields, kw_init_fields,
                                      frozen, has_post_init))

    field_list = [f for f in fields_list if f._field_type is _FIELD]

    if repr:
        _set_new_attribute(cls, "__repr__", _make_repr([f for f in field_list if f.repr]))

    compare_names = [f.name for f in field_list if f.compare]
    if eq:
        _set_new_attribute(cls, "__eq__", _make_eq(compare_names))

    if order:
        for name, fn in _make_order(compare_names):
            if _set_new_attribute(cls, name, fn):
                raise TypeError(f"Cannot overwrite attribute {name} in class {cls.__name__}. "
                                "Consider using functools.total_ordering")

    if frozen:
        for name, fn in _make_frozen(cls, tuple([f.name for f in field_list])):
            if _set_new_attribute(cls, name, fn):
                raise TypeError(f"Cannot overwrite attribute {name} in class {cls.__name__}")

    hash_names = [f.name for f in field_list
                  if (f.compare if f.hash is None else f.hash)]
    if unsafe_hash:
        if has_explicit_hash:
            raise TypeError(f"Cannot overwrite attribute __hash__ in class {cls.__name__}")
        cls.__hash__ = _make_hash(hash_names)
    elif eq and frozen:
        if not has_explicit_hash:
            cls.__hash__ = _make_hash(hash_names)
    elif eq:
        if not has_explicit_hash:
            cls.__hash__ = None

    if match_args:
        _set_new_attribute(cls, "__match_args__", tuple([f.name for f in std_init_fields]))

    return cls


def dataclass(cls=None, /, *, init=True, repr=True, eq=True, order=False, unsafe_hash=False,
              frozen=False, match_args=True, kw_only=False, slots=False, weakref_slot=False):
    """Adds __init__, __repr__, __eq__ (and, on request, ordering, hashing and frozenness)
    to a class from its annotated fields. `slots` and `weakref_slot` are accepted and
    ignored."""

    def wrap(cls):
        return _process_class(cls, init, repr, eq, order, unsafe_hash, frozen, match_args,
                              kw_only)

    if cls is None:
        return wrap
    return wrap(cls)


# ------------------------------------------------------------------ module functions

def fields(class_or_instance):
    """The fields of a dataclass or of an instance of one, as a tuple of Field objects."""
    try:
        flds = getattr(class_or_instance, _FIELDS)
    except AttributeError:
        raise TypeError("must be called with a dataclass type or instance") from None
    return tuple([f for f in flds.values() if f._field_type is _FIELD])


def _is_dataclass_instance(obj):
    return hasattr(type(obj), _FIELDS)


def is_dataclass(obj):
    """Whether obj is a dataclass or an instance of one."""
    cls = obj if isinstance(obj, type) else type(obj)
    return hasattr(cls, _FIELDS)


def _asdict_inner(obj, dict_factory):
    if _is_dataclass_instance(obj):
        result = []
        for f in fields(obj):
            result.append((f.name, _asdict_inner(getattr(obj, f.name), dict_factory)))
        return dict_factory(result)
    if isinstance(obj, tuple) and hasattr(obj, "_fields"):
        return type(obj)(*[_asdict_inner(v, dict_factory) for v in obj])
    if isinstance(obj, (list, tuple)):
        return type(obj)([_asdict_inner(v, dict_factory) for v in obj])
    if isinstance(obj, dict):
        return type(obj)([(_asdict_inner(k, dict_factory), _asdict_inner(v, dict_factory))
                          for k, v in obj.items()])
    return obj


def asdict(obj, *, dict_factory=dict):
    """The fields of a dataclass instance as a dict, recursing into dataclasses, lists,
    tuples and dicts."""
    if not _is_dataclass_instance(obj):
        raise TypeError("asdict() should be called on dataclass instances")
    return _asdict_inner(obj, dict_factory)


def _astuple_inner(obj, tuple_factory):
    if _is_dataclass_instance(obj):
        result = []
        for f in fields(obj):
            result.append(_astuple_inner(getattr(obj, f.name), tuple_factory))
        return tuple_factory(result)
    if isinstance(obj, tuple) and hasattr(obj, "_fields"):
        return type(obj)(*[_astuple_inner(v, tuple_factory) for v in obj])
    if isinstance(obj, (list, tuple)):
        return type(obj)([_astuple_inner(v, tuple_factory) for v in obj])
    if isinstance(obj, dict):
        return type(obj)([(_astuple_inner(k, tuple_factory), _astuple_inner(v, tuple_factory))
                          for k, v in obj.items()])
    return obj


def astuple(obj, *, tuple_factory=tuple):
    """The fields of a dataclass instance as a tuple, recursing like asdict()."""
    if not _is_dataclass_instance(obj):
        raise TypeError("astuple() should be called on dataclass instances")
    return _astuple_inner(obj, tuple_factory)


def replace(obj, /, **changes):
    """A new instance of obj's class with the given fields changed."""
    if not _is_dataclass_instance(obj):
        raise TypeError("replace() should be called on dataclass instances")
    for f in getattr(obj, _FIELDS).values():
        if f._field_type is _FIELD_CLASSVAR:
            continue
        if not f.init:
            if f.name in changes:
                raise ValueError(f"field {f.name} is declared with init=False, it cannot "
                                 "be specified with replace()")
            continue
        if f.name not in changes:
            if f._field_type is _FIELD_INITVAR and f.default is MISSING:
                raise ValueError(f"InitVar {f.name!r} must be specified with replace()")
            changes[f.name] = getattr(obj, f.name)
    return obj.__class__(**changes)
