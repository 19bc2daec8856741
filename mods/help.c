// mods/help.c: help(): a welcome text, help('modules'), and the members of an object.
// Layer: library modules. MicroPython's help, written to sys.stdout.
// SPDX-License-Identifier: MIT

#include <stdlib.h>
#include <string.h>

#include "help.h"
#include "builtins.h"
#include "except.h"
#include "import.h"
#include "obj_dict.h"
#include "obj_func.h"
#include "obj_list.h"
#include "obj_module.h"
#include "obj_str.h"
#include "obj_tuple.h"
#include "runtime.h"

// The control table names what Ctrl-D does where the REPL runs: a board soft-resets, the
// PC's REPL exits (unix/repl.c says which, docs/repl.md).
static const char welcome_head[] =
    "Welcome to MicroPython!\n"
    "\n"
    "For online docs please visit http://docs.micropython.org/\n"
    "\n"
    "Control commands:\n"
    "  CTRL-A        -- on a blank line, enter raw REPL mode\n"
    "  CTRL-B        -- on a blank line, enter normal REPL mode\n"
    "  CTRL-C        -- interrupt a running program\n";
static const char ctrl_d_board[] = "  CTRL-D        -- on a blank line, do a soft reset of the board\n";
static const char ctrl_d_pc[] = "  CTRL-D        -- on a blank line, exit\n";
static const char welcome_tail[] =
    "  CTRL-E        -- on a blank line, enter paste mode\n"
    "\n"
    "For further help on a specific object, type help(obj)\n"
    "For a list of available modules, type help('modules')\n";

static bool on_board;

void py_help_set_board(bool board) { on_board = board; }

// Module names are laid out in columns of this width, four to a line, as MicroPython does.
#define COLUMN 18
#define PER_LINE 4

static void out(py_vm_t *vm, py_val_t text) {
    py_val_t f = py_builtins_std_stream(vm, PY_NAME_stdout);
    if (f != PY_NULL && f != PY_NONE) py_builtins_write(vm, f, text);
}

// The import name of frozen module [path] ("asyncio/__init__" -> "asyncio",
// "asyncio/core" -> "asyncio.core").
static py_val_t frozen_name(py_vm_t *vm, const char *path) {
    size_t n = strlen(path);
    const char *init = "/__init__";
    size_t k = strlen(init);
    if (n > k && strcmp(path + n - k, init) == 0) n -= k;
    py_str_t *s = py_str_alloc(vm, n);
    for (size_t i = 0; i < n; i++) s->data[i] = path[i] == '/' ? '.' : path[i];
    return py_str_finish(vm, s);
}

// Every importable module that is not a file on sys.path: sorted, no duplicates.
static py_val_t module_names(py_vm_t *vm) {
    py_val_t set = py_dict_new(vm);
    py_dict_set(vm, set, py_str_intern_c(vm, "builtins"), PY_NONE);
    py_dict_set(vm, set, py_str_intern_c(vm, "__main__"), PY_NONE);
    for (size_t i = 0; py_builtin_modules[i]; i++)
        py_dict_set(vm, set, py_str_from_c(vm, py_builtin_modules[i]->name), PY_NONE);
    for (size_t i = 0; py_frozen_modules[i].path; i++)
        py_dict_set(vm, set, frozen_name(vm, py_frozen_modules[i].path), PY_NONE);
    py_val_t list = py_list_from_iter(vm, set);
    py_list_sort(vm, list, PY_NULL, false);
    return list;
}

static void help_modules(py_vm_t *vm) {
    py_val_t names = module_names(vm);
    py_strbuf_t b;
    py_strbuf_init(&b);
    size_t n = py_list_ptr(names)->len;
    for (size_t i = 0; i < n; i++) {
        py_val_t name = py_list_ptr(names)->items[i];
        py_strbuf_add(vm, &b, py_str_bytes(name), py_str_len(name));
        bool last = i + 1 == n || (i + 1) % PER_LINE == 0;
        if (last) {
            py_strbuf_add_char(vm, &b, '\n');
            continue;
        }
        for (size_t pad = py_str_nchars(name); pad < COLUMN; pad++) py_strbuf_add_char(vm, &b, ' ');
        if (py_str_nchars(name) >= COLUMN) py_strbuf_add_char(vm, &b, ' ');
    }
    py_strbuf_add_c(vm, &b, "Plus any modules on the filesystem\n");
    out(vm, py_strbuf_finish(vm, &b));
}

// help(obj): its type, then "  name -- value" for each member of its
// namespace (a module's globals, a class's dict, else its class's dict).
static void help_object(py_vm_t *vm, py_val_t obj) {
    py_val_t type = py_from_obj(py_type_of(vm, obj));
    out(vm, py_str_format_c(vm, "object %R is of type %S\n", obj, py_getattr(vm, type, py_name(vm, PY_NAME___name__))));
    py_val_t ns = py_is_a(vm, obj, PY_T_module) || py_is_a(vm, obj, PY_T_type) ? obj : type;
    py_val_t dict = py_getattr_opt(vm, ns, py_name(vm, PY_NAME___dict__));
    if (dict == PY_NULL) return;
    py_val_t items = py_list_from_iter(vm, py_call_method(vm, dict, py_str_intern_c(vm, "items"), 0, NULL));
    for (size_t i = 0; i < py_list_ptr(items)->len; i++) {
        py_tuple_t *kv = py_tuple_ptr(py_list_ptr(items)->items[i]);
        out(vm, py_str_format_c(vm, "  %S -- %R\n", kv->items[0], kv->items[1]));
    }
}

static py_val_t help(py_vm_t *vm, size_t nargs, const py_val_t *args, py_val_t kwnames) {
    (void)kwnames;
    if (nargs == 0) {
        out(vm, py_str_from_c(vm, welcome_head));
        out(vm, py_str_from_c(vm, on_board ? ctrl_d_board : ctrl_d_pc));
        out(vm, py_str_from_c(vm, welcome_tail));
    } else if (py_is_str(vm, args[0]) && py_str_eq_c(args[0], "modules")) {
        help_modules(vm);
    } else {
        help_object(vm, args[0]);
    }
    return PY_NONE;
}

static const py_method_def_t help_def = {"help", help, 0, 1, 0};

void py_help_install(py_vm_t *vm) {
    py_dict_set_name(vm, vm->builtins_dict, py_str_intern_c(vm, "help"),
                     py_builtin_new(vm, &help_def, PY_NULL));
}
