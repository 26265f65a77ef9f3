# Errors in default argument expressions happen at definition time, not call time.
try:
    def f(x=1 / 0):
        return x
except ZeroDivisionError as e:
    print('at def time:', type(e).__name__, e)
try:
    f()
except NameError as e:
    print('f was never defined:', e)
def make_default():
    raise RuntimeError('default factory failed')
try:
    def g(y=make_default()):
        return y
except RuntimeError as e:
    print(type(e).__name__, e)
try:
    h = lambda z=undefined_default: z
except NameError as e:
    print(type(e).__name__, e)
def ok(a=[]):
    return a
print(ok())
