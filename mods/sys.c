// mods/sys.c: the sys module: argv, path, modules, std streams, exit, version identity.
// Layer: library modules. Its lists and streams are also fields of py_vm_t (vm->sys_*).
// SPDX-License-Identifier: MIT

#include <limits.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "sys.h"
#include "io.h"
#include "help.h"
#include "builtins.h"
#include "except.h"
#include "gc.h"
#include "obj_dict.h"
#include "obj_exc.h"
#include "obj_func.h"
#include "obj_int.h"
#include "obj_list.h"
#include "obj_module.h"
#include "obj_str.h"
#include "obj_tuple.h"
#include "obj_type.h"
#include "runtime.h"

// sys.implementation._mpy: .mpy version 6.3 for x64 (MicroPython's encoding:
// bits 0-7 version, 8-9 sub-version, 10-13 arch), so tools that ask for it
// pick the files a v1.23+ unix build would.
#define SYS_MPY 2822

// ---- sys.implementation: a tuple whose items are also attributes --------------------------

typedef struct attrtuple {
    py_obj_t base;
    py_val_t fields;   // tuple of str
    py_val_t values;   // tuple, same length
} attrtuple_t;

static attrtuple_t *atup(py_val_t v) { return (attrtuple_t *)v; }

static void attrtuple_mark(py_vm_t *vm, py_obj_t *o) {
    py_gc_mark(vm, py_from_obj(o->type));  // the type is made here, not rooted in vm->types
    py_gc_mark(vm, atup(py_from_obj(o))->fields);
    py_gc_mark(vm, atup(py_from_obj(o))->values);
}

static py_val_t attrtuple_getattr(py_vm_t *vm, py_val_t self, py_val_t name) {
    (void)vm;
    py_tuple_t *f = py_tuple_ptr(atup(self)->fields);
    for (size_t i = 0; i < f->len; i++)
        if (py_str_equal(f->items[i], name)) return py_tuple_ptr(atup(self)->values)->items[i];
    return PY_NULL;
}

// "(name='micropython', version=(0, 1, 0, ''), ...)", as MicroPython prints it.
static py_val_t attrtuple_repr(py_vm_t *vm, py_val_t self) {
    py_tuple_t *f = py_tuple_ptr(atup(self)->fields);
    py_strbuf_t b;
    py_strbuf_init(&b);
    py_strbuf_add_char(vm, &b, '(');
    for (size_t i = 0; i < f->len; i++) {
        if (i) py_strbuf_add_c(vm, &b, ", ");
        py_strbuf_add_val(vm, &b, f->items[i], false);
        py_strbuf_add_char(vm, &b, '=');
        py_strbuf_add_val(vm, &b, py_tuple_ptr(atup(self)->values)->items[i], true);
    }
    py_strbuf_add_char(vm, &b, ')');
    return py_strbuf_finish(vm, &b);
}

static size_t attrtuple_len(py_vm_t *vm, py_val_t self) {
    (void)vm;
    return py_tuple_ptr(atup(self)->values)->len;
}

static py_val_t attrtuple_getitem(py_vm_t *vm, py_val_t self, py_val_t key) {
    return py_getitem(vm, atup(self)->values, key);
}

// Compares as its values tuple does, with tuples or other attrtuples
// (sys.version_info >= (3, 4)).
static py_val_t attrtuple_values_of(py_val_t v) {
    return py_is_obj(v) && py_obj(v)->type->slots.getattr == attrtuple_getattr ? atup(v)->values : v;
}

static py_val_t attrtuple_compare(py_vm_t *vm, py_compare_op_t op, py_val_t a, py_val_t b) {
    return py_compare(vm, op, attrtuple_values_of(a), attrtuple_values_of(b));
}

static py_hash_t attrtuple_hash(py_vm_t *vm, py_val_t self) {
    return py_hash(vm, atup(self)->values);
}

static py_val_t attrtuple_iter(py_vm_t *vm, py_val_t self) {
    return py_iter(vm, atup(self)->values);
}

// The plain form, "(3, 11, 0)", as MicroPython prints os.stat() and time tuples.
static py_val_t attrtuple_plain_repr(py_vm_t *vm, py_val_t self) {
    return py_repr(vm, atup(self)->values);
}

static const py_type_spec_t attrtuple_plain_spec = {
    .name = "attrtuple",
    .base = PY_T_object,
    .basicsize = sizeof(attrtuple_t),
    .slots = {
        .mark = attrtuple_mark,
        .repr = attrtuple_plain_repr,
        .getattr = attrtuple_getattr,
        .len = attrtuple_len,
        .getitem = attrtuple_getitem,
        .compare = attrtuple_compare,
        .hash = attrtuple_hash,
        .iter = attrtuple_iter,
    },
};

static const py_type_spec_t attrtuple_spec = {
    .name = "attrtuple",
    .base = PY_T_object,
    .basicsize = sizeof(attrtuple_t),
    .slots = {
        .mark = attrtuple_mark,
        .repr = attrtuple_repr,
        .getattr = attrtuple_getattr,
        .len = attrtuple_len,
        .getitem = attrtuple_getitem,
        .compare = attrtuple_compare,
        .hash = attrtuple_hash,
        .iter = attrtuple_iter,
    },
};

py_val_t py_sys_attrtuple_new(py_vm_t *vm, size_t n, const char *const *names,
                              const py_val_t *values, bool named_repr) {
    py_val_t fields = py_tuple_new(vm, n, NULL);
    for (size_t i = 0; i < n; i++) py_tuple_ptr(fields)->items[i] = py_str_intern_c(vm, names[i]);
    py_val_t vals = py_tuple_new(vm, n, values);
    const py_type_spec_t *spec = named_repr ? &attrtuple_spec : &attrtuple_plain_spec;
    py_type_t *type = py_type_from_spec(vm, spec, vm->types[PY_T_object]);
    attrtuple_t *t = py_gc_new(vm, type, sizeof(attrtuple_t));
    t->fields = fields;
    t->values = vals;
    return py_from_obj(t);
}

static py_val_t make_implementation(py_vm_t *vm) {
    static const char *const names[] = {"name", "version", "_machine", "_mpy", "_build",
                                        "_thread"};
    enum { N = sizeof names / sizeof names[0] };
    py_val_t version[4] = {py_small(0), py_small(1), py_small(0), py_str_intern_c(vm, "")};
    py_val_t values[N] = {
        py_str_intern_c(vm, "micropython"), py_tuple_new(vm, 4, version),
        py_str_from_c(vm, PY_SYS_MACHINE), py_small(SYS_MPY), py_str_intern_c(vm, "standard"),
        py_str_intern_c(vm, "unsafe"),
    };
    py_val_t impl = py_sys_attrtuple_new(vm, N, names, values, true);
    // dir() lists a C type's dict: the fields go there too (the object has a type of its
    // own), so dir(sys.implementation) and the REPL's completion of
    // `sys.implementation.` show them, as MicroPython's dir() does.
    py_val_t tdict = py_type_of(vm, impl)->dict;
    for (size_t i = 0; i < N; i++) py_dict_set(vm, tdict, py_str_intern_c(vm, names[i]), values[i]);
    return impl;
}

// ---- functions ------------------------------------------------------------------------------

// sys.exit([code]): raises SystemExit(code); the top level turns it into the
// exit status. sys.exit(None) is SystemExit() with no args, as CPython's.
static py_val_t sys_exit(py_vm_t *vm, size_t nargs, const py_val_t *args, py_val_t kwnames) {
    (void)kwnames;
    if (nargs == 1 && args[0] == PY_NONE) nargs = 0;
    py_val_t exc_args = py_tuple_new(vm, nargs, args);
    py_raise(vm, py_exc_new(vm, PY_EXC_SystemExit, exc_args));
}

static const char *const print_exception_kw[] = {"file", NULL};

static py_val_t sys_print_exception(py_vm_t *vm, size_t nargs, const py_val_t *args,
                                    py_val_t kwnames) {
    py_val_t kw[1] = {PY_NULL};
    py_builtins_kwargs(vm, "print_exception", nargs, args, kwnames, print_exception_kw, kw);
    py_val_t file = nargs > 1 ? args[1] : kw[0];
    if (file == PY_NULL || file == PY_NONE) file = py_builtins_std_stream(vm, PY_NAME_stdout);
    if (!py_exc_is(vm, args[0], PY_EXC_BaseException))
        py_raise_type_error(vm, "print_exception() argument must be an exception, not %T",
                            args[0]);
    py_exc_print(vm, args[0], file);
    return PY_NONE;
}

// sys.exc_info(): (type, value, traceback) of the exception being handled.
static py_val_t sys_exc_info(py_vm_t *vm, size_t nargs, const py_val_t *args, py_val_t kwnames) {
    (void)nargs, (void)args, (void)kwnames;
    py_val_t exc = vm->handled_exc;
    py_val_t items[3] = {PY_NONE, PY_NONE, PY_NONE};
    if (exc != PY_NULL && exc != PY_NONE) {
        items[0] = py_from_obj(py_type_of(vm, exc));
        items[1] = exc;
        items[2] = py_exc_traceback(exc);
    }
    return py_tuple_new(vm, 3, items);
}

// The limit set by setrecursionlimit, kept in the module (the VM's own frame
// limit is PY_CFG_RECURSION_LIMIT, fixed at build time).
#define RECURSION_NAME "_recursionlimit"

static py_val_t sys_getrecursionlimit(py_vm_t *vm, size_t nargs, const py_val_t *args,
                                      py_val_t kwnames) {
    (void)nargs, (void)args, (void)kwnames;
    py_val_t v = py_dict_get_name(vm, ((py_module_t *)vm->sys)->dict,
                                  py_str_intern_c(vm, RECURSION_NAME));
    return v != PY_NULL ? v : py_small(PY_CFG_RECURSION_LIMIT);
}

static py_val_t sys_setrecursionlimit(py_vm_t *vm, size_t nargs, const py_val_t *args,
                                      py_val_t kwnames) {
    (void)nargs, (void)kwnames;
    if (py_is_float(vm, args[0])) py_raise_type_error(vm, "'float' object cannot be interpreted as an integer");
    int64_t n = py_to_int64(vm, args[0]);
    if (n < 1) py_raise_value_error(vm, "recursion limit must be greater or equal than 1");
    py_module_set(vm, vm->sys, RECURSION_NAME, py_small((py_int_t)n));
    return PY_NONE;
}

// ---- members ---------------------------------------------------------------------------------

static void init_streams(py_vm_t *vm, py_val_t module) {
    if (vm->stdin_obj == PY_NULL) vm->stdin_obj = py_io_textio_from_fd(vm, 0, "<stdin>", "r");
    if (vm->stdout_obj == PY_NULL) vm->stdout_obj = py_io_textio_from_fd(vm, 1, "<stdout>", "w");
    if (vm->stderr_obj == PY_NULL) vm->stderr_obj = py_io_textio_from_fd(vm, 2, "<stderr>", "w");
    py_module_set(vm, module, "stdin", vm->stdin_obj);
    py_module_set(vm, module, "stdout", vm->stdout_obj);
    py_module_set(vm, module, "stderr", vm->stderr_obj);
}

static void init_lists(py_vm_t *vm, py_val_t module) {
    if (vm->sys_argv == PY_NULL) vm->sys_argv = py_list_new(vm, 0, NULL);
    if (vm->sys_path == PY_NULL) vm->sys_path = py_list_new(vm, 0, NULL);
    if (vm->modules == PY_NULL) vm->modules = py_dict_new(vm);
    py_module_set(vm, module, "argv", vm->sys_argv);
    py_module_set(vm, module, "path", vm->sys_path);
    py_module_set(vm, module, "modules", vm->modules);
}

static void init_identity(py_vm_t *vm, py_val_t module) {
    py_module_set(vm, module, "version",
                  py_str_from_c(vm, PY_SYS_LANGUAGE "; MicroPython v" PY_SYS_VERSION
                                                    " on " PY_SYS_BUILD_DATE));
    static const char *const vi_names[] = {"major", "minor", "micro"};
    py_val_t vi[3] = {py_small(3), py_small(11), py_small(0)};
    py_module_set(vm, module, "version_info", py_sys_attrtuple_new(vm, 3, vi_names, vi, false));
    py_module_set(vm, module, "implementation", make_implementation(vm));
    py_module_set(vm, module, "platform", py_str_intern_c(vm, "linux"));
    const uint16_t one = 1;
    bool little = *(const uint8_t *)&one == 1;
    py_module_set(vm, module, "byteorder", py_str_intern_c(vm, little ? "little" : "big"));
    py_module_set(vm, module, "maxsize", py_int_from_i64(vm, INTPTR_MAX));
    py_module_set(vm, module, "ps1", py_str_from_c(vm, ">>> "));
    py_module_set(vm, module, "ps2", py_str_from_c(vm, "... "));
}

static void init_executable(py_vm_t *vm, py_val_t module) {
    char buf[PATH_MAX];
    ssize_t n = readlink("/proc/self/exe", buf, sizeof buf - 1);
    py_val_t exe = n > 0 ? py_str_new(vm, buf, (size_t)n) : py_str_intern_c(vm, "");
    py_module_set(vm, module, "executable", exe);
}

// sys is made at start-up, so it is in the start-up image: what is the
// process's own comes here.
static void sys_start_process(py_vm_t *vm, py_val_t module) {
    py_io_console_start(vm->stdin_obj);
    py_io_console_start(vm->stdout_obj);
    py_io_console_start(vm->stderr_obj);
    init_executable(vm, module);
}

static void sys_init(py_vm_t *vm, py_val_t module) {
    vm->sys = module;
    init_lists(vm, module);
    init_streams(vm, module);
    init_identity(vm, module);
    py_help_install(vm);   // sys is imported when builtins are made: help is ready too
}

static const py_method_def_t sys_functions[] = {
    {"exit", sys_exit, 0, 1, 0},
    {"print_exception", sys_print_exception, 1, 2, PY_METH_KEYWORDS},
    {"exc_info", sys_exc_info, 0, 0, 0},
    {"getrecursionlimit", sys_getrecursionlimit, 0, 0, 0},
    {"setrecursionlimit", sys_setrecursionlimit, 1, 1, 0},
    {NULL, NULL, 0, 0, 0},
};

const py_module_def_t py_mod_sys = {"sys", sys_functions, sys_init, sys_start_process};
