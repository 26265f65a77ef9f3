# CPU bomb: comparing big lists in a loop
a = list(range(10**6))
b = list(range(10**6))
while True:
    a == b
