# no __loader__ / __spec__ / __file__ reaching the host
for n in ('__loader__', '__spec__', '__file__', '__cached__'):
    try:
        v = eval_ = globals_ = None
        v = {'__loader__': None, '__spec__': None}.get(n)
        print(n, n in dir())
    except NameError:
        print(n, False)
