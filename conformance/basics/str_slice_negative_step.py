# Slicing with negative steps: defaults for start/stop, reversed ranges, boundaries.
s = '0123456789'
print(s[::-1], s[::-2], s[::-3], s[-2::-2])
print(s[8:2:-1], s[8:2:-2], s[2:8:-1], repr(s[2:8:-1]))
print(s[-1:-4:-1], s[-4:-1:-1], s[5::-1], s[:5:-1], s[5:-100:-1], s[100:5:-1])
print(s[:-11:-1], s[:-10:-1], s[9:-11:-1], s[0:0:-1], s[0::-1], s[-1::-1])
print(s[100::-1], s[-100::-1], s[:100:-1], s[-100:-200:-1])
for step in [-1, -2, -4, -9, -10, -100]:
    print(step, s[::step], s[7:1:step])
print('racecar'[::-1] == 'racecar', 'hello'[::-1])
print('héllo wörld'[::-1], '🙂ab'[::-1])
print(s[slice(None, None, -1)], s[slice(6, None, -2)])
