# a traceback's frames lead only to this script
try:
    1 / 0
except ZeroDivisionError as e:
    tb = e.__traceback__
    found = []
    while tb is not None:
        fr = getattr(tb, 'tb_frame', None)
        g = getattr(fr, 'f_globals', {}) if fr is not None else {}
        found += [k for k in ('open', 'eval', 'os', 'sys') if k in g]
        tb = getattr(tb, 'tb_next', None)
    print(found)
