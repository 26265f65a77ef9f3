# Program: fibonacci with a memo dict, iterative and matrix versions agree on big values.
memo = {0: 0, 1: 1}
def fib(n):
    if n not in memo:
        memo[n] = fib(n - 1) + fib(n - 2)
    return memo[n]
print([fib(i) for i in range(20)])
print(fib(300))
def fib_iter(n):
    a, b = 0, 1
    for _ in range(n):
        a, b = b, a + b
    return a
def mat_mult(x, y):
    return [[x[0][0] * y[0][0] + x[0][1] * y[1][0], x[0][0] * y[0][1] + x[0][1] * y[1][1]],
            [x[1][0] * y[0][0] + x[1][1] * y[1][0], x[1][0] * y[0][1] + x[1][1] * y[1][1]]]
def fib_mat(n):
    result = [[1, 0], [0, 1]]
    base = [[1, 1], [1, 0]]
    while n:
        if n & 1:
            result = mat_mult(result, base)
        base = mat_mult(base, base)
        n >>= 1
    return result[0][1]
print(fib_iter(300) == fib(300) == fib_mat(300))
print(len(str(fib_mat(10000))), fib_mat(10000) % 10 ** 12)
print(sum(1 for k in memo if memo[k] % 2 == 0))
calls = {'n': 0}
def slow_fib(n):
    calls['n'] += 1
    return n if n < 2 else slow_fib(n - 1) + slow_fib(n - 2)
print(slow_fib(20), calls['n'])
