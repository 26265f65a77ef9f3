# statistics: variance, pvariance, stdev, pstdev (exact, correctly rounded, given means).
import statistics as st


def t(f, *args, **kw):
    try:
        r = f(*args, **kw)
        print(f.__name__, repr(r), type(r).__name__)
    except Exception as e:
        print(f.__name__, type(e).__name__, e)


inf = float("inf")
nan = float("nan")
data = [
    [1, 2, 3], [1, 2], [1, 2, 3, 4], [2, 4, 4, 4, 5, 5, 7, 9], [-5, -3, 2, 8], [7], [4.5],
    [True, False, True], [0.1, 0.2, 0.3], [0.1] * 10, [1, 2.5, 3], [2.75, 1.75, 1.25, 0.25, 0.5],
    [1e-300, 1e300, 2.5], [1e308, -1e308], [10**30, 10**30 + 1, 10**30 + 5],
    [10**400, 10**400 + 3, 7], [2**64, 2**65, -2**63], [3, 3, 3], [1.5, 1.5],
    [x * 0.37 for x in range(-20, 30)], list(range(1000)), [1e-320, 3e-320, 0.0],
    [inf, 1], [nan, 2.0], [inf, -inf], [],
]
for d in data:
    print("--", repr(d[:4])[:60], len(d))
    for f in (st.variance, st.pvariance, st.stdev, st.pstdev):
        t(f, d)
    t(st.variance, iter(d))
    t(st.pstdev, (x for x in d))
for d in ([1, 2, 3, 4], [1.5, 2.5, 3.5], [1, 2, 4]):
    t(st.variance, d, 2)
    t(st.variance, d, 2.5)
    t(st.variance, d, xbar=1)
    t(st.pvariance, d, mu=2)
    t(st.pvariance, d, 2.0)
    t(st.stdev, d, 2)
    t(st.stdev, d, None)
    t(st.pstdev, d, 2.5)
t(st.variance, [1, 2], "a")
t(st.variance, [1, 2], inf)
t(st.stdev, [1, 2], inf)
t(st.variance, [1, "a"])
t(st.pstdev, [1j])
t(st.stdev, 5)
t(st.variance, [10**200, 10**200 + 2])
t(st.stdev, [10**200, 10**200 + 2])
t(st.pvariance, [10**200 + 1, 10**200 + 2])
t(st.stdev, [1, 2, 3, 4, 5, 6, 7, 8, 9, 10])
