# misc: Conway's game of life on a small wrapping grid, printed per generation
W, H = 10, 8
def make(cells):
    g = [[0] * W for _ in range(H)]
    for x, y in cells:
        g[y][x] = 1
    return g

def step(g):
    new = [[0] * W for _ in range(H)]
    for y in range(H):
        for x in range(W):
            n = 0
            for dy in (-1, 0, 1):
                for dx in (-1, 0, 1):
                    if dx or dy:
                        n += g[(y + dy) % H][(x + dx) % W]
            if g[y][x] and n in (2, 3):
                new[y][x] = 1
            elif not g[y][x] and n == 3:
                new[y][x] = 1
    return new

def show(g):
    return "\n".join(["".join(["#" if c else "." for c in row]) for row in g])

grid = make([(1, 0), (2, 1), (0, 2), (1, 2), (2, 2), (6, 5), (7, 5), (8, 5)])
for gen in range(4):
    print("gen", gen, "alive", sum([sum(r) for r in grid]))
    print(show(grid))
    grid = step(grid)
for _ in range(36):
    grid = step(grid)
print("gen 40 alive", sum([sum(r) for r in grid]))
print(show(grid))
