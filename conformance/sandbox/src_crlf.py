# CRLF line endings
x = 1
if x:
    print(x)
