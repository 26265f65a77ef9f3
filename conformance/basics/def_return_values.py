# return: implicit None, multiple values as tuples, early return, return in loops.
def nothing():
    x = 1
print(nothing())
def bare():
    return
print(bare())
def pair():
    return 1, 2
r = pair()
print(r, type(r).__name__)
a, b = pair()
print(a, b)
def early(n):
    for i in range(n):
        if i * i > n:
            return i
    return -1
print(early(50), early(0))
def many():
    return [1], {'k': 'v'}, (None,)
print(many())
def star_return():
    rest = [2, 3]
    return 1, *rest
print(star_return())
def nested_return(x):
    if x > 0:
        if x > 10:
            return 'big'
        return 'small'
    return 'nonpositive'
print(nested_return(50), nested_return(5), nested_return(-1))
def returns_function():
    return len
print(returns_function()('four'))
def side_effect(log):
    log.append('a')
    return log
    log.append('unreachable')
print(side_effect([]))
