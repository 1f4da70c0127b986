# Popping from an empty list, uncaught.
stack = [1, 2]
while stack:
    print(stack.pop())
stack.pop()
