// tests/unit/unit_py.c: the source-running and exception-catching helpers of unit_py.h.
// Layer: tests.
// SPDX-License-Identifier: MIT

#include <criterion/criterion.h>
#include <stdio.h>
#include <string.h>

#include "compile.h"
#include "obj_dict.h"
#include "obj_exc.h"
#include "obj_str.h"
#include "runtime.h"
#include "unit_py.h"

typedef struct job {
    const char *src;
    py_parse_mode_t mode;
    py_val_t globals, result;
} job_t;

static void run_job(py_vm_t *v, void *ud) {
    job_t *j = ud;
    py_val_t code = py_compile(v, j->src, strlen(j->src), py_str_from_c(v, "<test>"), j->mode);
    if (j->globals == PY_NULL) {   // a fresh __main__ namespace
        j->globals = py_dict_new(v);
        py_dict_set_name(v, j->globals, v->names[PY_NAME___name__], v->names[PY_NAME___main__]);
    }
    j->result = py_vm_exec(v, code, j->globals);
}

// The exception's repr for a failure message; never raises.
static const char *describe(py_val_t exc) {
    static char buf[512];
    if (!py_is_obj(exc)) return "(no exception)";
    snprintf(buf, sizeof buf, "%s: %s", py_type_name(vm, exc),
             py_str_cstr(vm, py_repr(vm, exc)));
    return buf;
}

static job_t run_mode(const char *src, py_parse_mode_t mode, py_val_t globals) {
    job_t j = {src, mode, globals, PY_NULL};
    if (py_pcall(vm, run_job, &j)) {
        py_val_t e = vm->exc;
        vm->exc = PY_NULL;
        cr_assert_fail("%s raised %s", src, describe(e));
    }
    return j;
}

py_val_t unit_run(const char *src) { return run_mode(src, PY_PARSE_FILE, PY_NULL).globals; }
py_val_t unit_eval(const char *src) { return run_mode(src, PY_PARSE_EVAL, PY_NULL).result; }
py_val_t unit_eval_in(const char *src, py_val_t globals) {
    return run_mode(src, PY_PARSE_EVAL, globals).result;
}
void unit_run_in(const char *src, py_val_t globals) { run_mode(src, PY_PARSE_FILE, globals); }

py_val_t unit_run_raises(const char *src, py_exc_id_t id) {
    return unit_run_raises_in(src, PY_NULL, id);
}

py_val_t unit_run_raises_in(const char *src, py_val_t globals, py_exc_id_t id) {
    job_t j = {src, PY_PARSE_FILE, globals, PY_NULL};
    return unit_raises(run_job, &j, id);
}

py_val_t unit_get(py_val_t globals, const char *name) {
    py_val_t v = py_dict_get_name(vm, globals, py_str_intern_c(vm, name));
    cr_assert_neq(v, PY_NULL, "%s is not set", name);
    return v;
}

int64_t unit_get_int(py_val_t globals, const char *name) {
    py_val_t v = unit_get(globals, name);
    cr_assert(py_is_small(v), "%s is not a small int but %s", name, unit_repr(v));
    return py_small_val(v);
}

const char *unit_get_repr(py_val_t globals, const char *name) {
    return unit_repr(unit_get(globals, name));
}

typedef struct text_job {
    py_val_t v, result;
    bool repr;
} text_job_t;

static void text_of(py_vm_t *v, void *ud) {
    text_job_t *t = ud;
    t->result = t->repr ? py_repr(v, t->v) : py_str_of(v, t->v);
}

static const char *text(py_val_t v, bool repr) {
    text_job_t t = {v, PY_NULL, repr};
    if (py_pcall(vm, text_of, &t)) {
        py_val_t e = vm->exc;
        vm->exc = PY_NULL;
        cr_assert_fail("%s raised %s", repr ? "repr" : "str", describe(e));
    }
    return py_str_cstr(vm, t.result);
}

const char *unit_repr(py_val_t v) { return text(v, true); }
const char *unit_str(py_val_t v) { return text(v, false); }

py_val_t unit_raises(void (*fn)(py_vm_t *vm, void *ud), void *ud, py_exc_id_t id) {
    cr_assert_eq(py_pcall(vm, fn, ud), 1, "nothing was raised");
    py_val_t e = vm->exc;
    vm->exc = PY_NULL;
    cr_assert(py_exc_is(vm, e, id), "wrong exception: %s (wanted %s)", describe(e),
              py_str_cstr(vm, vm->exc_types[id]->name));
    return e;
}

void unit_raises_msg(void (*fn)(py_vm_t *vm, void *ud), void *ud, py_exc_id_t id, const char *msg) {
    py_val_t e = unit_raises(fn, ud, id);
    cr_assert_str_eq(unit_str(e), msg);
}

void unit_ok(void (*fn)(py_vm_t *vm, void *ud), void *ud) {
    if (py_pcall(vm, fn, ud)) {
        py_val_t e = vm->exc;
        vm->exc = PY_NULL;
        cr_assert_fail("raised %s", describe(e));
    }
}

void unit_expect(const char *expr, const char *repr) {
    const char *got = unit_repr(unit_eval(expr));
    cr_expect_str_eq(got, repr, "for %s: got %s, want %s", expr, got, repr);
}

void unit_expect_error(const char *src, py_exc_id_t id, const char *msg) {
    py_val_t e = unit_run_raises(src, id);
    const char *got = unit_str(e);
    cr_expect_str_eq(got, msg, "for %s: got %s, want %s", src, got, msg);
}
