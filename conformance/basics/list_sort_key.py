# sort key functions: builtins, lambdas, tuples for multi-key, key called once per item.
words = ['banana', 'Apple', 'cherry', 'date', 'Elderberry', 'fig']
print(sorted(words, key=len))
print(sorted(words, key=str.lower))
print(sorted(words, key=lambda w: (len(w), w.lower())))
print(sorted(words, key=lambda w: w[-1]))
print(sorted([-5, 3, -1, 4, -2], key=abs), sorted([-5, 3, -1, 4, -2], key=abs, reverse=True))
calls = []
def key(x):
    calls.append(x)
    return -x
print(sorted([3, 1, 2], key=key), calls)
people = [{'name': 'Ann', 'age': 30}, {'name': 'Bob', 'age': 25}, {'name': 'Cy', 'age': 30}]
print([p['name'] for p in sorted(people, key=lambda p: (-p['age'], p['name']))])
print(max(words, key=len), min(words, key=len), max(words, key=lambda w: w.count('e')))
nums = [10, 9, 8, 100, 1]
print(sorted(nums, key=str), sorted(map(str, nums)), sorted(nums, key=lambda n: n % 3))
d = {'x': 3, 'y': 1, 'z': 2}
print(sorted(d, key=d.get), sorted(d.items(), key=lambda kv: kv[1], reverse=True))
try:
    sorted([1, 2], key=5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    sorted(['a', 1], key=lambda v: v)
except TypeError as e:
    print(type(e).__name__, e)
lst = [3, 1, 2]
lst.sort(key=None)
print(lst)
