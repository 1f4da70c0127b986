# Helper module: imports mod_config itself, so tests can see that it runs only once.
import mod_config
print("mod_counter: executing")
count = 0

def bump():
    global count
    count += 1
    return count

def config_level():
    return mod_config.settings["level"]
