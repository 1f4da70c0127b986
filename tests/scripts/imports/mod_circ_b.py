# Helper: other half of the circular import; sees mod_circ_a partially initialised.
print("circ_b: start")
import mod_circ_a
print("circ_b: a.A_EARLY =", mod_circ_a.A_EARLY)
print("circ_b: a has A_LATE yet?", hasattr(mod_circ_a, "A_LATE"))
B_VALUE = "b-value"

def use_a():
    return "b sees " + mod_circ_a.A_LATE
