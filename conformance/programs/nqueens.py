# N-Queens solver counting solutions and printing the first board
def solve(n):
    cols = set()
    diag1 = set()
    diag2 = set()
    board = []
    results = []

    def place(row):
        if row == n:
            results.append(board[:])
            return
        for c in range(n):
            if c in cols or (row - c) in diag1 or (row + c) in diag2:
                continue
            cols.add(c); diag1.add(row - c); diag2.add(row + c)
            board.append(c)
            place(row + 1)
            board.pop()
            cols.discard(c); diag1.discard(row - c); diag2.discard(row + c)

    place(0)
    return results

for n in range(1, 9):
    sols = solve(n)
    print(f"n={n}: {len(sols)} solutions")

first = solve(8)[0]
for r in first:
    print(" ".join("Q" if c == r else "." for c in range(8)))
print(first)
print(solve(6))
