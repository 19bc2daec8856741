// vm/vm_ops.c: the bytecode loop's slow paths: unpacking, *args/**kwargs
// spreading, class creation, raise-from, f-string pieces, with, errors.
// Layer: vm core (VM). Each function serves one instruction of vm_loop.c.
// SPDX-License-Identifier: MIT

#include <string.h>

#include "except.h"
#include "obj_dict.h"
#include "obj_exc.h"
#include "obj_list.h"
#include "obj_set.h"
#include "obj_str.h"
#include "obj_tuple.h"
#include "obj_type.h"
#include "runtime.h"
#include "vm_loop.h"

// ---- unpacking ----------------------------------------------------------------------

// Raises CPython's TypeError when [seq] cannot be iterated at all.
static void as_sequence_check(py_vm_t *vm, py_val_t seq) {
    if (!py_type_of(vm, seq)->slots.iter && py_getattr_opt(vm, seq, py_name(vm, PY_NAME___iter__)) == PY_NULL &&
        py_getattr_opt(vm, seq, py_name(vm, PY_NAME___getitem__)) == PY_NULL)
        py_raise_type_error(vm, "cannot unpack non-iterable %s object", py_type_name(vm, seq));
}

// The items of [seq] as a tuple or list value (seq itself when it is one).
static py_val_t as_sequence(py_vm_t *vm, py_val_t seq) {
    if (py_is_exact(vm, seq, PY_T_tuple) || py_is_exact(vm, seq, PY_T_list)) return seq;
    as_sequence_check(vm, seq);
    return py_list_from_iter(vm, seq);
}

static const py_val_t *items_of(py_vm_t *vm, py_val_t seq, size_t *len) {
    if (py_is_exact(vm, seq, PY_T_tuple)) {
        *len = py_tuple_ptr(seq)->len;
        return py_tuple_ptr(seq)->items;
    }
    *len = py_list_ptr(seq)->len;
    return py_list_ptr(seq)->items;
}

// Unpacks an iterator into [n] targets taking n + 1 items at most, as
// CPython does: the iterator stays usable after a "too many values" error.
static py_val_t *unpack_iterable(py_vm_t *vm, py_val_t seq, size_t n, py_val_t *sp) {
    py_val_t it = py_iter(vm, seq);
    py_val_t items = py_tuple_new(vm, n, NULL);
    for (size_t i = 0; i < n; i++) {
        py_val_t v = py_next(vm, it);
        if (v == PY_NULL)
            py_raise_value_error(vm, "not enough values to unpack (expected %zu, got %zu)", n, i);
        py_tuple_ptr(items)->items[i] = v;
    }
    if (py_next(vm, it) != PY_NULL) py_raise_value_error(vm, "too many values to unpack (expected %zu)", n);
    for (size_t i = n; i > 0; i--) *sp++ = py_tuple_ptr(items)->items[i - 1];
    return sp;
}

py_val_t *py_vm_ops_unpack(py_vm_t *vm, py_val_t seq, size_t n, py_val_t *sp) {
    size_t len;
    if (!py_is_exact(vm, seq, PY_T_tuple) && !py_is_exact(vm, seq, PY_T_list)) {
        as_sequence_check(vm, seq);
        return unpack_iterable(vm, seq, n, sp);
    }
    const py_val_t *items = items_of(vm, seq, &len);
    if (len < n)
        py_raise_value_error(vm, "not enough values to unpack (expected %zu, got %zu)", n, len);
    if (len > n) py_raise_value_error(vm, "too many values to unpack (expected %zu)", n);
    for (size_t i = n; i > 0; i--) *sp++ = items[i - 1];
    return sp;
}

py_val_t *py_vm_ops_unpack_ex(py_vm_t *vm, py_val_t seq, size_t before, size_t after, py_val_t *sp) {
    size_t len;
    seq = as_sequence(vm, seq);
    items_of(vm, seq, &len);
    if (len < before + after)
        py_raise_value_error(vm, "not enough values to unpack (expected at least %zu, got %zu)",
                             before + after, len);
    // An empty list has no item storage (NULL): no offset may be applied to it.
    const py_val_t *start = items_of(vm, seq, &len);
    py_val_t middle = py_list_new(vm, len - before - after, len ? start + before : NULL);
    const py_val_t *items = items_of(vm, seq, &len);
    for (size_t i = 0; i < after; i++) *sp++ = items[len - 1 - i];
    *sp++ = middle;
    for (size_t i = before; i > 0; i--) *sp++ = items[i - 1];
    return sp;
}

// ---- calls with *args and **kwargs ----------------------------------------------------

// What f(*x) and [*x] accept before trying to iterate: CPython's check
// (an __iter__, or a __getitem__ that is not a dict's).
static bool is_iterable(py_vm_t *vm, py_val_t v) {
    py_type_t *t = py_type_of(vm, v);
    return t->slots.iter || (t->slots.getitem && !py_is_a(vm, v, PY_T_dict));
}

py_val_t py_vm_ops_spread(py_vm_t *vm, py_val_t *dst, py_val_t args, py_val_t kwargs, size_t *nargs) {
    if (!py_is_exact(vm, args, PY_T_tuple)) {
        if (!is_iterable(vm, args))
            py_raise_type_error(vm, "%S argument after * must be an iterable, not %T",
                                py_call_describe(vm, dst[-2]), args);
        args = py_tuple_from_iter(vm, args);
    }
    size_t n = py_tuple_ptr(args)->len;
    size_t nkw = kwargs != PY_NULL ? py_dict_ptr(kwargs)->len : 0;
    if (dst + n + nkw > vm->stack_end)
        py_raise_fmt(vm, PY_EXC_RecursionError, "maximum recursion depth exceeded");
    py_val_t kwnames = nkw ? py_tuple_new(vm, nkw, NULL) : PY_NULL;
    memcpy(dst, py_tuple_ptr(args)->items, n * sizeof *dst);
    if (vm->stack_top < dst + n) vm->stack_top = dst + n;
    size_t pos = 0, k = 0;
    py_dict_entry_t *e;
    while (nkw && (e = py_dict_next(kwargs, &pos)) != NULL) {
        if (!py_is_str(vm, e->key)) py_raise_type_error(vm, "keywords must be strings");
        py_tuple_ptr(kwnames)->items[k] = py_str_intern_val(vm, e->key);
        dst[n + k++] = e->value;
    }
    *nargs = n;
    return kwnames;
}

void py_vm_ops_list_extend(py_vm_t *vm, py_val_t list, py_val_t iterable) {
    if (!is_iterable(vm, iterable))
        py_raise_type_error(vm, "Value after * must be an iterable, not %T", iterable);
    py_list_extend(vm, list, iterable);
}

// ---- classes ---------------------------------------------------------------------------

// The metaclass= keyword (removed from [kwargs]) or the first base's type,
// then, when it is a class, the most derived of it and the bases'
// metaclasses. Raises TypeError on a metaclass conflict; does not allocate.
static py_val_t metaclass_of(py_vm_t *vm, py_val_t bases, py_val_t kwargs) {
    py_val_t meta = kwargs != PY_NULL ? py_dict_remove(vm, kwargs, vm->names[PY_NAME_metaclass]) : PY_NULL;
    py_tuple_t *b = py_tuple_ptr(bases);
    if (meta == PY_NULL)
        meta = py_from_obj(b->len ? py_type_of(vm, b->items[0]) : vm->types[PY_T_type]);
    if (py_is_obj(meta) && py_isinstance(vm, meta, vm->types[PY_T_type]))
        meta = py_from_obj(py_type_calc_meta(vm, (py_type_t *)py_obj(meta), bases));
    return meta;
}

// f(*args, **kwargs) for the class machinery's calls ([kwargs] may be
// PY_NULL). May raise; may allocate.
static py_val_t call_kw(py_vm_t *vm, py_val_t f, size_t n, const py_val_t *args, py_val_t kwargs) {
    size_t nkw = kwargs != PY_NULL ? py_dict_ptr(kwargs)->len : 0;
    if (!nkw) return py_call(vm, f, n, args, PY_NULL);
    py_val_t all = py_tuple_new(vm, n + nkw, NULL), kwnames = py_tuple_new(vm, nkw, NULL);
    py_val_t *items = py_tuple_ptr(all)->items;
    memcpy(items, args, n * sizeof *items);
    size_t pos = 0, k = 0;
    for (py_dict_entry_t *e; (e = py_dict_next(kwargs, &pos)) != NULL; k++) {
        if (!py_is_str(vm, e->key)) py_raise_type_error(vm, "keywords must be strings");
        py_tuple_ptr(kwnames)->items[k] = py_str_intern_val(vm, e->key);
        items[n + k] = e->value;
    }
    return py_call(vm, f, n, items, kwnames);
}

// The namespace the class body runs in: meta.__prepare__(name, bases, **kw),
// or a dict. Raises TypeError when __prepare__ gives no mapping; may allocate.
static py_val_t prepare_namespace(py_vm_t *vm, py_val_t meta, py_val_t name, py_val_t bases,
                                  py_val_t kwargs) {
    if (meta == py_from_obj(vm->types[PY_T_type])) return py_dict_new(vm);
    py_val_t prep = py_getattr_opt(vm, meta, vm->names[PY_NAME___prepare__]);
    if (prep == PY_NULL) return py_dict_new(vm);
    py_val_t args[2] = {name, bases};
    py_val_t ns = call_kw(vm, prep, 2, args, kwargs);
    if (!py_is_a(vm, ns, PY_T_dict) &&
        py_type_lookup(vm, py_type_of(vm, ns), vm->names[PY_NAME___getitem__]) == PY_NULL) {
        bool is_class = py_is_obj(meta) && py_isinstance(vm, meta, vm->types[PY_T_type]);
        py_raise_type_error(vm, "%s.__prepare__() must return a mapping, not %T",
                            is_class ? py_str_interned_cstr(((py_type_t *)py_obj(meta))->name) : "<metaclass>", ns);
    }
    return ns;
}

py_val_t py_vm_ops_build_class(py_vm_t *vm, py_val_t body, py_val_t name, py_val_t bases,
                               py_val_t kwargs) {
    py_val_t meta = metaclass_of(vm, bases, kwargs);
    py_val_t ns = prepare_namespace(vm, meta, name, bases, kwargs);
    py_function_t *fn = py_function_ptr(body);
    py_frame_t *f = py_call_enter_code(vm, fn->code, body, fn->globals, ns);
    py_val_t cell = py_vm_loop_run(vm, f);
    bool has_cell = py_is_obj(cell) && py_obj(cell)->type == vm->types[PY_T_cell];
    // type.__new__ takes the cell from the namespace and fills it, so that
    // super() works in methods called before the class statement finishes.
    if (has_cell) py_setitem(vm, ns, vm->names[PY_NAME___classcell__], cell);
    py_val_t cls;
    bool plain_kw = kwargs == PY_NULL || py_dict_ptr(kwargs)->len == 0;
    if (meta == py_from_obj(vm->types[PY_T_type]) && plain_kw) {
        cls = py_type_new_class(vm, name, bases, ns);
    } else {
        py_val_t args[3] = {name, bases, ns};
        cls = call_kw(vm, meta, 3, args, kwargs);
    }
    if (has_cell && py_cell_ptr(cell)->value == PY_NULL) py_cell_ptr(cell)->value = cls;
    return cls;
}

// ---- exceptions ---------------------------------------------------------------------------

static bool is_exc_class(py_vm_t *vm, py_val_t v) {
    return py_is_obj(v) && py_isinstance(vm, v, vm->types[PY_T_type]) &&
           py_is_subtype((py_type_t *)py_obj(v), vm->exc_types[PY_EXC_BaseException]);
}

static bool is_exc(py_vm_t *vm, py_val_t v) {
    return py_isinstance(vm, v, vm->exc_types[PY_EXC_BaseException]);
}

_Noreturn void py_vm_ops_raise_from(py_vm_t *vm, py_val_t exc, py_val_t cause) {
    if (is_exc_class(vm, exc)) exc = py_call0(vm, exc);
    if (!is_exc(vm, exc)) py_raise_type_error(vm, "exceptions must derive from BaseException");
    if (is_exc_class(vm, cause)) cause = py_call0(vm, cause);
    if (cause != PY_NONE && !is_exc(vm, cause))
        py_raise_type_error(vm, "exception causes must derive from BaseException");
    py_exc_ptr(exc)->cause = cause == PY_NONE ? PY_NULL : cause;
    py_exc_ptr(exc)->suppress_context = true;
    py_raise_stmt(vm, exc);
}

// A NameError (or subclass [id]) with the message and its .name attribute set.
_Noreturn static void raise_name_error(py_vm_t *vm, py_exc_id_t id, py_val_t msg, py_val_t name) {
    py_val_t exc = py_exc_new(vm, id, py_tuple_new(vm, 1, &msg));
    py_exc_t *e = py_exc_ptr(exc);
    e->dict = py_dict_new(vm);
    py_dict_set_name(vm, e->dict, py_str_intern_c(vm, "name"), name);
    py_raise(vm, exc);
}

_Noreturn void py_vm_ops_name_error(py_vm_t *vm, py_val_t name) {
    raise_name_error(vm, PY_EXC_NameError, py_str_format_c(vm, "name '%N' is not defined", name), name);
}

// CPython leaves an UnboundLocalError's .name unset (None).
_Noreturn void py_vm_ops_unbound_local(py_vm_t *vm, py_val_t name) {
    py_raise_fmt(vm, PY_EXC_UnboundLocalError,
                 "cannot access local variable '%N' where it is not associated with a value", name);
}

_Noreturn void py_vm_ops_unbound_free(py_vm_t *vm, py_val_t name) {
    py_val_t msg = py_str_format_c(vm, "cannot access free variable '%N' where it is not associated with a value"
                                       " in enclosing scope", name);
    raise_name_error(vm, PY_EXC_NameError, msg, name);
}

// ---- strings -------------------------------------------------------------------------------

py_val_t py_vm_ops_format(py_vm_t *vm, py_val_t v, uint32_t conv, py_val_t spec) {
    if (conv == 1) v = py_str_of(vm, v);
    if (conv == 2) v = py_repr(vm, v);
    if (conv == 3) v = py_str_ascii_of(vm, v);
    bool empty = spec == PY_NULL || py_str_len(spec) == 0;
    if (empty && py_is_exact(vm, v, PY_T_str)) return v;
    return py_format_value(vm, v, spec == PY_NULL ? py_name(vm, PY_NAME_empty) : spec);
}

py_val_t py_vm_ops_join(py_vm_t *vm, const py_val_t *parts, size_t n) {
    // The parts are strs, so their total length is known: the result is
    // allocated once at its size and filled, with no growing buffer to make
    // and give back (an f-string of a few parts cost about 450 instructions
    // more through py_strbuf_t).
    size_t len = 0;
    bool ascii = true;
    for (size_t i = 0; i < n; i++) {
        len += py_str_len(parts[i]);
        ascii = ascii && py_str_ptr(parts[i])->ascii;
    }
    py_str_t *s = py_str_alloc(vm, len);   // the parts stay on the VM stack meanwhile
    for (size_t i = 0, at = 0; i < n; i++) {
        size_t k = py_str_len(parts[i]);
        if (k) memcpy(s->data + at, py_str_bytes(parts[i]), k);
        at += k;
    }
    return ascii ? py_str_finish_ascii(vm, s) : py_str_finish(vm, s);
}

// ---- with -------------------------------------------------------------------------------------

py_val_t py_vm_ops_enter(py_vm_t *vm, py_val_t mgr, py_val_t *exit) {
    py_type_t *t = py_type_of(vm, mgr);
    if (py_type_lookup(vm, t, py_name(vm, PY_NAME___enter__)) == PY_NULL)
        py_raise_type_error(vm, "'%s' object does not support the context manager protocol",
                            py_type_name(vm, mgr));
    if (py_type_lookup(vm, t, py_name(vm, PY_NAME___exit__)) == PY_NULL)
        py_raise_type_error(vm, "'%s' object does not support the context manager protocol (missed __exit__ method)",
                            py_type_name(vm, mgr));
    *exit = py_getattr(vm, mgr, py_name(vm, PY_NAME___exit__));
    return py_call_method(vm, mgr, py_name(vm, PY_NAME___enter__), 0, NULL);
}

py_val_t py_vm_ops_exit_exc(py_vm_t *vm, py_val_t exit, py_val_t exc) {
    py_val_t args[3] = {py_from_obj(py_type_of(vm, exc)), exc, py_exc_traceback(exc)};
    return py_call(vm, exit, 3, args, PY_NULL);
}

// ---- collections ------------------------------------------------------------------------------

void py_vm_ops_set_update(py_vm_t *vm, py_val_t set, py_val_t iterable) {
    py_val_t it = py_iter(vm, iterable);
    for (py_val_t v; (v = py_next(vm, it)) != PY_NULL;) py_set_add(vm, set, v);
}

// {**m} and f(**m): a dict, or any mapping with keys() and []. A dict
// subclass that keeps dict's iteration is read directly, as CPython's merge.
void py_vm_ops_dict_merge(py_vm_t *vm, py_val_t dict, py_val_t other, py_val_t callable) {
    // A dict (or a subclass keeping dict's __iter__) gives its entries
    // directly, without its keys() or __getitem__, as in CPython.
    bool plain = py_is_a(vm, other, PY_T_dict) &&
                 py_type_of(vm, other)->slots.iter == vm->types[PY_T_dict]->slots.iter;
    if (plain && callable == PY_NULL) {
        py_dict_update(vm, dict, other);
        return;
    }
    py_val_t keys = plain ? other : PY_NULL;
    if (keys == PY_NULL) {
        if (py_getattr_opt(vm, other, py_str_intern_c(vm, "keys")) == PY_NULL) {
            if (callable == PY_NULL)
                py_raise_type_error(vm, "'%T' object is not a mapping", other);
            py_raise_type_error(vm, "%S argument after ** must be a mapping, not %T",
                                py_call_describe(vm, callable), other);
        }
        keys = py_call_method(vm, other, py_str_intern_c(vm, "keys"), 0, NULL);
    }
    py_val_t it = py_iter(vm, keys);
    for (py_val_t k; (k = py_next(vm, it)) != PY_NULL;) {
        if (callable != PY_NULL && py_dict_get(vm, dict, k) != PY_NULL) {
            if (!py_is_str(vm, k)) py_raise_type_error(vm, "%S keywords must be strings",
                                                       py_call_describe(vm, callable));
            py_raise_type_error(vm, "%S got multiple values for keyword argument '%S'",
                                py_call_describe(vm, callable), k);
        }
        py_dict_set(vm, dict, k, plain ? py_dict_get(vm, other, k) : py_getitem(vm, other, k));
    }
}

// ---- functions ---------------------------------------------------------------------------------

py_val_t py_vm_ops_make_function(py_vm_t *vm, py_val_t code, py_val_t globals, py_val_t defaults,
                                 py_val_t kwdefaults, py_val_t closure) {
    py_code_t *co = py_code_ptr(code);
    py_val_t fv = py_function_new(vm, co, globals);
    py_function_t *fn = py_function_ptr(fv);
    fn->defaults = defaults;
    fn->kwdefaults = kwdefaults;
    fn->closure = closure;
    if (co->flags & PY_CODE_DOC) fn->doc = py_tuple_ptr(co->consts)->items[0];
    return fv;
}
