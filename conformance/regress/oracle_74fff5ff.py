# oracle find: cpython: OverflowError too many digits in integer || krait: MemoryError 
try:
    print((1) << ((0) % 64) + \
          int(6.02e23))
except Exception as e:
    print(type(e).__name__, e)
