// vm/call.c: binding call arguments into a new frame's local slots, with
// CPython's TypeError messages. Layer: vm core (VM).
// SPDX-License-Identifier: MIT
//
// The caller has laid the arguments on the VM stack where the callee's
// locals start (DESIGN §5), so the exact positional case binds by leaving
// them in place. Keyword arguments, defaults, *args and **kwargs are sorted
// out here; keyword values are first copied above the frame because binding
// overwrites the slots they arrive in.

#include <stdio.h>
#include <string.h>

#include "except.h"
#include "gc.h"
#include "obj_dict.h"
#include "obj_func.h"
#include "obj_str.h"
#include "obj_tuple.h"
#include "runtime.h"
#include "vm_loop.h"

// The name messages show, printed with %S: __qualname__ may be set to any value.
static py_val_t fname(py_function_t *fn) {
    return fn->qualname;
}

// CPython's too_many_positional: keyword-only arguments already bound count too.
_Noreturn static void too_many(py_vm_t *vm, py_function_t *fn, size_t given, const py_val_t *locals) {
    py_code_t *co = fn->code;
    size_t nkwonly_given = 0;
    for (size_t i = co->argcount; i < (size_t)co->argcount + co->kwonlyargcount; i++)
        if (locals[i] != PY_NULL) nkwonly_given++;
    size_t ndef = fn->defaults ? py_tuple_ptr(fn->defaults)->len : 0;
    size_t max = co->argcount, min = max - ndef;
    const char *was = given == 1 ? "was" : "were";
    char extra[96] = "";
    if (nkwonly_given) {
        snprintf(extra, sizeof extra, " positional argument%s (and %zu keyword-only argument%s)",
                 given == 1 ? "" : "s", nkwonly_given, nkwonly_given == 1 ? "" : "s");
        was = "were";
    }
    if (min != max)
        py_raise_type_error(vm, "%S() takes from %zu to %zu positional arguments but %zu%s %s given",
                            fname(fn), min, max, given, extra, was);
    py_raise_type_error(vm, "%S() takes %zu positional argument%s but %zu%s %s given", fname(fn),
                        max, max == 1 ? "" : "s", given, extra, was);
}

// "'a', 'b', and 'c'" as CPython lists missing names.
_Noreturn static void missing(py_vm_t *vm, py_function_t *fn, const py_val_t *names, size_t n,
                              const char *kind) {
    py_strbuf_t b;
    py_strbuf_init(&b);
    for (size_t i = 0; i < n; i++) {
        if (i > 0) py_strbuf_add_c(vm, &b, n == 2 ? " and " : i + 1 == n ? ", and " : ", ");
        py_strbuf_add_val(vm, &b, names[i], true);
    }
    py_val_t list = py_strbuf_finish(vm, &b);
    py_raise_type_error(vm, "%S() missing %zu required %s argument%s: %S", fname(fn), n, kind,
                        n == 1 ? "" : "s", list);
}

static bool same_name(py_val_t a, py_val_t b) {
    return a == b || py_str_equal(a, b);
}

// CPython's positional_only_passed_as_keyword: every positional-only
// parameter named among the keywords, in parameter order.
_Noreturn static void posonly_as_keyword(py_vm_t *vm, py_function_t *fn, py_val_t kwnames) {
    py_code_t *co = fn->code;
    py_val_t *vn = py_tuple_ptr(co->varnames)->items;
    py_tuple_t *kw = py_tuple_ptr(kwnames);
    py_strbuf_t b;
    py_strbuf_init(&b);
    bool first = true;
    for (size_t i = 0; i < co->posonlyargcount; i++) {
        for (size_t k = 0; k < kw->len; k++) {
            if (!same_name(vn[i], kw->items[k])) continue;
            if (!first) py_strbuf_add_c(vm, &b, ", ");
            py_strbuf_add_val(vm, &b, vn[i], false);
            first = false;
            break;
        }
    }
    py_raise_type_error(vm, "%S() got some positional-only arguments passed as keyword arguments: '%S'",
                        fname(fn), py_strbuf_finish(vm, &b));
}

static bool names_posonly(py_code_t *co, py_val_t kwnames) {
    py_val_t *vn = py_tuple_ptr(co->varnames)->items;
    py_tuple_t *kw = py_tuple_ptr(kwnames);
    for (size_t i = 0; i < co->posonlyargcount; i++)
        for (size_t k = 0; k < kw->len; k++)
            if (same_name(vn[i], kw->items[k])) return true;
    return false;
}

// Binds keyword argument [k] of [kwnames]; unknown names go to **kwargs or raise.
static void bind_keyword(py_vm_t *vm, py_function_t *fn, py_val_t *locals, py_val_t kwdict,
                         py_val_t kwnames, size_t k, py_val_t value) {
    py_code_t *co = fn->code;
    py_val_t *vn = py_tuple_ptr(co->varnames)->items;
    py_val_t name = py_tuple_ptr(kwnames)->items[k];
    size_t end = (size_t)co->argcount + co->kwonlyargcount;
    for (size_t i = co->posonlyargcount; i < end; i++) {
        if (!same_name(vn[i], name)) continue;
        if (locals[i] != PY_NULL)
            py_raise_type_error(vm, "%S() got multiple values for argument '%S'", fname(fn), name);
        locals[i] = value;
        return;
    }
    if (kwdict != PY_NULL) {
        py_dict_set(vm, kwdict, name, value);
        return;
    }
    if (names_posonly(co, kwnames)) posonly_as_keyword(vm, fn, kwnames);
    py_raise_type_error(vm, "%S() got an unexpected keyword argument '%S'", fname(fn), name);
}

static void fill_defaults(py_vm_t *vm, py_function_t *fn, py_val_t *locals) {
    py_code_t *co = fn->code;
    py_val_t *vn = py_tuple_ptr(co->varnames)->items;
    size_t ndef = fn->defaults ? py_tuple_ptr(fn->defaults)->len : 0;
    size_t first_def = co->argcount - ndef;
    py_val_t absent[256];   // names for the message; a signature has fewer parameters
    size_t nabsent = 0;
    for (size_t i = 0; i < co->argcount; i++) {
        if (locals[i] != PY_NULL) continue;
        if (i >= first_def)
            locals[i] = py_tuple_ptr(fn->defaults)->items[i - first_def];
        else if (nabsent < 256)
            absent[nabsent++] = vn[i];
    }
    if (nabsent) missing(vm, fn, absent, nabsent, "positional");
    for (size_t i = co->argcount; i < (size_t)co->argcount + co->kwonlyargcount; i++) {
        if (locals[i] != PY_NULL) continue;
        py_val_t d = fn->kwdefaults ? py_dict_get(vm, fn->kwdefaults, vn[i]) : PY_NULL;
        if (d != PY_NULL)
            locals[i] = d;
        else if (nabsent < 256)
            absent[nabsent++] = vn[i];
    }
    if (nabsent) missing(vm, fn, absent, nabsent, "keyword-only");
}

// The general case: anything but exactly the positional parameters. The
// order of the checks is CPython's: positionals, then keywords (their
// errors first), then too many positionals, then missing ones.
static void bind_general(py_vm_t *vm, py_function_t *fn, py_val_t *base, size_t nargs,
                         py_val_t kwnames, size_t frame_size) {
    py_code_t *co = fn->code;
    size_t nkw = kwnames != PY_NULL ? py_tuple_ptr(kwnames)->len : 0;
    // Keyword values and surplus positionals move above everything the frame will use.
    size_t bound = nargs < co->argcount ? nargs : co->argcount;
    py_val_t *kwvals = base + (frame_size > nargs + nkw ? frame_size : nargs + nkw);
    memmove(kwvals, base + bound, (nargs - bound + nkw) * sizeof *kwvals);
    py_val_t *extra = kwvals;
    kwvals += nargs - bound;
    vm->stack_top = kwvals + nkw;
    py_val_t varargs = PY_NULL, kwdict = PY_NULL;
    if (co->flags & PY_CODE_VARARGS) varargs = py_tuple_new(vm, nargs - bound, extra);
    if (co->flags & PY_CODE_VARKEYWORDS) kwdict = py_dict_new(vm);
    for (size_t i = bound; i < frame_size; i++) base[i] = PY_NULL;
    for (size_t k = 0; k < nkw; k++) bind_keyword(vm, fn, base, kwdict, kwnames, k, kwvals[k]);
    if (nargs > co->argcount && !(co->flags & PY_CODE_VARARGS)) too_many(vm, fn, nargs, base);
    fill_defaults(vm, fn, base);
    size_t slot = (size_t)co->argcount + co->kwonlyargcount;
    if (co->flags & PY_CODE_VARARGS) base[slot++] = varargs;
    if (kwdict != PY_NULL) base[slot] = kwdict;
}

// Empty cells for the code's own cell variables; the closure's cells for its free ones.
static void make_cells(py_vm_t *vm, py_code_t *co, py_val_t closure, py_val_t *cells) {
    for (size_t i = 0; i < co->ncells; i++) cells[i] = py_cell_new(vm, PY_NULL);
    for (size_t i = 0; i < co->nfree; i++) cells[co->ncells + i] = py_tuple_ptr(closure)->items[i];
}

_Noreturn void py_frame_overflow(py_vm_t *vm) {
    py_raise_fmt(vm, PY_EXC_RecursionError, "maximum recursion depth exceeded");
}

void py_frame_check_room(py_vm_t *vm, py_val_t *base, size_t need) {
    if (!py_frame_fits(vm, base, need)) py_frame_overflow(vm);
}

py_frame_t *py_call_enter(py_vm_t *vm, py_val_t func, py_val_t *base, size_t nargs,
                          py_val_t kwnames) {
    py_function_t *fn = py_function_ptr(func);
    py_code_t *co = fn->code;
    size_t size = py_code_frame_size(co);
    size_t nkw = kwnames != PY_NULL ? py_tuple_ptr(kwnames)->len : 0;
    py_frame_check_room(vm, base, size + nargs + nkw);
    if (vm->stack_top < base + nargs + nkw) vm->stack_top = base + nargs + nkw;
    if (nkw == 0 && nargs == co->argcount && (co->flags & PY_CODE_SIMPLE)) {
        for (size_t i = nargs; i < size; i++) base[i] = PY_NULL;
    } else if (nkw == 0 && nargs < co->argcount && (co->flags & PY_CODE_SIMPLE) && fn->defaults &&
               nargs + py_tuple_ptr(fn->defaults)->len >= co->argcount) {
        size_t first_def = co->argcount - py_tuple_ptr(fn->defaults)->len;
        for (size_t i = nargs; i < co->argcount; i++)
            base[i] = py_tuple_ptr(fn->defaults)->items[i - first_def];
        for (size_t i = co->argcount; i < size; i++) base[i] = PY_NULL;
    } else {
        bind_general(vm, fn, base, nargs, kwnames, size);
    }
    if (co->ncells || co->nfree) make_cells(vm, co, fn->closure, base + co->nlocals);
    return py_frame_push(vm, co, func, fn->globals, base);
}

py_frame_t *py_call_enter_code(py_vm_t *vm, py_code_t *code, py_val_t func, py_val_t globals,
                               py_val_t locals) {
    py_val_t *base = vm->stack_top;
    size_t size = py_code_frame_size(code);
    py_frame_check_room(vm, base, size);
    for (size_t i = 0; i < size; i++) base[i] = PY_NULL;
    vm->stack_top = base + size;
    py_val_t closure = func != PY_NULL ? py_function_ptr(func)->closure : PY_NULL;
    if (code->ncells || code->nfree) make_cells(vm, code, closure, base + code->nlocals);
    py_frame_t *f = py_frame_push(vm, code, func, globals, base);
    f->locals = locals;
    return f;
}

py_val_t py_call_describe(py_vm_t *vm, py_val_t callable) {
    if (py_is_a(vm, callable, PY_T_builtin_function)) {
        py_builtin_t *b = (py_builtin_t *)py_obj(callable);
        if (b->owner) return py_str_format_c(vm, "%N.%s()", b->owner->name, b->def->name);
        return py_str_format_c(vm, "%s()", b->def->name);
    }
    py_val_t qual = py_getattr_opt(vm, callable, py_name(vm, PY_NAME___qualname__));
    if (qual == PY_NULL || !py_is_str(vm, qual)) return py_str_of(vm, callable);
    py_val_t mod = py_getattr_opt(vm, callable, py_name(vm, PY_NAME___module__));
    if (mod != PY_NULL && py_is_str(vm, mod) && !py_str_equal(mod, vm->names[PY_NAME_builtins]))
        return py_str_format_c(vm, "%S.%S()", mod, qual);
    return py_str_format_c(vm, "%S()", qual);
}

void py_frame_mark_all(py_vm_t *vm) {
    for (int i = 0; i < vm->depth; i++) {
        py_frame_t *f = &vm->frames[i];
        py_gc_mark(vm, py_from_obj(f->code));
        py_gc_mark(vm, f->func);
        py_gc_mark(vm, f->globals);
        py_gc_mark(vm, f->locals);
        py_gc_mark(vm, f->gen);
    }
}
