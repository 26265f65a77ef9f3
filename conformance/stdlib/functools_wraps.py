# functools.wraps / update_wrapper: copied name, doc, __wrapped__, __dict__; decorator patterns
from functools import wraps, update_wrapper, partial, WRAPPER_ASSIGNMENTS, WRAPPER_UPDATES

print(WRAPPER_ASSIGNMENTS, WRAPPER_UPDATES)

def logged(fn):
    @wraps(fn)
    def inner(*args, **kwargs):
        """inner doc"""
        print("call", fn.__name__, args, sorted(kwargs.items()))
        return fn(*args, **kwargs)
    return inner

@logged
def add(a, b=2):
    """Add two numbers."""
    return a + b

print(add(1), add(1, b=5), add.__name__, add.__qualname__, add.__doc__)
print(add.__wrapped__(10), add.__wrapped__.__name__)

def tagged(fn):
    fn.tag = "important"
    return fn

@logged
@tagged
def mul(a, b):
    return a * b

print(mul(3, 4), mul.tag, mul.__doc__, mul.__name__)

def plain():
    "plain doc"

def target():
    pass

res = update_wrapper(target, plain)
print(res is target, target.__name__, target.__doc__, target.__wrapped__ is plain)
def t2():
    pass
update_wrapper(t2, plain, assigned=("__doc__",), updated=())
print(t2.__name__, t2.__doc__)
def t3():
    pass
update_wrapper(t3, mul)
print(t3.__name__, t3.tag, t3.__wrapped__ is mul)
def t4():
    pass
update_wrapper(t4, len)
print(t4.__name__, t4.__wrapped__ is len)
w = wraps(plain)
print(type(w).__name__ == type(partial(len)).__name__, w.keywords["wrapped"] is plain, w.args)
def t5():
    pass
print(w(t5) is t5, t5.__name__)
pw = partial(pow, 2)
update_wrapper(pw, add)
print(pw.__name__, pw.__doc__, pw.__wrapped__ is add, pw(5))

def repeat(n):
    def deco(fn):
        @wraps(fn)
        def inner(*a):
            return [fn(*a) for _ in range(n)]
        return inner
    return deco

@repeat(3)
def hi(name):
    "Greets."
    return "hi " + name

print(hi("bo"), hi.__name__, hi.__doc__)
try:
    update_wrapper(t5)
except TypeError as e:
    print(type(e).__name__)
