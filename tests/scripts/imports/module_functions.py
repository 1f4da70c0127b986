# Functions defined in a module keep using that module's globals, not the importer's.
import mod_config
from mod_config import describe
DEBUG = "importer's DEBUG"
settings = {"level": "importer's"}
print(describe())
mod_config.settings["level"] = 3
print(describe())
def describe_local():
    return f"DEBUG={DEBUG} level={settings['level']}"
print(describe_local())
import mod_counter
counter_bump = mod_counter.bump
count = 1000
print(counter_bump(), counter_bump(), mod_counter.count, count)
mod_counter.count = 50
print(counter_bump())
import geometry
geometry.ORIGIN = (1, 1)
print(geometry.dist((4, 5)))
print(geometry.dist((4, 5), (0, 0)))
