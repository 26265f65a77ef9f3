# OrderedDict iteration while the order changes: CPython's "OrderedDict mutated during iteration".
from collections import OrderedDict
def attempt(label, fn):
    try:
        print(label, fn())
    except RuntimeError as e:
        print(label, 'RuntimeError:', e)
def t1():
    od = OrderedDict.fromkeys('abc'); out = []
    for k in od:
        out.append(k)
        if k == 'b':
            od.move_to_end('c', last=False)
    return out
def t2():
    od = OrderedDict.fromkeys('abc'); out = []
    for k in od:
        out.append(k)
        if k == 'a':
            od.move_to_end('a')
    return out
def t3():
    od = OrderedDict.fromkeys('abc'); out = []
    for k in od:
        out.append(k)
        if k == 'a':
            od.move_to_end('c')  # already last: no change
    return out
def t4():
    od = OrderedDict.fromkeys('abc'); del od['c']; out = []
    for k in od:
        out.append(k)
        od.move_to_end('b')  # logically last already
    return out
def t5():
    od = OrderedDict.fromkeys('abc'); out = []
    for k in od:
        out.append(k)
        if k == 'a':
            od['z'] = 1
    return out
def t6():
    od = OrderedDict.fromkeys('abc'); out = []
    for k in od:
        out.append(k)
        if k == 'a':
            del od['c']
    return out
def t7():
    od = OrderedDict.fromkeys('abc'); out = []
    for k, v in od.items():
        out.append(k)
        od[k] = 5   # value update: fine
    return out, list(od.items())
def t8():
    od = OrderedDict.fromkeys('abc'); out = []
    for k in od:
        out.append(k)
        if k == 'a':
            od.move_to_end('a', last=False)  # already first
    return out
def t9():
    d = dict.fromkeys('abc'); out = []
    for k in d:
        out.append(k)
        if k == 'a':
            d['z'] = 1
    return out
def t10():
    od = OrderedDict.fromkeys('abcd'); out = []
    for k in reversed(od):
        out.append(k)
        if k == 'c':
            od.move_to_end('a')
    return out
for i, f in enumerate([t1, t2, t3, t4, t5, t6, t7, t8, t9, t10], 1):
    attempt('t%d' % i, f)
od = OrderedDict.fromkeys('abcde'); od.move_to_end('c'); od.move_to_end('e', last=False); del od['a']; od.move_to_end('b')
print(od, list(od.keys()), list(reversed(od)))
