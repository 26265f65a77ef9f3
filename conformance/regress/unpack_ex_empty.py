# fuzz find (F2): starred unpacking of an empty sequence formed NULL + 0 in UNPACK_EX (UBSan);
# also an empty-list slice in list_slice. Fixed in vm.c / obj_list.c.
*a, = ()
print(a)
*a, = []
print(a)
a, *b = [1]
print(a, b)
*a, b = (1,)
print(a, b)
x = []
print(x[0:0], x[1:], x[:5], x[::-1], x[2:1])
print([][::2], ()[1:], ''[3:])
