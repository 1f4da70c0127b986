# Packages: import a.b binds a; import a.b as x; from a.b import c; __init__ runs first, once.
import geometry.shapes
print(geometry.ORIGIN, geometry.shapes.Rect(2, 3).area())
print(geometry.__name__, geometry.shapes.__name__)
import geometry.units.convert as conv
print(conv.to_meters(3, "km"), conv.__name__)
print(geometry.units.BASE, geometry.units.convert is conv)
from geometry.units import convert
from geometry.shapes import Rect as R
print(convert is conv, R(1, 1), R is geometry.shapes.Rect)
from geometry import dist, units
print(dist((3, 4)), dist((1, 1), (4, 5)), units.BASE)
import geometry
print(geometry.dist((6, 8)))
r = geometry.shapes.Rect(5, 5)
print(type(r).__name__, isinstance(r, R), r.area())
try:
    import geometry.nothing
except ModuleNotFoundError as e:
    print("ModuleNotFoundError:", e)
try:
    from geometry import nothing
except ImportError as e:
    print("ImportError:", str(e).split(" (")[0])
