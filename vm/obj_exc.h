// vm/obj_exc.h: exception instances, tracebacks and their printing.
// Layer: vm core (types). The hierarchy itself is the list in vm/exc_list.h.
// SPDX-License-Identifier: MIT

#ifndef PY_OBJ_EXC_H
#define PY_OBJ_EXC_H

#include "code.h"
#include "obj.h"
#include "vm.h"

// Every instance of BaseException or a subclass has this layout (classes
// derived in Python add an instance dict after it).
typedef struct py_exc {
    py_obj_t base;
    py_val_t args;       // tuple
    py_val_t traceback;  // __traceback__: the outermost traceback entry (vm/obj_traceback.h), PY_NULL if none
    py_val_t cause;      // __cause__, PY_NULL if none
    py_val_t context;    // __context__, PY_NULL if none
    py_val_t dict;       // attribute dict for subclasses and extra attributes (errno, value)
    bool suppress_context;
} py_exc_t;

static inline py_exc_t *py_exc_ptr(py_val_t v) { return (py_exc_t *)v; }

// A new instance of built-in exception [id] with [args] (a tuple, or PY_NULL
// for ()). May allocate.
py_val_t py_exc_new(py_vm_t *vm, py_exc_id_t id, py_val_t args);
// A new instance with one str argument [msg] (C string).
py_val_t py_exc_new_msg(py_vm_t *vm, py_exc_id_t id, const char *msg);
// True when [exc] is an instance of [id] or of a subclass. Never raises.
bool py_exc_is(py_vm_t *vm, py_val_t exc, py_exc_id_t id);
// True when [exc] matches an except clause's [spec]: a type or a tuple of
// them. Raises TypeError when spec is not an exception class or tuple.
bool py_exc_matches(py_vm_t *vm, py_val_t exc, py_val_t spec);
// Adds the traceback entry of the frame running [code] at instruction
// [index], which the exception is passing through.
// Allocation failure here is swallowed: a traceback line is not worth a crash.
void py_exc_add_traceback(py_vm_t *vm, py_val_t exc, py_code_t *code, uint32_t index);
// The exception's __traceback__ (a traceback object), or None. Never raises.
py_val_t py_exc_traceback(py_val_t exc);
// ---- exc_unicode.c: UnicodeDecodeError / UnicodeEncodeError ----
// Raises [id] (one of the two) with CPython's five arguments: the codec's
// name, the object being converted, the bad range [start, end) and why.
_Noreturn void py_raise_unicode_error(py_vm_t *vm, py_exc_id_t id, const char *encoding,
                                      py_val_t object, size_t start, size_t end, const char *reason);
// Raises TypeError unless [args] suit [type] when it is one of the two. May allocate.
void py_exc_unicode_check_args(py_vm_t *vm, py_type_t *type, size_t nargs, const py_val_t *args);
// str() of such an exception ("'utf-8' codec can't decode byte 0xff in position 0: ..."),
// or PY_NULL when [self] is not one or its args do not make that message. May allocate.
py_val_t py_exc_unicode_str(py_vm_t *vm, py_val_t self);
// Its encoding/object/start/end/reason attribute; PY_NULL for other names.
py_val_t py_exc_unicode_attr(py_vm_t *vm, py_val_t self, const char *name);

// Prints the traceback and "Type: message" in CPython's format (with chained
// causes and contexts) to the text stream object [file] (sys.stderr usually).
void py_exc_print(py_vm_t *vm, py_val_t exc, py_val_t file);

// added by CORE: the layout and slots every built-in exception type shares;
// vm/vm.c makes each type of vm/exc_list.h from it (BaseException has the methods).
extern const py_type_spec_t py_BaseException_spec;

#endif
