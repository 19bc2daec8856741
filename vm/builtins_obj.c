// vm/builtins_obj.c: built-in functions about objects, types and namespaces: getattr,
// setattr, hasattr, delattr, isinstance, issubclass, callable, id, hash, repr, ascii,
// format, dir, vars, globals, locals. Layer: vm core (library).
// SPDX-License-Identifier: MIT

#include "builtins.h"
#include "except.h"
#include "frame.h"
#include "namespace.h"
#include "obj_dict.h"
#include "obj_func.h"
#include "obj_int.h"
#include "obj_list.h"
#include "obj_module.h"
#include "obj_str.h"
#include "obj_tuple.h"
#include "obj_type.h"
#include "obj_slotwrap.h"
#include "runtime.h"

// ---- attributes ------------------------------------------------------------------

static py_val_t attr_name(py_vm_t *vm, py_val_t name) {
    if (!py_is_str(vm, name))
        py_raise_type_error(vm, "attribute name must be string, not '%T'", name);
    return py_str_intern_val(vm, name);
}

static py_val_t builtin_getattr(py_vm_t *vm, size_t nargs, const py_val_t *args,
                                py_val_t kwnames) {
    (void)kwnames;
    py_val_t name = attr_name(vm, args[1]);
    if (nargs < 3) return py_getattr(vm, args[0], name);
    py_val_t v = py_getattr_opt(vm, args[0], name);
    return v != PY_NULL ? v : args[2];
}

static py_val_t builtin_setattr(py_vm_t *vm, size_t nargs, const py_val_t *args,
                                py_val_t kwnames) {
    (void)nargs, (void)kwnames;
    py_setattr(vm, args[0], attr_name(vm, args[1]), args[2]);
    return PY_NONE;
}

static py_val_t builtin_delattr(py_vm_t *vm, size_t nargs, const py_val_t *args,
                                py_val_t kwnames) {
    (void)nargs, (void)kwnames;
    py_setattr(vm, args[0], attr_name(vm, args[1]), PY_NULL);
    return PY_NONE;
}

static py_val_t builtin_hasattr(py_vm_t *vm, size_t nargs, const py_val_t *args,
                                py_val_t kwnames) {
    (void)nargs, (void)kwnames;
    py_val_t name = attr_name(vm, args[1]);
    return py_bool(py_getattr_opt(vm, args[0], name) != PY_NULL);
}

// ---- types ---------------------------------------------------------------------------

static bool is_type(py_vm_t *vm, py_val_t v) { return py_is_a(vm, v, PY_T_type); }

static py_type_t *type_ptr(py_val_t v) { return (py_type_t *)v; }

// isinstance(x, cls) or issubclass(x, cls) where [cls] is a type or a
// (nested) tuple of them; [err] is the TypeError for anything else.
static bool any_class(py_vm_t *vm, py_val_t cls, py_val_t x, bool instance, const char *err) {
    if (is_type(vm, cls))
        return instance ? py_type_instancecheck(vm, x, cls) : py_type_subclasscheck(vm, x, cls);
    if (!py_is_a(vm, cls, PY_T_tuple)) py_raise_type_error(vm, "%s", err);
    py_check_c_stack(vm);
    py_tuple_t *t = py_tuple_ptr(cls);
    for (size_t i = 0; i < t->len; i++)
        if (any_class(vm, t->items[i], x, instance, err)) return true;
    return false;
}

static py_val_t builtin_isinstance(py_vm_t *vm, size_t nargs, const py_val_t *args,
                                   py_val_t kwnames) {
    (void)nargs, (void)kwnames;
    return py_bool(any_class(vm, args[1], args[0], true,
                             "isinstance() arg 2 must be a type, a tuple of types, or a union"));
}

static py_val_t builtin_issubclass(py_vm_t *vm, size_t nargs, const py_val_t *args,
                                   py_val_t kwnames) {
    (void)nargs, (void)kwnames;
    return py_bool(any_class(vm, args[1], args[0], false,
                             "issubclass() arg 2 must be a class, a tuple of classes, or a union"));
}

static py_val_t builtin_callable(py_vm_t *vm, size_t nargs, const py_val_t *args,
                                 py_val_t kwnames) {
    (void)nargs, (void)kwnames;
    return py_bool(py_callable(vm, args[0]));
}

// ---- identity and text ------------------------------------------------------------------

// An object's address; small ints, interned strs and immediates are their
// own word, which is just as stable and unique while they live.
static py_val_t builtin_id(py_vm_t *vm, size_t nargs, const py_val_t *args, py_val_t kwnames) {
    (void)nargs, (void)kwnames;
    return py_int_from_u64(vm, (uint64_t)args[0]);
}

static py_val_t builtin_hash(py_vm_t *vm, size_t nargs, const py_val_t *args,
                             py_val_t kwnames) {
    (void)nargs, (void)kwnames;
    return py_int_from_i64(vm, (int64_t)py_hash(vm, args[0]));
}

static py_val_t builtin_repr(py_vm_t *vm, size_t nargs, const py_val_t *args,
                             py_val_t kwnames) {
    (void)nargs, (void)kwnames;
    return py_repr(vm, args[0]);
}

static uint32_t decode_utf8(const unsigned char *p, size_t *n) {
    if (p[0] < 0x80) return *n = 1, p[0];
    if (p[0] < 0xE0) return *n = 2, (uint32_t)(p[0] & 0x1F) << 6 | (p[1] & 0x3F);
    if (p[0] < 0xF0)
        return *n = 3, (uint32_t)(p[0] & 0x0F) << 12 | (uint32_t)(p[1] & 0x3F) << 6 | (p[2] & 0x3F);
    return *n = 4, (uint32_t)(p[0] & 0x07) << 18 | (uint32_t)(p[1] & 0x3F) << 12 |
                   (uint32_t)(p[2] & 0x3F) << 6 | (p[3] & 0x3F);
}

// ascii(x): repr(x) with non-ASCII characters as \x, \u or \U escapes.
static py_val_t builtin_ascii(py_vm_t *vm, size_t nargs, const py_val_t *args,
                              py_val_t kwnames) {
    (void)nargs, (void)kwnames;
    py_val_t r = py_repr(vm, args[0]);
    if (py_str_ptr(r)->ascii) return r;
    py_strbuf_t b;
    py_strbuf_init(&b);
    const unsigned char *p = (const unsigned char *)py_str_bytes(r), *end = p + py_str_len(r);
    while (p < end) {
        size_t n;
        uint32_t cp = decode_utf8(p, &n);
        p += n;
        if (cp < 0x80) {
            py_strbuf_add_char(vm, &b, (char)cp);
            continue;
        }
        const char *prefix = cp < 0x100 ? "\\x" : cp < 0x10000 ? "\\u" : "\\U";
        int width = cp < 0x100 ? 2 : cp < 0x10000 ? 4 : 8;
        py_strbuf_add(vm, &b, prefix, 2);
        for (int i = width - 1; i >= 0; i--)
            py_strbuf_add_char(vm, &b, "0123456789abcdef"[(cp >> (4 * i)) & 15]);
    }
    return py_strbuf_finish(vm, &b);
}

// format(value, format_spec=''): STR's formatter, which defers to a class's own __format__.
static py_val_t builtin_format(py_vm_t *vm, size_t nargs, const py_val_t *args,
                               py_val_t kwnames) {
    (void)kwnames;
    py_val_t spec = nargs > 1 ? args[1] : py_name(vm, PY_NAME_empty);
    if (!py_is_str(vm, spec))
        py_raise_type_error(vm, "format() argument 2 must be str, not %T", spec);
    return py_format_value(vm, args[0], spec);
}

// ---- namespaces ----------------------------------------------------------------------------

py_val_t py_builtins_globals(py_vm_t *vm) {
    if (vm->frame) return vm->frame->globals;
    return vm->main_module != PY_NULL ? ((py_module_t *)vm->main_module)->dict : py_dict_new(vm);
}

// Copies [n] variables named by tuple [names] from [slots] into dict [d]:
// a bound one is set, an unbound one removed (it may have been deleted
// since the last call). [cells]: each slot is a cell holding the value.
// May raise (a mapping's own errors); may allocate.
static void sync_vars(py_vm_t *vm, py_val_t d, py_val_t names, const py_val_t *slots, size_t n,
                      bool cells) {
    py_tuple_t *t = py_tuple_ptr(names);
    for (size_t i = 0; i < n && i < t->len; i++) {
        py_val_t v = slots[i];
        if (cells) v = v != PY_NULL && py_is_a(vm, v, PY_T_cell) ? py_cell_ptr(v)->value : PY_NULL;
        else if (v != PY_NULL && py_is_a(vm, v, PY_T_cell)) continue;  // a parameter's cell
        if (v != PY_NULL) py_namespace_set(vm, d, t->items[i], v);
        else if (py_is_a(vm, d, PY_T_dict)) py_dict_remove(vm, d, t->items[i]);
    }
}

// Module and class bodies return their namespace. A function's locals() is
// one dict per frame, refreshed from its variables on each call, as in
// CPython 3.11: names that exec() added to it stay there.
py_val_t py_builtins_locals(py_vm_t *vm) {
    py_frame_t *f = vm->frame;
    if (!f) return py_builtins_globals(vm);
    py_code_t *code = f->code;
    if (code->flags & (PY_CODE_MODULE | PY_CODE_CLASS))
        return f->locals != PY_NULL ? f->locals : f->globals;
    if (f->locals == PY_NULL) f->locals = py_dict_new(vm);
    py_val_t d = f->locals;
    sync_vars(vm, d, code->varnames, f->base, code->nlocals, false);
    sync_vars(vm, d, code->cellvars, f->base + code->nlocals, code->ncells, true);
    sync_vars(vm, d, code->freevars, f->base + code->nlocals + code->ncells, code->nfree, true);
    return d;
}

static py_val_t builtin_globals(py_vm_t *vm, size_t nargs, const py_val_t *args,
                                py_val_t kwnames) {
    (void)nargs, (void)args, (void)kwnames;
    return py_builtins_globals(vm);
}

static py_val_t builtin_locals(py_vm_t *vm, size_t nargs, const py_val_t *args,
                               py_val_t kwnames) {
    (void)nargs, (void)args, (void)kwnames;
    return py_builtins_locals(vm);
}

static py_val_t builtin_vars(py_vm_t *vm, size_t nargs, const py_val_t *args,
                             py_val_t kwnames) {
    (void)kwnames;
    if (nargs == 0) return py_builtins_locals(vm);
    py_val_t d = py_getattr_opt(vm, args[0], py_name(vm, PY_NAME___dict__));
    if (d == PY_NULL) py_raise_type_error(vm, "vars() argument must have __dict__ attribute");
    return d;
}

static void add_keys(py_vm_t *vm, py_val_t names, py_val_t dict) {
    if (dict == PY_NULL || !py_is_a(vm, dict, PY_T_dict)) return;
    size_t pos = 0;
    for (py_dict_entry_t *e; (e = py_dict_next(dict, &pos)) != NULL;) {
        py_val_t key = e->key;
        py_dict_set(vm, names, key, PY_NONE);
    }
}

// The names of [type] and its bases. Every object has __class__ and __doc__
// (CPython's object defines them), and instances of classes defined in
// Python have __dict__ and __weakref__. May allocate.
static void add_type_keys(py_vm_t *vm, py_val_t names, py_type_t *type) {
    py_slotwrap_materialise_mro(vm, type);
    py_tuple_t *mro = py_tuple_ptr(type->mro);
    bool heap = false;
    for (size_t i = 0; i < mro->len; i++) {
        add_keys(vm, names, type_ptr(mro->items[i])->dict);
        heap |= (type_ptr(mro->items[i])->flags & PY_TF_HEAPTYPE) != 0;
    }
    static const char *const always[] = {"__class__", "__doc__", "__dict__", "__weakref__"};
    for (size_t i = 0; i < (heap ? 4u : 2u); i++)
        py_dict_set(vm, names, py_str_intern_c(vm, always[i]), PY_NONE);
}

// The names a class's own __dir__ (or its metaclass's, for a class) gives,
// or PY_NULL when no class defined in Python has one. Raises what it raises;
// may allocate.
static py_val_t custom_dir(py_vm_t *vm, py_val_t obj) {
    py_val_t name = py_str_intern_c(vm, "__dir__");
    py_val_t f = py_class_lookup_user(vm, py_type_of(vm, obj), name);
    if (f == PY_NULL) {
        if (!py_is_a(vm, obj, PY_T_module)) return PY_NULL;
        f = py_dict_get_name(vm, ((py_module_t *)obj)->dict, name);  // a module's own __dir__
        return f == PY_NULL ? PY_NULL : py_call0(vm, f);
    }
    if (py_is_a(vm, f, PY_T_function)) return py_class_call_with_self(vm, f, obj, 0, NULL, PY_NULL);
    py_val_t bound = py_descr_get(vm, f, obj, py_from_obj(py_type_of(vm, obj)));
    return py_call0(vm, bound != PY_NULL ? bound : f);
}

// The attribute names of [obj] as CPython's object, type and module __dir__
// give them, added to dict [names]. May allocate.
static void add_attr_keys(py_vm_t *vm, py_val_t names, py_val_t obj) {
    if (py_is_a(vm, obj, PY_T_module)) {
        add_keys(vm, names, ((py_module_t *)obj)->dict);
    } else if (is_type(vm, obj)) {
        add_type_keys(vm, names, type_ptr(obj));
    } else {
        py_val_t *field = py_instance_dict_field(vm, obj);
        if (field) add_keys(vm, names, *field);
        add_type_keys(vm, names, py_type_of(vm, obj));
    }
}

// dir([object]): the sorted names of the scope, or of the object's attributes.
static py_val_t builtin_dir(py_vm_t *vm, size_t nargs, const py_val_t *args, py_val_t kwnames) {
    (void)kwnames;
    py_val_t list;
    if (nargs == 0) {
        py_val_t ns = py_builtins_locals(vm);
        if (!py_is_a(vm, ns, PY_T_dict))  // exec() with a mapping: its keys(), as CPython
            ns = py_call_method(vm, ns, py_str_intern_c(vm, "keys"), 0, NULL);
        list = py_list_from_iter(vm, ns);
    } else if ((list = custom_dir(vm, args[0])) != PY_NULL) {
        list = py_list_from_iter(vm, list);
    } else {
        py_val_t names = py_dict_new(vm);
        add_attr_keys(vm, names, args[0]);
        list = py_list_from_iter(vm, names);
    }
    py_list_sort(vm, list, PY_NULL, false);
    return list;
}

const py_method_def_t py_builtins_obj_functions[] = {
    {"getattr", builtin_getattr, 2, 3, 0},
    {"setattr", builtin_setattr, 3, 3, 0},
    {"delattr", builtin_delattr, 2, 2, 0},
    {"hasattr", builtin_hasattr, 2, 2, 0},
    {"isinstance", builtin_isinstance, 2, 2, 0},
    {"issubclass", builtin_issubclass, 2, 2, 0},
    {"callable", builtin_callable, 1, 1, 0},
    {"id", builtin_id, 1, 1, 0},
    {"hash", builtin_hash, 1, 1, 0},
    {"repr", builtin_repr, 1, 1, 0},
    {"ascii", builtin_ascii, 1, 1, 0},
    {"format", builtin_format, 1, 2, 0},
    {"globals", builtin_globals, 0, 0, 0},
    {"locals", builtin_locals, 0, 0, 0},
    {"vars", builtin_vars, 0, 1, 0},
    {"dir", builtin_dir, 0, 1, 0},
    {NULL, NULL, 0, 0, 0},
};
