# helper: a leaf that reaches two packages up
print("leaf runs")
from .. import first
from ..first import NAME
LEAF = "leaf(" + NAME + ")"
