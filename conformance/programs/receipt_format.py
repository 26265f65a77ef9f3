# Shop receipt printer exercising str.format alignment, fill characters and currency rounding
items = [("Coffee beans 1kg", 2, 18.5), ("Milk", 3, 1.19), ("Croissant", 6, 2.35),
         ("Orange juice", 1, 4.99), ("Chocolate bar (dark, 85%)", 4, 2.2)]
TAX = 0.0825
W = 44
print("=" * W)
print("{:^{w}}".format("THE CORNER SHOP", w=W))
print("{:^{w}}".format("123 Main St.", w=W))
print("=" * W)
print("{:<22}{:>5}{:>8}{:>9}".format("Item", "Qty", "Price", "Total"))
print("-" * W)
subtotal = 0
for name, qty, price in items:
    line = qty * price
    subtotal += line
    short = name if len(name) <= 21 else name[:18] + "..."
    print("{:<22}{:>5d}{:>8.2f}{:>9.2f}".format(short, qty, price, line))
print("-" * W)
tax = subtotal * TAX
total = subtotal + tax
for label, amount in [("Subtotal", subtotal), ("Tax ({:.2%})".format(TAX), tax), ("TOTAL", total)]:
    print("{:>34}{:>10}".format(label + ":", "${:,.2f}".format(amount)))
paid = 100
change = paid - round(total, 2)
print("{:>34}{:>10.2f}".format("Cash:", paid))
print("{:>34}{:>10.2f}".format("Change:", change))
coins = [("$20", 2000), ("$10", 1000), ("$5", 500), ("$1", 100), ("25c", 25), ("10c", 10), ("5c", 5), ("1c", 1)]
cents = round(change * 100)
parts = []
for label, value in coins:
    n, cents = divmod(cents, value)
    if n:
        parts.append(f"{n}x{label}")
print("Change given as:", " ".join(parts))
print("*" * W)
print("{:*^{w}}".format(" Thank you! ", w=W))
print("{0:-<{1}}{0:->{1}}".format("", W // 2))
print("{:08.3f}|{:+.1e}|{:^+9.2f}|{:<9.0%}|".format(3.14159, 12345.678, -2.5, 0.125))
