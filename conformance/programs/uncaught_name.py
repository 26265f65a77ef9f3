# Order pricing with a typo in a helper function, ending in an uncaught NameError
TAX = {"food": 0.05, "books": 0.0, "other": 0.2}
orders = [("bread", "food", 2.5), ("novel", "books", 12.0), ("lamp", "other", 30.0)]

def tax_for(category, amount):
    return round(amount * TAX[category], 2)

def subtotal(items):
    total = 0
    for name, cat, price in items:
        total += price
    return total

def total_price(items):
    total = 0
    for name, cat, price in items:
        total += price + tax_for(cat, price)
    return totl

print("computing...")
for name, cat, price in orders:
    print(f"{name:<6} {cat:<6} {price:>6.2f} tax {tax_for(cat, price):>5.2f}")
print("subtotal:", subtotal(orders))
print("categories:", sorted({c for _, c, _ in orders}))
print("most expensive:", max(orders, key=lambda o: o[2])[0])
print(total_price(orders))
