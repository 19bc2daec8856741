// vm/str_case.c: str case conversion (upper, lower, title...) and the is*() class tests.
// Layer: vm core (types). Exact for ASCII; beyond it, the tables of str_utf8.c
// plus CPython's special cases that matter in practice (ß, İ, final sigma).
// SPDX-License-Identifier: MIT

#include "str_internal.h"
#include "except.h"

typedef enum { CASE_UPPER, CASE_LOWER, CASE_FOLD, CASE_SWAP, CASE_TITLE, CASE_CAP } case_mode_t;

static void add_cp(py_vm_t *vm, py_strbuf_t *b, uint32_t cp) {
    char enc[4];
    py_strbuf_add(vm, b, enc, py_utf8_encode(cp, enc));
}

// True when a cased letter follows byte [pos] (skipping nothing): the
// "not followed by a cased letter" half of the final-sigma rule.
static bool next_cased(const char *s, size_t len, size_t pos) {
    return pos < len && py_str_utf8_iscased(py_str_utf8_next(s, len, &pos));
}

static void emit_upper(py_vm_t *vm, py_strbuf_t *b, uint32_t cp) {
    if (cp == 0xDF) py_strbuf_add(vm, b, "SS", 2);
    else add_cp(vm, b, py_str_utf8_upper(cp));
}

// Appends lower(cp); [pos] is the byte after cp in [s], [prev_cased] tells
// whether a cased letter came before (both for the final sigma).
static void emit_lower(py_vm_t *vm, py_strbuf_t *b, uint32_t cp, bool prev_cased,
                       const char *s, size_t len, size_t pos) {
    if (cp == 0x130) {
        add_cp(vm, b, 'i');
        add_cp(vm, b, 0x307);   // İ lowers to i + combining dot above
    } else if (cp == 0x3A3 && prev_cased && !next_cased(s, len, pos)) {
        add_cp(vm, b, 0x3C2);   // final sigma
    } else {
        add_cp(vm, b, py_str_utf8_lower(cp));
    }
}

static void emit_fold(py_vm_t *vm, py_strbuf_t *b, uint32_t cp) {
    switch (cp) {
    case 0xDF: py_strbuf_add(vm, b, "ss", 2); return;
    case 0x17F: add_cp(vm, b, 's'); return;
    case 0xB5: add_cp(vm, b, 0x3BC); return;
    case 0x3C2: add_cp(vm, b, 0x3C3); return;
    case 0x130: add_cp(vm, b, 'i'); add_cp(vm, b, 0x307); return;
    default: add_cp(vm, b, py_str_utf8_lower(cp)); return;
    }
}

static void emit_title(py_vm_t *vm, py_strbuf_t *b, uint32_t cp) {
    if (cp == 0xDF) py_strbuf_add(vm, b, "Ss", 2);
    else if (py_str_utf8_istitle(cp)) add_cp(vm, b, cp);
    else if (py_str_utf8_istitle(py_str_utf8_upper(cp) + 1)) add_cp(vm, b, py_str_utf8_upper(cp) + 1);
    else add_cp(vm, b, py_str_utf8_upper(cp));
}

// Appends the mapping of the code point [cp] ending at byte [pos] under [mode].
static void emit_case(py_vm_t *vm, py_strbuf_t *b, case_mode_t mode, uint32_t cp,
                      bool prev_cased, bool first, const char *s, size_t len, size_t pos) {
    switch (mode) {
    case CASE_UPPER: emit_upper(vm, b, cp); break;
    case CASE_LOWER: emit_lower(vm, b, cp, prev_cased, s, len, pos); break;
    case CASE_FOLD: emit_fold(vm, b, cp); break;
    case CASE_SWAP:
        if (py_str_utf8_isupper(cp)) emit_lower(vm, b, cp, prev_cased, s, len, pos);
        else if (py_str_utf8_islower(cp)) emit_upper(vm, b, cp);
        else add_cp(vm, b, cp);
        break;
    case CASE_TITLE:
        if (prev_cased) emit_lower(vm, b, cp, prev_cased, s, len, pos);
        else emit_title(vm, b, cp);
        break;
    case CASE_CAP:
        if (first) emit_title(vm, b, cp);
        else emit_lower(vm, b, cp, prev_cased, s, len, pos);
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

static py_val_t case_ascii(py_vm_t *vm, py_val_t self, case_mode_t mode) {
    py_str_t *s = py_str_ptr(self);
    py_str_t *r = py_str_alloc(vm, s->len);
    bool prev = false;
    for (size_t i = 0; i < s->len; i++) {
        char c = s->data[i];
        r->data[i] = ascii_case(mode, c, prev, i == 0);
        prev = (c | 32) >= 'a' && (c | 32) <= 'z';
    }
    return py_str_finish(vm, r);
}

static py_val_t case_map(py_vm_t *vm, size_t nargs, const py_val_t *args, const char *name,
                         case_mode_t mode) {
    (void)nargs;
    py_val_t self = args[0];
    py_str_check_self(vm, self, name);
    if (py_str_ptr(self)->ascii) return case_ascii(vm, self, mode);
    const char *s = py_str_data(self);
    size_t len = py_str_len(self);
    py_strbuf_t b;
    py_strbuf_init(&b);
    bool prev_cased = false;
    for (size_t pos = 0; pos < len;) {
        bool first = pos == 0;
        uint32_t cp = py_str_utf8_next(s, len, &pos);
        emit_case(vm, &b, mode, cp, prev_cased, first, s, len, pos);
        prev_cased = py_str_utf8_iscased(cp);
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
    const char *s = py_str_data(self);
    size_t len = py_str_len(self);
    if (len == 0) return py_bool(empty);
    for (size_t pos = 0; pos < len;)
        if (!test(py_str_utf8_next(s, len, &pos))) return PY_FALSE;
    return PY_TRUE;
}

static bool is_alnum(uint32_t cp) { return py_str_utf8_isalpha(cp) || py_str_utf8_isnumeric(cp); }
static bool is_ascii(uint32_t cp) { return cp < 0x80; }

#define CLASS_METH(fn, name, test, empty) \
    PY_STR_METH(fn) { \
        (void)nargs, (void)kwnames; \
        return all_chars(vm, args, name, test, empty); \
    }

CLASS_METH(py_str_case_isdigit, "isdigit", py_str_utf8_isdigit, false)
CLASS_METH(py_str_case_isalpha, "isalpha", py_str_utf8_isalpha, false)
CLASS_METH(py_str_case_isalnum, "isalnum", is_alnum, false)
CLASS_METH(py_str_case_isspace, "isspace", py_str_utf8_isspace, false)
CLASS_METH(py_str_case_isdecimal, "isdecimal", py_str_utf8_isdecimal, false)
CLASS_METH(py_str_case_isnumeric, "isnumeric", py_str_utf8_isnumeric, false)
CLASS_METH(py_str_case_isprintable, "isprintable", py_str_utf8_isprintable, true)
CLASS_METH(py_str_case_isascii, "isascii", is_ascii, true)

// isupper/islower: no code point of the other case (nor titlecase) and at least one cased.
static py_val_t case_test(py_vm_t *vm, const py_val_t *args, const char *name, bool upper) {
    py_val_t self = args[0];
    py_str_check_self(vm, self, name);
    const char *s = py_str_data(self);
    size_t len = py_str_len(self);
    bool cased = false;
    for (size_t pos = 0; pos < len;) {
        uint32_t cp = py_str_utf8_next(s, len, &pos);
        bool up = py_str_utf8_isupper(cp), low = py_str_utf8_islower(cp);
        if ((upper ? low : up) || py_str_utf8_istitle(cp)) return PY_FALSE;
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
    const char *s = py_str_data(self);
    size_t len = py_str_len(self);
    bool cased = false, prev_cased = false;
    for (size_t pos = 0; pos < len;) {
        uint32_t cp = py_str_utf8_next(s, len, &pos);
        if (py_str_utf8_isupper(cp) || py_str_utf8_istitle(cp)) {
            if (prev_cased) return PY_FALSE;
            prev_cased = cased = true;
        } else if (py_str_utf8_islower(cp)) {
            if (!prev_cased) return PY_FALSE;
            prev_cased = cased = true;
        } else {
            prev_cased = false;
        }
    }
    return py_bool(cased);
}

// Identifier characters (PEP 3131, approximated by the letter and digit tables).
static bool ident_start(uint32_t cp) { return cp == '_' || py_str_utf8_isalpha(cp); }
static bool ident_continue(uint32_t cp) {
    return ident_start(cp) || py_str_utf8_isdecimal(cp) || (cp >= 0x300 && cp <= 0x36F)
           || cp == 0xB7;
}

PY_STR_METH(py_str_case_isidentifier) {
    (void)nargs, (void)kwnames;
    py_val_t self = args[0];
    py_str_check_self(vm, self, "isidentifier");
    const char *s = py_str_data(self);
    size_t len = py_str_len(self), pos = 0;
    if (len == 0 || !ident_start(py_str_utf8_next(s, len, &pos))) return PY_FALSE;
    while (pos < len)
        if (!ident_continue(py_str_utf8_next(s, len, &pos))) return PY_FALSE;
    return PY_TRUE;
}
