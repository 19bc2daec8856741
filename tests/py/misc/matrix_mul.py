# misc: matrix multiply, transpose, identity and power using nested lists
def matmul(a, b):
    n, m, p = len(a), len(b), len(b[0])
    return [[sum([a[i][k] * b[k][j] for k in range(m)]) for j in range(p)] for i in range(n)]

def transpose(a):
    return [[a[i][j] for i in range(len(a))] for j in range(len(a[0]))]

def identity(n):
    return [[1 if i == j else 0 for j in range(n)] for i in range(n)]

def matpow(a, e):
    result = identity(len(a))
    while e:
        if e & 1:
            result = matmul(result, a)
        a = matmul(a, a)
        e >>= 1
    return result

A = [[1, 2, 3], [4, 5, 6]]
B = [[7, 8], [9, 10], [11, 12]]
print(matmul(A, B))
print(matmul(B, A))
print(transpose(A))
print(matmul(A, identity(3)) == A)
fib = [[1, 1], [1, 0]]
print(matpow(fib, 10), matpow(fib, 90)[0][1])
F = [[0.5, 1.5], [2.0, -1.0]]
print(matmul(F, F))
n = 12
M = [[(i * n + j) % 7 - 3 for j in range(n)] for i in range(n)]
P = matmul(M, transpose(M))
print(P[0], sum([sum(r) for r in P]))
print(all([P[i][j] == P[j][i] for i in range(n) for j in range(n)]))
