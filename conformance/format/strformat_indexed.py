# Field indexing in str.format: {0[1]} on lists/tuples, {0[key]} on dicts, nested indexing.
data = [10, 20, 30]
d = {'a': 1, 'key': 'val', '1': 'string key', 1: 'int key'}
nested = {'items': [{'name': 'first'}, {'name': 'second'}]}
print('{0[0]} {0[2]} {0[1]}'.format(data), '{[1]}'.format(data))
print('{0[a]} {0[key]}'.format(d), '{d[a]}'.format(d=d))
print('{0[1]}'.format(d), '{0[items]}'.format(nested))
print('{0[items][1][name]}'.format(nested), '{n[items][0][name]:>10}|'.format(n=nested))
print('{0[0]}{0[1]}'.format('xy'), '{0[0][0]}'.format([['deep']]), '{t[1]}'.format(t=(7, 8)))
for fmt, arg in [('{0[5]}', data), ('{0[b]}', d), ('{0[x]}', data), ('{0[-1]}', data),
                 ('{0[0]}', 5), ('{0[]}', data), ('{0[1}', data)]:
    try:
        print(fmt.format(arg))
    except (IndexError, KeyError, TypeError, ValueError) as e:
        print(fmt, type(e).__name__, e)
