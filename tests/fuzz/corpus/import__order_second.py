# helper: imports the inner subpackage, which imports back up
print("second runs")
from .inner import leaf
SECOND = leaf.LEAF + "+second"
