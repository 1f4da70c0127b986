class R:
    def __repr__(self):
        return "R(é)"
print(ascii(R()), ascii([R()]) if False else "", ascii(...), ascii("ü"))
class Bad:
    def __repr__(self):
        raise ValueError("no repr")
try:
    ascii(Bad())
except ValueError as e:
    print("ValueError", e)
print(ascii(b"\xff"), ascii(1.5), ascii(None))
