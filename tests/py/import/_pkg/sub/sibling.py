# helper: imported by leaf with `from . import sibling`
S = "sibling"
