# Hand-rolled binary heap priority queue for task scheduling (no heapq)
heap = []

def push(item):
    heap.append(item)
    i = len(heap) - 1
    while i > 0:
        parent = (i - 1) // 2
        if heap[parent] <= heap[i]:
            break
        heap[parent], heap[i] = heap[i], heap[parent]
        i = parent

def pop():
    if not heap:
        raise IndexError("pop from empty heap")
    top = heap[0]
    last = heap.pop()
    if heap:
        heap[0] = last
        i = 0
        n = len(heap)
        while True:
            l, r = 2 * i + 1, 2 * i + 2
            smallest = i
            if l < n and heap[l] < heap[smallest]:
                smallest = l
            if r < n and heap[r] < heap[smallest]:
                smallest = r
            if smallest == i:
                break
            heap[i], heap[smallest] = heap[smallest], heap[i]
            i = smallest
    return top

tasks = [(3, "write report"), (1, "fix prod bug"), (4, "lunch"), (2, "code review"),
         (1, "answer pager"), (5, "clean desk"), (2, "plan sprint")]
for t in tasks:
    push(t)
print("heap array:", heap)
order = []
while heap:
    order.append(pop())
for prio, name in order:
    print(f"[P{prio}] {name}")
try:
    pop()
except IndexError as e:
    print("error:", e)
import_free_sorted = []
for x in [9, 4, 7, 1, 8, 2, 2, 6]:
    push(x)
while heap:
    import_free_sorted.append(pop())
print(import_free_sorted)
def k_smallest(xs, k):
    for x in xs:
        push(-x)
        if len(heap) > k:
            pop()
    res = sorted(-x for x in heap)
    heap.clear()
    return res
print(k_smallest([15, 3, 99, 42, 7, 1, 68, 23], 3))
