# ASCII patterns: diamond, hollow square, number pyramid, multiplication table, checkerboard
n = 5
for i in list(range(n)) + list(range(n - 2, -1, -1)):
    print(" " * (n - i - 1) + "*" * (2 * i + 1))
size = 6
for r in range(size):
    print("".join("#" if r in (0, size - 1) or c in (0, size - 1) else " " for c in range(size)))
for i in range(1, 6):
    left = "".join(str(k) for k in range(1, i + 1))
    print(f"{left + left[-2::-1]:^9}")
print("    " + "".join(f"{j:4d}" for j in range(1, 10)))
print("    " + "-" * 36)
for i in range(1, 10):
    print(f"{i:2d} |" + "".join(f"{i * j:4d}" for j in range(1, 10)))
for r in range(4):
    print("".join("██" if (r + c) % 2 == 0 else "  " for c in range(8)))
h = 4
for i in range(h):
    print(" " * (h - i - 1) + "/" + " " * (2 * i) + "\\")
print("/" + "_" * (2 * h - 2) + "\\" if False else "+" + "-" * (2 * h) + "+")
word = "PYTHON"
for i in range(len(word)):
    print(word[:i + 1].ljust(len(word)) + word[:i + 1][::-1].rjust(len(word)))
floyd = 1
for row in range(1, 6):
    print(" ".join(f"{floyd + k:2d}" for k in range(row)))
    floyd += row
