# invalid UTF-8 (0xff) in a string
x = 'ÿ'
