# Difference: an abandoned suspended generator is not closed when it becomes unreachable.
"""what: CPython closes a suspended generator as soon as its last reference goes away
(reference counting), running its `finally` blocks at that moment; krait's tracing collector
never runs code when it frees a generator, so those `finally` blocks do not run. (Generators
created by a `for` statement are closed when the loop drops them, as in CPython: see
generator_cleanup_program.py.)
why: krait has no reference counts; running Python code from the collector would break the
guarantee that collection happens only at safepoints with no user code.
workaround: close generators explicitly (`gen.close()`) or exhaust them."""
def numbers():
    try:
        yield 1
        yield 2
    finally:
        print("cleanup")
it = numbers()
print(next(it))
del it
print("after del")
it = numbers()
print(next(it))
it.close()
print("after close")
