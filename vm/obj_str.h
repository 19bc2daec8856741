// vm/obj_str.h: str: immutable UTF-8 text, and the interned-name set.
// Layer: vm core (types). The struct and inline accessors are in obj.h.
// SPDX-License-Identifier: MIT

#ifndef PY_OBJ_STR_H
#define PY_OBJ_STR_H

#include <stdarg.h>
#include "obj.h"
#include "vm.h"

// A new str from [len] bytes of valid UTF-8 [s]. "" and one-character ASCII
// strs come back interned (shared, like CPython's singletons). May allocate.
py_val_t py_str_new(py_vm_t *vm, const char *s, size_t len);
py_val_t py_str_from_c(py_vm_t *vm, const char *s);
// The interned str for [len] bytes of [s]: equal text gives the same value,
// so interned strs compare by identity. May allocate.
py_val_t py_str_intern(py_vm_t *vm, const char *s, size_t len);
py_val_t py_str_intern_c(py_vm_t *vm, const char *s);
// The interned version of an existing str value.
py_val_t py_str_intern_val(py_vm_t *vm, py_val_t s);
// Frees the intern set's table (py_vm_free calls it; the strs are GC objects).
void py_str_intern_free(py_vm_t *vm);
// A str of [len] bytes whose data the caller fills (then calls
// py_str_finish), for building strings without a copy. May allocate.
py_str_t *py_str_alloc(py_vm_t *vm, size_t len);
// Computes nchars/ascii of a str filled after py_str_alloc; returns its value.
py_val_t py_str_finish(py_vm_t *vm, py_str_t *s);
// py_str_finish for a str the caller knows to be all ASCII: no scan. May allocate.
py_val_t py_str_finish_ascii(py_vm_t *vm, py_str_t *s);
// Text formatted from a printf-like [fmt]; the directives are listed at
// py_raise_fmt in vm/except.h. May raise.
py_val_t py_str_format_c(py_vm_t *vm, const char *fmt, ...);
py_val_t py_str_vformat_c(py_vm_t *vm, const char *fmt, va_list ap);
// Equality of two str values (identity, then length and bytes). Never raises.
bool py_str_equal(py_val_t a, py_val_t b);
// True when str [v] holds exactly the text of the C string [lit] (length and
// bytes: an embedded NUL in [v] never matches). Never raises.
static inline bool py_str_eq_c(py_val_t v, const char *lit) {
    size_t n = strlen(lit);
    return py_str_len(v) == n && memcmp(py_str_bytes(v), lit, n) == 0;
}
// A NUL-terminated view of str [v] for C functions (parsers, printf's %s):
// the str's own bytes when a NUL follows them, else a GC-owned copy (the
// caller keeps [v] alive while it uses the view; an embedded NUL ends the C
// string early). May allocate.
const char *py_str_cstr(py_vm_t *vm, py_val_t v);
// The text of an interned str [v] (a name) as a C string, without a copy:
// interned strs always keep a NUL after their bytes, in every build, since
// they never share an append buffer. An embedded NUL ends the C string early,
// so use it for messages and names already checked, not for comparisons.
// Never raises (a PY_CFG_STR_NUL_CHECK build aborts on a str not interned).
const char *py_str_interned_cstr(py_val_t v);
// py_str_cstr for text handed to the OS (paths, environment names): raises
// ValueError "embedded null byte" (CPython's wording for paths) when [v]
// holds a NUL, which the OS would silently cut at. May raise; may allocate.
const char *py_str_cstr_path(py_vm_t *vm, py_val_t v);
// py_str_cstr for other text that C cannot take past a NUL (format strings of
// struct and time.strftime, code names): raises ValueError "embedded null
// character" as CPython does. May raise; may allocate.
const char *py_str_cstr_strict(py_vm_t *vm, py_val_t v);
// The str's hash, computed on first use by py_str_hash_fill and cached. Never raises.
py_hash_t py_str_hash_fill(py_val_t s);
static inline py_hash_t py_str_hash(py_val_t s) {
    py_hash_t h = py_str_stored_hash(py_str_ptr(s));
    return h ? h : py_str_hash_fill(s);
}
// a + b for two strs.
py_val_t py_str_concat(py_vm_t *vm, py_val_t a, py_val_t b);
// The code point count.
static inline size_t py_str_nchars(py_val_t v) { return py_str_ptr(v)->nchars; }
// Validates UTF-8; returns the number of code points, or (size_t)-1 if invalid.
size_t py_utf8_count(const char *s, size_t len);
// Encodes code point [cp] as UTF-8 into [out] (4 bytes room); returns the length.
size_t py_utf8_encode(uint32_t cp, char *out);
// repr(s) of a str: quotes chosen and escapes applied as CPython does.
py_val_t py_str_repr(py_vm_t *vm, py_val_t s);
// ascii(v): repr(v) with every non-ASCII character escaped. May raise (repr); may allocate.
py_val_t py_str_ascii_of(py_vm_t *vm, py_val_t v);

// format(v, spec) ([spec] a str): the format-spec mini-language for int,
// bool, float and str; for other objects an empty spec gives str(v), and a
// Python class's own __format__ is called. Raises ValueError for a bad
// spec, TypeError ("unsupported format string passed to X.__format__").
// Used by format(), str.format and f-strings. May allocate.
py_val_t py_format_value(py_vm_t *vm, py_val_t v, py_val_t spec);
// The built-in formatting of py_format_value, never calling a class's
// __format__: what str.__format__, int.__format__ and float.__format__ run.
py_val_t py_format_builtin(py_vm_t *vm, py_val_t v, py_val_t spec);
// __format__(self, spec) as a C method for str, int and float. May raise; may allocate.
py_val_t py_format_method(py_vm_t *vm, size_t nargs, const py_val_t *args, py_val_t kwnames);

// Bytes a builder keeps in its own struct before it needs a GC block: most
// built strs (numbers, %- and format() results, short reprs) fit, and cost
// one allocation, the str's, with no scratch block to release.
#define PY_STRBUF_LOCAL 64

// A growable byte buffer for building str results: its first
// PY_STRBUF_LOCAL bytes in [local], more in a GC block. [data] may point
// into the struct itself, so copy the bytes out, never the struct to use
// elsewhere (saving it and storing it back in place is fine), and treat
// [data] as borrowed: py_gc_release of it is allowed and does nothing.
typedef struct py_strbuf {
    char *data;     // NULL, local, or a GC block
    size_t len, cap;
    char local[PY_STRBUF_LOCAL];
} py_strbuf_t;
// An initializer for an empty py_strbuf_t (as py_strbuf_init leaves it).
#define PY_STRBUF_EMPTY {NULL, 0, 0, {0}}
void py_strbuf_init(py_strbuf_t *b);
void py_strbuf_add(py_vm_t *vm, py_strbuf_t *b, const char *s, size_t len);
void py_strbuf_add_c(py_vm_t *vm, py_strbuf_t *b, const char *s);
void py_strbuf_add_char(py_vm_t *vm, py_strbuf_t *b, char c);
// Appends str(v) (or repr(v) when [repr] is true).
void py_strbuf_add_val(py_vm_t *vm, py_strbuf_t *b, py_val_t v, bool repr);
// The buffer's contents as a new str; the buffer is left empty.
py_val_t py_strbuf_finish(py_vm_t *vm, py_strbuf_t *b);

// [s] as an exact str: itself, or a plain copy of the text of an instance of
// a str subclass (methods return exact strs, as CPython's do). May allocate.
py_val_t py_str_exact(py_vm_t *vm, py_val_t s);

extern const py_type_spec_t py_str_spec;
extern const py_type_spec_t py_str_iterator_spec;

// Raises UnicodeEncodeError "'utf-8' codec can't encode character '\\ud800'
// ...: surrogates not allowed" when str [s] holds a lone surrogate, which
// strict UTF-8 output (text files, the console) cannot carry. Free for ASCII.
void py_str_check_utf8(py_vm_t *vm, py_val_t s);

#endif
