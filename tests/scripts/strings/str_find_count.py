# find/rfind/index/rindex/count/in with start/end arguments.
s = "the cat sat on the mat"
print(s.find("at"), s.rfind("at"), s.find("dog"), s.rfind("dog"))
print(s.find("at", 6), s.find("at", 6, 10), s.find("at", -5), s.rfind("at", 0, 10))
print(s.find(""), s.rfind(""), s.find("", 22), "".find(""))
print(s.index("sat"), s.rindex("the"), s.index("t", 1), s.rindex("t", 0, 5))
print(s.count("at"), s.count("t"), s.count(""), s[10:].count("at"), s[5:12].count("at"))
print("aaaa".count("aa"), "aaaa".find("aa", 1), "aaaa".rfind("aa"))
print("cat" in s, "dog" in s, "" in s, "" in "", "T" in s)
print("héllo wörld".find("w"), "日本語テキスト".find("テ"), "日本語".index("語"))
try:
    s.index("dog")
except ValueError as e:
    print(type(e).__name__, e)
try:
    s.rindex("dog")
except ValueError as e:
    print(type(e).__name__, e)
try:
    print(5 in "abc")
except TypeError as e:
    print(type(e).__name__, e)
print(s.startswith("the"), s.startswith("cat", 4), s.startswith(("x", "th")))
print(s.endswith("mat"), s.endswith("sat", 0, 11), s.endswith(("mat", "x")))
print(s.startswith(""), "".endswith(""), s.startswith("the", 100))
try:
    s.startswith(["the"])
except TypeError as e:
    print(type(e).__name__, e)
