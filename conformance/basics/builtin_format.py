# format() builtin: default spec equals str(), specs for ints/floats/strs, errors.
print(format(5), format(5.0), format('x'), format(None), format(True), format([1, 2]))
print(format(255, 'x'), format(255, '#X'), format(255, 'b'), format(255, '08b'), format(-255, 'o'))
print(format(3.14159, '.2f'), format(1234567.891, ',.2f'), format(0.25, '%'), format(1e-7, 'g'))
print(format('abc', '>6'), format('abc', '^7'), format('abc', '*<5'), format('abcdef', '.3'))
print(format(True, 'd'), format(True, '>5'), format(False, ''), format(1e100, ''), format(-0.0, ''))
for args in [('x', 'd'), (1.5, 'd'), (5, 's'), ([1], 'd'), (None, 'd'), (5, 'z'), (1, '.2d')]:
    try:
        print(format(*args))
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
print(type(format(1)).__name__, format(12, ''), format(10 ** 30, ','))
