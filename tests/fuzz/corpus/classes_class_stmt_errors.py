# errors raised while a class statement runs: keywords, metaclass, __prepare__, body
def attempt(make):
    try:
        make()
        print("no error")
    except Exception as e:
        print(type(e).__name__, e)

def non_str_keywords():
    class C(**{1: 2}):
        pass
attempt(non_str_keywords)

def extra_keyword():
    class D(metaclass=type, **{"x": 1}):
        pass
attempt(extra_keyword)

def bad_metaclass():
    class E(metaclass=5):
        pass
attempt(bad_metaclass)

class RaisingPrepare(type):
    def __prepare__(*args, **kw):
        raise ValueError("prepare failed")
def prepare_fails():
    class F(metaclass=RaisingPrepare):
        pass
attempt(prepare_fails)

class RaisingNew(type):
    def __new__(mcs, *args):
        raise KeyError("new failed")
def new_fails():
    class G(metaclass=RaisingNew):
        pass
attempt(new_fails)

def body_fails():
    class H:
        x = 1
        raise IndexError("in body")
attempt(body_fails)

class RaisingInit(type):
    def __init__(cls, *args):
        raise RuntimeError("init failed for " + cls.__name__)
def init_fails():
    class I(metaclass=RaisingInit):
        pass
attempt(init_fails)

class Base:
    def __init_subclass__(cls):
        raise AttributeError("refused " + cls.__name__)
def init_subclass_fails():
    class J(Base):
        pass
attempt(init_subclass_fails)

# after all those failures the interpreter still makes classes
class K:
    pass
print(K.__name__, type(K).__name__)
