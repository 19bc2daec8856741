# hexiom: a hexagonal tile puzzle solved by backtracking with constraint checks.
# SPDX-License-Identifier: MIT
# Rule (as Hexiom's): each tile shows how many of its six neighbours hold tiles. Classes, dicts, lists.

import sys

DEFAULT = 3
TINY = 0

DIRECTIONS = ((1, 0), (-1, 0), (0, 1), (0, -1), (1, -1), (-1, 1))


class Board:
    def __init__(self, radius):
        self.cells = []
        index = {}
        for q in range(-radius, radius + 1):
            for r in range(-radius, radius + 1):
                if abs(q + r) <= radius:
                    index[(q, r)] = len(self.cells)
                    self.cells.append((q, r))
        self.neighbours = []
        for q, r in self.cells:
            self.neighbours.append([index[(q + dq, r + dr)] for dq, dr in DIRECTIONS
                                    if (q + dq, r + dr) in index])


class Solver:
    EMPTY = -1
    UNKNOWN = -2

    def __init__(self, board, tiles, limit):
        self.board = board
        self.limit = limit
        self.n = len(board.cells)
        self.counts = {}
        for t in tiles:
            self.counts[t] = self.counts.get(t, 0) + 1
        self.empties = self.n - len(tiles)
        self.state = [self.UNKNOWN] * self.n
        self.solutions = 0
        self.nodes = 0
        self.first = None

    def consistent(self, cell):
        # Checks the cell and its neighbours: a tile's count can still be met, not exceeded.
        nb = self.board.neighbours
        for c in [cell] + nb[cell]:
            v = self.state[c]
            if v < 0:
                continue
            full = unknown = 0
            for d in nb[c]:
                s = self.state[d]
                if s >= 0:
                    full += 1
                elif s == self.UNKNOWN:
                    unknown += 1
            if full > v or full + unknown < v:
                return False
        return True

    def search(self, cell):
        self.nodes += 1
        if self.solutions >= self.limit:
            return
        if cell == self.n:
            self.solutions += 1
            if self.first is None:
                self.first = list(self.state)
            return
        if self.empties > 0:
            self.empties -= 1
            self.state[cell] = self.EMPTY
            if self.consistent(cell):
                self.search(cell + 1)
            self.empties += 1
        for t in sorted(self.counts):
            if self.counts[t] == 0:
                continue
            self.counts[t] -= 1
            self.state[cell] = t
            if self.consistent(cell):
                self.search(cell + 1)
            self.counts[t] += 1
        self.state[cell] = self.UNKNOWN


def make_puzzle(board, seed, fill):
    # A random board filled to about fill/100; the tiles are its neighbour counts.
    occupied = []
    for _ in board.cells:
        seed = (seed * 1103515245 + 12345) & 0x7FFFFFFF
        occupied.append(seed % 100 < fill)
    tiles = []
    for i, occ in enumerate(occupied):
        if occ:
            tiles.append(sum(1 for j in board.neighbours[i] if occupied[j]))
    return tiles


def main(n):
    # Size 0 is one puzzle on the 7-cell board (for tests); n > 0 is n puzzles on 19 cells.
    board = Board(2 if n > 0 else 1)
    total_solutions = 0
    total_nodes = 0
    h = 0
    for k in range(max(n, 1)):
        tiles = make_puzzle(board, 1000 + k, 55 + k % 3 * 10)
        s = Solver(board, tiles, 10)
        s.search(0)
        total_solutions += s.solutions
        total_nodes += s.nodes
        for v in s.first:
            h = (h * 11 + v + 2) % 1000000007
    print(n, total_solutions, total_nodes, h)


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT)
