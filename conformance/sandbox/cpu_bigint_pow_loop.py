# CPU bomb: big-int pow modulo in a loop
x = 3 ** 100000
m = 10 ** 50000 + 7
while True:
    x = x * x % m
