# bytes operators: +, *, comparisons, in, sorting; mixing with str is an error.
a = b'abc'
print(a + b'def', a * 2, 2 * a, a * 0, a * -1, b'' + b'')
print(a == b'abc', a != b'abd', a < b'abd', a < b'ab', b'\xff' > b'a', sorted([b'b', b'a', b'B', b'']))
print(max(b'hello'), min([b'x', b'ab']), b'ab' in [b'ab'], a in b'xabcx')
for bad in [lambda: a + 'def', lambda: 'def' + a, lambda: a + 1, lambda: a * 1.5,
            lambda: a < 'abc', lambda: a - a]:
    try:
        bad()
    except TypeError as e:
        print(type(e).__name__, e)
print(a == 'abc', b'' == '', a is not None)
x = b'x'
y = x
x += b'y'
print(x, y)
print(list(b'ab' * 2), (b'ab' * 3).count(b'ab'))
