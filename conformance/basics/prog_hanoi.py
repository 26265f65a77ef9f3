# Program: towers of Hanoi (recursive and iterative), move counts, final peg states.
def hanoi(n, src, dst, via, moves):
    if n == 0:
        return
    hanoi(n - 1, src, via, dst, moves)
    moves.append((n, src, dst))
    hanoi(n - 1, via, dst, src, moves)
moves = []
hanoi(4, 'A', 'C', 'B', moves)
print(len(moves), moves[:5])
pegs = {'A': list(range(4, 0, -1)), 'B': [], 'C': []}
for disk, s, d in moves:
    assert pegs[s][-1] == disk
    if pegs[d]:
        assert pegs[d][-1] > disk, 'illegal move'
    pegs[d].append(pegs[s].pop())
print(pegs)
def hanoi_iter(n):
    names = ['A', 'B', 'C'] if n % 2 == 0 else ['A', 'C', 'B']
    out = []
    for m in range(1, 2 ** n):
        s = (m & m - 1) % 3
        d = ((m | m - 1) + 1) % 3
        out.append((names[s], names[d]))
    return out
print(hanoi_iter(3))
print([len(hanoi_iter(k)) for k in range(1, 11)])
m2 = []
hanoi(10, 'A', 'C', 'B', m2)
print(len(m2), [(s, d) for _, s, d in m2] == hanoi_iter(10))
