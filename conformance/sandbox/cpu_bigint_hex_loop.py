# CPU bomb: hex() of a big int in a loop
x = 7 ** 300000
while True:
    s = hex(x)
