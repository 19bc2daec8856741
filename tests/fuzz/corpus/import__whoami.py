# helper: reports its own module attributes
import sys
NAME = __name__
IS_MAIN = __name__ == "__main__"
PACKAGE = __package__
IN_MODULES = sys.modules.get(__name__) is not None
