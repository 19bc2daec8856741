// mods/hashlib.c: the hashlib module (also `uhashlib`): md5, sha1, sha224 and
// sha256 objects with update, digest, hexdigest and copy, and new(name).
// Layer: library modules; the algorithms are in mods/hash_*.c (see hash.h).
// SPDX-License-Identifier: MIT
//
// The objects behave as CPython's (_hashlib.HASH): digest() may be called
// any number of times and hashing may go on after it, unlike MicroPython's
// one-shot digest.

#include <ctype.h>
#include <stdio.h>

#include "builtins.h"
#include "except.h"
#include "gc.h"
#include "hash.h"
#include "modkit.h"
#include "obj_bytes.h"
#include "obj_module.h"
#include "obj_str.h"
#include "obj_tuple.h"
#include "runtime.h"

typedef struct {
    py_obj_t base;
    py_hash_ctx_t ctx;   // holds no heap pointers: the object needs no mark slot
} hash_obj_t;

static const py_hash_algo_t *const algos[] = {
    &py_hash_md5, &py_hash_sha1, &py_hash_sha224, &py_hash_sha256,
};

static hash_obj_t *hash_ptr(py_val_t v) { return (hash_obj_t *)py_obj(v); }

// Adds the bytes of [data] to [h]: any buffer, but not str (CPython's message).
static void hash_add(py_vm_t *vm, hash_obj_t *h, py_val_t data) {
    if (py_is_str(vm, data)) py_raise_type_error(vm, "Strings must be encoded before hashing");
    py_buffer_t v;
    if (!py_buffer_get(vm, data, &v, false))
        py_raise_type_error(vm, "object supporting the buffer API required");
    py_hash_update(&h->ctx, v.data, v.len);
}

// A new hash object for [algo], fed [data] unless that is PY_NULL.
static py_val_t hash_new(py_vm_t *vm, const py_hash_algo_t *algo, py_val_t data) {
    py_type_t *type = (py_type_t *)py_obj(py_modkit_attr(vm, "hashlib", "_HASH"));
    hash_obj_t *h = py_gc_new(vm, type, sizeof(hash_obj_t));
    py_hash_init(&h->ctx, algo);
    if (data != PY_NULL) hash_add(vm, h, data);
    return py_from_obj(h);
}

// ---- methods ------------------------------------------------------------------------------

static py_val_t hash_update(py_vm_t *vm, size_t nargs, const py_val_t *args, py_val_t kwnames) {
    (void)nargs, (void)kwnames;
    hash_add(vm, hash_ptr(args[0]), args[1]);
    return PY_NONE;
}

static py_val_t hash_digest(py_vm_t *vm, size_t nargs, const py_val_t *args, py_val_t kwnames) {
    (void)nargs, (void)kwnames;
    uint8_t out[PY_HASH_MAX_DIGEST];
    const py_hash_ctx_t *ctx = &hash_ptr(args[0])->ctx;
    py_hash_final(ctx, out);
    return py_bytes_new(vm, out, ctx->algo->digest_size);
}

static py_val_t hash_hexdigest(py_vm_t *vm, size_t nargs, const py_val_t *args,
                               py_val_t kwnames) {
    (void)nargs, (void)kwnames;
    uint8_t out[PY_HASH_MAX_DIGEST];
    char text[2 * PY_HASH_MAX_DIGEST];
    const py_hash_ctx_t *ctx = &hash_ptr(args[0])->ctx;
    py_hash_final(ctx, out);
    static const char digits[] = "0123456789abcdef";
    for (size_t i = 0; i < ctx->algo->digest_size; i++) {
        text[2 * i] = digits[out[i] >> 4];
        text[2 * i + 1] = digits[out[i] & 15];
    }
    return py_str_new(vm, text, 2 * ctx->algo->digest_size);
}

static py_val_t hash_copy(py_vm_t *vm, size_t nargs, const py_val_t *args, py_val_t kwnames) {
    (void)nargs, (void)kwnames;
    hash_obj_t *h = py_gc_new(vm, py_type_of(vm, args[0]), sizeof(hash_obj_t));
    h->ctx = hash_ptr(args[0])->ctx;
    return py_from_obj(h);
}

// name, digest_size and block_size are read-only attributes.
static py_val_t hash_getattr(py_vm_t *vm, py_val_t self, py_val_t name) {
    const py_hash_algo_t *algo = hash_ptr(self)->ctx.algo;
    if (py_str_eq_c(name, "name")) return py_str_intern_c(vm, algo->name);
    if (py_str_eq_c(name, "digest_size")) return py_small((py_int_t)algo->digest_size);
    if (py_str_eq_c(name, "block_size")) return py_small(PY_HASH_BLOCK);
    return PY_NULL;
}

static py_val_t hash_repr(py_vm_t *vm, py_val_t self) {
    return py_str_format_c(vm, "<%s _hashlib.HASH object @ %p>", hash_ptr(self)->ctx.algo->name,
                           (void *)py_obj(self));
}

// As CPython's, the type cannot be called: the constructors make its instances.
static py_val_t hash_make_new(py_vm_t *vm, py_type_t *type, size_t nargs, const py_val_t *args,
                              py_val_t kwnames) {
    (void)type, (void)nargs, (void)args, (void)kwnames;
    py_raise_type_error(vm, "cannot create '_hashlib.HASH' instances");
}

static const py_method_def_t hash_methods[] = {
    {"update", hash_update, 2, 2, 0},
    {"digest", hash_digest, 1, 1, 0},
    {"hexdigest", hash_hexdigest, 1, 1, 0},
    {"copy", hash_copy, 1, 1, 0},
    {NULL, NULL, 0, 0, 0},
};

static const py_type_spec_t hash_spec = {
    .name = "HASH",
    .base = PY_T_object,
    .basicsize = sizeof(hash_obj_t),
    .slots = {.make_new = hash_make_new, .repr = hash_repr, .getattr = hash_getattr},
    .methods = hash_methods,
};

// ---- constructors -----------------------------------------------------------------------------

static const char *const ctor_kw[] = {"string", "usedforsecurity", NULL};

// md5/sha1/sha224/sha256(string=b'', *, usedforsecurity=True).
static py_val_t construct(py_vm_t *vm, const py_hash_algo_t *algo, size_t nargs,
                          const py_val_t *args, py_val_t kwnames) {
    py_val_t kw[2] = {PY_NULL, PY_NULL};
    py_builtins_kwargs(vm, algo->name, nargs, args, kwnames, ctor_kw, kw);
    if (nargs > 1)
        py_raise_type_error(vm, "%s() takes at most 1 positional argument (%zu given)", algo->name,
                            nargs);
    py_val_t data = nargs ? args[0] : kw[0];
    if (nargs && kw[0] != PY_NULL)
        py_raise_type_error(vm, "argument for %s() given by name ('string') and position (1)",
                            algo->name);
    return hash_new(vm, algo, data);
}

#define CONSTRUCTOR(NAME)                                                                        \
    static py_val_t hashlib_##NAME(py_vm_t *vm, size_t nargs, const py_val_t *args,             \
                                   py_val_t kwnames) {                                           \
        return construct(vm, &py_hash_##NAME, nargs, args, kwnames);                             \
    }
CONSTRUCTOR(md5)
CONSTRUCTOR(sha1)
CONSTRUCTOR(sha224)
CONSTRUCTOR(sha256)

static const char *const new_kw[] = {"name", "data", "string", "usedforsecurity", NULL};

// new(name, data=b'', **kwargs): the algorithm by name, any letter case.
static py_val_t hashlib_new(py_vm_t *vm, size_t nargs, const py_val_t *args, py_val_t kwnames) {
    py_val_t kw[4] = {PY_NULL, PY_NULL, PY_NULL, PY_NULL};
    py_builtins_kwargs(vm, "new", nargs, args, kwnames, new_kw, kw);
    if (nargs > 2) py_raise_type_error(vm, "new() takes from 1 to 2 positional arguments but %zu were given", nargs);
    py_val_t name = nargs > 0 ? args[0] : kw[0];
    py_val_t data = nargs > 1 ? args[1] : kw[1] != PY_NULL ? kw[1] : kw[2];
    if (name == PY_NULL) py_raise_type_error(vm, "new() missing 1 required positional argument: 'name'");
    if (!py_is_str(vm, name)) py_raise_type_error(vm, "name must be a string");
    const char *n = py_str_bytes(name);
    for (size_t i = 0; i < sizeof algos / sizeof algos[0]; i++)
        if (strlen(algos[i]->name) == py_str_len(name) &&
            !strncasecmp(n, algos[i]->name, py_str_len(name)))
            return hash_new(vm, algos[i], data);
    py_raise_value_error(vm, "unsupported hash type %S", name);
}

static void hashlib_init(py_vm_t *vm, py_val_t module) {
    py_modkit_type_new(vm, module, "_HASH", &hash_spec, "_hashlib");
    py_val_t names[sizeof algos / sizeof algos[0]];
    for (size_t i = 0; i < sizeof algos / sizeof algos[0]; i++)
        names[i] = py_str_intern_c(vm, algos[i]->name);
    py_val_t t = py_tuple_new(vm, sizeof algos / sizeof algos[0], names);
    py_module_set(vm, module, "algorithms_guaranteed", py_call1(vm, py_from_obj(vm->types[PY_T_set]), t));
    py_module_set(vm, module, "algorithms_available", py_call1(vm, py_from_obj(vm->types[PY_T_set]), t));
}

static const py_method_def_t hashlib_functions[] = {
    {"md5", hashlib_md5, 0, PY_VARARGS, PY_METH_KEYWORDS},
    {"sha1", hashlib_sha1, 0, PY_VARARGS, PY_METH_KEYWORDS},
    {"sha224", hashlib_sha224, 0, PY_VARARGS, PY_METH_KEYWORDS},
    {"sha256", hashlib_sha256, 0, PY_VARARGS, PY_METH_KEYWORDS},
    {"new", hashlib_new, 0, PY_VARARGS, PY_METH_KEYWORDS},
    {NULL, NULL, 0, 0, 0},
};

const py_module_def_t py_mod_hashlib = {"hashlib", hashlib_functions, hashlib_init, NULL};
