# recursion through a lambda
f = lambda: f()
f()
