# String processing that calls a missing method and fails with AttributeError
words = ["alpha", "beta", "gamma"]
print([w.upper() for w in words])
print([w.capitalize() for w in words])
nums = [1, 2, 3]
print(nums.length())
