# helper: a relative import of a module that does not exist
from . import not_a_module
