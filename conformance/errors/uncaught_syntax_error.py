# A syntax error anywhere in the file: nothing runs, the final line is the SyntaxError.
print('this never prints because the file does not compile')
def broken(:
    pass
