# F4: list(map(str, ...)): the strings are live, nothing else is.
l = list(map(str, range(5 * 10**5)))
print(len(l), l[-1])
