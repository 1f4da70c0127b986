# import m, import m as n, from m import a, b as c; module objects and attributes.
print("start")
import mod_config
import mod_config as cfg
from mod_config import describe, settings as conf_settings
print(mod_config is cfg, type(mod_config).__name__, mod_config.__name__)
print(describe(), conf_settings, mod_config.DEBUG)
mod_config.enable()
print(describe(), mod_config.DEBUG, cfg.DEBUG)
conf_settings["level"] = 5
print(mod_config.settings, describe())
mod_config.settings = {"level": 99}
print(describe(), conf_settings)
from mod_config import DEBUG
mod_config.DEBUG = "changed later"
print(DEBUG, mod_config.DEBUG)
mod_config.new_attr = "added from outside"
print(cfg.new_attr)
import math, mod_nostar as ns
print(math.floor(2.5), ns.delta())
try:
    mod_config.missing
except AttributeError as e:
    print("AttributeError:", e)
def local_import():
    import mod_public
    from mod_public import Shape as S
    return mod_public.exported, S.sides
print(local_import())
try:
    mod_public
except NameError as e:
    print("NameError:", e)
print("end")
