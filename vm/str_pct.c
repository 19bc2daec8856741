// vm/str_pct.c: what str % and bytes % share: walking the format, the argument
// cursor and the directive parser, %[(key)][flags][width][.prec][hlL]type.
// Layer: vm core (types). The conversions themselves stay with each type.
// SPDX-License-Identifier: MIT

#include "str_internal.h"
#include "obj_tuple.h"
#include "except.h"
#include "runtime.h"

// The arguments of one formatting: positional ones, or a mapping for %(key).
typedef struct pct_args {
    const py_val_t *items;
    size_t n, next;
    py_val_t dict;           // the mapping for %(key)s, or PY_NULL
} pct_args_t;

static py_val_t next_arg(py_vm_t *vm, pct_args_t *a) {
    if (a->next >= a->n) py_raise_type_error(vm, "not enough arguments for format string");
    return a->items[a->next++];
}

// Parses "(key)" after '%' at *pos and returns the mapped value.
static py_val_t mapping_arg(py_vm_t *vm, pct_args_t *a, const char *f, size_t len, size_t *pos,
                            const py_pct_ops_t *ops) {
    if (a->dict == PY_NULL) py_raise_type_error(vm, "format requires a mapping");
    size_t start = ++*pos;
    int level = 1;
    for (; *pos < len; (*pos)++) {
        if (f[*pos] == '(') level++;
        else if (f[*pos] == ')' && --level == 0) break;
    }
    if (*pos >= len) py_raise_value_error(vm, "incomplete format key");
    py_val_t key = ops->make_key(vm, f + start, *pos - start);
    (*pos)++;
    a->next = a->n;   // as CPython: after a key, no positional argument remains
    return py_getitem(vm, a->dict, key);
}

// A width or precision: digits (-1 when none), or '*' taking the next
// argument (*star is then set, and the value may be negative).
static int64_t parse_num(py_vm_t *vm, pct_args_t *a, const char *f, size_t len, size_t *pos,
                         bool *star) {
    *star = *pos < len && f[*pos] == '*';
    if (*star) {
        (*pos)++;
        py_val_t v = next_arg(vm, a);
        if (!py_is_int(vm, v)) py_raise_type_error(vm, "* wants int");
        return py_str_int_arg(vm, v);
    }
    int64_t n = -1;
    for (; *pos < len && f[*pos] >= '0' && f[*pos] <= '9'; (*pos)++) {
        // INT32_MAX: CPython's limit too ("width too big"), far past any real use.
        if (n > INT32_MAX / 10) py_raise_value_error(vm, "width too big");
        n = (n < 0 ? 0 : n * 10) + (f[*pos] - '0');
    }
    return n;
}

static void parse_flags(py_pct_spec_t *sp, const char *f, size_t len, size_t *pos) {
    for (; *pos < len; (*pos)++) {
        switch (f[*pos]) {
        case '-': sp->left = true; continue;
        case '+': sp->plus = true; continue;
        case ' ': sp->space = true; continue;
        case '#': sp->alt = true; continue;
        case '0': sp->zero = true; continue;
        default: return;
        }
    }
}

// Parses flags, width, precision and type after '%' (and any key) at *pos.
static void parse_spec(py_vm_t *vm, pct_args_t *a, const char *f, size_t len, size_t *pos,
                       py_pct_spec_t *sp) {
    memset(sp, 0, sizeof *sp);
    parse_flags(sp, f, len, pos);
    bool star;
    sp->width = parse_num(vm, a, f, len, pos, &star);
    if (star && sp->width < 0) {   // a negative '*' width means left-justified
        sp->left = true;
        sp->width = -sp->width;
    }
    sp->prec = -1;
    if (*pos < len && f[*pos] == '.') {
        (*pos)++;
        sp->prec = parse_num(vm, a, f, len, pos, &star);
        if (sp->prec < 0) sp->prec = 0;
    }
    while (*pos < len && (f[*pos] == 'h' || f[*pos] == 'l' || f[*pos] == 'L')) (*pos)++;
    if (*pos >= len) py_raise_value_error(vm, "incomplete format");
    sp->type = f[(*pos)++];
}

void py_str_pct_run(py_vm_t *vm, py_strbuf_t *b, const char *f, size_t len, py_val_t args,
                    bool mapping, const py_pct_ops_t *ops, void *ctx) {
    pct_args_t a = {&args, 1, 0, PY_NULL};
    if (py_is_a(vm, args, PY_T_tuple)) a.items = py_tuple_ptr(args)->items, a.n = py_tuple_ptr(args)->len;
    else if (mapping) a.dict = args;
    for (size_t pos = 0; pos < len;) {
        const char *pct = memchr(f + pos, '%', len - pos);
        size_t stop = pct ? (size_t)(pct - f) : len;
        py_strbuf_add(vm, b, f + pos, stop - pos);
        if (pct == NULL) break;
        pos = stop + 1;
        if (pos < len && f[pos] == '%') {
            py_strbuf_add_char(vm, b, '%');
            pos++;
            continue;
        }
        py_val_t v = (pos < len && f[pos] == '(') ? mapping_arg(vm, &a, f, len, &pos, ops) : PY_NULL;
        py_pct_spec_t sp;
        parse_spec(vm, &a, f, len, &pos, &sp);
        // Only a bare "%%" is an escape: "%5%" takes an argument and is then refused, as in CPython.
        if (v == PY_NULL) v = next_arg(vm, &a);
        ops->convert(vm, b, &sp, v, pos - 1, ctx);
    }
    if (a.next < a.n && a.dict == PY_NULL)
        py_raise_type_error(vm, "not all arguments converted during %s formatting", ops->what);
}
