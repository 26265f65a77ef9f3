# a generator's frame, if any, leads back only to this script
def g():
    yield 1
gen = g()
fr = getattr(gen, 'gi_frame', None)
found = []
depth = 0
while fr is not None and depth < 100:
    for k in ('open', 'eval', 'exec', '__import__', 'system'):
        if k in getattr(fr, 'f_globals', {}) or k in getattr(fr, 'f_builtins', {}):
            found.append(k)
    fr = getattr(fr, 'f_back', None)
    depth += 1
print(found)
