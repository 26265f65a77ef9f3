# an invalid string prefix
x = rbf'a'
