# Program: N-queens by backtracking: solution counts and the first board for n=6 and n=8.
def solve(n):
    cols, diag1, diag2 = set(), set(), set()
    board, solutions = [], []
    def place(r):
        if r == n:
            solutions.append(board[:])
            return
        for c in range(n):
            if c in cols or r - c in diag1 or r + c in diag2:
                continue
            cols.add(c); diag1.add(r - c); diag2.add(r + c); board.append(c)
            place(r + 1)
            cols.remove(c); diag1.remove(r - c); diag2.remove(r + c); board.pop()
    place(0)
    return solutions
for n in range(1, 9):
    print(n, len(solve(n)))
first = solve(6)[0]
for c in first:
    print(''.join('Q' if i == c else '.' for i in range(6)))
print(solve(8)[0], solve(8)[-1])
