# A function that filled the heap and caught MemoryError returns: its locals are garbage, so the caller can allocate again
def fill():
    keep = None
    try:
        for i in range(300000):
            keep = [keep]
    except MemoryError:
        pass
    return 0


fill()
x = [0] * 100
print("ok", len(x))
