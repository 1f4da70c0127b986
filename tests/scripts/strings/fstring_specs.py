# f-strings: format specs, conversions, = debugging, nesting.
x = 3.14159
n = 1234567
v = "hi"
items = [1, 2]
print(f"{x:>8.3f}|{x:<8.2f}|{x:^8.1f}|{x:08.3f}|")
print(f"{n:,}|{n:_}|{n:>12,}|{-n:,}|{n:,.2f}|")
print(f"{v!r}|{v!s}|{v!a}|{'é'!a}|{items!r}|")
print(f"{x=}|{n=:,}|{v=!r}|{items = }|")
print(f"{x + 1=}", f"{len(items)=}", f"{v * 2=}")
print(f"{v:>5}|{v:<5}|{v:^6}|{v:*^7}|{v:.1}|")
print(f"{255:x}|{255:#X}|{255:08b}|{8:o}|{65:c}|")
print(f"{0.5:%}|{0.125:.1%}|{1e6:e}|{1e6:g}|{12345.6789:.3g}|")
width, prec = 10, 2
print(f"{x:{width}.{prec}f}|{v:>{width}}|{n:{'>'}{width},}|")
print(f"{'nested ' + f'{v!r}'}", f"{{literal}}", f"{{{v}}}")
print(f"{3 if x > 3 else 4}", f"{[i * 2 for i in items]}", f"{dict(a=1)}")
print(f"{True:d}|{True}|{None}|{None!r}|{-0.0}|{1e100}|")
print(f"{'a' 'b'}", f"""{v}
multi""", F"{v}", rf"\n{v}", fr"{v}\t")
print(f"{x:+.2f}|{-x:+.2f}|{x: .2f}|{n:+,}|")
print(f"{2 ** 70:,}|{2 ** 70:x}|{-(2 ** 70):e}|")
print(f"{n:=+12,}|{-42:=8}|{42:=08}|")
d = {"k": [10, 20]}
print(f"{d['k'][1]}|{d['k']!r:>12}|{str(d):.4}|")
