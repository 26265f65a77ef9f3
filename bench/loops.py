# bench: nested integer loops with arithmetic, comparisons and a while loop.
total = 0
for i in range(900):
    for j in range(900):
        if (i ^ j) & 3 == 0:
            total += i * j % 7
        else:
            total -= 1
n = 0
k = 0
while n < 1000000:
    k += n & 15
    n += 1
print(total, k)
