import random
class R(random.Random):
    def __init__(self, seed, tag):
        super().__init__(seed)
        self.tag = tag
r = R(5, "x")
print(r.tag, r.random())
