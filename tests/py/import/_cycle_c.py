# helper: `from` imports in a cycle fail on the half-built module
from _cycle_d import D
C = 1
