# Shopping list totals where one quantity was read as a string, ending in an uncaught TypeError
rows = [("apples", 3, 0.5), ("pears", 5, 0.75), ("bread", 1, 2.2), ("milk", 2, 0.99), ("plums", "7", 0.3)]
print(f"{'item':<8}{'qty':>5}{'each':>7}")
for name, qty, price in rows:
    print(f"{name:<8}{qty!s:>5}{price:>7.2f}")
names = ", ".join(r[0] for r in rows)
print("items:", names)
cheap = [r[0] for r in rows if r[2] < 1]
print("under $1:", cheap)
priciest = max(rows, key=lambda r: r[2])
print("priciest:", priciest[0])
counted = sum(1 for r in rows if isinstance(r[1], int))
print("numeric quantities:", counted, "of", len(rows))
total = 0
for name, qty, price in rows:
    line = qty * price if isinstance(qty, int) else None
    print(f"{name:<8} line total: {line}")
print("summing quantities...")
total_qty = 0
for name, qty, price in rows:
    total_qty = total_qty + qty
    print("running:", total_qty)
print(total_qty)
