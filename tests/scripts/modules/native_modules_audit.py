import math, json, random, string, struct, re, time
print(math.sqrt(2), math.floor(-2.5), math.ceil(2.1), math.pi, math.e, math.inf, math.isnan(math.nan), math.gcd(12, 18), math.lcm(4, 6), math.factorial(10))
print(math.log(100, 10), math.log2(8), math.log10(1000), math.exp(1), math.sin(0), math.cos(math.pi), math.atan2(1, 1), math.hypot(3, 4), math.isclose(0.1 + 0.2, 0.3), math.comb(5, 2), math.perm(5, 2))
print(math.trunc(-3.7), math.fabs(-2), math.copysign(1, -0.0), math.fsum([0.1] * 10), math.prod([1, 2, 3]), math.isqrt(17), math.degrees(math.pi), math.radians(180), math.dist((0, 0), (3, 4)), math.modf(2.5), math.frexp(8.0), math.ldexp(0.5, 4))
for e in ["math.sqrt(-1)", "math.log(0)", "math.factorial(-1)", "math.exp(1000)"]:
    try: eval(e)
    except Exception as ex: print(type(ex).__name__, ex)
print(json.dumps({"a": [1, 2.5, None, True], "b": "é"}), json.dumps({"b": 1, "a": 2}, sort_keys=True, indent=2), json.dumps([1, 2], separators=(",", ":")), json.dumps("é", ensure_ascii=False))
print(json.loads('{"x": [1, 2.0, null, false, "s\\u00e9"]}'), json.loads("3"), json.dumps(float("inf")) if False else "")
try:
    json.loads("{bad}")
except json.JSONDecodeError as ex:
    print("JSONDecodeError", ex)
random.seed(42); print(random.random(), random.randint(1, 100), random.choice("abcdef"), random.uniform(1, 2), random.randrange(0, 100, 5))
l = list(range(10)); random.shuffle(l); print(l, random.sample(range(100), 3), random.choices("ab", k=4), random.gauss(0, 1))
print(string.ascii_letters, string.digits, string.punctuation, string.ascii_uppercase, string.hexdigits, string.capwords("hello world"))
print(string.Template("$who likes $what").substitute(who="tim", what="kung pao"))
print(struct.pack("<iHd", 1, 2, 3.5), struct.unpack(">I", b"\x00\x00\x01\x00"), struct.calcsize("<iHd"), struct.pack("3s", b"abcdef"), struct.unpack("<2h", struct.pack("<2h", -1, 7)))
m = re.match(r"(\w+) (\w+)", "hello world foo"); print(m.group(0), m.group(1), m.groups(), m.span(), m.start(2))
print(re.findall(r"\d+", "a1b22c333"), re.sub(r"\s+", " ", "a   b \t c"), re.split(r"[,;]", "a,b;c"), re.search(r"o", "foo").start(), re.fullmatch(r"\d+", "123") is not None)
print(re.sub(r"(\w)(\d)", r"\2\1", "a1 b2"), re.compile(r"(?P<year>\d{4})-(?P<m>\d\d)").search("on 2024-05").groupdict(), [m.group() for m in re.finditer(r"[A-Z]", "aBcD")], re.escape("a.b"))
print(re.sub(r"\d", lambda mo: str(int(mo.group()) * 2), "a1b2"), re.match("x", "y"), re.findall(r"(a)(b)", "abab"), re.subn("a", "b", "aaa"))
t0 = time.time(); m0 = time.monotonic(); p0 = time.perf_counter(); time.sleep(0.01)
print(time.time() >= t0, time.monotonic() > m0, time.perf_counter() > p0, type(time.time()).__name__, isinstance(time.time_ns(), int) if hasattr(time, "time_ns") else True)
