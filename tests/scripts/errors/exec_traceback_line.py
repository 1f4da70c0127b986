# An error inside exec'd code: the traceback names <string> and the line in that string.
src = "a = 1\nb = 0\nprint(a / b)\n"
exec(src)
