# Uncaught AssertionError with a message built by an f-string.
def check(balance):
    assert balance >= 0, f'balance went negative: {balance}'
    return balance
print(check(10))
print(check(-5))
