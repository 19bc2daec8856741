// vm/list_sort.c: list.sort: a stable merge sort ("timsort-lite").
// Layer: vm core (types). Binary insertion sort on short runs, then bottom-up
// merges that skip runs already in order, so sorted input costs O(n).
// SPDX-License-Identifier: MIT
//
// Exception safety, as CPython: comparisons and key functions run Python code
// that may raise or touch the list. During the sort the list is emptied (its
// array detached), and every step reads from one complete permutation of the
// records and writes into another buffer, so when a comparison raises, the
// last complete permutation goes back into the list. Items are sorted as
// records of [w] words: the key, then the item when a key function is given.

#include "obj_list.h"
#include "except.h"
#include "gc.h"
#include "runtime.h"

// Runs shorter than this are sorted by binary insertion: below about 32
// items, insertion's few moves beat merging's bookkeeping (as in timsort).
#define MIN_RUN 32

typedef struct sort_state {
    py_val_t *items;      // the list's detached array
    size_t n;
    py_val_t key;         // PY_NULL: the items are their own keys
    bool reverse;
    size_t w;             // words per record: 1, or 2 with a key function
    py_val_t *cur, *other;  // cur: the complete permutation; other: scratch
    bool sorting;         // cur holds records worth copying back
} sort_state_t;

static bool rec_less(py_vm_t *vm, sort_state_t *s, const py_val_t *a, const py_val_t *b) {
    (void)s;
    return py_less(vm, a[0], b[0]);
}

static void copy_rec(sort_state_t *s, py_val_t *dst, const py_val_t *src, size_t count) {
    memmove(dst, src, count * s->w * sizeof(py_val_t));
}

static void reverse_recs(sort_state_t *s, py_val_t *r, size_t n) {
    size_t w = s->w;
    for (size_t i = 0, j = n; i + 1 < j; i++, j--)
        for (size_t k = 0; k < w; k++) {
            py_val_t t = r[i * w + k];
            r[i * w + k] = r[(j - 1) * w + k];
            r[(j - 1) * w + k] = t;
        }
}

// Sorts records [lo, hi) of cur by binary insertion. All comparisons for one
// record happen before anything moves, so a raise leaves a permutation.
static void insertion_sort(py_vm_t *vm, sort_state_t *s, size_t lo, size_t hi) {
    size_t w = s->w;
    py_val_t *r = s->cur;
    for (size_t i = lo + 1; i < hi; i++) {
        size_t a = lo, b = i;
        while (a < b) {   // first position whose record is greater than r[i]: keeps stability
            size_t m = a + (b - a) / 2;
            if (rec_less(vm, s, r + i * w, r + m * w)) b = m;
            else a = m + 1;
        }
        if (a == i) continue;
        py_val_t tmp[2];
        copy_rec(s, tmp, r + i * w, 1);
        copy_rec(s, r + (a + 1) * w, r + a * w, i - a);
        copy_rec(s, r + a * w, tmp, 1);
    }
}

// Merges cur's runs [lo, mid) and [mid, hi) into other at the same place.
static void merge(py_vm_t *vm, sort_state_t *s, size_t lo, size_t mid, size_t hi) {
    size_t w = s->w, i = lo, j = mid, k = lo;
    py_val_t *src = s->cur, *dst = s->other;
    if (mid >= hi || !rec_less(vm, s, src + mid * w, src + (mid - 1) * w)) {
        copy_rec(s, dst + lo * w, src + lo * w, hi - lo);   // already in order
        return;
    }
    while (i < mid && j < hi) {
        if (rec_less(vm, s, src + j * w, src + i * w)) copy_rec(s, dst + k++ * w, src + j++ * w, 1);
        else copy_rec(s, dst + k++ * w, src + i++ * w, 1);
    }
    copy_rec(s, dst + k * w, src + i * w, mid - i);
    k += mid - i;
    copy_rec(s, dst + k * w, src + j * w, hi - j);
}

static void merge_sort(py_vm_t *vm, sort_state_t *s) {
    size_t n = s->n;
    for (size_t lo = 0; lo < n; lo += MIN_RUN)
        insertion_sort(vm, s, lo, lo + MIN_RUN < n ? lo + MIN_RUN : n);
    for (size_t width = MIN_RUN; width < n; width *= 2) {
        for (size_t lo = 0; lo < n; lo += 2 * width) {
            size_t mid = lo + width < n ? lo + width : n;
            size_t hi = mid + width < n ? mid + width : n;
            merge(vm, s, lo, mid, hi);
        }
        py_val_t *t = s->cur;   // the pass is complete: other is the permutation now
        s->cur = s->other;
        s->other = t;
    }
}

// Fills cur with the records: keys computed in the list's order, as CPython.
static void make_records(py_vm_t *vm, sort_state_t *s) {
    size_t n = s->n, w = s->w;
    s->cur = py_gc_new_values(vm, n * w);
    for (size_t i = 0; i < n; i++) {
        if (w == 2) s->cur[i * 2] = py_call1(vm, s->key, s->items[i]);
        s->cur[i * w + w - 1] = s->items[i];
    }
    s->other = py_gc_new_values(vm, n * w);
}

static void sort_body(py_vm_t *vm, void *ud) {
    sort_state_t *s = ud;
    make_records(vm, s);
    // Reverse, sort stably, reverse back: equal items keep their order (CPython's trick).
    if (s->reverse) reverse_recs(s, s->cur, s->n);
    s->sorting = true;
    merge_sort(vm, s);
}

// Writes the items of the current permutation back into the detached array.
static void write_back(sort_state_t *s) {
    if (!s->sorting) return;
    size_t w = s->w;
    for (size_t i = 0; i < s->n; i++) s->items[i] = s->cur[i * w + w - 1];
    if (s->reverse)
        for (size_t i = 0, j = s->n; i + 1 < j; i++, j--) {
            py_val_t t = s->items[i];
            s->items[i] = s->items[j - 1];
            s->items[j - 1] = t;
        }
}

void py_list_sort(py_vm_t *vm, py_val_t list, py_val_t key, bool reverse) {
    py_list_t *l = py_list_ptr(list);
    sort_state_t s = {l->items, l->len, key, reverse, key == PY_NULL ? 1 : 2, NULL, NULL, false};
    size_t cap = l->cap;
    if (s.n == 0) return;
    l->items = NULL;
    l->len = l->cap = 0;
    int failed = py_pcall(vm, sort_body, &s);
    write_back(&s);
    bool modified = l->items != NULL || l->len != 0;
    l->items = s.items;   // whatever was added during the sort is dropped, as CPython
    l->len = s.n;
    l->cap = cap;
    if (failed) py_raise(vm, vm->exc);
    if (modified) py_raise_value_error(vm, "list modified during sort");
}
