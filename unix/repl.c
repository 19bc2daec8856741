// unix/repl.c: the interactive prompt: reads statements (with continuation lines),
// runs them in __main__, echoes expression values. Layer: unix port.
// SPDX-License-Identifier: MIT
//
// A statement is complete when the parser accepts it and, for a compound
// statement (one that starts with if, for, def, ... or a decorator), once an
// empty line has been entered, the rule of MicroPython's and CPython's REPLs.
// Line editing and history come from readline (or libedit) via the port.

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "port_unix.h"
#include "run.h"
#include "sys.h"
#include "ast.h"
#include "builtins.h"
#include "obj_module.h"
#include "obj_dict.h"
#include "obj_str.h"

// History entries kept in ~/.micropython.history, as MicroPython's unix port.
#define HISTORY_LINES 50

typedef struct text {
    char *data;
    size_t len, cap;
} text_t;

static bool text_add(text_t *t, const char *s, size_t n) {
    if (t->len + n + 1 > t->cap) {
        size_t cap = (t->len + n + 1) * 2;
        char *d = realloc(t->data, cap);
        if (!d) return false;
        t->data = d;
        t->cap = cap;
    }
    memcpy(t->data + t->len, s, n);
    t->len += n;
    t->data[t->len] = 0;
    return true;
}

// ---- when is a statement complete? -------------------------------------------------------

static bool starts_compound(const char *s) {
    static const char *const words[] = {"if", "while", "for", "try", "with", "def", "class",
                                        "async", "match", NULL};
    while (*s == ' ' || *s == '\t') s++;
    if (*s == '@') return true;
    for (const char *const *w = words; *w; w++) {
        size_t n = strlen(*w);
        if (strncmp(s, *w, n) == 0 && (s[n] == ' ' || s[n] == '\t' || s[n] == ':' || s[n] == '('))
            return true;
    }
    return false;
}

static bool last_line_blank(const text_t *t) {
    size_t end = t->len;
    if (end > 0 && t->data[end - 1] == '\n') end--;
    size_t start = end;
    while (start > 0 && t->data[start - 1] != '\n') start--;
    for (size_t i = start; i < end; i++)
        if (t->data[i] != ' ' && t->data[i] != '\t') return false;
    return true;
}

static bool all_blank(const text_t *t) {
    for (size_t i = 0; i < t->len; i++)
        if (t->data[i] != ' ' && t->data[i] != '\t' && t->data[i] != '\n') return false;
    return true;
}

// True when the parser says more input could complete [t].
static bool parse_incomplete(const text_t *t) {
    py_arena_t arena;
    py_syntax_error_t err;
    memset(&err, 0, sizeof err);
    py_arena_init(&arena);
    py_ast_mod_t *mod = py_parse(&arena, t->data, t->len, PY_PARSE_SINGLE, &err);
    py_arena_free(&arena);
    return !mod && err.incomplete && !err.out_of_memory;
}

static bool needs_more(const text_t *t) {
    if (starts_compound(t->data) && !last_line_blank(t)) return true;
    return parse_incomplete(t);
}

static void say(const char *s) { py_port_write(1, s, strlen(s)); }

// ---- prompts and history ----------------------------------------------------------------

// sys.ps1 / sys.ps2 when they are strs, else the defaults.
static const char *prompt(py_vm_t *vm, bool continuation) {
    const char *dflt = continuation ? "... " : ">>> ";
    if (vm->sys == PY_NULL) return dflt;
    py_val_t v = py_dict_get_name(vm, ((py_module_t *)vm->sys)->dict,
                                  py_str_intern_c(vm, continuation ? "ps2" : "ps1"));
    return v != PY_NULL && py_is_str(vm, v) ? py_str_cstr(vm, v) : dflt;
}

static char *history_path(void) {
    const char *home = getenv("HOME");
    if (!home) return NULL;
    size_t n = strlen(home) + sizeof "/.micropython.history";
    char *p = malloc(n);
    if (p) snprintf(p, n, "%s/.micropython.history", home);
    return p;
}

// ---- the loop ------------------------------------------------------------------------------

// Reads one more line into [t]; returns 0, 1 at end of input, or -1 when
// Ctrl-C cancelled the statement.
static int read_more(py_vm_t *vm, text_t *t, bool tty) {
    py_run_flush(vm);
    py_port_take_interrupt();  // a Ctrl-C that came after the last statement ended
    char *line;
    size_t len;
    int r = py_port_read_line(prompt(vm, t->len > 0), &line, &len);
    if (r == 1) return 1;
    if (r < 0) {
        bool cancelled = py_port_line_cancelled();
        py_port_take_interrupt();
        if (!cancelled) return 1;   // a read error ends the session like end of input
        if (!tty) say("\n");       // readline has already moved to a new line
        return -1;
    }
    if (tty && len > 1) {
        line[len - 1] = 0;
        py_port_history_add(line);
        line[len - 1] = '\n';
    }
    bool ok = text_add(t, line, len) && (line[len - 1] == '\n' || text_add(t, "\n", 1));
    free(line);
    return ok ? 0 : 1;
}

// Runs one complete statement; returns true (and the exit status in
// *status) when it raised SystemExit, the only way it ends the REPL.
static bool execute(py_vm_t *vm, text_t *t, int *status) {
    int st = 0;
    py_run_result_t r = py_run_source(vm, t->data, t->len, "<stdin>", PY_PARSE_SINGLE, false,
                                      &st);
    t->len = 0;
    if (r == PY_RUN_EXIT) *status = st;
    return r == PY_RUN_EXIT;
}

int py_repl_run(py_vm_t *vm) {
    bool tty = py_port_stdin_is_tty();
    char *hist = tty ? history_path() : NULL;
    if (hist) py_port_history_load(hist, HISTORY_LINES);
    say(PY_SYS_BANNER "\nUse Ctrl-D to exit\n");
    text_t t = {NULL, 0, 0};
    int status = 0;
    for (;;) {
        int r = read_more(vm, &t, tty);
        if (r == 1) {
            say("\n");
            break;
        }
        if (r < 0 || all_blank(&t)) {
            t.len = 0;
            continue;
        }
        if (needs_more(&t)) continue;
        if (execute(vm, &t, &status)) break;
    }
    free(t.data);
    if (hist) py_port_history_save(hist);
    free(hist);
    return status;
}
