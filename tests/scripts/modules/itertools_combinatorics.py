# product, permutations, combinations, combinations_with_replacement
from itertools import combinations, combinations_with_replacement, permutations, product


def noisy(name, items):
    for x in items:
        print(f"  {name} produce {x!r}")
        yield x


print(list(product("ab", [1, 2, 3])))
print(list(product([0, 1], repeat=3)))
print(list(product("ab", "x", repeat=2)))
print(list(product()), list(product([], [1])), list(product([1], repeat=0)))
p = product(noisy("a", "ab"), noisy("b", [1, 2]))
print("made (inputs consumed eagerly)")
print(next(p), list(p))
print(len(list(product(range(4), range(3), range(2)))))

print(list(permutations("abc")))
print(list(permutations(range(4), 2)))
print(list(permutations([1, 2], 3)), list(permutations([], 0)), list(permutations([1], 0)))
print(list(permutations([])), len(list(permutations(range(5)))))
pm = permutations(noisy("p", [3, 1]))
print("made")
print(list(pm))

print(list(combinations("abcd", 2)))
print(list(combinations(range(5), 3)))
print(list(combinations([1, 2], 3)), list(combinations([], 0)), list(combinations("ab", 0)))
print(list(combinations_with_replacement("abc", 2)))
print(list(combinations_with_replacement([1, 2], 3)))
print(list(combinations_with_replacement([], 2)), list(combinations_with_replacement([], 0)))
print(list(combinations_with_replacement("a", 0)))
c = combinations(noisy("c", "xyz"), 2)
print("made")
print(next(c), list(c))
print(list(combinations(r=1, iterable="ab")), list(permutations("ab", r=None)))

for make in [lambda: product(1), lambda: product([1], repeat=-1),
             lambda: product([1], repeat="a"), lambda: product([1], foo=1),
             lambda: permutations([1], -1), lambda: permutations([1], "a"),
             lambda: permutations(1), lambda: permutations(),
             lambda: combinations([1]), lambda: combinations([1], -1),
             lambda: combinations([1], "a"), lambda: combinations(5, 1),
             lambda: combinations_with_replacement([1], -1),
             lambda: combinations_with_replacement([1])]:
    try:
        make()
        print("no error")
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)
