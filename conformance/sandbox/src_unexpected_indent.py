# an unexpected indent
  x = 1
