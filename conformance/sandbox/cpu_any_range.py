# CPU bomb: any() over a long falsy iterator
x = any(x < 0 for x in range(10**15))
