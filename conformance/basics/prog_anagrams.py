# Program: group anagrams, palindromes, character histograms with sorted output.
words = ['listen', 'silent', 'enlist', 'google', 'gooegl', 'cat', 'act', 'tac', 'dog', 'god',
         'level', 'noon', 'python', 'typhon', 'a']
groups = {}
for w in words:
    groups.setdefault(''.join(sorted(w)), []).append(w)
for key in sorted(groups):
    if len(groups[key]) > 1:
        print(key, groups[key])
print([w for w in words if w == w[::-1]])
def is_anagram(a, b):
    counts = {}
    for ch in a:
        counts[ch] = counts.get(ch, 0) + 1
    for ch in b:
        counts[ch] = counts.get(ch, 0) - 1
    return all(v == 0 for v in counts.values())
print(is_anagram('Dormitory'.lower(), 'dirtyroom'), is_anagram('abc', 'abd'), is_anagram('', ''))
def longest_palindrome(s):
    best = ''
    for center in range(2 * len(s) - 1):
        lo, hi = center // 2, (center + 1) // 2
        while lo >= 0 and hi < len(s) and s[lo] == s[hi]:
            lo -= 1
            hi += 1
        if hi - lo - 1 > len(best):
            best = s[lo + 1:hi]
    return best
print([longest_palindrome(s) for s in ['babad', 'cbbd', 'forgeeksskeegfor', 'a', '']])
