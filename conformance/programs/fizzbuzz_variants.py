# FizzBuzz written five different ways, all checked to agree
def v1(n):
    out = []
    for i in range(1, n + 1):
        if i % 15 == 0:
            out.append("FizzBuzz")
        elif i % 3 == 0:
            out.append("Fizz")
        elif i % 5 == 0:
            out.append("Buzz")
        else:
            out.append(str(i))
    return out

v2 = lambda n: ["Fizz" * (i % 3 == 0) + "Buzz" * (i % 5 == 0) or str(i) for i in range(1, n + 1)]

def v3(n):
    rules = {3: "Fizz", 5: "Buzz"}
    return ["".join(w for d, w in sorted(rules.items()) if i % d == 0) or f"{i}" for i in range(1, n + 1)]

def v4(n):
    def gen():
        i = 0
        while True:
            i += 1
            yield {(True, True): "FizzBuzz", (True, False): "Fizz", (False, True): "Buzz"}.get((i % 3 == 0, i % 5 == 0), str(i))
    g = gen()
    return [next(g) for _ in range(n)]

def v5(n):
    cycle = [None, None, "Fizz", None, "Buzz", "Fizz", None, None, "Fizz", "Buzz", None, "Fizz", None, None, "FizzBuzz"]
    return [cycle[(i - 1) % 15] or str(i) for i in range(1, n + 1)]

ref = v1(100)
print(", ".join(ref[:20]))
print([f(100) == ref for f in (v2, v3, v4, v5)])
print(ref.count("Fizz"), ref.count("Buzz"), ref.count("FizzBuzz"))
for i in range(0, 30, 10):
    print(" ".join(f"{w:>8}" for w in ref[i:i + 10]))
def bottles(n):
    return f"{n if n else 'no more'} bottle{'s' if n != 1 else ''} of beer"
for n in (3, 2, 1, 0):
    print(f"{bottles(n).capitalize()} on the wall, {bottles(n)}.")
    print(f"Take one down and pass it around, {bottles(n - 1)} on the wall." if n else
          f"Go to the store and buy some more, {bottles(99)} on the wall.")
