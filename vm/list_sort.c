// vm/list_sort.c: list.sort: a stable natural merge sort ("timsort-lite").
// Layer: vm core (types). The input is cut into its natural runs (strictly
// descending ones reversed), runs shorter than MIN_RUN are extended by binary
// insertion, then adjacent runs are merged pass by pass, so sorted or reversed
// input costs n - 1 comparisons and random input O(n log n).
// SPDX-License-Identifier: MIT
//
// Exception safety, as CPython: comparisons and key functions run Python code
// that may raise or touch the list. During the sort the list is emptied (its
// array detached), and every step reads from one complete permutation of the
// records and writes into another buffer, so when a comparison raises, the
// last complete permutation goes back into the list. Items are sorted as
// records of [w] words: the key, then the item when a key function is given.
//
// As CPython, the keys are scanned once first: when all are small ints, all
// exact floats or all exact strs, a direct C comparison replaces the generic
// `<` protocol (which gives the same answers for those types).

#include "obj_list.h"
#include "except.h"
#include "gc.h"
#include "interrupt.h"
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
    size_t *runs;         // starts of the runs, then n (py_gc_new_bytes)
    bool (*less)(py_vm_t *vm, py_val_t a, py_val_t b);   // the keys' comparison
    bool sorting;         // cur holds records worth copying back
    unsigned poll;        // comparisons until the next Ctrl-C poll (vm/interrupt.h)
} sort_state_t;

// ---- key comparisons ------------------------------------------------------------------------------

static bool less_small(py_vm_t *vm, py_val_t a, py_val_t b) {
    (void)vm;
    return py_small_val(a) < py_small_val(b);
}

static bool less_float(py_vm_t *vm, py_val_t a, py_val_t b) {
    (void)vm;
    return py_float_val(a) < py_float_val(b);   // false for NaNs, as float's own <
}

// UTF-8 byte order is code point order, which is str's order.
static bool less_str(py_vm_t *vm, py_val_t a, py_val_t b) {
    (void)vm;
    size_t la = py_str_len(a), lb = py_str_len(b);
    int c = memcmp(py_str_bytes(a), py_str_bytes(b), la < lb ? la : lb);
    return c < 0 || (c == 0 && la < lb);
}

// The comparison for keys of [kind] (when every key is of it), else py_less.
static bool (*pick_less(py_vm_t *vm, sort_state_t *s))(py_vm_t *, py_val_t, py_val_t) {
    bool small = true, flt = true, str = true;
    for (size_t i = 0; i < s->n && (small || flt || str); i++) {
        py_val_t k = s->cur[i * s->w];
        small = small && py_is_small(k);
        flt = flt && py_is_float(vm, k) && py_is_exact(vm, k, PY_T_float);
        str = str && py_is_exact(vm, k, PY_T_str);
    }
    return small ? less_small : flt ? less_float : str ? less_str : py_less;
}

// Every comparison is a safe point: it may raise (a Python __lt__ may too), and
// a raise leaves a complete permutation to restore.
static bool rec_less(py_vm_t *vm, sort_state_t *s, const py_val_t *a, const py_val_t *b) {
    py_interrupt_step(vm, &s->poll);
    return s->less(vm, a[0], b[0]);
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

// Sorts records [lo, hi) of cur by binary insertion; [lo, start) is sorted
// already. All comparisons for one record happen before anything moves, so
// a raise leaves a permutation.
static void insertion_sort(py_vm_t *vm, sort_state_t *s, size_t lo, size_t start, size_t hi) {
    size_t w = s->w;
    py_val_t *r = s->cur;
    for (size_t i = start > lo ? start : lo + 1; i < hi; i++) {
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

// The end of the natural run starting at [lo]: non-descending, or strictly
// descending and then reversed in place (strictly, so stability holds).
static size_t count_run(py_vm_t *vm, sort_state_t *s, size_t lo) {
    size_t w = s->w, n = s->n, i = lo + 1;
    py_val_t *r = s->cur;
    if (i >= n) return n;
    if (rec_less(vm, s, r + i * w, r + lo * w)) {
        while (i + 1 < n && rec_less(vm, s, r + (i + 1) * w, r + i * w)) i++;
        reverse_recs(s, r + lo * w, i + 1 - lo);
    } else {
        while (i + 1 < n && !rec_less(vm, s, r + (i + 1) * w, r + i * w)) i++;
    }
    return i + 1;
}

// Cuts cur into runs of at least MIN_RUN records (but the last); returns their count.
static size_t find_runs(py_vm_t *vm, sort_state_t *s) {
    size_t nruns = 0, n = s->n;
    for (size_t lo = 0; lo < n;) {
        size_t hi = count_run(vm, s, lo);
        if (hi - lo < MIN_RUN) {
            size_t end = n - lo < MIN_RUN ? n : lo + MIN_RUN;
            insertion_sort(vm, s, lo, hi, end);
            hi = end;
        }
        s->runs[nruns++] = lo;
        lo = hi;
    }
    s->runs[nruns] = n;
    return nruns;
}

// Merges adjacent runs pairwise, pass by pass. Each pass reads all of cur and
// writes all of other, which then becomes cur; the run table is compacted in
// place (entry i/2 is written after entries i..i+2 are read).
static void merge_sort(py_vm_t *vm, sort_state_t *s) {
    size_t nruns = find_runs(vm, s), *runs = s->runs;
    if (nruns > 1) s->other = py_gc_new_values(vm, s->n * s->w);   // one run: nothing to merge
    while (nruns > 1) {
        size_t k = 0;
        for (size_t i = 0; i < nruns; i += 2, k++) {
            if (i + 1 < nruns) merge(vm, s, runs[i], runs[i + 1], runs[i + 2]);
            else copy_rec(s, s->other + runs[i] * s->w, s->cur + runs[i] * s->w, runs[i + 1] - runs[i]);
            runs[k] = runs[i];
        }
        runs[k] = s->n;
        nruns = k;
        py_val_t *t = s->cur;   // the pass is complete: other is the permutation now
        s->cur = s->other;
        s->other = t;
    }
}

// Fills cur with the records: keys computed in the list's order, as CPython.
// Without a key function the records are the items: the detached array
// itself is sorted. The scratch buffer comes later, once there is something
// to merge.
static void make_records(py_vm_t *vm, sort_state_t *s) {
    size_t n = s->n, w = s->w;
    s->runs = py_gc_new_bytes(vm, (n / MIN_RUN + 2) * sizeof(size_t));
    if (w == 1) {
        s->cur = s->items;
        return;
    }
    s->cur = py_gc_new_values(vm, n * w);
    for (size_t i = 0; i < n; i++) {
        s->cur[i * 2] = py_call1(vm, s->key, s->items[i]);
        s->cur[i * 2 + 1] = s->items[i];
    }
}

static void sort_body(py_vm_t *vm, void *ud) {
    sort_state_t *s = ud;
    make_records(vm, s);
    // Reverse, sort stably, reverse back: equal items keep their order (CPython's trick).
    if (s->reverse) reverse_recs(s, s->cur, s->n);
    s->less = pick_less(vm, s);
    s->sorting = true;
    merge_sort(vm, s);
}

// Writes the items of the current permutation back into the detached array.
static void write_back(sort_state_t *s) {
    if (!s->sorting) return;
    size_t w = s->w;
    if (s->cur != s->items)
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
    sort_state_t s = {l->items, l->len, key, reverse, key == PY_NULL ? 1 : 2, NULL, NULL, NULL, NULL,
                      false, PY_INTERRUPT_EVERY};
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
