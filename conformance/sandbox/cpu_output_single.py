# one print beyond the output limit
print('a' * 2000000)
