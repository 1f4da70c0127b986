# sys.path starts with the script's folder and imports follow changes to it;
# sys.version_info is a tuple with named fields.
import os
import sys

here = os.path.dirname(os.path.abspath(__file__))
print(sys.path[0] == here)
v = sys.version_info
print(v[:2], v.major, v.minor, v.releaselevel, v >= (3, 8), v < (4,), len(v), tuple(v)[:2])
major, minor, *rest = v
print(major, minor, len(rest), "%d.%d" % v[:2], "{}.{}".format(*v))
sys.path.insert(0, os.path.join(here, "sys_path_lib"))
import sys_path_helper
print(sys_path_helper.WHERE)
