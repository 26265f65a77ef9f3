# round(int, -10**20) must not compute 10**(10**20)
print(round(12345, -10**20))
