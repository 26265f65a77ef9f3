# Non-ASCII characters in an uncaught exception message are written as UTF-8.
print('naïve café')
raise KeyError('clé manquante 日本')
