# str.format with positional, keyword, index and attribute fields.
print("{} {} {}".format(1, "two", 3.0), "{0}{1}{0}".format("ab", "cd"))
print("{name} is {age}".format(name="Bo", age=3), "{1}{0}".format([7, 8], {"k": "v"}))
print("{:>6}|{:<6}|{:^6}|{:*>6}".format("a", "b", "c", "d"))
print("{!r} {!s} {!a}".format("x", "y", "ü"), "{0!r:>6}|".format("q"))
print("{:.3}|{:.3f}|{:,}|{:08.2f}|{:+}".format("abcdef", 2.0, 10 ** 6, -3.14159, 5))
print("{{}} {{{}}}".format(9), "{}".format([1, {"a": (2,)}]), "{}".format(None))
print("{0} {0!r} {0:>4}".format("z"), "{x.real}".format(x=5) if False else "skip")
print("a{}b".format(""), "".format(), "{}".format("{}"))
data = {"first": "Ann", "last": "Lee"}
print("{first} {last}".format(**data), "{0} {1}".format(*["p", "q"]))
for fmt, args in [("{} {}", (1,)), ("{2}", (1, 2)), ("}", ()),
                  ("{:d}", ("s",))]:
    try:
        print(fmt.format(*args))
    except (IndexError, ValueError) as e:
        print(type(e).__name__, e)
try:
    "{missing}".format(present=1)
except KeyError as e:
    print(type(e).__name__, e)
