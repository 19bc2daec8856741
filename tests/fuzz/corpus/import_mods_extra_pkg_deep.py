# helper: a submodule of extra_pkg
from . import EXTRA as E
DEEP = "deep " + E
