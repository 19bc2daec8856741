// vm/obj_super.c: the super type: super(), super(C, obj), super(C, cls).
// Layer: vm core (types). super() with no arguments reads the calling frame's
// first argument and its __class__ cell, as CPython does.
// SPDX-License-Identifier: MIT

#include <string.h>

#include "except.h"
#include "frame.h"
#include "gc.h"
#include "obj_dict.h"
#include "obj_func.h"
#include "obj_str.h"
#include "obj_super.h"
#include "obj_tuple.h"
#include "obj_type.h"
#include "obj_slotwrap.h"
#include "runtime.h"

static bool is_type(py_vm_t *vm, py_val_t v) {
    return py_is_obj(v) && py_isinstance(vm, v, vm->types[PY_T_type]);
}

// super() in a method: (the __class__ cell's class, the first argument).
static void from_frame(py_vm_t *vm, py_val_t *type, py_val_t *obj) {
    py_frame_t *f = vm->frame;
    if (!f || f->func == PY_NULL) py_raise_fmt(vm, PY_EXC_RuntimeError, "super(): no arguments");
    py_code_t *co = f->code;
    if (co->argcount == 0 && !(co->flags & PY_CODE_VARARGS))
        py_raise_fmt(vm, PY_EXC_RuntimeError, "super(): no arguments");
    *obj = f->base[0];
    if (*obj == PY_NULL) py_raise_fmt(vm, PY_EXC_RuntimeError, "super(): arg[0] deleted");
    py_tuple_t *fv = py_tuple_ptr(co->freevars);
    for (size_t i = 0; i < fv->len; i++) {
        if (!py_str_eq_c(fv->items[i], "__class__")) continue;
        py_val_t cell = f->base[co->nlocals + co->ncells + i];
        *type = py_cell_ptr(cell)->value;
        if (*type == PY_NULL) py_raise_fmt(vm, PY_EXC_RuntimeError, "super(): empty __class__ cell");
        return;
    }
    py_raise_fmt(vm, PY_EXC_RuntimeError, "super(): __class__ cell not found");
}

static py_val_t super_new(py_vm_t *vm, py_type_t *t, size_t nargs, const py_val_t *args,
                          py_val_t kwnames) {
    py_arg_no_kw(vm, "super", kwnames);
    if (nargs > 2) py_raise_type_error(vm, "super() expected at most 2 arguments, got %zu", nargs);
    py_val_t type, obj = PY_NULL;
    if (nargs == 0)
        from_frame(vm, &type, &obj);
    else {
        type = args[0];
        if (nargs == 2) obj = args[1];
    }
    if (!is_type(vm, type)) py_raise_type_error(vm, "super() argument 1 must be a type, not %T", type);
    py_super_t *s = py_gc_new(vm, t, t->basicsize);   // a subclass's has its dict field
    s->type = (py_type_t *)py_obj(type);
    s->obj = obj;
    if (obj == PY_NULL) return py_from_obj(s);
    if (is_type(vm, obj) && py_is_subtype((py_type_t *)py_obj(obj), s->type))
        s->obj_type = (py_type_t *)py_obj(obj);
    else if (py_isinstance(vm, obj, s->type))
        s->obj_type = py_type_of(vm, obj);
    else
        py_raise_type_error(vm, "super(type, obj): obj must be an instance or subtype of type");
    return py_from_obj(s);
}

// super's own attributes, found when the MRO has none of that name.
static py_val_t own_attr(py_super_t *s, py_val_t name) {
    if (py_str_eq_c(name, "__thisclass__")) return py_from_obj(s->type);
    if (py_str_eq_c(name, "__self__")) return s->obj == PY_NULL ? PY_NONE : s->obj;
    if (py_str_eq_c(name, "__self_class__")) return s->obj_type ? py_from_obj(s->obj_type) : PY_NONE;
    return PY_NULL;
}

py_val_t py_super_getattr(py_vm_t *vm, py_val_t self, py_val_t name) {
    py_super_t *s = (py_super_t *)py_obj(self);
    if (!s->obj_type) return own_attr(s, name);
    py_slotwrap_before_lookup(vm, s->obj_type, name);
    py_tuple_t *mro = py_tuple_ptr(s->obj_type->mro);
    size_t i = 0;
    while (i < mro->len && mro->items[i] != py_from_obj(s->type)) i++;
    for (i++; i < mro->len; i++) {
        py_type_t *c = (py_type_t *)py_obj(mro->items[i]);
        py_val_t v = py_dict_get_name(vm, c->dict, name);
        if (v == PY_NULL) continue;
        // A class bound to super (classmethods, __new__) binds like a class lookup.
        py_val_t inst = s->obj == py_from_obj(s->obj_type) ? PY_NULL : s->obj;
        py_val_t bound = py_descr_get(vm, v, inst, py_from_obj(s->obj_type));
        if (bound == PY_NULL && inst != PY_NULL && py_is_a(vm, v, PY_T_builtin_function) &&
            ((py_builtin_t *)py_obj(v))->self == PY_NULL)
            bound = py_bound_method_new(vm, v, inst);
        return bound != PY_NULL ? bound : v;
    }
    return own_attr(s, name);
}

static py_val_t super_repr(py_vm_t *vm, py_val_t self) {
    py_super_t *s = (py_super_t *)py_obj(self);
    if (!s->obj_type) return py_str_format_c(vm, "<super: <class '%N'>, NULL>", s->type->name);
    return py_str_format_c(vm, "<super: <class '%N'>, <%s object>>", s->type->name,
                           py_str_bytes(s->obj_type->name));
}

static void super_mark(py_vm_t *vm, py_obj_t *o) {
    py_super_t *s = (py_super_t *)o;
    py_gc_mark(vm, py_from_obj(s->type));
    py_gc_mark(vm, s->obj);
    if (s->obj_type) py_gc_mark(vm, py_from_obj(s->obj_type));
}

const py_type_spec_t py_super_spec = {
    .name = "super",
    .base = PY_T_object,
    .basicsize = sizeof(py_super_t),
    .flags = PY_TF_BASETYPE,
    .slots = {.mark = super_mark, .make_new = super_new, .repr = super_repr,
              .getattr = py_super_getattr},
};
