# exceptions: raising inside nested finally blocks replaces the in-flight exception
def a():
    try:
        try:
            raise ValueError("original")
        finally:
            print("inner finally")
            raise KeyError("from finally")
    except KeyError as e:
        print("caught", type(e).__name__, e.args)
a()

def b():
    try:
        try:
            try:
                raise TypeError("t")
            finally:
                print("level 3 finally")
        finally:
            print("level 2 finally")
            raise IndexError("i")
    except Exception as e:
        print("caught", type(e).__name__)
    finally:
        print("level 1 finally")
b()

def c():
    try:
        try:
            return "from try"
        finally:
            raise RuntimeError("finally raises over return")
    except RuntimeError as e:
        return "handled: " + str(e)
print(c())

def d():
    for i in range(3):
        try:
            try:
                if i == 1:
                    raise ValueError(i)
            finally:
                print("finally", i)
        except ValueError as e:
            print("loop caught", e.args)
d()

def e():
    try:
        try:
            raise ValueError("first")
        except ValueError:
            try:
                raise TypeError("second")
            finally:
                print("finally inside except")
    except TypeError as ex:
        print("outer got", ex)
e()
