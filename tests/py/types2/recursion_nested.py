# types2: recursion in nested functions, mutual recursion, closures recursing, deep recursion limit
def outer(n):
    def fact(k):
        return 1 if k <= 1 else k * fact(k - 1)
    return fact(n)
print(outer(20), outer(30))
def make_fib():
    memo = {}
    def fib(n):
        if n in memo:
            return memo[n]
        r = n if n < 2 else fib(n - 1) + fib(n - 2)
        memo[n] = r
        return r
    return fib
print(make_fib()(90))
def is_even(n):
    return True if n == 0 else is_odd(n - 1)
def is_odd(n):
    return False if n == 0 else is_even(n - 1)
print(is_even(100), is_odd(77))
def hanoi(n, a, b, c, moves):
    if n:
        hanoi(n - 1, a, c, b, moves)
        moves.append((a, c))
        hanoi(n - 1, b, a, c, moves)
    return moves
print(len(hanoi(10, 'A', 'B', 'C', [])), hanoi(2, 'A', 'B', 'C', []))
def flatten(x):
    return [y for e in x for y in (flatten(e) if isinstance(e, list) else [e])]
print(flatten([1, [2, [3, [4, [5]]]], 6]))
def ackermann(m, n):
    if m == 0:
        return n + 1
    if n == 0:
        return ackermann(m - 1, 1)
    return ackermann(m - 1, ackermann(m, n - 1))
print(ackermann(2, 3))
f = lambda n: 1 if n == 0 else n * f(n - 1)
print(f(10))
def deep(n):
    return 0 if n == 0 else 1 + deep(n - 1)
print(deep(500))
def inf(n):
    return inf(n + 1)
try:
    inf(0)
except RecursionError as e:
    print('RecursionError')
print(deep(50))
