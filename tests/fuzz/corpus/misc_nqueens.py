# misc: N-queens solution counting by backtracking with sets, and one board printed
def solve(n):
    count = 0
    first = []
    cols, d1, d2 = set(), set(), set()
    placement = []
    def place(row):
        nonlocal count
        if row == n:
            count += 1
            if not first:
                first.extend(placement)
            return
        for c in range(n):
            if c in cols or (row - c) in d1 or (row + c) in d2:
                continue
            cols.add(c); d1.add(row - c); d2.add(row + c)
            placement.append(c)
            place(row + 1)
            placement.pop()
            cols.discard(c); d1.discard(row - c); d2.discard(row + c)
    place(0)
    return count, first

for n in range(1, 9):
    c, sol = solve(n)
    print(n, c, sol)
c, sol = solve(6)
for r in range(6):
    print(" ".join(["Q" if sol[r] == col else "." for col in range(6)]))
