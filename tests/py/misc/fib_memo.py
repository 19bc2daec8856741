# misc: memoised fibonacci with a dict cache, plus iterative and bigint results
cache = {0: 0, 1: 1}
calls = 0

def fib(n):
    global calls
    calls += 1
    if n in cache:
        return cache[n]
    r = fib(n - 1) + fib(n - 2)
    cache[n] = r
    return r

print([fib(i) for i in range(20)])
calls = 0
print(fib(90), calls)
calls = 0
print(fib(90), calls)
print(fib(300))

def fib_iter(n):
    a, b = 0, 1
    for _ in range(n):
        a, b = b, a + b
    return a

print(all([fib_iter(i) == fib(i) for i in range(300)]))
print(len(str(fib_iter(1000))))

def make_memo(f):
    memo = {}
    def wrapped(n):
        if n not in memo:
            memo[n] = f(n)
        return memo[n]
    return wrapped

def slow_tri(n):
    return 0 if n == 0 else n + tri(n - 1)
tri = make_memo(slow_tri)
print(tri(100), tri(150))
print(len(cache), sorted(cache)[-3:])
