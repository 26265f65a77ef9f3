# Uncaught exception raised inside a list comprehension.
data = ['1', '2', 'x3']
print('parsing', len(data), 'items')
numbers = [int(s) for s in data]
print(numbers)
