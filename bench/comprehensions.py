# bench: list, dict and set comprehensions with filters and nesting.
total = 0
for rep in range(70):
    squares = [x * x for x in range(20000) if x % 3]
    evens = {x: x // 2 for x in squares if x % 2 == 0}
    mods = {x % 1000 for x in squares}
    grid = [[i * j for j in range(60)] for i in range(60)]
    total += len(squares) + len(evens) + len(mods) + sum(row[-1] for row in grid)
print(total)
