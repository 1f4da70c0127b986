# Every common list method, with return values.
xs = [3, 1, 4, 1, 5]
print(xs.append(9), xs)
print(xs.extend([2, 6]), xs, xs.extend(range(2)), xs)
print(xs.insert(0, 0), xs.insert(-1, 7), xs.insert(100, 8), xs.insert(-100, -1), xs)
print(xs.pop(), xs.pop(0), xs.pop(-2), xs.pop(3), xs)
print(xs.remove(1), xs, xs.index(1), xs.index(5), xs.index(9))
print(xs.count(1), xs.count(42), xs.count(2))
ys = xs.copy()
print(ys.reverse(), ys, xs)
print(ys.sort(), ys, ys.sort(reverse=True), ys)
ys.clear()
print(ys, len(ys))
words = ["pear", "Fig", "apple", "kiwi"]
words.sort(key=len)
print(words)
words.sort(key=str.lower)
print(words)
words.sort(key=lambda w: w[-1], reverse=True)
print(words)
nested = [[1, 2], [3]]
shallow = nested.copy()
shallow[0].append(99)
print(nested, shallow is nested, shallow == nested)
zs = [0] * 3
zs += [1]
zs *= 2
print(zs, [None] * 2, [[0]] * 2, 2 * [1, 2])
print(list(), list("abc"), list((1, 2)), list(range(3)), list({"a": 1, "b": 2}))
print(len([1, [2, 3]]), [1, 2] + [3], [] + [], [1][0:0])
