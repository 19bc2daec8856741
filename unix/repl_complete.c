// unix/repl_complete.c: Tab completion for the REPL (reference §4): what a dotted chain, a
// first word or a module name after "import " completes to. Layer: unix port.
// SPDX-License-Identifier: MIT
//
// The VM is asked only for candidate names, inside one py_pcall, and they are copied to
// C strings there: the editor never holds a Python object, and a getattr that raises (a
// property, a lazy module) only means that nothing completes.

#include <stdlib.h>
#include <string.h>

#include "repl_complete.h"
#include "except.h"
#include "import.h"
#include "obj_dict.h"
#include "obj_list.h"
#include "obj_module.h"
#include "obj_str.h"
#include "runtime.h"
#include "run.h"

static const char import_word[] = "import";

// ---- candidate names as C strings ----------------------------------------------------------

typedef struct names {
    char **v;
    size_t n, cap;
    bool oom;
} names_t;

static void names_add(names_t *ns, const char *s, size_t len) {
    if (ns->oom) return;
    if (ns->n == ns->cap) {
        size_t cap = ns->cap ? ns->cap * 2 : 64;
        char **v = realloc(ns->v, cap * sizeof *v);
        if (!v) { ns->oom = true; return; }
        ns->v = v;
        ns->cap = cap;
    }
    char *copy = malloc(len + 1);
    if (!copy) { ns->oom = true; return; }
    memcpy(copy, s, len);
    copy[len] = 0;
    ns->v[ns->n++] = copy;
}

static void names_free(names_t *ns) {
    for (size_t i = 0; i < ns->n; i++) free(ns->v[i]);
    free(ns->v);
}

// ---- choosing ------------------------------------------------------------------------------

static int by_name(const void *a, const void *b) {
    return strcmp(*(char *const *)a, *(char *const *)b);
}

static bool visible(const char *name, const char *prefix, size_t plen) {
    if (strncmp(name, prefix, plen) != 0 || strlen(name) < plen) return false;
    return name[0] != '_' || (plen > 0 && prefix[0] == '_');
}

static char *copy_of(const char *s, size_t n) {
    char *c = malloc(n + 1);
    if (c) {
        memcpy(c, s, n);
        c[n] = 0;
    }
    return c;
}

bool py_repl_complete_pick(const char *prefix, size_t plen, const char *const *names,
                           size_t n, py_completion_t *out) {
    const char **hits = malloc((n ? n : 1) * sizeof *hits);
    if (!hits) return false;
    size_t k = 0;
    for (size_t i = 0; i < n; i++)
        if (visible(names[i], prefix, plen)) hits[k++] = names[i];
    qsort(hits, k, sizeof *hits, by_name);
    size_t m = 0;   // drop repeats (a name both in an instance and its class)
    for (size_t i = 0; i < k; i++)
        if (m == 0 || strcmp(hits[m - 1], hits[i]) != 0) hits[m++] = hits[i];
    bool ok = m > 0;
    if (ok) {
        size_t common = strlen(hits[0]);   // the prefix every match shares
        for (size_t i = 1; i < m; i++) {
            size_t c = 0;
            while (c < common && hits[i][c] == hits[0][c]) c++;
            common = c;
        }
        if (m == 1 || common > plen) {
            out->insert = copy_of(hits[0] + plen, common - plen);
            ok = out->insert != NULL;
        } else {
            out->names = calloc(m, sizeof *out->names);
            for (size_t i = 0; out->names && i < m; i++)
                if ((out->names[i] = copy_of(hits[i], strlen(hits[i])))) out->n_names++;
            ok = out->names && out->n_names == m;
            if (!ok) py_completion_free(out);
        }
    }
    free(hits);
    return ok;
}

// ---- asking the VM -------------------------------------------------------------------------

typedef struct job {
    const char *chain;   // "a.b.pre": the dotted chain being completed
    size_t last;         // where its last part ("pre") starts
    names_t names;
} job_t;

static void add_str_keys(job_t *j, py_vm_t *vm, py_val_t dict) {
    size_t pos = 0;
    py_dict_entry_t *e;
    while ((e = py_dict_next(dict, &pos)))
        if (py_is_str(vm, e->key)) names_add(&j->names, py_str_bytes(e->key), py_str_len(e->key));
}

// What the chain's complete parts name (PY_NULL when the first is not a global or
// builtin); may raise from a getattr.
static py_val_t resolve(py_vm_t *vm, job_t *j) {
    py_val_t obj = PY_NULL;
    size_t start = 0;
    while (start < j->last) {
        const char *dot = memchr(j->chain + start, '.', j->last - start);
        py_val_t name = py_str_intern(vm, j->chain + start, (size_t)(dot - (j->chain + start)));
        if (obj == PY_NULL) {
            obj = py_dict_get_name(vm, py_run_main_globals(vm), name);
            if (obj == PY_NULL) obj = py_dict_get_name(vm, vm->builtins_dict, name);
            if (obj == PY_NULL) return PY_NULL;
        } else {
            obj = py_getattr(vm, obj, name);
        }
        start = (size_t)(dot - j->chain) + 1;
    }
    return obj;
}

// The candidates for the chain's last part, as C strings in j->names. May raise.
static void collect(py_vm_t *vm, void *ud) {
    job_t *j = ud;
    if (j->last == 0) {
        add_str_keys(j, vm, py_run_main_globals(vm));
        return;
    }
    py_val_t obj = resolve(vm, j);
    py_val_t dir = py_dict_get_name(vm, vm->builtins_dict, py_str_intern_c(vm, "dir"));
    if (obj == PY_NULL || dir == PY_NULL) return;
    py_val_t list = py_call1(vm, dir, obj);
    if (!py_is_a(vm, list, PY_T_list)) return;
    for (size_t i = 0; i < py_list_ptr(list)->len; i++) {
        py_val_t s = py_list_ptr(list)->items[i];
        if (py_is_str(vm, s)) names_add(&j->names, py_str_bytes(s), py_str_len(s));
    }
}

// The linked-in modules and the frozen ones' top-level names.
static void module_names(names_t *ns) {
    for (const py_module_def_t *const *m = py_builtin_modules; *m; m++)
        names_add(ns, (*m)->name, strlen((*m)->name));
    for (const py_frozen_module_t *f = py_frozen_modules; f->path; f++)
        names_add(ns, f->path, strcspn(f->path, "/"));
}

static bool chain_char(char c) {
    unsigned char u = (unsigned char)c;
    return u >= 0x80 || u == '_' || u == '.' || (u >= '0' && u <= '9') ||
           ((u | 0x20) >= 'a' && (u | 0x20) <= 'z');
}

// True when [line] up to [at] is "import" and spaces (after any indentation).
static bool after_import(const char *line, size_t at) {
    size_t i = 0, n = strlen(import_word);
    while (i < at && line[i] == ' ') i++;
    if (at - i <= n || memcmp(line + i, import_word, n) != 0) return false;
    for (i += n; i < at; i++)
        if (line[i] != ' ') return false;
    return true;
}

bool py_repl_complete(py_vm_t *vm, const char *line, size_t len, py_completion_t *out) {
    size_t ws = len;
    while (ws > 0 && chain_char(line[ws - 1])) ws--;
    job_t j = {line + ws, 0, {NULL, 0, 0, false}};
    for (size_t i = ws; i < len; i++)
        if (line[i] == '.') j.last = i + 1 - ws;
    const char *prefix = line + ws + j.last;
    size_t plen = len - ws - j.last;
    if (after_import(line, ws) && j.last == 0) {
        module_names(&j.names);
    } else if (py_pcall(vm, collect, &j)) {
        vm->exc = PY_NULL;   // a getattr raised: nothing completes
    }
    bool ok = !j.names.oom &&
              py_repl_complete_pick(prefix, plen, (const char *const *)j.names.v, j.names.n, out);
    names_free(&j.names);
    if (ok || j.last != 0 || plen == 0 || plen > strlen(import_word)) return ok;
    // A first word that matches nothing but starts "import" becomes "import ".
    size_t lead = 0;
    while (lead < ws && line[lead] == ' ') lead++;
    if (lead != ws || memcmp(prefix, import_word, plen) != 0) return false;
    out->insert = malloc(strlen(import_word) - plen + 2);
    if (!out->insert) return false;
    strcpy(out->insert, import_word + plen);
    strcat(out->insert, " ");
    return true;
}

bool py_repl_complete_hook(void *vm, const char *line, size_t len, py_completion_t *out) {
    return py_repl_complete(vm, line, len, out);
}
