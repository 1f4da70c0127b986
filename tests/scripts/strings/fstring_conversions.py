# f-string details: nested quotes, expressions, conversions with specs, escapes.
name = "Ada"
nums = [3, 1, 2]
d = {"key": "val", "n": 5}
print(f"{name!r:>8}|{name!s:<6}|{name!a}|{'tab':^9}|")
print(f"{d['key']}|{d['n']:03d}|{nums[0] + nums[-1]}|{len(nums)}|")
print(f"{sorted(nums)}|{nums[::-1]}|{max(nums):>4}|{', '.join(map(str, nums))}|")
print(f"{'quoted'}", f'{"double"}', f"""{'triple'}""", f"{name}" f"{name}")
print(f"{name.upper()}|{name.lower():*<6}|{name[1:]}|{name * 2}|")
print(f"{3.0:g}|{3.10:}|{1/3:.5}|{2/3!r}|{-1.5:+08.2f}|{1e-7:.1e}|")
print(f"{10:#x}|{10:#o}|{10:#b}|{10:#06x}|{-10:x}|{300:,d}|")
print(f"{None}|{True!r}|{[None]}|{(1,)}|{ {'a': 1} }|")
width = 7
print(f"{'r':>{width}}|{'l':<{width}}|{3.14159:.{width - 4}f}|")
print(f"{{{name}}}|{{}}|{'{'}{'}'}|")
print(f"line1\nline2\t{name}\\end")
x = 5
print(f"{x=}", f"{x = }", f"{x*2=}", f"{name=!s}", f"{x=:>4}")
print(f"{x if x > 3 else -x}|{(lambda v: v + 1)(x)}|{[i for i in range(x) if i % 2]}|")
print(f"{'%'}|{'%d' if False else 'pct'}|{x:%}|")
print(f"{123456789:_}|{0.000123:e}|{1e21}|{1e21:f}|")
print(f"{'é':>3}|{'日':^4}|{'😀'!r}|")
