// vm/str_case.c: str case conversion (upper, lower, title...) and the is*() class tests.
// Layer: vm core (types). ASCII is mapped in place; other text through the
// full Unicode mappings of str_unicode.c, with CPython's final-sigma rule.
// SPDX-License-Identifier: MIT

#include "str_internal.h"
#include "except.h"
#include "str_unicode.h"

typedef enum { CASE_UPPER, CASE_LOWER, CASE_FOLD, CASE_SWAP, CASE_TITLE, CASE_CAP } case_mode_t;

// Appends the full mapping [kind] (PY_UCD_*_MAP) of [cp] to [b].
static void add_map(py_vm_t *vm, py_strbuf_t *b, uint32_t cp, int kind) {
    char out[16];
    py_strbuf_add(vm, b, out, py_str_unicode_map(cp, kind, out));
}

// The lowercase of the capital sigma whose bytes are [at, after) in [s]:
// final (U+03C2) when a cased letter precedes it and none follows, looking
// past case-ignorable characters both ways (CPython's handle_capital_sigma).
static uint32_t sigma_lower(const char *s, size_t len, size_t at, size_t after) {
    uint32_t c = 0;
    size_t p = at;
    bool found = false;
    while (p > 0) {
        c = py_str_utf8_prev(s, &p);
        if (!py_str_unicode_isignorable(c)) {
            found = true;
            break;
        }
    }
    if (!found || !py_str_unicode_iscased(c)) return 0x3C3;
    for (p = after; p < len;) {
        c = py_str_utf8_next(s, len, &p);
        if (!py_str_unicode_isignorable(c)) return py_str_unicode_iscased(c) ? 0x3C3 : 0x3C2;
    }
    return 0x3C2;
}

// Appends lower(cp) for the code point at bytes [at, after) of [s].
static void emit_lower(py_vm_t *vm, py_strbuf_t *b, uint32_t cp, const char *s, size_t len,
                       size_t at, size_t after) {
    if (cp == 0x3A3) add_map(vm, b, sigma_lower(s, len, at, after), PY_UCD_LOWER_MAP);
    else add_map(vm, b, cp, PY_UCD_LOWER_MAP);
}

// Appends the mapping under [mode] of the code point [cp] at bytes [at,
// after) of [s]; [prev_cased] tells whether the code point before is cased.
static void emit_case(py_vm_t *vm, py_strbuf_t *b, case_mode_t mode, uint32_t cp,
                      bool prev_cased, const char *s, size_t len, size_t at, size_t after) {
    switch (mode) {
    case CASE_UPPER: add_map(vm, b, cp, PY_UCD_UPPER_MAP); break;
    case CASE_LOWER: emit_lower(vm, b, cp, s, len, at, after); break;
    case CASE_FOLD: add_map(vm, b, cp, PY_UCD_FOLD_MAP); break;
    case CASE_SWAP:
        if (py_str_unicode_isupper(cp)) emit_lower(vm, b, cp, s, len, at, after);
        else if (py_str_unicode_islower(cp)) add_map(vm, b, cp, PY_UCD_UPPER_MAP);
        else py_strbuf_add(vm, b, s + at, after - at);
        break;
    case CASE_TITLE:
        if (prev_cased) emit_lower(vm, b, cp, s, len, at, after);
        else add_map(vm, b, cp, PY_UCD_TITLE_MAP);
        break;
    case CASE_CAP:
        if (at == 0) add_map(vm, b, cp, PY_UCD_TITLE_MAP);
        else emit_lower(vm, b, cp, s, len, at, after);
        break;
    }
}

// One ASCII byte under [mode]; [prev_alpha] is whether the byte before was a letter.
static char ascii_case(case_mode_t mode, char c, bool prev_alpha, bool first) {
    bool up = c >= 'A' && c <= 'Z', low = c >= 'a' && c <= 'z';
    bool to_upper = mode == CASE_UPPER || (mode == CASE_SWAP && low)
                    || (mode == CASE_TITLE && !prev_alpha) || (mode == CASE_CAP && first);
    if (to_upper) return low ? (char)(c - 32) : c;
    if (mode == CASE_SWAP && !up) return c;
    return up ? (char)(c + 32) : c;
}

// upper() or lower() of ASCII text: flips bit 5 of the letters of the other
// case. Text with none of them comes back as itself, as strip() does: most
// words fed to lower() are lower case already, and the copy would cost an
// allocation (CPython makes one; no program can rely on `is` for it).
// Eight ASCII bytes at a time (a str's ascii flag says every byte is below
// 0x80): adding 0x80 - lo to a byte sets its top bit when it is >= lo, and
// cannot carry into the next byte. Gives 0x20 in each byte of [w] that lies
// in [from, from + 26), the letters to flip.
#define CASE_ONES UINT64_C(0x0101010101010101)
static uint64_t flip_mask(uint64_t w, unsigned char from) {
    uint64_t ge_lo = w + CASE_ONES * (0x80u - from), ge_hi = w + CASE_ONES * (0x80u - from - 26u);
    return (ge_lo & ~ge_hi & CASE_ONES * 0x80u) >> 2;
}

// The index of the first byte of [s] in [from, from + 26), or [len].
static size_t first_flip(const char *s, size_t len, unsigned char from) {
    size_t i = 0;
    for (uint64_t w; i + 8 <= len; i += 8) {
        memcpy(&w, s + i, 8);
        if (flip_mask(w, from)) break;
    }
    while (i < len && (unsigned char)(s[i] - from) >= 26u) i++;
    return i;
}

static py_val_t flip_ascii(py_vm_t *vm, py_val_t self, char from) {
    const char *s = py_str_bytes(self);
    size_t len = py_str_len(self), first = first_flip(s, len, (unsigned char)from);
    if (first == len) return py_str_exact(vm, self);
    py_str_t *r = py_str_alloc(vm, len);
    s = py_str_bytes(self);   // no interior pointer is kept across an allocation
    memcpy(r->data, s, first);
    size_t i = first;
    for (uint64_t w; i + 8 <= len; i += 8) {
        memcpy(&w, s + i, 8);
        w ^= flip_mask(w, (unsigned char)from);
        memcpy(r->data + i, &w, 8);
    }
    for (; i < len; i++) {
        char c = s[i];
        r->data[i] = (unsigned char)(c - from) < 26u ? (char)(c ^ 32) : c;
    }
    return py_str_finish_ascii(vm, r);
}

static py_val_t case_ascii(py_vm_t *vm, py_val_t self, case_mode_t mode) {
    if (mode == CASE_UPPER) return flip_ascii(vm, self, 'a');
    if (mode == CASE_LOWER || mode == CASE_FOLD) return flip_ascii(vm, self, 'A');
    py_str_t *s = py_str_ptr(self);
    py_str_t *r = py_str_alloc(vm, s->len);
    bool prev = false;
    for (size_t i = 0; i < s->len; i++) {
        char c = py_str_text(s)[i];
        r->data[i] = ascii_case(mode, c, prev, i == 0);
        prev = (c | 32) >= 'a' && (c | 32) <= 'z';
    }
    return py_str_finish_ascii(vm, r);
}

static py_val_t case_map(py_vm_t *vm, size_t nargs, const py_val_t *args, const char *name,
                         case_mode_t mode) {
    (void)nargs;
    py_val_t self = args[0];
    py_str_check_self(vm, self, name);
    if (py_str_ptr(self)->ascii) return case_ascii(vm, self, mode);
    const char *s = py_str_bytes(self);
    size_t len = py_str_len(self);
    py_strbuf_t b;
    py_strbuf_init(&b);
    bool prev_cased = false;
    for (size_t pos = 0; pos < len;) {
        size_t at = pos;
        uint32_t cp = py_str_utf8_next(s, len, &pos);
        emit_case(vm, &b, mode, cp, prev_cased, s, len, at, pos);
        prev_cased = py_str_unicode_iscased(cp);
    }
    return py_strbuf_finish(vm, &b);
}

PY_STR_METH(py_str_case_upper) { (void)kwnames; return case_map(vm, nargs, args, "upper", CASE_UPPER); }
PY_STR_METH(py_str_case_lower) { (void)kwnames; return case_map(vm, nargs, args, "lower", CASE_LOWER); }
PY_STR_METH(py_str_case_casefold) {
    (void)kwnames;
    return case_map(vm, nargs, args, "casefold", CASE_FOLD);
}
PY_STR_METH(py_str_case_swapcase) {
    (void)kwnames;
    return case_map(vm, nargs, args, "swapcase", CASE_SWAP);
}
PY_STR_METH(py_str_case_title) { (void)kwnames; return case_map(vm, nargs, args, "title", CASE_TITLE); }
PY_STR_METH(py_str_case_capitalize) {
    (void)kwnames;
    return case_map(vm, nargs, args, "capitalize", CASE_CAP);
}

// ---- class tests -----------------------------------------------------------------------

// True when every code point of args[0] passes [test] ([empty] for "").
static py_val_t all_chars(py_vm_t *vm, const py_val_t *args, const char *name,
                          bool (*test)(uint32_t), bool empty) {
    py_val_t self = args[0];
    py_str_check_self(vm, self, name);
    const char *s = py_str_bytes(self);
    size_t len = py_str_len(self);
    if (len == 0) return py_bool(empty);
    for (size_t pos = 0; pos < len;)
        if (!test(py_str_utf8_next(s, len, &pos))) return PY_FALSE;
    return PY_TRUE;
}

static bool is_alnum(uint32_t cp) { return py_str_unicode_isalpha(cp) || py_str_unicode_isnumeric(cp); }
static bool is_ascii(uint32_t cp) { return cp < 0x80; }

#define CLASS_METH(fn, name, test, empty) \
    PY_STR_METH(fn) { \
        (void)nargs, (void)kwnames; \
        return all_chars(vm, args, name, test, empty); \
    }

CLASS_METH(py_str_case_isdigit, "isdigit", py_str_unicode_isdigit, false)
CLASS_METH(py_str_case_isalpha, "isalpha", py_str_unicode_isalpha, false)
CLASS_METH(py_str_case_isalnum, "isalnum", is_alnum, false)
CLASS_METH(py_str_case_isspace, "isspace", py_str_unicode_isspace, false)
CLASS_METH(py_str_case_isdecimal, "isdecimal", py_str_unicode_isdecimal, false)
CLASS_METH(py_str_case_isnumeric, "isnumeric", py_str_unicode_isnumeric, false)
CLASS_METH(py_str_case_isprintable, "isprintable", py_str_unicode_isprintable, true)
CLASS_METH(py_str_case_isascii, "isascii", is_ascii, true)

// isupper/islower: no code point of the other case (nor titlecase) and at least one cased.
static py_val_t case_test(py_vm_t *vm, const py_val_t *args, const char *name, bool upper) {
    py_val_t self = args[0];
    py_str_check_self(vm, self, name);
    const char *s = py_str_bytes(self);
    size_t len = py_str_len(self);
    bool cased = false;
    for (size_t pos = 0; pos < len;) {
        uint32_t cp = py_str_utf8_next(s, len, &pos);
        bool up = py_str_unicode_isupper(cp), low = py_str_unicode_islower(cp);
        if ((upper ? low : up) || py_str_unicode_istitle(cp)) return PY_FALSE;
        cased |= upper ? up : low;
    }
    return py_bool(cased);
}

PY_STR_METH(py_str_case_isupper) {
    (void)nargs, (void)kwnames;
    return case_test(vm, args, "isupper", true);
}

PY_STR_METH(py_str_case_islower) {
    (void)nargs, (void)kwnames;
    return case_test(vm, args, "islower", false);
}

PY_STR_METH(py_str_case_istitle) {
    (void)nargs, (void)kwnames;
    py_val_t self = args[0];
    py_str_check_self(vm, self, "istitle");
    const char *s = py_str_bytes(self);
    size_t len = py_str_len(self);
    bool cased = false, prev_cased = false;
    for (size_t pos = 0; pos < len;) {
        uint32_t cp = py_str_utf8_next(s, len, &pos);
        if (py_str_unicode_isupper(cp) || py_str_unicode_istitle(cp)) {
            if (prev_cased) return PY_FALSE;
            prev_cased = cased = true;
        } else if (py_str_unicode_islower(cp)) {
            if (!prev_cased) return PY_FALSE;
            prev_cased = cased = true;
        } else {
            prev_cased = false;
        }
    }
    return py_bool(cased);
}

PY_STR_METH(py_str_case_isidentifier) {
    (void)nargs, (void)kwnames;
    py_val_t self = args[0];
    py_str_check_self(vm, self, "isidentifier");
    const char *s = py_str_bytes(self);
    size_t len = py_str_len(self), pos = 0;
    if (len == 0 || !py_str_unicode_isidstart(py_str_utf8_next(s, len, &pos))) return PY_FALSE;
    while (pos < len)
        if (!py_str_unicode_isidcontinue(py_str_utf8_next(s, len, &pos))) return PY_FALSE;
    return PY_TRUE;
}
