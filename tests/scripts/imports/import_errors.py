# Failing imports: ModuleNotFoundError is an ImportError; nothing is bound on failure.
def attempt(label, thunk):
    try:
        thunk()
        print(label, "ok")
    except ImportError as e:
        print(label, "->", type(e).__name__, "|", str(e).split(" (")[0])

def imp_missing():
    import no_such_module_here
def imp_from_missing_module():
    from no_such_pkg import thing
def imp_missing_name():
    from mod_public import no_such_name
def imp_pkg_missing():
    import geometry.missing_sub

attempt("missing", imp_missing)
attempt("from missing module", imp_from_missing_module)
attempt("missing name", imp_missing_name)
attempt("missing submodule", imp_pkg_missing)
print(issubclass(ModuleNotFoundError, ImportError), issubclass(ImportError, Exception))
try:
    import no_such_module_here as alias
except ImportError:
    pass
try:
    alias
except NameError as e:
    print("NameError:", e)
try:
    from mod_nostar import alpha, nope, beta
except ImportError:
    pass
try:
    print(alpha)
except NameError as e:
    print("NameError:", e)
