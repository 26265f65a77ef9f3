# 'return' at module level is a SyntaxError reported before anything runs.
print('not printed')
return 5
