# statistics: mean, fmean, geometric_mean, harmonic_mean (exact sums, result types, errors).
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
    [1, 2, 3], [1, 2], [1, 2, 3, 4], [-5, -3, 2, 8], [7], [True, False, True],
    [0.1, 0.2, 0.3], [0.1] * 10, [1 / 3, 2 / 3, 1.0], [1, 2.5, 3], [2.5, 3.25, 5.75],
    [1e-300, 1e300, 2.5], [1e308, 1e308], [-0.0], [1e-320, 3e-320],
    [10**30, 10**30 + 1], [10**400, 10**400 + 3, 7], [2**64, 2**65, -2**63],
    [x * 0.37 for x in range(-20, 30)], list(range(1000)),
    [inf, 1], [nan, 2.0], [inf, -inf], [-inf, -inf],
]
for d in data:
    print("--", repr(d[:4])[:60], len(d))
    for f in (st.mean, st.fmean, st.geometric_mean, st.harmonic_mean):
        t(f, d)
t(st.mean, (x * x for x in range(10)))
t(st.mean, iter([1.5, 2]))
t(st.mean, range(1, 8))
t(st.mean, {3: "a", 4: "b"})
t(st.mean, [10**400, 10**400 + 1])
for f in (st.mean, st.fmean, st.geometric_mean, st.harmonic_mean):
    t(f, [])
    t(f, iter([]))
    t(f, ["a", "b"])
    t(f, [1, None])
    t(f, [1j, 2])
    t(f, 5)
t(st.fmean, [1, 2, 3], weights=[0.25, 0.25, 0.5])
t(st.fmean, [1, 2, 3], [1, 2])
t(st.fmean, iter([1, 2, 3]), iter([3, 2, 1]))
t(st.fmean, iter([1, 2, 3]), [1, 2])
t(st.fmean, [1, 2, 3], [0, 0, 0])
t(st.fmean, [10**400])
t(st.geometric_mean, [54, 24, 36])
t(st.geometric_mean, [1, 0])
t(st.geometric_mean, [2, -8])
t(st.geometric_mean, [10**400, 10**300])
t(st.harmonic_mean, [40, 60], weights=[5, 30])
t(st.harmonic_mean, [40, 60], weights=[5])
t(st.harmonic_mean, [40, 60], weights=[5, -1])
t(st.harmonic_mean, [40, 60], weights=[0, 0])
t(st.harmonic_mean, [40, 60], weights=[0.5, 1])
t(st.harmonic_mean, [40, 0, -1])
t(st.harmonic_mean, [40, 1, -1])
t(st.harmonic_mean, [1, 2, 4])
t(st.harmonic_mean, iter([3]))
t(st.harmonic_mean, [-3])
t(st.harmonic_mean, [3], weights=[2])
t(st.harmonic_mean, ["a"])
