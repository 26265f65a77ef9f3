# statistics: argument binding errors and keyword arguments of every function.
import statistics as st


def t(f, *args, **kw):
    try:
        r = f(*args, **kw)
        print(f.__name__, repr(r))
    except Exception as e:
        print(f.__name__, type(e).__name__, e)


funcs = [st.mean, st.fmean, st.median, st.median_low, st.median_high, st.median_grouped,
         st.mode, st.multimode, st.pstdev, st.pvariance, st.stdev, st.variance,
         st.geometric_mean, st.harmonic_mean]
for f in funcs:
    t(f)
    t(f, [1, 2, 4], [1, 1, 1], [2], [3])
    t(f, data=[1, 2, 4])
    t(f, [1, 2, 4], bogus=1)
    t(f, [1, 2, 4], data=[1])
    t(f, [2, 4, 5], None)
t(st.variance, [1, 2, 4], xbar=2)
t(st.pvariance, [1, 2, 4], mu=2)
t(st.stdev, data=[1, 2, 4], xbar=None)
t(st.pstdev, [1, 2, 4], mu=None)
t(st.median_grouped, data=[1, 2, 4], interval=3)
t(st.fmean, data=[1, 2, 4], weights=[1, 2, 3])
t(st.harmonic_mean, data=[1, 2, 4], weights=[1, 2, 3])
t(st.correlation)
t(st.linear_regression, [1, 2])
t(st.linear_regression, x=[1, 2], y=[3, 4])
