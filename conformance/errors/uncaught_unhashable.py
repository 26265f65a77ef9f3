# Uncaught TypeError from using a list as a dict key.
cache = {}
key = ['a', 'b']
print('caching')
cache[key] = 1
