# Building strings: ASCII art boxes, banners, wrapping text to a width, justification
def box(lines, pad=1):
    w = max(map(len, lines))
    top = "+" + "-" * (w + 2 * pad) + "+"
    body = ["|" + " " * pad + l.ljust(w) + " " * pad + "|" for l in lines]
    return "\n".join([top] + body + [top])

print(box(["Hello", "krait interpreter", "!"]))
def wrap(text, width):
    words = text.split()
    lines, cur = [], ""
    for w in words:
        if cur and len(cur) + 1 + len(w) > width:
            lines.append(cur)
            cur = w
        else:
            cur = f"{cur} {w}" if cur else w
    if cur:
        lines.append(cur)
    return lines

text = ("Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor "
        "incididunt ut labore et dolore magna aliqua. Ut enim ad minim veniam, quis nostrud.")
for line in wrap(text, 30):
    print(f"|{line:<30}|")
print()
def justify(line, width):
    words = line.split()
    if len(words) == 1:
        return words[0].ljust(width)
    gaps = len(words) - 1
    spaces = width - sum(map(len, words))
    q, r = divmod(spaces, gaps)
    return "".join(w + " " * (q + (i < r)) for i, w in enumerate(words[:-1])) + words[-1]
for line in wrap(text, 30)[:-1]:
    print(f"[{justify(line, 30)}]")
print()
banner = "KRAIT"
print("*" * (len(banner) * 4 + 3))
print("* " + "   ".join(banner) + " *")
print("*" * (len(banner) * 4 + 3))
for i in range(1, 6):
    print(("*" * (2 * i - 1)).center(11, "."))
parts = []
for i in range(5):
    parts.append(str(i) * i)
print("|".join(parts), "".join(parts).count("4"))
print("\n".join(f"{i:>2}: " + "#" * i for i in range(0, 12, 3)))
