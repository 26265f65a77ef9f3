# F5: live data grows past the memory limit one small object at a time. Near the limit the
# collector must not run at every safepoint (each one traces the whole chain): the allocation
# fails with MemoryError quickly (release: ~0.02 s of CPU; it used to thrash).
f = lambda: 0
for i in range(10**5):
    f = (lambda g: lambda: g)(f)
print("done")
