"""String constants, `capwords` and `Template` (the `string` module of CPython 3.11)."""

import re as _re

__all__ = ["ascii_letters", "ascii_lowercase", "ascii_uppercase", "capwords",
           "digits", "hexdigits", "octdigits", "printable", "punctuation",
           "whitespace", "Template"]

whitespace = ' \t\n\r\v\f'
ascii_lowercase = 'abcdefghijklmnopqrstuvwxyz'
ascii_uppercase = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'
ascii_letters = ascii_lowercase + ascii_uppercase
digits = '0123456789'
hexdigits = digits + 'abcdef' + 'ABCDEF'
octdigits = '01234567'
punctuation = r"""!"#$%&'()*+,-./:;<=>?@[\]^_`{|}~"""
printable = digits + ascii_letters + punctuation + whitespace


def capwords(s, sep=None):
    """Split `s` into words with `s.split(sep)`, capitalize each word, and join them with
    `sep` (a single space when `sep` is None or empty)."""
    return (sep or ' ').join([w.capitalize() for w in s.split(sep)])


class Template:
    """`$name`, `${name}` and `$$` substitution."""

    delimiter = "$"
    idpattern = r"(?a:[_a-z][_a-z0-9]*)"

    def __init__(self, template):
        self.template = template

    def _pattern(self):
        d = _re.escape(self.delimiter)
        ident = self.idpattern
        return _re.compile(
            d + r"(?:(?P<escaped>" + d + r")|(?P<named>" + ident + r")|\{(?P<braced>"
            + ident + r")\}|(?P<invalid>))",
            _re.IGNORECASE,
        )

    def _invalid(self, mo):
        i = mo.start("invalid")
        lines = self.template[:i].splitlines(True)
        if not lines:
            colno, lineno = 1, 1
        else:
            colno = i - len("".join(lines[:-1]))
            lineno = len(lines)
        raise ValueError(f"Invalid placeholder in string: line {lineno}, col {colno}")

    def substitute(self, mapping=None, /, **kws):
        values = dict(mapping or {})
        values.update(kws)

        def convert(mo):
            name = mo.group("named") or mo.group("braced")
            if name is not None:
                return str(values[name])
            if mo.group("escaped") is not None:
                return self.delimiter
            self._invalid(mo)

        return self._pattern().sub(convert, self.template)

    def safe_substitute(self, mapping=None, /, **kws):
        values = dict(mapping or {})
        values.update(kws)

        def convert(mo):
            name = mo.group("named") or mo.group("braced")
            if name is not None:
                if name in values:
                    return str(values[name])
                return mo.group()
            if mo.group("escaped") is not None:
                return self.delimiter
            return mo.group()

        return self._pattern().sub(convert, self.template)

    def get_identifiers(self):
        ids = []
        for mo in self._pattern().finditer(self.template):
            name = mo.group("named") or mo.group("braced")
            if name is not None and name not in ids:
                ids.append(name)
        return ids
