// mods/io.c: io.TextIOWrapper: UTF-8 text over a POSIX file descriptor, and the io module.
// Layer: library modules. open() and sys.stdin/stdout/stderr are instances of this type.
// SPDX-License-Identifier: MIT
//
// Buffers are malloc'd byte arrays (never Python values, so the GC need not
// see them) released by close() or by the finaliser. Console output goes
// through py_port_write so another port can redirect it.

#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "io.h"
#include "fs_root.h"
#include "builtins.h"
#include "except.h"
#include "gc.h"
#include "hal_front.h"
#include "import.h"
#include "obj_bytes.h"
#include "obj_func.h"
#include "obj_int.h"
#include "obj_list.h"
#include "obj_module.h"
#include "obj_str.h"
#include "port.h"
#include "runtime.h"

// Write buffer size: one page is what a pipe or disk write handles at once,
// so larger buffers save few system calls.
#define WBUF_SIZE 4096
// Read chunk: the same reasoning for reads.
#define RCHUNK 4096

typedef struct textio {
    py_obj_t base;
    int fd;
    bool readable, writable, closed, closefd;
    bool binary;         // mode 'b': bytes in and out, no UTF-8 decoding
    bool console;        // fd 0/1/2 of the process: writes go through the port
    bool line_buffered;  // flush at each newline (a terminal)
    py_val_t name;       // the path or fd as given
    py_val_t mode;       // the mode string as given
    py_val_t buffer;     // text streams: the binary stream over the same fd, made on demand
    char *rbuf;          // bytes read ahead: rbuf[rpos..rlen)
    size_t rpos, rlen, rcap;
    bool eof;
    char *wbuf;          // bytes written but not yet passed to the system
    size_t wlen;
} textio_t;

static textio_t *tio(py_val_t v) { return (textio_t *)v; }

static bool is_textio(py_vm_t *vm, py_val_t v) {
    return py_is_obj(v) && py_obj(v)->type == vm->types[PY_T_textio];
}

// The board's serial link (unix/board_boot.c): the console is a terminal to its user
// even when this process's fds are not, and stdin shares its bytes with the REPL.
static bool console_link;

// ---- raw output, never raising -----------------------------------------------------------

static int write_all(textio_t *f, const char *p, size_t n) {
    if (f->console) return py_port_write(f->fd, p, n);
    while (n > 0) {
        ssize_t w = write(f->fd, p, n);
        if (w < 0) {
            if (errno == EINTR) continue;
            return -errno;
        }
        p += w;
        n -= (size_t)w;
    }
    return 0;
}

static int flush_buf(textio_t *f) {
    if (f->wlen == 0) return 0;
    size_t n = f->wlen;
    f->wlen = 0;
    return write_all(f, f->wbuf, n);
}

void py_io_flush_quiet(py_vm_t *vm, py_val_t stream) {
    if (is_textio(vm, stream) && !tio(stream)->closed) flush_buf(tio(stream));
}

static void release(textio_t *f) {
    flush_buf(f);
    if (f->closefd && !f->closed) close(f->fd);
    f->closed = true;
    free(f->rbuf);
    free(f->wbuf);
    f->rbuf = f->wbuf = NULL;
    f->rlen = f->rpos = f->rcap = 0;
}

// ---- checks -----------------------------------------------------------------------

static textio_t *open_file(py_vm_t *vm, py_val_t self) {
    textio_t *f = tio(self);
    if (f->closed) py_raise_value_error(vm, "I/O operation on closed file.");
    return f;
}

// Raises io.UnsupportedOperation (an OSError and a ValueError, defined in
// mods/_iobuf.py) with [msg].
static _Noreturn void unsupported(py_vm_t *vm, const char *msg) {
    py_val_t mem = py_import(vm, py_str_intern_c(vm, "_iobuf"), PY_NONE, 0, PY_NULL);
    py_val_t cls = py_getattr(vm, mem, py_str_intern_c(vm, "UnsupportedOperation"));
    py_raise(vm, py_call1(vm, cls, py_str_from_c(vm, msg)));
}

static textio_t *for_reading(py_vm_t *vm, py_val_t self) {
    textio_t *f = open_file(vm, self);
    if (!f->readable) unsupported(vm, "not readable");
    return f;
}

static textio_t *for_writing(py_vm_t *vm, py_val_t self) {
    textio_t *f = open_file(vm, self);
    if (!f->writable) unsupported(vm, "not writable");
    return f;
}

static void check_os(py_vm_t *vm, int r) {
    if (r < 0) py_raise_os_error(vm, -r, PY_NULL);
}

// ---- writing -------------------------------------------------------------------------

// Output to stderr must not overtake what stdout still holds: the two are
// often the same pipe or terminal.
static void before_stderr(py_vm_t *vm, textio_t *f) {
    if (f->console && f->fd == 2) py_io_flush_quiet(vm, vm->stdout_obj);
}

static void buffer_bytes(py_vm_t *vm, textio_t *f, const char *p, size_t n) {
    if (!f->wbuf && !(f->wbuf = malloc(WBUF_SIZE))) py_raise_memory_error(vm);
    if (f->wlen + n > WBUF_SIZE) check_os(vm, flush_buf(f));
    if (n >= WBUF_SIZE) {
        check_os(vm, write_all(f, p, n));
        return;
    }
    memcpy(f->wbuf + f->wlen, p, n);
    f->wlen += n;
}

static void write_bytes(py_vm_t *vm, textio_t *f, const char *p, size_t n) {
    before_stderr(vm, f);
    if (f->console && f->binary && f->fd == 1) py_io_flush_quiet(vm, vm->stdout_obj);
    // stderr and the consoles' .buffer streams are unbuffered, so text and
    // bytes written to the same console come out in the order written
    if (f->console && (f->fd == 2 || f->binary)) {
        check_os(vm, write_all(f, p, n));
        return;
    }
    buffer_bytes(vm, f, p, n);
    if (f->line_buffered && memchr(p, '\n', n)) check_os(vm, flush_buf(f));
}

// Writes str [s] (bytes in binary mode); returns the count written.
static size_t write_value(py_vm_t *vm, textio_t *f, py_val_t s) {
    if (f->binary) {
        s = py_bytes_snapshot(vm, s);   // any buffer: bytearray, memoryview...
        write_bytes(vm, f, (const char *)py_bytes_ptr(s)->data, py_bytes_ptr(s)->len);
        return py_bytes_ptr(s)->len;
    }
    if (!py_is_str(vm, s)) py_raise_type_error(vm, "write() argument must be str, not %T", s);
    py_str_check_utf8(vm, s);   // text streams are strict UTF-8, as CPython's
    write_bytes(vm, f, py_str_bytes(s), py_str_len(s));
    return py_str_nchars(s);
}

static py_val_t textio_write(py_vm_t *vm, size_t nargs, const py_val_t *args,
                             py_val_t kwnames) {
    (void)nargs, (void)kwnames;
    textio_t *f = for_writing(vm, args[0]);
    return py_int_from_u64(vm, write_value(vm, f, args[1]));
}

static py_val_t textio_writelines(py_vm_t *vm, size_t nargs, const py_val_t *args,
                                  py_val_t kwnames) {
    (void)nargs, (void)kwnames;
    py_val_t it = py_iter(vm, args[1]);
    for (py_val_t s; (s = py_next(vm, it)) != PY_NULL;) write_value(vm, for_writing(vm, args[0]), s);
    return PY_NONE;
}

static py_val_t textio_flush(py_vm_t *vm, size_t nargs, const py_val_t *args,
                             py_val_t kwnames) {
    (void)nargs, (void)kwnames;
    textio_t *f = open_file(vm, args[0]);
    check_os(vm, flush_buf(f));
    return PY_NONE;
}

// ---- reading ---------------------------------------------------------------------------

// Reads one more chunk into the read buffer; false at end of file.
static bool fill(py_vm_t *vm, textio_t *f) {
    if (f->eof) return false;
    if (f->fd == 0) py_io_flush_quiet(vm, vm->stdout_obj);  // show the prompt first
    if (f->rpos > 0) {
        memmove(f->rbuf, f->rbuf + f->rpos, f->rlen - f->rpos);
        f->rlen -= f->rpos;
        f->rpos = 0;
    }
    if (f->rcap - f->rlen < RCHUNK) {
        char *nb = realloc(f->rbuf, f->rcap + RCHUNK);
        if (!nb) py_raise_memory_error(vm);
        f->rbuf = nb;
        f->rcap += RCHUNK;
    }
    // Under a scenario, stdin is the pipe its write-console steps fill: let
    // board time pass until they have written (as input() does through the
    // port's stdin-wait hook, which is this function), else read() would
    // block the clock the scenario runs on. No-op without a scenario.
    if (f->fd == 0) py_hal_scenario_stdin_wait(vm);
    // On the board's link stdin shares its bytes with the REPL: take only the bytes
    // asked for (one read per byte), so nothing meant for the raw REPL is eaten.
    size_t room = console_link && f->console && f->fd == 0 ? 1 : f->rcap - f->rlen;
    for (;;) {
        ssize_t n = read(f->fd, f->rbuf + f->rlen, room);
        if (n > 0) {
            f->rlen += (size_t)n;
            return true;
        }
        if (n == 0) break;
        if (errno == EINTR && !py_port_take_interrupt()) continue;
        if (errno == EINTR) py_raise(vm, py_from_obj(vm->exc_types[PY_EXC_KeyboardInterrupt]));
        py_raise_os_error(vm, errno, PY_NULL);
    }
    f->eof = true;
    return false;
}

// Takes [n] buffered bytes as a str, checking that they are UTF-8 (as
// bytes in binary mode).
static py_val_t take(py_vm_t *vm, textio_t *f, size_t n) {
    const char *p = f->rbuf ? f->rbuf + f->rpos : "";
    if (f->binary) {
        py_val_t b = py_bytes_new(vm, p, n);
        f->rpos += n;
        return b;
    }
    if (py_utf8_count(p, n) == (size_t)-1)
        py_raise_fmt(vm, PY_EXC_UnicodeDecodeError,
                     "'utf-8' codec can't decode bytes: invalid utf-8 data");
    py_val_t s = py_str_new(vm, p, n);
    f->rpos += n;
    return s;
}

// The number of bytes that hold the first [nchars] characters of p[0..len),
// or len when there are fewer (a trailing partial character included).
static size_t bytes_for_chars(const char *p, size_t len, size_t nchars) {
    size_t i = 0;
    while (i < len && nchars > 0) {
        i++;
        while (i < len && ((unsigned char)p[i] & 0xC0) == 0x80) i++;
        nchars--;
    }
    return i;
}

static size_t chars_in(const char *p, size_t len) {
    size_t n = 0;
    for (size_t i = 0; i < len; i++) n += ((unsigned char)p[i] & 0xC0) != 0x80;
    return n;
}

// The units read(n) and readline(n) count: characters, or bytes in binary mode.
static size_t units_in(const textio_t *f, const char *p, size_t len) {
    return f->binary ? len : chars_in(p, len);
}

static size_t bytes_for_units(const textio_t *f, const char *p, size_t len, size_t n) {
    return f->binary ? (n < len ? n : len) : bytes_for_chars(p, len, n);
}

static size_t value_len(py_vm_t *vm, py_val_t v) {
    return py_is_bytes(vm, v) ? py_bytes_ptr(v)->len : py_str_len(v);
}

static py_val_t read_all(py_vm_t *vm, textio_t *f) {
    while (fill(vm, f)) {}
    return take(vm, f, f->rlen - f->rpos);
}

static py_val_t read_chars(py_vm_t *vm, textio_t *f, size_t n) {
    // one more char than asked so the last one is known to be complete (text only:
    // in binary mode, waiting for byte n+1 would block a pipe that sent exactly n)
    size_t more = f->binary ? 0 : 1;
    while (units_in(f, f->rbuf + f->rpos, f->rlen - f->rpos) < n + more && fill(vm, f)) {}
    size_t avail = f->rlen - f->rpos;
    return take(vm, f, bytes_for_units(f, f->rbuf ? f->rbuf + f->rpos : "", avail, n));
}

static int64_t size_arg(py_vm_t *vm, size_t nargs, const py_val_t *args) {
    if (nargs < 2 || args[1] == PY_NONE) return -1;
    return py_to_int64(vm, args[1]);
}

static py_val_t textio_read(py_vm_t *vm, size_t nargs, const py_val_t *args,
                            py_val_t kwnames) {
    (void)kwnames;
    textio_t *f = for_reading(vm, args[0]);
    int64_t n = size_arg(vm, nargs, args);
    if (n < 0) return read_all(vm, f);
    return read_chars(vm, f, (size_t)n);
}

// One line with its '\n', at most [limit] characters (limit < 0: no limit);
// "" at end of file.
static py_val_t read_line(py_vm_t *vm, textio_t *f, int64_t limit) {
    size_t scanned = 0;
    for (;;) {
        const char *p = f->rbuf ? f->rbuf + f->rpos : "";
        size_t avail = f->rlen - f->rpos;
        const char *nl = memchr(p + scanned, '\n', avail - scanned);
        if (nl) {
            size_t n = (size_t)(nl - p) + 1;
            if (limit >= 0) n = bytes_for_units(f, p, n, (size_t)limit);
            return take(vm, f, n);
        }
        if (limit >= 0 && units_in(f, p, avail) > (size_t)limit)
            return take(vm, f, bytes_for_units(f, p, avail, (size_t)limit));
        scanned = avail;
        if (!fill(vm, f)) return take(vm, f, f->rlen - f->rpos);
    }
}

// f.readinto(buffer): reads up to len(buffer) bytes into a writable buffer
// (binary mode only); returns the count, 0 at end of file.
static py_val_t textio_readinto(py_vm_t *vm, size_t nargs, const py_val_t *args,
                                py_val_t kwnames) {
    (void)nargs, (void)kwnames;
    textio_t *f = for_reading(vm, args[0]);
    py_buffer_t view;
    if (!py_buffer_get(vm, args[1], &view, true))
        py_raise_type_error(vm, "readinto() argument must be read-write bytes-like object, not %T", args[1]);
    if (!f->binary)
        py_raise_fmt(vm, PY_EXC_AttributeError, "'TextIOWrapper' object has no attribute 'readinto'");
    py_val_t data = read_chars(vm, f, view.len);
    py_bytes_t *b = py_bytes_ptr(data);
    py_buffer_require(vm, args[1], &view, true);   // again: reading allocated
    size_t n = b->len < view.len ? b->len : view.len;
    memcpy(view.data, b->data, n);
    return py_int_from_u64(vm, n);
}

static py_val_t textio_readline(py_vm_t *vm, size_t nargs, const py_val_t *args,
                                py_val_t kwnames) {
    (void)kwnames;
    textio_t *f = for_reading(vm, args[0]);
    return read_line(vm, f, size_arg(vm, nargs, args));
}

static py_val_t textio_readlines(py_vm_t *vm, size_t nargs, const py_val_t *args,
                                 py_val_t kwnames) {
    (void)nargs, (void)kwnames;
    py_val_t list = py_list_new(vm, 0, NULL);
    for (;;) {
        py_val_t line = read_line(vm, for_reading(vm, args[0]), -1);
        if (value_len(vm, line) == 0) return list;
        py_list_append(vm, list, line);
    }
}

static py_val_t textio_iter(py_vm_t *vm, py_val_t self) {
    open_file(vm, self);
    return self;
}

static py_val_t textio_next(py_vm_t *vm, py_val_t self) {
    py_val_t line = read_line(vm, for_reading(vm, self), -1);
    return value_len(vm, line) == 0 ? PY_NULL : line;
}

// ---- positioning and the rest ---------------------------------------------------------------

static py_val_t textio_tell(py_vm_t *vm, size_t nargs, const py_val_t *args,
                            py_val_t kwnames) {
    (void)nargs, (void)kwnames;
    textio_t *f = open_file(vm, args[0]);
    off_t pos = lseek(f->fd, 0, SEEK_CUR);
    if (pos < 0) py_raise_os_error(vm, errno, PY_NULL);
    return py_int_from_i64(vm, (int64_t)pos - (int64_t)(f->rlen - f->rpos) + (int64_t)f->wlen);
}

static py_val_t textio_seek(py_vm_t *vm, size_t nargs, const py_val_t *args,
                            py_val_t kwnames) {
    (void)kwnames;
    textio_t *f = open_file(vm, args[0]);
    int64_t off = py_to_int64(vm, args[1]);
    int64_t whence = nargs > 2 ? py_to_int64(vm, args[2]) : 0;
    if (whence < 0 || whence > 2) py_raise_value_error(vm, "invalid whence (%d, should be 0, 1 or 2)", (int)whence);
    check_os(vm, flush_buf(f));
    if (whence == SEEK_CUR) off -= (int64_t)(f->rlen - f->rpos);
    f->rpos = f->rlen = 0;
    f->eof = false;
    off_t pos = lseek(f->fd, (off_t)off, (int)whence);
    if (pos < 0) py_raise_os_error(vm, errno, PY_NULL);
    return py_int_from_i64(vm, (int64_t)pos);
}

// f.truncate(size=None): cuts (or extends) the file to [size] bytes, by
// default the current position; the position does not move.
static py_val_t textio_truncate(py_vm_t *vm, size_t nargs, const py_val_t *args,
                                py_val_t kwnames) {
    (void)kwnames;
    textio_t *f = open_file(vm, args[0]);
    if (!f->writable) unsupported(vm, "File not open for writing");
    check_os(vm, flush_buf(f));
    int64_t size;
    if (nargs > 1 && args[1] != PY_NONE) {
        size = py_to_int64(vm, args[1]);
        if (size < 0) py_raise_os_error(vm, EINVAL, PY_NULL);
    } else {
        off_t pos = lseek(f->fd, 0, SEEK_CUR);
        if (pos < 0) py_raise_os_error(vm, errno, PY_NULL);
        size = (int64_t)pos - (int64_t)(f->rlen - f->rpos);
    }
    if (ftruncate(f->fd, (off_t)size) < 0) py_raise_os_error(vm, errno, PY_NULL);
    return py_int_from_i64(vm, size);
}

static py_val_t textio_seekable(py_vm_t *vm, size_t nargs, const py_val_t *args,
                                py_val_t kwnames) {
    (void)nargs, (void)kwnames;
    return py_bool(lseek(open_file(vm, args[0])->fd, 0, SEEK_CUR) >= 0);
}

static py_val_t textio_close(py_vm_t *vm, size_t nargs, const py_val_t *args,
                             py_val_t kwnames) {
    (void)nargs, (void)kwnames;
    textio_t *f = tio(args[0]);
    if (f->closed) return PY_NONE;
    int r = flush_buf(f);
    release(f);
    check_os(vm, r);
    return PY_NONE;
}

static py_val_t textio_fileno(py_vm_t *vm, size_t nargs, const py_val_t *args,
                              py_val_t kwnames) {
    (void)nargs, (void)kwnames;
    return py_small(open_file(vm, args[0])->fd);
}

static py_val_t textio_readable(py_vm_t *vm, size_t nargs, const py_val_t *args,
                                py_val_t kwnames) {
    (void)nargs, (void)kwnames;
    return py_bool(open_file(vm, args[0])->readable);
}

static py_val_t textio_writable(py_vm_t *vm, size_t nargs, const py_val_t *args,
                                py_val_t kwnames) {
    (void)nargs, (void)kwnames;
    return py_bool(open_file(vm, args[0])->writable);
}

static py_val_t textio_isatty(py_vm_t *vm, size_t nargs, const py_val_t *args,
                              py_val_t kwnames) {
    (void)nargs, (void)kwnames;
    return py_bool(isatty(open_file(vm, args[0])->fd) == 1);
}

static py_val_t textio_enter(py_vm_t *vm, size_t nargs, const py_val_t *args,
                             py_val_t kwnames) {
    (void)nargs, (void)kwnames;
    open_file(vm, args[0]);
    return args[0];
}

static py_val_t textio_exit(py_vm_t *vm, size_t nargs, const py_val_t *args,
                            py_val_t kwnames) {
    textio_close(vm, nargs, args, kwnames);
    return PY_NONE;
}

// ---- construction: open(file, mode='r', buffering=-1, encoding=None, ...) ------------------

typedef struct open_mode {
    int flags;
    bool readable, writable, binary;
} open_mode_t;

// CPython's checks, in its order: unknown or repeated characters, then text
// with binary, then the count of r/w/a/x.
static open_mode_t parse_mode(py_vm_t *vm, py_val_t mode) {
    const char *m = py_str_bytes(mode), *end = m + py_str_len(mode);
    // CPython turns the mode into a C string first
    if (memchr(m, '\0', py_str_len(mode))) py_raise_value_error(vm, "embedded null character");
    open_mode_t r = {0, false, false, false};
    int kinds = 0, plus = 0, text = 0;
    for (const char *p = m; p < end; p++) {
        if (!*p || !strchr("rwxabt+", *p) || memchr(p + 1, *p, (size_t)(end - p - 1)))
            py_raise_value_error(vm, "invalid mode: '%N'", mode);
        switch (*p) {
        case 'r': kinds++; r.readable = true; break;
        case 'w': kinds++; r.writable = true; r.flags = O_CREAT | O_TRUNC; break;
        case 'a': kinds++; r.writable = true; r.flags = O_CREAT | O_APPEND; break;
        case 'x': kinds++; r.writable = true; r.flags = O_CREAT | O_EXCL; break;
        case '+': plus++; r.readable = r.writable = true; break;
        case 't': text++; break;
        default: r.binary = true; break;
        }
    }
    if (text && r.binary) py_raise_value_error(vm, "can't have text and binary mode at once");
    if (kinds > 1) py_raise_value_error(vm, "must have exactly one of create/read/write/append mode");
    if (kinds == 0)
        py_raise_value_error(vm, "Must have exactly one of create/read/write/append mode and at most one plus");
    r.flags |= r.readable && r.writable ? O_RDWR : r.writable ? O_WRONLY : O_RDONLY;
    return r;
}

static textio_t *textio_alloc(py_vm_t *vm, py_val_t name, py_val_t mode) {
    textio_t *f = py_gc_new(vm, vm->types[PY_T_textio], sizeof(textio_t));
    f->fd = -1;
    f->closed = true;   // until the fd is in place, the finaliser leaves it alone
    f->name = name;
    f->mode = mode;
    return f;
}

static int open_path(py_vm_t *vm, py_val_t file, int flags) {
    int fd = open(py_fs_root_map(py_str_cstr_path(vm, file)), flags | O_CLOEXEC, 0666);
    if (fd < 0) py_raise_os_error(vm, errno, file);
    struct stat st;
    if (fstat(fd, &st) == 0 && S_ISDIR(st.st_mode)) {
        close(fd);
        py_raise_os_error(vm, EISDIR, file);
    }
    return fd;
}

static const char *const open_kw[] = {"file", "mode", "buffering", "encoding", "errors",
                                      "newline", "closefd", "opener", NULL};

static py_val_t textio_make_new(py_vm_t *vm, py_type_t *type, size_t nargs,
                                const py_val_t *args, py_val_t kwnames) {
    (void)type;
    py_val_t a[8] = {0};
    if (nargs > 8) py_raise_type_error(vm, "open() takes at most 8 arguments (%zu given)", nargs);
    py_builtins_kwargs(vm, "open", nargs, args, kwnames, open_kw, a);
    for (size_t i = 0; i < nargs; i++) a[i] = args[i];
    if (a[0] == PY_NULL) py_raise_type_error(vm, "open() missing required argument 'file' (pos 1)");
    py_val_t mode = a[1] != PY_NULL ? a[1] : py_str_intern_c(vm, "r");
    if (!py_is_str(vm, mode)) py_raise_type_error(vm, "open() argument 'mode' must be str, not %T", mode);
    if (a[3] != PY_NULL && a[3] != PY_NONE && !py_is_str(vm, a[3]))
        py_raise_type_error(vm, "open() argument 'encoding' must be str or None, not %T", a[3]);
    open_mode_t m = parse_mode(vm, mode);
    if (m.binary && a[3] != PY_NULL && a[3] != PY_NONE)
        py_raise_value_error(vm, "binary mode doesn't take an encoding argument");
    bool is_fd = py_is_int(vm, a[0]);
    if (!is_fd && !py_is_str(vm, a[0]))
        py_raise_type_error(vm, "expected str, bytes or os.PathLike object, not %T", a[0]);
    textio_t *f = textio_alloc(vm, a[0], mode);
    f->fd = is_fd ? (int)py_to_int64(vm, a[0]) : open_path(vm, a[0], m.flags);
    f->closed = false;
    f->closefd = a[6] == PY_NULL || py_truthy(vm, a[6]);
    f->readable = m.readable;
    f->writable = m.writable;
    f->binary = m.binary;
    return py_from_obj(f);
}

py_val_t py_io_textio_from_fd(py_vm_t *vm, int fd, const char *name, const char *mode) {
    py_val_t n = py_str_from_c(vm, name);
    py_val_t m = py_str_intern_c(vm, mode);
    textio_t *f = textio_alloc(vm, n, m);
    f->fd = fd;
    f->closed = false;
    f->console = true;
    f->readable = mode[0] == 'r';
    f->writable = !f->readable;
    return py_from_obj(f);
}

void py_io_set_console_link(bool on) { console_link = on; }

void py_io_console_start(py_val_t stream) {
    textio_t *f = tio(stream);
    f->line_buffered = isatty(f->fd) == 1 || console_link;
}

// ---- slots --------------------------------------------------------------------------

static void textio_mark(py_vm_t *vm, py_obj_t *o) {
    py_gc_mark(vm, tio(py_from_obj(o))->name);
    py_gc_mark(vm, tio(py_from_obj(o))->mode);
    py_gc_mark(vm, tio(py_from_obj(o))->buffer);
}

static void textio_finalise(py_vm_t *vm, py_obj_t *o) {
    (void)vm;
    release(tio(py_from_obj(o)));
}

static py_val_t textio_repr(py_vm_t *vm, py_val_t self) {
    textio_t *f = tio(self);
    if (f->binary) {
        const char *kind = f->readable && f->writable ? "Random" : f->readable ? "Reader" : "Writer";
        return py_str_format_c(vm, "<_io.Buffered%s name=%R>", kind, f->name);
    }
    return py_str_format_c(vm, "<_io.TextIOWrapper name=%R mode=%R encoding='UTF-8'>", f->name,
                           f->mode);
}

static bool name_is(py_val_t name, const char *s) {
    size_t n = strlen(s);
    return py_str_len(name) == n && memcmp(py_str_bytes(name), s, n) == 0;
}

// The .buffer of a text stream: a binary stream over the same fd that never
// closes it. What the text stream holds buffered is written out first.
static py_val_t binary_view(py_vm_t *vm, textio_t *f) {
    if (f->buffer != PY_NULL) return f->buffer;
    flush_buf(f);
    const char *mode = f->readable && f->writable ? "rb+" : f->readable ? "rb" : "wb";
    textio_t *b = textio_alloc(vm, f->name, py_str_intern_c(vm, mode));
    b->fd = f->fd;
    b->closed = f->closed;
    b->console = f->console;
    b->readable = f->readable;
    b->writable = f->writable;
    b->binary = true;
    f->buffer = py_from_obj(b);
    return f->buffer;
}

static py_val_t textio_getattr(py_vm_t *vm, py_val_t self, py_val_t name) {
    textio_t *f = tio(self);
    if (name_is(name, "closed")) return py_bool(f->closed);
    if (name_is(name, "name")) return f->name;
    if (name_is(name, "mode")) return f->mode;
    if (name_is(name, "encoding") && !f->binary) return py_str_intern_c(vm, "UTF-8");
    if (name_is(name, "buffer") && !f->binary) return binary_view(vm, f);
    return PY_NULL;
}

static const py_method_def_t textio_methods[] = {
    {"write", textio_write, 2, 2, 0},
    {"writelines", textio_writelines, 2, 2, 0},
    {"read", textio_read, 1, 2, 0},
    {"readline", textio_readline, 1, 2, 0},
    {"readinto", textio_readinto, 2, 2, 0},
    {"readlines", textio_readlines, 1, 2, 0},
    {"flush", textio_flush, 1, 1, 0},
    {"close", textio_close, 1, 1, 0},
    {"fileno", textio_fileno, 1, 1, 0},
    {"seek", textio_seek, 2, 3, 0},
    {"tell", textio_tell, 1, 1, 0},
    {"truncate", textio_truncate, 1, 2, 0},
    {"seekable", textio_seekable, 1, 1, 0},
    {"readable", textio_readable, 1, 1, 0},
    {"writable", textio_writable, 1, 1, 0},
    {"isatty", textio_isatty, 1, 1, 0},
    {"__enter__", textio_enter, 1, 1, 0},
    {"__exit__", textio_exit, 1, 4, 0},
    {NULL, NULL, 0, 0, 0},
};

const py_type_spec_t py_textio_spec = {
    .name = "TextIOWrapper",
    .base = PY_T_object,
    .basicsize = sizeof(textio_t),
    .flags = 0,
    .slots = {
        .mark = textio_mark,
        .finalise = textio_finalise,
        .make_new = textio_make_new,
        .repr = textio_repr,
        .getattr = textio_getattr,
        .iter = textio_iter,
        .next = textio_next,
    },
    .methods = textio_methods,
};

// ---- the io module ---------------------------------------------------------------------

static py_val_t io_open(py_vm_t *vm, size_t nargs, const py_val_t *args, py_val_t kwnames) {
    return py_call(vm, py_from_obj(vm->types[PY_T_textio]), nargs, args, kwnames);
}

// StringIO, BytesIO and IOBase are Python (mods/_iobuf.py): copied in here.
static void io_init(py_vm_t *vm, py_val_t module) {
    py_module_set(vm, module, "TextIOWrapper", py_from_obj(vm->types[PY_T_textio]));
    py_val_t mem = py_import(vm, py_str_intern_c(vm, "_iobuf"), PY_NONE, 0, PY_NULL);
    static const char *const names[] = {"StringIO", "BytesIO", "IOBase", "UnsupportedOperation"};
    for (size_t i = 0; i < sizeof names / sizeof names[0]; i++)
        py_module_set(vm, module, names[i], py_getattr(vm, mem, py_str_intern_c(vm, names[i])));
    py_module_set(vm, module, "SEEK_SET", py_small(0));
    py_module_set(vm, module, "SEEK_CUR", py_small(1));
    py_module_set(vm, module, "SEEK_END", py_small(2));
}

static const py_method_def_t io_functions[] = {
    {"open", io_open, 0, 8, PY_METH_KEYWORDS},
    {NULL, NULL, 0, 0, 0},
};

const py_module_def_t py_mod_io = {"io", io_functions, io_init, NULL};
