# Uncaught KeyError: the final line shows the repr of the missing key.
config = {'host': 'localhost'}
print('host is', config['host'])
print('port is', config['port'])
