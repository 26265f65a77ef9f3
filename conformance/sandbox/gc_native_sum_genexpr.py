# F4: sum() over a generator expression (the generator's frame collects at its safepoints).
print(sum(x * x for x in range(10**6)))
