// vm/num_text.c: the Unicode side of int() and float() on str: decimal
// digits of any script become ASCII digits and Unicode spaces become ' ', as
// CPython's _PyUnicode_TransformDecimalAndSpaceToASCII, from str's Unicode
// table (str_unicode.h). Layer: vm core (types).
// SPDX-License-Identifier: MIT

#include "num_text.h"
#include "obj_str.h"
#include "gc.h"
#include "str_internal.h"
#include "str_unicode.h"

py_val_t py_num_text_ascii(py_vm_t *vm, py_val_t s) {
    if (py_str_ptr(s)->ascii) return s;
    size_t n = py_str_ptr(s)->nchars, k = 0;
    char *out = py_gc_new_bytes(vm, n ? n : 1);
    // ASCII characters are kept as they are (so '\x1c', a space to
    // str.isspace, stays invalid), as in CPython.
    for (size_t i = 0, pos = 0; i < n; i++) {
        uint32_t cp = py_str_utf8_next(py_str_bytes(s), py_str_len(s), &pos);
        if (cp < 0x80) {
            out[k++] = (char)cp;
            continue;
        }
        int dig = py_str_unicode_decimal(cp);
        out[k++] = py_str_unicode_isspace(cp) ? ' ' : dig >= 0 ? (char)('0' + dig) : '?';
    }
    py_val_t r = py_str_new(vm, out, k);
    py_gc_release(vm, out);
    return r;
}
