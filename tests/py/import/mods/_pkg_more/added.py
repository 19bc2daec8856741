# helper: found only after its directory is appended to _pkg.__path__
ADDED = "added through __path__"
