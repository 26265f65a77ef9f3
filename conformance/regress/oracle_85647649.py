# oracle find: cpython: !! OverflowError: too many digits in integer || krait: !! MemoryError
print((1) << ((0) % 64) + \
      int(6.02e23))
