// vm/gc.c: the garbage-collected heap: arenas of 16-byte blocks, mark-sweep.
// Layer: vm core (DESIGN §4). The roots themselves are listed in vm/gc_roots.c.
// SPDX-License-Identifier: MIT
//
// Each arena is a run of 16-byte blocks plus a side table of 4 bits per block
// (two blocks per byte). The low 3 bits say what the block is: free, the
// continuation (tail) of an allocation, or the head of one with its kind
// (object, object with finaliser, value array, byte buffer, object whose
// Python __del__ has not run yet); bit 3 is the mark. Keeping this outside the blocks means objects carry no header and any
// word can be checked for pointing into a live allocation, which conservative
// scanning of the C stack needs.
//
// Free blocks are chained in free lists by run length (one list per length
// up to FREE_CLASSES - 1 blocks, and one first-fit list for longer runs); the
// sweep rebuilds the lists from scratch, merging neighbouring free blocks, so
// fragmentation never outlives a collection. A free run stores its link and
// length in its own first block.
//
// Marking is precise for objects (type->slots.mark) and value arrays (every
// word), and uses an explicit stack of fixed size, so deep user data never
// recurses in C: when the stack overflows, marking sets a flag and later
// rescans every marked allocation until nothing new is found.
//
// Python finalisers (__del__) cannot run inside a collection: they allocate
// and may run any code. An unreachable object whose class defines __del__
// (kind B_OBJ_DEL) is instead queued and, with everything it reaches, kept
// alive for this collection; the VM calls its __del__ at the next safe point
// (vm/finalise.c). Its kind then drops to a plain object, so __del__ runs at
// most once and the next collection that finds it unreachable frees it.

#include <stdlib.h>
#include <string.h>
#include "gc_heap.h"
#include "gc_fail.h"
#include "obj_dict.h"
#include "image.h"
#include "except.h"
#include "port.h"
#include "vm.h"


#if defined(__GNUC__)
#define NO_INLINE __attribute__((noinline))
#define ALWAYS_INLINE inline __attribute__((always_inline))
#else
#define NO_INLINE
#define ALWAYS_INLINE inline
#endif


// A growing heap grows after a collection that leaves less than a quarter
// free, by an arena of a GROW_PRESSED_DIVISOR-th of the heap so far, so
// collections stay amortised linear in the allocation. A big allocation
// that finds free room enough but no run long enough (fragmentation: a
// list or dict index of 100+ KB among live small objects) gets an arena of
// its size or a GROW_SPARSE_DIVISOR-th of the heap: doubling there took
// fft's heap to 8 MB for 2.9 MB live, and every byte of it became resident.
#define GROW_FREE_DIVISOR 4
#define GROW_PRESSED_DIVISOR 2
#define GROW_SPARSE_DIVISOR 8

// A growing heap also collects once it has allocated BUDGET_FACTOR times
// what was in use after the last collection, and at least MIN_BUDGET: memory
// an arena never handed out stays untouched (so not resident) while a
// program's data is small, and marking costs at most a quarter of what
// allocating did. 512 KiB keeps a small program's footprint under
// MicroPython's (it touches its whole 2 MiB heap) at two collections per
// megabyte allocated; each costs a scan of the sealed start-up image's dicts.
#define BUDGET_FACTOR 4
#define MIN_BUDGET (512u * 1024)

// The arena start-up allocates in before py_gc_seal: a little more than the
// built-ins take (about 140 KiB on 64-bit hosts), so start-up does not grow.
#ifndef PY_CFG_STARTUP_HEAP
#define PY_CFG_STARTUP_HEAP (sizeof(void *) * 24u * 1024)
#endif


// ---- side table ---------------------------------------------------------------------


// Counts a new B_OBJ_FIN head at block [i]. Never raises.
static void count_fin(arena_t *a, size_t i) {
    if (a->fin_count++ == 0) {
        a->fin_lo = i;
        a->fin_hi = i + 1;
    }
    if (i < a->fin_lo) a->fin_lo = i;
    if (i >= a->fin_hi) a->fin_hi = i + 1;
}

// The head block of the allocation containing block [i], or SIZE_MAX if free.
static size_t find_head(const arena_t *a, size_t i) {
    for (;;) {
        unsigned k = kind_of(get_code(a, i));
        if (k == B_FREE) return SIZE_MAX;
        if (k != B_TAIL) return i;
        if (i == 0) return SIZE_MAX;
        i--;
    }
}

// ---- free lists -----------------------------------------------------------------------

// Queues the run of [nblocks] free blocks of [a] at [mem]; its first block
// holds the run's link and length.
static void push_free(py_gc_heap_t *h, arena_t *a, char *mem, size_t nblocks) {
    free_run_t *r = (free_run_t *)(void *)mem;
    size_t i = block_index(a, mem);
    if (i >= a->fresh_from) a->fresh_from = i + 1;   // no longer as the arena came
    r->nblocks = nblocks;
    if (a->large) {
        r->next = h->large_free;
        h->large_free = r;
        return;
    }
    size_t c = nblocks < FREE_CLASSES ? nblocks - 1 : FREE_CLASSES - 1;
    r->next = h->free[c];
    h->free[c] = r;
    h->free_mask |= 1u << c;
}

// The index of the lowest bit set in [m] (not 0), by a de Bruijn sequence:
// the isolated bit times the constant puts a distinct pattern in the top 5 bits.
static unsigned lowest_bit(uint32_t m) {
    static const unsigned char position[32] = {
        0, 1, 28, 2, 29, 14, 24, 3, 30, 22, 20, 15, 25, 17, 4, 8,
        31, 27, 13, 23, 21, 19, 16, 7, 26, 12, 18, 6, 11, 5, 10, 9};
    return position[(uint32_t)((m & (0u - m)) * 0x077CB531u) >> 27];
}

// Unlinks and returns a run of at least [n] blocks, or NULL. The mask skips
// the empty classes: on a fresh heap all but the last are.
static free_run_t *take_run(py_gc_heap_t *h, size_t n) {
    unsigned first = n < FREE_CLASSES ? (unsigned)n - 1 : FREE_CLASSES - 1;
    for (uint32_t m = h->free_mask >> first << first; m; m &= m - 1) {
        unsigned c = lowest_bit(m);
        for (free_run_t **pp = &h->free[c]; *pp; pp = &(*pp)->next) {
            free_run_t *r = *pp;
            if (r->nblocks < n) continue;   // only the last class has mixed sizes
            *pp = r->next;
            if (!h->free[c]) h->free_mask &= ~(1u << c);
            return r;
        }
    }
    return NULL;
}

// Records blocks [i, i + n) of side table [t], all free (code 0, so each
// nibble is or-ed in), as an allocation whose head has code [kind]: whole
// bytes of tails are stored at once. Never raises.
static void put_codes(uint8_t *t, size_t i, size_t n, unsigned kind) {
    size_t j = i + 1, end = i + n;
    t[i >> 1] |= (uint8_t)(kind << (i & 1) * 4);
    if (j < end && (j & 1)) t[j++ >> 1] |= B_TAIL << 4;
    for (; j + 1 < end; j += 2) t[j >> 1] = B_TAIL | B_TAIL << 4;
    if (j < end) t[j >> 1] |= B_TAIL;
}

// Makes the blocks [i, i + n) of [a] an allocation of [kind]: zeroes those
// that held data before (blocks from fresh_from on are still zero, as the
// arena came, and stay untouched, so not resident) and records the codes.
static void *claim(py_gc_heap_t *h, arena_t *a, size_t i, size_t n, unsigned kind) {
    char *mem = a->mem + i * BLOCK;
    size_t dirty = a->fresh_from > i ? a->fresh_from - i : 0;
    memset(mem, 0, (dirty < n ? dirty : n) * BLOCK);
    if (i + n > a->fresh_from) a->fresh_from = i + n;
    put_codes(a->table, i, n, kind);
    if (kind == B_OBJ_FIN) count_fin(a, i);
    h->used_blocks += n;
    return mem;
}

// Puts what is left of the bump run back on the lists.
ALWAYS_INLINE static void end_bump(py_gc_heap_t *h) {
    if (h->run.next != h->bump_end)
        push_free(h, h->bump_arena, h->run.next, (size_t)(h->bump_end - h->run.next) / BLOCK);
    h->run.next = h->bump_end = NULL;
}

// Adds what the fast paths carved from the bump run since the last sync to
// the counts and to the arena's fresh_from. Never raises.
ALWAYS_INLINE static void sync_bump(py_gc_heap_t *h) {
    size_t k = (size_t)(h->run.next - h->bump_sync);
    if (k == 0) return;
    h->used_blocks += k / BLOCK;
    h->allocated_since += k;
    arena_t *a = h->bump_arena;
    size_t i = block_index(a, h->run.next);
    if (i > a->fresh_from) a->fresh_from = i;
    h->bump_sync = h->run.next;
}

// Sets how far the fast paths may carve, after anything that moved the bump
// run or changed the counts or the rules for collecting; the counts must
// already include everything up to [bump]. Never raises.
ALWAYS_INLINE static void reset_fast(py_gc_heap_t *h) {
    h->bump_sync = h->run.next;
    char *limit = h->bump_end;
    if (PY_CFG_GC_STRESS || PY_CFG_GC_FAIL || h->lock_depth > 0 || h->collecting) {
        limit = h->run.next;
    } else if (h->enabled) {
        // alloc collects once allocated_since would pass either bound.
        size_t due = h->threshold;
        if (!h->fixed && h->budget < due) due = h->budget;
        size_t room = due > h->allocated_since ? due - h->allocated_since : 0;
        if (room < (size_t)(limit - h->run.next)) limit = h->run.next + room;
    }
    h->run.limit = limit;
}

// sync_bump, then reset_fast. Never raises.
static void refresh_fast(py_gc_heap_t *h) {
    sync_bump(h);
    reset_fast(h);
}

// The largest allocation the fast paths make: beyond it, claim's care for
// never-touched memory (fresh_from) pays for the slow path.
#define FAST_MAX PY_GC_BUMP_MAX

// The smallest free run an allocation of fewer blocks makes its bump run
// while a bigger one is free; smaller holes are used once those are gone.
#define BUMP_RUN_MIN 8u

// Allocations of this many blocks (4 KiB) or more may use the large arenas
// (grow): small objects never go there, so the ones that survive do not
// pepper the runs big ones need (wordcount's dict of new str keys did that
// to every run of its heap, which grew to 7 MB for 1.4 MB live).
#define LARGE_BLOCKS 256u

// Carves [n] (>= LARGE_BLOCKS) blocks of [kind] from the end of the first
// free run of the large arenas that holds them; its start goes back on
// that list. NULL when none fits. Never raises.
static void *alloc_large(py_gc_heap_t *h, size_t n, unsigned kind) {
    free_run_t **found = NULL;
    for (free_run_t **pp = &h->large_free; *pp && !found; pp = &(*pp)->next)
        if ((*pp)->nblocks >= n) found = pp;
    if (!found) return NULL;
    free_run_t *r = *found;
    *found = r->next;
    size_t have = r->nblocks;
    arena_t *a = arena_of(h, (uintptr_t)r);
    size_t i = block_index(a, r);
    if (have > n) push_free(h, a, (char *)r, have - n);
    return claim(h, a, i + have - n, n, kind);
}

// Carves [n] blocks of [kind] from the bump run or the free lists; NULL
// when none fits. A run taken from the lists leaves its rest as the bump run.
static void *alloc_blocks_from_lists(py_gc_heap_t *h, size_t n, unsigned kind) {
    if (n <= (size_t)(h->bump_end - h->run.next) / BLOCK) {
        size_t i = block_index(h->bump_arena, h->run.next);
        h->run.next += n * BLOCK;
        return claim(h, h->bump_arena, i, n, kind);
    }
    void *big = n >= LARGE_BLOCKS && h->large_free ? alloc_large(h, n, kind) : NULL;
    if (big) return big;
    // A new bump run of a few blocks at least, while there is one: each hole
    // just big enough would send the next allocation down the slow path.
    free_run_t *r = n < BUMP_RUN_MIN ? take_run(h, BUMP_RUN_MIN) : NULL;
    if (!r) r = take_run(h, n);
    if (!r) return NULL;
    size_t have = r->nblocks;
    arena_t *a = arena_of(h, (uintptr_t)r);
    size_t i = block_index(a, r);
    if (have > n) {
        end_bump(h);
        h->bump_arena = a;
        h->run.mem = a->mem;
        h->run.table = a->table;
        h->run.next = a->mem + (i + n) * BLOCK;
        h->bump_end = a->mem + (i + have) * BLOCK;
    }
    return claim(h, a, i, n, kind);
}

// Makes the next free run from the lists the bump run, for the fast paths'
// second try at an allocation of [size] bytes (at most FAST_MAX) that the
// spent run could not hold: a scattered heap (fft's surviving complex
// numbers) leaves runs of a few blocks, and taking each through alloc cost
// about 280 instructions, for one or two objects. True when the run now
// holds [size] within its limit; false when the slow path must serve it
// (heap locked, collecting, test modes, a collection due, no run that fits).
// Never raises.
NO_INLINE static bool refill(py_gc_heap_t *h, size_t size) {
    if (PY_CFG_GC_STRESS || PY_CFG_GC_FAIL || h->lock_depth > 0 || h->collecting ||
        h->run.limit != h->bump_end)   // a collection is due within the spent run
        return false;
    unsigned first = (unsigned)(size / BLOCK) - 1;
    uint32_t fits = h->free_mask >> first << first;
    uint32_t roomy = fits >> (BUMP_RUN_MIN - 1) << (BUMP_RUN_MIN - 1);
    if (roomy) fits = roomy;   // as alloc_blocks_from_lists: holes just big enough come last
    if (!fits) return false;
    // Runs of the last class have FREE_CLASSES blocks or more, so the first of
    // any class here holds [size]: no list walk.
    unsigned c = lowest_bit(fits);
    free_run_t *r = h->free[c];
    if (!(h->free[c] = r->next)) h->free_mask &= ~(1u << c);
    sync_bump(h);   // before the run moves: it counts what was carved from the old one
    end_bump(h);
    arena_t *a = arena_of(h, (uintptr_t)r);
    h->bump_arena = a;
    h->run.mem = a->mem;
    h->run.table = a->table;
    h->run.next = (char *)r;
    h->bump_end = (char *)r + r->nblocks * BLOCK;
    reset_fast(h);
    return size <= (size_t)(h->run.limit - h->run.next);
}

// ---- arenas ---------------------------------------------------------------------------

arena_t *py_gc_arena_search(py_gc_heap_t *h, uintptr_t p) {
    size_t lo = 0, hi = h->narenas;   // the answer, if any, is by_addr[lo - 1]
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        if ((uintptr_t)h->by_addr[mid]->mem <= p) lo = mid + 1;
        else hi = mid;
    }
    arena_t *a = lo ? h->by_addr[lo - 1] : NULL;
    if (!a || !in_arena(a, p)) return NULL;
    return h->last_arena = a;
}

// Enters [a] into by_addr, in address order. False when malloc fails
// (nothing changed then). Never raises.
static bool index_arena(py_gc_heap_t *h, arena_t *a) {
    if (h->narenas == h->by_addr_cap) {
        size_t cap = h->by_addr_cap ? h->by_addr_cap * 2 : 8;
        arena_t **v = realloc(h->by_addr, cap * sizeof *v);
        if (!v) return false;
        h->by_addr = v;
        h->by_addr_cap = cap;
    }
    size_t k = h->narenas++;
    for (; k > 0 && h->by_addr[k - 1]->mem > a->mem; k--) h->by_addr[k] = h->by_addr[k - 1];
    h->by_addr[k] = a;
    return true;
}

// Links [a] (mem, nblocks and table set) into the heap; its blocks from
// [first_free] on become one free run (the caller counts those before in use).
// False when malloc fails for the index (nothing linked then). Never raises.
static bool link_arena(py_gc_heap_t *h, arena_t *a, size_t first_free) {
    if (!index_arena(h, a)) return false;
    uintptr_t lo = (uintptr_t)a->mem, hi = lo + a->nblocks * BLOCK;
    if (!h->arenas || lo < h->lo) h->lo = lo;
    a->next = h->arenas;
    h->arenas = a;
    if (hi > h->hi) h->hi = hi;
    h->total_blocks += a->nblocks;
    a->fresh_from = first_free;
    if (first_free < a->nblocks) push_free(h, a, a->mem + first_free * BLOCK, a->nblocks - first_free);
    return true;
}

static bool add_arena(py_gc_heap_t *h, size_t bytes, bool large) {
    size_t nblocks = bytes / BLOCK;
    if (nblocks == 0) return false;
    arena_t *a = calloc(1, sizeof *a);
    void *raw = a ? calloc(nblocks * BLOCK + BLOCK, 1) : NULL;   // zero: see fresh_from
    uint8_t *table = raw ? calloc((nblocks + 1) / 2, 1) : NULL;
    if (!table) {
        free(raw);
        free(a);
        return false;
    }
    a->raw = raw;
    a->mem = (char *)(((uintptr_t)raw + BLOCK - 1) & ~(uintptr_t)(BLOCK - 1));
    a->nblocks = nblocks;
    a->table = table;
    a->large = large;
    if (link_arena(h, a, 0)) return true;
    free(table);
    free(raw);
    free(a);
    return false;
}

// Start-up runs in a growing heap of its own whatever -X heapsize says: the
// built-in types, names and modules are the interpreter's ROM, and
// py_gc_seal then gives the program its heap of exactly that size.
static py_gc_heap_t *new_heap(size_t fixed_bytes) {
    py_gc_heap_t *h = calloc(1, sizeof *h);
    if (!h) return NULL;
    h->fixed_bytes = fixed_bytes;
    h->enabled = true;
    h->threshold = SIZE_MAX;
    h->budget = MIN_BUDGET;
    return h;
}

bool py_gc_init(py_vm_t *vm, size_t fixed_bytes) {
    py_gc_heap_t *h = new_heap(fixed_bytes);
    if (!h || !add_arena(h, PY_CFG_STARTUP_HEAP, false)) {
        free(h);
        return false;
    }
    vm->heap = h;
    return true;
}

// The holes start-up left below image->used_blocks stay unused, as a
// sealed arena's do.
bool py_gc_init_in(py_vm_t *vm, size_t fixed_bytes, void *mem, size_t bytes, uint8_t *table,
                   const py_image_info_t *image) {
    py_gc_heap_t *h = new_heap(fixed_bytes);
    arena_t *a = h ? calloc(1, sizeof *a) : NULL;
    if (!a) {
        free(h);
        return false;
    }
    a->mem = mem;
    a->nblocks = bytes / BLOCK;
    a->table = table;
    a->borrowed = true;
    a->fin_count = image->fin_count;
    a->fin_lo = image->fin_lo;
    a->fin_hi = image->fin_hi;
    if (!link_arena(h, a, image->used_blocks)) {
        free(a);
        free(h);
        return false;
    }
    h->used_blocks = image->blocks_in_use;   // not the holes below used_blocks
    vm->heap = h;
    return true;
}

bool py_gc_capture(py_vm_t *vm, py_image_info_t *image) {
    arena_t *a = vm->heap->arenas;
    if (!a || a->next || !a->borrowed) return false;
    size_t top = a->nblocks, in_use = 0;
    while (top > 0 && kind_of(get_code(a, top - 1)) == B_FREE) top--;
    for (size_t i = 0; i < top; i++) in_use += kind_of(get_code(a, i)) != B_FREE;
    image->used_blocks = top;
    image->blocks_in_use = in_use;
    image->fin_count = a->fin_count;
    image->fin_lo = a->fin_lo;
    image->fin_hi = a->fin_hi;
    return true;
}

static void verify(py_gc_heap_t *h);
_Static_assert(offsetof(struct py_gc_heap, run) == 0, "py_gc_new_small finds the run at vm->heap");


bool py_gc_seal(py_vm_t *vm) {
    py_gc_heap_t *h = vm->heap;
    sync_bump(h);
    // No collection first: start-up leaves about 17 KB of garbage in 138 KB,
    // and finding it would cost more than the rest of start-up together.
    if (PY_CFG_GC_VERIFY) verify(h);   // once: sealed arenas are not swept again
    for (arena_t *a = h->arenas; a; a = a->next) {
        a->permanent = true;
        if (a->nblocks * BLOCK > h->seal_span) {
            h->seal_lo = (uintptr_t)a->mem;
            h->seal_span = a->nblocks * BLOCK;
        }
    }
    h->sealed_roots_listed = false;
    memset(h->free, 0, sizeof h->free);   // the sealed arenas' holes stay unused
    h->free_mask = 0;
    h->large_free = NULL;
    h->run.next = h->bump_end = NULL;
    h->perm_blocks += h->used_blocks;
    h->total_blocks = h->used_blocks = 0;
    h->allocated_since = 0;
    h->fixed = h->fixed_bytes > 0;
    reset_fast(h);
    return add_arena(h, h->fixed ? h->fixed_bytes : PY_CFG_DEFAULT_HEAP, false);
}

// Blocks whose side-table codes one 64-bit word covers: scans skip that
// many free blocks at once, so a mostly empty heap costs little to walk.
#define WORD_BLOCKS 16

// True when block [i] starts a run of WORD_BLOCKS free blocks that one word
// of [a]'s side table shows at a glance. Never raises.
static bool free_word_at(const arena_t *a, size_t i) {
    if (i % WORD_BLOCKS != 0 || i + WORD_BLOCKS > a->nblocks) return false;
    uint64_t w;
    memcpy(&w, a->table + i / 2, sizeof w);
    return w == 0;   // B_FREE is 0, unmarked
}

// Runs the finaliser of every object still holding one, in every arena.
static void finalise_all(py_vm_t *vm, bool only_unmarked) {
    for (arena_t *a = vm->heap->arenas; a; a = a->next) {
        if (only_unmarked && a->permanent) continue;   // never marked, always alive
        for (size_t i = a->fin_lo; i < a->fin_hi && a->fin_count > 0; i++) {
            if (free_word_at(a, i)) {
                i += WORD_BLOCKS - 1;
                continue;
            }
            unsigned c = get_code(a, i);
            if (kind_of(c) != B_OBJ_FIN || (only_unmarked && (c & B_MARK))) continue;
            py_obj_t *o = (py_obj_t *)(void *)(a->mem + i * BLOCK);
            set_code(a, i, B_OBJ | (c & B_MARK));   // never twice
            a->fin_count--;
            if (o->type && o->type->slots.finalise) o->type->slots.finalise(vm, o);
        }
    }
}

void py_gc_free(py_vm_t *vm) {
    py_gc_heap_t *h = vm->heap;
    if (!h) return;
    h->collecting = true;
    finalise_all(vm, false);
    while (h->arenas) {
        arena_t *a = h->arenas;
        h->arenas = a->next;
        if (!a->borrowed) free(a->table);
        free(a->raw);
        free(a);
    }
    free(h->del_queue);
    free(h->by_addr);
    free(h->sealed_roots);
    free(h->sealed_dicts);
    free(h);
    vm->heap = NULL;
}

// ---- marking --------------------------------------------------------------------------

// A mark-stack entry is the allocation's address with ITEM_VALUES or-ed in
// for a value array (blocks are 16-byte aligned: the low bits are free), so
// draining an object needs no search for its arena.
#define ITEM_VALUES 1u

// What marking reads for every pointer, copied out of the heap into locals:
// each mark is a byte store to a side table, which may alias anything, so
// read through the heap these would be loaded again for every pointer.
// The rest (the heap's bounds, the sealed range) is read only when a
// pointer leaves the arena found last: few registers for the loops.
typedef struct marker {
    py_gc_heap_t *h;
    arena_t *a;                     // the program arena found last, or NULL
    uintptr_t a_lo, a_span;         // its blocks (span 0 when NULL)
    uintptr_t seal_lo, seal_span;   // the largest sealed arena (dicts' interned keys)
} marker_t;

// A marker for [h], starting from its last arena. Never raises.
static ALWAYS_INLINE marker_t marker_of(py_gc_heap_t *h) {
    marker_t m = {h, NULL, 0, 0, h->seal_lo, h->seal_span};
    arena_t *a = h->last_arena;
    if (a && !a->permanent) {
        m.a = a;
        m.a_lo = (uintptr_t)a->mem;
        m.a_span = a->nblocks * BLOCK;
    }
    return m;
}

// The program arena holding [p], or NULL for anything else (outside the
// heap, or sealed: sealed objects are scanned as roots instead). Never raises.
static NO_INLINE arena_t *program_arena_of(py_gc_heap_t *h, uintptr_t p) {
    if (p - h->lo >= h->hi - h->lo) return NULL;
    arena_t *a = py_gc_arena_search(h, p);
    return a && !a->permanent ? a : NULL;
}

// True when the object at [o] (in a program arena) holds nothing to scan
// though not made as a B_LEAF: one of a sealed type without a mark slot (a
// float), or an exact str not sharing an append buffer (its slot would do
// nothing); scanning would only mark its type, which is sealed. Never raises.
static ALWAYS_INLINE bool leaf_object(uintptr_t seal_lo, uintptr_t seal_span, const py_obj_t *o) {
    const py_type_t *t = o->type;
    return t && (uintptr_t)t - seal_lo < seal_span &&
           (!t->slots.mark || (t->id == PY_T_str && !(t->flags & PY_TF_HEAPTYPE) &&
                               !((const py_str_t *)(const void *)o)->shared));
}

// Marks the allocation containing [p], in program arena [a] whose blocks
// start at [a_lo], and queues it for scanning unless it is a byte buffer or
// holds nothing to scan. A pointer at an allocation's head block, the
// common case, needs no search for the head. Never raises.
static ALWAYS_INLINE void mark_found(py_gc_heap_t *h, arena_t *a, uintptr_t a_lo, uintptr_t p) {
    size_t i = (size_t)(p - a_lo) / BLOCK;
    uint8_t *byte = a->table + i / 2;
    unsigned shift = (unsigned)(i & 1) * 4, c = (unsigned)(*byte >> shift) & 0xFu;
    if (!is_head(c)) {
        i = find_head(a, i);
        if (i == SIZE_MAX) return;
        byte = a->table + i / 2;
        shift = (unsigned)(i & 1) * 4;
        c = (unsigned)(*byte >> shift) & 0xFu;
    }
    if (c & B_MARK) return;
    *byte = (uint8_t)(*byte | B_MARK << shift);
    unsigned k = kind_of(c);
    if (k == B_BYTES || k == B_LEAF) return;
    char *mem = (char *)a_lo + i * BLOCK;
    if (k != B_VALUES && leaf_object(h->seal_lo, h->seal_span, (const py_obj_t *)(const void *)mem))
        return;
    if (h->mark_top == MARK_STACK) {
        h->mark_overflow = true;   // found again by the rescan in drain_all
        return;
    }
    h->mark_stack[h->mark_top++] = (void *)((uintptr_t)mem | (k == B_VALUES ? ITEM_VALUES : 0));
}

// mark_found for any [p] from a marking loop: a pointer into the arena
// found last (never a sealed one), the common case, is checked against
// nothing else. Never raises.
static ALWAYS_INLINE void mark_in(marker_t *m, uintptr_t p) {
    if (p - m->a_lo >= m->a_span) {
        if (p - m->seal_lo < m->seal_span) return;   // sealed objects are scanned as roots instead
        arena_t *a = program_arena_of(m->h, p);
        if (!a) return;
        m->a = a;
        m->a_lo = (uintptr_t)a->mem;
        m->a_span = a->nblocks * BLOCK;
    }
    mark_found(m->h, m->a, m->a_lo, p);
}

// mark_found for one pointer [p] from anywhere. Never raises.
static ALWAYS_INLINE void mark_addr(py_gc_heap_t *h, uintptr_t p) {
    if (p - h->seal_lo < h->seal_span) return;   // sealed objects are scanned as roots instead
    arena_t *a = arena_of(h, p);
    if (!a || a->permanent) return;
    mark_found(h, a, (uintptr_t)a->mem, p);
}

// mark_addr for the callers outside the marking loops: one copy of it.
static NO_INLINE void mark_addr_call(py_gc_heap_t *h, uintptr_t p) { mark_addr(h, p); }

// Marks what the object at [mem] holds. Never raises.
static void scan_object(py_vm_t *vm, py_obj_t *o) {
    if (!o->type) return;   // a type object still being made at start-up
    mark_addr_call(vm->heap, (uintptr_t)o->type);
    if (o->type->slots.mark) o->type->slots.mark(vm, o);
}

static void mark_values(py_vm_t *vm, const py_val_t *vals, size_t n, bool sealed_first);

// Marks everything one queued allocation holds.
void py_gc_scan(py_vm_t *vm, arena_t *a, size_t i) {
    char *mem = a->mem + i * BLOCK;
    if (kind_of(get_code(a, i)) == B_VALUES) {
        size_t n = alloc_blocks(a, i) * BLOCK / sizeof(py_val_t);
        if (a->permanent) mark_values(vm, (const py_val_t *)(void *)mem, n, true);
        else py_gc_mark_array(vm, (const py_val_t *)(void *)mem, n);
        return;
    }
    scan_object(vm, (py_obj_t *)(void *)mem);
}

void py_gc_drain(py_vm_t *vm) {
    py_gc_heap_t *h = vm->heap;
    while (h->mark_top > 0) {
        uintptr_t item = (uintptr_t)h->mark_stack[--h->mark_top];
        if (item & ITEM_VALUES) {
            void *p = (void *)(item & ~(uintptr_t)ITEM_VALUES);
            arena_t *a = arena_of(h, (uintptr_t)p);
            size_t i = block_index(a, p);
            py_gc_mark_array(vm, p, alloc_blocks(a, i) * BLOCK / sizeof(py_val_t));
        } else {
            scan_object(vm, (py_obj_t *)item);
        }
    }
}

// Scans the allocations of [a] that may hold references: the marked ones, or
// in a sealed arena every one (they are roots and carry no marks).
static void scan_arena(py_vm_t *vm, arena_t *a) {
    for (size_t i = 0; i < a->nblocks; i++) {
        unsigned c = get_code(a, i);
        if (!is_head(c) || kind_of(c) == B_BYTES || kind_of(c) == B_LEAF || (!a->permanent && !(c & B_MARK))) continue;
        py_gc_scan(vm, a, i);
        py_gc_drain(vm);
    }
}

// Drains the mark stack, then, while it has overflowed, rescans every marked
// allocation so children that did not fit on the stack get marked too.
void py_gc_drain_all(py_vm_t *vm) {
    py_gc_heap_t *h = vm->heap;
    py_gc_drain(vm);
    while (h->mark_overflow) {
        h->mark_overflow = false;
        for (arena_t *a = h->arenas; a; a = a->next) scan_arena(vm, a);
    }
}

void py_gc_mark(py_vm_t *vm, py_val_t v) {
    if (py_is_obj(v) || py_is_istr(v)) mark_addr(vm->heap, v & ~PY_TAG_MASK);
}

void py_gc_mark_ptr(py_vm_t *vm, const void *p) {
    if (p) mark_addr_call(vm->heap, (uintptr_t)p);
}

// Most of marking's pointers come through here (lists, dicts, the VM stack):
// mark_addr inline, and values outside every arena (small ints, static
// objects, the sealed image) dropped before anything else.
// [sealed_first]: for the sealed image's own arrays, whose values are
// mostly sealed too: those are dropped before the arena check.
static ALWAYS_INLINE void mark_values(py_vm_t *vm, const py_val_t *vals, size_t n, bool sealed_first) {
    marker_t m = marker_of(vm->heap);
    for (size_t i = 0; i < n; i++) {
        py_val_t v = vals[i];
        if (!py_is_obj(v) && !py_is_istr(v)) continue;
        uintptr_t p = v & ~PY_TAG_MASK;
        if (sealed_first && p - m.seal_lo < m.seal_span) continue;
        mark_in(&m, p);
    }
    m.h->last_arena = m.a;
}

void py_gc_mark_array(py_vm_t *vm, const py_val_t *vals, size_t n) { mark_values(vm, vals, n, false); }

// The scan reads whole stack frames, redzones included: not a bug to report.
#if defined(__GNUC__)
#define NO_SANITIZE_ADDRESS __attribute__((no_sanitize_address))
#else
#define NO_SANITIZE_ADDRESS
#endif

// Treats every aligned word between here (or the start the caller gave) and
// the stack base as a possible pointer (tag bits masked off). Runs with the
// registers spilled.
NO_SANITIZE_ADDRESS static void scan_c_stack(void *ctx) {
    py_vm_t *vm = ctx;
    volatile uintptr_t here = 0;
    uintptr_t lo = (uintptr_t)&here, hi = (uintptr_t)vm->c_stack_base;
    uintptr_t start = (uintptr_t)vm->heap->c_scan_start;
    if (lo > hi) {   // a stack growing upwards
        uintptr_t t = lo;
        lo = hi;
        hi = t;
    } else if (start > lo && start < hi) {
        lo = start;
    }
    lo &= ~(uintptr_t)(sizeof(uintptr_t) - 1);
    // This frame's own padding is in the range too: new stack is undefined to valgrind.
    py_port_assume_defined((const void *)lo, (size_t)(hi - lo));
    for (uintptr_t p = lo; p < hi; p += sizeof(uintptr_t)) {
        uintptr_t w = *(const uintptr_t *)p & ~(uintptr_t)PY_TAG_MASK;
        if (w >= vm->heap->lo && w < vm->heap->hi) mark_addr_call(vm->heap, w);
    }
    py_gc_drain_all(vm);
}

void py_gc_mark_roots(py_vm_t *vm);   // vm/gc_roots.c

static void mark_everything(py_vm_t *vm) {
    py_gc_mark_roots(vm);
    py_gc_sealed_mark(vm);
    py_gc_heap_t *h = vm->heap;
    for (size_t i = h->del_head; i < h->del_len; i++) mark_addr_call(h, (uintptr_t)h->del_queue[i]);
    py_gc_drain_all(vm);
    if (vm->stack && vm->stack_top)
        py_gc_mark_array(vm, vm->stack, (size_t)(vm->stack_top - vm->stack));
    py_gc_drain_all(vm);
    if (vm->c_stack_base) py_port_with_registers_spilled(scan_c_stack, vm);
}

// ---- sweeping -------------------------------------------------------------------------

// Frees unmarked allocations, clears marks, and rebuilds the free lists,
// merging neighbouring free blocks into runs.
// Queues a free run at the end of its list, so that each list runs in
// address order and allocation reuses low, already touched memory before an
// arena's never-used end. [tails]: each list's last link. Never raises.
static void append_free(py_gc_heap_t *h, free_run_t ***tails, arena_t *a, char *mem, size_t n) {
    push_free(h, a, mem, n);
    if (a->large) return;   // one list in no order: only big allocations search it
    size_t c = n < FREE_CLASSES ? n - 1 : FREE_CLASSES - 1;
    free_run_t *r = h->free[c];
    h->free[c] = r->next;   // push_free put it first: move it last
    r->next = NULL;
    if (!h->free[c]) tails[c] = &h->free[c];
    *tails[c] = r;
    tails[c] = &r->next;
}

// The sweep reads the side table a word (WORD_BLOCKS nibbles) at a time:
// fft's surviving complex numbers leave live and dead blocks mixed in most
// words, and going block by block there cost about 16 instructions a block.
// A word's masks have bit 0 of each nibble standing for its block.
#define NIBBLE_LOW 0x1111111111111111u

// The index of the lowest nibble set in [m] (not 0; bit 0 of nibbles only).
static unsigned lowest_nibble(uint64_t m) {
#if defined(__GNUC__)
    return (unsigned)__builtin_ctzll(m) / 4;
#else
    unsigned j = 0;
    for (; !(m & 1); m >>= 4) j++;
    return j;
#endif
}

// The nibbles of side-table word [w] whose blocks stay allocated: marked
// heads and the tails that follow them, the first tail continuing the
// allocation before the word when [carry] (1) says it is live. Parallel
// prefix over the runs of tails: after the step of 2^k nibbles, each block
// knows whether a live head lies within 2^(k+1) before it with only tails
// between. Never raises.
static uint64_t kept_nibbles(uint64_t w, uint64_t carry) {
    uint64_t b0 = w & NIBBLE_LOW, b1 = w >> 1 & NIBBLE_LOW, b2 = w >> 2 & NIBBLE_LOW;
    uint64_t tail = b0 & ~b1 & ~b2;   // B_TAIL is 1
    uint64_t keep = ((b1 | b2) & w >> 3) | (tail & carry);   // is_head and B_MARK
    keep |= keep << 4 & tail;
    tail &= tail << 4;
    keep |= keep << 8 & tail;
    tail &= tail << 8;
    keep |= keep << 16 & tail;
    tail &= tail << 16;
    keep |= keep << 32 & tail;
    return keep;
}

// A sweep's progress through one arena.
typedef struct sweep_pos {
    py_gc_heap_t *h;
    arena_t *a;
    free_run_t ***tails;   // append_free's
    size_t run;            // free blocks just before the current word
    uint64_t carry;        // 1: the block before it belongs to a live allocation
} sweep_pos_t;

// Lists the free runs of the 16 blocks from [base] whose [keep] mask
// (kept_nibbles) is neither empty nor full. Never raises.
static void sweep_runs(sweep_pos_t *s, size_t base, uint64_t keep) {
    uint64_t free_mask = ~keep & NIBBLE_LOW;
    unsigned j = 0;
    while (j < WORD_BLOCKS) {
        uint64_t live = keep >> 4 * j;   // j < 16: no shift by 64
        if (!live) {
            s->run += WORD_BLOCKS - j;
            return;
        }
        unsigned z = lowest_nibble(live);
        s->run += z;
        j += z;
        if (s->run) append_free(s->h, s->tails, s->a, s->a->mem + (base + j - s->run) * BLOCK, s->run);
        s->run = 0;
        uint64_t gaps = free_mask >> 4 * j;
        if (!gaps) return;
        j += lowest_nibble(gaps);
    }
}

// Sweeps the whole side-table word of the 16 blocks from [base]. Never raises.
static void sweep_word(sweep_pos_t *s, size_t base) {
    uint8_t *t = s->a->table + base / 2;
    uint64_t w;
    memcpy(&w, t, sizeof w);
    if (w == NIBBLE_LOW && s->carry) {   // inside a big live allocation: 16 tails kept
        s->h->used_blocks += WORD_BLOCKS;
        return;
    }
    if (!(w & 0x8888888888888888u) && !(s->carry && (w & 0xF) == B_TAIL)) {
        if (w) memset(t, 0, sizeof w);   // nothing marked, nothing continued: all free
        s->run += WORD_BLOCKS;
        s->carry = 0;
        return;
    }
    uint64_t keep = kept_nibbles(w, s->carry);
    s->carry = keep >> 60;
    w &= keep * 0xF & ~0x8888888888888888u;   // the kept codes without their marks
    memcpy(t, &w, sizeof w);
    if (keep == NIBBLE_LOW) {
        s->h->used_blocks += WORD_BLOCKS;
        if (s->run) append_free(s->h, s->tails, s->a, s->a->mem + (base - s->run) * BLOCK, s->run);
        s->run = 0;
        return;
    }
    s->h->used_blocks += ((keep >> 4) * NIBBLE_LOW >> 60) + (keep & 1);   // at most 15 + 1
    sweep_runs(s, base, keep);
}

// Sweeps block [i] alone, as sweep_word does a word: for an arena's last
// blocks, when they do not fill a word. Never raises.
static void sweep_block(sweep_pos_t *s, size_t i) {
    unsigned c = get_code(s->a, i);
    bool keep = (is_head(c) && (c & B_MARK)) || (kind_of(c) == B_TAIL && s->carry);
    s->carry = keep;
    if (!keep) {
        set_code(s->a, i, B_FREE);
        s->run++;
        return;
    }
    set_code(s->a, i, c & ~B_MARK);
    s->h->used_blocks++;
    if (s->run) append_free(s->h, s->tails, s->a, s->a->mem + (i - s->run) * BLOCK, s->run);
    s->run = 0;
}

// Frees unmarked allocations, clears marks, and rebuilds the free lists,
// merging neighbouring free blocks into runs. Never raises.
static void sweep(py_gc_heap_t *h) {
    memset(h->free, 0, sizeof h->free);
    h->free_mask = 0;
    h->large_free = NULL;
    h->run.next = h->bump_end = NULL;   // its blocks are free in the table: listed below
    h->used_blocks = 0;
    free_run_t **tails[FREE_CLASSES];
    for (int c = 0; c < FREE_CLASSES; c++) tails[c] = &h->free[c];
    for (arena_t *a = h->arenas; a; a = a->next) {
        if (a->permanent) continue;
        sweep_pos_t s = {h, a, tails, 0, 0};
        // Blocks from fresh_from on were never handed out: free (code 0), one run.
        size_t end = a->fresh_from < a->nblocks ? a->fresh_from : a->nblocks, i = 0;
        for (; i < end && i + WORD_BLOCKS <= a->nblocks; i += WORD_BLOCKS) sweep_word(&s, i);
        for (; i < end; i++) sweep_block(&s, i);
        size_t run = s.run + (a->nblocks - i);
        if (run) append_free(h, tails, a, a->mem + (a->nblocks - run) * BLOCK, run);
    }
}

// ---- verification (PY_CFG_GC_VERIFY) ----------------------------------------------------

// Whether the B_LEAF object at block [i] of [a] is one py_gc_new_small may
// make: of a sealed type without a mark slot or finaliser. Never raises.
static bool leaf_type_ok(py_gc_heap_t *h, const arena_t *a, size_t i) {
    const py_type_t *t = ((const py_obj_t *)(const void *)(a->mem + i * BLOCK))->type;
    arena_t *ta = t ? arena_of(h, (uintptr_t)t) : NULL;
    return ta && ta->permanent && !t->slots.mark && !t->slots.finalise;
}

static void verify_arena(py_gc_heap_t *h, const arena_t *a, size_t *used) {
    bool in_alloc = false;
    for (size_t i = 0; i < a->nblocks; i++) {
        if (free_word_at(a, i)) {   // 16 free blocks, unmarked: nothing to check
            in_alloc = false;
            i += WORD_BLOCKS - 1;
            continue;
        }
        unsigned c = get_code(a, i);
        if (c & B_MARK) py_port_fatal("gc verify: mark bit left after sweep");
        if (kind_of(c) == B_LEAF && !leaf_type_ok(h, a, i)) py_port_fatal("gc verify: bad leaf object");
        if (kind_of(c) == B_TAIL && !in_alloc) py_port_fatal("gc verify: tail without head");
        if (kind_of(c) != B_FREE) (*used)++;
        in_alloc = kind_of(c) != B_FREE;
        if (!is_object(c)) continue;
        // An object's type (NULL only for the first types at start-up) is alive.
        uintptr_t t = (uintptr_t)((const py_obj_t *)(const void *)(a->mem + i * BLOCK))->type;
        arena_t *ta = t ? arena_of(h, t) : NULL;
        if (ta && ((t - (uintptr_t)ta->mem) % BLOCK || !is_head(get_code(ta, block_index(ta, (void *)t)))))
            py_port_fatal("gc verify: object whose type was freed");
    }
}

static void verify(py_gc_heap_t *h) {
    size_t used = 0;
    for (arena_t *a = h->arenas; a; a = a->next) {
        size_t n = 0;
        if (a->permanent) continue;   // checked when sealed, never swept since
        verify_arena(h, a, &n);
        used += n;
    }
    if (used != h->used_blocks) py_port_fatal("gc verify: used count wrong");
    for (int c = 0; c < FREE_CLASSES; c++) {
        for (free_run_t *r = h->free[c]; r; r = r->next) {
            arena_t *a = arena_of(h, (uintptr_t)r);
            if (!a) py_port_fatal("gc verify: free run outside heap");
            size_t i = block_index(a, r);
            for (size_t j = 0; j < r->nblocks; j++) {
                if (free_word_at(a, i + j)) j += WORD_BLOCKS - 1;
                else if (get_code(a, i + j) != B_FREE) py_port_fatal("gc verify: free run in use");
            }
        }
    }
}

// ---- Python finalisers ---------------------------------------------------------------

// Appends [o] to the queue of due __del__ calls; false when malloc fails.
// Never raises; allocates outside the GC heap only.
static bool enqueue_del(py_gc_heap_t *h, py_obj_t *o) {
    if (h->del_len == h->del_cap) {
        size_t cap = h->del_cap ? h->del_cap * 2 : 16;
        py_obj_t **q = realloc(h->del_queue, cap * sizeof *q);
        if (!q) return false;
        h->del_queue = q;
        h->del_cap = cap;
    }
    h->del_queue[h->del_len++] = o;
    return true;
}

// Queues every unreachable object whose __del__ has not run, then keeps them
// and all they reach alive. All are queued before any is marked, so the
// members of a garbage cycle all get their __del__. Part of a collection:
// never raises, never allocates on the GC heap.
static void queue_unreachable_del(py_vm_t *vm) {
    py_gc_heap_t *h = vm->heap;
    if (h->del_live == 0) return;
    if (h->del_head == h->del_len) h->del_head = h->del_len = 0;   // drained: reuse from the start
    size_t first = h->del_len;
    for (arena_t *a = h->arenas; a; a = a->next) {
        if (a->permanent) continue;   // alive by definition
        for (size_t i = 0; i < a->nblocks; i++) {
            unsigned c = get_code(a, i);
            if (c != B_OBJ_DEL) continue;   // not this kind, or marked
            py_obj_t *o = (py_obj_t *)(void *)(a->mem + i * BLOCK);
            if (!enqueue_del(h, o)) break;  // no memory: it stays B_OBJ_DEL and alive
            set_code(a, i, o->type->slots.finalise ? B_OBJ_FIN : B_OBJ);
            if (o->type->slots.finalise) count_fin(a, i);
            h->del_live--;
        }
    }
    if (h->del_len == first) return;
    for (size_t i = first; i < h->del_len; i++) mark_addr_call(h, (uintptr_t)h->del_queue[i]);
    py_gc_drain_all(vm);
    vm->pending = 1;   // the VM runs them at its next safe point
}

// Still-unmarked B_OBJ_DEL objects are those enqueue_del had no memory for:
// mark them so the sweep keeps them until a later collection queues them.
// Never raises; does not allocate.
static void keep_unqueued_del(py_vm_t *vm) {
    py_gc_heap_t *h = vm->heap;
    if (h->del_live == 0) return;
    for (arena_t *a = h->arenas; a; a = a->next)
        for (size_t i = 0; !a->permanent && i < a->nblocks; i++)
            if (get_code(a, i) == B_OBJ_DEL) mark_addr_call(h, (uintptr_t)(a->mem + i * BLOCK));
    py_gc_drain_all(vm);
}

void py_gc_queue_all_del(py_vm_t *vm) {
    py_gc_heap_t *h = vm->heap;
    if (h->del_head == h->del_len) h->del_head = h->del_len = 0;
    for (arena_t *a = h->arenas; a && h->del_live; a = a->next) {
        for (size_t i = 0; i < a->nblocks; i++) {
            unsigned c = get_code(a, i);
            if (kind_of(c) != B_OBJ_DEL) continue;
            py_obj_t *o = (py_obj_t *)(void *)(a->mem + i * BLOCK);
            if (!enqueue_del(h, o)) return;
            set_code(a, i, (o->type->slots.finalise ? B_OBJ_FIN : B_OBJ) | (c & B_MARK));
            if (o->type->slots.finalise) count_fin(a, i);
            h->del_live--;
        }
    }
}

py_val_t py_gc_take_finalisable(py_vm_t *vm) {
    py_gc_heap_t *h = vm->heap;
    if (h->del_head == h->del_len) return PY_NULL;
    return py_from_obj(h->del_queue[h->del_head++]);
}

size_t py_gc_del_pending(py_vm_t *vm) {
    py_gc_heap_t *h = vm->heap;
    return h->del_live + (h->del_len - h->del_head);
}

// ---- collection -----------------------------------------------------------------------

void py_gc_collect(py_vm_t *vm) {
    py_gc_heap_t *h = vm->heap;
    if (!h || h->collecting) return;
    sync_bump(h);
    h->collecting = true;
    reset_fast(h);   // no fast allocation in a finaliser either
    h->mark_top = 0;
    h->mark_overflow = false;
    mark_everything(vm);
    queue_unreachable_del(vm);
    keep_unqueued_del(vm);
    finalise_all(vm, true);
    sweep(h);
    if (PY_CFG_GC_VERIFY) verify(h);
    h->allocated_since = 0;
    size_t in_use = h->used_blocks * BLOCK;
    h->budget = in_use > MIN_BUDGET / BUDGET_FACTOR ? BUDGET_FACTOR * in_use : MIN_BUDGET;
    h->collecting = false;
    reset_fast(h);
}

// How much C stack py_gc_clear_stack_below zeroes: more than the frames of
// an allocation that collects take; py_gc_clear_stack_near, more than the
// interpreter loop's frame and those of the helpers it calls directly.
#define STACK_CLEAR 8192
#define STACK_CLEAR_NEAR 2048

// Called through a volatile pointer, memset cannot be dropped as a store to
// memory nothing reads again; it stays one fast library call (a volatile
// array would cost a store per word, on every exception the loop catches).
static void *(*volatile clear_memory)(void *, int, size_t) = memset;

NO_INLINE void py_gc_clear_stack_below(void) {
    uintptr_t words[STACK_CLEAR / sizeof(uintptr_t)];
    clear_memory(words, 0, sizeof words);
}

NO_INLINE void py_gc_clear_stack_near(void) {
    uintptr_t words[STACK_CLEAR_NEAR / sizeof(uintptr_t)];
    clear_memory(words, 0, sizeof words);
}

void py_gc_collect_explicit(py_vm_t *vm) {
    py_gc_clear_stack_below();
    py_gc_collect(vm);
}

void py_gc_collect_explicit_from(py_vm_t *vm, const void *c_frame) {
    if (vm->heap) vm->heap->c_scan_start = c_frame;
    py_gc_collect_explicit(vm);
    if (vm->heap) vm->heap->c_scan_start = NULL;
}

size_t py_gc_grow_bytes(size_t total, size_t need, size_t limit, bool pressed) {
    size_t bytes = pressed ? total / GROW_PRESSED_DIVISOR : total / GROW_SPARSE_DIVISOR;
    if (bytes < need + BLOCK) bytes = need + BLOCK;
    if (total + bytes > limit) bytes = need + BLOCK;   // give up the margin near the limit
    if (need > limit || total + bytes > limit) return 0;
    return bytes;
}

// Grows a growing heap by an arena of at least [need] bytes
// (py_gc_grow_bytes), but never past the port's limit: beyond it the
// program gets a MemoryError. [pressed]: see py_gc_grow_bytes.
static bool grow(py_gc_heap_t *h, size_t need, bool pressed, bool large) {
    size_t bytes = py_gc_grow_bytes(h->total_blocks * BLOCK, need, py_port_heap_limit(), pressed);
    if (bytes == 0 || !add_arena(h, bytes, large)) return false;
    return true;
}

// PY_CFG_GC_STRESS: a collection is due on every allocation while the heap in
// use is under PY_CFG_GC_STRESS_SPAN bytes, then once every used/SPAN
// allocations, so a script that keeps much data alive stays linear in time
// instead of quadratic. Never raises.
static bool stress_due(py_gc_heap_t *h) {
    if (!PY_CFG_GC_STRESS) return false;
    if (h->stress_wait > 0) {
        h->stress_wait--;
        return false;
    }
    h->stress_wait = h->used_blocks * BLOCK / PY_CFG_GC_STRESS_SPAN;
    return true;
}

// Finds room for [n] blocks, collecting and (if allowed) growing first;
// raises MemoryError when there is none.
static void *alloc_slow(py_vm_t *vm, size_t nbytes, unsigned kind) {
    py_gc_heap_t *h = vm->heap;
    if (h->collecting) py_port_fatal("allocation while collecting garbage (in a finaliser?)");
    // Too big for any arena, or the heap is locked (micropython.heap_lock).
    if (nbytes > SIZE_MAX / 2 || h->lock_depth > 0) py_raise_memory_error(vm);
    if (PY_CFG_GC_FAIL && py_gc_fail_now()) py_raise_memory_error(vm);   // test mode
    size_t n = nbytes ? (nbytes + BLOCK - 1) / BLOCK : 1;
    h->allocated_since += n * BLOCK;
    if ((stress_due(h) || h->allocated_since > h->threshold ||
         (!h->fixed && h->allocated_since > h->budget)) && h->enabled)
        py_gc_collect(vm);
    void *p = alloc_blocks_from_lists(h, n, kind);
    if (p) return p;
    if (h->enabled || h->fixed) {
        // The heap is full: stale words that deeper calls left in the stack
        // below us (a list being grown a moment ago) must not keep garbage alive.
        py_gc_clear_stack_below();
        py_gc_collect(vm);
        if (!h->fixed && (h->total_blocks - h->used_blocks) < h->total_blocks / GROW_FREE_DIVISOR)
            grow(h, n * BLOCK, true, false);
        p = alloc_blocks_from_lists(h, n, kind);
        if (p) return p;
    }
    // Here the collection left room enough but no run of [n] blocks (or
    // collection is off): an arena for this allocation and a little more
    // (an eighth of the heap), a large one for a big allocation. A small one
    // lands here when the free room is in large arenas: doubling the heap
    // for it, where the next collection frees room again, took strbuild's
    // peak RSS to 33 MB (19 MB this way) for at most 10.4 MB live.
    bool large = h->enabled && n >= LARGE_BLOCKS;
    if (!h->fixed && grow(h, n * BLOCK, !h->enabled, large)) p = alloc_blocks_from_lists(h, n, kind);
    if (!p) py_raise_memory_error(vm);
    return p;
}

// The slow path of every allocation. A MemoryError leaves the fast limit
// as it was: the counts it was computed from only grew.
NO_INLINE static void *alloc(py_vm_t *vm, size_t nbytes, unsigned kind) {
    py_gc_heap_t *h = vm->heap;
    sync_bump(h);
    void *p = alloc_slow(vm, nbytes, kind);
    reset_fast(h);
    return p;
}

// [nbytes] rounded up to whole blocks: 0 for 0 (fast_ok turns that down).
static size_t block_bytes(size_t nbytes) { return (nbytes + BLOCK - 1) & ~(size_t)(BLOCK - 1); }

// Whether the fast paths take an allocation of [size] bytes (block_bytes).
static bool fast_ok(size_t size) { return size - 1 < FAST_MAX; }

// py_gc_new when the fast path cannot serve it.
NO_INLINE static void *new_slow(py_vm_t *vm, py_type_t *type, size_t nbytes) {
    unsigned kind = type && type->slots.finalise ? B_OBJ_FIN : B_OBJ;
    if (type && (type->flags & PY_TF_HAS_DEL)) kind = B_OBJ_DEL;
    py_obj_t *o = alloc(vm, nbytes < sizeof(py_obj_t) ? sizeof(py_obj_t) : nbytes, kind);
    if (kind == B_OBJ_DEL) vm->heap->del_live++;
    o->type = type;
    return o;
}

void *py_gc_new(py_vm_t *vm, py_type_t *type, size_t nbytes) {
    size_t size = block_bytes(nbytes);
    if (fast_ok(size) && type && !type->slots.finalise && !(type->flags & PY_TF_HAS_DEL)) {
        do {
            py_obj_t *o = py_gc_bump_carve(&vm->heap->run, size, B_OBJ);
            if (o) {
                o->type = type;
                return o;
            }
        } while (refill(vm->heap, size));
    }
    return new_slow(vm, type, nbytes);
}

void py_gc_set_finalisable(py_vm_t *vm, py_obj_t *o, bool due) {
    py_gc_heap_t *h = vm->heap;
    uintptr_t p = (uintptr_t)o;
    arena_t *a = arena_of(h, p);
    if (!a) return;
    size_t i = (size_t)(p - (uintptr_t)a->mem) / BLOCK;
    unsigned c = get_code(a, i), k = kind_of(c);
    if (due && k == B_OBJ) {
        set_code(a, i, B_OBJ_DEL | (c & B_MARK));
        h->del_live++;
    } else if (!due && k == B_OBJ_DEL) {
        set_code(a, i, B_OBJ | (c & B_MARK));
        h->del_live--;
    }
}

py_val_t *py_gc_new_values(py_vm_t *vm, size_t n) {
    if (n <= FAST_MAX / sizeof(py_val_t)) {
        size_t size = n ? block_bytes(n * sizeof(py_val_t)) : BLOCK;
        do {
            void *p = py_gc_bump_carve(&vm->heap->run, size, B_VALUES);
            if (p) return p;
        } while (refill(vm->heap, size));
    }
    if (n > SIZE_MAX / sizeof(py_val_t)) py_raise_memory_error(vm);
    return alloc(vm, n * sizeof(py_val_t), B_VALUES);   // zeroed: PY_NULL is 0
}

void *py_gc_new_bytes(py_vm_t *vm, size_t n) {
    if (n <= FAST_MAX) {
        size_t size = n ? block_bytes(n) : BLOCK;
        do {
            void *p = py_gc_bump_carve(&vm->heap->run, size, B_BYTES);
            if (p) return p;
        } while (refill(vm->heap, size));
    }
    return alloc(vm, n, B_BYTES);
}

// Frees blocks [i, i+n) of [a] at once and queues them as a free run. In a
// sealed arena they are only marked free (so never scanned again), not
// reused: what the program allocates must stay in its own heap.
static void free_range(py_gc_heap_t *h, arena_t *a, size_t i, size_t n) {
    for (size_t j = 0; j < n; j++) set_code(a, i + j, B_FREE);
    if (a->permanent) {
        h->perm_blocks -= n;
        return;
    }
    h->used_blocks -= n;
    push_free(h, a, a->mem + i * BLOCK, n);
}

void py_gc_release(py_vm_t *vm, void *p) {
    py_gc_heap_t *h = vm->heap;
    arena_t *a = p && !h->collecting ? arena_of(h, (uintptr_t)p) : NULL;
    if (!a) return;
    sync_bump(h);   // free_range counts
    size_t i = block_index(a, p);
    unsigned c = get_code(a, i);
    if ((void *)(a->mem + i * BLOCK) != p || !is_head(c)) return;
    if (kind_of(c) == B_OBJ_FIN) a->fin_count--;
    size_t n = alloc_blocks(a, i);
    if (n * BLOCK <= FAST_MAX && a == h->bump_arena && (char *)p + n * BLOCK == h->run.next) {
        // The last block carved (a builder's scratch, released once its
        // result is made): the bump run takes it back, so the next
        // allocation lands there and no hole is left between survivors.
        for (size_t j = 0; j < n; j++) set_code(a, i + j, B_FREE);
        h->used_blocks -= n;
        // Carved again, it counts again: no collection comes sooner for it.
        h->allocated_since -= h->allocated_since < n * BLOCK ? h->allocated_since : n * BLOCK;
        h->run.next = p;
        reset_fast(h);
        return;
    }
    free_range(h, a, i, n);
}

// Grows the allocation of [have] blocks at block [i] of [a] to [want] in
// place when the bump run starts right after it and has the room: a list
// appended to while nothing else allocates grows without copying.
static bool extend_into_bump(py_gc_heap_t *h, arena_t *a, size_t i, size_t have, size_t want) {
    size_t extra = want - have;
    if (a != h->bump_arena || a->mem + (i + have) * BLOCK != h->run.next ||
        extra > (size_t)(h->bump_end - h->run.next) / BLOCK || h->collecting)
        return false;
    claim(h, a, i + have, extra, B_TAIL);
    h->run.next += extra * BLOCK;
    return true;
}

void *py_gc_resize(py_vm_t *vm, void *p, size_t nbytes) {
    if (!p) return py_gc_new_values(vm, (nbytes + sizeof(py_val_t) - 1) / sizeof(py_val_t));
    py_gc_heap_t *h = vm->heap;
    arena_t *a = arena_of(h, (uintptr_t)p);
    if (!a) py_port_fatal("py_gc_resize of a pointer outside the heap");
    sync_bump(h);
    size_t i = block_index(a, p), have = alloc_blocks(a, i);
    size_t want = nbytes ? (nbytes + BLOCK - 1) / BLOCK : 1;
    if (want <= have) {
        // Bytes past the new size are zeroed, so a later growth finds zeros there.
        memset((char *)p + nbytes, 0, want * BLOCK - nbytes);
        if (want < have && !h->collecting) free_range(h, a, i + want, have - want);
        return p;
    }
    if (extend_into_bump(h, a, i, have, want)) {
        reset_fast(h);   // the bump run moved, counted by claim
        return p;
    }
    unsigned kind = kind_of(get_code(a, i));
    void *q = alloc(vm, nbytes, kind);   // p stays alive: it is in our caller's frame
    memcpy(q, p, have * BLOCK);
    py_gc_release(vm, p);
    return q;
}

// ---- statistics and control ---------------------------------------------------------------

int py_gc_lock(py_vm_t *vm) {
    ++vm->heap->lock_depth;
    refresh_fast(vm->heap);
    return vm->heap->lock_depth;
}

int py_gc_unlock(py_vm_t *vm) {
    if (vm->heap->lock_depth > 0) vm->heap->lock_depth--;
    refresh_fast(vm->heap);
    return vm->heap->lock_depth;
}

int py_gc_lock_depth(py_vm_t *vm) { return vm->heap->lock_depth; }

void py_gc_set_threshold(py_vm_t *vm, size_t bytes) {
    vm->heap->threshold = bytes;
    refresh_fast(vm->heap);
}

size_t py_gc_threshold(py_vm_t *vm) { return vm->heap->threshold; }

void py_gc_each_object(py_vm_t *vm, void (*fn)(py_vm_t *vm, py_obj_t *o, void *ud), void *ud) {
    for (arena_t *a = vm->heap->arenas; a; a = a->next)
        for (size_t i = 0; i < a->nblocks; i++) {
            unsigned k = kind_of(get_code(a, i));
            if (k == B_OBJ || k == B_OBJ_FIN || k == B_LEAF) fn(vm, (py_obj_t *)(void *)(a->mem + i * BLOCK), ud);
        }
}

size_t py_gc_bytes_used(py_vm_t *vm) {
    sync_bump(vm->heap);
    return vm->heap->used_blocks * BLOCK;
}

size_t py_gc_bytes_free(py_vm_t *vm) {
    sync_bump(vm->heap);
    return (vm->heap->total_blocks - vm->heap->used_blocks) * BLOCK;
}

void py_gc_set_enabled(py_vm_t *vm, bool enabled) {
    vm->heap->enabled = enabled;
    refresh_fast(vm->heap);
}

bool py_gc_is_enabled(py_vm_t *vm) { return vm->heap->enabled; }

bool py_gc_is_heap_ptr(py_vm_t *vm, const void *p) {
    arena_t *a = arena_of(vm->heap, (uintptr_t)p);
    return a && find_head(a, block_index(a, p)) != SIZE_MAX;
}

size_t py_gc_bytes_sealed(py_vm_t *vm) { return vm->heap->perm_blocks * BLOCK; }

size_t py_gc_bytes_touched(py_vm_t *vm) {
    sync_bump(vm->heap);
    size_t blocks = 0;
    for (arena_t *a = vm->heap->arenas; a; a = a->next)
        if (!a->permanent) blocks += a->fresh_from < a->nblocks ? a->fresh_from : a->nblocks;
    return blocks * BLOCK;
}
