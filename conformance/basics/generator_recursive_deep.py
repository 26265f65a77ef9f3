# Recursive generators with yield from, a few hundred levels deep, and tree traversals.
def countdown(n):
    if n > 0:
        yield n
        yield from countdown(n - 1)
vals = list(countdown(300))
print(len(vals), vals[:3], vals[-3:], sum(vals))
def tree(depth, label='r'):
    if depth == 0:
        return {'label': label, 'kids': []}
    return {'label': label, 'kids': [tree(depth - 1, label + str(i)) for i in range(2)]}
def preorder(node):
    yield node['label']
    for k in node['kids']:
        yield from preorder(k)
def postorder(node):
    for k in node['kids']:
        yield from postorder(k)
    yield node['label']
t = tree(4)
pre = list(preorder(t))
post = list(postorder(t))
print(len(pre), pre[:6], post[:6], pre[-1], post[-1])
def leaves(node, depth=0):
    if not node['kids']:
        yield depth, node['label']
    for k in node['kids']:
        yield from leaves(k, depth + 1)
print(list(leaves(tree(2))))
def send_through(n):
    total = 0
    if n == 0:
        while True:
            x = yield total
            if x is None:
                return total
            total += x
    return (yield from send_through(n - 1))
g = send_through(50)
next(g)
for v in [1, 2, 3]:
    g.send(v)
try:
    g.send(None)
except StopIteration as e:
    print('result through 50 levels:', e.value)
