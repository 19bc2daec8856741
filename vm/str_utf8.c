// vm/str_utf8.c: UTF-8 encoding, decoding and validation, and code point offsets.
// Layer: vm core (types). Character classes and case mappings are in str_unicode.c.
// SPDX-License-Identifier: MIT

#include "str_internal.h"

// ---- encoding and decoding ------------------------------------------------------

size_t py_utf8_encode(uint32_t cp, char *out) {
    if (cp < 0x80) {
        out[0] = (char)cp;
        return 1;
    }
    if (cp < 0x800) {
        out[0] = (char)(0xC0 | (cp >> 6));
        out[1] = (char)(0x80 | (cp & 0x3F));
        return 2;
    }
    if (cp < 0x10000) {
        out[0] = (char)(0xE0 | (cp >> 12));
        out[1] = (char)(0x80 | ((cp >> 6) & 0x3F));
        out[2] = (char)(0x80 | (cp & 0x3F));
        return 3;
    }
    out[0] = (char)(0xF0 | (cp >> 18));
    out[1] = (char)(0x80 | ((cp >> 12) & 0x3F));
    out[2] = (char)(0x80 | ((cp >> 6) & 0x3F));
    out[3] = (char)(0x80 | (cp & 0x3F));
    return 4;
}

uint32_t py_str_utf8_next(const char *s, size_t len, size_t *pos) {
    const uint8_t *p = (const uint8_t *)s + *pos;
    uint32_t c = p[0];
    size_t n = c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
    if (*pos + n > len) n = len - *pos;   // defensive: never read past the end
    if (n == 1) {
        *pos += 1;
        return c;
    }
    uint32_t cp = c & (0x7F >> n);
    for (size_t i = 1; i < n; i++) cp = (cp << 6) | (p[i] & 0x3F);
    *pos += n;
    return cp;
}

uint32_t py_str_utf8_prev(const char *s, size_t *pos) {
    size_t p = *pos;
    do p--;
    while (p > 0 && ((uint8_t)s[p] & 0xC0) == 0x80);
    *pos = p;
    size_t q = p;
    return py_str_utf8_next(s, SIZE_MAX, &q);
}

size_t py_str_utf8_offset(const py_str_t *s, size_t index) {
    if (s->ascii) return index;
    if (index >= s->nchars) return s->len;
    size_t off = 0;
    if (index <= s->nchars / 2) {
        while (index > 0) {
            off++;
            while (((uint8_t)py_str_text(s)[off] & 0xC0) == 0x80) off++;
            index--;
        }
        return off;
    }
    off = s->len;
    for (size_t back = s->nchars - index; back > 0; back--) py_str_utf8_prev(py_str_text(s), &off);
    return off;
}

size_t py_str_utf8_index(const py_str_t *s, size_t off) {
    if (s->ascii) return off;
    size_t n = 0;
    for (size_t i = 0; i < off; i++) n += ((uint8_t)py_str_text(s)[i] & 0xC0) != 0x80;
    return n;
}

// The range the second byte of a sequence led by [c] must lie in: it is
// where overlong forms, surrogates and code points past U+10FFFF are refused.
static void second_byte_range(uint8_t c, bool surrogates, uint8_t *lo, uint8_t *hi) {
    *lo = 0x80;
    *hi = 0xBF;
    if (c == 0xE0) *lo = 0xA0;
    else if (c == 0xED && !surrogates) *hi = 0x9F;
    else if (c == 0xF0) *lo = 0x90;
    else if (c == 0xF4) *hi = 0x8F;
}

// Checks the sequence at s[i]; returns its length, or 0 with *why/*bad set.
static size_t check_seq(const uint8_t *s, size_t len, size_t i, bool surrogates,
                        const char **why, size_t *bad) {
    uint8_t c = s[i];
    if (c < 0x80) return 1;
    if (c < 0xC2 || c > 0xF4) {
        *why = "invalid start byte";
        *bad = 1;
        return 0;
    }
    size_t n = c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
    uint8_t lo, hi;
    second_byte_range(c, surrogates, &lo, &hi);
    for (size_t k = 1; k < n; k++) {
        if (i + k >= len) {
            *why = "unexpected end of data";
            *bad = k;
            return 0;
        }
        uint8_t d = s[i + k];
        if (d < lo || d > hi) {
            *why = "invalid continuation byte";
            *bad = k;
            return 0;
        }
        lo = 0x80;
        hi = 0xBF;
    }
    return n;
}

size_t py_str_utf8_check(const char *s, size_t len, const char **why, size_t *badlen) {
    const uint8_t *u = (const uint8_t *)s;
    for (size_t i = 0; i < len;) {
        size_t n = check_seq(u, len, i, false, why, badlen);
        if (n == 0) return i;
        i += n;
    }
    return len;
}

size_t py_utf8_count(const char *s, size_t len) {
    const uint8_t *u = (const uint8_t *)s;
    const char *why;
    size_t bad, count = 0;
    for (size_t i = 0; i < len; count++) {
        // Surrogates are allowed: str literals such as '\ud800' make them.
        size_t n = check_seq(u, len, i, true, &why, &bad);
        if (n == 0) return (size_t)-1;
        i += n;
    }
    return count;
}
