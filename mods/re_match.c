// mods/re_match.c: re.Match, the result of a successful search: groups,
// spans, groupdict, lastindex/lastgroup and item access.
// Layer: library modules. SPDX-License-Identifier: MIT

#include "except.h"
#include "gc.h"
#include "obj_bytes.h"
#include "obj_dict.h"
#include "obj_int.h"
#include "obj_tuple.h"
#include "re.h"
#include "runtime.h"

static py_re_match_t *mt(py_val_t v) { return (py_re_match_t *)v; }
static py_re_pattern_t *mpat(py_re_match_t *m) { return (py_re_pattern_t *)m->pattern; }

static void match_mark(py_vm_t *vm, py_obj_t *o) {
    py_re_match_t *m = (py_re_match_t *)o;
    py_gc_mark(vm, m->pattern);
    py_gc_mark(vm, m->text.string);
    py_gc_mark(vm, m->text.data);
    py_gc_mark_ptr(vm, m->text.w);
    py_gc_mark_ptr(vm, m->slots);
}

// The group number [g] names: an int in range or a group name.
static int group_index(py_vm_t *vm, py_re_match_t *m, py_val_t g) {
    int ng = mpat(m)->ngroups;
    if (py_is_int(vm, g)) {
        int64_t i;
        if (py_int_to_i64(g, &i) && i >= 0 && i <= ng) return (int)i;
    } else if (py_is_str(vm, g) || py_is_bytes(vm, g)) {
        py_val_t i = py_dict_get(vm, mpat(m)->groupindex, g);
        if (i != PY_NULL) return (int)py_small_val(i);
    }
    py_raise_index_error(vm, "no such group");
}

py_val_t py_re_match_group(py_vm_t *vm, py_re_match_t *m, py_val_t g, py_val_t dflt) {
    int i = group_index(vm, m, g);
    return py_re_text_slice(vm, &m->text, m->slots[2 * i], m->slots[2 * i + 1], dflt);
}

static py_val_t match_group(py_vm_t *vm, size_t nargs, const py_val_t *args, py_val_t kwnames) {
    (void)kwnames;
    py_re_match_t *m = mt(args[0]);
    if (nargs <= 1) return py_re_match_group(vm, m, py_small(0), PY_NONE);
    if (nargs == 2) return py_re_match_group(vm, m, args[1], PY_NONE);
    py_val_t t = py_tuple_new(vm, nargs - 1, NULL);
    for (size_t k = 1; k < nargs; k++)
        py_tuple_ptr(t)->items[k - 1] = py_re_match_group(vm, m, args[k], PY_NONE);
    return t;
}

static py_val_t default_arg(py_vm_t *vm, size_t nargs, const py_val_t *args, py_val_t kwnames,
                            const char *fn) {
    static const char *const names[] = {"default", NULL};
    py_val_t a[1];
    py_re_args(vm, fn, nargs - 1, args + 1, kwnames, names, 0, false, a);
    return a[0] == PY_NULL ? PY_NONE : a[0];
}

static py_val_t match_groups(py_vm_t *vm, size_t nargs, const py_val_t *args, py_val_t kwnames) {
    py_val_t dflt = default_arg(vm, nargs, args, kwnames, "groups");
    py_re_match_t *m = mt(args[0]);
    int ng = mpat(m)->ngroups;
    py_val_t t = py_tuple_new(vm, (size_t)ng, NULL);
    for (int k = 1; k <= ng; k++)
        py_tuple_ptr(t)->items[k - 1] =
            py_re_text_slice(vm, &m->text, m->slots[2 * k], m->slots[2 * k + 1], dflt);
    return t;
}

static py_val_t match_groupdict(py_vm_t *vm, size_t nargs, const py_val_t *args,
                                py_val_t kwnames) {
    py_val_t dflt = default_arg(vm, nargs, args, kwnames, "groupdict");
    py_re_match_t *m = mt(args[0]);
    py_val_t d = py_dict_new(vm), index = mpat(m)->groupindex;
    size_t pos = 0;
    for (py_dict_entry_t *e; (e = py_dict_next(index, &pos)) != NULL;) {
        int k = (int)py_small_val(e->value);
        py_val_t key = e->key;
        py_dict_set(vm, d, key, py_re_text_slice(vm, &m->text, m->slots[2 * k], m->slots[2 * k + 1], dflt));
    }
    return d;
}

static int slot_of(py_vm_t *vm, size_t nargs, const py_val_t *args) {
    return nargs > 1 ? group_index(vm, mt(args[0]), args[1]) : 0;
}

static py_val_t match_start(py_vm_t *vm, size_t nargs, const py_val_t *args, py_val_t kwnames) {
    (void)kwnames;
    return py_small(mt(args[0])->slots[2 * slot_of(vm, nargs, args)]);
}

static py_val_t match_end(py_vm_t *vm, size_t nargs, const py_val_t *args, py_val_t kwnames) {
    (void)kwnames;
    return py_small(mt(args[0])->slots[2 * slot_of(vm, nargs, args) + 1]);
}

static py_val_t span(py_vm_t *vm, py_re_match_t *m, int g) {
    py_val_t v[2] = {py_small(m->slots[2 * g]), py_small(m->slots[2 * g + 1])};
    return py_tuple_new(vm, 2, v);
}

static py_val_t match_span(py_vm_t *vm, size_t nargs, const py_val_t *args, py_val_t kwnames) {
    (void)kwnames;
    return span(vm, mt(args[0]), slot_of(vm, nargs, args));
}

static py_val_t match_expand(py_vm_t *vm, size_t nargs, const py_val_t *args, py_val_t kwnames) {
    (void)nargs, (void)kwnames;
    return py_re_match_expand(vm, mt(args[0]), args[1]);
}

static py_val_t match_getitem(py_vm_t *vm, py_val_t self, py_val_t key) {
    return py_re_match_group(vm, mt(self), key, PY_NONE);
}

static py_val_t match_repr(py_vm_t *vm, py_val_t self) {
    py_re_match_t *m = mt(self);
    py_val_t g = py_re_text_slice(vm, &m->text, m->slots[0], m->slots[1], PY_NONE);
    return py_str_format_c(vm, "<re.Match object; span=(%d, %d), match=%R>", (int)m->slots[0],
                           (int)m->slots[1], g);
}

static py_val_t lastgroup(py_vm_t *vm, py_re_match_t *m) {
    size_t pos = 0;
    for (py_dict_entry_t *e; (e = py_dict_next(mpat(m)->groupindex, &pos)) != NULL;)
        if (py_small_val(e->value) == m->lastindex) return e->key;
    (void)vm;
    return PY_NONE;
}

static py_val_t match_getattr(py_vm_t *vm, py_val_t self, py_val_t name) {
    py_re_match_t *m = mt(self);
    if (py_str_eq_c(name, "pos")) return py_int_from_u64(vm, m->pos);
    if (py_str_eq_c(name, "endpos")) return py_int_from_u64(vm, m->endpos);
    if (py_str_eq_c(name, "lastindex")) return m->lastindex < 0 ? PY_NONE : py_small(m->lastindex);
    if (py_str_eq_c(name, "lastgroup")) return m->lastindex < 0 ? PY_NONE : lastgroup(vm, m);
    if (py_str_eq_c(name, "re")) return m->pattern;
    if (py_str_eq_c(name, "string")) return m->text.string;
    if (py_str_eq_c(name, "regs")) {
        int ng = mpat(m)->ngroups;
        py_val_t t = py_tuple_new(vm, (size_t)ng + 1, NULL);
        for (int k = 0; k <= ng; k++) py_tuple_ptr(t)->items[k] = span(vm, m, k);
        return t;
    }
    return PY_NULL;
}

static const py_method_def_t match_methods[] = {
    {"group", match_group, 1, PY_VARARGS, 0},
    {"groups", match_groups, 1, PY_VARARGS, PY_METH_KEYWORDS},
    {"groupdict", match_groupdict, 1, PY_VARARGS, PY_METH_KEYWORDS},
    {"start", match_start, 1, 2, 0},
    {"end", match_end, 1, 2, 0},
    {"span", match_span, 1, 2, 0},
    {"expand", match_expand, 2, 2, 0},
    {NULL, NULL, 0, 0, 0},
};

const py_type_spec_t py_re_match_spec = {
    .name = "Match",
    .base = PY_T_object,
    .basicsize = sizeof(py_re_match_t),
    .slots = {
        .mark = match_mark,
        .repr = match_repr,
        .getattr = match_getattr,
        .getitem = match_getitem,
    },
    .methods = match_methods,
};
