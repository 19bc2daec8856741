// vm/str_utf8.c: UTF-8 encoding, decoding and validation, code point offsets,
// and the small Unicode tables (case mapping, character classes) str needs.
// Layer: vm core (types). The tables cover ASCII exactly and the common
// European and a few other scripts approximately: a full Unicode database
// would cost far more flash than a microcontroller-sized build can spare.
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
            while (((uint8_t)s->data[off] & 0xC0) == 0x80) off++;
            index--;
        }
        return off;
    }
    off = s->len;
    for (size_t back = s->nchars - index; back > 0; back--) py_str_utf8_prev(s->data, &off);
    return off;
}

size_t py_str_utf8_index(const py_str_t *s, size_t off) {
    if (s->ascii) return off;
    size_t n = 0;
    for (size_t i = 0; i < off; i++) n += ((uint8_t)s->data[i] & 0xC0) != 0x80;
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

// ---- tables -----------------------------------------------------------------------

typedef struct { uint32_t lo, hi; } cp_range_t;

static bool in_ranges(uint32_t cp, const cp_range_t *r, size_t n) {
    for (size_t i = 0; i < n; i++)
        if (cp >= r[i].lo && cp <= r[i].hi) return true;
    return false;
}

#define IN(cp, table) in_ranges(cp, table, sizeof table / sizeof table[0])

// Letters outside ASCII (Unicode categories L*), by script block.
static const cp_range_t alpha_ranges[] = {
    {0xAA, 0xAA}, {0xB5, 0xB5}, {0xBA, 0xBA}, {0xC0, 0xD6}, {0xD8, 0xF6}, {0xF8, 0x2C1},
    {0x2C6, 0x2D1}, {0x2E0, 0x2E4}, {0x370, 0x374}, {0x376, 0x377}, {0x37A, 0x37D},
    {0x37F, 0x37F}, {0x386, 0x386}, {0x388, 0x38A}, {0x38C, 0x38C}, {0x38E, 0x3A1},
    {0x3A3, 0x3F5}, {0x3F7, 0x481}, {0x48A, 0x52F}, {0x531, 0x556}, {0x561, 0x587},
    {0x5D0, 0x5EA}, {0x620, 0x64A}, {0x904, 0x939}, {0xE01, 0xE30}, {0x10A0, 0x10FF},
    {0x1E00, 0x1FBC}, {0x1FC2, 0x1FCC}, {0x1FD0, 0x1FDB}, {0x1FE0, 0x1FEC},
    {0x1FF2, 0x1FFC}, {0x3041, 0x3096}, {0x30A1, 0x30FA}, {0x3400, 0x4DBF},
    {0x4E00, 0x9FFF}, {0xAC00, 0xD7A3}, {0xF900, 0xFAFF}, {0xFF21, 0xFF3A},
    {0xFF41, 0xFF5A}, {0x20000, 0x2FFFF},
};

// First code point of each run of ten decimal digits (category Nd).
static const uint32_t decimal_zeros[] = {
    0x660, 0x6F0, 0x7C0, 0x966, 0x9E6, 0xA66, 0xAE6, 0xB66, 0xBE6, 0xC66, 0xCE6, 0xD66,
    0xDE6, 0xE50, 0xED0, 0xF20, 0x1040, 0x1090, 0x17E0, 0x1810, 0xFF10,
};

// Digits that are not decimal: superscripts, subscripts, circled digits.
static const cp_range_t digit_ranges[] = {
    {0xB2, 0xB3}, {0xB9, 0xB9}, {0x1369, 0x1371}, {0x2070, 0x2070}, {0x2074, 0x2079},
    {0x2080, 0x2089}, {0x2460, 0x2468}, {0x2474, 0x247C}, {0x2488, 0x2490}, {0x24EA, 0x24EA},
    {0x24F5, 0x24FD}, {0x24FF, 0x24FF}, {0x2776, 0x277E}, {0x2780, 0x2788}, {0x278A, 0x2792},
};

// Numeric characters that are not digits: fractions, Roman numerals, CJK numerals.
static const cp_range_t numeric_ranges[] = {
    {0xBC, 0xBE}, {0x2150, 0x2189}, {0x2469, 0x2473}, {0x247D, 0x2487}, {0x2491, 0x249B},
    {0x3007, 0x3007}, {0x3021, 0x3029}, {0x4E00, 0x4E00}, {0x4E03, 0x4E03}, {0x4E07, 0x4E07},
    {0x4E09, 0x4E09}, {0x4E5D, 0x4E5D}, {0x4E8C, 0x4E8C}, {0x4E94, 0x4E94}, {0x516B, 0x516B},
    {0x516D, 0x516D}, {0x5341, 0x5341}, {0x5343, 0x5343}, {0x56DB, 0x56DB}, {0x767E, 0x767E},
    {0x96F6, 0x96F6},
};

// Whitespace beyond ASCII's (categories Zs, Zl, Zp and the bidi whitespace).
static const cp_range_t space_ranges[] = {
    {0x85, 0x85}, {0xA0, 0xA0}, {0x1680, 0x1680}, {0x2000, 0x200A}, {0x2028, 0x2029},
    {0x202F, 0x202F}, {0x205F, 0x205F}, {0x3000, 0x3000},
};

// Not printable beyond ASCII: controls, separators, format characters,
// surrogates, private use and noncharacters.
static const cp_range_t unprintable_ranges[] = {
    {0x7F, 0xA0}, {0xAD, 0xAD}, {0x600, 0x605}, {0x61C, 0x61C}, {0x6DD, 0x6DD},
    {0x70F, 0x70F}, {0x1680, 0x1680}, {0x180E, 0x180E}, {0x2000, 0x200F}, {0x2028, 0x202F},
    {0x205F, 0x2064}, {0x2066, 0x206F}, {0x3000, 0x3000}, {0xD800, 0xF8FF}, {0xFEFF, 0xFEFF},
    {0xFFF9, 0xFFFB}, {0xFFFE, 0xFFFF}, {0xE0001, 0xE0001}, {0xE0020, 0xE007F},
    {0xF0000, 0x10FFFF},
};

// Titlecase letters (category Lt): digraphs such as U+01C5 and Greek with prosgegrammeni.
static const cp_range_t title_ranges[] = {
    {0x1C5, 0x1C5}, {0x1C8, 0x1C8}, {0x1CB, 0x1CB}, {0x1F2, 0x1F2}, {0x1F88, 0x1F8F},
    {0x1F98, 0x1F9F}, {0x1FA8, 0x1FAF}, {0x1FBC, 0x1FBC}, {0x1FCC, 0x1FCC}, {0x1FFC, 0x1FFC},
};

// ---- case mapping -------------------------------------------------------------------

// A block where upper and lower case alternate: [lo, hi] with the uppercase
// letter on even code points when [upper_even].
typedef struct { uint16_t lo, hi; bool upper_even; } alt_block_t;

static const alt_block_t alt_blocks[] = {
    {0x100, 0x12F, true}, {0x132, 0x137, true}, {0x139, 0x148, false}, {0x14A, 0x177, true},
    {0x179, 0x17E, false}, {0x460, 0x481, true}, {0x48A, 0x4BF, true}, {0x4D0, 0x52F, true},
    {0x1CD, 0x1DC, false}, {0x1DE, 0x1EF, true}, {0x1F4, 0x1F5, true}, {0x1F8, 0x21F, true},
    {0x222, 0x233, true}, {0x246, 0x24F, true}, {0x3D8, 0x3EF, true}, {0x1E00, 0x1E95, true},
    {0x1EA0, 0x1EFF, true},
};

// The alternating block holding [cp], or NULL.
static const alt_block_t *alt_block(uint32_t cp) {
    for (size_t i = 0; i < sizeof alt_blocks / sizeof alt_blocks[0]; i++)
        if (cp >= alt_blocks[i].lo && cp <= alt_blocks[i].hi) return &alt_blocks[i];
    return NULL;
}

// Pairs that follow no arithmetic rule: {upper, lower}.
static const uint16_t odd_pairs[][2] = {
    {0x178, 0xFF}, {0x39C, 0xB5}, {0x386, 0x3AC}, {0x38C, 0x3CC}, {0x130, 0x69},
    {0x49, 0x131}, {0x53, 0x17F}, {0x3A3, 0x3C2},
};

// The Latin digraphs DŽ Dž dž, LJ Lj lj, NJ Nj nj, DZ Dz dz come in threes
// (upper, title, lower): the first of [cp]'s three, or 0.
static uint32_t digraph_base(uint32_t cp) {
    if (cp >= 0x1C4 && cp <= 0x1CC) return cp - (cp - 0x1C4) % 3;
    if (cp >= 0x1F1 && cp <= 0x1F3) return 0x1F1;
    return 0;
}

uint32_t py_str_utf8_upper(uint32_t cp) {
    if (cp < 0x80) return (cp >= 'a' && cp <= 'z') ? cp - 32 : cp;
    if (digraph_base(cp)) return digraph_base(cp);
    if ((cp >= 0xE0 && cp <= 0xFE && cp != 0xF7) || (cp >= 0x3B1 && cp <= 0x3CB && cp != 0x3C2)
        || (cp >= 0x430 && cp <= 0x44F))
        return cp - 32;
    if (cp >= 0x450 && cp <= 0x45F) return cp - 80;
    if (cp >= 0x3AD && cp <= 0x3AF) return cp - 37;
    if (cp >= 0x3CD && cp <= 0x3CE) return cp - 63;
    const alt_block_t *b = alt_block(cp);
    if (b) return ((cp & 1) == 0) == b->upper_even ? cp : cp - 1;
    for (size_t i = 0; i < sizeof odd_pairs / sizeof odd_pairs[0]; i++)
        if (odd_pairs[i][1] == cp) return odd_pairs[i][0];
    return cp;
}

uint32_t py_str_utf8_lower(uint32_t cp) {
    if (cp < 0x80) return (cp >= 'A' && cp <= 'Z') ? cp + 32 : cp;
    if (digraph_base(cp)) return digraph_base(cp) + 2;
    if ((cp >= 0xC0 && cp <= 0xDE && cp != 0xD7) || (cp >= 0x391 && cp <= 0x3AB && cp != 0x3A2)
        || (cp >= 0x410 && cp <= 0x42F))
        return cp + 32;
    if (cp >= 0x400 && cp <= 0x40F) return cp + 80;
    if (cp >= 0x388 && cp <= 0x38A) return cp + 37;
    if (cp >= 0x38E && cp <= 0x38F) return cp + 63;
    if (cp == 0x130) return 0x69;
    const alt_block_t *b = alt_block(cp);
    if (b) return ((cp & 1) == 0) == b->upper_even ? cp + 1 : cp;
    for (size_t i = 0; i < sizeof odd_pairs / sizeof odd_pairs[0]; i++)
        if (odd_pairs[i][0] == cp && odd_pairs[i][0] >= 0x80) return odd_pairs[i][1];
    return cp;
}

// ---- classes ----------------------------------------------------------------------------

bool py_str_utf8_isalpha(uint32_t cp) {
    if (cp < 0x80) return (cp | 32) >= 'a' && (cp | 32) <= 'z';
    return IN(cp, alpha_ranges);
}

bool py_str_utf8_isdecimal(uint32_t cp) {
    if (cp < 0x80) return cp >= '0' && cp <= '9';
    for (size_t i = 0; i < sizeof decimal_zeros / sizeof decimal_zeros[0]; i++)
        if (cp >= decimal_zeros[i] && cp < decimal_zeros[i] + 10) return true;
    return cp >= 0x1D7CE && cp <= 0x1D7FF;
}

bool py_str_utf8_isdigit(uint32_t cp) {
    return py_str_utf8_isdecimal(cp) || (cp >= 0x80 && IN(cp, digit_ranges));
}

bool py_str_utf8_isnumeric(uint32_t cp) {
    return py_str_utf8_isdigit(cp) || (cp >= 0x80 && IN(cp, numeric_ranges));
}

bool py_str_utf8_isspace(uint32_t cp) {
    if (cp < 0x80) return cp == ' ' || (cp >= 0x09 && cp <= 0x0D) || (cp >= 0x1C && cp <= 0x1F);
    return IN(cp, space_ranges);
}

bool py_str_utf8_isprintable(uint32_t cp) {
    if (cp < 0x80) return cp >= 0x20 && cp < 0x7F;
    return !IN(cp, unprintable_ranges);
}

bool py_str_utf8_istitle(uint32_t cp) { return cp >= 0x1C5 && IN(cp, title_ranges); }

bool py_str_utf8_isupper(uint32_t cp) {
    return !py_str_utf8_istitle(cp) && py_str_utf8_lower(cp) != cp;
}

bool py_str_utf8_islower(uint32_t cp) {
    // ß, ĸ and ŉ are lowercase letters without a one-code-point uppercase.
    if (cp == 0xDF || cp == 0x138 || cp == 0x149 || cp == 0xAA || cp == 0xBA) return true;
    return !py_str_utf8_istitle(cp) && py_str_utf8_upper(cp) != cp;
}

bool py_str_utf8_iscased(uint32_t cp) {
    return py_str_utf8_isupper(cp) || py_str_utf8_islower(cp) || py_str_utf8_istitle(cp);
}

bool py_str_utf8_islinebreak(uint32_t cp) {
    return cp == '\n' || cp == '\r' || cp == 0x0B || cp == 0x0C || (cp >= 0x1C && cp <= 0x1E)
           || cp == 0x85 || cp == 0x2028 || cp == 0x2029;
}
