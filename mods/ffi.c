// mods/ffi.c: the ffi module of MicroPython's unix port: calls C functions of
// shared libraries, reads and writes their variables, and makes Python
// callables into C function pointers. Layer: library modules, on libffi and dlopen.
// SPDX-License-Identifier: MIT
//
// Types are MicroPython's one-letter codes: b B h H i I l L q Q (integers),
// f d (floats), v (void, results only), s (char *: a str in, a str out),
// P p (pointers), C (a callback's function pointer), O (a Python object as
// its raw value word). Nothing here can check that a signature is right:
// a wrong one crashes the process, as in C.

#include <dlfcn.h>
#include <errno.h>
#include <ffi.h>
#include <stdio.h>

#include "builtins.h"
#include "except.h"
#include "gc.h"
#include "import.h"
#include "obj_bytes.h"
#include "obj_exc.h"
#include "obj_float.h"
#include "obj_int.h"
#include "obj_module.h"
#include "obj_str.h"
#include "obj_tuple.h"
#include "obj_type.h"
#include "runtime.h"

// ---- types and values -----------------------------------------------------------------------

static ffi_type *type_of_code(py_vm_t *vm, char code, bool result) {
    switch (code) {
    case 'b': return &ffi_type_sint8;
    case 'B': return &ffi_type_uint8;
    case 'h': return &ffi_type_sint16;
    case 'H': return &ffi_type_uint16;
    case 'i': return &ffi_type_sint;
    case 'I': return &ffi_type_uint;
    case 'l': return &ffi_type_slong;
    case 'L': return &ffi_type_ulong;
    case 'q': return &ffi_type_sint64;
    case 'Q': return &ffi_type_uint64;
    case 'f': return &ffi_type_float;
    case 'd': return &ffi_type_double;
    case 'O': case 'P': case 'p': case 's': case 'C': return &ffi_type_pointer;
    case 'v': if (result) return &ffi_type_void; break;
    default: break;
    }
    py_raise_value_error(vm, "unknown ffi type code '%c'", code);
}

// One C value of any of the codes, big enough for libffi's return slot.
typedef union {
    ffi_arg word;   // integer results come back widened to this
    ffi_sarg sword;
    int8_t b; uint8_t B; int16_t h; uint16_t H; int i; unsigned I; long l; unsigned long L;
    int64_t q; uint64_t Q; float f; double d; void *p;
} cvalue_t;

// The low 64 bits of any int, as C's conversion to an unsigned type takes them.
static uint64_t int_bits(py_vm_t *vm, py_val_t v) {
    int64_t i;
    if (py_int_to_i64(v, &i)) return (uint64_t)i;
    py_val_t low = py_int_binary(vm, PY_OP_AND, v, py_int_from_u64(vm, UINT64_MAX));
    if (py_int_to_i64(low, &i)) return (uint64_t)i;
    py_val_t shifted = py_int_binary(vm, PY_OP_SUB, low, py_int_binary(vm, PY_OP_LSHIFT,
                                                                      py_small(1), py_small(64)));
    py_int_to_i64(shifted, &i);   // in [-2**63, 0): fits
    return (uint64_t)i;
}

static void *pointer_of(py_vm_t *vm, py_val_t v);

// Stores [v] as a C value of [code] into [out]. Raises TypeError for an
// object that has no C form. The pointer to a str's or buffer's bytes stays
// valid while [v] lives and is not resized (the GC does not move objects).
static void to_c(py_vm_t *vm, char code, py_val_t v, cvalue_t *out) {
    if (code == 'f' || code == 'd') {
        double d = py_to_double(vm, v);
        if (code == 'f') out->f = (float)d;
        else out->d = d;
        return;
    }
    if (code == 'O') {
        out->p = (void *)v;
        return;
    }
    uint64_t bits = py_is_int(vm, v) || py_is_bool(v) ? int_bits(vm, py_is_bool(v) ? py_small(v == PY_TRUE) : v)
                                                      : (uint64_t)(uintptr_t)pointer_of(vm, v);
    switch (code) {
    case 'b': out->b = (int8_t)bits; break;
    case 'B': out->B = (uint8_t)bits; break;
    case 'h': out->h = (int16_t)bits; break;
    case 'H': out->H = (uint16_t)bits; break;
    case 'i': out->i = (int)bits; break;
    case 'I': out->I = (unsigned)bits; break;
    case 'l': out->l = (long)bits; break;
    case 'L': out->L = (unsigned long)bits; break;
    case 'q': out->q = (int64_t)bits; break;
    case 'Q': out->Q = bits; break;
    default: out->p = (void *)(uintptr_t)bits; break;
    }
}

// Python's value of a C value of [code] ([rc] as libffi returns it: small
// integers widened to ffi_arg). May allocate.
static py_val_t from_c(py_vm_t *vm, char code, const cvalue_t *rc, bool widened) {
    switch (code) {
    case 'v': return PY_NONE;
    case 'b': return py_small(widened ? (int8_t)rc->sword : rc->b);
    case 'B': return py_small(widened ? (uint8_t)rc->word : rc->B);
    case 'h': return py_small(widened ? (int16_t)rc->sword : rc->h);
    case 'H': return py_small(widened ? (uint16_t)rc->word : rc->H);
    case 'i': return py_int_from_i64(vm, widened ? (int)rc->sword : rc->i);
    case 'I': return py_int_from_u64(vm, widened ? (unsigned)rc->word : rc->I);
    case 'l': return py_int_from_i64(vm, rc->l);
    case 'L': return py_int_from_u64(vm, rc->L);
    case 'q': return py_int_from_i64(vm, rc->q);
    case 'Q': return py_int_from_u64(vm, rc->Q);
    case 'f': return py_float_new(vm, rc->f);
    case 'd': return py_float_new(vm, rc->d);
    case 'O': return rc->p ? (py_val_t)rc->p : PY_NONE;
    case 's': return rc->p ? py_str_from_c(vm, rc->p) : PY_NONE;
    default: return py_int_from_u64(vm, (uintptr_t)rc->p);
    }
}

// Fills [types] (room for strlen(codes)) and prepares [cif]; raises ValueError
// for an unknown code, OSError EINVAL if libffi refuses the signature.
static void prep_cif(py_vm_t *vm, ffi_cif *cif, ffi_type **types, char ret, const char *codes,
                     size_t n) {
    for (size_t i = 0; i < n; i++) types[i] = type_of_code(vm, codes[i], false);
    if (ffi_prep_cif(cif, FFI_DEFAULT_ABI, (unsigned)n, type_of_code(vm, ret, true), types) != FFI_OK)
        py_raise_os_error(vm, EINVAL, PY_NULL);
}

static const char *code_arg(py_vm_t *vm, py_val_t v, const char *what, size_t *len) {
    if (!py_is_str(vm, v)) py_raise_type_error(vm, "%s must be str, not %T", what, v);
    *len = py_str_len(v);
    return py_str_bytes(v);
}

static char ret_code(py_vm_t *vm, py_val_t v) {
    size_t len;
    const char *s = code_arg(vm, v, "return type", &len);
    if (len != 1) py_raise_value_error(vm, "return type must be one type code, not '%N'", v);
    return s[0];
}

// ---- functions ------------------------------------------------------------------------------

typedef struct ffifunc {
    py_obj_t base;
    void *fn;
    py_val_t name;   // str, for repr
    ffi_cif cif;
    char ret;
    char codes[15];  // argument codes when they fit, else in [long_codes]
    py_val_t long_codes;
    ffi_type *types[];   // cif's argument types, one per code
} ffifunc_t;

static py_type_t *ffifunc_type(py_vm_t *vm);

static const char *func_codes(ffifunc_t *f) {
    return f->long_codes != PY_NULL ? py_str_bytes(f->long_codes) : f->codes;
}

static void ffifunc_mark(py_vm_t *vm, py_obj_t *o) {
    py_gc_mark(vm, ((ffifunc_t *)o)->name);
    py_gc_mark(vm, ((ffifunc_t *)o)->long_codes);
}

// A callable for the C function at [fn] of signature [ret]([args]). May raise.
static py_val_t ffifunc_new(py_vm_t *vm, void *fn, py_val_t name, py_val_t ret, py_val_t args) {
    char r = ret_code(vm, ret);
    size_t n;
    code_arg(vm, args, "argument types", &n);
    ffifunc_t *f = py_gc_new(vm, ffifunc_type(vm), sizeof(ffifunc_t) + n * sizeof(ffi_type *));
    f->fn = fn, f->name = name, f->ret = r, f->long_codes = PY_NULL;
    if (n < sizeof f->codes) memcpy(f->codes, py_str_bytes(args), n), f->codes[n] = '\0';
    else f->long_codes = args;
    prep_cif(vm, &f->cif, f->types, r, func_codes(f), n);
    return py_from_obj(f);
}

static py_val_t ffifunc_call(py_vm_t *vm, py_val_t self, size_t nargs, const py_val_t *args,
                             py_val_t kwnames) {
    ffifunc_t *f = (ffifunc_t *)py_obj(self);
    if (kwnames != PY_NULL && py_tuple_ptr(kwnames)->len)
        py_raise_type_error(vm, "function doesn't take keyword arguments");
    if (nargs != f->cif.nargs)
        py_raise_type_error(vm, "function takes %d positional arguments but %zu were given",
                            (int)f->cif.nargs, nargs);
    cvalue_t vals[nargs + 1];
    void *ptrs[nargs + 1];
    for (size_t i = 0; i < nargs; i++) {
        to_c(vm, func_codes(f)[i], args[i], &vals[i]);
        ptrs[i] = &vals[i];
    }
    cvalue_t rc = {0};
    ffi_call(&f->cif, FFI_FN(f->fn), &rc, ptrs);
    return from_c(vm, f->ret, &rc, true);
}

static py_val_t ffifunc_repr(py_vm_t *vm, py_val_t self) {
    ffifunc_t *f = (ffifunc_t *)py_obj(self);
    char buf[64];
    snprintf(buf, sizeof buf, "%p", f->fn);
    return py_str_format_c(vm, "<ffifunc %S %s>", f->name, buf);
}

static const py_type_spec_t ffifunc_spec = {
    .name = "ffifunc",
    .base = PY_T_object,
    .basicsize = sizeof(ffifunc_t),
    .slots = {.mark = ffifunc_mark, .call = ffifunc_call, .repr = ffifunc_repr},
};

// ---- callbacks --------------------------------------------------------------------------------

typedef struct fficallback {
    py_obj_t base;
    py_vm_t *vm;
    ffi_closure *closure;   // libffi's writable half; freed by the finaliser
    void *code;             // the executable address C code calls
    py_val_t func, codes;   // the Python callable, the argument codes (str)
    ffi_cif cif;
    char ret;
    ffi_type *types[];
} fficallback_t;

static py_type_t *fficallback_type(py_vm_t *vm);

static void fficallback_mark(py_vm_t *vm, py_obj_t *o) {
    py_gc_mark(vm, ((fficallback_t *)o)->func);
    py_gc_mark(vm, ((fficallback_t *)o)->codes);
}

static void fficallback_finalise(py_vm_t *vm, py_obj_t *o) {
    (void)vm;
    fficallback_t *cb = (fficallback_t *)o;
    if (cb->closure) ffi_closure_free(cb->closure);
    cb->closure = NULL;
}

typedef struct {
    fficallback_t *cb;
    void *ret;
    void **args;
} callback_call_t;

static void callback_run(py_vm_t *vm, void *ud) {
    callback_call_t *c = ud;
    fficallback_t *cb = c->cb;
    size_t n = cb->cif.nargs;
    py_val_t argv = py_tuple_new(vm, n, NULL);   // kept on the C stack while converting
    for (size_t i = 0; i < n; i++)
        py_tuple_ptr(argv)->items[i] = from_c(vm, py_str_bytes(cb->codes)[i], c->args[i], false);
    py_val_t r = py_call(vm, cb->func, n, py_tuple_ptr(argv)->items, PY_NULL);
    if (cb->ret == 'v') return;
    cvalue_t v = {0};
    to_c(vm, cb->ret, r, &v);
    if (cb->ret == 'f') *(float *)c->ret = v.f;
    else if (cb->ret == 'd') *(double *)c->ret = v.d;
    else if (cb->ret == 'b' || cb->ret == 'h' || cb->ret == 'i' || cb->ret == 'l' || cb->ret == 'q')
        *(ffi_sarg *)c->ret = cb->ret == 'b' ? v.b : cb->ret == 'h' ? v.h : cb->ret == 'i' ? v.i
                              : (ffi_sarg)v.q;
    else if (cb->ret == 'B' || cb->ret == 'H' || cb->ret == 'I')
        *(ffi_arg *)c->ret = cb->ret == 'B' ? v.B : cb->ret == 'H' ? v.H : v.I;
    else *(ffi_arg *)c->ret = (ffi_arg)v.Q;
}

// What libffi calls when C calls the closure. An exception cannot unwind
// through the C caller's frames (qsort's, say), so it is printed, as
// MicroPython does, and the C caller gets 0.
static void callback_handler(ffi_cif *cif, void *ret, void **args, void *user_data) {
    fficallback_t *cb = user_data;
    py_vm_t *vm = cb->vm;
    callback_call_t call = {cb, ret, args};
    if (cif->rtype->size) memset(ret, 0, cif->rtype->size < sizeof(ffi_arg) ? sizeof(ffi_arg) : cif->rtype->size);
    if (py_pcall(vm, callback_run, &call)) {
        py_val_t exc = vm->exc;
        vm->exc = PY_NULL;
        py_val_t err = py_builtins_std_stream(vm, PY_NAME_stderr);
        if (err != PY_NULL && err != PY_NONE) {
            py_builtins_write(vm, err, py_str_from_c(vm, "Uncaught exception in FFI callback\n"));
            py_exc_print(vm, exc, err);
        }
    }
}

static const char *const callback_kw[] = {"ret", "func", "args", "lock", NULL};

// callback(ret, func, args, lock=False): a C function pointer that calls func.
static py_val_t ffi_callback(py_vm_t *vm, size_t nargs, const py_val_t *args, py_val_t kwnames) {
    py_val_t a[4] = {0};
    py_builtins_kwargs(vm, "callback", nargs, args, kwnames, callback_kw, a);
    for (size_t i = 0; i < nargs; i++) a[i] = args[i];
    for (int i = 0; i < 3; i++)
        if (a[i] == PY_NULL)
            py_raise_type_error(vm, "callback() missing required argument '%s' (pos %d)",
                                callback_kw[i], i + 1);
    char r = ret_code(vm, a[0]);
    if (!py_callable(vm, a[1])) py_raise_type_error(vm, "'%T' object is not callable", a[1]);
    size_t n;
    code_arg(vm, a[2], "argument types", &n);
    fficallback_t *cb = py_gc_new(vm, fficallback_type(vm), sizeof(fficallback_t) + n * sizeof(ffi_type *));
    cb->vm = vm, cb->func = a[1], cb->codes = a[2], cb->ret = r;
    prep_cif(vm, &cb->cif, cb->types, r, py_str_bytes(a[2]), n);
    cb->closure = ffi_closure_alloc(sizeof(ffi_closure), &cb->code);
    if (!cb->closure) py_raise_memory_error(vm);
    if (ffi_prep_closure_loc(cb->closure, &cb->cif, callback_handler, cb, cb->code) != FFI_OK)
        py_raise_os_error(vm, EINVAL, PY_NULL);
    return py_from_obj(cb);
}

// cfun(): the C function pointer, as an int.
static py_val_t m_cfun(py_vm_t *vm, size_t nargs, const py_val_t *args, py_val_t kwnames) {
    (void)nargs, (void)kwnames;
    if (py_type_of(vm, args[0])->slots.mark != fficallback_mark)
        py_raise_type_error(vm, "cfun() requires an 'fficallback' object");
    return py_int_from_u64(vm, (uintptr_t)((fficallback_t *)py_obj(args[0]))->code);
}

static const py_method_def_t fficallback_methods[] = {
    {"cfun", m_cfun, 1, 1, 0},
    {NULL, NULL, 0, 0, 0},
};

static const py_type_spec_t fficallback_spec = {
    .name = "fficallback",
    .base = PY_T_object,
    .basicsize = sizeof(fficallback_t),
    .slots = {.mark = fficallback_mark, .finalise = fficallback_finalise},
    .methods = fficallback_methods,
};

static void *pointer_of(py_vm_t *vm, py_val_t v) {
    if (v == PY_NONE) return NULL;
    if (py_is_str(vm, v)) return (void *)py_str_cstr(vm, v);   // C wants it NUL-terminated
    if (py_is_obj(v) && py_type_of(vm, v)->slots.mark == fficallback_mark)
        return ((fficallback_t *)py_obj(v))->code;
    py_buffer_t b;
    if (py_buffer_get(vm, v, &b, false)) return b.data;
    py_raise_type_error(vm, "don't know how to pass object of type '%T' to native function", v);
}

// ---- variables ---------------------------------------------------------------------------

typedef struct ffivar {
    py_obj_t base;
    void *addr;
    char code;
} ffivar_t;

static ffivar_t *var_self(py_vm_t *vm, py_val_t v);

// [code] was checked when the variable was made.
static size_t code_size(py_vm_t *vm, char code) { return type_of_code(vm, code, false)->size; }

static py_val_t m_var_get(py_vm_t *vm, size_t nargs, const py_val_t *args, py_val_t kwnames) {
    (void)nargs, (void)kwnames;
    ffivar_t *v = var_self(vm, args[0]);
    cvalue_t c;
    memcpy(&c, v->addr, code_size(vm, v->code));
    return from_c(vm, v->code, &c, false);
}

static py_val_t m_var_set(py_vm_t *vm, size_t nargs, const py_val_t *args, py_val_t kwnames) {
    (void)nargs, (void)kwnames;
    ffivar_t *v = var_self(vm, args[0]);
    cvalue_t c;
    to_c(vm, v->code, args[1], &c);
    memcpy(v->addr, &c, code_size(vm, v->code));
    return PY_NONE;
}

static py_val_t ffivar_repr(py_vm_t *vm, py_val_t self) {
    ffivar_t *v = (ffivar_t *)py_obj(self);
    char buf[64];
    snprintf(buf, sizeof buf, "<ffivar @%p: '%c'>", v->addr, v->code);
    return py_str_from_c(vm, buf);
}

static const py_method_def_t ffivar_methods[] = {
    {"get", m_var_get, 1, 1, 0},
    {"set", m_var_set, 2, 2, 0},
    {NULL, NULL, 0, 0, 0},
};

static const py_type_spec_t ffivar_spec = {
    .name = "ffivar",
    .base = PY_T_object,
    .basicsize = sizeof(ffivar_t),
    .slots = {.repr = ffivar_repr},
    .methods = ffivar_methods,
};

// ---- libraries ----------------------------------------------------------------------------------

typedef struct ffimod {
    py_obj_t base;
    void *handle;   // from dlopen; NULL once closed
    py_val_t name;  // str or None
} ffimod_t;

static void ffimod_mark(py_vm_t *vm, py_obj_t *o) { py_gc_mark(vm, ((ffimod_t *)o)->name); }

static ffimod_t *mod_self(py_vm_t *vm, py_val_t v) {
    if (py_type_of(vm, v)->slots.mark != ffimod_mark)
        py_raise_type_error(vm, "descriptor requires an 'ffimod' object but received a '%T'", v);
    ffimod_t *m = (ffimod_t *)py_obj(v);
    if (!m->handle) py_raise_value_error(vm, "library is closed");
    return m;
}

static void *symbol(py_vm_t *vm, ffimod_t *m, py_val_t name) {
    if (!py_is_str(vm, name)) py_raise_type_error(vm, "symbol name must be str, not %T", name);
    void *p = dlsym(m->handle, py_str_cstr_strict(vm, name));
    if (!p) py_raise_os_error(vm, ENOENT, name);
    return p;
}

// lib.func(ret, name, args): the C function [name] of the library.
static py_val_t m_func(py_vm_t *vm, size_t nargs, const py_val_t *args, py_val_t kwnames) {
    (void)nargs, (void)kwnames;
    ffimod_t *m = mod_self(vm, args[0]);
    return ffifunc_new(vm, symbol(vm, m, args[2]), args[2], args[1], args[3]);
}

static py_type_t *module_type(py_vm_t *vm, const char *name);

// lib.var(type, name): the C variable [name], read with get() and written with set().
static py_val_t m_var(py_vm_t *vm, size_t nargs, const py_val_t *args, py_val_t kwnames) {
    (void)nargs, (void)kwnames;
    ffimod_t *m = mod_self(vm, args[0]);
    char code = ret_code(vm, args[1]);
    type_of_code(vm, code, false);
    void *addr = symbol(vm, m, args[2]);
    ffivar_t *v = py_gc_new(vm, module_type(vm, "_ffivar"), sizeof(ffivar_t));
    v->addr = addr, v->code = code;
    return py_from_obj(v);
}

static py_val_t m_addr(py_vm_t *vm, size_t nargs, const py_val_t *args, py_val_t kwnames) {
    (void)nargs, (void)kwnames;
    ffimod_t *m = mod_self(vm, args[0]);
    return py_int_from_u64(vm, (uintptr_t)symbol(vm, m, args[1]));
}

static void ffimod_finalise(py_vm_t *vm, py_obj_t *o) {
    (void)vm;
    ffimod_t *m = (ffimod_t *)o;
    if (m->handle) dlclose(m->handle);
    m->handle = NULL;
}

static py_val_t m_close(py_vm_t *vm, size_t nargs, const py_val_t *args, py_val_t kwnames) {
    (void)nargs, (void)kwnames;
    ffimod_finalise(vm, &mod_self(vm, args[0])->base);
    return PY_NONE;
}

static py_val_t ffimod_repr(py_vm_t *vm, py_val_t self) {
    ffimod_t *m = (ffimod_t *)py_obj(self);
    return py_str_format_c(vm, "<ffimod %R>", m->name);
}

static const py_method_def_t ffimod_methods[] = {
    {"func", m_func, 4, 4, 0},
    {"var", m_var, 3, 3, 0},
    {"addr", m_addr, 2, 2, 0},
    {"close", m_close, 1, 1, 0},
    {NULL, NULL, 0, 0, 0},
};

static const py_type_spec_t ffimod_spec = {
    .name = "ffimod",
    .base = PY_T_object,
    .basicsize = sizeof(ffimod_t),
    .slots = {.mark = ffimod_mark, .finalise = ffimod_finalise, .repr = ffimod_repr},
    .methods = ffimod_methods,
};

// open(name=None): the shared library [name] (None: the program and the
// libraries it links). OSError ENOENT when it cannot be loaded.
static py_val_t ffi_open(py_vm_t *vm, size_t nargs, const py_val_t *args, py_val_t kwnames) {
    (void)kwnames;
    py_val_t name = nargs ? args[0] : PY_NONE;
    if (name != PY_NONE && !py_is_str(vm, name))
        py_raise_type_error(vm, "library name must be str or None, not %T", name);
    ffimod_t *m = py_gc_new(vm, module_type(vm, "_ffimod"), sizeof(ffimod_t));
    m->name = name;
    m->handle = dlopen(name == PY_NONE ? NULL : py_str_cstr_path(vm, name), RTLD_NOW | RTLD_LOCAL);
    if (!m->handle) py_raise_os_error(vm, ENOENT, name);
    return py_from_obj(m);
}

// func(ret, addr, args): the C function at address [addr].
static py_val_t ffi_func(py_vm_t *vm, size_t nargs, const py_val_t *args, py_val_t kwnames) {
    (void)nargs, (void)kwnames;
    void *fn = (void *)(uintptr_t)int_bits(vm, py_index(vm, args[1]));
    return ffifunc_new(vm, fn, py_str_from_c(vm, "func"), args[0], args[2]);
}

// as_bytearray(addr, size): a copy of [size] bytes at [addr] (MicroPython's
// shares the memory; here a bytearray cannot point outside the heap).
static py_val_t ffi_as_bytearray(py_vm_t *vm, size_t nargs, const py_val_t *args,
                                 py_val_t kwnames) {
    (void)nargs, (void)kwnames;
    const void *p = (const void *)(uintptr_t)int_bits(vm, py_index(vm, args[0]));
    int64_t n = py_to_int64(vm, args[1]);
    if (n < 0) py_raise_value_error(vm, "negative size");
    return py_bytearray_new(vm, p, (size_t)n);
}

// ---- the module ----------------------------------------------------------------------------

// The types live in the module's dict under private names, so each VM has its own.
static py_type_t *module_type(py_vm_t *vm, const char *name) {
    py_val_t mod = py_import_builtin(vm, "ffi");
    return (py_type_t *)py_obj(py_getattr(vm, mod, py_str_intern_c(vm, name)));
}

static py_type_t *ffifunc_type(py_vm_t *vm) { return module_type(vm, "_ffifunc"); }
static py_type_t *fficallback_type(py_vm_t *vm) { return module_type(vm, "_fficallback"); }

static ffivar_t *var_self(py_vm_t *vm, py_val_t v) {
    if (py_type_of(vm, v) != module_type(vm, "_ffivar"))
        py_raise_type_error(vm, "descriptor requires an 'ffivar' object but received a '%T'", v);
    return (ffivar_t *)py_obj(v);
}

static void ffi_init(py_vm_t *vm, py_val_t module) {
    py_module_set(vm, module, "_ffimod", py_from_obj(py_type_from_spec(vm, &ffimod_spec, vm->types[PY_T_object])));
    py_module_set(vm, module, "_ffifunc", py_from_obj(py_type_from_spec(vm, &ffifunc_spec, vm->types[PY_T_object])));
    py_module_set(vm, module, "_ffivar", py_from_obj(py_type_from_spec(vm, &ffivar_spec, vm->types[PY_T_object])));
    py_module_set(vm, module, "_fficallback",
                  py_from_obj(py_type_from_spec(vm, &fficallback_spec, vm->types[PY_T_object])));
}

static const py_method_def_t ffi_functions[] = {
    {"open", ffi_open, 0, 1, 0},
    {"callback", ffi_callback, 0, 4, PY_METH_KEYWORDS},
    {"func", ffi_func, 3, 3, 0},
    {"as_bytearray", ffi_as_bytearray, 2, 2, 0},
    {NULL, NULL, 0, 0, 0},
};

const py_module_def_t py_mod_ffi = {"ffi", ffi_functions, ffi_init, NULL};
