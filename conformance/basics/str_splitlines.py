# str.splitlines: all line boundaries, keepends, trailing newline handling.
print('a\nb\r\nc\rd'.splitlines())
print('a\nb\r\nc\rd\n'.splitlines(), 'a\nb\n'.splitlines(True))
print(''.splitlines(), '\n'.splitlines(), '\n\n'.splitlines(), 'x'.splitlines())
print('a\x0bb\x0cc\x1cd\x1de\x1ef\x85g\u2028h\u2029i'.splitlines())
print('one\r\ntwo\rthree\n'.splitlines(keepends=True))
print('\r\n\r\n'.splitlines(), '\r\r\n'.splitlines(True))
print('trailing\n\n'.splitlines(), 'x\n'.split('\n'))
text = '''first line
second line

fourth line'''
for i, line in enumerate(text.splitlines(), 1):
    print(i, repr(line))
print(len(('a\n' * 5).splitlines()))
