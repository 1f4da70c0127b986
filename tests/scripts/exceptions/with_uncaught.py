# A context manager that does not suppress: its __exit__ runs, then the error is uncaught.
class Resource:
    def __init__(self, name):
        self.name = name
    def __enter__(self):
        print("open", self.name)
        return self
    def __exit__(self, et, ev, tb):
        print("close", self.name, "after", et.__name__ if et else None)

with Resource("db") as r:
    print("using", r.name)
with Resource("file"):
    data = [1, 2, 3]
    print(data[3])
