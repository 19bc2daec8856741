// vm/exc_unicode.c: UnicodeDecodeError and UnicodeEncodeError: their five
// arguments (encoding, object, start, end, reason), attributes and message.
// Layer: vm core (types). The codecs (vm/obj_bytes.c, vm/str_methods.c) raise them.
// SPDX-License-Identifier: MIT

#include <stdio.h>
#include <string.h>

#include "except.h"
#include "obj_bytes.h"
#include "obj_exc.h"
#include "obj_int.h"
#include "obj_str.h"
#include "obj_tuple.h"
#include "runtime.h"
#include "str_internal.h"

_Noreturn void py_raise_unicode_error(py_vm_t *vm, py_exc_id_t id, const char *encoding,
                                      py_val_t object, size_t start, size_t end, const char *reason) {
    py_val_t args[5] = {py_str_from_c(vm, encoding), object, py_int_from_u64(vm, start),
                        py_int_from_u64(vm, end), py_str_from_c(vm, reason)};
    py_raise(vm, py_exc_new(vm, id, py_tuple_new(vm, 5, args)));
}

static bool is_codec_error(py_vm_t *vm, py_val_t self) {
    return py_exc_is(vm, self, PY_EXC_UnicodeDecodeError) || py_exc_is(vm, self, PY_EXC_UnicodeEncodeError);
}

void py_exc_unicode_check_args(py_vm_t *vm, py_type_t *type, size_t nargs, const py_val_t *args) {
    bool decode = py_is_subtype(type, vm->exc_types[PY_EXC_UnicodeDecodeError]);
    if (!decode && !py_is_subtype(type, vm->exc_types[PY_EXC_UnicodeEncodeError])) return;
    if (nargs != 5) py_raise_type_error(vm, "function takes exactly 5 arguments (%zu given)", nargs);
    static const char *const kinds[5] = {"str", "str", "int", "int", "str"};
    for (int i = 0; i < 5; i++) {
        bool ok = i == 2 || i == 3 ? py_is_int(vm, args[i]) : py_is_str(vm, args[i]);
        if (i == 1 && decode) ok = py_is_a(vm, args[i], PY_T_bytes);
        if (i == 1 && decode && !ok)
            py_raise_type_error(vm, "a bytes-like object is required, not '%T'", args[i]);
        if (!ok) py_raise_type_error(vm, "argument %d must be %s, not %T", i + 1, kinds[i], args[i]);
    }
}

// The five arguments, when they have their expected types; false otherwise.
static bool parts(py_vm_t *vm, py_val_t self, py_val_t **items, int64_t *start, int64_t *end) {
    py_tuple_t *a = py_tuple_ptr(py_exc_ptr(self)->args);
    if (a->len != 5 || !py_is_str(vm, a->items[0]) || !py_is_str(vm, a->items[4])) return false;
    if (!py_is_small(a->items[2]) || !py_is_small(a->items[3])) return false;
    *items = a->items;
    *start = py_small_val(a->items[2]);
    *end = py_small_val(a->items[3]);
    return true;
}

// The code point at index [i] of str [s], or -1 when out of range.
static int64_t char_at(py_val_t s, int64_t i) {
    py_str_t *p = py_str_ptr(s);
    if (i < 0 || (size_t)i >= p->nchars) return -1;
    size_t pos = py_str_utf8_offset(p, (size_t)i);
    return py_str_utf8_next(py_str_text(p), p->len, &pos);
}

py_val_t py_exc_unicode_str(py_vm_t *vm, py_val_t self) {
    py_val_t *a;
    int64_t start, end;
    if (!is_codec_error(vm, self) || !parts(vm, self, &a, &start, &end)) return PY_NULL;
    if (py_exc_is(vm, self, PY_EXC_UnicodeDecodeError)) {
        if (!py_is_a(vm, a[1], PY_T_bytes)) return PY_NULL;
        py_bytes_t *b = py_bytes_ptr(a[1]);
        if (start >= 0 && (size_t)start < b->len && end == start + 1) {
            char hex[8];
            snprintf(hex, sizeof hex, "0x%02x", (unsigned)b->data[start]);
            return py_str_format_c(vm, "'%S' codec can't decode byte %s in position %d: %S", a[0], hex,
                                   (int)start, a[4]);
        }
        return py_str_format_c(vm, "'%S' codec can't decode bytes in position %d-%d: %S", a[0],
                               (int)start, (int)(end - 1), a[4]);
    }
    if (!py_is_str(vm, a[1])) return PY_NULL;
    int64_t cp = char_at(a[1], start);
    if (cp >= 0 && end == start + 1) {
        char esc[12];
        if (cp < 0x100) snprintf(esc, sizeof esc, "\\x%02x", (unsigned)cp);
        else if (cp < 0x10000) snprintf(esc, sizeof esc, "\\u%04x", (unsigned)cp);
        else snprintf(esc, sizeof esc, "\\U%08x", (unsigned)cp);
        return py_str_format_c(vm, "'%S' codec can't encode character '%s' in position %d: %S", a[0],
                               esc, (int)start, a[4]);
    }
    return py_str_format_c(vm, "'%S' codec can't encode characters in position %d-%d: %S", a[0],
                           (int)start, (int)(end - 1), a[4]);
}

py_val_t py_exc_unicode_attr(py_vm_t *vm, py_val_t self, const char *name) {
    static const char *const names[5] = {"encoding", "object", "start", "end", "reason"};
    if (!is_codec_error(vm, self)) return PY_NULL;
    py_tuple_t *a = py_tuple_ptr(py_exc_ptr(self)->args);
    for (size_t i = 0; i < 5; i++)
        if (!strcmp(name, names[i])) return a->len == 5 ? a->items[i] : PY_NONE;
    return PY_NULL;
}
