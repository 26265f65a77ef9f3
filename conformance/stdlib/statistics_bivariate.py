# statistics: covariance, correlation, linear_regression, LinearRegression, StatisticsError.
import statistics as st


def t(f, *args, **kw):
    try:
        r = f(*args, **kw)
        print(f.__name__, repr(r), type(r).__name__)
    except Exception as e:
        print(f.__name__, type(e).__name__, e)


x = [1, 2, 3, 4, 5, 6, 7, 8, 9]
y = [1, 2, 3, 1, 2, 3, 1, 2, 3]
z = [9, 8, 7, 6, 5, 4, 3, 2, 1]
for a, b in ((x, y), (x, z), (y, x), ([1.5, 2.5, 4.0], [0.5, -1, 3]), (range(5), [2, 4, 6, 8, 10])):
    t(st.covariance, a, b)
    t(st.correlation, a, b)
    t(st.linear_regression, a, b)
    t(st.linear_regression, a, b, proportional=True)
t(st.covariance, x, y[:3])
t(st.correlation, [1], [2])
t(st.linear_regression, x, y[:2])
t(st.correlation, x, [1] * 9)
t(st.linear_regression, [1] * 9, x)
t(st.covariance, x=x, y=y)
t(st.covariance, x)
t(st.covariance, x, y, 1)
t(st.linear_regression, x, y, True)
t(st.linear_regression, x, y, slope=1)
t(st.covariance, iter(x), y)
t(st.covariance, ["a", "b"], ["c", "d"])
r = st.linear_regression([1, 2, 3, 4], [2, 4.5, 6, 8.5])
print(r, r.slope, r.intercept, r[0], r[-1], r[:1], len(r), list(r))
print(r == (r[0], r[1]), r != r, r == st.LinearRegression(r[0], r[1]))
s, i = r
print(s, i, r._asdict(), r.count(s), r.index(i), s in r)
print(st.LinearRegression(1, 2), st.LinearRegression(slope=3, intercept=4))
print(type(r).__name__)
t(st.LinearRegression, 1)
try:
    r[2]
except IndexError as e:
    print("IndexError", e)
print(issubclass(st.StatisticsError, ValueError), st.StatisticsError.__name__)
print(st.StatisticsError.__module__, st.StatisticsError)
try:
    st.mean([])
except ValueError as e:
    print(type(e).__name__, e.args)
try:
    st.variance([1])
except st.StatisticsError as e:
    print(repr(e))
