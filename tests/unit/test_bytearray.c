// tests/unit/test_bytearray.c: bytearray and memoryview (vm/obj_bytearray.c,
// vm/obj_memoryview.c): the buffer protocol, export counting, snapshots.
// Layer: tests (Criterion).
// SPDX-License-Identifier: MIT

#include <criterion/criterion.h>
#include <string.h>

#include "except.h"
#include "gc.h"
#include "obj_bytes.h"
#include "runtime.h"
#include "unit_py.h"

TestSuite(bytearray, .init = unit_vm_setup, .fini = unit_vm_teardown);

Test(bytearray, new_copies_or_zeroes) {
    py_val_t b = py_bytearray_new(vm, "abc", 3);
    py_bytearray_t *p = py_bytearray_ptr(b);
    cr_assert_eq(p->len, 3);
    cr_assert_eq(memcmp(p->data, "abc", 3), 0);
    py_val_t z = py_bytearray_new(vm, NULL, 4);
    for (int i = 0; i < 4; i++) cr_assert_eq(py_bytearray_ptr(z)->data[i], 0);
    py_val_t e = py_bytearray_new(vm, NULL, 0);
    cr_assert_eq(py_bytearray_ptr(e)->len, 0);
}

Test(bytearray, buffer_is_writable) {
    py_val_t b = py_bytearray_new(vm, "xy", 2);
    py_buffer_t v;
    cr_assert(py_buffer_get(vm, b, &v, true));
    cr_assert_eq(v.len, 2);
    cr_assert_eq(v.itemsize, 1);
    cr_assert_eq(v.format, 'B');
    cr_assert_not(v.readonly);
    v.data[0] = 'Q';
    cr_assert_eq(py_bytearray_ptr(b)->data[0], 'Q');
    py_val_t e = py_bytearray_new(vm, NULL, 0);
    cr_assert(py_buffer_get(vm, e, &v, false));
    cr_assert_not_null(v.data, "an empty bytearray still gives a valid pointer");
}

Test(bytearray, bytes_buffer_is_read_only) {
    py_val_t b = py_bytes_new(vm, "ab", 2);
    py_buffer_t v;
    cr_assert_not(py_buffer_get(vm, b, &v, true));
    cr_assert(py_buffer_get(vm, b, &v, false));
    cr_assert(v.readonly);
}

Test(bytearray, snapshot_copies_all_but_bytes) {
    py_val_t b = py_bytes_new(vm, "ab", 2);
    cr_assert_eq(py_bytes_snapshot(vm, b), b, "a bytes is its own snapshot");
    py_val_t ba = py_bytearray_new(vm, "cd", 2);
    py_val_t s = py_bytes_snapshot(vm, ba);
    cr_assert(py_is_bytes(vm, s));
    py_bytearray_ptr(ba)->data[0] = 'z';
    cr_assert_eq(py_bytes_ptr(s)->data[0], 'c', "the snapshot does not follow later changes");
}

Test(bytearray, memoryview_exports_and_releases) {
    py_val_t g = unit_run("ba = bytearray(b'abcdef')\nm = memoryview(ba)\ns = m[1:3]\n");
    py_val_t ba = unit_get(g, "ba");
    cr_assert_eq(py_bytearray_ptr(ba)->exports, 2);
    unit_run_in("m.release()\nm.release()\n", g);
    cr_assert_eq(py_bytearray_ptr(ba)->exports, 1, "a second release changes nothing");
    unit_run_in("s.release()\nba.append(1)\n", g);
    cr_assert_eq(py_bytearray_ptr(ba)->exports, 0);
    cr_assert_eq(py_bytearray_ptr(ba)->len, 7);
}

Test(bytearray, resize_refused_while_exported) {
    py_val_t g = unit_run("ba = bytearray(b'ab')\nm = memoryview(ba)\n");
    py_val_t e = unit_run_raises_in("ba.append(1)\n", g, PY_EXC_BufferError);
    cr_assert_str_eq(unit_str(e), "Existing exports of data: object cannot be re-sized");
    cr_assert_eq(py_bytearray_ptr(unit_get(g, "ba"))->len, 2, "nothing changed");
}

static void view_of_new_bytearray(py_vm_t *v, void *ud) {
    py_val_t ba = py_bytearray_new(v, "abc", 3);
    *(py_val_t *)ud = ba;
    py_memoryview_new(v, ba);   // dropped at once: only the collector can see it go
}

Test(bytearray, collected_view_gives_its_export_back) {
    py_val_t ba = PY_NULL;
    unit_ok(view_of_new_bytearray, &ba);
    cr_assert_eq(py_bytearray_ptr(ba)->exports, 1);
    // The dead view may still sit in a stale C stack slot: collect until it goes.
    for (int i = 0; i < 4 && py_bytearray_ptr(ba)->exports; i++) py_gc_collect_explicit(vm);
    cr_assert_eq(py_bytearray_ptr(ba)->exports, 0);
}

Test(bytearray, memoryview_buffer_only_when_contiguous) {
    py_val_t g = unit_run("m = memoryview(b'abcdef')\nc = m[1:4]\nn = m[::2]\nh = m.cast('h')\n");
    py_buffer_t v;
    cr_assert(py_buffer_get(vm, unit_get(g, "c"), &v, false));
    cr_assert_eq(v.len, 3);
    cr_assert_eq(memcmp(v.data, "bcd", 3), 0);
    cr_assert_not(py_buffer_get(vm, unit_get(g, "n"), &v, false));
    cr_assert_not(py_buffer_get(vm, unit_get(g, "c"), &v, true), "a view of bytes is read-only");
    cr_assert(py_buffer_get(vm, unit_get(g, "h"), &v, false));
    cr_assert_eq(v.itemsize, 2);
    cr_assert_eq(v.format, 'h');
    cr_assert_eq(v.len, 6);
    py_val_t t = py_memoryview_tobytes(vm, unit_get(g, "n"));
    cr_assert_eq(py_bytes_ptr(t)->len, 3);
    cr_assert_eq(memcmp(py_bytes_ptr(t)->data, "ace", 3), 0);
}

Test(bytearray, released_view_exports_nothing) {
    py_val_t g = unit_run("m = memoryview(b'ab')\nm.release()\n");
    py_buffer_t v;
    cr_assert_not(py_buffer_get(vm, unit_get(g, "m"), &v, false));
}

Test(bytearray, python_level_behaviour) {
    unit_expect("bytearray(b'ab') + b'c'", "bytearray(b'abc')");
    unit_expect("b'ab' + bytearray(b'c')", "b'abc'");
    unit_expect("bytearray(b'abc')[::-1]", "bytearray(b'cba')");
    unit_expect("bytes(memoryview(b'abcd')[::-2])", "b'db'");
    unit_expect("b'%s-%d' % (bytearray(b'x'), 3)", "b'x-3'");
    unit_expect("bytearray(b'a,b').split(b',')", "[bytearray(b'a'), bytearray(b'b')]");
    unit_expect("memoryview(bytearray(4)).cast('i').tolist()", "[0]");
    unit_expect_error("bytearray(b'a')[1]", PY_EXC_IndexError, "bytearray index out of range");
    unit_expect_error("hash(bytearray())", PY_EXC_TypeError, "unhashable type: 'bytearray'");
    unit_expect_error("memoryview(b'a')[0] = 1", PY_EXC_TypeError, "cannot modify read-only memory");
}
