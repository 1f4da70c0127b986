# A small `typing` module: the names scripts import for annotations. Annotations are
# evaluated in class and module bodies, so these objects support subscription and print as
# CPython's do; they carry no type checking.

TYPE_CHECKING = False


class _SpecialForm:
    def __init__(self, name):
        self._name = name

    def __repr__(self):
        return "typing." + self._name

    def __getitem__(self, params):
        return _GenericAlias(self, params)

    def __call__(self, *args, **kwargs):
        raise TypeError(f"Cannot instantiate typing.{self._name}")


def _repr_arg(a):
    if a is None or a is type(None):
        return "NoneType" if a is type(None) else "None"
    if a is ...:
        return "..."
    if isinstance(a, list):
        return "[" + ", ".join(_repr_arg(x) for x in a) + "]"
    if isinstance(a, type):
        if a.__module__ == "builtins":
            return a.__qualname__
        return f"{a.__module__}.{a.__qualname__}"
    return repr(a)


class _GenericAlias:
    def __init__(self, origin, params):
        self.__origin__ = origin
        self.__args__ = params if isinstance(params, tuple) else (params,)

    def __repr__(self):
        name = self.__origin__._name
        args = self.__args__
        if name == "Optional":
            return f"typing.Optional[{_repr_arg(args[0])}]"
        return f"typing.{name}[{', '.join(_repr_arg(a) for a in args)}]"

    def __getitem__(self, params):
        return _GenericAlias(self.__origin__, params)

    def __eq__(self, other):
        return (isinstance(other, _GenericAlias) and self.__origin__ is other.__origin__
                and self.__args__ == other.__args__)

    def __hash__(self):
        return hash((id(self.__origin__), self.__args__))


Any = _SpecialForm("Any")
Union = _SpecialForm("Union")
Optional = _SpecialForm("Optional")
List = _SpecialForm("List")
Dict = _SpecialForm("Dict")
Set = _SpecialForm("Set")
FrozenSet = _SpecialForm("FrozenSet")
Tuple = _SpecialForm("Tuple")
Type = _SpecialForm("Type")
Callable = _SpecialForm("Callable")
Iterable = _SpecialForm("Iterable")
Iterator = _SpecialForm("Iterator")
Generator = _SpecialForm("Generator")
Sequence = _SpecialForm("Sequence")
Mapping = _SpecialForm("Mapping")
MutableMapping = _SpecialForm("MutableMapping")
Awaitable = _SpecialForm("Awaitable")
Coroutine = _SpecialForm("Coroutine")
ClassVar = _SpecialForm("ClassVar")
Final = _SpecialForm("Final")
Literal = _SpecialForm("Literal")
NoReturn = _SpecialForm("NoReturn")


class TypeVar:
    def __init__(self, name, *constraints, bound=None):
        self.__name__ = name
        self.__constraints__ = constraints
        self.__bound__ = bound

    def __repr__(self):
        return "~" + self.__name__


class _ClassAlias:
    def __init__(self, origin, params):
        self.__origin__ = origin
        self.__args__ = params if isinstance(params, tuple) else (params,)

    def __repr__(self):
        return f"{_repr_arg(self.__origin__)}[{', '.join(_repr_arg(a) for a in self.__args__)}]"

    def __call__(self, *args, **kwargs):
        return self.__origin__(*args, **kwargs)

    def __mro_entries__(self, bases):
        return (self.__origin__,)


class Generic:
    def __class_getitem__(cls, params):
        return _ClassAlias(cls, params)


def cast(typ, value):
    return value


def overload(func):
    return func


def no_type_check(func):
    return func
