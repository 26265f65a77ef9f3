# Calendar month tables computed by hand with Zeller's congruence and leap years
MONTHS = ["January", "February", "March", "April", "May", "June", "July",
          "August", "September", "October", "November", "December"]

def is_leap(y):
    return y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)

def days_in(y, m):
    return [31, 29 if is_leap(y) else 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1]

def weekday(y, m, d):
    # 0 = Monday
    if m < 3:
        m += 12
        y -= 1
    k, j = y % 100, y // 100
    h = (d + 13 * (m + 1) // 5 + k + k // 4 + j // 4 + 5 * j) % 7
    return (h + 5) % 7

def month_table(y, m):
    lines = [f"{MONTHS[m - 1]} {y}".center(20), "Mo Tu We Th Fr Sa Su"]
    start = weekday(y, m, 1)
    cells = ["  "] * start + [f"{d:2d}" for d in range(1, days_in(y, m) + 1)]
    for i in range(0, len(cells), 7):
        lines.append(" ".join(cells[i:i + 7]))
    return lines

for m in (1, 2, 9):
    print("\n".join(month_table(2024, m)))
    print()
print([y for y in range(1896, 1920) if is_leap(y)])
print(is_leap(1900), is_leap(2000), is_leap(2100))
names = "Mon Tue Wed Thu Fri Sat Sun".split()
for date in [(1969, 7, 20), (2000, 1, 1), (1815, 6, 18), (2038, 1, 19)]:
    print("%04d-%02d-%02d" % date, names[weekday(*date)])
fridays = [(y, m) for y in range(2023, 2026) for m in range(1, 13) if weekday(y, m, 13) == 4]
print("Friday 13ths:", fridays)
def day_of_year(y, m, d):
    return sum(days_in(y, k) for k in range(1, m)) + d
print(day_of_year(2024, 12, 31), day_of_year(2023, 3, 1))
