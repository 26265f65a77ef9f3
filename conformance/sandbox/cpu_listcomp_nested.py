# CPU bomb: nested comprehension that builds nothing big
x = [0 for i in range(10**6) for j in range(10**6) if False]
