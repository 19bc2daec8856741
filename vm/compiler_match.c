// vm/compiler_match.c: code generation for the match statement and its patterns.
// Layer: vm compiler. The run-time checks are the MATCH_* instructions (vm/vm_match.c).
// SPDX-License-Identifier: MIT
//
// How a case runs. What users can observe (evaluation order, which names
// are bound when) is CPython 3.11's, so the scheme follows from it:
//  - The subject stays on the stack while the cases try it; every case but
//    the last one tried works on a copy, and a case that matches pops the
//    subject before its body runs (so break, continue and return in a body
//    have nothing extra to unwind).
//  - A pattern consumes the value on top of the stack. A captured value is
//    not stored at once: it is moved down the stack, below the items still
//    being worked on ("on top") and below the earlier captures. Only when
//    the whole pattern has matched are the captures popped into their
//    variables, in the pattern's order, before the guard runs. A pattern
//    that fails binds nothing; names bound before a failing guard stay bound.
//  - A failing check jumps to fail[k], k being the number of items the
//    pattern has left on the stack so far; fail[k] pops one and falls into
//    fail[k - 1], down to fail[0], which goes on with the next case.
// Compile-time errors (unreachable patterns, names bound twice, or-pattern
// alternatives that bind different names) use CPython's messages and its
// positions: the pattern compiled last when the error is found.
// Every function here may allocate and may raise SyntaxError or MemoryError.

#include <stdio.h>

#include "compiler.h"
#include "obj_dict.h"
#include "obj_list.h"
#include "obj_set.h"
#include "obj_str.h"
#include "obj_tuple.h"
#include "runtime.h"

// The state of one pattern being compiled.
typedef struct pctx {
    py_val_t names;          // list of interned strs: the captures so far, in store order;
                             // names[0] is nearest the top of the stack
    py_val_t seen;           // set of the same names, so checking for a repeat costs O(1)
    py_val_t fail;           // list: fail[k] is a label as a small int, or None until used
    int on_top;              // items above the captures that a failure pops too
    bool allow_irrefutable;  // a capture or wildcard may stand here (it cannot hide a later case)
} pctx_t;

static void pattern(py_compiler_t *c, const py_pattern_t *p, pctx_t *pc);

static void pctx_init(py_compiler_t *c, pctx_t *pc, bool allow_irrefutable) {
    pc->names = py_list_new(c->vm, 0, NULL);
    pc->seen = py_set_new(c->vm, false);
    pc->fail = py_list_new(c->vm, 0, NULL);
    pc->on_top = 0;
    pc->allow_irrefutable = allow_irrefutable;
}

static size_t ncaptures(const pctx_t *pc) {
    return py_list_ptr(pc->names)->len;
}

static bool is_wildcard(const py_pattern_t *p) {
    return p->kind == PY_PAT_AS && !p->u.as.pattern && !p->u.as.name;
}

static bool is_star_wildcard(const py_pattern_t *p) {
    return p->kind == PY_PAT_STAR && !p->u.star.name;
}

// Raise SyntaxError at the position of the pattern compiled last.
static _Noreturn void fail(py_compiler_t *c, const char *msg) {
    py_compiler_error(c, c->pos, msg);
}

// The same with [arg] filling the message's one %s.
static _Noreturn void fail_fmt(py_compiler_t *c, const char *fmt, const char *arg) {
    char msg[512];
    snprintf(msg, sizeof msg, fmt, arg);
    fail(c, msg);
}

// Compiles an expression inside a pattern, keeping the pattern's position
// as the one errors report.
static void expr_in_pattern(py_compiler_t *c, const py_expr_t *e) {
    py_pos_t pos = c->pos;
    py_compiler_expr(c, e);
    py_compiler_set_pos(c, pos);
}

// ---- failure paths ---------------------------------------------------------------------

// The label that pops [pops] items and goes on with the next alternative or case.
static int fail_label(py_compiler_t *c, pctx_t *pc, size_t pops) {
    py_vm_t *vm = c->vm;
    while (py_list_ptr(pc->fail)->len <= pops) py_list_append(vm, pc->fail, PY_NONE);
    py_val_t *slot = &py_list_ptr(pc->fail)->items[pops];
    if (*slot == PY_NONE) *slot = py_small(py_compiler_new_label(c));
    return (int)py_small_val(*slot);
}

// Emits [op] (a conditional or plain jump) to the failure path for the stack as it is now.
static void jump_to_fail(py_compiler_t *c, pctx_t *pc, py_opcode_t op) {
    py_compiler_jump(c, op, fail_label(c, pc, (size_t)pc->on_top + ncaptures(pc)));
}

// Emits the failure path: fail[k] pops, falling through to fail[0].
static void emit_fail_path(py_compiler_t *c, pctx_t *pc) {
    py_list_t *l = py_list_ptr(pc->fail);
    for (size_t k = l->len; k-- > 0;) {
        if (l->items[k] != PY_NONE) py_compiler_bind(c, (int)py_small_val(l->items[k]));
        if (k) py_compiler_emit(c, PY_OPC_POP_TOP, 0);
    }
    pc->fail = py_list_new(c->vm, 0, NULL);
}

// ---- captures ------------------------------------------------------------------------

static void rotate_down(py_compiler_t *c, size_t depth) {
    if (depth > 1) py_compiler_emit(c, PY_OPC_ROT_DOWN, (uint32_t)depth);
}

static void add_capture(py_compiler_t *c, pctx_t *pc, py_val_t name) {
    if (py_set_contains(c->vm, pc->seen, name))
        fail_fmt(c, "multiple assignments to name '%s' in pattern", py_str_interned_cstr(name));
    py_set_add(c->vm, pc->seen, name);
    py_list_append(c->vm, pc->names, name);
}

// Captures the value on top as [name] (NULL: `_`, which just drops it):
// moves it below the items on top and the earlier captures.
static void capture(py_compiler_t *c, pctx_t *pc, const char *name) {
    if (!name) {
        py_compiler_emit(c, PY_OPC_POP_TOP, 0);
        return;
    }
    py_val_t s = py_compiler_str(c, name);
    size_t depth = (size_t)pc->on_top + ncaptures(pc) + 1;
    add_capture(c, pc, s);
    rotate_down(c, depth);
}

// A pattern in a position where a capture or wildcard cannot hide a later one.
static void subpattern(py_compiler_t *c, const py_pattern_t *p, pctx_t *pc) {
    bool allow = pc->allow_irrefutable;
    pc->allow_irrefutable = true;
    pattern(c, p, pc);
    pc->allow_irrefutable = allow;
}

// ---- capture, wildcard, as, literals, values ----------------------------------------------

// `name`, `_`, `pattern as name`.
static void pattern_as(py_compiler_t *c, const py_pattern_t *p, pctx_t *pc) {
    if (!p->u.as.pattern) {
        if (!pc->allow_irrefutable) {
            if (p->u.as.name) fail_fmt(c, "name capture '%s' makes remaining patterns unreachable", p->u.as.name);
            fail(c, "wildcard makes remaining patterns unreachable");
        }
        capture(c, pc, p->u.as.name);
        return;
    }
    pc->on_top++;  // the value, kept under the copy the inner pattern consumes
    py_compiler_emit(c, PY_OPC_COPY, 1);
    pattern(c, p->u.as.pattern, pc);
    pc->on_top--;
    capture(c, pc, p->u.as.name);
}

// `None`, `True`, `False`: compared by identity.
static void pattern_singleton(py_compiler_t *c, const py_pattern_t *p, pctx_t *pc) {
    py_const_kind_t k = p->u.singleton.value;
    py_compiler_emit_const(c, k == PY_CONST_NONE ? PY_NONE : k == PY_CONST_TRUE ? PY_TRUE : PY_FALSE);
    py_compiler_emit(c, PY_OPC_IS_OP, 0);
    jump_to_fail(c, pc, PY_OPC_POP_JUMP_IF_FALSE);
}

// Literals and dotted names: subject == value.
static void pattern_value(py_compiler_t *c, const py_pattern_t *p, pctx_t *pc) {
    expr_in_pattern(c, p->u.value.value);
    py_compiler_emit(c, PY_OPC_COMPARE_OP, PY_CMP_OP_EQ);
    jump_to_fail(c, pc, PY_OPC_POP_JUMP_IF_FALSE);
}

// ---- sequences ---------------------------------------------------------------------------

// [a, b, *rest, c]: unpacks the subject and matches each item in turn.
static void sequence_unpack(py_compiler_t *c, const py_ast_list_t *pats, size_t star, pctx_t *pc) {
    size_t n = pats->n;
    if (star == n) {
        py_compiler_emit(c, PY_OPC_UNPACK_SEQUENCE, (uint32_t)n);
    } else {
        size_t after = n - star - 1;
        if (star > 255 || after > 65535)
            fail(c, "too many expressions in star-unpacking sequence pattern");
        py_compiler_emit(c, PY_OPC_UNPACK_EX, (uint32_t)(star | (after << 8)));
    }
    pc->on_top += (int)n;
    for (size_t i = 0; i < n; i++) {
        pc->on_top--;
        subpattern(c, pats->items[i], pc);
    }
}

// [a, *_, b]: indexes the items it needs instead of copying the middle.
// Items after the star are indexed from len(subject), not with negative
// indexes, which a user's sequence might not support.
static void sequence_subscr(py_compiler_t *c, const py_ast_list_t *pats, size_t star, pctx_t *pc) {
    size_t n = pats->n;
    pc->on_top++;  // the subject stays until every item is read
    for (size_t i = 0; i < n; i++) {
        const py_pattern_t *q = pats->items[i];
        if (i == star || is_wildcard(q)) continue;
        py_compiler_emit(c, PY_OPC_COPY, 1);
        if (i < star) {
            py_compiler_emit_const(c, py_small((py_int_t)i));
        } else {
            py_compiler_emit(c, PY_OPC_GET_LEN, 0);
            py_compiler_emit_const(c, py_small((py_int_t)(n - i)));
            py_compiler_emit(c, PY_OPC_BINARY_OP, PY_OP_SUB);
        }
        py_compiler_emit(c, PY_OPC_BINARY_SUBSCR, 0);
        subpattern(c, q, pc);
    }
    pc->on_top--;
    py_compiler_emit(c, PY_OPC_POP_TOP, 0);
}

static void pattern_sequence(py_compiler_t *c, const py_pattern_t *p, pctx_t *pc) {
    const py_ast_list_t *pats = &p->u.sequence.patterns;
    size_t n = pats->n, star = n;
    bool only_wildcards = true;
    for (size_t i = 0; i < n; i++) {
        const py_pattern_t *q = pats->items[i];
        if (q->kind == PY_PAT_STAR) {
            if (star != n) fail(c, "multiple starred names in sequence pattern");
            star = i;
        }
        only_wildcards = only_wildcards && (is_wildcard(q) || is_star_wildcard(q));
    }
    if (n >= PY_MATCH_SEQ_AT_LEAST) fail(c, "too many sub-patterns in sequence pattern");
    // Without a star the length must be n; with one, at least n - 1.
    uint32_t len = star == n ? (uint32_t)n : (uint32_t)(n - 1) | PY_MATCH_SEQ_AT_LEAST;
    pc->on_top++;
    py_compiler_emit(c, PY_OPC_MATCH_SEQUENCE, len);
    jump_to_fail(c, pc, PY_OPC_POP_JUMP_IF_FALSE);
    pc->on_top--;
    if (only_wildcards)
        py_compiler_emit(c, PY_OPC_POP_TOP, 0);
    else if (star != n && is_star_wildcard(pats->items[star]))
        sequence_subscr(c, pats, star, pc);
    else
        sequence_unpack(c, pats, star, pc);
}

// ---- mappings ------------------------------------------------------------------------------

// The value of a literal key known at compile time (a constant, a negated
// number, or a complex literal, which the grammar makes the only sum in a
// pattern); false for a dotted name.
static bool constant_key(py_compiler_t *c, const py_expr_t *e, py_val_t *out) {
    py_val_t l, r;
    if (e->kind == PY_EXPR_BINOP && constant_key(c, e->u.binop.left, &l) &&
        constant_key(c, e->u.binop.right, &r)) {
        *out = py_binary(c->vm, (py_binary_op_t)e->u.binop.op, l, r);
        return true;
    }
    if (e->kind == PY_EXPR_CONSTANT) {
        *out = py_compiler_expr_constant(c, e);
        return true;
    }
    if (e->kind == PY_EXPR_UNARYOP && e->u.unaryop.op == PY_UNARY_USUB &&
        e->u.unaryop.operand->kind == PY_EXPR_CONSTANT) {
        *out = py_unary(c->vm, PY_UOP_NEG, py_compiler_expr_constant(c, e->u.unaryop.operand));
        return true;
    }
    return false;
}

// Pushes the tuple of the keys. Literal keys given twice are a SyntaxError;
// dotted names are only known at run time (MATCH_KEYS checks them).
static void mapping_keys(py_compiler_t *c, const py_ast_list_t *keys) {
    py_vm_t *vm = c->vm;
    py_val_t seen = py_set_new(vm, false);
    py_val_t values = py_tuple_new(vm, keys->n, NULL);
    bool all_constant = true;
    for (size_t i = 0; i < keys->n; i++) {
        const py_expr_t *e = keys->items[i];
        py_val_t v;
        if (!constant_key(c, e, &v)) {
            if (e->kind != PY_EXPR_ATTRIBUTE && e->kind != PY_EXPR_BINOP)
                fail(c, "mapping pattern keys may only match literals and attribute lookups");
            all_constant = false;
            continue;
        }
        if (py_set_contains(vm, seen, v))
            fail_fmt(c, "mapping pattern checks duplicate key (%s)", py_str_cstr(vm, py_repr(vm, v)));
        py_set_add(vm, seen, v);
        py_tuple_ptr(values)->items[i] = v;
    }
    if (all_constant) {
        py_compiler_emit(c, PY_OPC_LOAD_CONST, py_compiler_const(c, values));
        return;
    }
    for (size_t i = 0; i < keys->n; i++) expr_in_pattern(c, keys->items[i]);
    py_compiler_emit(c, PY_OPC_BUILD_TUPLE, (uint32_t)keys->n);
}

static void pattern_mapping(py_compiler_t *c, const py_pattern_t *p, pctx_t *pc) {
    const py_ast_list_t *keys = &p->u.mapping.keys, *pats = &p->u.mapping.patterns;
    const char *rest = p->u.mapping.rest;
    size_t n = keys->n;
    pc->on_top++;  // the subject
    py_compiler_emit(c, PY_OPC_MATCH_MAPPING, (uint32_t)n);
    jump_to_fail(c, pc, PY_OPC_POP_JUMP_IF_FALSE);
    if (!n && !rest) {
        pc->on_top--;
        py_compiler_emit(c, PY_OPC_POP_TOP, 0);
        return;
    }
    mapping_keys(c, keys);
    py_compiler_emit(c, PY_OPC_MATCH_KEYS, 0);
    pc->on_top += 2;  // the keys and the values (or None)
    jump_to_fail(c, pc, PY_OPC_POP_JUMP_IF_FALSE);
    py_compiler_emit(c, PY_OPC_UNPACK_SEQUENCE, (uint32_t)n);
    pc->on_top += (int)n - 1;
    for (size_t i = 0; i < n; i++) {
        pc->on_top--;
        subpattern(c, pats->items[i], pc);
    }
    pc->on_top -= 2;  // what follows consumes the subject and the keys
    if (rest) {
        py_compiler_emit(c, PY_OPC_COPY_DICT_WITHOUT_KEYS, 0);
        capture(c, pc, rest);
    } else {
        py_compiler_emit(c, PY_OPC_POP_TOP, 0);
        py_compiler_emit(c, PY_OPC_POP_TOP, 0);
    }
}

// ---- classes ---------------------------------------------------------------------------------

static void pattern_class(py_compiler_t *c, const py_pattern_t *p, pctx_t *pc) {
    const py_ast_list_t *pos = &p->u.cls.patterns, *attrs = &p->u.cls.kwd_attrs;
    const py_ast_list_t *kwpats = &p->u.cls.kwd_patterns;
    size_t npos = pos->n, nkw = attrs->n;
    py_val_t names = py_tuple_new(c->vm, nkw, NULL), seen = py_set_new(c->vm, false);
    for (size_t i = 0; i < nkw; i++) {
        py_val_t name = py_compiler_str(c, attrs->items[i]);
        if (py_set_contains(c->vm, seen, name)) {
            py_compiler_set_pos(c, ((py_pattern_t *)kwpats->items[i])->pos);
            fail_fmt(c, "attribute name repeated in class pattern: %s", attrs->items[i]);
        }
        py_set_add(c->vm, seen, name);
        py_tuple_ptr(names)->items[i] = name;
    }
    expr_in_pattern(c, p->u.cls.cls);
    py_compiler_emit(c, PY_OPC_LOAD_CONST, py_compiler_const(c, names));
    py_compiler_emit(c, PY_OPC_MATCH_CLASS, (uint32_t)npos);
    pc->on_top++;  // the attributes (or None)
    jump_to_fail(c, pc, PY_OPC_POP_JUMP_IF_FALSE);
    py_compiler_emit(c, PY_OPC_UNPACK_SEQUENCE, (uint32_t)(npos + nkw));
    pc->on_top += (int)(npos + nkw) - 1;
    for (size_t i = 0; i < npos + nkw; i++) {
        pc->on_top--;
        const py_pattern_t *q = i < npos ? pos->items[i] : kwpats->items[i - npos];
        if (is_wildcard(q))
            py_compiler_emit(c, PY_OPC_POP_TOP, 0);
        else
            subpattern(c, q, pc);
    }
}

// ---- or-patterns --------------------------------------------------------------------------------

// Swaps the stack items at depths [a] < [b] (1 = top).
static void swap_depths(py_compiler_t *c, size_t a, size_t b) {
    if (a > 1) py_compiler_emit(c, PY_OPC_SWAP, (uint32_t)a);
    py_compiler_emit(c, PY_OPC_SWAP, (uint32_t)b);
    if (a > 1) py_compiler_emit(c, PY_OPC_SWAP, (uint32_t)a);
}

// After an alternative other than the first matched: checks it bound the
// names the first one did and reorders its captures on the stack (names[k]
// at depth k + 1) to the first one's order, one swap per misplaced name.
static void align_captures(py_compiler_t *c, pctx_t *alt, py_val_t control) {
    py_vm_t *vm = c->vm;
    py_list_t *want = py_list_ptr(control), *have = py_list_ptr(alt->names);
    if (want->len != have->len) fail(c, "alternative patterns bind different names");
    py_val_t where = py_dict_new(vm);  // name -> its index in have
    for (size_t i = 0; i < have->len; i++) py_dict_set(vm, where, have->items[i], py_small((py_int_t)i));
    for (size_t i = 0; i < want->len; i++) {
        py_val_t at = py_dict_get(vm, where, want->items[i]);
        if (at == PY_NULL) fail(c, "alternative patterns bind different names");
        size_t j = (size_t)py_small_val(at);
        if (j == i) continue;
        swap_depths(c, i + 1, j + 1);
        py_val_t moved = have->items[i];
        have->items[i] = have->items[j];
        have->items[j] = moved;
        py_dict_set(vm, where, moved, py_small((py_int_t)j));
    }
}

// Each alternative runs on a copy of the value with its own captures just
// above it; the one that matches leaves them there in the first
// alternative's order, and they then move down to join the outer captures.
static void pattern_or(py_compiler_t *c, const py_pattern_t *p, pctx_t *pc) {
    const py_ast_list_t *alts = &p->u.or.patterns;
    int end = py_compiler_new_label(c);
    py_val_t control = PY_NULL;
    for (size_t i = 0; i < alts->n; i++) {
        pctx_t alt;
        pctx_init(c, &alt, i + 1 == alts->n && pc->allow_irrefutable);
        py_compiler_emit(c, PY_OPC_COPY, 1);
        pattern(c, alts->items[i], &alt);
        if (control == PY_NULL)
            control = alt.names;
        else
            align_captures(c, &alt, control);
        py_compiler_jump(c, PY_OPC_JUMP_FORWARD, end);
        emit_fail_path(c, &alt);
    }
    // No alternative matched: drop the value and fail.
    py_compiler_emit(c, PY_OPC_POP_TOP, 0);
    jump_to_fail(c, pc, PY_OPC_JUMP_FORWARD);
    py_compiler_bind(c, end);
    // value caps -> caps value: each capture moves below the outer captures,
    // the items on top and the value; the last moved ends up deepest.
    py_list_t *names = py_list_ptr(control);
    size_t depth = names->len + (size_t)pc->on_top + ncaptures(pc) + 1;
    for (size_t i = 0; i < names->len; i++) {
        rotate_down(c, depth);
        add_capture(c, pc, names->items[i]);
    }
    py_compiler_emit(c, PY_OPC_POP_TOP, 0);
}

// ---- dispatch and the statement --------------------------------------------------------------------

static void pattern(py_compiler_t *c, const py_pattern_t *p, pctx_t *pc) {
    py_compiler_set_pos(c, p->pos);
    switch (p->kind) {
    case PY_PAT_VALUE: pattern_value(c, p, pc); break;
    case PY_PAT_SINGLETON: pattern_singleton(c, p, pc); break;
    case PY_PAT_SEQUENCE: pattern_sequence(c, p, pc); break;
    case PY_PAT_MAPPING: pattern_mapping(c, p, pc); break;
    case PY_PAT_CLASS: pattern_class(c, p, pc); break;
    case PY_PAT_STAR: capture(c, pc, p->u.star.name); break;  // the parser keeps stars in sequences
    case PY_PAT_AS: pattern_as(c, p, pc); break;
    case PY_PAT_OR: pattern_or(c, p, pc); break;
    }
}

// One case tried on the subject; [copy]: keep the subject for later cases.
static void match_case(py_compiler_t *c, const py_match_case_t *m, bool copy, bool last, int end) {
    py_compiler_set_pos(c, m->pattern->pos);
    if (copy) py_compiler_emit(c, PY_OPC_COPY, 1);
    // A capture or wildcard that always matches must be guarded or last.
    pctx_t pc;
    pctx_init(c, &pc, m->guard || last);
    pattern(c, m->pattern, &pc);
    py_list_t *names = py_list_ptr(pc.names);
    for (size_t i = 0; i < names->len; i++)
        py_compiler_assign_name(c, py_str_interned_cstr(names->items[i]), PY_CTX_STORE);
    if (m->guard) py_compiler_expr_jump_if(c, m->guard, false, fail_label(c, &pc, 0));
    if (copy) py_compiler_emit(c, PY_OPC_POP_TOP, 0);
    py_compiler_stmt_list(c, &m->body);
    py_compiler_jump(c, PY_OPC_JUMP_FORWARD, end);
    py_compiler_set_pos(c, m->pattern->pos);
    emit_fail_path(c, &pc);
}

void py_compiler_match(py_compiler_t *c, const py_stmt_t *s) {
    const py_ast_list_t *cases = &s->u.match.cases;
    size_t n = cases->n;
    int end = py_compiler_new_label(c);
    py_compiler_expr(c, s->u.match.subject);
    // A final `case _:` needs no pattern code: the case before it consumes the subject.
    const py_match_case_t *final = cases->items[n - 1];
    bool has_default = n > 1 && is_wildcard(final->pattern);
    size_t tried = n - has_default;
    for (size_t i = 0; i < tried; i++) match_case(c, cases->items[i], i + 1 < tried, i + 1 == n, end);
    if (has_default) {
        py_compiler_set_pos(c, final->pattern->pos);
        if (final->guard) py_compiler_expr_jump_if(c, final->guard, false, end);
        py_compiler_stmt_list(c, &final->body);
    }
    py_compiler_bind(c, end);
}
