# SystemExit and KeyboardInterrupt raised by hand can be caught like any BaseException.
for exc in [SystemExit, SystemExit(0), SystemExit(3), SystemExit('message'), KeyboardInterrupt]:
    try:
        raise exc
    except SystemExit as e:
        print('SystemExit code:', repr(e.code), e.args)
    except KeyboardInterrupt as e:
        print('KeyboardInterrupt:', repr(e))
try:
    try:
        raise SystemExit(1)
    except Exception:
        print('not caught by Exception')
except BaseException as e:
    print('caught by BaseException:', type(e).__name__)
print(issubclass(SystemExit, Exception), issubclass(SystemExit, BaseException))
