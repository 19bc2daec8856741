// mods/re_sub.c: the re operations that walk every match: sub/subn with
// replacement templates or callables, split, findall, finditer; and Match.expand.
// Layer: library modules. SPDX-License-Identifier: MIT
//
// After an empty match the next search starts at the same place but may
// not match empty there (Python 3.7's rule), so 'x*' finds '' around each character.

#include <stdio.h>

#include "except.h"
#include "gc.h"
#include "obj_bytes.h"
#include "obj_dict.h"
#include "obj_list.h"
#include "obj_tuple.h"
#include "re.h"
#include "runtime.h"

// ---- templates --------------------------------------------------------------------------------

typedef struct tmpl {
    py_vm_t *vm;
    py_re_pattern_t *p;
    py_val_t repl;           // the template text (for re.error)
    py_re_text_t t;          // its characters
    py_val_t items;          // list: literal str/bytes pieces and group numbers
    py_strbuf_t lit;
} tmpl_t;

static uint32_t tch(const tmpl_t *x, size_t i) { return x->t.w ? x->t.w[i] : x->t.subj.b[i]; }

static void add_lit(tmpl_t *x, uint32_t c) {
    if (x->t.is_bytes) {
        py_strbuf_add_char(x->vm, &x->lit, (char)c);
        return;
    }
    char u[4];
    py_strbuf_add(x->vm, &x->lit, u, py_utf8_encode(c, u));
}

static void flush_lit(tmpl_t *x) {
    if (x->lit.len == 0) return;
    py_val_t piece = x->t.is_bytes ? py_bytes_new(x->vm, x->lit.data, x->lit.len)
                                   : py_strbuf_finish(x->vm, &x->lit);
    py_strbuf_init(&x->lit);
    py_list_append(x->vm, x->items, piece);
}

static void add_group(tmpl_t *x, long g, size_t pos) {
    if (g > x->p->ngroups) {
        char msg[64];
        snprintf(msg, sizeof msg, "invalid group reference %ld", g);
        py_re_raise_error(x->vm, msg, x->repl, (long)pos);
    }
    flush_lit(x);
    py_list_append(x->vm, x->items, py_small(g));
}

static bool digit(uint32_t c) { return c >= '0' && c <= '9'; }
static bool octal(uint32_t c) { return c >= '0' && c <= '7'; }

// \g<name> or \g<number>; [i] is at the 'g'. Returns the index after '>'.
static size_t named_ref(tmpl_t *x, size_t i) {
    py_vm_t *vm = x->vm;
    size_t len = x->t.subj.len, start = i + 2, e = start;
    if (i + 1 >= len || tch(x, i + 1) != '<') py_re_raise_error(vm, "missing <", x->repl, (long)i + 1);
    while (e < len && tch(x, e) != '>') e++;
    if (e == start) py_re_raise_error(vm, "missing group name", x->repl, (long)start);
    if (e >= len) py_re_raise_error(vm, "missing >, unterminated name", x->repl, (long)start);
    py_val_t name = py_re_text_slice(vm, &x->t, (int32_t)start, (int32_t)e, PY_NONE);
    if (x->t.is_bytes) name = py_bytes_decode(vm, name, PY_NULL, PY_NULL);
    bool all_digits = true;
    long g = 0;
    for (size_t k = start; k < e; k++) {
        all_digits = all_digits && digit(tch(x, k));
        if (all_digits && g < 100000000) g = g * 10 + (long)(tch(x, k) - '0');
    }
    if (all_digits) {
        add_group(x, g, start);
        return e + 1;
    }
    py_val_t ident = py_call_method(vm, name, py_str_intern_c(vm, "isidentifier"), 0, NULL);
    if (ident != PY_TRUE) {
        py_val_t msg = py_str_format_c(vm, "bad character in group name %R", name);
        py_re_raise_error(vm, py_str_cstr(vm, msg), x->repl, (long)start);
    }
    py_val_t gi = py_dict_get(vm, x->p->groupindex, name);
    if (gi == PY_NULL) py_raise_index_error(vm, "unknown group name %R", name);
    add_group(x, (long)py_small_val(gi), start);
    return e + 1;
}

// One escape at the backslash s[i]; returns the index after it.
static size_t template_escape(tmpl_t *x, size_t i) {
    py_vm_t *vm = x->vm;
    size_t len = x->t.subj.len;
    if (i + 1 >= len) py_re_raise_error(vm, "bad escape (end of pattern)", x->repl, (long)i);
    uint32_t c = tch(x, i + 1);
    if (c == 'g') return named_ref(x, i + 1);
    if (c == '0' || (octal(c) && i + 3 < len && octal(tch(x, i + 2)) && octal(tch(x, i + 3)))) {
        size_t e = i + 1;
        uint32_t v = 0;
        while (e < len && e < i + 4 && octal(tch(x, e))) v = v * 8 + (tch(x, e++) - '0');
        if (v > 0377) {
            py_val_t esc = py_re_text_slice(vm, &x->t, (int32_t)i, (int32_t)e, PY_NONE);
            if (x->t.is_bytes) esc = py_bytes_decode(vm, esc, PY_NULL, PY_NULL);
            py_val_t msg = py_str_format_c(vm, "octal escape value %S outside of range 0-0o377", esc);
            py_re_raise_error(vm, py_str_cstr(vm, msg), x->repl, (long)i);
        }
        add_lit(x, v);
        return e;
    }
    if (digit(c)) {
        long g = (long)(c - '0');
        size_t e = i + 2;
        if (e < len && digit(tch(x, e))) g = g * 10 + (long)(tch(x, e++) - '0');
        add_group(x, g, i + 1);
        return e;
    }
    static const char from[] = "abfnrtv\\", to[] = "\a\b\f\n\r\t\v\\";
    const char *hit = c < 128 && c ? strchr(from, (int)c) : NULL;
    if (hit) {
        add_lit(x, (uint32_t)(unsigned char)to[hit - from]);
    } else if (c < 128 && ((c | 32) >= 'a' && (c | 32) <= 'z')) {
        char msg[32];
        snprintf(msg, sizeof msg, "bad escape \\%c", (char)c);
        py_re_raise_error(vm, msg, x->repl, (long)i);
    } else {
        add_lit(x, '\\');
        add_lit(x, c);
    }
    return i + 2;
}

// The template [repl] as a list of literal pieces and group numbers.
static py_val_t parse_template(py_vm_t *vm, py_re_pattern_t *p, py_val_t repl) {
    tmpl_t x = {.vm = vm, .p = p, .repl = repl, .items = py_list_new(vm, 0, NULL)};
    py_re_text_init(vm, p, repl, &x.t);
    py_strbuf_init(&x.lit);
    for (size_t i = 0; i < x.t.subj.len;) {
        uint32_t c = tch(&x, i);
        if (c == '\\') {
            i = template_escape(&x, i);
        } else {
            add_lit(&x, c);
            i++;
        }
    }
    flush_lit(&x);
    return x.items;
}

static py_val_t finish(py_vm_t *vm, py_strbuf_t *b, bool is_bytes) {
    if (!is_bytes) return py_strbuf_finish(vm, b);
    return py_bytes_new(vm, b->data, b->len);
}


// ---- walking every match ----------------------------------------------------------------------

typedef struct walk {
    py_re_pattern_t *p;
    py_re_text_t *t;
    size_t pos, endpos;
    bool must;           // the last match was empty: the next may not be empty at the same place
    int32_t *slots;      // GC bytes, reused for every match
    int lastindex;
} walk_t;

static void walk_init(py_vm_t *vm, walk_t *w, py_re_pattern_t *p, py_re_text_t *t, size_t pos,
                      size_t endpos) {
    *w = (walk_t){.p = p, .t = t, .pos = pos, .endpos = endpos};
    w->slots = py_gc_new_bytes(vm, 2 * (size_t)(p->ngroups + 1) * sizeof(int32_t));
}

static bool walk_next(py_vm_t *vm, walk_t *w) {
    if (w->pos > w->endpos ||
        !py_re_find(vm, w->p, w->t, w->pos, w->endpos, false, false, w->must, w->slots, &w->lastindex))
        return false;
    w->pos = (size_t)w->slots[1];
    w->must = w->slots[0] == w->slots[1];
    return true;
}

// Appends the expansion of template [items] for the match in [slots] to [b].
static void expand_slots(py_vm_t *vm, py_re_text_t *t, const int32_t *slots, py_val_t items,
                         py_strbuf_t *b) {
    py_list_t *l = py_list_ptr(items);
    for (size_t k = 0; k < l->len; k++) {
        py_val_t it = l->items[k];
        if (py_is_small(it)) {
            int g = (int)py_small_val(it);
            if (slots[2 * g] >= 0) py_re_text_append(vm, t, slots[2 * g], slots[2 * g + 1], b);
        } else if (py_is_str(vm, it)) {
            py_strbuf_add(vm, b, py_str_bytes(it), py_str_len(it));
        } else {
            py_strbuf_add(vm, b, (const char *)py_bytes_ptr(it)->data, py_bytes_ptr(it)->len);
        }
    }
}

py_val_t py_re_match_expand(py_vm_t *vm, py_re_match_t *m, py_val_t template) {
    py_val_t items = parse_template(vm, (py_re_pattern_t *)m->pattern, template);
    py_strbuf_t b;
    py_strbuf_init(&b);
    expand_slots(vm, &m->text, m->slots, items, &b);
    return finish(vm, &b, m->text.is_bytes);
}

// ---- sub / subn ---------------------------------------------------------------------------------

// Appends what a replacement function returned; None adds nothing. [index]
// is the result's place among the pieces CPython joins (for its message).
static void append_result(py_vm_t *vm, py_re_text_t *t, py_val_t r, size_t index, py_strbuf_t *b) {
    if (r == PY_NONE) return;
    if (!t->is_bytes) {
        if (!py_is_str(vm, r))
            py_raise_type_error(vm, "sequence item %zu: expected str instance, %s found", index,
                                py_type_name(vm, r));
        py_strbuf_add(vm, b, py_str_bytes(r), py_str_len(r));
        return;
    }
    py_buffer_t view;
    if (!py_buffer_get(vm, r, &view, false))
        py_raise_type_error(vm, "sequence item %zu: expected a bytes-like object, %s found", index,
                            py_type_name(vm, r));
    py_val_t snap = py_bytes_snapshot(vm, r);
    py_strbuf_add(vm, b, (const char *)py_bytes_ptr(snap)->data, py_bytes_ptr(snap)->len);
}

static const char *const sub_kw[] = {"repl", "string", "count", NULL};

static py_val_t subx(py_vm_t *vm, const char *fn, size_t nargs, const py_val_t *args,
                     py_val_t kwnames, bool with_count) {
    py_val_t a[3];
    py_re_args(vm, fn, nargs - 1, args + 1, kwnames, sub_kw, 2, false, a);
    py_re_pattern_t *p = (py_re_pattern_t *)args[0];
    int64_t count = a[2] == PY_NULL ? 0 : py_to_int64(vm, a[2]);
    py_re_text_t t;
    py_re_text_init(vm, p, a[1], &t);
    py_val_t repl = a[0], items = PY_NULL;
    bool call = !py_is_str(vm, repl) && !py_is_bytes(vm, repl) && py_callable(vm, repl);
    if (!call) items = parse_template(vm, p, repl);
    py_strbuf_t b;
    py_strbuf_init(&b);
    size_t last = 0, n = 0, len = t.subj.len, pieces = 0;
    walk_t w;
    walk_init(vm, &w, p, &t, 0, len);
    while (count >= 0 && (count == 0 || (int64_t)n < count) && walk_next(vm, &w)) {
        pieces += (int32_t)last < w.slots[0];
        py_re_text_append(vm, &t, (int32_t)last, w.slots[0], &b);
        if (call) {
            py_val_t mv = py_re_match_new(vm, p, &t, 0, len, w.slots, w.lastindex);
            py_val_t r = py_call1(vm, repl, mv);
            append_result(vm, &t, r, pieces, &b);
            pieces += r != PY_NONE;
        } else {
            expand_slots(vm, &t, w.slots, items, &b);
        }
        last = (size_t)w.slots[1];
        n++;
    }
    py_re_text_append(vm, &t, (int32_t)last, (int32_t)len, &b);
    py_val_t r = finish(vm, &b, t.is_bytes);
    if (!with_count) return r;
    py_val_t pair[2] = {r, py_small((py_int_t)n)};
    return py_tuple_new(vm, 2, pair);
}

py_val_t py_re_pattern_sub(py_vm_t *vm, size_t nargs, const py_val_t *args, py_val_t kwnames) {
    return subx(vm, "sub", nargs, args, kwnames, false);
}

py_val_t py_re_pattern_subn(py_vm_t *vm, size_t nargs, const py_val_t *args, py_val_t kwnames) {
    return subx(vm, "subn", nargs, args, kwnames, true);
}

// ---- split, findall, finditer -----------------------------------------------------------------------

static const char *const split_kw[] = {"string", "maxsplit", NULL};

py_val_t py_re_pattern_split(py_vm_t *vm, size_t nargs, const py_val_t *args, py_val_t kwnames) {
    py_val_t a[2];
    py_re_args(vm, "split", nargs - 1, args + 1, kwnames, split_kw, 1, false, a);
    py_re_pattern_t *p = (py_re_pattern_t *)args[0];
    int64_t maxsplit = a[1] == PY_NULL ? 0 : py_to_int64(vm, a[1]);
    py_re_text_t t;
    py_re_text_init(vm, p, a[0], &t);
    py_val_t out = py_list_new(vm, 0, NULL);
    size_t last = 0, n = 0, len = t.subj.len;
    walk_t w;
    walk_init(vm, &w, p, &t, 0, len);
    while (maxsplit >= 0 && (maxsplit == 0 || (int64_t)n < maxsplit) && walk_next(vm, &w)) {
        py_list_append(vm, out, py_re_text_slice(vm, &t, (int32_t)last, w.slots[0], PY_NONE));
        for (int g = 1; g <= p->ngroups; g++)
            py_list_append(vm, out, py_re_text_slice(vm, &t, w.slots[2 * g], w.slots[2 * g + 1], PY_NONE));
        last = (size_t)w.slots[1];
        n++;
    }
    py_list_append(vm, out, py_re_text_slice(vm, &t, (int32_t)last, (int32_t)len, PY_NONE));
    return out;
}

// Every match of args[0] in the string of the arguments, in order: as the
// values findall gives, or as Match objects for finditer.
static py_val_t all_matches(py_vm_t *vm, const char *fn, size_t nargs, const py_val_t *args,
                            py_val_t kwnames, bool as_matches) {
    static const char *const kw[] = {"string", "pos", "endpos", NULL};
    py_val_t a[3];
    py_re_args(vm, fn, nargs - 1, args + 1, kwnames, kw, 1, false, a);
    py_re_pattern_t *p = (py_re_pattern_t *)args[0];
    py_re_text_t t;
    py_re_text_init(vm, p, a[0], &t);
    size_t pos, endpos;
    py_re_span_args(vm, a[1], a[2], t.subj.len, &pos, &endpos);
    py_val_t out = py_list_new(vm, 0, NULL);
    py_val_t empty = t.is_bytes ? py_bytes_new(vm, "", 0) : py_str_intern_c(vm, "");
    walk_t w;
    walk_init(vm, &w, p, &t, pos, endpos);
    while (walk_next(vm, &w)) {
        py_val_t v;
        if (as_matches) {
            v = py_re_match_new(vm, p, &t, pos, endpos, w.slots, w.lastindex);
        } else if (p->ngroups <= 1) {
            int g = p->ngroups;
            v = py_re_text_slice(vm, &t, w.slots[2 * g], w.slots[2 * g + 1], empty);
        } else {
            v = py_tuple_new(vm, (size_t)p->ngroups, NULL);
            for (int g = 1; g <= p->ngroups; g++)
                py_tuple_ptr(v)->items[g - 1] =
                    py_re_text_slice(vm, &t, w.slots[2 * g], w.slots[2 * g + 1], empty);
        }
        py_list_append(vm, out, v);
    }
    return out;
}

py_val_t py_re_pattern_findall(py_vm_t *vm, size_t nargs, const py_val_t *args, py_val_t kwnames) {
    return all_matches(vm, "findall", nargs, args, kwnames, false);
}

py_val_t py_re_pattern_finditer(py_vm_t *vm, size_t nargs, const py_val_t *args, py_val_t kwnames) {
    return py_iter(vm, all_matches(vm, "finditer", nargs, args, kwnames, true));
}
