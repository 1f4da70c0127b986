# Subpackage geometry.units.
print("geometry.units init")
BASE = "meter"
