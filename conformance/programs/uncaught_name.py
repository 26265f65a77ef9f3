# Typo in a variable name inside a function leads to an uncaught NameError
def total_price(items):
    total = 0
    for name, price in items:
        total += price
    return totl

print("computing...")
print(total_price([("a", 1), ("b", 2)]))
