# any/all: short-circuit on generators, empty iterables, truthiness of elements.
print(any([]), all([]), any([0, '', None]), all([1, 'a', [0]]), any([0, 1]), all([1, 0]))
print(any('abc'), all(''), any([[]]), all([[]]), any(x > 3 for x in range(5)), all(x < 5 for x in range(5)))
seen = []
def check(x):
    seen.append(x)
    return x
print(any(check(x) for x in [0, 0, 3, 4]), seen)
seen.clear()
print(all(check(x) for x in [1, 2, 0, 4]), seen)
it = iter([0, 1, 2, 3])
print(any(it), list(it))
words = ['apple', 'banana', 'cherry']
print(all(w.islower() for w in words), any(w.startswith('b') for w in words))
try:
    any(5)
except TypeError as e:
    print(type(e).__name__, e)
print(type(any([1])).__name__, any({0: 'a'}), all({1: 0}))
