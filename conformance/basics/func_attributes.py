# Function attributes: __name__, __qualname__, __doc__, __defaults__, custom attributes.
def documented(a, b=2):
    """Adds things.

    More text."""
    return a + b
print(documented.__name__)
print(documented.__doc__)
print(documented.__defaults__)
def undocumented():
    x = 'not a docstring'
print(undocumented.__doc__)
documented.tag = 'custom'
print(documented.tag)
documented.counter = 0
documented.counter += 5
print(documented.counter)
print(getattr(documented, 'missing', 'default'))
try:
    documented.missing
except AttributeError as e:
    print(type(e).__name__, e)
f = lambda: 0
print(f.__name__, f.__qualname__)
def outer():
    def inner():
        pass
    return inner
print(outer().__qualname__)
g = documented
print(g.__name__, g is documented)
print(callable(documented), callable(documented.tag))
print(type(documented).__name__, type(f).__name__)
