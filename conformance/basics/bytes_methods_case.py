# bytes case and predicate methods only touch ASCII letters.
b = b'Hello World \xc3\xa9 123'
print(b.upper(), b.lower(), b.swapcase(), b.title(), b.capitalize())
print(b'abc'.isalpha(), b'abc1'.isalnum(), b'123'.isdigit(), b' \t'.isspace(), b''.isalpha())
print(b'ABC'.isupper(), b'abc'.islower(), b'Abc Def'.istitle(), b'\xe9'.isalpha(), b'\xe9'.islower())
print(b'hello'.center(11, b'*'), b'hi'.ljust(5, b'.'), b'hi'.rjust(5), b'-42'.zfill(6))
print(b'a\tb'.expandtabs(4), b'  x  '.strip(), b'xxyxx'.strip(b'x'), b'\x00a\x00'.strip(b'\x00'))
print(b'  pad'.lstrip(), b'pad  '.rstrip(), b'abcba'.lstrip(b'ab'), b'abcba'.rstrip(b'ab'))
print(b'Hello'.translate(None, b'l'), b'abc'.translate(bytes.maketrans(b'abc', b'xyz')))
try:
    b'x'.center(5, '*')
except TypeError as e:
    print(type(e).__name__, e)
