# invalid UTF-8 in a comment
# Ã(
print(1)
