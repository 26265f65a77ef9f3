# statistics: quantiles with both methods, various n, types and errors.
import statistics as st


def t(f, *args, **kw):
    try:
        r = f(*args, **kw)
        print(f.__name__, repr(r))
    except Exception as e:
        print(f.__name__, type(e).__name__, e)


data = [
    [1, 2], [2, 1, 3], [1, 2, 3, 4], [1.5, 2, 3, 9, 11], list(range(1, 101)), [105, 129, 87, 86, 111,
    111, 89, 81, 108, 92, 110, 100, 75, 105, 103, 109, 76, 119, 99, 91, 103, 129, 106, 101, 84,
    111, 74, 87, 86, 103, 103, 106, 86, 111, 75, 87, 102, 121, 111, 88, 89, 101, 106, 95, 103,
    107, 101, 81, 109, 104], [0.1, 0.2, 0.7, 1.9], [-3, -1, 10**20], [True, False, True],
]
for d in data:
    print("--", d[:5], len(d))
    for n in (1, 2, 3, 4, 7, 10):
        t(st.quantiles, d, n=n)
        t(st.quantiles, d, n=n, method="inclusive")
    t(st.quantiles, iter(d))
t(st.quantiles, range(1, 11), n=100)
t(st.quantiles, [1, 2, 3], 4)
t(st.quantiles, [1, 2, 3], n=0)
t(st.quantiles, [1, 2, 3], n=-2)
t(st.quantiles, [1, 2, 3], n=4.0)
t(st.quantiles, [1, 2, 3], n="a")
t(st.quantiles, [1], n=4)
t(st.quantiles, [], n=4)
t(st.quantiles, [1, 2, 3], method="foo")
t(st.quantiles, [1, 2, 3], n=4.0, method="foo")
t(st.quantiles, [1, 2, 3], method=None)
t(st.quantiles, data=[2, 1], n=5)
t(st.quantiles, [1, 2], m=20)
t(st.quantiles)
t(st.quantiles, [1, "a"])
t(st.quantiles, 5)
