# helper: no __all__: `import *` takes the names without a leading underscore
import sys
public = 1
_private = 2
__dunder = 3
def func():
    return "func"
class Klass:
    pass
