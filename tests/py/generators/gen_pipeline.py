# generators: pipelines of generators, coroutine-style consumers primed with next
def numbers():
    for i in range(1, 11):
        yield i

def evens(src):
    for x in src:
        if x % 2 == 0:
            yield x

def scaled(src, k):
    for x in src:
        yield x * k

print(list(scaled(evens(numbers()), 3)))

def averager():
    total = count = 0
    avg = None
    while True:
        value = yield avg
        if value is None:
            return (count, avg)
        total += value
        count += 1
        avg = total / count

a = averager()
next(a)
for v in [10, 20, 60]:
    print(a.send(v))
try:
    a.send(None)
except StopIteration as e:
    print("summary", e.value)

def grep(pattern, target):
    while True:
        line = yield
        if pattern in line:
            target.send(line)

def printer():
    while True:
        line = yield
        print("match:", line)

p = printer()
next(p)
gr = grep("py", p)
next(gr)
for line in ["python", "ruby", "pypy", "lua"]:
    gr.send(line)

def windows(seq, n):
    it = iter(seq)
    win = []
    for x in it:
        win.append(x)
        if len(win) == n:
            yield tuple(win)
            win.pop(0)
print(list(windows(range(6), 3)))
