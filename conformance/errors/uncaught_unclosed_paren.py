# SyntaxError for an unclosed bracket names the bracket.
values = [1, 2, 3
print(values)
