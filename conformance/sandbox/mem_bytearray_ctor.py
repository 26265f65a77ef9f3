# memory bomb: bytearray(10**11)
x = bytearray(10**11)
