# an overlong UTF-8 encoding
x = 'À¯'
