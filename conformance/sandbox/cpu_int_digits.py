# int('9' * 10**6): rejected by the int/str digit limit, quickly
x = int('9' * 10**6)
