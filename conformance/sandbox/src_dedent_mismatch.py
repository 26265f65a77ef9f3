# a dedent to no outer level
if 1:
    x = 1
  y = 2
