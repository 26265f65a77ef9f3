# Program: linked list and binary search tree built from tuples/dicts (no classes).
def cons(head, tail=None):
    return (head, tail)
def to_list(node):
    out = []
    while node is not None:
        out.append(node[0])
        node = node[1]
    return out
def reverse(node):
    prev = None
    while node is not None:
        prev = cons(node[0], prev)
        node = node[1]
    return prev
lst = None
for x in range(5):
    lst = cons(x, lst)
print(to_list(lst), to_list(reverse(lst)))
def insert(tree, key):
    if tree is None:
        return {'key': key, 'left': None, 'right': None}
    side = 'left' if key < tree['key'] else 'right'
    tree[side] = insert(tree[side], key)
    return tree
def inorder(tree):
    if tree is None:
        return []
    return inorder(tree['left']) + [tree['key']] + inorder(tree['right'])
def height(tree):
    return 0 if tree is None else 1 + max(height(tree['left']), height(tree['right']))
def contains(tree, key):
    while tree is not None:
        if key == tree['key']:
            return True
        tree = tree['left'] if key < tree['key'] else tree['right']
    return False
root = None
for k in [50, 30, 70, 20, 40, 60, 80, 35, 45, 65]:
    root = insert(root, k)
print(inorder(root), height(root), contains(root, 45), contains(root, 55))
words = None
for w in 'the quick brown fox jumps over the lazy dog'.split():
    words = insert(words, w)
print(inorder(words), height(words))
