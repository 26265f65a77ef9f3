# Balanced brackets checker with error positions, plus generating all balanced strings
PAIRS = {")": "(", "]": "[", "}": "{", ">": "<"}

def check(s):
    stack = []
    for i, ch in enumerate(s):
        if ch in "([{<":
            stack.append((ch, i))
        elif ch in PAIRS:
            if not stack:
                return f"unexpected {ch!r} at {i}"
            top, pos = stack.pop()
            if top != PAIRS[ch]:
                return f"mismatch {top!r}@{pos} vs {ch!r}@{i}"
    if stack:
        return "unclosed " + ", ".join(f"{c!r}@{p}" for c, p in stack)
    return "ok"

cases = ["()", "([]{})", "(]", "((", "())", "{[<>()]}", "f(a[0], {b: c})", "if (x > 0) { y = [1, 2; }", "", "<<>"]
for c in cases:
    print(f"{c!r:<30} {check(c)}")

def generate(n):
    out = []
    def rec(s, opened, closed):
        if len(s) == 2 * n:
            out.append(s)
            return
        if opened < n:
            rec(s + "(", opened + 1, closed)
        if closed < opened:
            rec(s + ")", opened, closed + 1)
    rec("", 0, 0)
    return out

print(generate(3))
print([len(generate(n)) for n in range(1, 9)])
def depth(s):
    d = best = 0
    for ch in s:
        d += ch == "("
        d -= ch == ")"
        best = max(best, d)
    return best
print(max(generate(4), key=depth), sorted({depth(s) for s in generate(5)}))
