# memory bomb: [*range(10**18)]
y = [*range(10**18)]
