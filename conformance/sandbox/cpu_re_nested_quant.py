# CPU bomb: nested quantifiers with alternation, searched at every position of a long subject
import re
s = "x" * 5000
while True:
    re.search(r"((x|xx)+y|(x+x+)+z)+$", s)
