# Program: tic-tac-toe winner detection and a full minimax search of small positions.
LINES = [(0, 1, 2), (3, 4, 5), (6, 7, 8), (0, 3, 6), (1, 4, 7), (2, 5, 8), (0, 4, 8), (2, 4, 6)]
def winner(b):
    for a, c, d in LINES:
        if b[a] != '.' and b[a] == b[c] == b[d]:
            return b[a]
    return 'draw' if '.' not in b else None
def show(b):
    return '\n'.join(' '.join(b[r * 3:r * 3 + 3]) for r in range(3))
boards = ['XXXOO....', 'XO.XO.X..', 'XOXOXOOXO', 'OXXXOO..O', '.........']
for b in boards:
    print(b, winner(b))
memo = {}
def minimax(b, player):
    if b in memo:
        return memo[b]
    w = winner(b)
    if w is not None:
        return {'X': 1, 'O': -1, 'draw': 0}[w]
    scores = []
    for i, c in enumerate(b):
        if c == '.':
            scores.append(minimax(b[:i] + player + b[i + 1:], 'O' if player == 'X' else 'X'))
    result = max(scores) if player == 'X' else min(scores)
    memo[b] = result
    return result
print(minimax('.........', 'X'), len(memo))
pos = 'XO..X...O'
best = max((i for i, c in enumerate(pos) if c == '.'), key=lambda i: minimax(pos[:i] + 'X' + pos[i + 1:], 'O'))
print(best)
print(show(pos[:best] + 'X' + pos[best + 1:]))
