# Uncaught AttributeError for a misspelt method: CPython's traceback adds "Did you mean".
text = 'hello'
print(text.upper())
print(text.uper())
