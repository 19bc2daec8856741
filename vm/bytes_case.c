// vm/bytes_case.c: the ASCII case methods and character-class predicates
// bytes and bytearray share (upper, lower, swapcase, capitalize, title, isX).
// Layer: vm core (types), over the buffer protocol. Bytes above 0x7F have no case.
// SPDX-License-Identifier: MIT

#include "bytes_internal.h"
#include "except.h"
#include "runtime.h"

static bool is_upper(uint8_t c) { return c >= 'A' && c <= 'Z'; }
static bool is_lower(uint8_t c) { return c >= 'a' && c <= 'z'; }
static bool is_alpha(uint8_t c) { return is_upper(c) || is_lower(c); }
static bool is_digit(uint8_t c) { return c >= '0' && c <= '9'; }
static bool is_alnum(uint8_t c) { return is_alpha(c) || is_digit(c); }
static bool is_space(uint8_t c) { return c == ' ' || (c >= '\t' && c <= '\r'); }
static bool is_ascii(uint8_t c) { return c < 0x80; }
static uint8_t to_upper(uint8_t c) { return is_lower(c) ? (uint8_t)(c - 32) : c; }
static uint8_t to_lower(uint8_t c) { return is_upper(c) ? (uint8_t)(c + 32) : c; }

// ---- case mappings -----------------------------------------------------------------------

typedef enum { UPPER, LOWER, SWAP, CAPITALIZE, TITLE } case_op_t;

// A copy of [self] (bytes or bytearray, as self) with [op] applied.
static py_val_t map_case(py_vm_t *vm, py_val_t self, case_op_t op) {
    py_buffer_t v;
    py_bytes_view(vm, self, &v);
    uint8_t *out;
    py_val_t r = py_bytes_like_new(vm, self, v.len, &out);
    py_bytes_view(vm, self, &v);
    bool prev_alpha = false;
    for (size_t i = 0; i < v.len; i++) {
        uint8_t c = v.data[i];
        switch (op) {
        case UPPER: c = to_upper(c); break;
        case LOWER: c = to_lower(c); break;
        case SWAP: c = is_upper(c) ? to_lower(c) : to_upper(c); break;
        case CAPITALIZE: c = i == 0 ? to_upper(c) : to_lower(c); break;
        case TITLE: c = prev_alpha ? to_lower(c) : to_upper(c); break;
        }
        prev_alpha = is_alpha(c);
        out[i] = c;
    }
    return r;
}

PY_BYTES_METH(py_bytes_case_upper) {
    (void)nargs, (void)kwnames;
    return map_case(vm, args[0], UPPER);
}

PY_BYTES_METH(py_bytes_case_lower) {
    (void)nargs, (void)kwnames;
    return map_case(vm, args[0], LOWER);
}

PY_BYTES_METH(py_bytes_case_swapcase) {
    (void)nargs, (void)kwnames;
    return map_case(vm, args[0], SWAP);
}

PY_BYTES_METH(py_bytes_case_capitalize) {
    (void)nargs, (void)kwnames;
    return map_case(vm, args[0], CAPITALIZE);
}

PY_BYTES_METH(py_bytes_case_title) {
    (void)nargs, (void)kwnames;
    return map_case(vm, args[0], TITLE);
}

// ---- predicates ---------------------------------------------------------------------------

// True when every byte of non-empty [self] passes [test] (isascii: empty passes too).
static py_val_t all_bytes(py_vm_t *vm, py_val_t self, bool (*test)(uint8_t), bool empty) {
    py_buffer_t v;
    py_bytes_view(vm, self, &v);
    if (v.len == 0) return py_bool(empty);
    for (size_t i = 0; i < v.len; i++)
        if (!test(v.data[i])) return PY_FALSE;
    return PY_TRUE;
}

#define ALL_BYTES(meth, test, empty) \
    PY_BYTES_METH(py_bytes_case_##meth) { \
        (void)nargs, (void)kwnames; \
        return all_bytes(vm, args[0], test, empty); \
    }

ALL_BYTES(isalnum, is_alnum, false)
ALL_BYTES(isalpha, is_alpha, false)
ALL_BYTES(isdigit, is_digit, false)
ALL_BYTES(isspace, is_space, false)
ALL_BYTES(isascii, is_ascii, true)

// islower/isupper: at least one cased byte, and none of the other case.
static py_val_t one_case(py_vm_t *vm, py_val_t self, bool upper) {
    py_buffer_t v;
    py_bytes_view(vm, self, &v);
    bool cased = false;
    for (size_t i = 0; i < v.len; i++) {
        uint8_t c = v.data[i];
        if (upper ? is_lower(c) : is_upper(c)) return PY_FALSE;
        cased |= upper ? is_upper(c) : is_lower(c);
    }
    return py_bool(cased);
}

PY_BYTES_METH(py_bytes_case_islower) {
    (void)nargs, (void)kwnames;
    return one_case(vm, args[0], false);
}

PY_BYTES_METH(py_bytes_case_isupper) {
    (void)nargs, (void)kwnames;
    return one_case(vm, args[0], true);
}

// istitle: uppercase letters only after uncased bytes, lowercase only after
// cased ones, and at least one cased byte.
PY_BYTES_METH(py_bytes_case_istitle) {
    (void)nargs, (void)kwnames;
    py_buffer_t v;
    py_bytes_view(vm, args[0], &v);
    bool cased = false, prev_cased = false;
    for (size_t i = 0; i < v.len; i++) {
        uint8_t c = v.data[i];
        if (is_upper(c)) {
            if (prev_cased) return PY_FALSE;
            prev_cased = cased = true;
        } else if (is_lower(c)) {
            if (!prev_cased) return PY_FALSE;
            prev_cased = cased = true;
        } else {
            prev_cased = false;
        }
    }
    return py_bool(cased);
}
