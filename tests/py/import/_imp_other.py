# helper module that itself imports _imp_helper (not a test itself)
import _imp_helper
from _imp_helper import double

OTHER = "other"


def helper_module():
    return _imp_helper


def quadruple(x):
    return double(double(x))
