# while loops: else clause runs only without break; conditions re-evaluated each pass.
n = 0
while n < 3:
    print('n =', n)
    n += 1
else:
    print('else after normal exit, n =', n)
n = 0
while n < 10:
    if n == 4:
        print('breaking at', n)
        break
    n += 1
else:
    print('not printed')
while False:
    print('never')
else:
    print('else on zero iterations')
items = [1, 2, 3]
while items:
    print('pop', items.pop())
print(items)
i = 0
while True:
    i += 1
    if i % 2:
        continue
    if i > 8:
        break
    print('even', i)
def search(seq, target):
    i = 0
    while i < len(seq):
        if seq[i] == target:
            break
        i += 1
    else:
        return -1
    return i
print(search('hello', 'l'), search('hello', 'z'))
count = 0
outer = 0
while outer < 3:
    inner = 0
    while inner < 3:
        if inner == outer:
            inner += 1
            continue
        count += 1
        inner += 1
    else:
        count += 100
    outer += 1
print(count)
x = 10
while (x := x - 3) > 0:
    print('walrus loop', x)
def f():
    k = 0
    while True:
        k += 1
        if k == 5:
            return k
print(f())
