# An import of a module that does not exist, uncaught.
import math
print("math imported", math.sqrt(16))
import mod_nostar
print(mod_nostar.delta())
import totally_missing_module
print("unreachable")
