# Uncaught OverflowError from a float power that is too large.
growth = 1.5
for years in (10, 100, 1000, 10000):
    print(years, growth ** years)
