// vm/builtins_io.c: the built-in functions that talk to streams: print, input, open.
// Layer: vm core (library). Streams are objects with write/flush; the console is the port's.
// SPDX-License-Identifier: MIT

#include <stdlib.h>
#include <string.h>

#include "builtins.h"
#include "except.h"
#include "obj_str.h"
#include "obj_tuple.h"
#include "port.h"
#include "runtime.h"

// sep= and end=: None means the default, anything else must be a str.
static py_val_t text_arg(py_vm_t *vm, const char *what, py_val_t v, const char *dflt) {
    if (v == PY_NULL || v == PY_NONE) return py_str_intern_c(vm, dflt);
    if (!py_is_str(vm, v)) py_raise_type_error(vm, "%s must be None or a string, not %T", what, v);
    return v;
}

static void call_flush(py_vm_t *vm, py_val_t file) {
    if (file == PY_NULL || file == PY_NONE) return;
    py_val_t flush = py_getattr_opt(vm, file, py_name(vm, PY_NAME_flush));
    if (flush != PY_NULL) py_call0(vm, flush);
}

static bool is_heap(py_vm_t *vm, py_val_t v) {
    return (py_type_of(vm, v)->flags & PY_TF_HEAPTYPE) != 0;
}

static const char *const print_kw[] = {"sep", "end", "file", "flush", NULL};

// print's own wording for a stray keyword, as CPython's.
static void check_print_kw(py_vm_t *vm, py_val_t kwnames) {
    if (kwnames == PY_NULL) return;
    py_tuple_t *kw = py_tuple_ptr(kwnames);
    for (size_t i = 0; i < kw->len; i++) {
        size_t j = 0;
        while (print_kw[j] && !py_str_eq_c(kw->items[i], print_kw[j])) j++;
        if (!print_kw[j])
            py_raise_type_error(vm, "'%N' is an invalid keyword argument for print()", kw->items[i]);
    }
}

// print(*objects, sep=' ', end='\n', file=None, flush=False): the line is
// built first and written with as few write() calls as CPython's order allows.
static py_val_t builtin_print(py_vm_t *vm, size_t nargs, const py_val_t *args,
                              py_val_t kwnames) {
    py_val_t kw[4] = {PY_NULL, PY_NULL, PY_NULL, PY_NULL};
    check_print_kw(vm, kwnames);
    py_builtins_kwargs(vm, "print", nargs, args, kwnames, print_kw, kw);
    py_val_t sep = text_arg(vm, "sep", kw[0], " ");
    py_val_t end = text_arg(vm, "end", kw[1], "\n");
    py_val_t file = kw[2];
    if (file == PY_NULL || file == PY_NONE) file = py_builtins_std_stream(vm, PY_NAME_stdout);
    if (file == PY_NONE) return PY_NONE;
    // A Python-level file gets one write() per piece, as CPython does it.
    bool each = is_heap(vm, file);
    py_strbuf_t b;
    py_strbuf_init(&b);
    for (size_t i = 0; i < nargs; i++) {
        if (i && each) py_builtins_write(vm, file, sep);
        else if (i) py_strbuf_add(vm, &b, py_str_bytes(sep), py_str_len(sep));
        // A class's __str__ may print or raise: what comes before it goes out first.
        if (b.len && is_heap(vm, args[i])) py_builtins_write(vm, file, py_strbuf_finish(vm, &b));
        py_strbuf_add_val(vm, &b, args[i], false);
        if (each) py_builtins_write(vm, file, py_strbuf_finish(vm, &b));
    }
    py_strbuf_add(vm, &b, py_str_bytes(end), py_str_len(end));
    py_builtins_write(vm, file, py_strbuf_finish(vm, &b));
    if (kw[3] != PY_NULL && py_truthy(vm, kw[3])) call_flush(vm, file);
    return PY_NONE;
}

// Turns a line from the port into a str without its newline.
static py_val_t line_to_str(py_vm_t *vm, char *line, size_t len) {
    if (len > 0 && line[len - 1] == '\n') len--;
    if (py_utf8_count(line, len) == (size_t)-1) {
        free(line);
        py_raise_fmt(vm, PY_EXC_UnicodeDecodeError,
                     "'utf-8' codec can't decode input: invalid utf-8 data");
    }
    py_val_t s;
    // free the malloc'd line even if making the str runs out of memory
    s = py_str_new(vm, line, len);
    free(line);
    return s;
}

// input([prompt]): reads one line from standard input through the port.
static py_val_t builtin_input(py_vm_t *vm, size_t nargs, const py_val_t *args,
                              py_val_t kwnames) {
    (void)kwnames;
    py_val_t prompt = nargs > 0 ? py_str_of(vm, args[0]) : py_name(vm, PY_NAME_empty);
    call_flush(vm, py_builtins_std_stream(vm, PY_NAME_stdout));
    call_flush(vm, py_builtins_std_stream(vm, PY_NAME_stderr));
    char *line = NULL;
    size_t len = 0;
    int r = py_port_read_line(py_str_cstr(vm, prompt), &line, &len);
    if (r == 1) py_raise_fmt(vm, PY_EXC_EOFError, "EOF when reading a line");
    if (r < 0 && py_port_take_interrupt())
        py_raise(vm, py_from_obj(vm->exc_types[PY_EXC_KeyboardInterrupt]));
    if (r < 0) py_raise_os_error(vm, -r, PY_NULL);
    return line_to_str(vm, line, len);
}

// open(file, mode='r', buffering=-1, encoding=None, ...): a TextIOWrapper
// (mods/io.c), whose constructor takes open()'s arguments.
static py_val_t builtin_open(py_vm_t *vm, size_t nargs, const py_val_t *args,
                             py_val_t kwnames) {
    return py_call(vm, py_from_obj(vm->types[PY_T_textio]), nargs, args, kwnames);
}

const py_method_def_t py_builtins_io_functions[] = {
    {"print", builtin_print, 0, PY_VARARGS, PY_METH_KEYWORDS},
    {"input", builtin_input, 0, 1, 0},
    {"open", builtin_open, 0, 8, PY_METH_KEYWORDS},
    {NULL, NULL, 0, 0, 0},
};
