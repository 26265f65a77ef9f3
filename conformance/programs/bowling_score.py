# Bowling score calculator with frame-by-frame breakdown and input validation
def parse(rolls):
    out = []
    for ch in rolls.replace(" ", ""):
        if ch == "X":
            out.append(10)
        elif ch == "/":
            out.append(10 - out[-1])
        elif ch == "-":
            out.append(0)
        elif ch.isdigit():
            out.append(int(ch))
        else:
            raise ValueError("bad roll symbol %r" % ch)
    return out

def score(rolls):
    frames = []
    i = 0
    for frame in range(10):
        if i >= len(rolls):
            raise ValueError("incomplete game")
        if rolls[i] == 10:
            frames.append(10 + rolls[i + 1] + rolls[i + 2])
            i += 1
        elif rolls[i] + rolls[i + 1] == 10:
            frames.append(10 + rolls[i + 2])
            i += 2
        else:
            frames.append(rolls[i] + rolls[i + 1])
            i += 2
    running = []
    total = 0
    for f in frames:
        total += f
        running.append(total)
    return running

games = {
    "perfect": "X X X X X X X X X X X X",
    "all spares": "5/ 5/ 5/ 5/ 5/ 5/ 5/ 5/ 5/ 5/ 5",
    "gutter": "-- -- -- -- -- -- -- -- -- --",
    "mixed": "X 7/ 9- X -8 8/ -6 X X X81",
    "nines": "9- 9- 9- 9- 9- 9- 9- 9- 9- 9-",
    "short": "X X X",
    "typo": "X 7/ 9? X",
}
for name, line in games.items():
    try:
        r = score(parse(line))
        print(f"{name:>10}: {r[-1]:3d}  " + " ".join(f"{x:3d}" for x in r))
    except (ValueError, IndexError) as e:
        print(f"{name:>10}: error ({type(e).__name__}: {e})")
