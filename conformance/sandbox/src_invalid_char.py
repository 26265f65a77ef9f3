# an invalid character
x = 1 € 2
