// tests/unit/test_bytes.c: bytes (vm/obj_bytes.c): construction, repr, decode, operators, methods.
// Layer: tests (Criterion).
// SPDX-License-Identifier: MIT

#include <criterion/criterion.h>
#include <string.h>

#include "except.h"
#include "obj_bytes.h"
#include "obj_str.h"
#include "runtime.h"
#include "unit_py.h"

TestSuite(bytes, .init = unit_vm_setup, .fini = unit_vm_teardown);

Test(bytes, new_copies_and_terminates) {
    char buf[4] = {'a', 0, 'b', 'c'};
    py_val_t b = py_bytes_new(vm, buf, 4);
    buf[0] = 'z';
    py_bytes_t *p = py_bytes_ptr(b);
    cr_assert_eq(p->len, 4);
    cr_assert_eq(memcmp(p->data, "a\0bc", 4), 0);
    cr_assert_eq(p->data[4], 0, "NUL after the data");
    cr_assert(py_is_bytes(vm, b));
    cr_assert_not(py_is_bytes(vm, py_str_from_c(vm, "a")));
}

Test(bytes, alloc_is_zeroed) {
    py_bytes_t *p = py_bytes_alloc(vm, 16);
    cr_assert_eq(p->len, 16);
    for (int i = 0; i < 16; i++) cr_assert_eq(p->data[i], 0);
}

Test(bytes, repr_quotes_and_escapes) {
    cr_assert_str_eq(py_str_cstr(vm, py_bytes_repr(vm, py_bytes_new(vm, "a\n\x01\xff\\", 5))),
                     "b'a\\n\\x01\\xff\\\\'");
    unit_expect("b''", "b''");
    unit_expect("b\"it's\"", "b\"it's\"");
    unit_expect("b'both \\' and \"'", "b'both \\' and \"'");
    unit_expect("b'\\t\\r\\x7f'", "b'\\t\\r\\x7f'");
    unit_expect("str(b'x')", "\"b'x'\"");
}

typedef struct dec {
    py_val_t b, enc, err, result;
} dec_t;

static void do_decode(py_vm_t *v, void *ud) {
    dec_t *d = ud;
    d->result = py_bytes_decode(v, d->b, d->enc, d->err);
}

Test(bytes, decode_from_c) {
    dec_t d = {py_bytes_new(vm, "h\xc3\xa9", 3), PY_NULL, PY_NULL, PY_NULL};
    unit_ok(do_decode, &d);
    cr_assert_str_eq(py_str_cstr(vm, d.result), "h\xc3\xa9");
    cr_assert_eq(py_str_nchars(d.result), 2);
    dec_t bad = {py_bytes_new(vm, "a\xff", 2), PY_NULL, PY_NULL, PY_NULL};
    unit_raises_msg(do_decode, &bad, PY_EXC_UnicodeDecodeError,
                    "'utf-8' codec can't decode byte 0xff in position 1: invalid start byte");
}

Test(bytes, decode_codecs_and_handlers) {
    unit_expect("b'caf\\xc3\\xa9'.decode()", "'café'");
    unit_expect("b'caf\\xe9'.decode('latin-1')", "'café'");
    unit_expect("b'abc'.decode('ascii')", "'abc'");
    unit_expect("b'a\\xffb'.decode('utf-8', 'replace')", "'a\xef\xbf\xbd" "b'");
    unit_expect("b'a\\xffb'.decode('utf-8', 'ignore')", "'ab'");
    unit_expect("b'a\\x80'.decode('ascii', 'replace')", "'a\xef\xbf\xbd'");
    unit_expect("b'a\\x80'.decode(errors='ignore', encoding='ascii')", "'a'");
    unit_expect_error("b'a\\x80'.decode('ascii')", PY_EXC_UnicodeDecodeError,
                      "'ascii' codec can't decode byte 0x80 in position 1: ordinal not in range(128)");
    unit_expect_error("b'\\xe9A'.decode()", PY_EXC_UnicodeDecodeError,
                      "'utf-8' codec can't decode byte 0xe9 in position 0: invalid continuation byte");
    unit_expect_error("b'\\xe9\\x80'.decode()", PY_EXC_UnicodeDecodeError,
                      "'utf-8' codec can't decode bytes in position 0-1: unexpected end of data");
    unit_expect_error("b'a'.decode('nope')", PY_EXC_LookupError, "unknown encoding: nope");
}

Test(bytes, constructor_forms) {
    unit_expect("bytes()", "b''");
    unit_expect("bytes(3)", "b'\\x00\\x00\\x00'");
    unit_expect("bytes([65, 66])", "b'AB'");
    unit_expect("bytes(range(3))", "b'\\x00\\x01\\x02'");
    unit_expect("bytes('hé', 'utf-8')", "b'h\\xc3\\xa9'");
    unit_expect("bytes(b'xy')", "b'xy'");
    unit_expect("'hé'.encode()", "b'h\\xc3\\xa9'");
}

Test(bytes, constructor_errors) {
    unit_expect_error("bytes('a')", PY_EXC_TypeError, "string argument without an encoding");
    unit_expect_error("bytes(-1)", PY_EXC_ValueError, "negative count");
    unit_expect_error("bytes([256])", PY_EXC_ValueError, "bytes must be in range(0, 256)");
    unit_expect_error("bytes(['a'])", PY_EXC_TypeError, "'str' object cannot be interpreted as an integer");
    unit_expect_error("bytes(1.5)", PY_EXC_TypeError, "cannot convert 'float' object to bytes");
    unit_expect_error("bytes(3, 'utf-8')", PY_EXC_TypeError, "encoding without a string argument");
}

Test(bytes, operators) {
    unit_expect("b'ab' + b'cd'", "b'abcd'");
    unit_expect("b'ab' * 3", "b'ababab'");
    unit_expect("0 * b'ab'", "b''");
    unit_expect("b'abc' == b'abc'", "True");
    unit_expect("b'abc' == 'abc'", "False");
    unit_expect("b'abc' < b'abd'", "True");
    unit_expect("b'ab' < b'abc'", "True");
    unit_expect("b'\\xff' > b'a'", "True");
    unit_expect("bool(b'')", "False");
    unit_expect("hash(b'abc') == hash(b'abc')", "True");
    unit_expect("{b'k': 1}[b'k']", "1");
    unit_expect_error("b'a' + 'b'", PY_EXC_TypeError, "can't concat str to bytes");
    unit_expect_error("b'a' * 1.5", PY_EXC_TypeError, "can't multiply sequence by non-int of type 'float'");
    unit_expect_error("b'a' < 'a'", PY_EXC_TypeError, "'<' not supported between instances of 'bytes' and 'str'");
}

Test(bytes, items_and_membership) {
    unit_expect("b'abc'[0]", "97");
    unit_expect("b'abc'[-1]", "99");
    unit_expect("b'abcdef'[1:5:2]", "b'bd'");
    unit_expect("list(b'hi')", "[104, 105]");
    unit_expect("len(b'abc')", "3");
    unit_expect("98 in b'abc'", "True");
    unit_expect("b'bc' in b'abc'", "True");
    unit_expect("b'' in b'abc'", "True");
    unit_expect_error("b'abc'[3]", PY_EXC_IndexError, "index out of range");
    unit_expect_error("b'abc'['a']", PY_EXC_TypeError, "byte indices must be integers or slices, not str");
    unit_expect_error("'a' in b'abc'", PY_EXC_TypeError, "a bytes-like object is required, not 'str'");
    unit_expect_error("300 in b'abc'", PY_EXC_ValueError, "byte must be in range(0, 256)");
}

Test(bytes, methods) {
    unit_expect("b'\\x01\\xab'.hex()", "'01ab'");
    unit_expect("b'hello'.find(b'l')", "2");
    unit_expect("b'hello'.rfind(b'l')", "3");
    unit_expect("b'hello'.find(b'z')", "-1");
    unit_expect("b'hello'.index(b'e')", "1");
    unit_expect("b'hello'.count(b'l')", "2");
    unit_expect("b'hello'.replace(b'l', b'L')", "b'heLLo'");
    unit_expect("b'hello'.replace(b'l', b'L', 1)", "b'heLlo'");
    unit_expect("b'hello'.startswith(b'he')", "True");
    unit_expect("b'hello'.endswith((b'x', b'lo'))", "True");
    unit_expect("b'a,b,,c'.split(b',')", "[b'a', b'b', b'', b'c']");
    unit_expect("b' a  b '.split()", "[b'a', b'b']");
    unit_expect("b'a,b,c'.rsplit(b',', 1)", "[b'a,b', b'c']");
    unit_expect("b'  x  '.strip()", "b'x'");
    unit_expect("b'xxaxx'.lstrip(b'x')", "b'axx'");
    unit_expect("b'xxaxx'.rstrip(b'x')", "b'xxa'");
    unit_expect("b'a=b=c'.partition(b'=')", "(b'a', b'=', b'b=c')");
    unit_expect("b'a=b=c'.rpartition(b'=')", "(b'a=b', b'=', b'c')");
    unit_expect("b'-'.join([b'a', b'b'])", "b'a-b'");
    unit_expect("b'aBc'.upper()", "b'ABC'");
    unit_expect("b'aBc'.lower()", "b'abc'");
    unit_expect_error("b'abc'.index(b'z')", PY_EXC_ValueError, "subsection not found");
    unit_expect_error("b'-'.join([b'a', 'b'])", PY_EXC_TypeError,
                      "sequence item 1: expected a bytes-like object, str found");
}

Test(bytes, search_accepts_a_byte_value) {
    unit_expect("b'abc'.find(98)", "1");
    unit_expect("b'abcb'.rfind(98)", "3");
    unit_expect("b'abcb'.count(98)", "2");
    unit_expect("b'abcb'.index(98, 2)", "3");
    unit_expect("b'abcb'.rindex(b'b', 0, 3)", "1");
    unit_expect_error("b'abc'.rindex(b'z')", PY_EXC_ValueError, "subsection not found");
    unit_expect_error("b'abc'.find(256)", PY_EXC_ValueError, "byte must be in range(0, 256)");
}
