# oracle find: `for x in {constants}` iterates CPython's frozenset constant (ast_opt fold_iter), not a built set
for x in {193, 205, 2085, 1000023348, 0}:
    print(x)
print([x for x in {193, 205, 2085, 1000023348, 0}])
print({193, 205, 2085, 1000023348, 0})
print(list({193, 205, 2085, 1000023348, 0}))
print(sum(1 for x in {1, 9, 17, 25, 33, 41} if x in {9, 41}))
