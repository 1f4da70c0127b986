# Module geometry.units.convert.
print("geometry.units.convert init")
FACTORS = {"km": 1000, "m": 1, "cm": 0.01}

def to_meters(value, unit):
    return value * FACTORS[unit]
