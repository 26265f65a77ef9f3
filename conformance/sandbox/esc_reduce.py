# object.__reduce_ex__ does not reach copyreg or other modules
try:
    r = (1).__reduce_ex__(2)
    print(type(r).__name__)
except (AttributeError, TypeError):
    print('tuple')
