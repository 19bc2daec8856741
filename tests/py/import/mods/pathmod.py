# helper module found only after adding the mods directory to sys.path
WHERE = "mods directory"


def hello():
    return "hello from pathmod"
