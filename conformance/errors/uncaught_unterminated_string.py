# Unterminated string literal: SyntaxError with the detected line number.
print('fine')
message = 'this string never ends
print(message)
