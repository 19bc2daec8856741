# scopes: nested comprehensions: clause order, matrix transpose, filters at each level, dependent ranges
m = [[1, 2, 3], [4, 5, 6]]
print([[row[i] for row in m] for i in range(3)])
print([x for row in m for x in row])
print([x for row in m if sum(row) > 6 for x in row if x % 2 == 0])
print([(i, j) for i in range(3) for j in range(i, 3)])
print([(i, j, k) for i in range(2) for j in range(2) for k in range(2) if i + j + k == 1])
print({i: [j for j in range(i)] for i in range(4)})
print(sorted({(a, b) for a in 'xy' for b in 'xy' if a != b}))
print([[c for c in w if c not in 'aeiou'] for w in ['hello', 'world']])
# inner comprehension refers to the outer variable
print([[y * x for y in range(3)] for x in range(3)])
# three levels with the innermost filtered on the outermost variable
print([[[z for z in range(3) if z != x] for y in range(2)] for x in range(2)])
# flattening with a condition that uses both variables
pairs = [(n, d) for n in range(2, 20) for d in range(2, n) if n % d == 0 and d * d == n]
print(pairs)
# comprehension as the iterable of another comprehension
print([v * 2 for v in [u + 1 for u in range(3)]])
# order of evaluation across clauses
log = []
def it(name, seq):
    log.append(name)
    return seq
print([(a, b) for a in it('outer', [1, 2]) for b in it('inner', 'xy')], log)
