# Check-digit algorithms: Luhn credit card check, ISBN-10/13 validation, IBAN-style mod 97
def luhn_ok(number):
    digits = [int(c) for c in number if c.isdigit()]
    total = 0
    for i, d in enumerate(reversed(digits)):
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0

def luhn_digit(partial):
    for d in range(10):
        if luhn_ok(partial + str(d)):
            return d

for card in ["4539 1488 0343 6467", "8273 1232 7352 0569", "4111111111111111", "1234567812345670", "79927398713"]:
    print(f"{card:>22}  {'valid' if luhn_ok(card) else 'INVALID'}")
print("check digit for 7992739871:", luhn_digit("7992739871"))

def isbn10_ok(s):
    s = s.replace("-", "")
    if len(s) != 10:
        return False
    total = 0
    for i, ch in enumerate(s):
        if ch == "X" and i == 9:
            v = 10
        elif ch.isdigit():
            v = int(ch)
        else:
            return False
        total += (10 - i) * v
    return total % 11 == 0

def isbn13_ok(s):
    d = [int(c) for c in s if c.isdigit()]
    return len(d) == 13 and sum(x * (3 if i % 2 else 1) for i, x in enumerate(d)) % 10 == 0

for s in ["3-598-21508-8", "3-598-21508-9", "3-598-21507-X", "359821507X", "3-598-2K507-0", "978-0-306-40615-7", "9780306406158"]:
    print(f"{s:<20} isbn10={isbn10_ok(s)!s:<5} isbn13={isbn13_ok(s)}")

def iban_ok(iban):
    s = iban.replace(" ", "").upper()
    s = s[4:] + s[:4]
    num = "".join(str(int(c, 36)) for c in s)
    return int(num) % 97 == 1
for iban in ["GB82 WEST 1234 5698 7654 32", "GB82 TEST 1234 5698 7654 32", "DE89 3704 0044 0532 0130 00"]:
    print(iban, iban_ok(iban))
