# memory bomb: str.format width
y = '{:10000000000}'.format('a')
