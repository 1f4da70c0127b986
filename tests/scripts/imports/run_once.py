# Every module body runs once, however many times and from wherever it is imported.
print("main: importing mod_counter")
import mod_counter
print("main: importing mod_config (already loaded by mod_counter)")
import mod_config
import mod_config as again
from mod_counter import bump
print(mod_counter.mod_config is mod_config, again is mod_config)
print(bump(), bump(), mod_counter.count)
import mod_counter as mc
print(mc.bump(), mod_counter.count)
mod_config.settings["level"] = 7
print(mod_counter.config_level())
def reimport():
    import mod_counter
    return mod_counter.bump()
print(reimport(), reimport())
for i in range(3):
    import mod_config
print("loop imports done")
print(mod_counter.count)
