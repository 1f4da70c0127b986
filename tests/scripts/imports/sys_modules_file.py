# Imported modules appear in sys.modules; a module's __file__ is an absolute path; a failed
# `from m import name` names the module's file.
import os
import sys
import mod_public
print("mod_public" in sys.modules, sys.modules["mod_public"] is mod_public, "sys" in sys.modules)
print(os.path.isabs(mod_public.__file__), os.path.basename(mod_public.__file__))
try:
    from mod_public import no_such_name
except ImportError as e:
    print(str(e).startswith("cannot import name 'no_such_name' from 'mod_public' (/"), e.name if hasattr(e, "name") else "")
