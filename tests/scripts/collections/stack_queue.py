# Using lists as stacks and queues.
stack = []
for ch in "([]{})":
    if ch in "([{":
        stack.append(ch)
    else:
        top = stack.pop()
        print("matched", top, ch)
print("balanced:", len(stack) == 0)

queue = [1]
seen = []
while queue:
    n = queue.pop(0)
    seen.append(n)
    if n < 8:
        queue.append(n * 2)
        queue.append(n * 2 + 1)
print(seen)

def balanced(s):
    pairs = {")": "(", "]": "[", "}": "{"}
    st = []
    for ch in s:
        if ch in "([{":
            st.append(ch)
        elif ch in pairs:
            if not st or st.pop() != pairs[ch]:
                return False
    return not st

for s in ["()", "([)]", "{[()()]}", "((", ""]:
    print(repr(s), balanced(s))
