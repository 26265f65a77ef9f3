# Mastermind: scoring guesses and a Knuth-style solver that narrows candidates
import itertools
COLORS = "RGBYOP"

def score(secret, guess):
    black = sum(s == g for s, g in zip(secret, guess))
    common = sum(min(secret.count(c), guess.count(c)) for c in set(guess))
    return black, common - black

print(score("RGBY", "RGBY"), score("RGBY", "YBGR"), score("RRGG", "GGRR"), score("RGBY", "OOPP"), score("AABB", "ABBA"))
all_codes = ["".join(p) for p in itertools.product(COLORS, repeat=4)]
print(len(all_codes))

def solve(secret):
    candidates = all_codes[:]
    guess = "RRGG"
    history = []
    while True:
        s = score(secret, guess)
        history.append((guess, s))
        if s == (4, 0):
            return history
        candidates = [c for c in candidates if score(c, guess) == s]
        best = None
        for g in candidates[:60]:
            buckets = {}
            for c in candidates:
                k = score(c, g)
                buckets[k] = buckets.get(k, 0) + 1
            worst = max(buckets.values())
            if best is None or worst < best[0]:
                best = (worst, g)
        guess = best[1]

for secret in ["BYOP", "RRRR", "PGRY", "OOBG"]:
    h = solve(secret)
    print(secret, len(h), " ".join(f"{g}{b}{w}" for g, (b, w) in h))
