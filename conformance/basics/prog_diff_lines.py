# Program: line diff via LCS table, printing unified-style +/- output.
def diff(a, b):
    n, m = len(a), len(b)
    L = [[0] * (m + 1) for _ in range(n + 1)]
    for i in range(n - 1, -1, -1):
        for j in range(m - 1, -1, -1):
            L[i][j] = L[i + 1][j + 1] + 1 if a[i] == b[j] else max(L[i + 1][j], L[i][j + 1])
    i = j = 0
    out = []
    while i < n and j < m:
        if a[i] == b[j]:
            out.append('  ' + a[i])
            i += 1
            j += 1
        elif L[i + 1][j] >= L[i][j + 1]:
            out.append('- ' + a[i])
            i += 1
        else:
            out.append('+ ' + b[j])
            j += 1
    out.extend('- ' + x for x in a[i:])
    out.extend('+ ' + x for x in b[j:])
    return out
old = 'apple\nbanana\ncherry\ndate\nelderberry'.splitlines()
new = 'apple\nblueberry\ncherry\ndate\nfig\nelderberry\ngrape'.splitlines()
print('\n'.join(diff(old, new)))
print(diff([], ['x']), diff(['x'], []), diff(['same'], ['same']))
changes = [l for l in diff(old, new) if l[0] in '+-']
print(len(changes), sum(1 for l in changes if l[0] == '+'))
