# helper: a module inside namespace packages (no __init__.py anywhere)
NS = "namespace module"
