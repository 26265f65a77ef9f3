# CPU bomb: repeated long division
a = 7 ** 300000
b = 3 ** 100000
while True:
    c = a // b
