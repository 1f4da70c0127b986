# assert with and without messages; the message expression is evaluated lazily.
def check(v):
    try:
        assert v > 0, f"value {v} is not positive"
        return "ok " + str(v)
    except AssertionError as e:
        return "AssertionError(" + str(e) + ") args=" + repr(e.args)

print(check(3))
print(check(-2))

try:
    assert 1 == 2
except AssertionError as e:
    print("no message:", repr(e), e.args, str(e) == "")

def noisy():
    print("message evaluated")
    return "msg"

assert True, noisy()
print("after passing assert")
try:
    assert [], noisy()
except AssertionError as e:
    print("caught", e)

try:
    assert 0, ("tuple", 1)
except AssertionError as e:
    print(e.args, repr(e))

try:
    assert None, 42
except AssertionError as e:
    print(e.args[0] + 1)

print(isinstance(AssertionError(), Exception))
for v in [1, "x", [0], (0,), 0.5]:
    assert v
print("all truthy")
