# Formatted strs kept in a list through a small fixed heap (run at 256K): each
# must leave no scratch (a builder's buffer, a digits str, a rebuilt format
# spec) between the strs that survive, or the heap becomes a comb of holes
# too small for the list's next array (MemoryError with 40 KB live).
n = 450
parts = []
for i in range(n):
    parts.append(f"{i:05d}:{i:x}")
more = []
for i in range(n):
    more.append("a" + format(i, "05d") + ":" + format(i, "X"))
print(len(parts), parts[0], parts[-1], len(more), more[0], more[-1])
print(sum(len(p) for p in parts), sum(len(m) for m in more))
