# list.remove/pop/clear: first occurrence, pop indices, errors with exact messages.
a = [1, 2, 3, 2, 1]
a.remove(2)
print(a)
a.remove(1)
print(a)
try:
    a.remove(99)
except ValueError as e:
    print(type(e).__name__, e)
print(a.pop(), a)
print(a.pop(0), a)
a = list(range(10))
print(a.pop(-2), a.pop(3), a)
try:
    a.pop(100)
except IndexError as e:
    print(type(e).__name__, e)
try:
    [].pop()
except IndexError as e:
    print(type(e).__name__, e)
try:
    [].pop(0)
except IndexError as e:
    print(type(e).__name__, e)
try:
    a.pop('1')
except TypeError as e:
    print(type(e).__name__, e)
b = [1, 2, 3]
alias = b
print(b.clear(), b, alias)
c = [1, 1.0, True]
c.remove(True)
print(c)
d = [[1], [2], [1]]
d.remove([1])
print(d)
e = [float('nan')]
nan = e[0]
e.remove(nan)
print(e)
stack = []
for ch in '(()())':
    if ch == '(':
        stack.append(ch)
    else:
        stack.pop()
print('balanced' if not stack else 'unbalanced')
