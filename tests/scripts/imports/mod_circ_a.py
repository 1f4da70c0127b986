# Helper: half of a circular import (mod_circ_a <-> mod_circ_b).
print("circ_a: start, __name__ =", __name__)
A_EARLY = "a-early"
import mod_circ_b
print("circ_a: after importing b, b.B_VALUE =", getattr(mod_circ_b, "B_VALUE", "not yet"))
A_LATE = "a-late"

def use_b():
    return "a sees " + mod_circ_b.B_VALUE
