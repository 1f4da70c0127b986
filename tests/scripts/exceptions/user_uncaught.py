# A user exception with several args, uncaught.
class BudgetExceeded(Exception):
    def __init__(self, spent, limit):
        super().__init__(spent, limit)
        self.spent = spent
        self.limit = limit
    def __str__(self):
        return f"spent {self.spent} over limit {self.limit}"

total = 0
for cost in [10, 20, 30, 40]:
    total += cost
    print("total", total)
    if total > 50:
        raise BudgetExceeded(total, 50)
