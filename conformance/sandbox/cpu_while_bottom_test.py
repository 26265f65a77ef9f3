# fuzz find (F1): a while loop tests its condition at the bottom (POP_JUMP_IF_TRUE backwards)
i = 0
while i < 10**12:
    i += 1
