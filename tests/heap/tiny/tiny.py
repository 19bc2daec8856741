# the smallest heaps (8K) run a script, and a MemoryError there leaves the interpreter working
try:
    x = [0] * 5000
except MemoryError:
    x = None
print(sum(range(100)))
