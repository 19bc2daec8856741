# helper: a relative import above the top-level package
from ... import anything
