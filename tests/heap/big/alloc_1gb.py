# 1 GB allocated in total through a small heap: steady memory, no MemoryError (run at 256K)
class Node:
    def __init__(self, v, nxt):
        self.v = v
        self.nxt = nxt

total = 0
keep = []
for i in range(240000):
    s = 'x' * 4000                     # 4 KB strings (byte buffers)
    l = [i, i + 1, i + 2, i + 3] * 8   # value arrays
    d = {i: s, 'k': l}                 # a dict
    n = Node(i, Node(l, None))         # objects with a cycle-free chain
    c = [None]
    c[0] = c                           # a cycle
    total += len(s) + 8 * len(l) + 200
    if i % 1000 == 0:
        keep.append(i)                 # a little that stays alive
        if len(keep) > 50:
            keep.pop(0)
print(total >= 10**9, len(keep), keep[-1])
