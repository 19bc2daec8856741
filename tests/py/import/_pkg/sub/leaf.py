# helper: relative imports two levels up and beside itself
from .. import mod_b as parent_b
from ..mod_b import B
from . import sibling
from .sibling import S
from .. import VALUE
LEAF = "leaf"
