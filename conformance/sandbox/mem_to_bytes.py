# memory bomb: int.to_bytes(10**12)
y = (1).to_bytes(10**12, 'big')
