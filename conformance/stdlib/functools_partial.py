# functools.partial: argument merging, keyword override, attributes, flattening, repr, errors
from functools import partial

def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

base2 = partial(int, base=2)
print(repr(base2), base2("101"), base2("11", base=3), base2.args, base2.keywords, base2.func is int)
p = partial(max, 1, 2)
print(repr(p), p(3), p(), p(0, key=lambda x: -x))
q = partial(p, 7, key=abs)
print(repr(q), q(-9), q.func is max, q.args, q.keywords)
r = partial(q, key=lambda x: x % 5)
print(r.args, sorted(r.keywords), r(13), r(-9))
def f(a, b, c=0, *rest, d=1, **kw):
    return (a, b, c, rest, d, sorted(kw.items()))
g = partial(f, 1, d=4, e=5)
print(g(2), g(2, 3, 4, 5), g(2, d=0, z=9), g(b=2, e=6))
h = partial(g, 9)
print(h(), h(d=7), h.args, h.keywords)
print(partial(sorted, key=len)(["ccc", "a", "bb"]), partial(sorted, key=len)(["ccc", "a", "bb"], key=None))
print(partial(sorted, reverse=True)([3, 1, 2], reverse=False))
kws = {"sep": "-"}
pr = partial(print, "a", "b", **kws)
kws["sep"] = "+"
pr("c")
pr("c", sep="*")
pr.keywords["end"] = "!\n"
pr("d")
print(repr(partial(print, "x", sep=", ", end="")))
lst = []
rec = partial(print, lst)
lst.append(rec)
print(repr(rec))
doubles = list(map(partial(pow, exp=2), range(6)))
print(doubles)
adders = [partial(lambda x, y: x + y, i) for i in range(4)]
print([a(10) for a in adders])
show(lambda: partial())
show(lambda: partial(1))
show(lambda: partial(func=len))
show(lambda: partial(len, 1).x)
show(lambda: partial(len, 1, 2)())
show(lambda: partial(f)())
show(lambda: partial(f, 1, 2, a=3)())
show(lambda: partial(len).__name__)
