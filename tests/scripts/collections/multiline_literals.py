# Collection literals and calls spanning several lines.
numbers = [
    1,
    2,
    3,
]
config = {
    "name": "baton",
    "version": (0, 1),
    "tags": ["lang", "vm"],
}
total = sum(
    numbers
)
print(numbers, total)
print(config)
print(
    "spread",
    "over",
    "lines",
    sep="-",
)
matrix = [[1, 2],
          [3, 4]]
print(matrix, len(matrix))
