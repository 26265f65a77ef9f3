# invalid UTF-8 in an identifier
abþ = 1
