# Mixed-type report that fails with an uncaught TypeError when adding str and int
rows = [("apples", 3), ("pears", 5), ("plums", "7")]
total = 0
for name, qty in rows:
    print(name.ljust(8), qty)
    total = total + qty
print(total)
