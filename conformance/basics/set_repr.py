# repr of sets: set(), {x}, frozenset(), frozenset({...}), nested frozensets.
print(set(), repr(set()), str(set()))
print({1}, {1, 2}, {None}, {(1, 2)}, {-5})
print(frozenset(), frozenset({1}), frozenset({frozenset()}), {frozenset({1, 2})})
print([set(), frozenset()], {'k': {1}})
print(repr({True}), repr({0.5}), repr({'only'}))
