# from m import *: __all__ controls the names; without __all__, underscore names are skipped.
from mod_public import *
print(exported, Shape.sides)
for name in ["not_exported", "helper", "_private"]:
    try:
        eval_result = {"not_exported": lambda: not_exported, "helper": lambda: helper, "_private": lambda: _private}[name]()
        print(name, "bound:", eval_result)
    except NameError as e:
        print(name, "-> NameError:", e)
from mod_nostar import *
print(alpha, beta, delta())
try:
    print(_gamma)
except NameError as e:
    print("NameError:", e)
import mod_nostar
print(mod_nostar._gamma)
alpha = 100
print(delta(), mod_nostar.alpha)
