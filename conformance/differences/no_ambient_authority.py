# Difference: the sandbox has no open/eval/exec/compile/input/__import__/breakpoint.
"""what: builtins that reach outside the program or compile code at run time do not exist:
using one raises NameError.
why: contract 1 of DESIGN.md (no ambient authority): only what the host hands in is reachable.
workaround: the host provides the functions a script may call."""
try:
    open("/etc/passwd")
except NameError as e:
    print(type(e).__name__, e)
try:
    eval("1 + 1")
except NameError as e:
    print(type(e).__name__, e)
try:
    exec("x = 1")
except NameError as e:
    print(type(e).__name__, e)
try:
    __import__("os")
except NameError as e:
    print(type(e).__name__, e)
