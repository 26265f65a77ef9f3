# repr of empty and one-element tuples, parentheses vs tuple creation.
print((), (1,), (None,), ('a',), ((),), ((1,),), ([],))
print(repr(()), repr((1,)), str((1,)), len(()), len((1,)))
print((1), ('a'), (1,) == 1, (1) == 1)
x = ()
y = ()
print(x == y, tuple() == ())
print(((1, 2),), (1, (2,)), ('x', ('y',)))
