# Ordering objects without __lt__, uncaught, from inside sorted().
class Task:
    def __init__(self, name, prio):
        self.name, self.prio = name, prio
    def __eq__(self, other):
        return self.prio == other.prio

tasks = [Task("a", 2), Task("b", 1)]
print(tasks[0] == tasks[1], tasks[0] != tasks[1])
print([t.name for t in sorted(tasks, key=lambda t: t.prio)])
print(sorted(tasks))
