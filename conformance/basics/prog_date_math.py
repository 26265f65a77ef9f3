# Program: calendar arithmetic by hand: leap years, day of week, days between dates.
def is_leap(y):
    return y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)
DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
def days_in_month(y, m):
    return 29 if m == 2 and is_leap(y) else DAYS[m - 1]
def ordinal(y, m, d):
    y1 = y - 1
    n = y1 * 365 + y1 // 4 - y1 // 100 + y1 // 400
    n += sum(days_in_month(y, k) for k in range(1, m))
    return n + d
def weekday(y, m, d):
    return ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'][(ordinal(y, m, d) - 1) % 7]
print([y for y in range(1896, 1910) if is_leap(y)], is_leap(2000), is_leap(1900), is_leap(2024))
for date in [(1970, 1, 1), (2000, 2, 29), (2024, 7, 4), (1999, 12, 31), (1, 1, 1)]:
    print(date, weekday(*date), ordinal(*date))
print(ordinal(2024, 12, 25) - ordinal(2024, 1, 1), ordinal(2001, 1, 1) - ordinal(1901, 1, 1))
def add_days(y, m, d, n):
    d += n
    while d > days_in_month(y, m):
        d -= days_in_month(y, m)
        m += 1
        if m == 13:
            y, m = y + 1, 1
    return y, m, d
print(add_days(2024, 2, 20, 10), add_days(2023, 12, 31, 1), add_days(2023, 1, 1, 365))
print(f'{2024:04d}-{3:02d}-{9:02d}', '-'.join(f'{p:02d}' for p in add_days(2020, 2, 28, 2)))
