# a truncated UTF-8 sequence at the end of the file
x = 1 # â‚