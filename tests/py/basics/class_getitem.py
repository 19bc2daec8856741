# basics: container protocol methods __getitem__, __setitem__, __contains__, __call__
class Grid:
    def __init__(self, w, h):
        self.w = w
        self.h = h
        self.cells = {}
    def __getitem__(self, pos):
        return self.cells.get(pos, ".")
    def __setitem__(self, pos, v):
        self.cells[pos] = v
    def __delitem__(self, pos):
        del self.cells[pos]
    def __contains__(self, pos):
        return pos in self.cells
    def __len__(self):
        return len(self.cells)
    def render(self):
        rows = []
        for y in range(self.h):
            rows.append("".join([self[x, y] for x in range(self.w)]))
        return "\n".join(rows)

g = Grid(4, 3)
g[0, 0] = "#"
g[2, 1] = "@"
g[3, 2] = "#"
print(g.render())
print((2, 1) in g, (1, 1) in g, len(g))
del g[2, 1]
print((2, 1) in g, len(g))

class Seq:
    def __getitem__(self, i):
        if i >= 5:
            raise IndexError
        return i * i
print(Seq()[3])
print([x for x in Seq()])
print(4 in Seq(), 5 in Seq())

class Multiplier:
    def __init__(self, k):
        self.k = k
    def __call__(self, x, y=1):
        return self.k * x * y
m = Multiplier(3)
print(m(4), m(4, y=2), callable(m))
