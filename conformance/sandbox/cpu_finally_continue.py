# finally: continue cannot swallow a time limit
while True:
    try:
        while True:
            pass
    finally:
        continue
