// vm/obj_func.c: callables: Python functions, built-in functions, bound methods,
// cells, and the descriptors property, classmethod and staticmethod.
// Layer: vm core (types). Running a function is vm/vm_loop.c's; binding is vm/call.c's.
// SPDX-License-Identifier: MIT

#include <stdio.h>
#include <string.h>

#include "except.h"
#include "frame.h"
#include "gc.h"
#include "obj_dict.h"
#include "obj_func.h"
#include "obj_module.h"
#include "obj_slotwrap.h"
#include "obj_str.h"
#include "obj_tuple.h"
#include "obj_type.h"
#include "runtime.h"
#include "vm_loop.h"

// Arguments forwarded with self prepended fit here in the common case;
// longer argument lists borrow a tuple as storage.
#define SMALL_ARGS 8

static bool name_is(py_val_t name, const char *s) {
    return py_str_eq_c(name, s);
}

static py_val_t or_none(py_val_t v) {
    return v == PY_NULL ? PY_NONE : v;
}

// Calls [f] with [self] prepended to the vectorcall arguments.
static py_val_t call_with_self(py_vm_t *vm, py_val_t f, py_val_t self, size_t nargs,
                               const py_val_t *args, py_val_t kwnames) {
    size_t n = nargs + (kwnames != PY_NULL ? py_tuple_ptr(kwnames)->len : 0);
    py_val_t small[SMALL_ARGS + 1];
    py_val_t *buf = small;
    if (n >= SMALL_ARGS) buf = py_tuple_ptr(py_tuple_new(vm, n + 1, NULL))->items;
    buf[0] = self;
    if (n) memcpy(buf + 1, args, n * sizeof *buf);   // args may be NULL when n is 0
    return py_call(vm, f, nargs + 1, buf, kwnames);
}

// ---- argument checking helpers --------------------------------------------------

void py_arg_check(py_vm_t *vm, const char *name, size_t nargs, size_t min, size_t max) {
    if (nargs >= min && nargs <= max) return;
    const char *dot = strrchr(name, '.');
    const char *bare = dot ? dot + 1 : name;
    if (max == 0) py_raise_type_error(vm, "%s() takes no arguments (%zu given)", name, nargs);
    if (min == 1 && max == 1) py_raise_type_error(vm, "%s() takes exactly one argument (%zu given)", name, nargs);
    if (min == max) py_raise_type_error(vm, "%s expected %zu arguments, got %zu", bare, min, nargs);
    if (nargs < min)
        py_raise_type_error(vm, "%s expected at least %zu argument%s, got %zu", bare, min,
                            min == 1 ? "" : "s", nargs);
    py_raise_type_error(vm, "%s expected at most %zu argument%s, got %zu", bare, max,
                        max == 1 ? "" : "s", nargs);
}

void py_arg_no_kw(py_vm_t *vm, const char *name, py_val_t kwnames) {
    if (kwnames == PY_NULL || py_tuple_ptr(kwnames)->len == 0) return;
    py_raise_type_error(vm, "%s() takes no keyword arguments", name);
}

py_val_t py_arg_kw(py_vm_t *vm, size_t nargs, const py_val_t *args, py_val_t kwnames,
                   py_name_id_t name) {
    if (kwnames == PY_NULL) return PY_NULL;
    py_val_t want = py_name(vm, name);
    py_tuple_t *k = py_tuple_ptr(kwnames);
    for (size_t i = 0; i < k->len; i++)
        if (k->items[i] == want || py_str_equal(k->items[i], want)) return args[nargs + i];
    return PY_NULL;
}

// ---- functions --------------------------------------------------------------------------

py_val_t py_function_new(py_vm_t *vm, py_code_t *code, py_val_t globals) {
    py_function_t *fn = py_gc_new(vm, vm->types[PY_T_function], sizeof *fn);
    fn->code = code;
    fn->globals = globals;
    fn->name = code->name;
    fn->qualname = code->qualname;
    fn->doc = PY_NONE;
    py_val_t mod = py_dict_get_name(vm, globals, py_name(vm, PY_NAME___name__));
    fn->module = or_none(mod);
    return py_from_obj(fn);
}

static void function_mark(py_vm_t *vm, py_obj_t *o) {
    py_function_t *fn = (py_function_t *)o;
    py_gc_mark(vm, py_from_obj(fn->code));
    py_val_t vals[] = {fn->globals, fn->defaults, fn->kwdefaults, fn->closure, fn->name,
                       fn->qualname, fn->module, fn->doc, fn->dict};
    py_gc_mark_array(vm, vals, sizeof vals / sizeof vals[0]);
}

static py_val_t function_call(py_vm_t *vm, py_val_t self, size_t nargs, const py_val_t *args,
                              py_val_t kwnames) {
    return py_vm_loop_call(vm, self, nargs, args, kwnames);
}

static py_val_t function_repr(py_vm_t *vm, py_val_t self) {
    char addr[32];
    snprintf(addr, sizeof addr, "%p", (void *)self);
    return py_str_format_c(vm, "<function %S at %s>", py_function_ptr(self)->qualname, addr);
}

static py_val_t function_getattr(py_vm_t *vm, py_val_t self, py_val_t name) {
    py_function_t *fn = py_function_ptr(self);
    if (name_is(name, "__name__")) return fn->name;
    if (name_is(name, "__qualname__")) return fn->qualname;
    if (name_is(name, "__doc__")) return fn->doc;
    if (name_is(name, "__module__")) return fn->module;
    if (name_is(name, "__code__")) return py_from_obj(fn->code);
    if (name_is(name, "__globals__")) return fn->globals;
    if (name_is(name, "__defaults__")) return or_none(fn->defaults);
    if (name_is(name, "__kwdefaults__")) return or_none(fn->kwdefaults);
    if (name_is(name, "__closure__")) return or_none(fn->closure);
    if (name_is(name, "__dict__")) {
        if (fn->dict == PY_NULL) fn->dict = py_dict_new(vm);
        return fn->dict;
    }
    py_val_t v = fn->dict != PY_NULL ? py_dict_get(vm, fn->dict, name) : PY_NULL;
    if (v == PY_NULL && name_is(name, "__annotations__")) {
        // made empty on first use and kept, as CPython's
        if (fn->dict == PY_NULL) fn->dict = py_dict_new(vm);
        v = py_dict_new(vm);
        py_dict_set(vm, fn->dict, name, v);
    }
    return v;
}

static bool function_setattr(py_vm_t *vm, py_val_t self, py_val_t name, py_val_t value) {
    py_function_t *fn = py_function_ptr(self);
    py_val_t v = value == PY_NULL ? PY_NONE : value;
    if (name_is(name, "__name__")) fn->name = v;
    else if (name_is(name, "__qualname__")) fn->qualname = v;
    else if (name_is(name, "__doc__")) fn->doc = v;
    else if (name_is(name, "__module__")) fn->module = v;
    else if (name_is(name, "__defaults__")) fn->defaults = v == PY_NONE ? PY_NULL : v;
    else if (name_is(name, "__kwdefaults__")) fn->kwdefaults = v == PY_NONE ? PY_NULL : v;
    else {
        if (fn->dict == PY_NULL) fn->dict = py_dict_new(vm);
        if (value == PY_NULL) {
            if (py_dict_remove(vm, fn->dict, name) == PY_NULL)
                py_raise_fmt(vm, PY_EXC_AttributeError, "'function' object has no attribute '%N'", name);
        } else {
            py_dict_set(vm, fn->dict, name, value);
        }
    }
    return true;
}

static py_val_t m_function_get(py_vm_t *vm, size_t nargs, const py_val_t *args, py_val_t kwnames) {
    (void)kwnames;
    if (args[1] == PY_NONE && (nargs < 3 || args[2] == PY_NONE))
        py_raise_type_error(vm, "__get__(None, None) is invalid");
    return args[1] == PY_NONE ? args[0] : py_bound_method_new(vm, args[0], args[1]);
}

static const py_method_def_t function_methods[] = {
    {"__get__", m_function_get, 2, 3, 0},
    {NULL, NULL, 0, 0, 0},
};

const py_type_spec_t py_function_spec = {
    .name = "function",
    .base = PY_T_object,
    .basicsize = sizeof(py_function_t),
    .slots = {.mark = function_mark, .call = function_call, .repr = function_repr,
              .getattr = function_getattr, .setattr = function_setattr},
    .methods = function_methods,
};

// ---- built-in functions -------------------------------------------------------------------

py_val_t py_builtin_new(py_vm_t *vm, const py_method_def_t *def, py_val_t self) {
    py_builtin_t *b = py_gc_new(vm, vm->types[PY_T_builtin_function], sizeof *b);
    b->def = def;
    b->self = self;
    return py_from_obj(b);
}

py_val_t py_builtin_bind(py_vm_t *vm, py_val_t builtin, py_val_t self) {
    py_val_t f = py_builtin_new(vm, ((py_builtin_t *)py_obj(builtin))->def, self);
    ((py_builtin_t *)py_obj(f))->owner = ((py_builtin_t *)py_obj(builtin))->owner;
    return f;
}

static void builtin_mark(py_vm_t *vm, py_obj_t *o) {
    py_gc_mark(vm, ((py_builtin_t *)o)->self);
    if (((py_builtin_t *)o)->owner) py_gc_mark(vm, py_from_obj(((py_builtin_t *)o)->owner));
}

// The C module whose function table holds [def], or NULL (a builtin, a method).
// A search, but only error messages need it.
static const py_module_def_t *module_of(const py_method_def_t *def) {
    for (const py_module_def_t *const *m = py_builtin_modules; *m; m++)
        for (const py_method_def_t *f = (*m)->functions; f && f->name; f++)
            if (f == def) return *m;
    return NULL;
}

// "list.append" for a method, "time.sleep" for a module's function, "len"
// for a built-in function, for error messages, as CPython's _PyObject_FunctionStr.
static const char *builtin_name(py_vm_t *vm, const py_builtin_t *b, py_val_t self, char *buf,
                                size_t size) {
    py_type_t *t = b->owner;
    if (!t && (self == PY_NULL || py_is_a(vm, self, PY_T_module))) {
        const py_module_def_t *m = module_of(b->def);
        if (!m) return b->def->name;
        snprintf(buf, size, "%s.%s", m->name, b->def->name);
        return buf;
    }
    if (!t)
        t = (b->def->flags & PY_METH_CLASS) && py_is_obj(self) &&
                    py_isinstance(vm, self, vm->types[PY_T_type]) ? (py_type_t *)py_obj(self)
                                                                  : py_type_of(vm, self);
    snprintf(buf, size, "%s.%s", py_str_interned_cstr(t->name), b->def->name);
    return buf;
}

// A method's arguments outside [lo, hi] (self not counted) in the wording of
// CPython's PyArg_ParseTuple, which methods taking keywords or without an
// Argument Clinic signature use: "split() takes at most 2 arguments (3 given)".
static void parse_tuple_error(py_vm_t *vm, const char *name, size_t n, size_t lo, size_t hi) {
    if (lo == hi && hi != 1 && hi != 0)
        py_raise_type_error(vm, "%s() takes exactly %zu arguments (%zu given)", name, lo, n);
    if (n < lo)
        py_raise_type_error(vm, "%s() takes at least %zu argument%s (%zu given)", name, lo,
                            lo == 1 ? "" : "s", n);
    if (lo != hi)
        py_raise_type_error(vm, "%s() takes at most %zu argument%s (%zu given)", name, hi,
                            hi == 1 ? "" : "s", n);
}

// Raises CPython's TypeError when a call passes [total] positional arguments
// (self included for a method) outside [def]'s range. A method reports its
// count without self; [bound] says self came from the builtin, not args[0].
static void check_count(py_vm_t *vm, const py_builtin_t *b, size_t total, bool bound) {
    const py_method_def_t *def = b->def;
    size_t max = def->max_args == PY_VARARGS ? SIZE_MAX : def->max_args;
    if (total >= def->min_args && total <= max) return;
    char buf[96];
    const char *name = builtin_name(vm, b, b->self, buf, sizeof buf);
    bool method = bound || (b->owner && !(def->flags & PY_METH_STATIC));
    if (!method) py_arg_check(vm, name, total, def->min_args, max);
    if (total == 0) py_raise_type_error(vm, "unbound method %s() needs an argument", name);
    size_t lo = def->min_args ? def->min_args - 1u : 0, hi = max == SIZE_MAX ? max : max - 1;
    if (def->flags & (PY_METH_KEYWORDS | PY_METH_PARSE_TUPLE))
        parse_tuple_error(vm, def->name, total - 1, lo, hi);
    py_arg_check(vm, name, total - 1, lo, hi);
}

// An unbound method of a built-in type applies only to that type's instances:
// its C code relies on their layout.
static void check_self(py_vm_t *vm, const py_builtin_t *b, py_val_t self) {
    py_type_t *t = py_type_of(vm, self);
    if (t == b->owner || py_is_subtype(t, b->owner)) return;
    // CPython words it one way for its slot wrappers (dunders), another for other methods.
    const char *n = b->def->name;
    size_t len = strlen(n);
    if (len > 4 && n[0] == '_' && n[1] == '_' && n[len - 1] == '_' && n[len - 2] == '_')
        py_raise_type_error(vm, "descriptor '%s' requires a '%N' object but received a '%T'", n,
                            b->owner->name, self);
    py_raise_type_error(vm, "descriptor '%s' for '%N' objects doesn't apply to a '%T' object",
                        n, b->owner->name, self);
}

static py_val_t builtin_call(py_vm_t *vm, py_val_t selfv, size_t nargs, const py_val_t *args,
                             py_val_t kwnames) {
    py_builtin_t *b = (py_builtin_t *)py_obj(selfv);
    const py_method_def_t *def = b->def;
    bool bound = b->self != PY_NULL && !(def->flags & PY_METH_STATIC);
    // The name costs a search and a snprintf: built only when there are keywords to refuse.
    if (kwnames != PY_NULL && !(def->flags & PY_METH_KEYWORDS)) {
        char buf[96];
        py_arg_no_kw(vm, builtin_name(vm, b, b->self, buf, sizeof buf), kwnames);
    }
    check_count(vm, b, nargs + (bound ? 1 : 0), bound);
    if (!bound && b->owner && !(def->flags & (PY_METH_STATIC | PY_METH_CLASS)))
        check_self(vm, b, args[0]);
    if (!bound) return def->fn(vm, nargs, args, kwnames);
    size_t n = nargs + (kwnames != PY_NULL ? py_tuple_ptr(kwnames)->len : 0);
    py_val_t small[SMALL_ARGS + 1];
    py_val_t *full = small;
    if (n >= SMALL_ARGS) full = py_tuple_ptr(py_tuple_new(vm, n + 1, NULL))->items;
    full[0] = b->self;
    if (n) memcpy(full + 1, args, n * sizeof *full);   // args may be NULL when n is 0
    return def->fn(vm, nargs + 1, full, kwnames);
}

static py_val_t builtin_repr(py_vm_t *vm, py_val_t selfv) {
    py_builtin_t *b = (py_builtin_t *)py_obj(selfv);
    // An unbound method of a built-in type, as CPython's method descriptors show it.
    if (b->self == PY_NULL && b->owner && !(b->def->flags & (PY_METH_STATIC | PY_METH_CLASS)))
        return py_str_format_c(vm, "<method '%s' of '%N' objects>", b->def->name, b->owner->name);
    if (b->self == PY_NULL || py_is_a(vm, b->self, PY_T_module))
        return py_str_format_c(vm, "<built-in function %s>", b->def->name);
    char addr[32];
    snprintf(addr, sizeof addr, "%p", (void *)b->self);
    return py_str_format_c(vm, "<built-in method %s of %s object at %s>", b->def->name,
                           py_type_name(vm, b->self), addr);
}

static py_val_t builtin_getattr(py_vm_t *vm, py_val_t selfv, py_val_t name) {
    py_builtin_t *b = (py_builtin_t *)py_obj(selfv);
    if (name_is(name, "__name__") || name_is(name, "__qualname__")) return py_str_from_c(vm, b->def->name);
    if (name_is(name, "__self__")) return or_none(b->self);
    if (name_is(name, "__doc__")) return PY_NONE;
    return PY_NULL;
}

const py_type_spec_t py_builtin_function_spec = {
    .name = "builtin_function_or_method",
    .base = PY_T_object,
    .basicsize = sizeof(py_builtin_t),
    .slots = {.mark = builtin_mark, .call = builtin_call, .repr = builtin_repr,
              .getattr = builtin_getattr},
};

// ---- bound methods --------------------------------------------------------------------------

py_val_t py_bound_method_new(py_vm_t *vm, py_val_t func, py_val_t self) {
    py_bound_method_t *m = py_gc_new(vm, vm->types[PY_T_bound_method], sizeof *m);
    m->func = func;
    m->self = self;
    return py_from_obj(m);
}

static void bound_mark(py_vm_t *vm, py_obj_t *o) {
    py_bound_method_t *m = (py_bound_method_t *)o;
    py_gc_mark(vm, m->func);
    py_gc_mark(vm, m->self);
}

static py_val_t bound_call(py_vm_t *vm, py_val_t selfv, size_t nargs, const py_val_t *args,
                           py_val_t kwnames) {
    py_bound_method_t *m = (py_bound_method_t *)py_obj(selfv);
    return call_with_self(vm, m->func, m->self, nargs, args, kwnames);
}

static py_val_t bound_repr(py_vm_t *vm, py_val_t selfv) {
    py_bound_method_t *m = (py_bound_method_t *)py_obj(selfv);
    py_val_t qn = py_getattr_opt(vm, m->func, py_name(vm, PY_NAME___qualname__));
    return py_str_format_c(vm, "<bound method %S of %R>", qn != PY_NULL ? qn : PY_NONE, m->self);
}

static py_val_t bound_getattr(py_vm_t *vm, py_val_t selfv, py_val_t name) {
    py_bound_method_t *m = (py_bound_method_t *)py_obj(selfv);
    if (name_is(name, "__func__")) return m->func;
    if (name_is(name, "__self__")) return m->self;
    return py_getattr_opt(vm, m->func, name);
}

static py_val_t bound_compare(py_vm_t *vm, py_compare_op_t op, py_val_t a, py_val_t b) {
    if ((op != PY_CMP_OP_EQ && op != PY_CMP_OP_NE) || !py_is_a(vm, b, PY_T_bound_method))
        return PY_NOTIMPLEMENTED;
    py_bound_method_t *x = (py_bound_method_t *)py_obj(a), *y = (py_bound_method_t *)py_obj(b);
    bool eq = x->func == y->func && x->self == y->self;
    return py_bool(op == PY_CMP_OP_EQ ? eq : !eq);
}

static py_hash_t bound_hash(py_vm_t *vm, py_val_t selfv) {
    (void)vm;
    py_bound_method_t *m = (py_bound_method_t *)py_obj(selfv);
    return (py_hash_t)((m->func >> 3) ^ (m->self >> 3));
}

const py_type_spec_t py_bound_method_spec = {
    .name = "method",
    .base = PY_T_object,
    .basicsize = sizeof(py_bound_method_t),
    .slots = {.mark = bound_mark, .call = bound_call, .repr = bound_repr, .getattr = bound_getattr,
              .compare = bound_compare, .hash = bound_hash},
};

// ---- cells ------------------------------------------------------------------------------------

py_val_t py_cell_new(py_vm_t *vm, py_val_t value) {
    py_cell_t *c = py_gc_new(vm, vm->types[PY_T_cell], sizeof *c);
    c->value = value;
    return py_from_obj(c);
}

static void cell_mark(py_vm_t *vm, py_obj_t *o) {
    py_gc_mark(vm, ((py_cell_t *)o)->value);
}

static py_val_t cell_repr(py_vm_t *vm, py_val_t self) {
    char addr[32], vaddr[32];
    py_val_t v = py_cell_ptr(self)->value;
    snprintf(addr, sizeof addr, "%p", (void *)self);
    if (v == PY_NULL) return py_str_format_c(vm, "<cell at %s: empty>", addr);
    snprintf(vaddr, sizeof vaddr, "%p", (void *)v);
    return py_str_format_c(vm, "<cell at %s: %s object at %s>", addr, py_type_name(vm, v), vaddr);
}

static py_val_t cell_getattr(py_vm_t *vm, py_val_t self, py_val_t name) {
    if (!name_is(name, "cell_contents")) return PY_NULL;
    py_val_t v = py_cell_ptr(self)->value;
    if (v == PY_NULL) py_raise_fmt(vm, PY_EXC_ValueError, "Cell is empty");
    return v;
}

const py_type_spec_t py_cell_spec = {
    .name = "cell",
    .base = PY_T_object,
    .basicsize = sizeof(py_cell_t),
    .slots = {.mark = cell_mark, .repr = cell_repr, .getattr = cell_getattr},
};

// ---- property ------------------------------------------------------------------------------------

typedef struct py_property {
    py_obj_t base;
    py_val_t fget, fset, fdel, doc;
    py_val_t name;   // the attribute name __set_name__ gave, PY_NULL before
} py_property_t;

static py_property_t *prop(py_val_t v) { return (py_property_t *)py_obj(v); }

static void property_mark(py_vm_t *vm, py_obj_t *o) {
    py_property_t *p = (py_property_t *)o;
    py_val_t vals[] = {p->fget, p->fset, p->fdel, p->doc, p->name};
    py_gc_mark_array(vm, vals, 5);
}

static py_val_t property_make(py_vm_t *vm, py_type_t *t, py_val_t fget, py_val_t fset,
                              py_val_t fdel, py_val_t doc) {
    py_property_t *p = py_gc_new(vm, t, t->basicsize);   // a subclass's has its dict field
    p->fget = fget == PY_NONE ? PY_NULL : fget;
    p->fset = fset == PY_NONE ? PY_NULL : fset;
    p->fdel = fdel == PY_NONE ? PY_NULL : fdel;
    if ((doc == PY_NULL || doc == PY_NONE) && p->fget != PY_NULL)
        doc = py_getattr_opt(vm, p->fget, py_name(vm, PY_NAME___doc__));
    p->doc = or_none(doc);
    return py_from_obj(p);
}

static py_val_t property_new(py_vm_t *vm, py_type_t *t, size_t nargs, const py_val_t *args,
                             py_val_t kwnames) {
    static const char *const names[] = {"fget", "fset", "fdel", "doc"};
    py_val_t v[4] = {PY_NULL, PY_NULL, PY_NULL, PY_NULL};
    if (nargs > 4) py_raise_type_error(vm, "property() takes at most 4 arguments (%zu given)", nargs);
    for (size_t i = 0; i < nargs; i++) v[i] = args[i];
    size_t nkw = kwnames != PY_NULL ? py_tuple_ptr(kwnames)->len : 0;
    for (size_t k = 0; k < nkw; k++) {
        py_val_t name = py_tuple_ptr(kwnames)->items[k];
        size_t i = 0;
        while (i < 4 && !name_is(name, names[i])) i++;
        if (i == 4) py_raise_type_error(vm, "property() got an unexpected keyword argument '%N'", name);
        v[i] = args[nargs + k];
    }
    return property_make(vm, t, v[0], v[1], v[2], v[3]);
}

// "property 'x' of 'C' object has no setter", or without the name when the
// property was never given one by __set_name__, as CPython words it.
_Noreturn static void property_error(py_vm_t *vm, py_property_t *p, py_val_t obj, const char *what) {
    if (p->name != PY_NULL)
        py_raise_fmt(vm, PY_EXC_AttributeError, "property %R of '%s' object has no %s", p->name,
                     py_type_name(vm, obj), what);
    py_raise_fmt(vm, PY_EXC_AttributeError, "property of '%s' object has no %s",
                 py_type_name(vm, obj), what);
}

static py_val_t property_copy(py_vm_t *vm, const py_val_t *args, int which) {
    py_property_t *p = prop(args[0]);
    py_val_t v[3] = {p->fget, p->fset, p->fdel};
    v[which] = args[1];
    py_val_t r = property_make(vm, py_type_of(vm, args[0]), or_none(v[0]), or_none(v[1]),
                               or_none(v[2]), which == 0 ? PY_NULL : p->doc);
    prop(r)->name = p->name;
    return r;
}

static py_val_t property_getter(py_vm_t *vm, size_t n, const py_val_t *a, py_val_t k) {
    (void)n, (void)k;
    return property_copy(vm, a, 0);
}
static py_val_t property_setter(py_vm_t *vm, size_t n, const py_val_t *a, py_val_t k) {
    (void)n, (void)k;
    return property_copy(vm, a, 1);
}
static py_val_t property_deleter(py_vm_t *vm, size_t n, const py_val_t *a, py_val_t k) {
    (void)n, (void)k;
    return property_copy(vm, a, 2);
}

static py_val_t property_set_name(py_vm_t *vm, size_t n, const py_val_t *a, py_val_t k) {
    (void)vm, (void)n, (void)k;
    prop(a[0])->name = a[2];
    return PY_NONE;
}

static py_val_t property_getattr(py_vm_t *vm, py_val_t self, py_val_t name) {
    (void)vm;
    py_property_t *p = prop(self);
    if (name_is(name, "fget")) return or_none(p->fget);
    if (name_is(name, "fset")) return or_none(p->fset);
    if (name_is(name, "fdel")) return or_none(p->fdel);
    if (name_is(name, "__doc__")) return p->doc;
    if (name_is(name, "__isabstractmethod__")) return PY_FALSE;
    return PY_NULL;
}

static bool property_setattr(py_vm_t *vm, py_val_t self, py_val_t name, py_val_t value) {
    (void)vm;
    if (!name_is(name, "__doc__")) return false;
    prop(self)->doc = or_none(value);
    return true;
}

// descr.__get__(obj, type=None), descr.__set__(obj, value), descr.__delete__(obj)
// for every built-in descriptor type; one table serves them all.
static py_val_t m_descr_get(py_vm_t *vm, size_t nargs, const py_val_t *args, py_val_t kwnames) {
    (void)kwnames;
    py_val_t obj = args[1] == PY_NONE ? PY_NULL : args[1];
    py_val_t type = nargs > 2 && args[2] != PY_NONE ? args[2] : PY_NULL;
    if (obj == PY_NULL && type == PY_NULL)
        py_raise_type_error(vm, "__get__(None, None) is invalid");
    if (type == PY_NULL) type = py_from_obj(py_type_of(vm, obj));
    py_val_t r = py_descr_get(vm, args[0], obj, type);
    return r != PY_NULL ? r : args[0];
}

static py_val_t m_descr_set(py_vm_t *vm, size_t nargs, const py_val_t *args, py_val_t kwnames) {
    (void)nargs, (void)kwnames;
    py_descr_set(vm, args[0], args[1], args[2]);
    return PY_NONE;
}

static py_val_t m_descr_delete(py_vm_t *vm, size_t nargs, const py_val_t *args, py_val_t kwnames) {
    (void)nargs, (void)kwnames;
    py_descr_set(vm, args[0], args[1], PY_NULL);
    return PY_NONE;
}

#define DESCR_GET_DEF {"__get__", m_descr_get, 2, 3, 0}
#define DESCR_SET_DEFS {"__set__", m_descr_set, 3, 3, 0}, {"__delete__", m_descr_delete, 2, 2, 0}

static const py_method_def_t property_methods[] = {
    {"getter", property_getter, 2, 2, 0},
    {"setter", property_setter, 2, 2, 0},
    {"deleter", property_deleter, 2, 2, 0},
    {"__set_name__", property_set_name, 3, 3, 0},
    DESCR_GET_DEF,
    DESCR_SET_DEFS,
    {NULL, NULL, 0, 0, 0},
};

const py_type_spec_t py_property_spec = {
    .name = "property",
    .base = PY_T_object,
    .basicsize = sizeof(py_property_t),
    .flags = PY_TF_BASETYPE,
    .slots = {.mark = property_mark, .make_new = property_new, .getattr = property_getattr,
              .setattr = property_setattr},
    .methods = property_methods,
};

// ---- classmethod and staticmethod ----------------------------------------------------------------

typedef struct py_wrapper {
    py_obj_t base;
    py_val_t func;
} py_wrapper_t;

static py_val_t wrapped(py_val_t v) { return ((py_wrapper_t *)py_obj(v))->func; }

static void wrapper_mark(py_vm_t *vm, py_obj_t *o) {
    py_gc_mark(vm, ((py_wrapper_t *)o)->func);
}

static py_val_t wrapper_new(py_vm_t *vm, py_type_t *t, size_t nargs, const py_val_t *args,
                            py_val_t kwnames) {
    // The type's name str may not exist yet: start-up wraps methods before names are set.
    const char *name = t->id == PY_T_classmethod ? "classmethod" : "staticmethod";
    py_arg_no_kw(vm, name, kwnames);
    if (nargs != 1) py_raise_type_error(vm, "%s expected 1 argument, got %zu", name, nargs);
    py_wrapper_t *w = py_gc_new(vm, t, t->basicsize);   // a subclass's has its dict field
    w->func = args[0];
    return py_from_obj(w);
}

// Like CPython's, the wrappers show the wrapped function's name and docs
// (functools.wraps-style), but not its other attributes, such as __get__.
static py_val_t wrapper_getattr(py_vm_t *vm, py_val_t self, py_val_t name) {
    static const char *const copied[] = {"__name__", "__qualname__", "__doc__", "__module__",
                                         "__annotations__"};
    if (name_is(name, "__func__") || name_is(name, "__wrapped__")) return wrapped(self);
    if (name_is(name, "__isabstractmethod__")) return PY_FALSE;
    for (size_t i = 0; i < sizeof copied / sizeof copied[0]; i++)
        if (name_is(name, copied[i])) return py_getattr_opt(vm, wrapped(self), name);
    return PY_NULL;
}

static py_val_t wrapper_repr(py_vm_t *vm, py_val_t self) {
    return py_str_format_c(vm, "<%s(%R)>", py_type_name(vm, self), wrapped(self));
}

static py_val_t staticmethod_call(py_vm_t *vm, py_val_t self, size_t nargs, const py_val_t *args,
                                  py_val_t kwnames) {
    return py_call(vm, wrapped(self), nargs, args, kwnames);
}

static const py_method_def_t get_only_methods[] = {
    DESCR_GET_DEF,
    {NULL, NULL, 0, 0, 0},
};

const py_type_spec_t py_classmethod_spec = {
    .name = "classmethod",
    .base = PY_T_object,
    .basicsize = sizeof(py_wrapper_t),
    .flags = PY_TF_BASETYPE,
    .slots = {.mark = wrapper_mark, .make_new = wrapper_new, .repr = wrapper_repr,
              .getattr = wrapper_getattr},
    .methods = get_only_methods,
};

const py_type_spec_t py_staticmethod_spec = {
    .name = "staticmethod",
    .base = PY_T_object,
    .basicsize = sizeof(py_wrapper_t),
    .flags = PY_TF_BASETYPE,
    .slots = {.mark = wrapper_mark, .make_new = wrapper_new, .call = staticmethod_call,
              .repr = wrapper_repr, .getattr = wrapper_getattr},
    .methods = get_only_methods,
};

// ---- descriptors ------------------------------------------------------------------------------

py_val_t py_descr_get(py_vm_t *vm, py_val_t descr, py_val_t obj, py_val_t type) {
    if (!py_is_obj(descr)) return PY_NULL;
    py_type_t *t = py_obj(descr)->type;
    if (t == vm->types[PY_T_function])
        return obj == PY_NULL ? descr : py_bound_method_new(vm, descr, obj);
    if (t == vm->types[PY_T_wrapper_descriptor])
        return obj == PY_NULL ? descr : py_slotwrap_bind(vm, descr, obj);
    if (t == vm->types[PY_T_builtin_function]) {
        py_builtin_t *b = (py_builtin_t *)py_obj(descr);
        if (b->self != PY_NULL || obj == PY_NULL || (b->def->flags & PY_METH_STATIC)) return descr;
        return py_builtin_bind(vm, descr, obj);
    }
    if (t == vm->types[PY_T_member_descriptor]) return py_member_get(vm, descr, obj);
    if (t == vm->types[PY_T_getset_descriptor]) return py_getset_get(vm, descr, obj);
    if (py_is_a(vm, descr, PY_T_classmethod)) {
        py_val_t cls = type != PY_NULL ? type : py_from_obj(py_type_of(vm, obj));
        py_val_t f = wrapped(descr);
        if (py_is_a(vm, f, PY_T_builtin_function) && ((py_builtin_t *)py_obj(f))->self == PY_NULL)
            return py_builtin_bind(vm, f, cls);
        // A wrapped descriptor binds to the class (classmethod chaining, 3.9-3.12).
        if (py_is_obj(f) && py_obj(f)->type != vm->types[PY_T_function] &&
            (py_type_attr_flags(vm, py_obj(f)->type) & PY_TA_DESCR_GET))
            return py_descr_invoke_get(vm, f, cls, cls);
        return py_bound_method_new(vm, f, cls);
    }
    if (py_is_a(vm, descr, PY_T_staticmethod)) return wrapped(descr);
    if (py_is_a(vm, descr, PY_T_property)) {
        if (obj == PY_NULL) return descr;
        py_property_t *p = prop(descr);
        if (p->fget == PY_NULL) property_error(vm, p, obj, "getter");
        return py_call1(vm, p->fget, obj);
    }
    return PY_NULL;
}

bool py_descr_set(py_vm_t *vm, py_val_t descr, py_val_t obj, py_val_t value) {
    if (!py_is_obj(descr)) return false;
    if (py_obj(descr)->type == vm->types[PY_T_member_descriptor]) {
        py_member_set(vm, descr, obj, value);
        return true;
    }
    if (py_obj(descr)->type == vm->types[PY_T_getset_descriptor]) {
        py_getset_set(vm, descr, obj, value);
        return true;
    }
    if (!py_is_a(vm, descr, PY_T_property)) return false;
    py_property_t *p = prop(descr);
    py_val_t f = value == PY_NULL ? p->fdel : p->fset;
    if (f == PY_NULL) property_error(vm, p, obj, value == PY_NULL ? "deleter" : "setter");
    if (value == PY_NULL)
        py_call1(vm, f, obj);
    else
        py_call2(vm, f, obj, value);
    return true;
}

// True when [dt]'s instances get their [id] (__get__, __set__...) from a
// Python class rather than from a built-in descriptor type's C code.
static bool user_hook(py_vm_t *vm, py_type_t *dt, py_name_id_t id) {
    return (dt->flags & PY_TF_HEAPTYPE) && py_class_lookup_user(vm, dt, vm->names[id]) != PY_NULL;
}

py_val_t py_descr_invoke_get(py_vm_t *vm, py_val_t descr, py_val_t obj, py_val_t type) {
    py_type_t *dt = py_obj(descr)->type;
    if (!user_hook(vm, dt, PY_NAME___get__)) {
        py_val_t r = py_descr_get(vm, descr, obj, type);
        if (r != PY_NULL) return r;
    }
    py_val_t get = py_type_lookup(vm, dt, vm->names[PY_NAME___get__]);
    if (get == PY_NULL) return descr;
    py_val_t args[2] = {obj == PY_NULL ? PY_NONE : obj, type};
    return call_with_self(vm, get, descr, 2, args, PY_NULL);
}

bool py_descr_invoke_set(py_vm_t *vm, py_val_t descr, py_val_t obj, py_val_t value) {
    if (!py_is_obj(descr)) return false;
    py_type_t *dt = py_obj(descr)->type;
    if (!(py_type_attr_flags(vm, dt) & PY_TA_DESCR_SET)) return false;
    py_name_id_t id = value == PY_NULL ? PY_NAME___delete__ : PY_NAME___set__;
    if (!user_hook(vm, dt, id) && py_descr_set(vm, descr, obj, value)) return true;
    py_val_t hook = py_type_lookup(vm, dt, vm->names[id]);
    if (hook == PY_NULL) py_raise_fmt(vm, PY_EXC_AttributeError, "%N", vm->names[id]);
    py_val_t args[2] = {obj, value};
    call_with_self(vm, hook, descr, value == PY_NULL ? 1 : 2, args, PY_NULL);
    return true;
}
