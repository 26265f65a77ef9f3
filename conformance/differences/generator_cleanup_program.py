# Generators that hold a "resource" and release it in finally, abandoned early by break
"""what: a suspended generator is closed (its finally blocks run) when a `for` loop that
created it (`for x in gen():`) drops it on break/return/exception, as in CPython; but one that
is dropped any other way (`next(gen())`, passed to a function that returns early, `del g`) is
not closed when it becomes unreachable, where CPython closes it at once.
why: krait has no reference counts, and its collector never runs Python code.
workaround: call gen.close() (or exhaust the generator) where cleanup matters."""
log = []

def read_records(name, n):
    log.append(f"open {name}")
    try:
        for i in range(n):
            yield f"{name}-{i}"
    finally:
        log.append(f"close {name}")
        print(f"closed {name}")

for rec in read_records("alpha", 5):
    print("got", rec)
    if rec.endswith("2"):
        break
print("after first loop")

first = next(read_records("beta", 3))
print("first of beta:", first)

def find(pred, source):
    for item in source:
        if pred(item):
            return item
    return None

print(find(lambda r: r.endswith("1"), read_records("gamma", 4)))
total = sum(1 for _ in read_records("delta", 3))
print("delta count", total)
gen = read_records("eps", 2)
print(next(gen))
gen.close()
print(log)
