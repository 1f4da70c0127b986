# Helper module for the imports/ tests (also runs on its own as a golden script).
print("mod_config: executing, __name__ =", __name__)
DEBUG = False
settings = {"level": 1}
_hidden = "underscore names are skipped by *"

def describe():
    return f"DEBUG={DEBUG} level={settings['level']}"

def enable():
    global DEBUG
    DEBUG = True

if __name__ == "__main__":
    print("mod_config: run directly", describe())
