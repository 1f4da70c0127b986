# Nested containers and aliasing.
grid = []
for r in range(3):
    grid.append([0] * 3)
grid[1][1] = 5
grid[0][2] = 7
print(grid)
shared = [[0] * 3] * 3
shared[0][0] = 1
print(shared)
people = [
    {"name": "ada", "langs": ["py", "rust"]},
    {"name": "bob", "langs": []},
]
people[1]["langs"].append("go")
for p in people:
    print(p["name"], len(p["langs"]), p["langs"])
print(people)
tree = {"value": 1, "children": [{"value": 2, "children": []}, {"value": 3, "children": [{"value": 4, "children": []}]}]}
def total(node):
    s = node["value"]
    for child in node["children"]:
        s += total(child)
    return s
print(total(tree))
m = {"k": (1, [2, 3])}
m["k"][1][0] = 20
print(m)
