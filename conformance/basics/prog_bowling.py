# Program: bowling score calculator with strikes, spares and validation errors.
def score(rolls):
    total, i = 0, 0
    for frame in range(10):
        if i >= len(rolls):
            raise ValueError(f'incomplete game at frame {frame + 1}')
        if rolls[i] == 10:
            total += 10 + sum(rolls[i + 1:i + 3])
            i += 1
        elif i + 1 < len(rolls) and rolls[i] + rolls[i + 1] == 10:
            total += 10 + (rolls[i + 2] if i + 2 < len(rolls) else 0)
            i += 2
        else:
            if i + 1 < len(rolls) and rolls[i] + rolls[i + 1] > 10:
                raise ValueError(f'frame {frame + 1} has more than 10 pins')
            total += sum(rolls[i:i + 2])
            i += 2
    return total
games = {'perfect': [10] * 12, 'gutter': [0] * 20, 'all spares': [5] * 21, 'mixed': [10, 7, 3, 9, 0, 10, 0, 8, 8, 2, 0, 6, 10, 10, 10, 8, 1],
         'short': [10, 10], 'bad frame': [7, 5] + [0] * 18}
for name, rolls in games.items():
    try:
        print(name, score(rolls))
    except ValueError as e:
        print(name, type(e).__name__, e)
