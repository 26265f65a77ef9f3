# Uncaught exception with several args: the message is the str() of the args tuple.
print('raising with two args')
raise ValueError('code', 42)
