# round(int, -2**31) must not compute 10**(2**31)
print(round(123, -2**31))
