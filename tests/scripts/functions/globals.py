# The global statement and reading module-level names from functions.
counter = 0
LIMIT = 3

def bump():
    global counter
    counter += 1
    return counter

def read_only():
    return counter * 10 + LIMIT

print(bump(), bump(), counter)
print(read_only())

def reset():
    global counter
    counter = 0

reset()
print("after reset", counter)

def shadow():
    counter = 99
    return counter

print(shadow(), counter)

def create_global():
    global made_here
    made_here = "created inside a function"

create_global()
print(made_here)

log = []
def record(msg):
    log.append(msg)

record("a")
record("b")
print(log)
