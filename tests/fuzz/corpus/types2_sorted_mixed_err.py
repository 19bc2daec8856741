# types2: ordering comparison error texts between mixed types
vals = [(1, 'a'), ('a', 1), (None, 1), ([], ()), ({}, {}), (1.5, 'x'), (set(), 1), ((1,), [1])]
for a, b in vals:
    for op in ('<', '<=', '>', '>='):
        try:
            r = {'<': lambda: a < b, '<=': lambda: a <= b, '>': lambda: a > b, '>=': lambda: a >= b}[op]()
            print(r)
        except TypeError as e:
            print(e)
print(1 == 'a', [] == (), None == 0, {} != [], 1 != '1')
