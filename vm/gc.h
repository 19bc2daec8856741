// vm/gc.h: the garbage-collected heap: allocation, marking and collection.
// Layer: vm core. Non-moving, stop-the-world mark-sweep (DESIGN §4).
// SPDX-License-Identifier: MIT
//
// The heap is one or more arenas of 16-byte blocks. A side table keeps, per
// block, whether it is free, the head of an allocation or a continuation of
// one, and whether it is marked; another bit says the block owns a finaliser.
// Objects therefore carry no GC header, and a pointer into the heap can be
// checked and resolved to its allocation, which is what conservative
// scanning of the C stack needs.
//
// Three kinds of allocation:
//   - objects (py_gc_new): start with py_obj_t; marked precisely through their
//     type's `mark` slot; finalised through its `finalise` slot if the type has one;
//   - value arrays (py_gc_new_values): every word is a py_val_t (or 0) and is
//     marked; growth buffers of lists, dicts and tuples' big siblings use them;
//   - byte buffers (py_gc_new_bytes): never scanned (string data, bigint digits,
//     bytecode).
// Roots: the fields of py_vm_t (marked in one function, gc_mark_roots), the
// VM value stack, and, conservatively, the C stack and registers between the
// port's stack base and the collector's own frame. So C code may keep objects
// in plain local variables.
//
// With a fixed heap (-X heapsize) exhausting it raises MemoryError; otherwise
// the heap grows by adding arenas. Collection runs when the allocation since
// the last collection passes a threshold, and always before growing.

#ifndef PY_GC_H
#define PY_GC_H

#include "obj.h"
#include "vm.h"

// Starts the heap of [vm] for start-up (a growing heap from
// PY_CFG_STARTUP_HEAP); py_gc_seal then makes the program's heap:
// [fixed_bytes] > 0 gives a fixed heap of that size, 0 a growing heap
// starting at PY_CFG_DEFAULT_HEAP. Returns false when the first arena cannot
// be had from the system. Does not raise.
bool py_gc_init(py_vm_t *vm, size_t fixed_bytes);
// As py_gc_init, but start-up allocates in [bytes] of the caller's memory
// [mem] (16-byte aligned) with side table [table] (bytes / 32 bytes, never
// freed by the GC): the start-up image's storage (vm/image.h). Its first
// [image->used_blocks] blocks already hold what [image] describes (0 for an
// empty image: then [table] must be all zero). Does not raise.
struct py_image_info;
bool py_gc_init_in(py_vm_t *vm, size_t fixed_bytes, void *mem, size_t bytes, uint8_t *table,
                   const struct py_image_info *image);
// Records in [image] what start-up made in the memory of py_gc_init_in:
// false when start-up outgrew it. Does not raise.
bool py_gc_capture(py_vm_t *vm, struct py_image_info *image);
// Ends start-up: seals every arena so far as permanent (never
// swept, scanned as a root at every collection, not counted by
// py_gc_bytes_used/free) and adds the program's arena: exactly the fixed size
// given to py_gc_init, or PY_CFG_DEFAULT_HEAP growing. Call once, after the
// built-ins are made. Returns false when the arena cannot be had. Does not raise.
bool py_gc_seal(py_vm_t *vm);
// Bytes the sealed start-up image holds. Never raises.
size_t py_gc_bytes_sealed(py_vm_t *vm);
// Runs every pending finaliser and returns all arenas to the system.
void py_gc_free(py_vm_t *vm);

// Allocates an object of [nbytes] (>= sizeof(py_obj_t)) of [type], zeroed,
// with its type field set. May collect; raises MemoryError when out of heap.
void *py_gc_new(py_vm_t *vm, py_type_t *type, size_t nbytes);
// The bump run that py_gc_new_small carves inline: the first member of the
// heap (vm/gc.c, which keeps it up to date), so vm->heap leads to it.
typedef struct py_gc_bump {
    char *next;       // the run's first free byte
    char *limit;      // the inline path may carve up to here: NULL, or at most the run's end
    char *mem;        // the blocks of the run's arena
    uint8_t *table;   // its side table: 4 bits per block, 0 while free
} py_gc_bump_t;

// Side-table codes the inline paths write (vm/gc.c's B_OBJ, B_TAIL, B_LEAF).
#define PY_GC_CODE_TAIL 1u
#define PY_GC_CODE_OBJ 2u
#define PY_GC_CODE_LEAF 7u

// The largest allocation the bump run's inline carving makes (15 blocks):
// its codes, shifted by a nibble, fit a 64-bit word (py_gc_bump_codes).
#define PY_GC_BUMP_MAX (15u * 16u)

// Records blocks [i, i + n) (n at most 15) of side table [t], all free
// (code 0), as an allocation whose head has code [kind]: the codes as one
// word, or-ed in byte by byte. Never raises.
static inline void py_gc_bump_codes(uint8_t *t, size_t i, size_t n, unsigned kind) {
    if (n == 1) {   // the common cases first: a float, a complex
        t[i >> 1] |= (uint8_t)(kind << (i & 1) * 4);
        return;
    }
    if (n == 2) {
        if (i & 1) {
            t[i >> 1] |= (uint8_t)(kind << 4);
            t[(i >> 1) + 1] |= PY_GC_CODE_TAIL;
        } else {
            t[i >> 1] = (uint8_t)(kind | PY_GC_CODE_TAIL << 4);   // the byte holds just these two
        }
        return;
    }
    uint64_t codes = (0x1111111111111110u | kind) & (~(uint64_t)0 >> (64 - 4 * n));
    codes <<= (i & 1) * 4;
    for (uint8_t *b = t + (i >> 1); codes; codes >>= 8) *b++ |= (uint8_t)codes;
}

// Carves [size] bytes (a multiple of 16, at most PY_GC_BUMP_MAX) of [kind]
// from [run], zeroed, when its limit allows; NULL otherwise. The heap's
// counts catch up later (vm/gc.c). Never raises.
static inline void *py_gc_bump_carve(py_gc_bump_t *run, size_t size, unsigned kind) {
    char *p = run->next;
    if (size > (size_t)(run->limit - p)) return NULL;
    run->next = p + size;
    py_gc_bump_codes(run->table, (size_t)(p - run->mem) / 16, size / 16, kind);
    // Word stores: memset's call costs more than these few.
    uint64_t *w = (uint64_t *)(void *)p, *end = (uint64_t *)(void *)(p + size);
    do {
        w[0] = w[1] = 0;
        w += 2;
    } while (w < end);
    return p;
}

// py_gc_new for [nbytes] (a constant, at most 32) of [type], a built-in
// type made at start-up (sealed) whose objects have no finaliser and hold
// no references (no mark slot: float, complex): the common case inline,
// where a constant size makes the zeroing a store or two the caller's own
// stores then replace. Its side-table code says so, and marking then does
// not read the object. Same contract as py_gc_new.
static inline void *py_gc_new_small(py_vm_t *vm, py_type_t *type, size_t nbytes) {
    py_gc_bump_t *run = (py_gc_bump_t *)(void *)vm->heap;
    void *p = nbytes <= 32 ? py_gc_bump_carve(run, nbytes <= 16 ? 16 : 32, PY_GC_CODE_LEAF) : NULL;
    if (!p) return py_gc_new(vm, type, nbytes);
    ((py_obj_t *)p)->type = type;
    return p;
}

// Allocates [n] value slots, all PY_NULL. May collect; may raise MemoryError.
py_val_t *py_gc_new_values(py_vm_t *vm, size_t n);
// Allocates [n] bytes, zeroed, never scanned. May collect; may raise MemoryError.
void *py_gc_new_bytes(py_vm_t *vm, size_t n);
// Grows or shrinks an allocation from py_gc_new_values/py_gc_new_bytes to
// [nbytes], keeping its contents (new bytes zeroed). [p] may be NULL.
// May collect; may raise MemoryError (the old block is then untouched).
void *py_gc_resize(py_vm_t *vm, void *p, size_t nbytes);
// Frees an allocation at once, for buffers the caller knows nobody else holds.
// Optional: the sweep would free it anyway. Does not raise.
void py_gc_release(py_vm_t *vm, void *p);

// Marks [v] and, through the mark stack, everything it reaches. Values that
// are not heap pointers, and pointers outside the heap (static objects), are
// ignored. Only for use inside a type's `mark` slot or gc_mark_roots.
void py_gc_mark(py_vm_t *vm, py_val_t v);
// Marks the allocation [p] points to (a value array is then scanned; a byte
// buffer is just kept). NULL is ignored.
void py_gc_mark_ptr(py_vm_t *vm, const void *p);
// Marks [n] values starting at [vals].
void py_gc_mark_array(py_vm_t *vm, const py_val_t *vals, size_t n);

// Collects garbage now: marks from the roots, runs finalisers of unreachable
// objects, and sweeps. Does not raise; finalisers may not allocate.
void py_gc_collect(py_vm_t *vm);
// Calls [fn] for every typed object on the heap, live or not yet swept, in
// address order. [fn] must not allocate (which could sweep what is left to visit).
void py_gc_each_object(py_vm_t *vm, void (*fn)(py_vm_t *vm, py_obj_t *o, void *ud), void *ud);
// py_gc_collect for explicit requests (gc.collect()): first clears the C
// stack below the caller, so stale words there keep nothing alive. Does not raise.
void py_gc_collect_explicit(py_vm_t *vm);
// The same when the caller's C frames, from here up to [c_frame], hold no
// reference but copies of the VM stack's (py_vm_loop_caller_frame): the scan
// of the C stack starts at [c_frame], so stale words in those frames keep
// nothing alive. NULL scans all of it. Does not raise.
void py_gc_collect_explicit_from(py_vm_t *vm, const void *c_frame);
// Zeroes a few KiB of C stack below the caller, so the frames pushed there
// next hold no stale words the conservative scan would take for references
// (false retention delays __del__ and frees). Never raises; does not allocate.
void py_gc_clear_stack_below(void);
// The same for the 2 KiB below the caller: cheap enough for every exception
// the interpreter loop catches. Never raises; does not allocate.
void py_gc_clear_stack_near(void);

// The next object whose Python finaliser (__del__) a collection found due,
// or PY_NULL; each is handed out once, and stays alive while referenced.
// vm/finalise.c calls its __del__. Does not raise or allocate.
py_val_t py_gc_take_finalisable(py_vm_t *vm);
// Queues every live object whose __del__ has not run, reachable or not: for
// interpreter exit. Does not raise or allocate on the GC heap.
void py_gc_queue_all_del(py_vm_t *vm);
// Makes [o] (an object without a C finaliser) one whose finaliser the
// collector queues when it is found unreachable ([due]), or a plain object
// again. Generators use it while suspended inside try blocks. Does not
// raise or allocate.
void py_gc_set_finalisable(py_vm_t *vm, py_obj_t *o, bool due);
// Objects whose __del__ has not run: queued ones plus live ones of classes
// with __del__ (PY_TF_HAS_DEL). Does not raise or allocate.
size_t py_gc_del_pending(py_vm_t *vm);

// Bytes in use and bytes free in the current heap (gc.mem_alloc/mem_free).
size_t py_gc_bytes_used(py_vm_t *vm);
size_t py_gc_bytes_free(py_vm_t *vm);
// Bytes of the program's arenas ever handed out (the rest was never touched,
// so is not resident). Never raises.
size_t py_gc_bytes_touched(py_vm_t *vm);

// Disables or enables automatic collection (gc.disable/gc.enable). Explicit
// py_gc_collect still runs.
void py_gc_set_enabled(py_vm_t *vm, bool enabled);
// Whether automatic collection is enabled (gc.isenabled). Never raises.
bool py_gc_is_enabled(py_vm_t *vm);

// The heap lock (micropython.heap_lock/heap_unlock): while its depth is above
// zero every allocation raises MemoryError, as in a board's interrupt
// handler. Each returns the new depth; none raises.
int py_gc_lock(py_vm_t *vm);
int py_gc_unlock(py_vm_t *vm);
int py_gc_lock_depth(py_vm_t *vm);

// gc.threshold: an automatic collection also runs once [bytes] more have
// been allocated since the last one; SIZE_MAX (the default) turns that off.
// Never raises.
void py_gc_set_threshold(py_vm_t *vm, size_t bytes);
size_t py_gc_threshold(py_vm_t *vm);

// The growth policy's arithmetic: the bytes of the arena a growing heap of
// [total] bytes adds for an allocation of [need] bytes, at least need plus a
// block; 0 when that would pass [limit]. [pressed]: the last collection
// left too little free (the heap grows by a share of itself); otherwise it
// left room but no run long enough (the arena is little more than [need]).
// Pure: never raises or allocates.
size_t py_gc_grow_bytes(size_t total, size_t need, size_t limit, bool pressed);

// True when [p] points into a live allocation of this heap (for tests and
// PY_CFG_GC_VERIFY).
bool py_gc_is_heap_ptr(py_vm_t *vm, const void *p);

#endif
