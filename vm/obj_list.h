// vm/obj_list.h: list: a growable array of values.
// Layer: vm core (types).
// SPDX-License-Identifier: MIT

#ifndef PY_OBJ_LIST_H
#define PY_OBJ_LIST_H

#include "obj.h"
#include "vm.h"

typedef struct py_list {
    py_obj_t base;
    size_t len, cap;
    py_val_t *items;   // py_gc_new_values block of cap slots, or NULL
} py_list_t;

static inline py_list_t *py_list_ptr(py_val_t v) { return (py_list_t *)v; }

// A list of [n] items copied from [items] (NULL: n slots of None). May allocate.
py_val_t py_list_new(py_vm_t *vm, size_t n, const py_val_t *items);
// Appends [v]. May allocate.
void py_list_append(py_vm_t *vm, py_val_t list, py_val_t v);
// Appends every item of the iterable [iterable].
void py_list_extend(py_vm_t *vm, py_val_t list, py_val_t iterable);
// Sorts in place, stable, with optional [key] function (PY_NULL for none).
void py_list_sort(py_vm_t *vm, py_val_t list, py_val_t key, bool reverse);
// list.sort(key=, reverse=) from the raw keyword values (PY_NULL when absent):
// None as key means no key; reverse must be an integer (TypeError otherwise).
void py_list_sort_kw(py_vm_t *vm, py_val_t list, py_val_t key, py_val_t reverse);
// An index argument (int or __index__) as C ssize_t: OverflowError "Python int
// too large to convert to C ssize_t" past int64, TypeError for non-integers.
int64_t py_list_ssize_arg(py_vm_t *vm, py_val_t v);
// Slicing without a slice object, for the loop's BUILD_SLICE and the
// subscript after it. True when each bound is None or a small int and the
// step is not 0: the bounds py_list_get_range and py_list_set_range take.
bool py_list_quick_bounds(py_val_t start, py_val_t stop, py_val_t step);
// list[start:stop:step] of an exact list, as a new list. May allocate.
py_val_t py_list_get_range(py_vm_t *vm, py_val_t list, py_val_t start, py_val_t stop, py_val_t step);
// list[start:stop:step] = value (PY_NULL: del) of an exact list. May raise
// (the value is no iterable, an extended slice's size differs); may allocate.
void py_list_set_range(py_vm_t *vm, py_val_t list, py_val_t start, py_val_t stop, py_val_t step,
                       py_val_t value);
// A new list of the items of any iterable.
py_val_t py_list_from_iter(py_vm_t *vm, py_val_t iterable);

// Fills items[len, total) with copies of items[0, len) (0 < len <= total) by doubling copies,
// polling for Ctrl-C between chunks: `seq * n` for lists and tuples. Allocates nothing; may
// raise KeyboardInterrupt with items only partly filled (the caller's object not yet visible).
void py_values_repeat(py_vm_t *vm, py_val_t *items, size_t len, size_t total);

extern const py_type_spec_t py_list_spec;
extern const py_type_spec_t py_list_iterator_spec;

// added by CORE: the iterator of iter(seq) for objects with __getitem__ but no
// __iter__: yields seq[0], seq[1], ... until IndexError. May allocate.
py_val_t py_seq_iter_new(py_vm_t *vm, py_val_t seq);

// added by COLL: iter(callable, sentinel): calls [callable] until it returns a
// value equal to [sentinel]. May allocate.
py_val_t py_callable_iter_new(py_vm_t *vm, py_val_t callable, py_val_t sentinel);
// added by COLL: repr of a container that may contain itself (list, dict, set):
// returns [recursive] ("[...]") when [self]'s repr is already being built,
// else the str that [fill] appends to an empty buffer. May raise; may allocate.
struct py_strbuf;
py_val_t py_list_repr_guard(py_vm_t *vm, py_val_t self, const char *recursive,
                            void (*fill)(py_vm_t *vm, py_val_t self, struct py_strbuf *b));
// added by COLL: the specs of vm/obj_iter.c, which has no header of its own.
extern const py_type_spec_t py_seq_iterator_spec;
extern const py_type_spec_t py_callable_iterator_spec;
extern const py_type_spec_t py_enumerate_spec;
extern const py_type_spec_t py_zip_spec;
extern const py_type_spec_t py_map_spec;
extern const py_type_spec_t py_filter_spec;
extern const py_type_spec_t py_reversed_spec;
// added by COLL: a reversed() iterator over the first [len] items of the
// sequence [seq], last first, by index (vm/obj_iter.c). May allocate.
py_val_t py_reversed_new(py_vm_t *vm, py_val_t seq, size_t len);

#endif
