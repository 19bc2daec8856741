// vm/obj_traceback.c: the traceback type (tb_next, tb_lineno, tb_lasti).
// Layer: vm core (types). Entries are made by py_exc_add_traceback while the VM unwinds.
// SPDX-License-Identifier: MIT

#include <string.h>

#include "gc.h"
#include "obj_traceback.h"
#include "obj_str.h"

py_val_t py_traceback_new(py_vm_t *vm, py_code_t *code, uint32_t index, py_val_t next) {
    py_traceback_t *tb = py_gc_new(vm, vm->types[PY_T_traceback], sizeof *tb);
    tb->next = next;
    tb->code = code;
    tb->index = index;
    return py_from_obj(tb);
}

static void traceback_mark(py_vm_t *vm, py_obj_t *o) {
    py_traceback_t *tb = (py_traceback_t *)o;
    py_gc_mark(vm, tb->next);
    py_gc_mark(vm, py_from_obj(tb->code));
}

// tb_lasti counts bytes of 16-bit code units in CPython; ours are instruction
// words, so it is the instruction index times the word size in bytes.
static py_val_t traceback_getattr(py_vm_t *vm, py_val_t self, py_val_t name) {
    (void)vm;
    py_traceback_t *tb = py_traceback_ptr(self);
    if (py_str_eq_c(name, "tb_next")) return tb->next == PY_NULL ? PY_NONE : tb->next;
    if (py_str_eq_c(name, "tb_lineno")) return py_small(py_code_line(tb->code, tb->index));
    if (py_str_eq_c(name, "tb_lasti")) return py_small((py_int_t)tb->index * 4);
    return PY_NULL;
}

const py_type_spec_t py_traceback_spec = {
    .name = "traceback",
    .base = PY_T_object,
    .basicsize = sizeof(py_traceback_t),
    .slots = {.mark = traceback_mark, .getattr = traceback_getattr},
};
