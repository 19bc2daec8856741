// tests/unit/test_import.c: the import system (vm/import.c): built-in modules and their
// u-aliases, .py modules and packages on sys.path, relative imports, errors, `import *`.
// SPDX-License-Identifier: MIT

#include <criterion/criterion.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "except.h"
#include "import.h"
#include "obj_dict.h"
#include "obj_exc.h"
#include "obj_list.h"
#include "obj_module.h"
#include "obj_str.h"
#include "obj_tuple.h"
#include "runtime.h"
#include "unit_vm.h"

static char dir[64];

static void write_file(const char *rel, const char *text) {
    char path[256];
    snprintf(path, sizeof path, "%s/%s", dir, rel);
    FILE *f = fopen(path, "w");
    cr_assert_not_null(f, "cannot write %s", path);
    fputs(text, f);
    fclose(f);
}

static void sub_dir(const char *rel) {
    char path[256];
    snprintf(path, sizeof path, "%s/%s", dir, rel);
    mkdir(path, 0700);
}

// A fresh VM whose sys.path is one temporary directory of modules.
static void setup(void) {
    unit_vm_setup();
    strcpy(dir, "/tmp/test_import_XXXXXX");
    cr_assert_not_null(mkdtemp(dir));
    py_list_append(vm, vm->sys_path, py_str_from_c(vm, dir));
    write_file("plain.py", "X = 42\n_hidden = 1\nshown = 2\n");
    write_file("broken.py", "Y = 1\nraise ValueError('broken')\n");
    write_file("withall.py", "__all__ = ['a']\na = 1\nb = 2\n");
    sub_dir("pkg");
    write_file("pkg/__init__.py", "P = 'pkg'\n");
    write_file("pkg/sub.py", "from . import sib\nS = sib.T + 1\n");
    write_file("pkg/sib.py", "T = 10\n");
    sub_dir("nspkg");
    write_file("nspkg/leaf.py", "L = 'leaf'\n");
}

static void teardown(void) {
    char cmd[128];
    snprintf(cmd, sizeof cmd, "rm -rf '%s'", dir);
    cr_assert_eq(system(cmd), 0);
    unit_vm_teardown();
}

TestSuite(import, .init = setup, .fini = teardown);

// ---- helpers running the import functions under py_pcall --------------------------------

typedef struct imp {
    const char *name;
    py_val_t fromlist;
    int level;
    py_val_t globals;
    py_val_t result;
} imp_t;

static void do_import(py_vm_t *v, void *ud) {
    imp_t *i = ud;
    i->result = py_import(v, py_str_from_c(v, i->name), i->fromlist, i->level, i->globals);
}

static py_val_t import_ok(const char *name, py_val_t fromlist) {
    imp_t i = {name, fromlist, 0, PY_NULL, PY_NULL};
    cr_assert_eq(py_pcall(vm, do_import, &i), 0, "import %s raised", name);
    return i.result;
}

static const char *exc_message(py_val_t exc) {
    py_val_t args = py_exc_ptr(exc)->args;
    return py_str_cstr(vm, py_tuple_ptr(args)->items[0]);
}

static py_val_t attr(py_val_t module, const char *name) {
    return py_dict_get_name(vm, ((py_module_t *)module)->dict, py_str_intern_c(vm, name));
}

static py_val_t modules_get(const char *name) {
    return py_dict_get(vm, vm->modules, py_str_from_c(vm, name));
}

static py_val_t names(const char *a, const char *b) {
    py_val_t items[2] = {py_str_intern_c(vm, a), b ? py_str_intern_c(vm, b) : PY_NONE};
    return py_tuple_new(vm, b ? 2 : 1, items);
}

// ---- tests ------------------------------------------------------------------------------

Test(import, builtin_module_and_u_alias) {
    py_val_t sys = import_ok("sys", PY_NONE);
    cr_assert_eq(sys, vm->sys);
    cr_assert_eq(import_ok("usys", PY_NONE), sys);
    cr_assert_eq(modules_get("usys"), sys);
    cr_assert_eq(py_import_builtin(vm, "no_such_builtin"), PY_NULL);
}

Test(import, module_file_runs_once) {
    py_val_t m = import_ok("plain", PY_NONE);
    cr_assert_eq(attr(m, "X"), py_small(42));
    cr_assert_str_eq(py_str_cstr(vm, attr(m, "__name__")), "plain");
    cr_assert(strstr(py_str_cstr(vm, attr(m, "__file__")), "/plain.py") != NULL);
    cr_assert_eq(import_ok("plain", PY_NONE), m);
}

Test(import, dotted_import_returns_top_or_leaf) {
    py_val_t top = import_ok("pkg.sub", PY_NONE);
    cr_assert_str_eq(py_str_cstr(vm, attr(top, "P")), "pkg");
    py_val_t leaf = import_ok("pkg.sub", names("S", NULL));
    cr_assert_eq(attr(leaf, "S"), py_small(11));   // through `from . import sib`
    cr_assert_eq(attr(top, "sub"), leaf);
    cr_assert(attr(top, "__path__") != PY_NULL);
}

Test(import, fromlist_loads_submodules) {
    py_val_t pkg = import_ok("pkg", names("sib", NULL));
    cr_assert(attr(pkg, "sib") != PY_NULL);
}

Test(import, namespace_package) {
    py_val_t leaf = import_ok("nspkg.leaf", names("L", NULL));
    cr_assert_str_eq(py_str_cstr(vm, attr(leaf, "L")), "leaf");
}

Test(import, relative_import_from_globals) {
    import_ok("pkg", PY_NONE);
    py_val_t g = py_dict_new(vm);
    py_dict_set(vm, g, py_str_intern_c(vm, "__package__"), py_str_from_c(vm, "pkg"));
    imp_t i = {"sib", names("T", NULL), 1, g, PY_NULL};
    cr_assert_eq(py_pcall(vm, do_import, &i), 0);
    cr_assert_eq(attr(i.result, "T"), py_small(10));
    imp_t j = {"x", names("y", NULL), 3, g, PY_NULL};
    cr_assert_eq(py_pcall(vm, do_import, &j), 1);
    cr_assert_str_eq(exc_message(vm->exc), "attempted relative import beyond top-level package");
    vm->exc = PY_NULL;
}

Test(import, missing_module_message) {
    imp_t i = {"nosuch", PY_NONE, 0, PY_NULL, PY_NULL};
    cr_assert_eq(py_pcall(vm, do_import, &i), 1);
    cr_assert(py_exc_is(vm, vm->exc, PY_EXC_ModuleNotFoundError));
    cr_assert_str_eq(exc_message(vm->exc), "No module named 'nosuch'");
    imp_t j = {"plain.x", PY_NONE, 0, PY_NULL, PY_NULL};
    cr_assert_eq(py_pcall(vm, do_import, &j), 1);
    cr_assert_str_eq(exc_message(vm->exc), "No module named 'plain.x'; 'plain' is not a package");
    vm->exc = PY_NULL;
}

Test(import, failing_module_leaves_sys_modules) {
    imp_t i = {"broken", PY_NONE, 0, PY_NULL, PY_NULL};
    cr_assert_eq(py_pcall(vm, do_import, &i), 1);
    cr_assert(py_exc_is(vm, vm->exc, PY_EXC_ValueError));
    vm->exc = PY_NULL;
    cr_assert_eq(modules_get("broken"), PY_NULL);
}

typedef struct from {
    py_val_t module, name, result;
} from_t;

static void do_from(py_vm_t *v, void *ud) {
    from_t *f = ud;
    f->result = py_import_from(v, f->module, f->name);
}

Test(import, import_from_errors_name_the_module) {
    from_t f = {import_ok("plain", PY_NONE), py_str_intern_c(vm, "nope"), PY_NULL};
    cr_assert_eq(py_pcall(vm, do_from, &f), 1);
    cr_assert(py_exc_is(vm, vm->exc, PY_EXC_ImportError));
    const char *msg = exc_message(vm->exc);
    cr_assert(strncmp(msg, "cannot import name 'nope' from 'plain' (", 40) == 0, "%s", msg);
    vm->exc = PY_NULL;
    from_t g = {import_ok("pkg", PY_NONE), py_str_intern_c(vm, "sib"), PY_NULL};
    cr_assert_eq(py_pcall(vm, do_from, &g), 0);
    cr_assert_eq(attr(g.result, "T"), py_small(10));
}

typedef struct star {
    py_val_t module, globals;
} star_t;

static void do_star(py_vm_t *v, void *ud) {
    star_t *s = ud;
    py_import_star(v, s->module, s->globals);
}

Test(import, import_star_honours_all_and_underscores) {
    star_t s = {import_ok("plain", PY_NONE), py_dict_new(vm)};
    cr_assert_eq(py_pcall(vm, do_star, &s), 0);
    cr_assert(py_dict_get(vm, s.globals, py_str_intern_c(vm, "shown")) != PY_NULL);
    cr_assert_eq(py_dict_get(vm, s.globals, py_str_intern_c(vm, "_hidden")), PY_NULL);
    star_t t = {import_ok("withall", PY_NONE), py_dict_new(vm)};
    cr_assert_eq(py_pcall(vm, do_star, &t), 0);
    cr_assert(py_dict_get(vm, t.globals, py_str_intern_c(vm, "a")) != PY_NULL);
    cr_assert_eq(py_dict_get(vm, t.globals, py_str_intern_c(vm, "b")), PY_NULL);
}
