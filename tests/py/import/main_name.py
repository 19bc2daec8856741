# import: the script runs as __main__; imported modules get their own __name__ and __package__
import sys
print(__name__, __name__ == "__main__")
print(__package__, __spec__)
print(sys.modules["__main__"] is sys.modules[__name__])
import __main__
print(__main__.__name__, __main__.__file__.endswith("main_name.py"))
marker = "main marker"
print(__main__.marker)
import _whoami
print(_whoami.NAME, _whoami.IS_MAIN, repr(_whoami.PACKAGE), _whoami.IN_MODULES)
if __name__ == "__main__":
    print("guarded block runs")
def where():
    return __name__
print(where())
ns = {"__name__": "__main__"}
exec("print(__name__ == '__main__')", ns)
print(globals() is __main__.__dict__)
print(type(__builtins__).__name__)
