// tests/unit/test_str.c: str (vm/obj_str.c, vm/str_*.c) and the minimal bytes type.
// Layer: tests (Criterion). Interning, hashing, UTF-8, methods, format specs,
// str.format, %-formatting, repr escapes, and their CPython error messages.
// SPDX-License-Identifier: MIT

#include <criterion/criterion.h>
#include <stdarg.h>
#include "except.h"
#include "gc.h"
#include "obj_bytes.h"
#include "obj_exc.h"
#include "obj_float.h"
#include "obj_list.h"
#include "obj_range.h"
#include "obj_str.h"
#include "obj_tuple.h"
#include "runtime.h"
#include "unit_vm.h"

static py_val_t S(const char *s) { return py_str_from_c(vm, s); }
static py_val_t I(py_int_t i) { return py_small(i); }
static const char *repr_of(py_val_t v) { return py_str_cstr(vm, py_repr(vm, v)); }

// s.name(args...) through the method table, as Python code would call it.
static py_val_t call(py_val_t s, const char *name, size_t n, ...) {
    py_val_t args[8];
    va_list ap;
    va_start(ap, n);
    for (size_t i = 0; i < n; i++) args[i] = va_arg(ap, py_val_t);
    va_end(ap);
    return py_call_method(vm, s, py_str_intern_c(vm, name), n, args);
}

static void assert_str(py_val_t v, const char *want) {
    cr_assert(py_is_str(vm, v), "not a str");
    cr_assert_str_eq(py_str_cstr(vm, v), want);
}

static void assert_fmt(py_val_t v, const char *spec, const char *want) {
    assert_str(py_format_value(vm, v, S(spec)), want);
}

// ---- raising cases: run a thunk under py_pcall and check the message ----------------

typedef struct {
    py_val_t (*fn)(py_val_t a, py_val_t b);
    py_val_t a, b;
} thunk_t;

static void run_thunk(py_vm_t *v, void *ud) {
    (void)v;
    thunk_t *t = ud;
    t->fn(t->a, t->b);
}

static void assert_raises(py_val_t (*fn)(py_val_t, py_val_t), py_val_t a, py_val_t b,
                          py_exc_id_t id, const char *msg) {
    thunk_t t = {fn, a, b};
    cr_assert_eq(py_pcall(vm, run_thunk, &t), 1, "did not raise");
    cr_assert(py_exc_is(vm, vm->exc, id), "wrong exception type");
    cr_assert_str_eq(py_str_cstr(vm, py_str_of(vm, vm->exc)), msg);
    vm->exc = PY_NULL;
}

static py_val_t do_getitem(py_val_t a, py_val_t b) { return py_getitem(vm, a, b); }
static py_val_t do_mod(py_val_t a, py_val_t b) { return py_binary(vm, PY_OP_MOD, a, b); }
static py_val_t do_format(py_val_t a, py_val_t b) { return py_format_value(vm, a, b); }
static py_val_t do_str_format(py_val_t a, py_val_t b) { return call(a, "format", 1, b); }
static py_val_t do_index(py_val_t a, py_val_t b) { return call(a, "index", 1, b); }
static py_val_t do_decode(py_val_t a, py_val_t b) {
    (void)b;
    return py_bytes_decode(vm, a, PY_NULL, PY_NULL);
}

// ---- interning, hashing, equality -------------------------------------------------------

Test(str, interned_strings_are_identical, .init = unit_vm_setup, .fini = unit_vm_teardown) {
    py_val_t a = py_str_intern_c(vm, "spam_and_eggs");
    py_val_t b = py_str_intern(vm, "spam_and_eggs!", 13);
    cr_assert_eq(a, b);
    cr_assert(py_is_istr(a));
    py_val_t plain = py_str_new(vm, "spam_and_eggs", 13);
    cr_assert_eq(py_str_intern_val(vm, plain), a);
    cr_assert(py_str_equal(plain, a));
    cr_assert_neq(py_str_intern_c(vm, "spam"), a);
}

Test(str, one_char_ascii_strs_are_shared, .init = unit_vm_setup, .fini = unit_vm_teardown) {
    cr_assert_eq(py_str_new(vm, "x", 1), py_str_new(vm, "x", 1));
    cr_assert_eq(py_str_new(vm, "", 0), py_name(vm, PY_NAME_empty));
    py_val_t it = py_iter(vm, S("ab"));
    cr_assert_eq(py_next(vm, it), py_str_intern_c(vm, "a"));
}

Test(str, hash_agrees_with_equality, .init = unit_vm_setup, .fini = unit_vm_teardown) {
    py_val_t a = py_str_new(vm, "hello world", 11);
    py_val_t b = py_str_concat(vm, S("hello "), S("world"));
    cr_assert(py_str_equal(a, b));
    cr_assert_eq(py_str_hash(a), py_str_hash(b));
    cr_assert_eq(py_hash(vm, a), py_str_hash(py_str_intern_val(vm, a)));
    cr_assert_neq(py_str_hash(a), py_str_hash(S("hello worle")));
    cr_assert(py_str_hash(S("")) != 0 && py_str_hash(S("")) != -1);
    cr_assert(py_equal(vm, S("abc"), S("abc")));
    cr_assert(!py_equal(vm, S("abc"), S("abd")));
    cr_assert(py_less(vm, S("abc"), S("abd")));
    cr_assert(py_less(vm, S("z"), S("\xc3\xa9")));   // code point order: 'z' < 'é'
}

// ---- UTF-8 ---------------------------------------------------------------------------------

Test(str, utf8_counts_and_indexes, .init = unit_vm_setup, .fini = unit_vm_teardown) {
    cr_assert_eq(py_utf8_count("h\xc3\xa9llo", 6), 5);
    cr_assert_eq(py_utf8_count("\xff", 1), (size_t)-1);
    cr_assert_eq(py_utf8_count("\xe2\x82", 2), (size_t)-1);
    char enc[4];
    cr_assert_eq(py_utf8_encode(0x1F600, enc), 4);
    cr_assert_eq(py_utf8_encode(0xE9, enc), 2);
    py_val_t s = S("h\xc3\xa9llo \xf0\x9f\x98\x80!");
    cr_assert_eq(py_len(vm, s), 8);
    assert_str(py_getitem(vm, s, I(1)), "\xc3\xa9");
    assert_str(py_getitem(vm, s, I(-2)), "\xf0\x9f\x98\x80");
    assert_str(py_getitem(vm, s, py_slice_new(vm, I(1), I(4), PY_NONE)), "\xc3\xa9ll");
    assert_str(py_getitem(vm, s, py_slice_new(vm, PY_NONE, PY_NONE, I(-2))), "! l\xc3\xa9");
    assert_str(py_getitem(vm, S("abcdef"), py_slice_new(vm, I(1), PY_NONE, I(2))), "bdf");
    assert_raises(do_getitem, S("abc"), I(3), PY_EXC_IndexError, "string index out of range");
    assert_raises(do_getitem, S("abc"), py_float_new(vm, 1.5), PY_EXC_TypeError,
                  "string indices must be integers, not 'float'");
}

// ---- methods ---------------------------------------------------------------------------------

Test(str, split_and_join, .init = unit_vm_setup, .fini = unit_vm_teardown) {
    cr_assert_str_eq(repr_of(call(S("  a  b\tc \n"), "split", 0)), "['a', 'b', 'c']");
    cr_assert_str_eq(repr_of(call(S("a,b,,c"), "split", 1, S(","))), "['a', 'b', '', 'c']");
    cr_assert_str_eq(repr_of(call(S("a b c"), "rsplit", 2, PY_NONE, I(1))), "['a b', 'c']");
    cr_assert_str_eq(repr_of(call(S("  a  b  "), "split", 2, PY_NONE, I(1))), "['a', 'b  ']");
    cr_assert_str_eq(repr_of(call(S("a\nb\r\nc"), "splitlines", 1, PY_TRUE)),
                     "['a\\n', 'b\\r\\n', 'c']");
    cr_assert_str_eq(repr_of(call(S("a=b=c"), "partition", 1, S("="))), "('a', '=', 'b=c')");
    cr_assert_str_eq(repr_of(call(S("a=b=c"), "rpartition", 1, S("="))), "('a=b', '=', 'c')");
    py_val_t items[] = {S("x"), S("\xc3\xa9"), S("z")};
    py_val_t joined = call(S(", "), "join", 1, py_list_new(vm, 3, items));
    assert_str(joined, "x, \xc3\xa9, z");
    cr_assert_eq(py_str_nchars(joined), 7);
    assert_str(call(S("-"), "join", 1, S("abc")), "a-b-c");
}

Test(str, strip_replace_find, .init = unit_vm_setup, .fini = unit_vm_teardown) {
    assert_str(call(S(" \t hi \n"), "strip", 0), "hi");
    assert_str(call(S("xxhixx"), "lstrip", 1, S("x")), "hixx");
    assert_str(call(S("xxhiyx"), "rstrip", 1, S("xy")), "xxhi");
    assert_str(call(S("aaa"), "replace", 3, S("a"), S("bc"), I(2)), "bcbca");
    assert_str(call(S("abc"), "replace", 2, S(""), S("-")), "-a-b-c-");
    cr_assert_eq(call(S("h\xc3\xa9llo"), "find", 1, S("l")), I(2));
    cr_assert_eq(call(S("hello"), "rfind", 1, S("l")), I(3));
    cr_assert_eq(call(S("hello"), "find", 2, S("l"), I(4)), I(-1));
    cr_assert_eq(call(S("abc"), "find", 2, S(""), I(3)), I(3));
    cr_assert_eq(call(S("abc"), "find", 2, S(""), I(4)), I(-1));
    cr_assert_eq(call(S("ababa"), "count", 1, S("aba")), I(1));
    cr_assert_eq(call(S("abc"), "count", 1, S("")), I(4));
    cr_assert_eq(call(S("abc"), "startswith", 1, py_tuple_new(vm, 2, (py_val_t[]){S("x"), S("ab")})),
                 PY_TRUE);
    cr_assert_eq(call(S("abc"), "endswith", 3, S("c"), I(0), I(-1)), PY_FALSE);
    assert_raises(do_index, S("abc"), S("z"), PY_EXC_ValueError, "substring not found");
}

Test(str, case_and_padding, .init = unit_vm_setup, .fini = unit_vm_teardown) {
    assert_str(call(S("hello world"), "title", 0), "Hello World");
    assert_str(call(S("\xc3\xa9t\xc3\xa9"), "upper", 0), "\xc3\x89T\xc3\x89");
    assert_str(call(S("stra\xc3\x9f" "e"), "upper", 0), "STRASSE");
    assert_str(call(S("\xce\xa3\xce\x91\xce\xa3"), "lower", 0), "\xcf\x83\xce\xb1\xcf\x82");
    assert_str(call(S("aBc"), "swapcase", 0), "AbC");
    cr_assert_eq(call(S("abc1"), "islower", 0), PY_TRUE);
    cr_assert_eq(call(S("_x1"), "isidentifier", 0), PY_TRUE);
    cr_assert_eq(call(S("1x"), "isidentifier", 0), PY_FALSE);
    assert_str(call(S("ab"), "center", 2, I(6), S("*")), "**ab**");
    assert_str(call(S("abc"), "center", 1, I(6)), " abc  ");
    assert_str(call(S("-42"), "zfill", 1, I(6)), "-00042");
    assert_str(call(S("a\tb"), "expandtabs", 1, I(4)), "a   b");
}

// ---- formatting ----------------------------------------------------------------------------

Test(str, format_spec_mini_language, .init = unit_vm_setup, .fini = unit_vm_teardown) {
    assert_fmt(I(42), "", "42");
    assert_fmt(I(42), "*^8", "***42***");
    assert_fmt(I(-255), "#010x", "-0x00000ff");
    assert_fmt(I(1234567), ",", "1,234,567");
    assert_fmt(I(1234), "08,", "0,001,234");
    assert_fmt(I(12345678), "_x", "bc_614e");
    assert_fmt(I(65), "c", "A");
    assert_fmt(I(5), "=+5", "+   5");
    assert_fmt(PY_TRUE, "", "True");
    assert_fmt(PY_TRUE, "d", "1");
    assert_fmt(py_float_new(vm, 3.14159), ".2f", "3.14");
    assert_fmt(py_float_new(vm, 1.0), ".3", "1.0");
    assert_fmt(py_float_new(vm, 100.0), ".3", "1e+02");
    assert_fmt(py_float_new(vm, 0.5), ".0%", "50%");
    assert_fmt(py_float_new(vm, -1234.5), "012,.2f", "-0,001,234.50");
    assert_fmt(py_float_new(vm, 1e-5), ".2e", "1.00e-05");
    assert_fmt(py_float_new(vm, -0.0), "z.1f", "0.0");
    assert_fmt(S("ab"), ">5", "   ab");
    assert_fmt(S("abcdef"), ".3", "abc");
    assert_fmt(S("\xc3\xa9"), "^5", "  \xc3\xa9  ");
    assert_raises(do_format, S("a"), S("d"), PY_EXC_ValueError,
                  "Unknown format code 'd' for object of type 'str'");
    assert_raises(do_format, I(1), S(".2d"), PY_EXC_ValueError,
                  "Precision not allowed in integer format specifier");
    assert_raises(do_format, py_list_new(vm, 0, NULL), S("x"), PY_EXC_TypeError,
                  "unsupported format string passed to list.__format__");
}

Test(str, str_format_method, .init = unit_vm_setup, .fini = unit_vm_teardown) {
    assert_str(call(S("{} and {}"), "format", 2, I(1), S("b")), "1 and b");
    assert_str(call(S("{1}{0}{1}"), "format", 2, S("a"), S("b")), "bab");
    assert_str(call(S("{0!r:>5}|{{x}}"), "format", 1, S("a")), "  'a'|{x}");
    assert_str(call(S("{:{}}"), "format", 2, I(3), I(4)), "   3");
    assert_str(call(S("{0[1]}"), "format", 1, py_list_new(vm, 2, (py_val_t[]){I(7), I(8)})), "8");
    assert_raises(do_str_format, S("{1}"), I(0), PY_EXC_IndexError,
                  "Replacement index 1 out of range for positional args tuple");
    assert_raises(do_str_format, S("}"), I(0), PY_EXC_ValueError,
                  "Single '}' encountered in format string");
    assert_raises(do_str_format, S("{}{0}"), I(0), PY_EXC_ValueError,
                  "cannot switch from automatic field numbering to manual field specification");
}

Test(str, percent_formatting, .init = unit_vm_setup, .fini = unit_vm_teardown) {
    py_val_t args[] = {S("x"), I(42), py_float_new(vm, 2.5), I(255), S("q")};
    assert_str(py_binary(vm, PY_OP_MOD, S("%s|%5d|%-6.2f|%#x|%r|%%"), py_tuple_new(vm, 5, args)),
               "x|   42|2.50  |0xff|'q'|%");
    assert_str(py_binary(vm, PY_OP_MOD, S("%s"), py_list_new(vm, 0, NULL)), "[]");
    assert_str(py_binary(vm, PY_OP_MOD, S("%05d"), I(-42)), "-0042");
    assert_raises(do_mod, S("%d %d"), py_tuple_new(vm, 1, (py_val_t[]){I(1)}), PY_EXC_TypeError,
                  "not enough arguments for format string");
    assert_raises(do_mod, S("%d"), py_tuple_new(vm, 2, (py_val_t[]){I(1), I(2)}),
                  PY_EXC_TypeError, "not all arguments converted during string formatting");
    assert_raises(do_mod, S("%d"), S("x"), PY_EXC_TypeError,
                  "%d format: a real number is required, not str");
    assert_raises(do_mod, S("%y"), I(1), PY_EXC_ValueError,
                  "unsupported format character 'y' (0x79) at index 1");
}

Test(str, repr_escapes, .init = unit_vm_setup, .fini = unit_vm_teardown) {
    assert_str(py_str_repr(vm, S("ab")), "'ab'");
    assert_str(py_str_repr(vm, S("a'b")), "\"a'b\"");
    assert_str(py_str_repr(vm, S("a'b\"")), "'a\\'b\"'");
    assert_str(py_str_repr(vm, S("\t\n\\\x01\x7f")), "'\\t\\n\\\\\\x01\\x7f'");
    assert_str(py_str_repr(vm, S("\xc3\xa9\xc2\xa0\xe2\x80\xa8")), "'\xc3\xa9\\xa0\\u2028'");
    assert_str(py_format_value(vm, S("x"), S("")), "x");
}

Test(str, c_format_and_strbuf, .init = unit_vm_setup, .fini = unit_vm_teardown) {
    py_val_t s = py_str_format_c(vm, "%s=%d %zu %R %T %N %c%%", "n", -3, (size_t)7, S("q"), I(1),
                                 S("nm"), 'z');
    assert_str(s, "n=-3 7 'q' int nm z%");
    py_strbuf_t b;
    py_strbuf_init(&b);
    for (int i = 0; i < 1000; i++) py_strbuf_add_c(vm, &b, "ab");
    py_strbuf_add_val(vm, &b, I(5), false);
    py_val_t r = py_strbuf_finish(vm, &b);
    cr_assert_eq(py_str_len(r), 2001);
    cr_assert_eq(py_str_cstr(vm, r)[2000], '5');
}

Test(str, bytes_basics, .init = unit_vm_setup, .fini = unit_vm_teardown) {
    py_val_t b = py_bytes_new(vm, "a'\x00\xff", 4);
    assert_str(py_repr(vm, b), "b\"a'\\x00\\xff\"");
    cr_assert_eq(py_getitem(vm, b, I(3)), I(255));
    cr_assert_eq(py_len(vm, b), 4);
    py_val_t e = call(S("h\xc3\xa9"), "encode", 0);
    cr_assert(py_is_bytes(vm, e));
    cr_assert_eq(py_len(vm, e), 3);
    assert_str(py_bytes_decode(vm, e, PY_NULL, PY_NULL), "h\xc3\xa9");
    assert_raises(do_decode, py_bytes_new(vm, "\xe4x", 2), PY_NONE, PY_EXC_UnicodeDecodeError,
                  "'utf-8' codec can't decode byte 0xe4 in position 0: invalid continuation byte");
}

// ---- strs as len bytes: py_str_eq_c, py_str_cstr and friends -----------------------------

static py_val_t do_cstr_path(py_val_t a, py_val_t b) {
    (void)b;
    py_str_cstr_path(vm, a);
    return PY_NONE;
}

static py_val_t do_cstr_strict(py_val_t a, py_val_t b) {
    (void)b;
    py_str_cstr_strict(vm, a);
    return PY_NONE;
}

Test(str, eq_c_compares_length_and_bytes, .init = unit_vm_setup, .fini = unit_vm_teardown) {
    py_val_t nul = py_str_new(vm, "ab\0c", 4);
    cr_assert(py_str_eq_c(S("abc"), "abc"));
    cr_assert(!py_str_eq_c(S("abc"), "ab"));
    cr_assert(!py_str_eq_c(S("ab"), "abc"));
    cr_assert(py_str_eq_c(S(""), ""));
    cr_assert(!py_str_eq_c(nul, "ab"), "a NUL inside the str never ends the comparison");
    cr_assert(py_str_eq_c(py_str_intern_c(vm, "name"), "name"));
}

Test(str, cstr_terminates_without_touching_the_str, .init = unit_vm_setup, .fini = unit_vm_teardown) {
    py_val_t v = S("hello world");
    const char *c = py_str_cstr(vm, v);
    cr_assert_str_eq(c, "hello world");
    // the str's own bytes when a NUL follows them; a check build always copies
    cr_assert_eq(c == py_str_bytes(v), !PY_CFG_STR_NUL_CHECK);
    // a str whose bytes are followed by more text (as in a shared append buffer)
    py_str_t *s = py_str_alloc(vm, 3);
    memcpy(s->data, "abc", 3);
    s->data[3] = 'd';
    py_val_t t = py_str_finish(vm, s);
    c = py_str_cstr(vm, t);
    cr_assert(c != py_str_bytes(t));
    cr_assert_str_eq(c, "abc");
    cr_assert_eq(py_str_bytes(t)[3], 'd', "the byte after the str is left alone");
    py_val_t nul = py_str_new(vm, "a\0b", 3);
    c = py_str_cstr(vm, nul);
    cr_assert_eq(memcmp(c, "a\0b", 4), 0, "embedded NUL kept, NUL added");
}

Test(str, cstr_path_and_strict_refuse_nul, .init = unit_vm_setup, .fini = unit_vm_teardown) {
    cr_assert_str_eq(py_str_cstr_path(vm, S("dir/file.py")), "dir/file.py");
    cr_assert_str_eq(py_str_cstr_strict(vm, S("<i")), "<i");
    py_val_t nul = py_str_new(vm, "a\0b", 3);
    assert_raises(do_cstr_path, nul, PY_NONE, PY_EXC_ValueError, "embedded null byte");
    assert_raises(do_cstr_strict, nul, PY_NONE, PY_EXC_ValueError, "embedded null character");
}

Test(str, interned_strs_stay_c_strings, .init = unit_vm_setup, .fini = unit_vm_teardown) {
    py_val_t n = py_str_intern(vm, "spam", 4);
    cr_assert_eq(py_str_bytes(n)[4], '\0', "interned strs keep their NUL in every build");
    cr_assert_str_eq(py_str_interned_cstr(n), "spam");
    cr_assert_eq(py_str_interned_cstr(n), py_str_bytes(n));
    py_val_t v = S("not interned");
    // under PY_CFG_STR_NUL_CHECK a plain str is followed by 0xA5, so C-string readers fail
    uint8_t after = (uint8_t)py_str_bytes(v)[py_str_len(v)];
    cr_assert_eq(after, PY_CFG_STR_NUL_CHECK ? 0xA5 : 0);
}

// ---- a + b over append buffers (vm/str_buf.c) ------------------------------------------

// A str of [n] copies of [c] built by py_str_concat, as s += c would build it.
static py_val_t grown(char c, size_t n) {
    char one[2] = {c, 0};
    py_val_t s = S(""), ch = S(one);
    for (size_t i = 0; i < n; i++) s = py_str_concat(vm, s, ch);
    return s;
}

Test(str, short_concat_stays_plain_long_one_shares, .init = unit_vm_setup, .fini = unit_vm_teardown) {
    py_val_t s = grown('a', 63);
    cr_assert(!py_str_ptr(s)->shared, "a str below 64 bytes came from a plain copy");
    py_val_t t = py_str_concat(vm, s, S("b"));   // a is 63 bytes: still a plain copy
    py_val_t u = py_str_concat(vm, t, S("c"));   // a is 64 bytes: a new buffer
    cr_assert(!py_str_ptr(t)->shared);
    cr_assert(py_str_ptr(u)->shared);
    cr_assert_eq(py_str_len(u), 65);
    cr_assert_eq(py_str_nchars(u), 65);
    cr_assert(py_str_ptr(u)->ascii);
    cr_assert_eq(py_str_ptr(u)->hash, 0, "hash not computed yet");
    cr_assert(py_str_bytes(u)[63] == 'b' && py_str_bytes(u)[64] == 'c');
}

Test(str, append_at_fill_mark_is_in_place, .init = unit_vm_setup, .fini = unit_vm_teardown) {
    py_val_t s = grown('x', 200);
    py_val_t t = py_str_concat(vm, s, S("yz"));
    cr_assert_eq(py_str_bytes(t), py_str_bytes(s), "s ended at the fill mark: same buffer");
    cr_assert_eq(py_str_len(s), 200, "s keeps its length");
    cr_assert_eq(py_str_len(t), 202);
    cr_assert_eq(py_str_bytes(t)[201], 'z');
    // s no longer ends at the fill mark: s + "q" must not overwrite t's "yz".
    py_val_t u = py_str_concat(vm, s, S("q"));
    cr_assert_neq(py_str_bytes(u), py_str_bytes(s), "a branch copies into a new buffer");
    cr_assert_eq(py_str_bytes(t)[200], 'y');
    cr_assert_eq(py_str_bytes(u)[200], 'q');
    cr_assert(py_str_equal(t, py_str_concat(vm, grown('x', 200), S("yz"))));
}

Test(str, non_ascii_counts_combine, .init = unit_vm_setup, .fini = unit_vm_teardown) {
    py_val_t s = grown('a', 100);
    py_val_t t = py_str_concat(vm, s, S("\xc3\xa9\xe2\x82\xac"));   // é€
    cr_assert_eq(py_str_len(t), 105);
    cr_assert_eq(py_str_nchars(t), 102);
    cr_assert(!py_str_ptr(t)->ascii);
    py_val_t u = py_str_concat(vm, t, S("z"));
    cr_assert_eq(py_str_nchars(u), 103);
    cr_assert(!py_str_ptr(u)->ascii);
    cr_assert(py_str_ptr(py_str_concat(vm, s, S("z")))->ascii);
}

Test(str, shared_str_cstr_copies_and_intern_is_plain, .init = unit_vm_setup, .fini = unit_vm_teardown) {
    py_val_t s = grown('k', 80);
    const char *c = py_str_cstr(vm, s);
    cr_assert_neq(c, py_str_bytes(s), "a shared str's terminator is the next append's byte");
    cr_assert_eq(strlen(c), 80);
    py_val_t t = py_str_concat(vm, s, S("!"));   // in place: overwrites s's terminator
    cr_assert_eq(strlen(c), 80, "the view stays terminated");
    py_val_t i = py_str_intern_val(vm, t);
    cr_assert(py_is_istr(i));
    cr_assert(!py_str_ptr(i)->shared, "interned strs never share a buffer");
    cr_assert_eq(strlen(py_str_interned_cstr(i)), 81);
    cr_assert_eq(py_str_hash(i), py_str_hash(t));
}

Test(str, shared_buffer_survives_collections, .init = unit_vm_setup, .fini = unit_vm_teardown) {
    py_val_t keep = py_list_new(vm, 0, NULL);
    py_list_append(vm, keep, grown('m', 300));
    py_gc_collect(vm);
    for (int i = 0; i < 2000; i++) py_gc_new_bytes(vm, 64);   // garbage to reuse freed blocks
    py_gc_collect(vm);
    for (int i = 0; i < 2000; i++) memset(py_gc_new_bytes(vm, 64), 'Z', 64);
    py_val_t s = py_list_ptr(keep)->items[0];
    cr_assert(py_str_ptr(s)->shared);
    cr_assert(py_str_equal(s, py_str_new(vm, memset(py_gc_new_bytes(vm, 300), 'm', 300), 300)));
}
