// vm/obj_exc.h: exception instances, tracebacks and their printing.
// Layer: vm core (types). The hierarchy itself is the list in vm/exc_list.h.
// SPDX-License-Identifier: MIT

#ifndef PY_OBJ_EXC_H
#define PY_OBJ_EXC_H

#include "obj.h"
#include "vm.h"

// Every instance of BaseException or a subclass has this layout (classes
// derived in Python add an instance dict after it).
typedef struct py_exc {
    py_obj_t base;
    py_val_t args;       // tuple
    py_val_t traceback;  // list of (filename, line, function name) tuples, innermost last; PY_NULL if none
    py_val_t cause;      // __cause__, PY_NULL if none
    py_val_t context;    // __context__, PY_NULL if none
    py_val_t dict;       // attribute dict for subclasses and extra attributes (errno, value)
    bool suppress_context;
} py_exc_t;

static inline py_exc_t *py_exc_ptr(py_val_t v) { return (py_exc_t *)v; }

// A new instance of built-in exception [id] with [args] (a tuple, or PY_NULL
// for ()). May allocate.
py_val_t py_exc_new(py_vm_t *vm, py_exc_id_t id, py_val_t args);
// AttributeError(msg) with its name and obj attributes set, as a failed
// attribute lookup raises it. May allocate.
py_val_t py_exc_attribute_error(py_vm_t *vm, py_val_t msg, py_val_t name, py_val_t obj);
// Gives [exc], when it is an AttributeError without a name yet, the [name]
// and [obj] of the lookup it ended (a __getattr__'s own error). May allocate.
void py_exc_attribute_error_context(py_vm_t *vm, py_val_t exc, py_val_t name, py_val_t obj);
// A new instance with one str argument [msg] (C string).
py_val_t py_exc_new_msg(py_vm_t *vm, py_exc_id_t id, const char *msg);
// True when [exc] is an instance of [id] or of a subclass. Never raises.
bool py_exc_is(py_vm_t *vm, py_val_t exc, py_exc_id_t id);
// True when [exc] matches an except clause's [spec]: a type or a tuple of
// them. Raises TypeError when spec is not an exception class or tuple.
bool py_exc_matches(py_vm_t *vm, py_val_t exc, py_val_t spec);
// Adds one traceback line (the frame the exception passes through).
// Allocation failure here is swallowed: a traceback line is not worth a crash.
void py_exc_add_traceback(py_vm_t *vm, py_val_t exc, py_val_t filename, int line,
                          py_val_t funcname);
// Prints the traceback and "Type: message" in CPython's format (with chained
// causes and contexts) to the text stream object [file] (sys.stderr usually).
void py_exc_print(py_vm_t *vm, py_val_t exc, py_val_t file);

// added by CORE: the layout and slots every built-in exception type shares;
// vm/vm.c makes each type of vm/exc_list.h from it (BaseException has the methods).
extern const py_type_spec_t py_BaseException_spec;

#endif
