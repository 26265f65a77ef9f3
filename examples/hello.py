# examples/hello.py: a small program of the kind an agent writes.
def fib(n):
    a, b = 0, 1
    for _ in range(n):
        a, b = b, a + b
    return a

words = "the quick brown fox jumps over the lazy dog the end".split()
counts = {}
for w in words:
    counts[w] = counts.get(w, 0) + 1
top = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:3]
print("hello from krait")
print(f"fib(90) = {fib(90)}, 2**100 = {2**100}")
print("top words:", top)
print([x * x for x in range(10) if x % 2], sum(x / 3 for x in range(5)))
