# helper module imported by the import/ tests (not a test itself: leading underscore)
print("_imp_helper loading")

CONST = 42
NAME = "helper"
items = [1, 2, 3]
_private = "hidden"
load_count = 0
load_count += 1


def double(x):
    return x * 2


def get_const():
    return CONST


def bump():
    global CONST
    CONST += 1
    return CONST


class Greeter:
    def __init__(self, who):
        self.who = who

    def greet(self):
        return "hello " + self.who + " from " + NAME
