// tests/unit/test_str_unicode.c: the Unicode table (vm/str_unicode_db.c) through
// vm/str_unicode.c, and str.encode's handlers (vm/str_encode.c).
// Layer: tests (Criterion). Trie lookups at block edges, full case mappings,
// the flags the final-sigma rule needs, codec name normalisation.
// SPDX-License-Identifier: MIT

#include <criterion/criterion.h>
#include "except.h"
#include "obj_bytes.h"
#include "obj_exc.h"
#include "obj_str.h"
#include "runtime.h"
#include "str_internal.h"
#include "str_unicode.h"
#include "unit_vm.h"

// The UTF-8 of mapping [kind] of [cp], as a C string.
static const char *mapped(uint32_t cp, int kind) {
    static char out[17];
    size_t n = py_str_unicode_map(cp, kind, out);
    out[n] = '\0';
    return out;
}

Test(str_unicode, simple_mappings) {
    cr_assert_eq(py_str_unicode_upper('a'), 'A');
    cr_assert_eq(py_str_unicode_lower(0x130), 0x130);       // İ: its lower has two code points
    cr_assert_eq(py_str_unicode_upper(0x3C2), 0x3A3);       // final sigma
    cr_assert_eq(py_str_unicode_upper(0xAB70), 0x13A0);     // Cherokee: delta -38864
    cr_assert_eq(py_str_unicode_lower(0x10400), 0x10428);   // Deseret, beyond the BMP
    cr_assert_eq(py_str_unicode_upper(0x1F600), 0x1F600);   // no case
    cr_assert_eq(py_str_unicode_upper(0x110000), 0x110000); // past the range: unchanged
}

Test(str_unicode, full_mappings) {
    cr_assert_str_eq(mapped(0xDF, PY_UCD_UPPER_MAP), "SS");
    cr_assert_str_eq(mapped(0xDF, PY_UCD_TITLE_MAP), "Ss");
    cr_assert_str_eq(mapped(0xDF, PY_UCD_FOLD_MAP), "ss");
    cr_assert_str_eq(mapped(0xDF, PY_UCD_LOWER_MAP), "\xC3\x9F");
    cr_assert_str_eq(mapped(0xFB03, PY_UCD_UPPER_MAP), "FFI");
    cr_assert_str_eq(mapped(0xFB03, PY_UCD_TITLE_MAP), "Ffi");
    cr_assert_str_eq(mapped(0x130, PY_UCD_LOWER_MAP), "i\xCC\x87");
    cr_assert_str_eq(mapped(0x390, PY_UCD_UPPER_MAP), "\xCE\x99\xCC\x88\xCC\x81");   // 3 code points
    cr_assert_str_eq(mapped(0x1C6, PY_UCD_TITLE_MAP), "\xC7\x85");                   // dž -> Dž
    cr_assert_str_eq(mapped('q', PY_UCD_UPPER_MAP), "Q");
}

Test(str_unicode, classes) {
    cr_assert(py_str_unicode_isalpha(0x4E00) && py_str_unicode_isalpha(0x1D400));
    cr_assert(!py_str_unicode_isalpha(0x2160) && py_str_unicode_isnumeric(0x2160));
    cr_assert(py_str_unicode_isdecimal(0x1D7CE) && py_str_unicode_decimal(0x1D7CF) == 1);
    cr_assert_eq(py_str_unicode_decimal(0x663), 3);
    cr_assert_eq(py_str_unicode_decimal(0xB2), -1);   // superscript two: a digit, not decimal
    cr_assert(py_str_unicode_isdigit(0xB2) && !py_str_unicode_isdecimal(0xB2));
    cr_assert(py_str_unicode_isspace(0x3000) && !py_str_unicode_isspace(0x200B));
    cr_assert(!py_str_unicode_isprintable(0x378) && py_str_unicode_isprintable(0xE9));
    cr_assert(py_str_unicode_istitle(0x1C5) && !py_str_unicode_isupper(0x1C5));
    cr_assert(py_str_unicode_iscased(0x1C5) && py_str_unicode_iscased(0xAA));
    cr_assert(py_str_unicode_islower(0x2B0) && !py_str_unicode_isupper(0x2B0));
    cr_assert(py_str_unicode_isignorable(0x301) && py_str_unicode_isignorable('\''));
    cr_assert(!py_str_unicode_isignorable('a'));
    cr_assert(py_str_unicode_isidstart(0x2118) && !py_str_unicode_isidstart(0xB7));
    cr_assert(py_str_unicode_isidcontinue(0xB7) && py_str_unicode_isidcontinue('7'));
    cr_assert(!py_str_unicode_isalpha(0xD800) && !py_str_unicode_isprintable(0xD800));
    cr_assert(!py_str_unicode_isprintable(0x10FFFF) && !py_str_unicode_isalpha(0x110000));
}

// The trie's blocks must agree at their edges: the last and first code
// point of neighbouring leaf blocks in Latin Extended-A alternate case.
Test(str_unicode, block_edges) {
    for (uint32_t cp = 0x100; cp < 0x130; cp += 2) {
        cr_assert_eq(py_str_unicode_lower(cp), cp + 1, "U+%04X", cp);
        cr_assert_eq(py_str_unicode_upper(cp + 1), cp, "U+%04X", cp + 1);
    }
}

// ---- encode --------------------------------------------------------------------------------

static py_val_t encode(const char *text, const char *codec, const char *errors) {
    py_val_t args[2] = {py_str_from_c(vm, codec), py_str_from_c(vm, errors)};
    return py_call_method(vm, py_str_from_c(vm, text), py_str_intern_c(vm, "encode"), 2, args);
}

static void assert_bytes(py_val_t v, const char *want) {
    cr_assert(py_is_bytes(vm, v));
    cr_assert_eq(py_bytes_ptr(v)->len, strlen(want));
    cr_assert(memcmp(py_bytes_ptr(v)->data, want, strlen(want)) == 0);
}

Test(str_unicode, encode_handlers, .init = unit_vm_setup, .fini = unit_vm_teardown) {
    assert_bytes(encode("a\xC3\xA9\xE2\x82\xAC", "ascii", "xmlcharrefreplace"), "a&#233;&#8364;");
    assert_bytes(encode("a\xC3\xA9\xE2\x82\xAC", "latin-1", "backslashreplace"), "a\xE9\\u20ac");
    assert_bytes(encode("a\xF0\x9F\x98\x80", "ascii", "backslashreplace"), "a\\U0001f600");
    assert_bytes(encode("a\xC3\xA9", "ascii", "replace"), "a?");
    assert_bytes(encode("a\xC3\xA9", "ascii", "ignore"), "a");
    assert_bytes(encode("a\xED\xB3\xBF", "utf-8", "surrogateescape"), "a\xFF");   // U+DCFF
    assert_bytes(encode("a\xED\xA0\x80", "utf-8", "surrogatepass"), "a\xED\xA0\x80");
    assert_bytes(encode("abc", "  UTF_8 ", "no-such-handler"), "abc");   // looked up lazily
}

typedef struct {
    const char *text, *codec, *errors;
} enc_call_t;

static void run_encode(py_vm_t *v, void *ud) {
    (void)v;
    enc_call_t *c = ud;
    encode(c->text, c->codec, c->errors);
}

static void assert_encode_raises(const char *text, const char *codec, const char *errors,
                                 py_exc_id_t id, const char *msg) {
    enc_call_t c = {text, codec, errors};
    cr_assert_eq(py_pcall(vm, run_encode, &c), 1, "did not raise");
    cr_assert(py_exc_is(vm, vm->exc, id), "wrong exception type");
    cr_assert_str_eq(py_str_cstr(vm, py_str_of(vm, vm->exc)), msg);
    vm->exc = PY_NULL;
}

Test(str_unicode, encode_errors, .init = unit_vm_setup, .fini = unit_vm_teardown) {
    assert_encode_raises("a\xC3\xA9\xE2\x82\xAC", "ascii", "strict", PY_EXC_UnicodeEncodeError,
                         "'ascii' codec can't encode characters in position 1-2: ordinal not in range(128)");
    assert_encode_raises("a\xED\xA0\x80", "utf-8", "strict", PY_EXC_UnicodeEncodeError,
                         "'utf-8' codec can't encode character '\\ud800' in position 1: surrogates not allowed");
    assert_encode_raises("a\xE2\x82\xAC", "latin-1", "surrogatepass", PY_EXC_UnicodeEncodeError,
                         "'latin-1' codec can't encode character '\\u20ac' in position 1: ordinal not in range(256)");
    assert_encode_raises("a\xC3\xA9", "ascii", "nope", PY_EXC_LookupError,
                         "unknown error handler name 'nope'");
    assert_encode_raises("a", "utf-16", "strict", PY_EXC_LookupError, "unknown encoding: utf-16");
}
