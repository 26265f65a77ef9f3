# memory bomb: splitting 10**7 separators into 10**7 strings
s = 'x' * 10**7
y = s.split('x')
