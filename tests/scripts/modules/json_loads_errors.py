import json

def show(s, **kw):
    try:
        print(repr(s), "->", repr(json.loads(s, **kw)))
    except json.JSONDecodeError as e:
        print(repr(s), "!!", type(e).__name__, e, "|", e.msg, e.pos, e.lineno, e.colno, e.doc == s)
    except Exception as e:
        print(repr(s), "!!", type(e).__name__, e)

for s in ["", "   ", "[", "{", "[1", '{"a"', '{"a":', '{"a":1', '"abc', '"\\u12', '"\\u123"',
          '"\\u12G4"', '"\\x"', '"\\', '[1,]', '{"a":1,}', "-", "-a", "1.", "1e", "1.5e+", "1e+",
          "[1 2]", "nul", "tru", "fals", "-Inf", "nan", "inf", "1 2", '"a\nb"', '"a\x01b"',
          '"\\ud83d\\uZZ"', '"\\ud83d\\u12"', '"\\ud83d\\ude0012345"', "[1,\n  2,\n  x]",
          "{\n  \"a\": 1\n  \"b\": 2\n}", "01", "00", "-01", "+1", ".5", "[.5]", "\ufeff1", "{1:2}",
          "{'a': 1}", "['a']", "[1,,2]", "[,]", '{"a" 1}', '{"a":1 "b":2}', "[1]]", "{}}",
          '["\u00e9\u00e9", x]', "truex", "nullnull", "[true false]", '{"a": [1, 2}',
          '{"a": {"b": }}', "[\"unterminated]", "\n\n   x"]:
    show(s)

show(5)
show(None)
show([1])
show("1", foo=1)
show("1", cls=None, object_hook=None, parse_float=None, parse_int=None, parse_constant=None, object_pairs_hook=None)
try:
    json.loads()
except TypeError as e:
    print(e)
try:
    json.loads("1", "2")
except TypeError as e:
    print(e)
print(issubclass(json.JSONDecodeError, ValueError), json.JSONDecodeError.__name__)
print(json.JSONDecodeError)
try:
    json.loads("[1, 2")
except ValueError as e:
    print("caught as ValueError:", e, e.args)
