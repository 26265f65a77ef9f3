# string module constants and Template substitution, plus a simple password checker
import string

print(string.ascii_lowercase)
print(string.ascii_uppercase)
print(string.digits, string.hexdigits, string.octdigits)
print(repr(string.punctuation))
print(repr(string.whitespace))
print(len(string.printable))
def strength(pw):
    classes = [string.ascii_lowercase, string.ascii_uppercase, string.digits, string.punctuation]
    score = sum(any(c in cls for c in pw) for cls in classes)
    if len(pw) >= 12:
        score += 1
    return ["very weak", "weak", "fair", "good", "strong", "excellent"][score]
for pw in ["abc", "abcDEF", "abc123XYZ", "P@ssw0rd", "Correct-Horse-Battery-9"]:
    print(f"{pw:<25} {strength(pw)}")
t = string.Template("$who likes $what; ${who}'s total is $$${amount}")
print(t.substitute(who="tim", what="kung pao", amount=12))
print(t.safe_substitute(who="ann"))
try:
    t.substitute(who="x")
except KeyError as e:
    print("missing", e)
print(string.capwords("hello   wide  world"))
table = {c: i for i, c in enumerate(string.ascii_lowercase, 1)}
print(sum(table[c] for c in "python"))
