# memory bomb: a list comprehension over 10**9 items
y = [i for i in range(10**9)]
