# Bare except catches everything; Exception catches builtin errors.
errors = []
for thunk in ["div", "index", "key", "name", "type", "value", "ok"]:
    try:
        if thunk == "div":
            1 // 0
        elif thunk == "index":
            [][1]
        elif thunk == "key":
            {}["x"]
        elif thunk == "name":
            no_such_variable
        elif thunk == "type":
            len(5)
        elif thunk == "value":
            int("1.5")
        print(thunk, "ok")
    except:
        print(thunk, "failed")
        errors.append(thunk)
print(errors)

for thunk in ["div", "key"]:
    try:
        if thunk == "div":
            1 % 0
        else:
            {}[thunk]
    except Exception as e:
        print("Exception caught:", repr(e))
