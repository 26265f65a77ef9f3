# CPU bomb: max(range(10**15)) (a native loop)
x = max(range(10**15))
