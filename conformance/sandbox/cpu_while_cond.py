# CPU bomb: a while loop with a condition at the bottom
i = 0
while i >= 0:
    i += 1
