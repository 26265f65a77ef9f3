# Program: run-length encoding/decoding of strings and lists, with round-trip checks.
def rle(s):
    if not s:
        return []
    out = []
    cur, n = s[0], 1
    for ch in s[1:]:
        if ch == cur:
            n += 1
        else:
            out.append((cur, n))
            cur, n = ch, 1
    out.append((cur, n))
    return out
def rle_str(s):
    return ''.join(f'{n}{c}' if n > 1 else c for c, n in rle(s))
def unrle_str(s):
    out, num = [], ''
    for ch in s:
        if ch.isdigit():
            num += ch
        else:
            out.append(ch * int(num or '1'))
            num = ''
    return ''.join(out)
for s in ['aaabccdddd', 'abc', '', 'zzzzzzzzzzzz', 'aabbaa', 'WWWWWWWWWWWWBWWWWWWWWWWWWBBB']:
    e = rle_str(s)
    print(repr(s), rle(s)[:4], repr(e), unrle_str(e) == s)
print(rle([1, 1, 2, 3, 3, 3]), rle((None, None)))
def look_and_say(s):
    return ''.join(f'{n}{c}' for c, n in rle(s))
seq = ['1']
for _ in range(9):
    seq.append(look_and_say(seq[-1]))
print(seq)
print([len(x) for x in seq])
