# Program that signals failure by raising SystemExit with a status code after output
def check(values):
    bad = [v for v in values if v < 0]
    for v in values:
        print("checked", v)
    return bad

bad = check([3, 1, -4, 1, -5])
if bad:
    print("negative values found:", bad)
    raise SystemExit("aborting: negative values")
print("all good")
