# Helper module with __all__ limiting what `from mod_public import *` binds.
__all__ = ["exported", "Shape"]
exported = "in __all__"
not_exported = "public but not in __all__"
_private = "private"

class Shape:
    sides = 0

def helper():
    return "helper"
