# Tower of Hanoi: recursive moves, move count, and iterative simulation with stacks
moves = []
def hanoi(n, src, dst, via):
    if n == 0:
        return
    hanoi(n - 1, src, via, dst)
    moves.append((n, src, dst))
    hanoi(n - 1, via, dst, src)

hanoi(3, "A", "C", "B")
for i, (disk, s, d) in enumerate(moves, 1):
    print(f"{i:2}. move disk {disk} from {s} to {d}")

for n in range(1, 21, 4):
    moves.clear()
    hanoi(n, "A", "C", "B")
    print(n, len(moves), len(moves) == 2 ** n - 1)

pegs = {"A": list(range(5, 0, -1)), "B": [], "C": []}
def show():
    return "  ".join(f"{k}:{pegs[k]}" for k in "ABC")
moves.clear()
hanoi(5, "A", "C", "B")
for step, (disk, s, d) in enumerate(moves):
    top = pegs[s].pop()
    assert top == disk
    if pegs[d] and pegs[d][-1] < disk:
        raise RuntimeError("illegal move")
    pegs[d].append(disk)
    if step % 8 == 0:
        print(step, show())
print("final", show())
