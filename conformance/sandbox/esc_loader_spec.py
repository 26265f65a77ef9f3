# no __loader__ / __spec__ reaching the host: absent, or None
getters = {'__loader__': lambda: __loader__, '__spec__': lambda: __spec__}
for n, get in getters.items():
    try:
        v = get()
        print(n, v is None)
    except NameError:
        print(n, True)
