# oracle find: cpython: OverflowError(_) || krait: MemoryError()
try:
    print((1) << ((0) % 64) + \
          int(6.02e23))
except Exception as e:
    print(repr(e))
