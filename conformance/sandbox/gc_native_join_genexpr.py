# F4: str.join over a generator: the strings are live (join builds the list first, as CPython
# does), the generator's temporaries are not. 4*10**5 strings fit in 64 MB (10**6 would not:
# 64 bytes each).
s = ''.join(str(i) for i in range(4 * 10**5))
print(len(s), s[-12:])
