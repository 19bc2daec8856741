# basics2: walrus in comprehensions binds in the enclosing function/module scope
data = [1, 5, 2, 8, 3]
print([y for x in data if (y := x * 2) > 5], y)
print(any([(hit := v) > 4 for v in data]), hit)
def f():
    total = 0
    [(total := total + v) for v in range(5)]
    return total
print(f())
def g():
    r = [(last := i) for i in 'abc']
    return r, last
print(g())
def h():
    def inner():
        return [(z := i) for i in range(3)], z
    return inner()
print(h())
if (n := len(data)) > 3:
    print('len', n)
while (chunk := data[:2]):
    data = data[2:]
    print(chunk)
print({k: (m := k * k) for k in range(3)}, m)
