# Difference: annotations are not evaluated.
"""what: function and variable annotations are never evaluated (as under
`from __future__ import annotations`), so an annotation naming something undefined is not an
error and `__annotations__` does not exist.
why: krait does not store annotations yet; skipping them also lets `list[int]` and `int | None`
hints work before generic aliases and union types exist.
workaround: none needed for correct programs; do not rely on annotation side effects."""
def f(x: undefined_name) -> also_undefined:
    return x * 2
y: not_defined_either = 5
print(f(21), y)
