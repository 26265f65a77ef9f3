# A StopIteration escaping at module level is reported like any other exception.
it = iter([1])
print(next(it))
print(next(it))
