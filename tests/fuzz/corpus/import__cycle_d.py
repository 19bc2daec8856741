# helper: the other half of the _cycle_c cycle
from _cycle_c import C
D = 1
