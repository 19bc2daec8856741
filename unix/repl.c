// unix/repl.c: the REPL engine: the friendly REPL (continuation, auto-indent, Ctrl-A..E on an
// empty line, paste mode, `_`) on a console, and the mode machine around the raw REPL.
// Layer: unix port. The reference's §1, §3, §5-§7; the raw REPL is in unix/repl_raw.c.
// SPDX-License-Identifier: MIT
//
// The bytes written are a board's (MicroPython's pyexec): "\r\n" where a board writes it,
// whatever the console does with them afterwards (a terminal's onlcr, a board link's
// conversion of the program's "\n").

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "console_tty.h"
#include "hal_front.h"
#include "help.h"
#include "port_unix.h"
#include "repl_complete.h"
#include "repl_edit.h"
#include "repl_indent.h"
#include "repl_int.h"
#include "sim_board.h"
#include "sys.h"
#include "compile.h"
#include "builtins.h"
#include "except.h"
#include "import.h"
#include "obj_exc.h"
#include "obj_tuple.h"
#include "runtime.h"
#include "obj_dict.h"
#include "obj_module.h"
#include "obj_str.h"
#ifdef PY_LINE_EDIT_LIB
#define LIBRARY_INPUT 1   // friendly lines come from readline/libedit (py_port_read_line)
#else
#define LIBRARY_INPUT 0
#endif

void py_repl_say(py_console_t *con, const char *s) { con->write(con, s, strlen(s)); }

// ---- banner and prompts ----------------------------------------------------------------

void py_repl_banner(py_vm_t *vm, py_console_t *con) {
    py_repl_say(con, "MicroPython v" PY_SYS_VERSION " on " PY_SYS_BUILD_DATE "; ");
    void *b;
    // Only a board already up names the machine: the banner never brings one up.
    if (vm->hal_state && py_hal_up(vm, &b) == &py_hal_sim) {
        char machine[256];
        sim_load_machine(sim_hal_board(b), machine, sizeof machine);
        py_repl_say(con, machine);
    } else {
        py_repl_say(con, PY_SYS_MACHINE);
    }
    py_repl_say(con, "\r\nType \"help()\" for more information.\r\n");
}

// sys.ps1 / sys.ps2 when they are strs, else the defaults; copied (malloc'd), since the
// editor may run Python code (completion) while it shows the prompt.
static char *prompt(py_vm_t *vm, bool continuation) {
    const char *text = continuation ? "... " : ">>> ";
    if (vm->sys != PY_NULL) {
        py_val_t v = py_dict_get_name(vm, ((py_module_t *)vm->sys)->dict,
                                      py_str_intern_c(vm, continuation ? "ps2" : "ps1"));
        if (v != PY_NULL && py_is_str(vm, v)) text = py_str_cstr(vm, v);
    }
    return strdup(text);
}

// ---- running code ------------------------------------------------------------------------

typedef struct exec_ctx {
    py_console_t *con;
    const char *src;
    size_t len;
    py_parse_mode_t mode;
    bool framed;   // raw REPL: \x04 after the output and after the error
    bool marked;   // the first \x04 is out
} exec_ctx_t;

static void exec_body(py_vm_t *vm, void *ud) {
    exec_ctx_t *c = ud;
    py_val_t globals = py_run_main_globals(vm);
    py_val_t code = py_compile(vm, c->src, c->len, py_str_from_c(vm, "<stdin>"), c->mode);
    py_vm_exec(vm, code, globals);
}

static void end_output(py_vm_t *vm, exec_ctx_t *c) {
    if (!c->framed || c->marked) return;
    py_run_flush(vm);
    py_repl_say(c->con, "\x04");
    c->marked = true;
}

// MicroPython's printer writes ": " after every exception's name, so a Ctrl-C ends with
// "KeyboardInterrupt: " (tools and the reference's transcripts show it); the VM's printer
// is CPython's ("KeyboardInterrupt"). The REPL prints that one traceback itself, through
// an io.StringIO, and adds the ": ".
static void print_interrupt(py_vm_t *vm, void *ud) {
    py_val_t exc = *(py_val_t *)ud;
    py_val_t io = py_import_builtin(vm, "io");
    py_val_t sio = py_call0(vm, py_getattr(vm, io, py_str_intern_c(vm, "StringIO")));
    py_exc_print(vm, exc, sio);
    py_val_t text = py_call_method(vm, sio, py_str_intern_c(vm, "getvalue"), 0, NULL);
    size_t n = py_str_len(text);
    if (n > 0 && py_str_bytes(text)[n - 1] == '\n')
        text = py_str_concat(vm, py_str_new(vm, py_str_bytes(text), n - 1),
                             py_str_intern_c(vm, ": \n"));
    py_val_t err = py_builtins_std_stream(vm, PY_NAME_stderr);
    py_builtins_write(vm, err == PY_NULL || err == PY_NONE ? vm->stderr_obj : err, text);
}

static void new_interrupt(py_vm_t *vm, void *ud) {
    py_val_t exc = py_exc_new(vm, PY_EXC_KeyboardInterrupt, PY_NULL);
    print_interrupt(vm, &exc);
    (void)ud;
}

void py_repl_print_interrupt(py_vm_t *vm) {
    if (py_pcall(vm, new_interrupt, NULL)) vm->exc = PY_NULL;
    py_run_flush(vm);
}

static bool plain_interrupt(py_vm_t *vm, py_val_t exc) {
    if (!py_exc_is(vm, exc, PY_EXC_KeyboardInterrupt)) return false;
    py_val_t args = py_exc_ptr(exc)->args;
    return args == PY_NULL || py_tuple_ptr(args)->len == 0;
}

// The first \x04 must come between the program's output and its traceback, which
// py_run_protected prints: so the error is caught here first, the mark written, and the
// same exception raised on (its traceback is already complete).
static void exec_framed(py_vm_t *vm, void *ud) {
    exec_ctx_t *c = ud;
    if (!py_pcall(vm, exec_body, ud)) return;
    py_val_t exc = vm->exc;
    vm->exc = PY_NULL;
    end_output(vm, c);
    if (plain_interrupt(vm, exc) && !py_pcall(vm, print_interrupt, &exc)) return;
    vm->exc = PY_NULL;
    py_raise(vm, exc);
}

py_run_result_t py_repl_exec(py_vm_t *vm, py_console_t *con, const char *src, size_t len,
                             py_parse_mode_t mode, bool framed, int *status) {
    exec_ctx_t c = {con, src, len, mode, framed, false};
    py_port_take_interrupt();   // a Ctrl-C typed at the prompt is not for this code
    con->running(con, true);
    py_run_result_t r = py_run_protected(vm, exec_framed, &c, status);
    py_run_flush(vm);
    con->running(con, false);
    end_output(vm, &c);
    if (framed) py_repl_say(con, "\x04");
    return r;
}

// ---- reading a statement ---------------------------------------------------------------

typedef struct text {
    char *data;
    size_t len, cap;
} text_t;

static void text_add(text_t *t, const char *s, size_t n) {
    if (t->len + n + 2 > t->cap) {
        size_t cap = (t->len + n + 2) * 2;
        char *d = realloc(t->data, cap);
        if (!d) py_port_fatal("out of memory in the REPL");
        t->data = d;
        t->cap = cap;
    }
    memcpy(t->data + t->len, s, n);
    t->len += n;
    t->data[t->len] = 0;
}

typedef struct session {
    py_vm_t *vm;
    py_console_t *con;
    py_repl_edit_t *ed;
    text_t t;
} session_t;

// One line from the editor (or, in a READLINE=... build on a terminal, from the library:
// no mode keys nor auto-indent there). Appends a PY_EDIT_LINE's text to s->t.
static py_edit_result_t read_line(session_t *s, bool continuation, size_t indent) {
    char *p = prompt(s->vm, continuation), *line = NULL;
    size_t len = 0;
    py_edit_result_t r;
    py_run_flush(s->vm);
    if (LIBRARY_INPUT && py_port_stdin_is_tty()) {
        int got = py_port_read_line(p ? p : "", &line, &len);
        r = got == 0 ? PY_EDIT_LINE : got < 0 && py_port_line_cancelled() ? PY_EDIT_CTRL_C
                                                                          : PY_EDIT_EOF;
        if (r == PY_EDIT_LINE && len && line[len - 1] == '\n') len--;
        if (r == PY_EDIT_LINE && len) {
            line[len] = 0;
            py_port_history_add(line);
        }
    } else {
        char spaces[indent + 1];
        memset(spaces, ' ', indent);
        spaces[indent] = 0;
        r = py_repl_edit_line(s->ed, s->con, p ? p : "", spaces, &line, &len);
    }
    if (r == PY_EDIT_LINE) text_add(&s->t, line, len);
    free(line);
    free(p);
    return r;
}

// ---- the friendly REPL ---------------------------------------------------------------------

typedef enum { TO_RAW, LEAVE_EXIT, LEAVE_RESET } friendly_end_t;

// Paste mode (Ctrl-E): bytes echoed, \r echoed as "\r\n=== ", no auto-indent; Ctrl-D runs
// the buffer as a file, Ctrl-C drops it. Returns false when input ended.
static bool paste(session_t *s, bool *cancelled) {
    py_repl_say(s->con, "\r\npaste mode; Ctrl-C to cancel, Ctrl-D to finish\r\n=== ");
    *cancelled = false;
    for (int prev = -1;;) {
        int c = s->con->getc(s->con);
        if (c < 0) return false;
        if (c == 3 || c == 4) {
            py_repl_say(s->con, "\r\n");
            *cancelled = c == 3;
            return true;
        }
        char ch = (char)c;
        if (c == '\r') py_repl_say(s->con, "\r\n=== ");
        else s->con->write(s->con, &ch, 1);
        // The compiler gets \n line ends: \r alone or \r\n each end one line.
        if (c != '\n' || prev != '\r') text_add(&s->t, c == '\r' ? "\n" : &ch, 1);
        prev = c;
    }
}

// After the first line: more lines while py_repl_indent_continues says so. Returns the
// editor's result that ended the statement (PY_EDIT_LINE or CTRL_D: run it; CTRL_C,
// EOF: drop it).
static py_edit_result_t continuation(session_t *s) {
    bool indent_off = false;
    while (py_repl_indent_continues(s->t.data)) {
        text_add(&s->t, "\n", 1);
        // A Tab right after an auto-indent turns auto-indent off for the rest of the statement.
        indent_off = indent_off || py_repl_edit_indent_off(s->ed);
        size_t indent = indent_off ? 0 : py_repl_indent_next(s->t.data, s->t.len);
        py_edit_result_t r = read_line(s, true, indent);
        if (r == PY_EDIT_CTRL_C || r == PY_EDIT_EOF || r == PY_EDIT_CTRL_D) return r;
    }
    return PY_EDIT_LINE;
}

static friendly_end_t friendly(session_t *s, int *status) {
    py_repl_banner(s->vm, s->con);
    for (;;) {
        s->t.len = 0;
        text_add(&s->t, "", 0);
        py_edit_result_t r = read_line(s, false, 0);
        py_parse_mode_t mode = PY_PARSE_SINGLE;
        switch (r) {
        case PY_EDIT_EOF:
            py_repl_say(s->con, "\r\n");
            *status = 0;
            return LEAVE_EXIT;
        case PY_EDIT_CTRL_A:
            py_repl_say(s->con, "\r\n");
            return TO_RAW;
        case PY_EDIT_CTRL_B:
            py_repl_say(s->con, "\r\n");
            py_repl_banner(s->vm, s->con);
            continue;
        case PY_EDIT_CTRL_C:
            py_repl_say(s->con, "\r\n");
            continue;
        case PY_EDIT_CTRL_D:
            py_repl_say(s->con, "\r\n");
            *status = 0;
            return LEAVE_RESET;
        case PY_EDIT_CTRL_E: {
            bool cancelled;
            if (!paste(s, &cancelled)) {
                *status = 0;
                return LEAVE_EXIT;
            }
            if (cancelled) continue;
            mode = PY_PARSE_FILE;
            break;
        }
        case PY_EDIT_LINE:
            if (s->t.len == 0) continue;
            r = continuation(s);
            if (r == PY_EDIT_CTRL_C) py_repl_say(s->con, "\r\n");
            if (r == PY_EDIT_EOF) {
                py_repl_say(s->con, "\r\n");
                *status = 0;
                return LEAVE_EXIT;
            }
            if (r == PY_EDIT_CTRL_C) continue;
            break;
        }
        text_add(&s->t, "\n", 1);
        if (py_repl_exec(s->vm, s->con, s->t.data, s->t.len, mode, false, status) == PY_RUN_EXIT)
            return LEAVE_RESET;
    }
}

// ---- the mode machine ------------------------------------------------------------------

py_repl_outcome_t py_repl_run_console(py_vm_t *vm, py_console_t *con, py_repl_mode_t *mode,
                                      int *status) {
    // The PC keeps 50 entries across sessions, in the editor input() uses too (one
    // history); a board 8, in RAM only (reference §8), in the link's editor that input()
    // on the link uses too (the board's boot code frees it at each soft reset).
    session_t s = {vm, con, con->board ? py_port_link_editor() : py_port_line_editor(),
                   {NULL, 0, 0}};
    if (!s.ed) py_port_fatal("out of memory in the REPL");
    py_help_set_board(con->board);
    py_repl_edit_set_complete(s.ed, py_repl_complete_hook, vm);
    char *hist = con->board ? NULL : py_repl_history_default_path();
    if (hist) py_port_history_load(hist, PY_REPL_HISTORY_MAX);
    *status = 0;
    py_repl_outcome_t out = PY_REPL_EXIT;
    for (;;) {
        if (*mode == PY_REPL_RAW) {
            bool eof = false;
            if (py_repl_raw(vm, con, status, &eof) == REPL_SWITCH) {
                *mode = PY_REPL_FRIENDLY;
                continue;
            }
            out = con->board && !eof ? PY_REPL_SOFT_RESET : PY_REPL_EXIT;
            break;
        }
        friendly_end_t e = friendly(&s, status);
        if (e == TO_RAW) {
            *mode = PY_REPL_RAW;
            continue;
        }
        out = e == LEAVE_RESET && con->board ? PY_REPL_SOFT_RESET : PY_REPL_EXIT;
        break;
    }
    if (hist) py_port_history_save(hist);
    free(hist);
    free(s.t.data);
    return out;
}

int py_repl_run(py_vm_t *vm) {
    py_console_t *con = py_console_tty_open(!(LIBRARY_INPUT && py_port_stdin_is_tty()));
    py_repl_mode_t mode = PY_REPL_FRIENDLY;
    int status = 0;
    py_repl_run_console(vm, con, &mode, &status);
    py_console_tty_close(con);
    return status;
}
