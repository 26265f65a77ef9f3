# Widths and precisions count code points for %s with non-ASCII strings.
for s in ['é', '日本語', '🙂', 'naïve', '']:
    print('[%6s][%-6s][%.2s][%6.1s]' % (s, s, s, s), len(s))
print('[%5c][%-5c]' % ('日', 0x1F642))
