# a UTF-8-encoded surrogate
x = 'í €'
