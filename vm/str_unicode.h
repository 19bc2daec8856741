// vm/str_unicode.h: Unicode character properties and full case mappings for str.
// Layer: vm core (types). The data is vm/str_unicode_db.c and str_unicode_special.c,
// generated from CPython's Unicode database by tools/gen_unicode.py; str_unicode.c reads it.
// SPDX-License-Identifier: MIT

#ifndef PY_STR_UNICODE_H
#define PY_STR_UNICODE_H

#include <stddef.h>
#include <stdint.h>
#include <stdbool.h>

// Property bits of a record, in the generator's FLAGS order.
enum {
    PY_UCD_ALPHA = 1 << 0,
    PY_UCD_DECIMAL = 1 << 1,
    PY_UCD_DIGIT = 1 << 2,
    PY_UCD_NUMERIC = 1 << 3,
    PY_UCD_SPACE = 1 << 4,
    PY_UCD_PRINTABLE = 1 << 5,
    PY_UCD_UPPER = 1 << 6,
    PY_UCD_LOWER = 1 << 7,
    PY_UCD_TITLE = 1 << 8,
    PY_UCD_CASED = 1 << 9,
    PY_UCD_IGNORABLE = 1 << 10,   // Case_Ignorable (the final-sigma rule skips these)
    PY_UCD_XID_START = 1 << 11,   // or '_': may start an identifier
    PY_UCD_XID_CONTINUE = 1 << 12,
    PY_UCD_SPECIAL = 1 << 13,     // some case mapping is longer than one code point
};

// The case mappings, as indexes of py_str_uprops_t.delta.
enum { PY_UCD_UPPER_MAP, PY_UCD_LOWER_MAP, PY_UCD_TITLE_MAP, PY_UCD_FOLD_MAP };

// One deduplicated record: many code points share it.
typedef struct {
    uint16_t flags;
    int8_t decimal;     // the value of a decimal digit, else -1
    int32_t delta[4];   // simple mapping = cp + delta, by PY_UCD_*_MAP
} py_str_uprops_t;

// The record of code point [cp] (anything past U+10FFFF reads as unassigned). Never raises.
const py_str_uprops_t *py_str_unicode_db_props(uint32_t cp);
// The UTF-8 of the full mapping [kind] (PY_UCD_*_MAP) of a code point whose
// record has PY_UCD_SPECIAL, with *len set to its byte length; NULL if none.
const char *py_str_unicode_special_mapping(uint32_t cp, int kind, size_t *len);

// For code outside str (int() and float() parsing): the value 0-9 of the
// decimal digit [cp] (any script, category Nd), else -1; and whether [cp] is
// whitespace as str.isspace() says. Never raise.
int py_str_unicode_decimal(uint32_t cp);
bool py_str_unicode_isspace(uint32_t cp);

// True when [cp] has all the PY_UCD_* bits of [mask]. Never raises.
static inline bool py_str_unicode_has(uint32_t cp, unsigned mask) {
    return (py_str_unicode_db_props(cp)->flags & mask) == mask;
}

#endif
