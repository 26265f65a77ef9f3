# "can only concatenate X (not "Y") to X" for str, list, tuple; bytes concat messages.
for a, b in [('s', 1), ('s', None), ('s', [1]), ([1], 's'), ([1], (2,)), ((1,), [2]), ((1,), 'x'),
             (b'b', 's'), (b'b', 1), ('s', b'b'), ([1], {1: 2}), ('s', 1.5)]:
    try:
        a + b
    except TypeError as e:
        print(type(e).__name__, e)
