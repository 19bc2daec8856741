// mods/re_exec.c: the regular-expression matcher: runs a program of re.h
// over a subject with a backtracking search. Layer: library modules.
// SPDX-License-Identifier: MIT
//
// Choice points, undo records for captures and loop registers, and the
// states of single-character repeats live on an explicit stack in GC
// memory, so a long subject costs stack entries, never C stack, and a raise
// (Ctrl-C, the size limit) leaks nothing. Only lookarounds and atomic groups
// call the matcher recursively, once per nesting level of the pattern.

#include "except.h"
#include "gc.h"
#include "re.h"
#include "runtime.h"
#include "str_unicode.h"

// Backtrack entries a single match may hold (16 bytes each): far beyond
// what real patterns need, but a bound on runaway memory use.
#define MAX_BACKTRACK ((size_t)1 << 22)
// Backtrack entries and slots kept in the C frame before moving to the heap.
#define LOCAL_STACK 64
#define LOCAL_SLOTS 64
// Steps between checks for Ctrl-C.
#define POLL_MASK 0xFFFF

enum { BT_CHOICE, BT_UNDO, BT_REPG, BT_REPL };

typedef struct bt {
    int32_t kind, pc, pos, n;   // BT_UNDO: pc is the slot and pos its old value
} bt_t;

typedef struct rx {
    py_vm_t *vm;
    const int32_t *code;
    const uint8_t *b;
    const uint32_t *w;
    int64_t end;          // endpos: the subject ends here for the matcher
    int32_t *slots;       // group slots, then loop registers, then lastindex
    int reg_base, last_slot;
    bt_t *st;
    size_t top, cap;
    bool on_heap;         // st is GC memory (else the caller's local array)
    size_t steps;
    bool full;
    int64_t advance_from; // a match starting here must not be empty (-1: no rule)
    int64_t start;        // where this attempt started
    int64_t match_end;
} rx_t;

static inline uint32_t ch(const rx_t *x, int64_t i) { return x->w ? x->w[i] : x->b[i]; }

// ---- character predicates -------------------------------------------------------------------

uint32_t py_re_fold(uint32_t c, bool unicode) {
    if (!unicode) return c < 128 && c >= 'A' && c <= 'Z' ? c + 32 : c;
    if (c < 128) return c >= 'A' && c <= 'Z' ? c + 32 : c;
    return (uint32_t)((int32_t)c + py_str_unicode_db_props(c)->delta[PY_UCD_FOLD_MAP]);
}

static bool is_word(uint32_t c, bool unicode) {
    if (c < 128 || !unicode)
        return c == '_' || (c >= '0' && c <= '9') || ((c | 32) >= 'a' && (c | 32) <= 'z');
    return (py_str_unicode_db_props(c)->flags &
            (PY_UCD_ALPHA | PY_UCD_DECIMAL | PY_UCD_DIGIT | PY_UCD_NUMERIC)) != 0;
}

bool py_re_class_item(int kind, uint32_t c) {
    bool u = kind & RX_CL_UNICODE;
    switch (kind & ~RX_CL_UNICODE) {
    case RX_CL_DIGIT: return u ? py_str_unicode_decimal(c) >= 0 : c >= '0' && c <= '9';
    case RX_CL_NDIGIT: return !py_re_class_item(kind - 1, c);
    case RX_CL_WORD: return is_word(c, u);
    case RX_CL_NWORD: return !is_word(c, u);
    case RX_CL_SPACE:
        if (u) return py_str_unicode_isspace(c);
        return c == ' ' || (c >= '\t' && c <= '\r');
    case RX_CL_NSPACE: return !py_re_class_item(kind - 1, c);
    default: return false;
    }
}

static bool class_items(const int32_t *c, uint32_t v) {
    int n = c[4];
    for (int k = 0; k < n; k++) {
        const int32_t *it = c + 5 + 3 * k;
        if (it[0] == RX_CL_RANGE ? (v >= (uint32_t)it[1] && v <= (uint32_t)it[2])
                                 : py_re_class_item(it[0], v))
            return true;
    }
    return false;
}

// The other case of [v] for class tests under IGNORECASE.
static uint32_t other_case(uint32_t v, bool unicode) {
    if (v < 128 || !unicode) {
        uint32_t l = v | 32;
        return v < 128 && l >= 'a' && l <= 'z' ? v ^ 32 : v;
    }
    const py_str_uprops_t *p = py_str_unicode_db_props(v);
    uint32_t up = (uint32_t)((int32_t)v + p->delta[PY_UCD_UPPER_MAP]);
    return up != v ? up : (uint32_t)((int32_t)v + p->delta[PY_UCD_LOWER_MAP]);
}

static bool class_match(const int32_t *c, uint32_t v) {
    bool hit = class_items(c, v);
    if (!hit && c[3]) {
        bool u = c[3] == 2;
        uint32_t f = py_re_fold(v, u), o = other_case(v, u);
        hit = (f != v && class_items(c, f)) || (o != v && class_items(c, o));
    }
    return hit != (c[2] != 0);
}

// Whether the one-character instruction [c] matches at [pos] (< end).
static bool item_match(const rx_t *x, const int32_t *c, int64_t pos) {
    uint32_t v = ch(x, pos);
    switch (c[0]) {
    case RX_CHAR: return v == (uint32_t)c[1];
    case RX_CHAR_I: return py_re_fold(v, true) == (uint32_t)c[1];
    case RX_CHAR_IA: return py_re_fold(v, false) == (uint32_t)c[1];
    case RX_ANY: return v != '\n';
    case RX_ANYALL: return true;
    case RX_CLASS: return class_match(c, v);
    default: return false;
    }
}

static int32_t item_len(const int32_t *c) {
    return c[0] == RX_CLASS ? c[1] : (c[0] == RX_ANY || c[0] == RX_ANYALL) ? 1 : 2;
}

// ---- the backtrack stack ---------------------------------------------------------------------

// The stack starts in the caller's C frame (most matches need only a few
// entries) and moves to the GC heap when it outgrows it.
static void grow(rx_t *x) {
    if (x->cap >= MAX_BACKTRACK)
        py_raise_fmt(x->vm, PY_EXC_RecursionError, "maximum recursion limit exceeded");
    size_t cap = x->cap * 2;
    if (x->on_heap) {
        x->st = py_gc_resize(x->vm, x->st, cap * sizeof(bt_t));
    } else {
        bt_t *st = py_gc_new_bytes(x->vm, cap * sizeof(bt_t));
        memcpy(st, x->st, x->top * sizeof(bt_t));
        x->st = st;
        x->on_heap = true;
    }
    x->cap = cap;
}

static void push(rx_t *x, int32_t kind, int32_t pc, int64_t pos, int32_t n) {
    if (x->top == x->cap) grow(x);
    x->st[x->top++] = (bt_t){kind, pc, (int32_t)pos, n};
}

static void set_slot(rx_t *x, int slot, int64_t v) {
    push(x, BT_UNDO, slot, x->slots[slot], 0);
    x->slots[slot] = (int32_t)v;
}

// After a lookaround or atomic body succeeded: drops its choice points but
// keeps its undo records, so the captures it made are undone on backtracking.
static void keep_undos(rx_t *x, size_t base) {
    size_t o = base;
    for (size_t k = base; k < x->top; k++)
        if (x->st[k].kind == BT_UNDO) x->st[o++] = x->st[k];
    x->top = o;
}

// Pops everything above [base], undoing what it recorded.
static void unwind(rx_t *x, size_t base) {
    while (x->top > base) {
        bt_t *t = &x->st[--x->top];
        if (t->kind == BT_UNDO) x->slots[t->pc] = t->pos;
    }
}

// ---- the matcher ----------------------------------------------------------------------------

static bool backref(rx_t *x, const int32_t *c, int64_t *pos) {
    int32_t s = x->slots[2 * c[1]], e = x->slots[2 * c[1] + 1];
    if (s < 0 || e < 0) return false;
    int64_t n = e - s;
    if (*pos + n > x->end) return false;
    for (int64_t k = 0; k < n; k++) {
        uint32_t a = ch(x, s + k), b = ch(x, *pos + k);
        if (a != b && (!c[2] || py_re_fold(a, c[2] == 2) != py_re_fold(b, c[2] == 2))) return false;
    }
    *pos += n;
    return true;
}

static bool at_word(const rx_t *x, int64_t pos, bool unicode) {
    return pos >= 0 && pos < x->end && is_word(ch(x, pos), unicode);
}

// Zero-width assertions; false when [op] is not one.
static bool assertion(const rx_t *x, const int32_t *c, int64_t pos, bool *ok) {
    switch (c[0]) {
    case RX_BOL: case RX_BEGIN: *ok = pos == 0; return true;
    case RX_BOL_M: *ok = pos == 0 || ch(x, pos - 1) == '\n'; return true;
    case RX_EOL: *ok = pos == x->end || (pos == x->end - 1 && ch(x, pos) == '\n'); return true;
    case RX_EOL_M: *ok = pos == x->end || ch(x, pos) == '\n'; return true;
    case RX_END: *ok = pos == x->end; return true;
    case RX_WORDB: case RX_NWORDB: {
        // As sre, neither matches in an empty subject (\B would otherwise).
        bool b = at_word(x, pos - 1, c[1]) != at_word(x, pos, c[1]);
        *ok = x->end > 0 && (c[0] == RX_WORDB ? b : !b);
        return true;
    }
    default: return false;
    }
}

// RX_REPEAT1 entered at [pc]: takes as many (greedy) or as few (lazy)
// characters as allowed and records how to retry. False when fewer than min match.
static bool repeat_enter(rx_t *x, int32_t pc, int64_t *pos) {
    const int32_t *c = x->code + pc, *item = c + 4;
    int64_t min = c[1], max = c[2] == RX_INF ? INT64_MAX : c[2], count = 0;
    int64_t limit = x->end - *pos < max ? x->end - *pos : max;
    if (c[3]) {
        while (count < limit && item_match(x, item, *pos + count)) count++;
        if (count < min) return false;
        if (count > min) push(x, BT_REPG, pc, *pos, (int32_t)count);
    } else {
        while (count < min) {
            if (count >= limit || !item_match(x, item, *pos + count)) return false;
            count++;
        }
        if (count < max) push(x, BT_REPL, pc, *pos, (int32_t)count);
    }
    *pos += count;
    return true;
}

// Retries the repeat of entry [t] (on top of the stack, popped) with one
// character less (greedy) or more (lazy). False when it has no retry left.
static bool repeat_retry(rx_t *x, bt_t t, int64_t *pos) {
    const int32_t *c = x->code + t.pc, *item = c + 4;
    int32_t count = t.n;
    if (t.kind == BT_REPG) {
        count--;
        if (count > c[1]) push(x, BT_REPG, t.pc, t.pos, count);
    } else {
        if ((int64_t)t.pos + count >= x->end || !item_match(x, item, (int64_t)t.pos + count))
            return false;
        count++;
        if (c[2] == RX_INF || count < c[2]) push(x, BT_REPL, t.pc, t.pos, count);
    }
    *pos = (int64_t)t.pos + count;
    return true;
}

static bool run(rx_t *x, int32_t pc, int64_t pos, size_t base);

// A lookaround at [pc]; true when the assertion holds.
static bool lookaround(rx_t *x, int32_t pc, int64_t pos) {
    const int32_t *c = x->code + pc;
    bool behind = c[1] == RX_BEHIND || c[1] == RX_NOT_BEHIND;
    bool negative = c[1] == RX_NOT_AHEAD || c[1] == RX_NOT_BEHIND;
    int64_t from = behind ? pos - c[2] : pos;
    size_t base = x->top;
    bool hit = from >= 0 && run(x, pc + 4, from, base);
    if (hit && !negative) keep_undos(x, base);
    else unwind(x, base);
    return hit != negative;
}

static bool run(rx_t *x, int32_t pc, int64_t pos, size_t base) {
    py_check_c_stack(x->vm);
    for (;;) {
        if ((++x->steps & POLL_MASK) == 0 && x->vm->pending) py_vm_poll(x->vm);
        const int32_t *c = x->code + pc;
        bool ok;
        switch (c[0]) {
        case RX_MATCH:
            if ((x->full && pos != x->end) || (pos == x->start && x->start == x->advance_from))
                goto fail;
            x->match_end = pos;
            return true;
        case RX_LOOKEND:
            x->match_end = pos;
            return true;
        case RX_CHAR: case RX_CHAR_I: case RX_CHAR_IA: case RX_ANY: case RX_ANYALL: case RX_CLASS:
            if (pos >= x->end || !item_match(x, c, pos)) goto fail;
            pos++;
            pc += item_len(c);
            continue;
        case RX_SPLIT:
            push(x, BT_CHOICE, pc + c[2], pos, 0);
            pc += c[1];
            continue;
        case RX_JMP:
            pc += c[1];
            continue;
        case RX_SAVE:
            set_slot(x, c[1], pos);
            if (c[1] & 1) set_slot(x, x->last_slot, c[1] / 2);
            pc += 2;
            continue;
        case RX_BACKREF:
            if (!backref(x, c, &pos)) goto fail;
            pc += 3;
            continue;
        case RX_REPSTART:
            set_slot(x, x->reg_base + c[1], pos);
            pc += 2;
            continue;
        case RX_REPCHECK:
            pc += x->slots[x->reg_base + c[1]] == pos ? c[2] : 3;
            continue;
        case RX_REPEAT1:
            if (!repeat_enter(x, pc, &pos)) goto fail;
            pc += 4 + item_len(c + 4);
            continue;
        case RX_LOOK:
            if (!lookaround(x, pc, pos)) goto fail;
            pc += c[3];
            continue;
        case RX_ATOMIC: {
            size_t b = x->top;
            if (!run(x, pc + 2, pos, b)) goto fail;
            keep_undos(x, b);
            pos = x->match_end;
            pc += c[1];
            continue;
        }
        default:
            if (!assertion(x, c, pos, &ok) || !ok) goto fail;
            pc += c[0] == RX_WORDB || c[0] == RX_NWORDB ? 2 : 1;
            continue;
        }
    fail:
        for (;;) {
            if (x->top == base) return false;
            bt_t t = x->st[--x->top];
            if (t.kind == BT_UNDO) {
                x->slots[t.pc] = t.pos;
            } else if (t.kind == BT_CHOICE) {
                pc = t.pc;
                pos = t.pos;
                break;
            } else if (repeat_retry(x, t, &pos)) {
                pc = t.pc + 4 + item_len(x->code + t.pc + 4);
                break;
            }
        }
    }
}

// The position from which a match can start, skipping ahead to the first
// character when the program begins with a literal one; -1 when none.
static int64_t next_start(const rx_t *x, int64_t s) {
    if (x->code[0] != RX_CHAR) return s;
    uint32_t want = (uint32_t)x->code[1];
    while (s < x->end && ch(x, s) != want) s++;
    return s < x->end ? s : -1;
}

bool py_re_exec(py_vm_t *vm, const int32_t *code, int ngroups, int nregs,
                const py_re_subject_t *subj, size_t pos, size_t endpos, bool anchored,
                bool full, bool must_advance, int32_t *slots, int *lastindex) {
    int nslots = 2 * (ngroups + 1) + nregs + 1;
    bt_t local_st[LOCAL_STACK];
    int32_t local_slots[LOCAL_SLOTS];
    rx_t x = {.vm = vm, .code = code, .b = subj->b, .w = subj->w, .end = (int64_t)endpos,
              .reg_base = 2 * (ngroups + 1), .last_slot = nslots - 1, .cap = LOCAL_STACK,
              .st = local_st, .full = full, .advance_from = must_advance ? (int64_t)pos : -1};
    x.slots = nslots <= LOCAL_SLOTS ? local_slots
                                    : py_gc_new_bytes(vm, (size_t)nslots * sizeof(int32_t));
    for (int k = 0; k < nslots; k++) x.slots[k] = -1;
    bool bol_only = code[0] == RX_BEGIN || code[0] == RX_BOL;
    for (int64_t s = (int64_t)pos; s <= x.end; s++) {
        if (!anchored && (s = next_start(&x, s)) < 0) break;
        if (bol_only && s > 0) break;
        x.start = s;
        if (run(&x, 0, s, 0)) {
            memcpy(slots, x.slots, 2 * (size_t)(ngroups + 1) * sizeof(int32_t));
            slots[0] = (int32_t)s;
            slots[1] = (int32_t)x.match_end;
            *lastindex = x.slots[x.last_slot];
            return true;
        }
        if (anchored) break;
    }
    return false;
}
