# Linked list built from dicts and tuples: insert, reverse, merge sorted, detect cycle
def from_list(xs):
    head = None
    for x in reversed(xs):
        head = {"val": x, "next": head}
    return head

def to_list(node, limit=50):
    out = []
    while node is not None and limit:
        out.append(node["val"])
        node = node["next"]
        limit -= 1
    return out

def reverse(node):
    prev = None
    while node:
        node["next"], prev, node = prev, node, node["next"]
    return prev

def merge(a, b):
    dummy = tail = {"val": None, "next": None}
    while a and b:
        if a["val"] <= b["val"]:
            tail["next"], a = a, a["next"]
        else:
            tail["next"], b = b, b["next"]
        tail = tail["next"]
    tail["next"] = a or b
    return dummy["next"]

def has_cycle(node):
    slow = fast = node
    while fast and fast["next"]:
        slow = slow["next"]
        fast = fast["next"]["next"]
        if slow is fast:
            return True
    return False

l = from_list([1, 2, 3, 4, 5])
print(to_list(l))
l = reverse(l)
print(to_list(l))
m = merge(from_list([1, 4, 7, 10]), from_list([2, 3, 8, 11, 12]))
print(to_list(m))
print(has_cycle(m))
n = m
while n["next"]:
    n = n["next"]
n["next"] = m["next"]["next"]
print(has_cycle(m), to_list(m, 12))
# cons cells as tuples
cons = None
for x in "abc":
    cons = (x, cons)
print(cons)
def length(c):
    return 0 if c is None else 1 + length(c[1])
print(length(cons))
