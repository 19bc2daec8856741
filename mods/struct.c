// mods/struct.c: the struct module (also `ustruct`): pack, unpack, pack_into,
// unpack_from, iter_unpack, calcsize and the Struct class. Layer: library
// modules; formats and value conversions are in mods/struct_fmt.c.
// SPDX-License-Identifier: MIT
//
// Buffers are any object with the buffer protocol (bytes, bytearray,
// memoryview, array.array). Values are packed into memory of our own first
// and copied into a pack_into target afterwards, because packing may run
// Python code (__index__) that could resize the target.

#include "builtins.h"
#include "except.h"
#include "gc.h"
#include "modkit.h"
#include "obj_bytes.h"
#include "obj_func.h"
#include "obj_int.h"
#include "obj_module.h"
#include "obj_str.h"
#include "obj_type.h"
#include "runtime.h"
#include "struct_fmt.h"

typedef struct {
    py_obj_t base;
    py_val_t format;             // the str it was made from
    py_struct_layout_t layout;   // layout.items is a GC block this object keeps
} struct_obj_t;

static struct_obj_t *struct_ptr(py_val_t v) { return (struct_obj_t *)py_obj(v); }

// ---- the operations, on a layout -------------------------------------------------------------

static py_val_t do_pack(py_vm_t *vm, const py_struct_layout_t *l, size_t nargs,
                        const py_val_t *args) {
    if (nargs != l->nvalues)
        py_struct_fmt_error(vm, "pack expected %zu items for packing (got %zu)", l->nvalues, nargs);
    py_bytes_t *out = py_bytes_alloc(vm, l->size);
    py_struct_fmt_pack(vm, l, args, out->data);
    return py_from_obj(out);
}

// A C offset from an index; "offset -20 out of range for 8-byte buffer" etc.
// are the caller's. Raises OverflowError beyond 64 bits.
static int64_t offset_arg(py_vm_t *vm, py_val_t v) {
    return v == PY_NULL ? 0 : py_to_int64(vm, v);
}

// Resolves a negative [offset] against [buflen]; [what] names the failure
// of too small a tail ("not enough data to unpack", "no space to pack").
static size_t resolve_offset(py_vm_t *vm, int64_t offset, size_t size, size_t buflen,
                             const char *what) {
    if (offset >= 0) return (size_t)offset;
    if ((uint64_t)-offset > buflen)
        py_struct_fmt_error(vm, "offset %zd out of range for %zu-byte buffer", (ptrdiff_t)offset,
                            buflen);
    if ((uint64_t)-offset < size)
        py_struct_fmt_error(vm, "%s %zu bytes at offset %zd", what, size, (ptrdiff_t)offset);
    return buflen - (size_t)-offset;
}

// pack_into(buffer, offset, *values) once the format is known.
static void do_pack_into(py_vm_t *vm, const py_struct_layout_t *l, size_t nargs,
                         const py_val_t *args) {
    if (nargs == 0) py_raise_type_error(vm, "pack_into expected buffer argument");
    if (nargs == 1) py_raise_type_error(vm, "pack_into expected offset argument");
    if (nargs - 2 != l->nvalues)
        py_struct_fmt_error(vm, "pack_into expected %zu items for packing (got %zu)", l->nvalues,
                            nargs - 2);
    py_buffer_t view;
    if (!py_buffer_get(vm, args[0], &view, true))
        py_raise_type_error(vm, "argument must be read-write bytes-like object, not %T", args[0]);
    int64_t offset = offset_arg(vm, args[1]);
    py_buffer_get(vm, args[0], &view, true);
    size_t off = resolve_offset(vm, offset, l->size, view.len, "no space to pack");
    if (view.len < l->size || off > view.len - l->size)
        py_struct_fmt_error(vm, "pack_into requires a buffer of at least %zu bytes for packing %zu "
                                "bytes at offset %zu (actual buffer size is %zu)",
                            l->size + off, l->size, off, view.len);
    uint8_t *tmp = py_gc_new_bytes(vm, l->size ? l->size : 1);
    py_struct_fmt_pack(vm, l, args + 2, tmp);
    // Packing may have run Python code: look at the target again.
    if (!py_buffer_get(vm, args[0], &view, true) || view.len < l->size ||
        off > view.len - l->size)
        py_raise_value_error(vm, "buffer changed size during pack_into");
    memcpy(view.data + off, tmp, l->size);
}

// The values in [size] bytes of [buffer] from [off], after the caller's checks.
static py_val_t unpack_at(py_vm_t *vm, const py_struct_layout_t *l, py_val_t buffer, size_t off) {
    py_buffer_t view;
    py_buffer_require(vm, buffer, &view, false);
    // A private copy, so nothing can change the bytes while the values are made.
    py_val_t copy = py_bytes_new(vm, view.data + off, l->size);
    return py_struct_fmt_unpack(vm, l, py_bytes_ptr(copy)->data);
}

static py_val_t do_unpack(py_vm_t *vm, const py_struct_layout_t *l, py_val_t buffer) {
    py_buffer_t view;
    py_buffer_require(vm, buffer, &view, false);
    if (view.len != l->size) py_struct_fmt_error(vm, "unpack requires a buffer of %zu bytes", l->size);
    return unpack_at(vm, l, buffer, 0);
}

static py_val_t do_unpack_from(py_vm_t *vm, const py_struct_layout_t *l, py_val_t buffer,
                               py_val_t offset_val) {
    int64_t offset = offset_arg(vm, offset_val);
    py_buffer_t view;
    py_buffer_require(vm, buffer, &view, false);
    size_t off = resolve_offset(vm, offset, l->size, view.len, "not enough data to unpack");
    if (view.len < l->size || off > view.len - l->size)
        py_struct_fmt_error(vm, "unpack_from requires a buffer of at least %zu bytes for unpacking "
                                "%zu bytes at offset %zu (actual buffer size is %zu)",
                            l->size + off, l->size, off, view.len);
    return unpack_at(vm, l, buffer, off);
}

// ---- the unpack iterator -----------------------------------------------------------------------

typedef struct {
    py_obj_t base;
    py_val_t st;       // the Struct
    py_val_t buffer;   // the object unpacked
    size_t offset;
} unpack_iter_t;

static void unpack_iter_mark(py_vm_t *vm, py_obj_t *o) {
    unpack_iter_t *it = (unpack_iter_t *)o;
    py_gc_mark(vm, it->st);
    py_gc_mark(vm, it->buffer);
}

static py_val_t unpack_iter_iter(py_vm_t *vm, py_val_t self) {
    (void)vm;
    return self;
}

// The next group of values; stops early if the buffer has shrunk meanwhile.
static py_val_t unpack_iter_next(py_vm_t *vm, py_val_t self) {
    unpack_iter_t *it = (unpack_iter_t *)py_obj(self);
    const py_struct_layout_t *l = &struct_ptr(it->st)->layout;
    py_buffer_t view;
    if (!py_buffer_get(vm, it->buffer, &view, false) || view.len < l->size ||
        it->offset > view.len - l->size)
        return PY_NULL;
    size_t off = it->offset;
    it->offset += l->size;
    return unpack_at(vm, l, it->buffer, off);
}

static py_val_t unpack_iter_length_hint(py_vm_t *vm, size_t nargs, const py_val_t *args,
                                        py_val_t kwnames) {
    (void)nargs, (void)kwnames;
    unpack_iter_t *it = (unpack_iter_t *)py_obj(args[0]);
    size_t size = struct_ptr(it->st)->layout.size;
    py_buffer_t view;
    if (!py_buffer_get(vm, it->buffer, &view, false) || it->offset > view.len) return py_small(0);
    return py_small((py_int_t)((view.len - it->offset) / size));
}

static const py_method_def_t unpack_iter_methods[] = {
    {"__length_hint__", unpack_iter_length_hint, 1, 1, 0},
    {NULL, NULL, 0, 0, 0},
};

static const py_type_spec_t unpack_iter_spec = {
    .name = "unpack_iterator",
    .base = PY_T_object,
    .basicsize = sizeof(unpack_iter_t),
    .slots = {.mark = unpack_iter_mark, .iter = unpack_iter_iter, .next = unpack_iter_next},
    .methods = unpack_iter_methods,
};

static py_val_t do_iter_unpack(py_vm_t *vm, py_val_t st, py_val_t buffer) {
    const py_struct_layout_t *l = &struct_ptr(st)->layout;
    if (l->size == 0) py_struct_fmt_error(vm, "cannot iteratively unpack with a struct of length 0");
    py_buffer_t view;
    py_buffer_require(vm, buffer, &view, false);
    if (view.len % l->size)
        py_struct_fmt_error(vm, "iterative unpacking requires a buffer of a multiple of %zu bytes",
                            l->size);
    py_type_t *type = (py_type_t *)py_obj(py_modkit_attr(vm, "struct", "_unpack_iterator"));
    unpack_iter_t *it = py_gc_new(vm, type, sizeof(unpack_iter_t));
    it->st = st;
    it->buffer = buffer;
    return py_from_obj(it);
}

// ---- the Struct class ----------------------------------------------------------------------------

static void struct_mark(py_vm_t *vm, py_obj_t *o) {
    struct_obj_t *s = (struct_obj_t *)o;
    py_gc_mark(vm, s->format);
    py_gc_mark_ptr(vm, s->layout.items);
}

// The str a format was given as (bytes are decoded, as CPython's Struct.format).
static py_val_t format_str(py_vm_t *vm, py_val_t fmt) {
    if (py_is_str(vm, fmt)) return fmt;
    return py_bytes_decode(vm, fmt, PY_NULL, PY_NULL);
}

static py_val_t make_struct(py_vm_t *vm, py_type_t *type, py_val_t fmt) {
    py_struct_layout_t layout;
    py_struct_fmt_parse(vm, fmt, &layout);
    struct_obj_t *s = py_gc_new(vm, type, py_type_instance_size(vm, type, 0));
    s->layout = layout;
    s->format = format_str(vm, fmt);
    return py_from_obj(s);
}

static const char *const struct_kw[] = {"format", NULL};

// The format argument of Struct(format) / Struct.__init__(self, format).
static py_val_t format_arg(py_vm_t *vm, size_t nargs, const py_val_t *args, py_val_t kwnames) {
    py_val_t kw[1] = {PY_NULL};
    py_builtins_kwargs(vm, "Struct", nargs, args, kwnames, struct_kw, kw);
    if (nargs > 1)
        py_raise_type_error(vm, "Struct() takes at most 1 argument (%zu given)", nargs);
    py_val_t fmt = nargs ? args[0] : kw[0];
    if (fmt == PY_NULL) py_raise_type_error(vm, "Struct() missing required argument 'format' (pos 1)");
    return fmt;
}

// Struct(format). A subclass's instance starts empty whatever the arguments,
// as CPython's: its __init__ (Struct.__init__ through super()) sets the format.
static py_val_t struct_make_new(py_vm_t *vm, py_type_t *type, size_t nargs, const py_val_t *args,
                                py_val_t kwnames) {
    if (type->flags & PY_TF_HEAPTYPE) return make_struct(vm, type, py_str_intern_c(vm, ""));
    return make_struct(vm, type, format_arg(vm, nargs, args, kwnames));
}

static py_val_t s_init(py_vm_t *vm, size_t nargs, const py_val_t *args, py_val_t kwnames) {
    py_val_t fmt = format_arg(vm, nargs - 1, args + 1, kwnames);
    py_struct_layout_t layout;
    py_struct_fmt_parse(vm, fmt, &layout);
    py_val_t text = format_str(vm, fmt);
    struct_obj_t *s = struct_ptr(args[0]);
    s->layout = layout;
    s->format = text;
    return PY_NONE;
}

static py_val_t struct_getattr(py_vm_t *vm, py_val_t self, py_val_t name) {
    if (py_str_eq_c(name, "format")) return struct_ptr(self)->format;
    if (py_str_eq_c(name, "size")) return py_int_from_u64(vm, struct_ptr(self)->layout.size);
    return PY_NULL;
}

static py_val_t s_pack(py_vm_t *vm, size_t nargs, const py_val_t *args, py_val_t kwnames) {
    py_arg_no_kw(vm, "pack", kwnames);
    return do_pack(vm, &struct_ptr(args[0])->layout, nargs - 1, args + 1);
}

static py_val_t s_pack_into(py_vm_t *vm, size_t nargs, const py_val_t *args, py_val_t kwnames) {
    py_arg_no_kw(vm, "pack_into", kwnames);
    do_pack_into(vm, &struct_ptr(args[0])->layout, nargs - 1, args + 1);
    return PY_NONE;
}

static py_val_t s_unpack(py_vm_t *vm, size_t nargs, const py_val_t *args, py_val_t kwnames) {
    (void)nargs, (void)kwnames;
    return do_unpack(vm, &struct_ptr(args[0])->layout, args[1]);
}

static const char *const unpack_from_kw[] = {"buffer", "offset", NULL};

// unpack_from(buffer, offset=0) for both Struct.unpack_from (args[0] the
// Struct) and the module function (args[0] the format).
static void unpack_from_args(py_vm_t *vm, size_t nargs, const py_val_t *args, py_val_t kwnames,
                             py_val_t out[2]) {
    out[0] = out[1] = PY_NULL;
    py_builtins_kwargs(vm, "unpack_from", nargs, args, kwnames, unpack_from_kw, out);
    if (nargs > 3)
        py_raise_type_error(vm, "unpack_from() takes at most 3 arguments (%zu given)", nargs);
    for (size_t i = 1; i < nargs; i++) out[i - 1] = args[i];
    if (out[0] == PY_NULL)
        py_raise_type_error(vm, "unpack_from() missing required argument 'buffer' (pos 1)");
}

static py_val_t s_unpack_from(py_vm_t *vm, size_t nargs, const py_val_t *args, py_val_t kwnames) {
    py_val_t a[2];
    unpack_from_args(vm, nargs, args, kwnames, a);
    return do_unpack_from(vm, &struct_ptr(args[0])->layout, a[0], a[1]);
}

static py_val_t s_iter_unpack(py_vm_t *vm, size_t nargs, const py_val_t *args, py_val_t kwnames) {
    (void)nargs, (void)kwnames;
    return do_iter_unpack(vm, args[0], args[1]);
}

static const py_method_def_t struct_methods[] = {
    {"__init__", s_init, 1, PY_VARARGS, PY_METH_KEYWORDS},
    {"pack", s_pack, 1, PY_VARARGS, PY_METH_KEYWORDS},
    {"pack_into", s_pack_into, 1, PY_VARARGS, PY_METH_KEYWORDS},
    {"unpack", s_unpack, 2, 2, 0},
    {"unpack_from", s_unpack_from, 1, PY_VARARGS, PY_METH_KEYWORDS},
    {"iter_unpack", s_iter_unpack, 2, 2, 0},
    {NULL, NULL, 0, 0, 0},
};

static const py_type_spec_t struct_spec = {
    .name = "Struct",
    .base = PY_T_object,
    .basicsize = sizeof(struct_obj_t),
    .flags = PY_TF_BASETYPE,
    .slots = {.mark = struct_mark, .make_new = struct_make_new, .getattr = struct_getattr},
    .methods = struct_methods,
};

// ---- module functions ------------------------------------------------------------------------------

// Every module function takes the format first.
static void need_format(py_vm_t *vm, size_t nargs) {
    if (nargs == 0) py_raise_type_error(vm, "missing format argument");
}

static py_val_t struct_calcsize(py_vm_t *vm, size_t nargs, const py_val_t *args,
                                py_val_t kwnames) {
    (void)nargs, (void)kwnames;
    py_struct_layout_t l;
    py_struct_fmt_parse(vm, args[0], &l);
    return py_int_from_u64(vm, l.size);
}

static py_val_t struct_pack(py_vm_t *vm, size_t nargs, const py_val_t *args, py_val_t kwnames) {
    py_arg_no_kw(vm, "pack", kwnames);
    need_format(vm, nargs);
    py_struct_layout_t l;
    py_struct_fmt_parse(vm, args[0], &l);
    return do_pack(vm, &l, nargs - 1, args + 1);
}

static py_val_t struct_pack_into(py_vm_t *vm, size_t nargs, const py_val_t *args,
                                 py_val_t kwnames) {
    py_arg_no_kw(vm, "pack_into", kwnames);
    need_format(vm, nargs);
    py_struct_layout_t l;
    py_struct_fmt_parse(vm, args[0], &l);
    do_pack_into(vm, &l, nargs - 1, args + 1);
    return PY_NONE;
}

static py_val_t struct_unpack(py_vm_t *vm, size_t nargs, const py_val_t *args, py_val_t kwnames) {
    (void)nargs, (void)kwnames;
    py_struct_layout_t l;
    py_struct_fmt_parse(vm, args[0], &l);
    return do_unpack(vm, &l, args[1]);
}

static py_val_t struct_unpack_from(py_vm_t *vm, size_t nargs, const py_val_t *args,
                                   py_val_t kwnames) {
    need_format(vm, nargs);
    py_val_t a[2];
    unpack_from_args(vm, nargs, args, kwnames, a);
    py_struct_layout_t l;
    py_struct_fmt_parse(vm, args[0], &l);
    return do_unpack_from(vm, &l, a[0], a[1]);
}

static py_val_t struct_iter_unpack(py_vm_t *vm, size_t nargs, const py_val_t *args,
                                   py_val_t kwnames) {
    (void)nargs, (void)kwnames;
    py_val_t type = py_modkit_attr(vm, "struct", "Struct");
    py_val_t st = make_struct(vm, (py_type_t *)py_obj(type), args[0]);
    return do_iter_unpack(vm, st, args[1]);
}

// _clearcache(): formats are not cached here, so there is nothing to clear.
static py_val_t struct_clearcache(py_vm_t *vm, size_t nargs, const py_val_t *args,
                                  py_val_t kwnames) {
    (void)vm, (void)nargs, (void)args, (void)kwnames;
    return PY_NONE;
}

static void struct_init(py_vm_t *vm, py_val_t module) {
    py_modkit_exc_new(vm, module, "error", PY_EXC_Exception);
    py_modkit_type_new(vm, module, "Struct", &struct_spec, "_struct");
    py_modkit_type_new(vm, module, "_unpack_iterator", &unpack_iter_spec, "_struct");
}

static const py_method_def_t struct_functions[] = {
    {"calcsize", struct_calcsize, 1, 1, 0},
    {"pack", struct_pack, 0, PY_VARARGS, PY_METH_KEYWORDS},
    {"pack_into", struct_pack_into, 0, PY_VARARGS, PY_METH_KEYWORDS},
    {"unpack", struct_unpack, 2, 2, 0},
    {"unpack_from", struct_unpack_from, 0, PY_VARARGS, PY_METH_KEYWORDS},
    {"iter_unpack", struct_iter_unpack, 2, 2, 0},
    {"_clearcache", struct_clearcache, 0, 0, 0},
    {NULL, NULL, 0, 0, 0},
};

const py_module_def_t py_mod_struct = {"struct", struct_functions, struct_init, NULL};
