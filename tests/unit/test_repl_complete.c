// tests/unit/test_repl_complete.c: REPL Tab completion (unix/repl_complete.c, reference
// §4): the choice among names (no VM), and __main__ names, dotted chains, `import `.
// Layer: tests.
// SPDX-License-Identifier: MIT

#include <criterion/criterion.h>
#include <stdlib.h>
#include <string.h>

#include "repl_complete.h"
#include "run.h"
#include "unit_py.h"
#include "unit_vm.h"

static py_completion_t c;

static void fini(void) { py_completion_free(&c); }

// ---- choosing among names (no VM) -------------------------------------------------------

TestSuite(complete_pick, .fini = fini);

static const char *const names[] = {"stdout", "argv", "stdin", "_x", "stderr", "argv", "path"};
#define N (sizeof names / sizeof names[0])

Test(complete_pick, one_match_inserts_the_rest) {
    cr_assert(py_repl_complete_pick("ar", 2, names, N, &c));   // a repeat is one match
    cr_assert_str_eq(c.insert, "gv");
    cr_assert_eq(c.n_names, 0);
}

Test(complete_pick, common_prefix_inserted) {
    cr_assert(py_repl_complete_pick("s", 1, names, N, &c));
    cr_assert_str_eq(c.insert, "td");
}

Test(complete_pick, several_listed_sorted) {
    cr_assert(py_repl_complete_pick("std", 3, names, N, &c));
    cr_assert_null(c.insert);
    cr_assert_eq(c.n_names, 3);
    cr_assert_str_eq(c.names[0], "stderr");
    cr_assert_str_eq(c.names[1], "stdin");
    cr_assert_str_eq(c.names[2], "stdout");
}

Test(complete_pick, underscore_names_hidden_unless_typed) {
    cr_assert(py_repl_complete_pick("", 0, names, N, &c));
    cr_assert_eq(c.n_names, 5);   // argv once, no _x
    for (size_t i = 0; i < c.n_names; i++) cr_assert_neq(c.names[i][0], '_');
    py_completion_free(&c);
    cr_assert(py_repl_complete_pick("_", 1, names, N, &c));
    cr_assert_str_eq(c.insert, "x");
}

Test(complete_pick, no_match) {
    cr_assert(!py_repl_complete_pick("zz", 2, names, N, &c));
    cr_assert(!py_repl_complete_pick("a", 1, names, 0, &c));
}

// ---- with the VM ---------------------------------------------------------------------------

static void vm_init(void) {
    unit_vm_setup();
    unit_run_in("import sys\nalpha = 1\nalpine = 2\nbeta = 3\n_hidden = 4\n"
                "class C:\n    @property\n    def bad(self): raise ValueError('no')\n"
                "    good = 5\nobj = C()\n",
                py_run_main_globals(vm));
}

static void vm_fini(void) {
    py_completion_free(&c);
    unit_vm_teardown();
}

TestSuite(complete, .init = vm_init, .fini = vm_fini);

static bool complete(const char *line) {
    py_completion_free(&c);
    return py_repl_complete(vm, line, strlen(line), &c);
}

Test(complete, main_globals) {
    cr_assert(complete("be"));
    cr_assert_str_eq(c.insert, "ta");
    cr_assert(complete("x = al"));
    cr_assert_str_eq(c.insert, "p");
    cr_assert(complete("print(alp"));
    cr_assert_eq(c.n_names, 2);
    cr_assert_str_eq(c.names[0], "alpha");
    cr_assert_str_eq(c.names[1], "alpine");
    cr_assert(complete("_hi"));
    cr_assert_str_eq(c.insert, "dden");
}

Test(complete, builtins_and_keywords_not_completed) {
    cr_assert(!complete("pri"));
    cr_assert(!complete("ab"));
    cr_assert(!complete("wh"));
    cr_assert(!complete("in"));
}

Test(complete, dotted_chain) {
    cr_assert(complete("sys.ar"));
    cr_assert_str_eq(c.insert, "gv");
    cr_assert(complete("sys.std"));
    cr_assert_eq(c.n_names, 3);
    cr_assert_str_eq(c.names[0], "stderr");
    cr_assert(complete("obj.go"));
    cr_assert_str_eq(c.insert, "od");
    cr_assert(complete("obj.__class__.go"));   // a chain of getattrs
    cr_assert_str_eq(c.insert, "od");
    cr_assert(complete("sys."));
    for (size_t i = 0; i < c.n_names; i++) cr_assert_neq(c.names[i][0], '_');
}

Test(complete, raising_getattr_completes_nothing) {
    cr_assert(!complete("obj.bad.x"));
    cr_assert_eq(vm->exc, PY_NULL);
    cr_assert(!complete("nosuch.x"));
    cr_assert(!complete("sys.nosuch.x"));
    cr_assert_eq(vm->exc, PY_NULL);
}

Test(complete, import_word) {
    cr_assert(complete("i"));
    cr_assert_str_eq(c.insert, "mport ");
    cr_assert(complete("impo"));
    cr_assert_str_eq(c.insert, "rt ");
    cr_assert(complete("    im"));   // first word after indentation
    cr_assert_str_eq(c.insert, "port ");
    cr_assert(!complete("x = im"));
}

Test(complete, module_names_after_import) {
    cr_assert(complete("import sy"));
    cr_assert_str_eq(c.insert, "s");
    cr_assert(complete("import asyn"));   // a frozen package
    cr_assert_str_eq(c.insert, "cio");
    cr_assert(complete("import ma"));
    bool math = false, machine = false;
    for (size_t i = 0; i < c.n_names; i++) {
        math |= !strcmp(c.names[i], "math");
        machine |= !strcmp(c.names[i], "machine");
    }
    cr_assert(math && machine);
}
