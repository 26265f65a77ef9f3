# statistics: median, median_low, median_high, median_grouped, mode, multimode.
import statistics as st


def t(f, *args, **kw):
    try:
        r = f(*args, **kw)
        print(f.__name__, repr(r), type(r).__name__)
    except Exception as e:
        print(f.__name__, type(e).__name__, e)


data = [
    [1, 3, 5], [1, 3, 5, 7], [5, 1], [4], [2.5], [1, 2.5, 3, 10], [True, False],
    [10**30, 10**30 + 1], [-3, -1, -2, -4], [0.1, 0.2, 0.3, 0.4], [1, 1, 2, 2, 2, 3],
    [52, 52, 53, 54], list(range(100)), [3, 3.0, 3], ["b", "a", "c", "d"],
]
for d in data:
    print("--", d[:6])
    for f in (st.median, st.median_low, st.median_high, st.median_grouped):
        t(f, d)
        t(f, iter(d))
    t(st.median_grouped, d, 2)
    t(st.median_grouped, d, interval=0.5)
    t(st.mode, d)
    t(st.multimode, d)
for f in (st.median, st.median_low, st.median_high, st.median_grouped, st.mode):
    t(f, [])
    t(f, 5)
    t(f, [1, "a"])
t(st.median, ["a", "b"])
t(st.median, [[1], [2]])
t(st.median_grouped, [1, 2], "3")
t(st.median_grouped, [1, 2], "x")
t(st.median_grouped, [1, 2], None)
t(st.median_grouped, [1, 3, 3, 5, 7], 2)
t(st.median_grouped, [25, 35, 35, 45, 45, 45, 55], interval=10)
t(st.mode, [1, 1, 2, 2])
t(st.mode, ["red", "blue", "blue", "red", "green"])
t(st.mode, "aabbbbccddddeeffffgg")
t(st.mode, (x % 3 for x in range(10)))
t(st.mode, [[1]])
t(st.mode, [1.0, 1, True, 2])
t(st.multimode, "aabbbbccddddeeffffgg")
t(st.multimode, "")
t(st.multimode, [])
t(st.multimode, [None, None, (1, 2), (1, 2)])
t(st.multimode, [[1]])
t(st.multimode, 5)
