# Look-before-you-leap vs try/except KeyError vs dict.get: same results, different paths.
inventory = {'apple': 3, 'pear': 0}
def lbyl(k):
    if k in inventory:
        return inventory[k]
    return 'missing'
def eafp(k):
    try:
        return inventory[k]
    except KeyError:
        return 'missing'
def with_get(k):
    return inventory.get(k, 'missing')
for k in ['apple', 'pear', 'plum']:
    print(k, lbyl(k), eafp(k), with_get(k))
nested = {'a': {'b': {'c': 1}}}
def dig(d, *keys):
    try:
        for k in keys:
            d = d[k]
        return d
    except (KeyError, TypeError) as e:
        return f'{type(e).__name__}: {e}'
print(dig(nested, 'a', 'b', 'c'), dig(nested, 'a', 'x'), dig(nested, 'a', 'b', 'c', 'd'))
seq = [10, 20]
def at(i):
    try:
        return seq[i]
    except IndexError:
        return None
print([at(i) for i in (-3, -1, 0, 1, 2)])
