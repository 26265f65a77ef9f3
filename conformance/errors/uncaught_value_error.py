# An uncaught ValueError ends the program: output so far, then the exception line.
print('starting')
values = [1, 2, 3]
print(sum(values))
int('not a number')
print('never printed')
