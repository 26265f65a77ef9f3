# Mutating set methods: add/remove/discard/pop/clear/update variants/copy.
s = {1, 2, 3}
print(s.remove(2), s)
try:
    s.remove(2)
except KeyError as e:
    print(type(e).__name__, e)
s.update([4, 5], {6}, range(7, 9))
print(s)
s.intersection_update({1, 4, 5, 6, 100})
print(s)
s.difference_update([4], (5,))
print(s)
s.symmetric_difference_update({1, 2, 3})
print(s)
c = s.copy()
c.add(99)
print(s, c)
popped = []
while s:
    popped.append(s.pop())
print(sorted(popped), s)
try:
    s.pop()
except KeyError as e:
    print(type(e).__name__, e)
t = {1, 2}
print(t.clear(), t)
u = {10, 20, 30}
print(u.pop(), u)
try:
    u.update(5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    u.add()
except TypeError as e:
    print(type(e).__name__, e)
