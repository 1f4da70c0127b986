# Multiple except clauses: the first matching one runs.
def classify(kind):
    try:
        if kind == 1:
            raise ValueError("v")
        if kind == 2:
            raise TypeError("t")
        if kind == 3:
            raise KeyError("k")
        if kind == 4:
            raise ZeroDivisionError("z")
        return "no error"
    except ValueError as e:
        return "ValueError " + str(e)
    except TypeError as e:
        return "TypeError " + str(e)
    except KeyError as e:
        return "KeyError " + str(e)
    except Exception as e:
        return "generic " + repr(e)

for k in range(5):
    print(k, classify(k))

try:
    try:
        raise IndexError("not matched inside")
    except KeyError:
        print("wrong handler")
except IndexError as e:
    print("outer handler:", e)
