# A handler logs and re-raises with bare raise; the original exception ends the program.
def parse(s):
    try:
        return int(s)
    except ValueError:
        print('could not parse', repr(s))
        raise
print(parse('7'))
print(parse('seven'))
