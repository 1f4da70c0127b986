# Circular imports: the second module sees the first one partially initialised.
print("main: import mod_circ_a")
import mod_circ_a
print("main: import mod_circ_b")
import mod_circ_b
print(mod_circ_a.use_b())
print(mod_circ_b.use_a())
print(mod_circ_b.mod_circ_a is mod_circ_a, mod_circ_a.mod_circ_b is mod_circ_b)
