# a non-ASCII identifier
ñ = 1
print(ñ)
