print("fine")
s = "this string never ends
print(s)
