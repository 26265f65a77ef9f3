# Run-length encoding and decoding of strings, with edge cases
def encode(s):
    if not s:
        return ""
    out = []
    prev, count = s[0], 1
    for ch in s[1:]:
        if ch == prev:
            count += 1
        else:
            out.append(f"{count}{prev}")
            prev, count = ch, 1
    out.append(f"{count}{prev}")
    return "".join(out)

def decode(s):
    result = []
    num = ""
    for ch in s:
        if ch.isdigit():
            num += ch
        else:
            result.append(ch * int(num or "1"))
            num = ""
    return "".join(result)

tests = ["WWWWWWWWWWWWBWWWWWWWWWWWWBBBWWWWWWWWWWWWWWWWWWWWWWWWBWWWWWWWWWWWWWW",
         "", "a", "abc", "aabbbcccc", "  hello  ", "zzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz"]
for t in tests:
    e = encode(t)
    d = decode(e)
    print(repr(t[:20]), "->", repr(e), "ok" if d == t else "MISMATCH")

def groups(s):
    i = 0
    while i < len(s):
        j = i
        while j < len(s) and s[j] == s[i]:
            j += 1
        yield s[i], j - i
        i = j

print(list(groups("mississippi")))
print(max(groups("aaabccccccddd"), key=lambda g: g[1]))
ratio = len(encode(tests[0])) / len(tests[0])
print("compression ratio: %.2f%%" % (ratio * 100))
