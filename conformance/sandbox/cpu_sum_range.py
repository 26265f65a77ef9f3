# CPU bomb: sum(range(10**15)) (a native loop)
x = sum(range(10**15))
