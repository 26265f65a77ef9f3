# Expressions allowed inside f-strings: calls, comprehensions, conditionals, walrus, dicts.
data = {'a': 1, 'b': 2}
nums = [3, 1, 2]
print(f'{sorted(nums)} {max(nums)} {sum(nums) / len(nums):.3f}')
print(f'{", ".join(str(n) for n in nums)}')
print(f'{"yes" if nums else "no"} {[n * 2 for n in nums if n > 1]}')
print(f'{ {k: v * 10 for k, v in data.items()} }')
print(f'{(y := 5) + y}', y)
print(f'{data["a"] + data["b"]}', f"{data['a']:>4}")
print(f'{len("abc")!r}', f'{str(12)[::-1]}', f'{"-" * 10}')
print(f'{nums[0]:{nums[1]}}', f'{2 ** 10:,}', f'{-n if (n := 4) else 0}')
def greet(who, punct='!'):
    return f'hi {who}{punct}'
print(f'{greet("Bo")} / {greet("Cy", punct="?")}')
print(f'{(1, 2)} {1, 2} {(lambda: "lam")()}')
print(f'{True and "both"} {0 or "either"} {not 0}')
print(f'{3 if 1 else 4:>5}|')
