# Recipe scaler: parses quantities with fractions, scales servings and converts units
recipe = """Pancakes (serves 4)
1 1/2 cup flour
3 1/2 tsp baking powder
1 tbsp sugar
1/4 tsp salt
1 1/4 cup milk
3 tbsp butter
1 egg"""
lines = recipe.splitlines()
title = lines[0]
base = int(title[title.index("serves") + 7:-1])

def parse_qty(tokens):
    total = 0.0
    used = 0
    for tok in tokens:
        if "/" in tok:
            n, d = tok.split("/")
            total += int(n) / int(d)
        elif tok.replace(".", "", 1).isdigit():
            total += float(tok)
        else:
            break
        used += 1
    return total, used

def pretty(q):
    whole = int(q)
    frac = q - whole
    for num, den in [(0, 1), (1, 8), (1, 4), (1, 3), (3, 8), (1, 2), (5, 8), (2, 3), (3, 4), (7, 8), (1, 1)]:
        if abs(frac - num / den) < 0.04:
            if den == 1 and num == 1:
                whole, num = whole + 1, 0
            break
    else:
        return f"{q:.2f}"
    if num == 0:
        return str(whole)
    return (f"{whole} " if whole else "") + f"{num}/{den}"

TO_ML = {"cup": 240, "tbsp": 15, "tsp": 5}
for servings in (2, 6, 10):
    factor = servings / base
    print(f"--- {title.split(' (')[0]} for {servings} (x{factor:g}) ---")
    for line in lines[1:]:
        toks = line.split()
        qty, used = parse_qty(toks)
        rest = toks[used:]
        unit = rest[0] if rest and rest[0] in TO_ML else ""
        item = " ".join(rest[1:] if unit else rest)
        scaled = qty * factor
        ml = f" (~{scaled * TO_ML[unit]:.0f} ml)" if unit else ""
        print(f"  {pretty(scaled):>7} {unit:<5}{item}{ml}")
