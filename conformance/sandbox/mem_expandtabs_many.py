# memory bomb: many tabs expanded by a big width
y = ('\t' * 1000).expandtabs(10**6)
