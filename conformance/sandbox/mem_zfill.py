# memory bomb: str.zfill(10**10)
y = '1'.zfill(10**10)
