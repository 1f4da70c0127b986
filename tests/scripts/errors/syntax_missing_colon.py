x = 1
print("syntax errors are reported before anything runs")
if x
    print(x)
