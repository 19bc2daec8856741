// vm/gc_heap.h: the heap's layout, shared by the collector's own files only.
// Layer: vm core (DESIGN §4): vm/gc.c allocates and collects, vm/gc_sealed.c
// lists and scans the sealed start-up image's roots. Nothing else includes it.
// SPDX-License-Identifier: MIT

#ifndef PY_GC_HEAP_H
#define PY_GC_HEAP_H

#include <string.h>
#include "gc.h"


#define BLOCK 16u

// Block codes in the side table (low 3 bits of the nibble). B_LEAF: an
// object of a sealed type without a mark slot or finaliser (py_gc_new_small),
// so marking it needs no look at the object itself.
enum { B_FREE, B_TAIL, B_OBJ, B_OBJ_FIN, B_VALUES, B_BYTES, B_OBJ_DEL, B_LEAF };
#define B_MARK 8u
_Static_assert(B_OBJ == PY_GC_CODE_OBJ && B_TAIL == PY_GC_CODE_TAIL && B_LEAF == PY_GC_CODE_LEAF &&
               BLOCK == 16, "py_gc_new_small (gc.h) writes these codes for 16-byte blocks");

// Runs of 1..FREE_CLASSES-1 blocks have an exact-size list; longer ones share
// the last list. 16 classes cover every common object (up to 240 bytes).
#define FREE_CLASSES 16
_Static_assert(FREE_CLASSES <= 32, "free_mask has one bit per class");

// Entries of the mark stack: 4096 pointers (32 KiB) keeps overflow (and its
// rescans) rare for ordinary data while staying small next to the heap.
#define MARK_STACK 4096

typedef struct arena {
    struct arena *next;
    char *mem;           // BLOCK-aligned start of the blocks
    size_t nblocks;
    uint8_t *table;      // nblocks nibbles
    void *raw;           // what malloc returned (mem rounded up); NULL for borrowed memory
    bool borrowed;       // mem and table are the caller's (the start-up image): never freed
    bool permanent;      // sealed start-up image: never swept, always scanned as a root
    bool large;          // added for a big allocation: its free runs are only for big ones
    // B_OBJ_FIN heads, all within blocks [fin_lo, fin_hi): finalise_all looks
    // only there, which at exit spares a walk over every object ever made.
    size_t fin_count, fin_lo, fin_hi;
    // Blocks from here on were never handed out and hold no free run's
    // header: still the zeros the arena came with.
    size_t fresh_from;
} arena_t;

typedef struct sealed_root {
    arena_t *arena;
    size_t block;
} sealed_root_t;

// A sealed dict of the exact type dict that referenced only sealed objects
// when the roots were listed: not scanned while its version and arrays
// stay as they were then (every store bumps the version; a dict that grows
// gets new arrays). Once changed it is [dirty] and scanned every time.
typedef struct sealed_dict {
    arena_t *arena;
    size_t block;
    uint64_t version;
    const void *entries, *index;
    bool dirty;
} sealed_dict_t;

typedef struct free_run {
    struct free_run *next;
    size_t nblocks;
} free_run_t;

struct py_gc_heap {
    // First, so py_gc_new_small (gc.h) finds it through vm->heap. The fast
    // paths (py_gc_bump_carve, gc.h) carve the bump run from run.next up to
    // run.limit: the run's end, or sooner where a collection is due (the
    // threshold or budget), or run.next itself when every allocation must
    // take the slow path (heap locked, collecting, the stress and failing
    // test modes). They leave the counts alone: sync_bump adds what was
    // carved since [bump_sync] to used_blocks, allocated_since and the
    // arena's fresh_from before anything reads those.
    py_gc_bump_t run;
    arena_t *arenas;
    uintptr_t lo, hi;            // bounds of all arenas, a quick filter for scans
    free_run_t *free[FREE_CLASSES];
    uint32_t free_mask;          // bit c set: free[c] is not empty
    free_run_t *large_free;      // the free runs of the large arenas, any length
    // The free run being carved, in no list: an allocation that fits takes
    // its first blocks without touching the lists. Empty after each sweep,
    // which lists its blocks again.
    // Its end and arena (also in run.mem and run.table).
    char *bump_end;
    arena_t *bump_arena;
    char *bump_sync;
    arena_t *last_arena;         // the one arena_of found last: it tries that one first
    // Every arena, in address order: arena_of's binary search (a walk of the
    // list cost fft's marking up to 7 range checks a pointer). A malloc'd array.
    arena_t **by_addr;
    size_t narenas, by_addr_cap;
    size_t total_blocks, used_blocks;   // of the program's arenas (not the sealed ones)
    size_t perm_blocks;                 // blocks in use in the sealed start-up arenas
    size_t fixed_bytes;                 // -X heapsize, 0 for a growing heap
    bool fixed, enabled, collecting;
    bool mark_overflow;
    // Objects whose __del__ is due, in the order found: a malloc'd array,
    // marked as roots. [del_head] is the next to hand out.
    py_obj_t **del_queue;
    size_t del_len, del_cap, del_head;
    size_t del_live;             // live B_OBJ_DEL objects (never queued yet)
    int lock_depth;              // micropython.heap_lock() nesting: allocation fails while > 0
    // gc.threshold: collect once this many bytes were allocated since the
    // last collection (SIZE_MAX: only when the heap is full, the default).
    size_t threshold, allocated_since;
    size_t budget;               // a growing heap's own threshold (BUDGET_FACTOR)
    size_t stress_wait;   // PY_CFG_GC_STRESS: allocations left before the next collection
    // The sealed allocations that may reference the program's objects (the
    // others' references were fixed before sealing): the roots py_gc_sealed_mark
    // scans, listed by the first collection after py_gc_seal (listing them
    // at start-up would read the whole start-up image). A malloc'd array.
    struct sealed_root *sealed_roots;
    size_t nsealed_roots;
    bool sealed_roots_listed;
    sealed_dict_t *sealed_dicts;   // listed with the roots, not among them
    size_t nsealed_dicts;
    // The largest sealed arena's range: mark_addr drops pointers into it
    // before looking for their arena.
    uintptr_t seal_lo, seal_span;
    // Where this collection's scan of the C stack starts, when its caller
    // knows the frames below hold nothing to keep (py_gc_collect_explicit_from);
    // NULL: at the collector's own frame.
    const char *c_scan_start;
    size_t mark_top;
    void *mark_stack[MARK_STACK];
};

// ---- side table ---------------------------------------------------------------------

static inline unsigned get_code(const arena_t *a, size_t i) {
    return (a->table[i >> 1] >> ((i & 1) * 4)) & 0xFu;
}

static inline void set_code(arena_t *a, size_t i, unsigned code) {
    unsigned shift = (unsigned)(i & 1) * 4;
    a->table[i >> 1] = (uint8_t)((a->table[i >> 1] & ~(0xFu << shift)) | (code << shift));
}

static inline unsigned kind_of(unsigned code) { return code & 7u; }

static inline bool is_head(unsigned code) { return kind_of(code) >= B_OBJ; }

// Whether [code] is the head of a typed object (of any of the object kinds).
static inline bool is_object(unsigned code) {
    unsigned k = kind_of(code);
    return k == B_OBJ || k == B_OBJ_FIN || k == B_OBJ_DEL || k == B_LEAF;
}

static inline bool in_arena(const arena_t *a, uintptr_t p) {
    return p >= (uintptr_t)a->mem && p < (uintptr_t)a->mem + a->nblocks * BLOCK;
}

// The arena holding [p] (within h->lo..h->hi), found by binary search of
// h->by_addr, or NULL; remembered as h->last_arena (vm/gc.c). Never raises.
arena_t *py_gc_arena_search(py_gc_heap_t *h, uintptr_t p);

static inline arena_t *arena_of(py_gc_heap_t *h, uintptr_t p) {
    if (p < h->lo || p >= h->hi) return NULL;
    arena_t *a = h->last_arena;
    if (a && in_arena(a, p)) return a;
    return py_gc_arena_search(h, p);
}

static inline size_t block_index(const arena_t *a, const void *p) {
    return (size_t)((const char *)p - a->mem) / BLOCK;
}

// Blocks of the allocation whose head is block [i].
// The first block from [j] (a multiple of 16) on that is not among the
// whole side-table words of tails there. Never raises.
static inline size_t skip_tail_words(const arena_t *a, size_t j) {
    for (uint64_t w; j + 16 <= a->nblocks; j += 16) {
        memcpy(&w, a->table + j / 2, sizeof w);
        if (w != 0x1111111111111111u) break;
    }
    return j;
}

static inline size_t alloc_blocks(const arena_t *a, size_t i) {
    size_t n = 1;
    while (i + n < a->nblocks && kind_of(get_code(a, i + n)) == B_TAIL) {
        n++;
        // A big array's tails go 16 at a time.
        if ((i + n) % 16 == 0) n = skip_tail_words(a, i + n) - i;
    }
    return n;
}

// Marks everything the allocation at block [i] of [a] holds (vm/gc.c). Part
// of a collection: never raises or allocates.
void py_gc_scan(py_vm_t *vm, arena_t *a, size_t i);
// Marks, through the mark stack, all the queued allocations reach. Never raises.
void py_gc_drain(py_vm_t *vm);
// py_gc_drain, then rescans while the mark stack overflowed. Never raises.
void py_gc_drain_all(py_vm_t *vm);
// Marks what the sealed start-up image references in the program's arenas,
// listing its roots at the first call after sealing (vm/gc_sealed.c). Part of
// a collection: never raises; allocates with malloc only.
void py_gc_sealed_mark(py_vm_t *vm);

#endif
