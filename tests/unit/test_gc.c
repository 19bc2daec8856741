// tests/unit/test_gc.c: the garbage collector: what it frees, what it keeps, MemoryError.
// Layer: tests (Criterion). Build with -DPY_CFG_GC_VERIFY=1 to check the heap after each collection.
// SPDX-License-Identifier: MIT

#include <criterion/criterion.h>
#include <stdio.h>
#include <string.h>
#include "except.h"
#include "gc.h"
#include "obj_dict.h"
#include "obj_complex.h"
#include "obj_exc.h"
#include "obj_float.h"
#include "obj_list.h"
#include "obj_str.h"
#include "obj_type.h"
#include "runtime.h"
#include "unit_vm.h"

#define NOINLINE __attribute__((noinline))

// Pointers the test must remember without keeping alive: the conservative
// scan would take a plain copy on the stack for a reference.
#define HIDE_MASK ((uintptr_t)0x5a5a5a5a5a5a5a5aull)
static uintptr_t hide(const void *p) { return (uintptr_t)p ^ HIDE_MASK; }
static void *unhide(uintptr_t h) { return (void *)(h ^ HIDE_MASK); }

// Overwrites the dead stack below the caller, so stale copies of pointers
// left by finished calls do not keep their objects alive.
static NOINLINE void scrub(void) {
    volatile char buf[64 * 1024];
    memset((char *)buf, 0, sizeof buf);
}

static void push_root(py_val_t v) { *vm->stack_top++ = v; }
static py_val_t root(size_t i) { return vm->stack[i]; }

static NOINLINE void make_garbage(size_t n) {
    for (size_t i = 0; i < n; i++) {
        py_val_t l = py_list_new(vm, 0, NULL);
        for (int j = 0; j < 10; j++) py_list_append(vm, l, py_small(j));
        py_str_from_c(vm, "some garbage text that is not interned");
    }
}

static size_t collect_and_measure(void) {
    scrub();
    py_gc_collect(vm);
    return py_gc_bytes_used(vm);
}

TestSuite(gc, .init = unit_vm_setup, .fini = unit_vm_teardown);

Test(gc, unreachable_objects_are_freed) {
    size_t before = collect_and_measure();
    make_garbage(1000);
    size_t after = collect_and_measure();
    cr_assert_leq(after, before + 1024, "used %zu before, %zu after", before, after);
}

Test(gc, reachable_objects_are_kept) {
    py_val_t *base = vm->stack_top;
    push_root(py_list_new(vm, 0, NULL));
    for (int i = 0; i < 100; i++) py_list_append(vm, root(0), py_small(i));
    make_garbage(1000);
    collect_and_measure();
    py_list_t *l = py_list_ptr(root(0));
    cr_assert_eq(l->len, 100);
    for (int i = 0; i < 100; i++) cr_assert_eq(l->items[i], py_small(i));
    vm->stack_top = base;
}

static NOINLINE uintptr_t make_cycle(void) {
    py_val_t a = py_list_new(vm, 0, NULL), b = py_list_new(vm, 0, NULL);
    py_list_append(vm, a, b);
    py_list_append(vm, b, a);
    return hide(py_obj(a));
}

// The scan is conservative: a stale copy of a pointer in a register or a
// dead stack slot may keep an object or two alive, so tests that expect
// objects to be freed make many and allow a few survivors.
#define CYCLES 100

Test(gc, cycles_are_freed) {
    static uintptr_t cycles[CYCLES];
    for (int i = 0; i < CYCLES; i++) cycles[i] = make_cycle();
    collect_and_measure();
    int alive = 0;
    for (int i = 0; i < CYCLES; i++) alive += py_gc_is_heap_ptr(vm, unhide(cycles[i]));
    cr_assert_leq(alive, CYCLES / 10, "%d of %d cycles survived", alive, CYCLES);
}

static NOINLINE py_val_t make_list(int n) {
    py_val_t l = py_list_new(vm, 0, NULL);
    for (int i = 0; i < n; i++) py_list_append(vm, l, py_small(i));
    return l;
}

Test(gc, values_in_c_locals_survive) {
    volatile py_val_t l = make_list(50);
    make_garbage(2000);
    py_gc_collect(vm);
    cr_assert(py_gc_is_heap_ptr(vm, py_obj(l)));
    cr_assert_eq(py_list_ptr(l)->len, 50);
    cr_assert_eq(py_list_ptr(l)->items[49], py_small(49));
}

Test(gc, deep_structures_are_marked_without_recursion) {
    py_val_t *base = vm->stack_top;
    push_root(py_list_new(vm, 0, NULL));
    py_val_t inner = root(0);
    for (int i = 0; i < 100000; i++) {
        py_val_t next = py_list_new(vm, 0, NULL);
        py_list_append(vm, inner, next);
        inner = next;
    }
    inner = PY_NULL;
    collect_and_measure();
    int depth = 0;
    for (py_val_t l = root(0); py_list_ptr(l)->len == 1; l = py_list_ptr(l)->items[0]) depth++;
    cr_assert_eq(depth, 100000);
    vm->stack_top = base;
}

// ---- finalisers ---------------------------------------------------------------------------

static int finalised;

static void count_finalise(py_vm_t *v, py_obj_t *o) {
    (void)v;
    (void)o;
    finalised++;
}

static const py_type_spec_t finalised_spec = {
    .name = "finalised",
    .base = PY_T_object,
    .basicsize = sizeof(py_obj_t),
    .slots = {.finalise = count_finalise},
};

static NOINLINE void make_finalised(py_type_t *t, int n) {
    for (int i = 0; i < n; i++) py_gc_new(vm, t, sizeof(py_obj_t));
}

Test(gc, finalisers_run_for_unreachable_objects) {
    py_val_t *base = vm->stack_top;
    py_type_t *t = py_type_from_spec(vm, &finalised_spec, vm->types[PY_T_object]);
    push_root(py_from_obj(t));
    finalised = 0;
    make_finalised(t, 50);
    collect_and_measure();
    cr_assert_geq(finalised, 45, "only %d of 50 finalised", finalised);
    vm->stack_top = base;
}

// ---- buffers ------------------------------------------------------------------------------

Test(gc, resize_keeps_contents_and_zeroes_growth) {
    char *b = py_gc_new_bytes(vm, 10);
    memcpy(b, "hello", 6);
    b = py_gc_resize(vm, b, 1000);
    cr_assert_str_eq(b, "hello");
    cr_assert_eq(b[999], 0);
    b = py_gc_resize(vm, b, 3);
    b = py_gc_resize(vm, b, 40);
    cr_assert_eq(b[3], 0);
    cr_assert_eq(b[39], 0);
    py_gc_release(vm, b);
    cr_assert(!py_gc_is_heap_ptr(vm, b));
}

Test(gc, a_buffer_grows_in_place_while_nothing_else_allocates) {
    char *b = py_gc_new_bytes(vm, 16);
    memcpy(b, "grow me", 8);
    char *c = py_gc_resize(vm, b, 160);
    cr_assert_eq(c, b, "the run after it was free: no copy");
    cr_assert_str_eq(c, "grow me");
    for (int i = 8; i < 160; i++) cr_assert_eq(c[i], 0, "byte %d of the growth", i);
    char *other = py_gc_new_bytes(vm, 16);   // now something follows it
    cr_assert_eq(other, c + 160, "the next allocation comes right after");
    char *d = py_gc_resize(vm, c, 320);
    cr_assert_neq(d, c, "no room after it: copied");
    cr_assert_str_eq(d, "grow me");
    py_gc_release(vm, d);
    py_gc_release(vm, other);
}

// A builder's scratch released right after it was carved goes back to the
// bump run: the next allocation takes its place, zeroed, so no hole is left
// between what survives. Released earlier (something carved since), it is
// only listed free.
Test(gc, the_last_carve_released_goes_back_to_the_bump_run) {
    size_t used = py_gc_bytes_used(vm);
    char *scratch = py_gc_new_bytes(vm, 32);
    memcpy(scratch, "scratch bytes", 14);
    py_gc_release(vm, scratch);
    cr_assert_eq(py_gc_bytes_used(vm), used, "counted free again");
    char *next = py_gc_new_bytes(vm, 48);
    cr_assert_eq(next, scratch, "carved in its place");
    for (int i = 0; i < 48; i++) cr_assert_eq(next[i], 0, "byte %d zeroed", i);
    char *after = py_gc_new_bytes(vm, 16);
    cr_assert_eq(after, next + 48);
    py_gc_release(vm, next);   // not the last carve: stays a hole
    char *again = py_gc_new_bytes(vm, 16);
    cr_assert_eq(again, after + 16, "the bump run did not move back");
}

// Allocations of every size class after a collection left holes of mixed
// sizes: each comes zeroed and lands in free memory, never on a live object.
Test(gc, every_size_class_is_found_after_a_sweep) {
    py_val_t *base = vm->stack_top;
    for (int i = 0; i < 400; i++) {   // every other list kept: holes of all sizes
        py_val_t l = py_list_new(vm, (size_t)(i % 40), NULL);
        if (i % 2 == 0) push_root(l);
    }
    collect_and_measure();
    for (int i = 0; i < 400; i++) {
        size_t n = (size_t)(i % 40) + 1;
        py_val_t *v = py_gc_new_values(vm, n);
        for (size_t j = 0; j < n; j++) {
            cr_assert_eq(v[j], PY_NULL, "slot %zu of %zu", j, n);
            v[j] = py_small(7);   // would show in a kept list it overlapped
        }
    }
    for (size_t k = 0; k < 200; k++) {
        py_list_t *l = py_list_ptr(base[k]);
        cr_assert_eq(l->len, 2 * k % 40);
        for (size_t j = 0; j < l->len; j++) cr_assert_eq(l->items[j], PY_NONE);
    }
    vm->stack_top = base;
}

// A growing heap collects after its budget, before the arena is full: a
// program whose data stays small touches only part of the arena (what is
// touched becomes resident memory).
Test(gc, small_data_touches_little_of_a_growing_heap) {
    make_garbage(20000);   // about 8 MB allocated, little kept
    size_t touched = py_gc_bytes_touched(vm);
    cr_assert_gt(touched, 0);
    cr_assert_lt(touched, 1024 * 1024, "%zu bytes of the arena touched", touched);
}

// ---- the sealed start-up image ----------------------------------------------------------------

// Stores a new list of [n] small ints under [key] in the sealed dict [dict],
// leaving no copy of the list on the stack.
static NOINLINE void store_list(py_val_t dict, const char *key, int n) {
    py_dict_set(vm, dict, py_str_from_c(vm, key), make_list(n));
}

// The list stored under [key] in [dict] still holds 0..n-1 (a freed list's
// blocks would have been reused by the garbage made meanwhile).
static void assert_list_kept(py_val_t dict, const char *key, int n) {
    py_val_t l = py_dict_get(vm, dict, py_str_from_c(vm, key));
    cr_assert(py_gc_is_heap_ptr(vm, py_obj(l)), "%s was freed", key);
    cr_assert_eq(py_list_ptr(l)->len, (size_t)n);
    for (int i = 0; i < n; i++) cr_assert_eq(py_list_ptr(l)->items[i], py_small(i));
}

static NOINLINE void churn_and_collect(int times) {
    for (int i = 0; i < times; i++) {
        make_garbage(500);
        collect_and_measure();
    }
}

// Sealed dicts that still hold only sealed objects are not scanned by a
// collection: a store into one after sealing must still keep its value
// alive, whether it came before the first collection or after it, added a
// key or replaced a value, and however many collections follow.
Test(gc, a_sealed_dict_written_after_sealing_keeps_its_values_alive) {
    store_list(vm->builtins_dict, "before_first_collection", 30);
    churn_and_collect(3);
    store_list(vm->builtins_dict, "after_a_collection", 40);
    store_list(vm->modules, "also_after", 20);
    churn_and_collect(3);
    store_list(vm->builtins_dict, "len", 25);   // an existing key: the value replaced in place
    churn_and_collect(3);
    assert_list_kept(vm->builtins_dict, "before_first_collection", 30);
    assert_list_kept(vm->builtins_dict, "after_a_collection", 40);
    assert_list_kept(vm->modules, "also_after", 20);
    assert_list_kept(vm->builtins_dict, "len", 25);
}

// ---- the fast allocation path -----------------------------------------------------------------

static void allocate_small(py_vm_t *v, void *ud) { *(py_val_t *)ud = py_float_box(v, 1.5); }

// Small allocations take a fast path that must still see the heap lock.
Test(gc, the_heap_lock_stops_small_allocations_too) {
    py_val_t got = PY_NULL;
    cr_assert_eq(py_pcall(vm, allocate_small, &got), 0);
    py_gc_lock(vm);
    cr_assert_eq(py_pcall(vm, allocate_small, &got), 1, "allocated with the heap locked");
    cr_assert(py_exc_is(vm, vm->exc, PY_EXC_MemoryError));
    vm->exc = PY_NULL;
    py_gc_unlock(vm);
    cr_assert_eq(py_pcall(vm, allocate_small, &got), 0);
}

static NOINLINE void make_floats(int n) {
    for (int i = 0; i < n; i++) py_float_box(vm, i);
}

// What the fast path hands out is counted, and gc.threshold collects
// after that many bytes however they were allocated.
Test(gc, fast_allocations_are_counted_and_honour_the_threshold) {
    size_t before = collect_and_measure();
    make_floats(1000);
    cr_assert_geq(py_gc_bytes_used(vm), before + 1000 * 16);
    collect_and_measure();
    py_gc_set_threshold(vm, 4096);
    make_floats(20000);   // 320 KB: under the growing heap's own budget
    cr_assert_lt(py_gc_bytes_used(vm), before + 8192, "no collection at the threshold");
    py_gc_set_threshold(vm, SIZE_MAX);
}

// ---- a fixed heap -----------------------------------------------------------------------------

// Replaces the fixture's VM by one whose fixed heap has [spare] bytes beyond
// what start-up leaves alive.
static void use_fixed_heap(size_t spare) {
    size_t startup = collect_and_measure();
    py_vm_free(vm);
    vm = py_vm_new(startup + spare);
    cr_assert_not_null(vm);
}

static void fill_heap(py_vm_t *v, void *ud) {
    py_val_t list = *(py_val_t *)ud;
    for (;;) py_list_append(v, list, py_list_new(v, 4, NULL));
}

static void allocate_one(py_vm_t *v, void *ud) { *(py_val_t *)ud = py_list_new(v, 100, NULL); }

Test(gc, exhausting_a_fixed_heap_raises_memory_error) {
    use_fixed_heap(64 * 1024);
    py_val_t *base = vm->stack_top;
    push_root(py_list_new(vm, 0, NULL));
    py_val_t list = root(0);
    cr_assert_eq(py_pcall(vm, fill_heap, &list), 1);
    cr_assert_eq(vm->exc, vm->memory_error);
    cr_assert(py_exc_is(vm, vm->exc, PY_EXC_MemoryError));
    vm->exc = PY_NULL;
    vm->stack_top = base;   // drop the filled list: the VM must be usable again
    list = PY_NULL;
    collect_and_measure();
    py_val_t got = PY_NULL;
    cr_assert_eq(py_pcall(vm, allocate_one, &got), 0);
    cr_assert_eq(py_list_ptr(got)->len, 100);
}

static void churn(py_vm_t *v, void *ud) {
    (void)ud;
    size_t total = 0;
    while (total < 1024 * 1024) {
        py_val_t l = py_list_new(v, 0, NULL);
        for (int i = 0; i < 32; i++) py_list_append(v, l, py_small(i));
        py_str_from_c(v, "a string that is long enough not to be interned at all");
        total += 32 * sizeof(py_val_t) + 64;
    }
}

Test(gc, a_megabyte_flows_through_64k_of_fixed_heap) {
    use_fixed_heap(64 * 1024);
    cr_assert_eq(py_pcall(vm, churn, NULL), 0);
}

// The growth policy's arithmetic (py_gc_grow_bytes): pressed heaps grow by half,
// fragmented ones add little more than the allocation, the limit holds.
Test(gc, grow_bytes_policy) {
    size_t mb = 1024 * 1024;
    cr_assert_eq(py_gc_grow_bytes(2 * mb, 64, 100 * mb, true), mb);   // by half the heap
    cr_assert_eq(py_gc_grow_bytes(2 * mb, 3 * mb, 100 * mb, true), 3 * mb + 16);
    cr_assert_eq(py_gc_grow_bytes(8 * mb, 64, 100 * mb, true), 4 * mb);
    cr_assert_eq(py_gc_grow_bytes(2 * mb, 4096, 100 * mb, false), 2 * mb / 8);
    cr_assert_eq(py_gc_grow_bytes(2 * mb, mb, 100 * mb, false), mb + 16);
    cr_assert_eq(py_gc_grow_bytes(8 * mb, mb, 10 * mb, true), mb + 16);   // no doubling near the limit
    cr_assert_eq(py_gc_grow_bytes(8 * mb, 4 * mb, 10 * mb, true), 0);
    cr_assert_eq(py_gc_grow_bytes(0, 11 * mb, 10 * mb, false), 0);
}

// Big buffers kept alive among many small survivors: each fits somewhere
// and survives collections with its contents.
Test(gc, big_allocations_among_small_survivors) {
    size_t base = (size_t)(vm->stack_top - vm->stack);
    for (int round = 0; round < 6; round++) {
        for (int i = 0; i < 2000; i++) {
            py_val_t s = py_str_from_c(vm, "a small survivor that is not interned");
            if (i % 8 == 0) push_root(s);
            py_list_new(vm, 0, NULL);   // garbage between them
        }
        char *big = py_gc_new_bytes(vm, (size_t)(32 + round * 16) * 1024);
        memset(big, 0x5a, 1024);
        py_gc_collect(vm);
        cr_assert_eq((unsigned char)big[1023], 0x5a);
    }
    cr_assert(py_gc_bytes_used(vm) > 0);
    vm->stack_top = vm->stack + base;
}

// The text of kept str [k] in the_sweep_keeps_live_tails_across_side_table_words.
static size_t tail_test_text(size_t k, char *out) {
    size_t len = (k * 37) % 300;   // 3 to 21 blocks: tails that cross side-table words
    for (size_t j = 0; j < len; j++) out[j] = (char)('a' + (k + j) % 26);
    return len;
}

static NOINLINE void make_mixed_garbage(size_t n, char fill) {
    char buf[400];
    memset(buf, fill, sizeof buf);
    for (size_t i = 0; i < n; i++) py_str_new(vm, buf, (i * 53) % 400 + 2);
}

// The sweep reads the side table a word (16 blocks) at a time: allocations
// of every length kept among garbage of every length keep all their
// blocks, and the used count is exact, so the garbage made afterwards,
// which lands in the freed runs, overwrites none of them.
Test(gc, the_sweep_keeps_live_tails_across_side_table_words) {
    py_val_t *base = vm->stack_top;
    size_t before = collect_and_measure(), kept = 0;
    char buf[400];
    for (size_t i = 0; i < 3000; i++) {
        size_t len = tail_test_text(i / 3, buf);
        py_val_t s = py_str_new(vm, buf, len);
        if (i % 3 == 0) {
            push_root(s);
            if (len > 1) kept += (PY_STR_HEAD + len + 1 + 15) / 16 * 16;   // not interned
        } else {
            make_mixed_garbage(1, 'z');
        }
    }
    size_t after = collect_and_measure();
    // A stale word on the C stack may keep a piece of garbage: a little slack above.
    cr_assert(after >= before + kept && after <= before + kept + 2048, "used %zu, expected %zu + %zu",
              after, before, kept);
    make_mixed_garbage(4000, 'q');
    for (size_t k = 0; k < 1000; k++) {
        size_t len = tail_test_text(k, buf);
        cr_assert_eq(py_str_len(base[k]), len, "str %zu", k);
        cr_assert(memcmp(py_str_bytes(base[k]), buf, len) == 0, "str %zu of %zu bytes overwritten", k, len);
    }
    vm->stack_top = base;
}

static NOINLINE void make_complex_garbage(size_t n) {
    for (size_t i = 0; i < n; i++) py_complex_new(vm, (double)i, -1.0);
}

// Complex numbers made inline (py_gc_new_small) carry the leaf code: marking
// keeps them without reading them, and the unreferenced ones are freed.
Test(gc, leaf_objects_are_kept_while_referenced_and_freed_after) {
    py_val_t *base = vm->stack_top;
    size_t before = collect_and_measure();
    for (int i = 0; i < 3000; i++) {
        py_val_t z = py_complex_new(vm, i, 2.0 * i);
        if (i % 3 == 0) push_root(z);
        else make_complex_garbage(2);
    }
    py_val_t list = py_list_new(vm, 0, NULL);   // leaves reached through a value array too
    for (int i = 0; i < 500; i++) py_list_append(vm, list, py_complex_new(vm, -i, 0.5));
    push_root(list);
    size_t after = collect_and_measure();
    make_complex_garbage(20000);   // lands in the freed blocks: overwrites any wrongly freed
    for (int k = 0; k < 1000; k++) {
        const py_complex_t *z = py_complex_ptr(base[k]);
        cr_assert(z->real == 3 * k && z->imag == 6.0 * k, "complex %d overwritten", k);
        cr_assert(py_gc_is_heap_ptr(vm, z));
    }
    for (int i = 0; i < 500; i++) {
        const py_complex_t *z = py_complex_ptr(py_list_ptr(list)->items[i]);
        cr_assert(z->real == -i && z->imag == 0.5, "list item %d overwritten", i);
    }
    // 1500 complexes of 32 bytes and the list: the 6000 garbage ones went.
    cr_assert(after <= before + 1500 * 32 + 8192, "used %zu before, %zu after", before, after);
    vm->stack_top = base;
    size_t end = collect_and_measure();
    // The 1000 roots went (the list may stay: a C local still holds it).
    cr_assert(end + 1000 * 32 <= after, "used %zu, then %zu at the end", after, end);
}

// Lists whose item arrays land in several arenas (the heap grows while
// collection is off), holding strs from all of them: marking finds each
// pointer's arena (a binary search over them) and keeps every str.
Test(gc, pointers_into_many_arenas_are_found) {
    py_val_t *base = vm->stack_top;
    py_gc_set_enabled(vm, false);
    enum { LISTS = 12, ITEMS = 20000 };
    for (int l = 0; l < LISTS; l++) {
        py_val_t list = py_list_new(vm, 0, NULL);
        push_root(list);
        for (int i = 0; i < ITEMS; i++) {
            char text[32];
            int n = snprintf(text, sizeof text, "item %d of list %d", i, l);
            py_list_append(vm, list, py_str_new(vm, text, (size_t)n));
        }
    }
    py_gc_set_enabled(vm, true);
    scrub();
    py_gc_collect(vm);
    make_mixed_garbage(20000, 'g');
    for (int l = 0; l < LISTS; l++) {
        const py_val_t *items = py_list_ptr(base[l])->items;
        for (int i = 0; i < ITEMS; i += 97) {
            char text[32];
            int n = snprintf(text, sizeof text, "item %d of list %d", i, l);
            cr_assert_eq(py_str_len(items[i]), (size_t)n);
            cr_assert(memcmp(py_str_bytes(items[i]), text, (size_t)n) == 0, "item %d of list %d", i, l);
            cr_assert(py_gc_is_heap_ptr(vm, (const char *)py_obj(items[i]) + 8), "interior pointer");
        }
    }
    vm->stack_top = base;
}
