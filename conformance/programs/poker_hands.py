# Poker hand evaluator: ranks five-card hands and compares them
RANKS = "23456789TJQKA"
NAMES = ["high card", "one pair", "two pair", "three of a kind", "straight", "flush",
         "full house", "four of a kind", "straight flush"]

def evaluate(hand):
    cards = hand.split()
    values = sorted((RANKS.index(c[0]) + 2 for c in cards), reverse=True)
    suits = {c[1] for c in cards}
    counts = {}
    for v in values:
        counts[v] = counts.get(v, 0) + 1
    groups = sorted(counts.items(), key=lambda kv: (-kv[1], -kv[0]))
    shape = [c for _, c in groups]
    ordered = [v for v, _ in groups]
    flush = len(suits) == 1
    straight = len(counts) == 5 and values[0] - values[4] == 4
    if values == [14, 5, 4, 3, 2]:
        straight, ordered = True, [5, 4, 3, 2, 1]
    if straight and flush:
        cat = 8
    elif shape == [4, 1]:
        cat = 7
    elif shape == [3, 2]:
        cat = 6
    elif flush:
        cat = 5
    elif straight:
        cat = 4
    elif shape == [3, 1, 1]:
        cat = 3
    elif shape == [2, 2, 1]:
        cat = 2
    elif shape == [2, 1, 1, 1]:
        cat = 1
    else:
        cat = 0
    return (cat, ordered)

hands = ["2H 3D 5S 9C KD", "2C 3H 4S 8C AH", "2H 4S 4C 2D 4H", "2S 8S AS QS 3S", "KH KD 7S 7C 2H",
         "TH JH QH KH AH", "5C 4D 3H 2S AD", "9S 9H 9D 9C 2D", "QS QD 4H 7C 8S", "6C 7C 8D 9H TS"]
scored = [(evaluate(h), h) for h in hands]
for (cat, tiebreak), h in sorted(scored, reverse=True):
    print(f"{h}  {NAMES[cat]:<16} {tiebreak}")
pairs = [("2H 3D 5S 9C KD", "2C 3H 4S 8C KH"), ("KH KD 7S 7C 2H", "KS KC 7D 7H 3H"), ("5C 4D 3H 2S AD", "6C 7C 8D 9H TS")]
for a, b in pairs:
    ea, eb = evaluate(a), evaluate(b)
    print(a, "vs", b, "->", "first" if ea > eb else "second" if eb > ea else "tie")
