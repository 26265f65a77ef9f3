# A method taken from its class reprs as a method descriptor
print(list.append, str.upper, dict.keys, bytes.hex, set.add, BaseException.add_note, int.bit_length)
print(tuple.count, bytearray.extend, frozenset.union, float.is_integer, complex.conjugate)
m = str.join
print(m, m(',', 'ab'), [].append.__name__, str.upper.__name__)
