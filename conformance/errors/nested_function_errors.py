# Errors raised deep in nested and recursive calls keep their type and message when caught above.
def level3(x):
    return {'a': 1}[x]
def level2(x):
    return level3(x) * 2
def level1(x):
    try:
        return level2(x)
    except KeyError as e:
        return f'level1 caught {type(e).__name__}: {e}'
print(level1('a'), level1('b'))
def countdown(n):
    if n == 0:
        raise ArithmeticError('reached zero')
    return countdown(n - 1)
try:
    countdown(50)
except ArithmeticError as e:
    print(type(e).__name__, e)
def make_validator(limit):
    def validate(v):
        if v > limit:
            raise ValueError(f'{v} exceeds {limit}')
        return v
    return validate
check = make_validator(10)
results = []
for v in [3, 12, 7]:
    try:
        results.append(check(v))
    except ValueError as e:
        results.append(str(e))
print(results)
