# Look-and-say sequence, happy numbers, Armstrong numbers and digit-manipulation puzzles
def look_and_say(s):
    out = []
    i = 0
    while i < len(s):
        j = i
        while j < len(s) and s[j] == s[i]:
            j += 1
        out.append(str(j - i) + s[i])
        i = j
    return "".join(out)

term = "1"
for i in range(10):
    print(i + 1, term)
    term = look_and_say(term)
lengths = []
t = "1"
for _ in range(30):
    lengths.append(len(t))
    t = look_and_say(t)
print(lengths[-5:], round(lengths[-1] / lengths[-2], 5))

def is_happy(n):
    seen = set()
    while n != 1 and n not in seen:
        seen.add(n)
        n = sum(int(d) ** 2 for d in str(n))
    return n == 1
print("happy:", [n for n in range(1, 60) if is_happy(n)])
armstrong = [n for n in range(1, 100000) if n == sum(int(d) ** len(str(n)) for d in str(n))]
print("armstrong:", armstrong)
def digital_root(n):
    while n >= 10:
        n = sum(map(int, str(n)))
    return n
print([digital_root(n) for n in (0, 9, 38, 123456789, 2**100)])
def kaprekar(n):
    steps = 0
    while n != 6174:
        d = f"{n:04d}"
        n = int("".join(sorted(d, reverse=True))) - int("".join(sorted(d)))
        steps += 1
        if n == 0:
            return None
    return steps
print({n: kaprekar(n) for n in (3524, 2111, 9831, 1111, 6174)})
print([n for n in range(10, 200) if str(n) == str(n)[::-1] and str(n * n) == str(n * n)[::-1]])
