# CPU bomb: catastrophic backtracking (a*)*b on 'a' * 40 stops at the time limit
import re
print(re.match(r"(a*)*b", "a" * 40))
