# F4: set() and dict.fromkeys() drain map(str, ...) over natives: a garbage string per item,
# two distinct keys in the result.
print(len(set(map(str, map(bool, range(3 * 10**6))))))
print(list(dict.fromkeys(map(str, map(bool, range(3 * 10**6))))))
print(len(dict(zip(map(str, map(bool, range(2 * 10**6))), range(2 * 10**6)))))
