# Package used by the imports/ tests.
print("geometry package init")
ORIGIN = (0, 0)

def dist(p, q=ORIGIN):
    return ((p[0] - q[0]) ** 2 + (p[1] - q[1]) ** 2) ** 0.5
