# builtins: bool() on every kind of value and user classes with __bool__/__len__
print(bool(), bool(0), bool(1), bool(-1), bool(0.0), bool(0.1), bool(2 ** 100))
print(bool(""), bool(" "), bool("0"), bool("False"))
print(bool([]), bool([0]), bool(()), bool((0,)), bool({}), bool({0: 0}))
print(bool(set()), bool({0}), bool(range(0)), bool(range(1)), bool(None))
print(bool(b""), bool(b"\x00"), bool(float("nan")))
class T:
    def __bool__(self):
        return True
class F:
    def __bool__(self):
        return False
class L0:
    def __len__(self):
        return 0
class L3:
    def __len__(self):
        return 3
class Plain:
    pass
print(bool(T()), bool(F()), bool(L0()), bool(L3()), bool(Plain()))
print(not F(), not L0(), "yes" if L3() else "no")
class Both:
    def __bool__(self):
        return False
    def __len__(self):
        return 5
print(bool(Both()))
print(bool(bool), bool(print), bool(lambda: 0))
print(type(bool(1)).__name__, bool(True) is True, bool(0) is False)
print([bool(x) for x in [0, 1, "", "a", None, [], [[]]]])
print(len([x for x in [0, 1, 2, "", "s", None] if x]))
