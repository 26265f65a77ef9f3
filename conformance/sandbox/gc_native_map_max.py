# F4: all() drains map(max, ...): every max() call makes garbage and no VM safepoint runs in
# between; the native loop collects it (kr_gc_poll). Live data ~0.
print(all(map(max, range(1, 10**7), range(10**7))))
