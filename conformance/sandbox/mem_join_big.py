# memory bomb: join of 100 1MB strings
y = ' '.join(['a' * 10**6] * 100)
