// vm/names.h: the names the VM itself looks up, interned once at start-up.
// Layer: vm core. vm->names[PY_NAME_<id>] is the interned str for each entry.
// SPDX-License-Identifier: MIT

#ifndef PY_NAMES_H
#define PY_NAMES_H

// X(id, "text"). Add a name here instead of interning a C string on a hot path.
#define PY_NAMES(X) \
    X(__init__, "__init__") X(__new__, "__new__") X(__name__, "__name__") \
    X(__qualname__, "__qualname__") X(__module__, "__module__") X(__doc__, "__doc__") \
    X(__file__, "__file__") X(__main__, "__main__") X(__builtins__, "__builtins__") \
    X(__class__, "__class__") X(__dict__, "__dict__") X(__call__, "__call__") \
    X(__repr__, "__repr__") X(__str__, "__str__") X(__hash__, "__hash__") \
    X(__eq__, "__eq__") X(__ne__, "__ne__") X(__lt__, "__lt__") X(__le__, "__le__") \
    X(__gt__, "__gt__") X(__ge__, "__ge__") X(__bool__, "__bool__") X(__len__, "__len__") \
    X(__iter__, "__iter__") X(__next__, "__next__") X(__getitem__, "__getitem__") \
    X(__setitem__, "__setitem__") X(__delitem__, "__delitem__") \
    X(__contains__, "__contains__") X(__getattr__, "__getattr__") \
    X(__setattr__, "__setattr__") X(__delattr__, "__delattr__") \
    X(__getattribute__, "__getattribute__") X(__get__, "__get__") X(__set__, "__set__") \
    X(__delete__, "__delete__") X(__set_name__, "__set_name__") \
    X(__init_subclass__, "__init_subclass__") X(__prepare__, "__prepare__") \
    X(__classcell__, "__classcell__") X(__instancecheck__, "__instancecheck__") \
    X(__subclasscheck__, "__subclasscheck__") X(__class_getitem__, "__class_getitem__") \
    X(__weakref__, "__weakref__") X(metaclass, "metaclass") \
    X(__enter__, "__enter__") X(__exit__, "__exit__") X(__del__, "__del__") \
    X(__index__, "__index__") X(__int__, "__int__") X(__float__, "__float__") \
    X(__neg__, "__neg__") X(__pos__, "__pos__") X(__invert__, "__invert__") \
    X(__abs__, "__abs__") X(__format__, "__format__") X(__path__, "__path__") \
    X(__import__, "__import__") X(__all__, "__all__") X(__package__, "__package__") \
    X(__slots__, "__slots__") X(__bases__, "__bases__") X(__mro__, "__mro__") \
    X(__args__, "__args__") X(__traceback__, "__traceback__") X(__cause__, "__cause__") \
    X(__context__, "__context__") X(__annotations__, "__annotations__") \
    X(args, "args") X(value, "value") X(errno, "errno") X(strerror, "strerror") \
    X(key, "key") X(reverse, "reverse") X(default_, "default") X(sep, "sep") \
    X(end, "end") X(file, "file") X(flush, "flush") X(write, "write") X(read, "read") \
    X(readline, "readline") X(close, "close") X(base, "base") X(strict, "strict") \
    X(start, "start") X(stop, "stop") X(step, "step") X(self, "self") \
    X(lambda, "<lambda>") X(module, "<module>") X(listcomp, "<listcomp>") \
    X(dictcomp, "<dictcomp>") X(setcomp, "<setcomp>") X(genexpr, "<genexpr>") \
    X(stdin_name, "<stdin>") X(empty, "") X(sys, "sys") X(builtins, "builtins") \
    X(micropython, "micropython") X(path, "path") X(argv, "argv") \
    X(modules, "modules") X(stdout, "stdout") X(stderr, "stderr") X(stdin, "stdin")

typedef enum {
#define X(id, text) PY_NAME_##id,
    PY_NAMES(X)
#undef X
    PY_NAME__COUNT
} py_name_id_t;

#endif
