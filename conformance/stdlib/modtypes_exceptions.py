# Module-defined classes in tracebacks and exception handling: the class of an uncaught
# exception prints qualified by its module only when it is not a builtin.
import itertools, functools

def check(f):
    try:
        f()
    except Exception as e:
        print(type(e).__name__, e)

check(lambda: itertools.tee([], -1))
check(lambda: functools.reduce(lambda a, b: a, []))
check(lambda: itertools.permutations([1], -1))
check(lambda: next(itertools.starmap(len, [1])))
check(lambda: functools.partial(1))
print(isinstance(itertools.count(), object), type(itertools.count()).__mro__)
print(functools.partial.__mro__, functools.partial.__bases__, itertools.chain.__base__)
p = functools.partial(max, 1)
print(p(5), p(0), p.func is max, p.args, p.keywords)
print([x for x in dir(itertools.chain) if not x.startswith('_')])
print('from_iterable' in dir(itertools.chain), '__next__' in dir(itertools.count))
it = itertools.count()
print(it.__next__(), it.__iter__() is it, itertools.count.__next__(it))
