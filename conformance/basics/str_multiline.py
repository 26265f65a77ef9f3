# Triple-quoted strings, implicit concatenation across lines, line continuation.
s = """line one
line two
    indented line"""
print(s)
print(len(s.splitlines()), repr(s[:8]))
t = '''has 'single' and "double" quotes'''
print(t)
u = ('implicitly '
     'concatenated '
     "strings")
print(u)
v = 'first part ' \
    'second part'
print(v)
w = """\
no leading newline
trailing backslash joins \
lines"""
print(w)
empty = """"""
print(repr(empty), repr(''''''))
q = """ends with quote\""""
print(q)
print('''a''' '''b''' 'c')
doc = """
    Indented block
      more indented
"""
print(repr(doc))
print([line.strip() for line in doc.strip().splitlines()])
