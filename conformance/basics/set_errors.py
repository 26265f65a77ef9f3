# Set error messages: remove/pop KeyErrors, unhashable elements, bad operands.
s = {1, 2}
for call in [lambda: s.remove(5), lambda: set().pop(), lambda: s.add([]), lambda: {1} | [2],
             lambda: set(5), lambda: {1}.issubset(5), lambda: {1, 2}[0], lambda: set([1], [2]),
             lambda: {{1}}, lambda: frozenset().pop(), lambda: s.remove([1]),
             lambda: {1} - None, lambda: s.difference(7)]:
    try:
        print(call())
    except (KeyError, TypeError, AttributeError) as e:
        print(type(e).__name__, e)
print([1] in [[1]])
try:
    print([1] in {1})
except TypeError as e:
    print(type(e).__name__, e)
