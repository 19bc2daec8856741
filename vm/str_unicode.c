// vm/str_unicode.c: str's character classes and case mappings over the
// Unicode table of str_unicode_db.c. Layer: vm core (types). ASCII is
// answered without the table: it is by far the common case.
// SPDX-License-Identifier: MIT

#include "str_internal.h"
#include "str_unicode.h"

// ---- simple (one code point) mappings -------------------------------------------------

uint32_t py_str_unicode_upper(uint32_t cp) {
    if (cp < 0x80) return (cp >= 'a' && cp <= 'z') ? cp - 32 : cp;
    return (uint32_t)((int32_t)cp + py_str_unicode_db_props(cp)->delta[PY_UCD_UPPER_MAP]);
}

uint32_t py_str_unicode_lower(uint32_t cp) {
    if (cp < 0x80) return (cp >= 'A' && cp <= 'Z') ? cp + 32 : cp;
    return (uint32_t)((int32_t)cp + py_str_unicode_db_props(cp)->delta[PY_UCD_LOWER_MAP]);
}

size_t py_str_unicode_map(uint32_t cp, int kind, char *out) {
    const py_str_uprops_t *p = py_str_unicode_db_props(cp);
    if (p->flags & PY_UCD_SPECIAL) {
        size_t len;
        const char *s = py_str_unicode_special_mapping(cp, kind, &len);
        if (s != NULL) {
            memcpy(out, s, len);
            return len;
        }
    }
    return py_utf8_encode((uint32_t)((int32_t)cp + p->delta[kind]), out);
}

// ---- classes ----------------------------------------------------------------------------

bool py_str_unicode_isalpha(uint32_t cp) {
    if (cp < 0x80) return (cp | 32) >= 'a' && (cp | 32) <= 'z';
    return py_str_unicode_has(cp, PY_UCD_ALPHA);
}

bool py_str_unicode_isdecimal(uint32_t cp) {
    if (cp < 0x80) return cp >= '0' && cp <= '9';
    return py_str_unicode_has(cp, PY_UCD_DECIMAL);
}

int py_str_unicode_decimal(uint32_t cp) {
    if (cp < 0x80) return cp >= '0' && cp <= '9' ? (int)(cp - '0') : -1;
    return py_str_unicode_db_props(cp)->decimal;
}

bool py_str_unicode_isdigit(uint32_t cp) {
    if (cp < 0x80) return cp >= '0' && cp <= '9';
    return py_str_unicode_has(cp, PY_UCD_DIGIT);
}

bool py_str_unicode_isnumeric(uint32_t cp) {
    if (cp < 0x80) return cp >= '0' && cp <= '9';
    return py_str_unicode_has(cp, PY_UCD_NUMERIC);
}

bool py_str_unicode_isspace(uint32_t cp) {
    if (cp < 0x80) return cp == ' ' || (cp >= 0x09 && cp <= 0x0D) || (cp >= 0x1C && cp <= 0x1F);
    return py_str_unicode_has(cp, PY_UCD_SPACE);
}

bool py_str_unicode_isprintable(uint32_t cp) {
    if (cp < 0x80) return cp >= 0x20 && cp < 0x7F;
    return py_str_unicode_has(cp, PY_UCD_PRINTABLE);
}

bool py_str_unicode_istitle(uint32_t cp) {
    return cp >= 0x80 && py_str_unicode_has(cp, PY_UCD_TITLE);
}

bool py_str_unicode_isupper(uint32_t cp) {
    if (cp < 0x80) return cp >= 'A' && cp <= 'Z';
    return py_str_unicode_has(cp, PY_UCD_UPPER);
}

bool py_str_unicode_islower(uint32_t cp) {
    if (cp < 0x80) return cp >= 'a' && cp <= 'z';
    return py_str_unicode_has(cp, PY_UCD_LOWER);
}

bool py_str_unicode_iscased(uint32_t cp) {
    if (cp < 0x80) return (cp | 32) >= 'a' && (cp | 32) <= 'z';
    return py_str_unicode_has(cp, PY_UCD_CASED);
}

bool py_str_unicode_isignorable(uint32_t cp) {
    if (cp < 0x80) return cp == '\'' || cp == '.' || cp == ':' || cp == '^' || cp == '`';
    return py_str_unicode_has(cp, PY_UCD_IGNORABLE);
}

bool py_str_unicode_isidstart(uint32_t cp) {
    if (cp < 0x80) return cp == '_' || ((cp | 32) >= 'a' && (cp | 32) <= 'z');
    return py_str_unicode_has(cp, PY_UCD_XID_START);
}

bool py_str_unicode_isidcontinue(uint32_t cp) {
    if (cp < 0x80) return py_str_unicode_isidstart(cp) || (cp >= '0' && cp <= '9');
    return py_str_unicode_has(cp, PY_UCD_XID_CONTINUE);
}

bool py_str_unicode_islinebreak(uint32_t cp) {
    return cp == '\n' || cp == '\r' || cp == 0x0B || cp == 0x0C || (cp >= 0x1C && cp <= 0x1E)
           || cp == 0x85 || cp == 0x2028 || cp == 0x2029;
}
