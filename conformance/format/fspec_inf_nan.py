# inf and nan under every float presentation type, with width, sign, zero padding, case.
for v in [float('inf'), float('-inf'), float('nan')]:
    print(f'[{v}] [{v:f}] [{v:F}] [{v:e}] [{v:E}] [{v:g}] [{v:G}] [{v:%}] [{v:+}] [{v:08}] [{v:^9}]')
print(f'[{float("nan"):+08.2f}] [{float("-inf"):010,.1f}] [{float("inf"):#g}] [{float("nan"):z}]')
