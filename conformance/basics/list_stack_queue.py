# Lists as stacks and queues: append/pop, pop(0), insert(0), rotation via slicing.
stack = []
for x in 'abc':
    stack.append(x)
print(stack, stack.pop(), stack.pop(), stack)
queue = [1, 2, 3]
queue.append(4)
print(queue.pop(0), queue.pop(0), queue)
queue.insert(0, 0)
print(queue)
d = list(range(6))
k = 2
print(d[k:] + d[:k], d[-k:] + d[:-k])
def rpn(tokens):
    st = []
    for t in tokens.split():
        if t in '+-*/':
            b, a = st.pop(), st.pop()
            st.append(a + b if t == '+' else a - b if t == '-' else a * b if t == '*' else a / b)
        else:
            st.append(int(t))
    return st.pop()
print(rpn('3 4 + 2 *'), rpn('5 1 2 + 4 * + 3 -'), rpn('2 3 4 * +'), rpn('8 2 /'))
try:
    rpn('+')
except IndexError as e:
    print(type(e).__name__, e)
def matching(s):
    pairs = {')': '(', ']': '[', '}': '{'}
    st = []
    for ch in s:
        if ch in '([{':
            st.append(ch)
        elif ch in pairs:
            if not st or st.pop() != pairs[ch]:
                return False
    return not st
print([matching(s) for s in ['()', '([]{})', '(]', '((', '', 'a(b)c']])
