# an unterminated string
x = 'abc
