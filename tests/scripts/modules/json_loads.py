import json

def show(s, **kw):
    try:
        print(repr(s), "->", repr(json.loads(s, **kw)))
    except Exception as e:
        print(repr(s), "!!", type(e).__name__, e)

for s in ["null", "true", "false", "0", "-0", "42", "-17", "123456789012345678901234567890",
          "-98765432109876543210", "1.5", "-2.25e3", "1E5", "1e-7", "1e400", "-1e400", "0.1",
          "3.141592653589793", "NaN", "Infinity", "-Infinity", '"hi"', '""', ' \t\n\r 7 \n',
          '"a\\"b\\\\c\\/d\\be\\ff\\ng\\rh\\ti"', '"\\u0041\\u00e9\\u20ac"', '"\\ud83d\\ude00"',
          '"\\uD83D\\uDE00 ok"', '"caf\u00e9 \U0001F600"', "[]", "[ ]", "{}", "{ }",
          "[1, 2, [3, [4, []]], {}]", '{"a": 1, "b": [true, false, null], "c": {"d": "e"}}',
          '{"a": 1, "a": 2, "b": 3}', '  [ 1 ,\n 2 ]  ', '{"\\u00e9": "\\u00e9"}',
          '[1.0, 2.50, 1e2, 1E+2, 1e-2, 0e0, -0.0]']:
    show(s)

show(b'{"a": [1, 2]}')
show(b'\xef\xbb\xbf{"bom": true}')
show(b'"caf\xc3\xa9"')
show(b'\xff\xfe[\x001\x00]\x00')
show(b'[\x001\x00]\x00')
show(b'\x00[\x001\x00]')
show(b'\xff\xfe\x00\x00[\x00\x00\x001\x00\x00\x00]\x00\x00\x00')
show(b'"\x00\x00\x00\xe9\x00\x00\x00\xac \x00\x00"\x00\x00\x00')
show('"a\tb"', strict=False)
show('"a\nb"', strict=False)
show('"a\tb"', strict=True)
doc = json.loads('{"name": "x", "items": [{"id": 1}, {"id": 2}], "n": null}')
print(doc["items"][1]["id"], list(doc.keys()), type(doc["n"]).__name__)
print(json.loads(json.dumps({"round": [1, 2.5, "trip", None, {"x": [True]}]})))
print(json.loads("1.7976931348623157e308"), json.loads("5e-324"), json.loads("2.5e-3"))
big = json.loads("[" + ", ".join([str(i) for i in range(200)]) + "]")
print(len(big), sum(big))
nested = "[" * 50 + "]" * 50
print(len(json.dumps(json.loads(nested))))
