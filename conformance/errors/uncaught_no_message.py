# Uncaught exception raised as a bare class: the final line has no message part.
print('about to raise')
raise NotImplementedError
