// vm/import.c: finding, loading and running modules for the import statement.
// Layer: vm core (library). File access goes through vm/port.h; see vm/import.h.
// SPDX-License-Identifier: MIT

#include <stdlib.h>
#include <string.h>

#include "import.h"
#include "compile.h"
#include "except.h"
#include "gc.h"
#include "namespace.h"
#include "obj_dict.h"
#include "obj_exc.h"
#include "obj_list.h"
#include "obj_module.h"
#include "obj_str.h"
#include "obj_tuple.h"
#include "port.h"
#include "runtime.h"

// Where a module was found on a path: its source file and, for a package,
// its directory. file is PY_NULL for a namespace package (a bare directory).
typedef struct found {
    py_val_t file, pkgdir;
} found_t;

static py_val_t modules_get(py_vm_t *vm, py_val_t name) {
    return vm->modules == PY_NULL ? PY_NULL : py_dict_get(vm, vm->modules, name);
}

static py_val_t module_dict(py_vm_t *vm, py_val_t module) {
    if (py_is_a(vm, module, PY_T_module)) return ((py_module_t *)module)->dict;
    return py_getattr(vm, module, py_name(vm, PY_NAME___dict__));
}

// ---- built-in C modules ----------------------------------------------------------

static const py_module_def_t *find_def(const char *name) {
    for (const py_module_def_t *const *d = py_builtin_modules; *d; d++)
        if (strcmp((*d)->name, name) == 0) return *d;
    return NULL;
}

py_val_t py_import_builtin(py_vm_t *vm, const char *name) {
    const py_module_def_t *def = find_def(name);
    if (!def && name[0] == 'u') def = find_def(name + 1);  // uos -> os, utime -> time
    if (!def) return PY_NULL;
    py_val_t key = py_str_intern_c(vm, def->name);
    py_val_t m = modules_get(vm, key);
    if (m == PY_NULL) {
        m = py_module_from_def(vm, def);
        py_dict_set(vm, vm->modules, key, m);
    }
    if (strcmp(def->name, name) != 0) py_dict_set(vm, vm->modules, py_str_intern_c(vm, name), m);
    return m;
}

void py_import_start_process(py_vm_t *vm) {
    for (const py_module_def_t *const *d = py_builtin_modules; *d; d++) {
        if (!(*d)->start_process) continue;
        py_val_t m = modules_get(vm, py_str_intern_c(vm, (*d)->name));
        if (m != PY_NULL) (*d)->start_process(vm, m);
    }
}

// ---- searching a path ------------------------------------------------------------

static bool file_exists(py_vm_t *vm, py_val_t path) {
    return py_port_is_dir(py_str_cstr_path(vm, path)) == 0;
}

// The offset of the last '.' in str [s], or -1: names are len bytes, not C strings.
static ptrdiff_t last_dot(py_val_t s) {
    const char *p = py_str_bytes(s);
    for (size_t i = py_str_len(s); i > 0; i--)
        if (p[i - 1] == '.') return (ptrdiff_t)(i - 1);
    return -1;
}

// True when str [s] holds byte [c].
static bool has_byte(py_val_t s, char c) {
    return memchr(py_str_bytes(s), c, py_str_len(s)) != NULL;
}

// A name part that can never be a file: "" (a..b, a fromlist entry ''),
// one with a '/' (__import__('../x')), one with a NUL (the OS would cut it).
static bool bad_base(py_val_t base) {
    return py_str_len(base) == 0 || has_byte(base, '/') || has_byte(base, '\0');
}

// "dir/name" with an empty dir meaning the current directory.
static py_val_t join(py_vm_t *vm, py_val_t dir, py_val_t name, const char *suffix) {
    if (py_str_len(dir) == 0) return py_str_format_c(vm, "%S%s", name, suffix);
    return py_str_format_c(vm, "%S/%S%s", dir, name, suffix);
}

// Looks for [base] (the last part of a module name) in one directory:
// a package beats a module file, as in CPython.
static bool find_in_dir(py_vm_t *vm, py_val_t dir, py_val_t base, found_t *out,
                        found_t *namespace) {
    if (bad_base(base)) return false;   // a NUL in [dir]: ValueError from py_str_cstr_path
    py_val_t pkgdir = join(vm, dir, base, "");
    if (py_port_is_dir(py_str_cstr_path(vm, pkgdir)) == 1) {
        py_val_t init = join(vm, pkgdir, py_str_intern_c(vm, "__init__"), ".py");
        if (file_exists(vm, init)) {
            *out = (found_t){init, pkgdir};
            return true;
        }
        if (namespace->pkgdir == PY_NULL) *namespace = (found_t){PY_NULL, pkgdir};
    }
    py_val_t file = join(vm, dir, base, ".py");
    if (!file_exists(vm, file)) return false;
    *out = (found_t){file, PY_NULL};
    return true;
}

// ---- frozen modules -----------------------------------------------------------------

#define FROZEN_DIR ".frozen"
#define FROZEN_PREFIX_LEN (sizeof FROZEN_DIR)   // ".frozen/"

static bool is_frozen_path(py_val_t path) {
    const char *p = py_str_bytes(path);
    size_t n = py_str_len(path);
    return n >= FROZEN_PREFIX_LEN - 1 && memcmp(p, FROZEN_DIR, FROZEN_PREFIX_LEN - 1) == 0 &&
           (n == FROZEN_PREFIX_LEN - 1 || p[FROZEN_PREFIX_LEN - 1] == '/');
}

// The frozen module whose path is the [len] bytes at [rel], or NULL.
static const py_frozen_module_t *frozen_lookup(const char *rel, size_t len) {
    for (const py_frozen_module_t *m = py_frozen_modules; m->path; m++)
        if (strlen(m->path) == len && memcmp(m->path, rel, len) == 0) return m;
    return NULL;
}

// frozen_lookup for the text of str [path] after its first [skip] bytes.
static const py_frozen_module_t *frozen_lookup_str(py_val_t path, size_t skip) {
    if (py_str_len(path) < skip) return NULL;
    return frozen_lookup(py_str_bytes(path) + skip, py_str_len(path) - skip);
}

// find_in_dir for the ".frozen" entry of sys.path and the __path__ of frozen
// packages (".frozen/asyncio"): the same package-before-module rule.
static bool find_frozen(py_vm_t *vm, py_val_t dir, py_val_t base, found_t *out) {
    if (bad_base(base)) return false;
    py_val_t pkgdir = join(vm, dir, base, "");
    py_val_t init = join(vm, pkgdir, py_str_intern_c(vm, "__init__"), "");
    if (frozen_lookup_str(init, FROZEN_PREFIX_LEN)) {
        *out = (found_t){py_str_format_c(vm, "%S.py", init), pkgdir};
        return true;
    }
    if (!frozen_lookup_str(pkgdir, FROZEN_PREFIX_LEN)) return false;
    *out = (found_t){join(vm, dir, base, ".py"), PY_NULL};
    return true;
}

// Searches each directory of the list [path]; ".frozen" (and its
// subdirectories) means the frozen modules.
static bool find_on_path(py_vm_t *vm, py_val_t path, py_val_t base, found_t *out) {
    found_t namespace = {PY_NULL, PY_NULL};
    if (path == PY_NULL || !py_is_a(vm, path, PY_T_list)) return false;
    for (size_t i = 0; i < py_list_ptr(path)->len; i++) {
        py_val_t dir = py_list_ptr(path)->items[i];
        if (!py_is_str(vm, dir)) continue;
        if (is_frozen_path(dir)) {
            if (find_frozen(vm, dir, base, out)) return true;
            continue;
        }
        if (find_in_dir(vm, dir, base, out, &namespace)) return true;
    }
    *out = namespace;
    return namespace.pkgdir != PY_NULL;
}

// ---- running a module's source -------------------------------------------------------

typedef struct run_ctx {
    const char *src;
    size_t len;
    py_val_t filename, globals, code;
    py_val_t module;   // for exec_fn
} run_ctx_t;

static void compile_fn(py_vm_t *vm, void *ud) {
    run_ctx_t *c = ud;
    c->code = py_compile(vm, c->src, c->len, c->filename, PY_PARSE_FILE);
}

// Compiles file [f.file] and runs it in [module]'s dict. The source buffer
// is malloc'd, so compiling runs protected to free it on a SyntaxError.
static void run_file(py_vm_t *vm, py_val_t module, py_val_t file) {
    if (is_frozen_path(file)) {
        const char *name = py_str_bytes(file);
        const py_frozen_module_t *m =
            frozen_lookup(name + FROZEN_PREFIX_LEN, py_str_len(file) - FROZEN_PREFIX_LEN - 3);
        if (!m) py_raise_fmt(vm, PY_EXC_ImportError, "no frozen module %S", file);   // not found by find_frozen
        py_val_t code = py_compile(vm, m->source, m->len, file, PY_PARSE_FILE);
        py_vm_exec(vm, code, module_dict(vm, module));
        return;
    }
    char *src;
    size_t len;
    int r = py_port_read_file(py_str_cstr_path(vm, file), &src, &len);
    if (r < 0) py_raise_os_error(vm, -r, file);
    run_ctx_t c = {src, len, file, module_dict(vm, module), PY_NULL, module};
    int failed = py_pcall(vm, compile_fn, &c);
    free(src);
    if (failed) py_raise(vm, vm->exc);
    py_vm_exec(vm, c.code, c.globals);
}

static void exec_fn(py_vm_t *vm, void *ud) {
    run_ctx_t *c = ud;
    run_file(vm, c->module, c->filename);
}

static void set_module_attrs(py_vm_t *vm, py_val_t module, py_val_t fullname, found_t *f) {
    py_val_t d = module_dict(vm, module);
    // a namespace package (a bare directory) has __file__ None, as in CPython
    py_dict_set_name(vm, d, py_name(vm, PY_NAME___file__), f->file != PY_NULL ? f->file : PY_NONE);
    py_val_t pkg = fullname;
    if (f->pkgdir != PY_NULL) {
        py_val_t path = py_list_new(vm, 1, &f->pkgdir);
        py_dict_set_name(vm, d, py_name(vm, PY_NAME___path__), path);
    } else {
        ptrdiff_t dot = last_dot(fullname);
        pkg = py_str_new(vm, py_str_bytes(fullname), dot >= 0 ? (size_t)dot : 0);
    }
    py_dict_set_name(vm, d, py_name(vm, PY_NAME___package__), pkg);
}

// One module whose code is running, linked from vm->importing. It lives on
// the C stack of load_found, so it needs no GC root (the module is in
// sys.modules and on the C stack too).
struct py_import_frame {
    py_val_t module;
    struct py_import_frame *outer;
};

// True while [module]'s own code runs: it is "partially initialized".
// Does not raise or allocate.
static bool initializing(py_vm_t *vm, py_val_t module) {
    for (struct py_import_frame *i = vm->importing; i; i = i->outer)
        if (i->module == module) return true;
    return false;
}

// Makes module [fullname] from what was found, registered in sys.modules
// while it runs and removed again if it raises.
static py_val_t load_found(py_vm_t *vm, py_val_t fullname, found_t *f) {
    py_val_t module = py_module_new(vm, fullname);
    set_module_attrs(vm, module, fullname, f);
    py_dict_set(vm, vm->modules, fullname, module);
    if (f->file == PY_NULL) return module;
    run_ctx_t c = {NULL, 0, f->file, PY_NULL, PY_NULL, module};
    struct py_import_frame frame = {module, vm->importing};
    vm->importing = &frame;
    int failed = py_pcall(vm, exec_fn, &c);
    vm->importing = frame.outer;
    if (failed) {
        py_val_t exc = vm->exc;
        py_dict_remove(vm, vm->modules, fullname);
        py_raise(vm, exc);
    }
    py_val_t m = modules_get(vm, fullname);  // the code may have replaced itself
    return m != PY_NULL ? m : module;
}

// ---- names ---------------------------------------------------------------------------

// Raises ImportError (or a subclass, [id]) with [msg] and CPython's name
// and path attributes ([path] may be PY_NULL). May allocate.
_Noreturn static void raise_import_error(py_vm_t *vm, py_exc_id_t id, py_val_t msg, py_val_t name,
                                         py_val_t path) {
    py_val_t exc = py_exc_new(vm, id, py_tuple_new(vm, 1, &msg));
    py_setattr(vm, exc, py_str_intern_c(vm, "name"), name);
    py_setattr(vm, exc, py_str_intern_c(vm, "path"), path != PY_NULL ? path : PY_NONE);
    py_raise(vm, exc);
}

static py_val_t getattr_name(py_vm_t *vm, py_val_t obj, py_name_id_t id) {
    return py_getattr_opt(vm, obj, py_name(vm, id));
}

// The package that relative imports in [globals] start from: __package__,
// else the package __name__ belongs to (itself when __path__ says it is a
// package). PY_NULL when there is none ("no known parent package"). Raises
// as CPython's resolve_name for missing or mistyped globals. May allocate.
static py_val_t package_of(py_vm_t *vm, py_val_t globals) {
    if (globals == PY_NULL) py_raise_fmt(vm, PY_EXC_KeyError, "'__name__' not in globals");
    if (!py_is_a(vm, globals, PY_T_dict)) py_raise_type_error(vm, "globals must be a dict");
    py_val_t pkg = py_dict_get(vm, globals, py_name(vm, PY_NAME___package__));
    if (pkg != PY_NULL && pkg != PY_NONE) {
        if (!py_is_str(vm, pkg)) py_raise_type_error(vm, "package must be a string");
        return pkg;
    }
    py_val_t name = py_dict_get(vm, globals, py_name(vm, PY_NAME___name__));
    if (name == PY_NULL) py_raise_fmt(vm, PY_EXC_KeyError, "'__name__' not in globals");
    if (!py_is_str(vm, name)) py_raise_type_error(vm, "__name__ must be a string");
    if (py_dict_get(vm, globals, py_name(vm, PY_NAME___path__)) != PY_NULL) return name;
    ptrdiff_t dot = last_dot(name);
    return dot >= 0 ? py_str_new(vm, py_str_bytes(name), (size_t)dot) : PY_NULL;
}

static py_val_t resolve_name(py_vm_t *vm, py_val_t name, int level, py_val_t globals) {
    if (level == 0) return name;
    py_val_t pkg = package_of(vm, globals);
    if (pkg == PY_NULL || py_str_len(pkg) == 0)
        py_raise_fmt(vm, PY_EXC_ImportError, "attempted relative import with no known parent package");
    const char *s = py_str_bytes(pkg);
    size_t n = py_str_len(pkg);
    for (int i = 1; i < level; i++) {
        while (n > 0 && s[n - 1] != '.') n--;
        if (n == 0)
            py_raise_fmt(vm, PY_EXC_ImportError, "attempted relative import beyond top-level package");
        n--;
    }
    py_val_t base = py_str_new(vm, s, n);
    if (py_str_len(name) == 0) return base;
    return py_str_format_c(vm, "%S.%S", base, name);
}

static py_val_t import_one(py_vm_t *vm, py_val_t fullname, py_val_t base, py_val_t parent);

// `import uasyncio` as `import asyncio` when asyncio is frozen in, as the
// C modules' 'u' names (py_import_builtin); the module is in sys.modules under
// both names. PY_NULL when [fullname] is no such alias.
static py_val_t import_u_alias(py_vm_t *vm, py_val_t fullname) {
    if (py_str_len(fullname) == 0 || py_str_bytes(fullname)[0] != 'u' || has_byte(fullname, '.'))
        return PY_NULL;
    py_val_t init = py_str_format_c(vm, "%S/__init__", fullname);   // "uname/__init__"
    if (!frozen_lookup_str(fullname, 1) && !frozen_lookup_str(init, 1)) return PY_NULL;
    py_val_t name = py_str_intern(vm, py_str_bytes(fullname) + 1, py_str_len(fullname) - 1);
    py_val_t m = import_one(vm, name, name, PY_NULL);
    if (m != PY_NULL) py_dict_set(vm, vm->modules, fullname, m);
    return m;
}

// Imports [fullname] whose last part is [base], inside package [parent]
// (PY_NULL for a top-level name). Returns PY_NULL when it is not found.
static py_val_t import_one(py_vm_t *vm, py_val_t fullname, py_val_t base, py_val_t parent) {
    py_val_t m = modules_get(vm, fullname);
    if (m == PY_NONE)  // the way to block an import
        raise_import_error(vm, PY_EXC_ModuleNotFoundError,
                           py_str_format_c(vm, "import of %S halted; None in sys.modules", fullname),
                           fullname, PY_NULL);
    if (m != PY_NULL) return m;
    py_val_t path = vm->sys_path;
    if (has_byte(fullname, '\0')) return PY_NULL;   // no module's name: "No module named 'a\x00'"
    if (parent == PY_NULL) {
        m = py_import_builtin(vm, py_str_cstr(vm, fullname));
        if (m != PY_NULL) return m;
    } else {
        path = getattr_name(vm, parent, PY_NAME___path__);
        if (path == PY_NULL) return PY_NULL;
    }
    found_t f;
    if (!find_on_path(vm, path, base, &f)) {
        if (parent == PY_NULL) return import_u_alias(vm, fullname);
        return PY_NULL;
    }
    m = load_found(vm, fullname, &f);
    if (parent != PY_NULL) py_setattr(vm, parent, base, m);
    return m;
}

_Noreturn static void not_found(py_vm_t *vm, py_val_t fullname, py_val_t parent,
                                py_val_t parent_name) {
    py_val_t msg;
    if (parent != PY_NULL && getattr_name(vm, parent, PY_NAME___path__) == PY_NULL)
        msg = py_str_format_c(vm, "No module named %R; %R is not a package", fullname, parent_name);
    else
        msg = py_str_format_c(vm, "No module named %R", fullname);
    raise_import_error(vm, PY_EXC_ModuleNotFoundError, msg, fullname, PY_NULL);
}

// Imports every prefix of the dotted [fullname] in turn; returns the first
// (*top) and the last module.
static py_val_t import_dotted(py_vm_t *vm, py_val_t fullname, py_val_t *top) {
    const char *s = py_str_bytes(fullname);
    size_t len = py_str_len(fullname), start = 0;
    py_val_t parent = PY_NULL, parent_name = PY_NULL, m = PY_NULL;
    *top = PY_NULL;
    while (start <= len) {
        const char *dot = memchr(s + start, '.', len - start);
        size_t end = dot ? (size_t)(dot - s) : len;
        py_val_t prefix = py_str_intern(vm, s, end);
        py_val_t base = py_str_intern(vm, s + start, end - start);
        m = import_one(vm, prefix, base, parent);
        if (m == PY_NULL) not_found(vm, prefix, parent, parent_name);
        if (*top == PY_NULL) *top = m;
        parent = m;
        parent_name = prefix;
        start = end + 1;
        s = py_str_bytes(fullname);  // the import may have collected; the str did not move
    }
    return m;
}

static bool fromlist_empty(py_vm_t *vm, py_val_t fromlist) {
    if (fromlist == PY_NULL || fromlist == PY_NONE) return true;
    return !py_truthy(vm, fromlist);
}

// `from package import sub`: sub may be a submodule not imported yet. For
// `from package import *` the submodules named in __all__ are imported.
// Raises what their code raises; may allocate.
static void import_fromlist(py_vm_t *vm, py_val_t module, py_val_t fullname, py_val_t fromlist,
                            bool star_ok) {
    if (getattr_name(vm, module, PY_NAME___path__) == PY_NULL) return;
    py_val_t it = py_iter(vm, fromlist);
    for (py_val_t item; (item = py_next(vm, it)) != PY_NULL;) {
        if (!py_is_str(vm, item)) continue;  // py_import_star reports a bad __all__
        if (py_str_eq_c(item, "*")) {
            py_val_t all = getattr_name(vm, module, PY_NAME___all__);
            if (star_ok && all != PY_NULL) import_fromlist(vm, module, fullname, all, false);
            continue;
        }
        py_val_t name = py_str_intern_val(vm, item);
        if (py_getattr_opt(vm, module, name) != PY_NULL) continue;
        import_one(vm, py_str_format_c(vm, "%S.%S", fullname, name), name, module);
    }
}

py_val_t py_import(py_vm_t *vm, py_val_t name, py_val_t fromlist, int level, py_val_t globals) {
    if (!py_is_str(vm, name))
        py_raise_type_error(vm, "module name must be a string");
    if (level < 0) py_raise_value_error(vm, "level must be >= 0");
    if (level == 0 && py_str_len(name) == 0) py_raise_value_error(vm, "Empty module name");
    py_val_t fullname = resolve_name(vm, name, level, globals);
    py_val_t top;
    py_val_t m = import_dotted(vm, fullname, &top);
    if (fromlist_empty(vm, fromlist)) return level == 0 ? top : m;
    import_fromlist(vm, m, fullname, fromlist, true);
    return m;
}

// ---- from m import x, from m import * ---------------------------------------------------

py_val_t py_import_from(py_vm_t *vm, py_val_t module, py_val_t name) {
    py_val_t v = py_getattr_opt(vm, module, name);
    if (v != PY_NULL) return v;
    py_val_t modname = getattr_name(vm, module, PY_NAME___name__);
    if (modname != PY_NULL && py_is_str(vm, modname)) {
        // a submodule being imported right now (circular import), or not yet loaded
        py_val_t full = py_str_format_c(vm, "%S.%S", modname, name);
        v = modules_get(vm, full);
        if (v == PY_NULL && getattr_name(vm, module, PY_NAME___path__) != PY_NULL)
            v = import_one(vm, full, name, module);
        if (v != PY_NULL) return v;
    } else {
        modname = py_str_intern_c(vm, "<unknown module name>");
    }
    py_val_t file = getattr_name(vm, module, PY_NAME___file__);
    if (file == PY_NULL || !py_is_str(vm, file)) file = PY_NULL;
    py_val_t where = file != PY_NULL ? file : py_str_intern_c(vm, "unknown location");
    py_val_t msg;
    if (initializing(vm, module))
        msg = py_str_format_c(vm, "cannot import name %R from partially initialized module %R "
                                  "(most likely due to a circular import) (%S)", name, modname, where);
    else
        msg = py_str_format_c(vm, "cannot import name %R from %R (%S)", name, modname, where);
    raise_import_error(vm, PY_EXC_ImportError, msg, modname, file);
}

void py_import_star(py_vm_t *vm, py_val_t module, py_val_t globals) {
    py_val_t all = getattr_name(vm, module, PY_NAME___all__);
    if (all != PY_NULL) {
        py_val_t it = py_iter(vm, all);
        for (py_val_t name; (name = py_next(vm, it)) != PY_NULL;) {
            if (!py_is_str(vm, name))
                py_raise_type_error(vm, "Item in %S.__all__ must be str, not %T",
                                    getattr_name(vm, module, PY_NAME___name__), name);
            name = py_str_intern_val(vm, name);
            py_namespace_set(vm, globals, name, py_getattr(vm, module, name));
        }
        return;
    }
    py_val_t d = module_dict(vm, module);
    size_t pos = 0;
    for (py_dict_entry_t *e; (e = py_dict_next(d, &pos)) != NULL;) {
        if (!py_is_str(vm, e->key) || (py_str_len(e->key) && py_str_bytes(e->key)[0] == '_')) continue;
        py_val_t key = py_str_intern_val(vm, e->key), value = e->value;
        py_namespace_set(vm, globals, key, value);  // d's entries are re-read each step
    }
}

// ---- -m module ------------------------------------------------------------------------------

void py_import_run_main(py_vm_t *vm, py_val_t name, py_val_t main) {
    ptrdiff_t dot = last_dot(name);
    py_val_t path = vm->sys_path, parent = PY_NULL, parent_name = PY_NULL, base = name;
    if (dot >= 0) {
        parent_name = py_str_new(vm, py_str_bytes(name), (size_t)dot);
        py_val_t top;
        parent = import_dotted(vm, parent_name, &top);
        path = getattr_name(vm, parent, PY_NAME___path__);
        base = py_str_intern(vm, py_str_bytes(name) + dot + 1, py_str_len(name) - (size_t)dot - 1);
    }
    found_t f;
    if (!find_on_path(vm, path, base, &f)) not_found(vm, name, parent, parent_name);
    if (f.pkgdir != PY_NULL) {
        py_import(vm, name, PY_NULL, 0, PY_NULL);  // the package's __init__ runs first
        py_import_run_main(vm, py_str_format_c(vm, "%S.__main__", name), main);
        return;
    }
    set_module_attrs(vm, main, name, &f);
    run_file(vm, main, f.file);
}
