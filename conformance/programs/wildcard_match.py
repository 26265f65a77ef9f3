# Glob-style wildcard matching (* and ?) via recursion with memo and via DP, checked against each other
def match_rec(p, s):
    memo = {}
    def m(i, j):
        if (i, j) in memo:
            return memo[(i, j)]
        if i == len(p):
            r = j == len(s)
        elif p[i] == "*":
            r = m(i + 1, j) or (j < len(s) and m(i, j + 1))
        else:
            r = j < len(s) and (p[i] == "?" or p[i] == s[j]) and m(i + 1, j + 1)
        memo[(i, j)] = r
        return r
    return m(0, 0)

def match_dp(p, s):
    dp = [[False] * (len(s) + 1) for _ in range(len(p) + 1)]
    dp[0][0] = True
    for i in range(1, len(p) + 1):
        dp[i][0] = dp[i - 1][0] and p[i - 1] == "*"
        for j in range(1, len(s) + 1):
            if p[i - 1] == "*":
                dp[i][j] = dp[i - 1][j] or dp[i][j - 1]
            else:
                dp[i][j] = dp[i - 1][j - 1] and p[i - 1] in ("?", s[j - 1])
    return dp[-1][-1]

files = ["main.py", "main.c", "test_main.py", "README.md", "setup.cfg", "a.py", ".hidden", "data.tar.gz", "x"]
patterns = ["*.py", "main.?", "test_*", "*.*.*", "?", "*", "*a*", "??????.??", "README*", "*.c*"]
for p in patterns:
    hits = [f for f in files if match_rec(p, f)]
    assert hits == [f for f in files if match_dp(p, f)]
    print(f"{p:<10} {hits}")
print(match_rec("a*b*c", "aXXbYYc"), match_rec("a*b*c", "aXXbYY"), match_dp("***", ""), match_dp("", "a"))
