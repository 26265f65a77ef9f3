# printing a long chained exception (context) is bounded
e = None
for i in range(10000):
    x = ValueError(i)
    x.__context__ = e
    e = x
raise e
