# pass and other minimal bodies: ellipsis, docstrings, empty functions return None.
def nothing():
    pass
print(nothing())
def only_doc():
    "docstring only"
print(only_doc(), only_doc.__doc__)
def dots():
    ...
print(dots())
for i in range(3):
    pass
print(i)
while False:
    pass
if True:
    pass
else:
    pass
try:
    pass
except Exception:
    pass
else:
    print('else ran')
finally:
    print('finally ran')
x = ...
print(x, x is Ellipsis, type(x).__name__)
def f():
    pass; pass
    return 1
print(f())
lam = lambda: None
print(lam())
