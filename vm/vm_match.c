// vm/vm_match.c: the run-time side of the match statement: sequence, mapping and class checks.
// Layer: vm core (VM). Called by the loop for the instructions of PY_OPCODES_MATCH.
// SPDX-License-Identifier: MIT
//
// The compiler (vm/compiler_match.c) does the rest with ordinary
// instructions. The static helpers below may raise and allocate (they run
// Python code: __len__, get, properties) unless their comment says otherwise.

#include "vm_match.h"

#include "except.h"
#include "obj_dict.h"
#include "obj_int.h"
#include "obj_set.h"
#include "obj_str.h"
#include "obj_tuple.h"
#include "runtime.h"

void py_vm_match_rotate(py_val_t *sp, uint32_t depth) {
    if (depth < 2) return;
    py_val_t top = sp[-1];
    for (uint32_t i = 1; i < depth; i++) sp[-(ptrdiff_t)i] = sp[-(ptrdiff_t)i - 1];
    sp[-(ptrdiff_t)depth] = top;
}

py_val_t py_vm_match_len(py_vm_t *vm, py_val_t v) {
    return py_int_from_u64(vm, py_len(vm, v));
}

// ---- sequences and mappings ------------------------------------------------------------

// What PEP 634 calls a sequence, among the types we have: str and bytes are
// iterable and indexable but deliberately not sequences here. Never raises.
static bool is_sequence(py_vm_t *vm, py_val_t v) {
    return py_is_a(vm, v, PY_T_list) || py_is_a(vm, v, PY_T_tuple) || py_is_a(vm, v, PY_T_range) ||
           py_is_a(vm, v, PY_T_memoryview);
}

py_val_t py_vm_match_sequence(py_vm_t *vm, py_val_t subj, uint32_t arg) {
    if (!is_sequence(vm, subj)) return PY_FALSE;
    size_t n = arg & ~PY_MATCH_SEQ_AT_LEAST;
    if (!(arg & PY_MATCH_SEQ_AT_LEAST)) return py_bool(py_len(vm, subj) == n);
    return py_bool(n == 0 || py_len(vm, subj) >= n);
}

py_val_t py_vm_match_mapping(py_vm_t *vm, py_val_t subj, uint32_t min) {
    if (!py_is_a(vm, subj, PY_T_dict)) return PY_FALSE;
    return py_bool(min == 0 || py_len(vm, subj) >= min);
}

// subj[key] as the mapping's get method gives it, or PY_NULL when absent.
// A plain dict is read directly; a subclass's get (maybe overridden) is
// called with a default that no other code can see, as CPython does.
static py_val_t lookup(py_vm_t *vm, py_val_t subj, py_val_t get, py_val_t absent, py_val_t key) {
    if (get == PY_NULL) return py_dict_get(vm, subj, key);
    py_val_t v = py_call2(vm, get, key, absent);
    return v == absent ? PY_NULL : v;
}

py_val_t *py_vm_match_keys(py_vm_t *vm, py_val_t *sp) {
    py_val_t subj = sp[-2], keys = sp[-1];
    py_tuple_t *k = py_tuple_ptr(keys);
    py_val_t values = py_tuple_new(vm, k->len, NULL);
    py_val_t get = PY_NULL, absent = PY_NULL;
    if (!py_is_exact(vm, subj, PY_T_dict) && k->len) {
        get = py_getattr(vm, subj, py_str_intern_c(vm, "get"));
        absent = py_call0(vm, py_from_obj(vm->types[PY_T_object]));
    }
    // Keys given by dotted names are only known now: a repeated one is a ValueError.
    py_val_t seen = k->len > 1 ? py_set_new(vm, false) : PY_NULL;
    for (size_t i = 0; i < k->len; i++) {
        if (seen != PY_NULL) {
            if (py_set_contains(vm, seen, k->items[i]))
                py_raise_value_error(vm, "mapping pattern checks duplicate key (%R)", k->items[i]);
            py_set_add(vm, seen, k->items[i]);
        }
        py_val_t v = lookup(vm, subj, get, absent, k->items[i]);
        if (v == PY_NULL) {
            *sp++ = PY_NONE;
            *sp++ = PY_FALSE;
            return sp;
        }
        py_tuple_ptr(values)->items[i] = v;
    }
    *sp++ = values;
    *sp++ = PY_TRUE;
    return sp;
}

py_val_t py_vm_match_dict_rest(py_vm_t *vm, py_val_t subj, py_val_t keys) {
    py_val_t rest = py_dict_copy(vm, subj);
    py_tuple_t *k = py_tuple_ptr(keys);
    for (size_t i = 0; i < k->len; i++)
        if (py_dict_remove(vm, rest, k->items[i]) == PY_NULL) py_raise_key_error(vm, k->items[i]);
    return rest;
}

// ---- classes ------------------------------------------------------------------------------

// The built-ins whose one positional sub-pattern matches the subject itself
// (CPython's _Py_TPFLAGS_MATCH_SELF), inherited by their subclasses. Never raises.
static bool matches_self(const py_type_t *cls) {
    switch (cls->id) {
    case PY_T_bool: case PY_T_bytes: case PY_T_dict: case PY_T_float: case PY_T_frozenset:
    case PY_T_int: case PY_T_list: case PY_T_set: case PY_T_str: case PY_T_tuple:
    case PY_T_bytearray:
        return true;
    default:
        return false;
    }
}

typedef struct class_match {
    py_type_t *cls;
    py_val_t subj;
    py_val_t seen;    // set of the attribute names read so far
    py_val_t attrs;   // tuple being filled
    size_t n;         // attributes stored in attrs
} class_match_t;

// Reads attribute [name] into the next slot; false when the subject lacks it.
static bool take_attr(py_vm_t *vm, class_match_t *m, py_val_t name) {
    if (py_set_contains(vm, m->seen, name))
        py_raise_type_error(vm, "%N() got multiple sub-patterns for attribute %R", m->cls->name, name);
    py_set_add(vm, m->seen, name);
    py_val_t v = py_getattr_opt(vm, m->subj, name);
    if (v == PY_NULL) return false;
    py_tuple_ptr(m->attrs)->items[m->n++] = v;
    return true;
}

// The positional attributes, named by cls.__match_args__ (or the subject
// itself for the built-ins of matches_self). False when one is missing.
static bool take_positional(py_vm_t *vm, class_match_t *m, uint32_t npos) {
    py_val_t cls = py_from_obj(m->cls);
    py_val_t args = py_getattr_opt(vm, cls, py_str_intern_c(vm, "__match_args__"));
    if (args != PY_NULL && !py_is_exact(vm, args, PY_T_tuple))
        py_raise_type_error(vm, "%N.__match_args__ must be a tuple (got %s)", m->cls->name,
                            py_type_name(vm, args));
    // The self-matching of a built-in is lost once a class defines __match_args__.
    bool self = args == PY_NULL && matches_self(m->cls);
    size_t allowed = self ? 1 : args != PY_NULL ? py_tuple_ptr(args)->len : 0;
    if (allowed < npos)
        py_raise_type_error(vm, "%N() accepts %zu positional sub-pattern%s (%zu given)", m->cls->name,
                            allowed, allowed == 1 ? "" : "s", (size_t)npos);
    if (self) {
        py_tuple_ptr(m->attrs)->items[m->n++] = m->subj;
        return true;
    }
    for (uint32_t i = 0; i < npos; i++) {
        py_val_t name = py_tuple_ptr(args)->items[i];
        if (!py_is_exact(vm, name, PY_T_str))
            py_raise_type_error(vm, "__match_args__ elements must be strings (got %s)",
                                py_type_name(vm, name));
        if (!take_attr(vm, m, name)) return false;
    }
    return true;
}

static bool match_class(py_vm_t *vm, class_match_t *m, uint32_t npos, py_val_t names) {
    if (!py_isinstance(vm, m->subj, m->cls)) return false;
    m->seen = py_set_new(vm, false);
    if (npos && !take_positional(vm, m, npos)) return false;
    py_tuple_t *kw = py_tuple_ptr(names);
    for (size_t i = 0; i < kw->len; i++)
        if (!take_attr(vm, m, kw->items[i])) return false;
    return true;
}

py_val_t *py_vm_match_class(py_vm_t *vm, py_val_t *sp, uint32_t npos) {
    py_val_t subj = sp[-3], cls = sp[-2], names = sp[-1];
    if (!py_isinstance(vm, cls, vm->types[PY_T_type]))
        py_raise_type_error(vm, "called match pattern must be a type");
    size_t n = npos + py_tuple_ptr(names)->len;
    class_match_t m = {(py_type_t *)py_obj(cls), subj, PY_NULL, py_tuple_new(vm, n, NULL), 0};
    bool ok = match_class(vm, &m, npos, names);
    sp -= 3;
    *sp++ = ok ? m.attrs : PY_NONE;
    *sp++ = py_bool(ok);
    return sp;
}
