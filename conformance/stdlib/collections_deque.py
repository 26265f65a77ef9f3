# collections.deque: methods, maxlen, indexing, comparisons, repr and error messages.
from collections import deque


def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


d = deque([1, 2, 3])
d.append(4)
d.appendleft(0)
print(d, len(d), d[0], d[-1], d[2], 3 in d, 9 in d, bool(d), bool(deque()))
print(d.pop(), d.popleft(), d)
d.rotate()
print(d)
d.rotate(2)
print(d)
d.rotate(-4)
print(d)
d.rotate(0)
d.rotate(100)
print(d)
d.extend([7, 8])
d.extendleft([9, 10])
print(d)
d.extend(d)
print(d)
print(d.count(7), d.count(42), d.index(8), d.index(7, 5), d.index(1, -8, -1))
d.remove(7)
print(d)
d.reverse()
print(d)
d.insert(1, "x")
d.insert(-1, "y")
d.insert(100, "z")
d.insert(-100, "w")
print(d)
d[0] = "first"
del d[1]
del d[-1]
print(d)
d.clear()
print(d, len(d))

# maxlen: bounded deques drop from the other end
b = deque(range(5), maxlen=3)
print(b, b.maxlen, deque().maxlen)
b.append(9)
print(b)
b.appendleft(7)
print(b)
b.extend([1, 2])
print(b)
b.extendleft("ab")
print(b)
z = deque([1, 2], 0)
z.append(3)
print(z, len(z))
print(deque("abc", maxlen=None), deque(maxlen=2, iterable=[1, 2, 3]), deque(iterable=(1,)))

# iteration, reversed, copies, operators
e = deque([3, 1, 2])
print(list(e), list(reversed(e)), sorted(e), tuple(e), sum(e), max(e), [x * 2 for x in e])
print(e.copy(), e.copy() is e, type(e.copy()))
print(deque([1]) + deque([2, 3]), deque([1, 2]) * 2, 2 * deque([0]), deque([1]) * 0)
print(deque([1, 2], maxlen=3) * 3, deque([1, 2], maxlen=3) + deque([4, 5]))
x = deque([1])
x += [5, 6]
x += (7,)
print(x)
x *= 2
print(x)
it = iter(deque([1, 2, 3]))
print(next(it), list(it), type(iter(deque())), type(reversed(deque())))
print(deque() == deque(), deque([1]) == deque([1]), deque([1]) != deque([2]))
print(deque([1, 2]) < deque([1, 3]), deque([1, 2]) <= deque([1]), deque([2]) > deque([1, 5]))
print(deque([1]) == [1], deque([1, [2]]), deque([deque([1])]))
r = deque([1])
r.append(r)
print(r)
print(type(deque), deque.__name__, isinstance(d, deque), str(deque([1, "a"])))
print(deque([1, 2]).__len__(), deque(x for x in range(3)), deque(range(10), 4))

# errors
t(lambda: deque().pop())
t(lambda: deque().popleft())
t(lambda: deque([1])[3])
t(lambda: deque([1])[-2])
t(lambda: deque([1])["a"])
t(lambda: deque([1])[0:1])


def setbad():
    q = deque([1])
    q[1] = 0


def delbad():
    q = deque([1])
    del q[-3]


t(setbad)
t(delbad)
t(lambda: deque([1]).index(2))
t(lambda: deque([1, 2, 3]).index(3, 0, 2))
t(lambda: deque([1]).remove(2))
t(lambda: deque([1], 1).insert(0, 2))
t(lambda: deque([1]).insert(1.5, 0))
t(lambda: deque().rotate(1.5))
t(lambda: deque().rotate("a"))
t(lambda: deque(1.5))
t(lambda: deque([], 1.5))
t(lambda: deque([], -1))
t(lambda: deque([], 2, 3))
t(lambda: deque(x=1))
t(lambda: deque([1]) + [1])
t(lambda: hash(deque()))
t(lambda: deque([1]) < [2])
t(lambda: deque().append())
t(lambda: deque().count())


def mutate():
    q = deque([1, 2, 3])
    for v in q:
        q.append(v)


def mutate2():
    q = deque([1, 2, 3])
    for v in q:
        q.pop()


t(mutate)
t(mutate2)
t(lambda: deque().extend())
t(lambda: deque().index())
t(lambda: deque([1, 2]).index(1, 0, 1, 4))
t(lambda: deque([1, 2]).index(1, 0.5))
t(lambda: deque().insert(1))
t(lambda: deque().rotate(1, 2))
t(lambda: deque().append(1, 2))
t(lambda: deque().pop(1))
t(lambda: deque()[10**30])
t(lambda: deque.append(5, 1))
t(lambda: deque([1, 2, 3], maxlen=5) * 10**18)
t(lambda: deque([1, 2, 3], maxlen=4) * 7)
t(lambda: deque([1, 2, 3], maxlen=2) * 10**30)
t(lambda: deque([1], maxlen=0) * 5)
t(lambda: deque([1]) * 10**30)
t(lambda: deque() * 10**30)
t(lambda: deque([1, 2]) * -3)


def imul():
    q = deque([1, 2, 3], maxlen=4)
    q *= 3
    return q


t(imul)
t(lambda: deque([1]) * 2.0)
t(lambda: 2.5 * deque([1]))
