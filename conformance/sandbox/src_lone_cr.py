# lone CR line endings
x = 1print(x)