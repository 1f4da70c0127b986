# Local vs global scope and parameters shadowing globals.
x = "global x"

def show():
    print("show sees", x)

def local_only():
    x = "local x"
    print("local_only sees", x)

def param(x):
    print("param sees", x)

show()
local_only()
param("argument x")
show()

total = 100
def add_to_total(n):
    global total
    total = total + n

add_to_total(5)
add_to_total(-20)
print("total", total)

def outer():
    y = "outer y"
    def inner():
        z = "inner z"
        return y + " / " + z
    return inner()

print(outer())

def uses_builtin_names():
    result = len([1, 2, 3]) + max(1, 2)
    return result

print(uses_builtin_names())
for i in range(3):
    pass
def sees_loop_var():
    return i
print(sees_loop_var())
