// vm/str_internal.h: helpers shared by the files that implement str (obj_str.c, str_*.c).
// Layer: vm core (types). Private to the str implementation: nothing else includes it.
// SPDX-License-Identifier: MIT

#ifndef PY_STR_INTERNAL_H
#define PY_STR_INTERNAL_H

#include "obj.h"
#include "vm.h"
#include "obj_str.h"
#include "str_unicode.h"

// ---- UTF-8 and code points (str_utf8.c) ----------------------------------------

// Decodes the code point at byte *pos of [s] ([len] bytes of valid UTF-8) and
// advances *pos past it. Never raises.
uint32_t py_str_utf8_next(const char *s, size_t len, size_t *pos);
// Decodes the code point that ends at byte *pos, moving *pos to its start.
uint32_t py_str_utf8_prev(const char *s, size_t *pos);
// The byte offset of code point [index] (<= nchars) of [s]: O(1) for ASCII.
size_t py_str_utf8_offset(const py_str_t *s, size_t index);
// The code point index of byte offset [off] of [s].
size_t py_str_utf8_index(const py_str_t *s, size_t off);
// Strict UTF-8 validation (no surrogates) for decoding: the byte offset of
// the first invalid sequence of [s], or [len] when all of it is valid; then
// *why gets the reason in CPython's words ("invalid start byte"...) and
// *badlen the number of bytes the error covers.
size_t py_str_utf8_check(const char *s, size_t len, const char **why, size_t *badlen);

// ---- characters (str_unicode.c, over the table of str_unicode_db.c) ---------------

// One-to-one case mappings: a code point whose full mapping has more than one
// code point (ß, İ) maps to itself here.
uint32_t py_str_unicode_upper(uint32_t cp);
uint32_t py_str_unicode_lower(uint32_t cp);
// Writes the UTF-8 of the full mapping [kind] (PY_UCD_UPPER_MAP, _LOWER_MAP,
// _TITLE_MAP or _FOLD_MAP of str_unicode.h) of [cp] into [out] (room for 16
// bytes: a mapping has three code points at most); returns its length.
size_t py_str_unicode_map(uint32_t cp, int kind, char *out);
// Character classes, as the str.is*() methods test them. Never raise.
bool py_str_unicode_isalpha(uint32_t cp);
bool py_str_unicode_isdecimal(uint32_t cp);
bool py_str_unicode_isdigit(uint32_t cp);
bool py_str_unicode_isnumeric(uint32_t cp);
bool py_str_unicode_isprintable(uint32_t cp);
bool py_str_unicode_isupper(uint32_t cp);
bool py_str_unicode_islower(uint32_t cp);
bool py_str_unicode_istitle(uint32_t cp);   // titlecase letters such as U+01C5
bool py_str_unicode_iscased(uint32_t cp);
bool py_str_unicode_isignorable(uint32_t cp);   // Case_Ignorable
bool py_str_unicode_isidstart(uint32_t cp);     // XID_Start or '_'
bool py_str_unicode_isidcontinue(uint32_t cp);  // XID_Continue
// True for a line boundary of str.splitlines (\n \r \v \f \x1c-\x1e \x85 U+2028 U+2029).
bool py_str_unicode_islinebreak(uint32_t cp);

// ---- shared helpers (obj_str.c) -------------------------------------------------

// The hash py_str_hash gives a str holding [len] bytes of [s]. Never raises.
py_hash_t py_str_hash_bytes(const char *s, size_t len);
// Sets nchars and ascii of [s] from its bytes.
void py_str_measure(py_str_t *s);
// The byte after every new str's text: a NUL, or under PY_CFG_STR_NUL_CHECK a
// byte that makes C-string readers of str bytes misbehave visibly.
#define PY_STR_END (PY_CFG_STR_NUL_CHECK ? (char)0xA5 : '\0')

// ---- append buffers (str_buf.c) ---------------------------------------------------

// A plain str [a] of at least this many bytes gets a + b in an append buffer
// with room to spare; shorter ones are copied as they always were.
#define PY_STR_SHARE_MIN 64
// a + b as a shared str: appended in place when [a] is shared and ends at
// its buffer's fill mark with room left, else copied into a new buffer of
// twice the length. [a] and [b] are non-empty strs. May allocate (MemoryError).
py_val_t py_str_buf_concat(py_vm_t *vm, py_val_t a, py_val_t b);
// The mark slot of str: keeps a shared str's append buffer alive. Never raises.
void py_str_buf_mark(py_vm_t *vm, py_obj_t *o);

// Raises TypeError unless [self] is a str ("descriptor 'x' for 'str' objects
// doesn't apply to a 'int' object").
void py_str_check_self(py_vm_t *vm, py_val_t self, const char *meth);
// Collects a C method's arguments into out[0..n): positionals first, then
// keywords matched against [names]; absent ones stay PY_NULL. Raises
// TypeError for unknown or repeated names, as CPython words them for [fn].
void py_str_parse_args(py_vm_t *vm, const char *fn, size_t nargs, const py_val_t *args,
                       py_val_t kwnames, const char *const *names, size_t n, py_val_t *out);
// Converts optional start/end arguments (PY_NULL or None: absent) of a
// method on [s] to byte offsets, adjusted and clamped as slice bounds. Returns
// false when the window is empty in CPython's sense (start > len or
// start > end), where even "" does not match.
bool py_str_window(py_vm_t *vm, py_val_t s, py_val_t start, py_val_t end,
                   size_t *bstart, size_t *bend);
// The substring of bytes [off, off+len) of [s] (s itself when it is all of it).
py_val_t py_str_slice_bytes(py_vm_t *vm, py_val_t s, size_t off, size_t len);
// The str [v] must be for a method argument, else TypeError "<fn>() argument
// <argno> must be str, not int" (or "must be str, not int" when argno is 0).
void py_str_need(py_vm_t *vm, py_val_t v, const char *fn, int argno);
// A Python int argument (or __index__) as a Py_ssize_t-like int64_t:
// TypeError for non-integers, OverflowError ("... C ssize_t") when too big.
int64_t py_str_int_arg(py_vm_t *vm, py_val_t v);
// The same for a C int argument ("... C int").
int py_str_c_int_arg(py_vm_t *vm, py_val_t v);
// Byte-string search: first/last index of [n] in [h], or -1.
ptrdiff_t py_str_find_bytes(const char *h, size_t hl, const char *n, size_t nl);
ptrdiff_t py_str_rfind_bytes(const char *h, size_t hl, const char *n, size_t nl);
// The same over a long [h] in windows of PY_INTERRUPT_CHUNK bytes, polling for Ctrl-C between
// them (a single search of a 1 GB string takes seconds). May raise KeyboardInterrupt only.
ptrdiff_t py_str_find_poll(py_vm_t *vm, const char *h, size_t hl, const char *n, size_t nl);
ptrdiff_t py_str_rfind_poll(py_vm_t *vm, const char *h, size_t hl, const char *n, size_t nl);
// Appends [n] copies of code point [cp] to [b].
void py_str_pad(py_vm_t *vm, py_strbuf_t *b, uint32_t cp, size_t n);

// Codecs and error handlers that encode/decode know (str_encode.c).
enum { PY_CODEC_UTF8, PY_CODEC_ASCII, PY_CODEC_LATIN1 };
enum {
    PY_CODEC_STRICT, PY_CODEC_IGNORE, PY_CODEC_REPLACE,
    PY_CODEC_BACKSLASHREPLACE, PY_CODEC_XMLCHARREFREPLACE,
    PY_CODEC_SURROGATEESCAPE, PY_CODEC_SURROGATEPASS,
};
// The codec named by [encoding] (PY_NULL: utf-8), by CPython's aliases
// after its name normalisation ("UTF_8", " utf 8 "). Raises LookupError
// ("unknown encoding: x"), TypeError for a non-str; [fn] names the method
// in messages.
int py_str_codec(py_vm_t *vm, py_val_t encoding, const char *fn);
// The error handler named by [errors] (PY_NULL: strict), any of the seven
// above. Raises TypeError for a non-str and LookupError for an unknown name.
int py_str_codec_handler(py_vm_t *vm, py_val_t errors, const char *fn);
// The same limited to strict, ignore and replace (LookupError for the
// others), for decoders that implement only those three.
int py_str_codec_errors(py_vm_t *vm, py_val_t errors, const char *fn);

// A str_ascii_iterator over [seq], a str (yields 1-char strs) or a bytes
// (yields ints). May allocate.
py_val_t py_str_iterator_new(py_vm_t *vm, py_val_t seq);

// ---- methods, by file (each a py_cfunc_t for the method table) -------------------

#define PY_STR_METH(name) \
    py_val_t name(py_vm_t *vm, size_t nargs, const py_val_t *args, py_val_t kwnames)

// str_methods.c: the occurrences of byte [c] in [n] bytes at [h], eight at
// a time (str.count and split's piece count). Never raises; does not poll.
size_t py_str_methods_count_byte(const char *h, size_t n, unsigned char c);

// str_split.c
PY_STR_METH(py_str_split_split);
PY_STR_METH(py_str_split_rsplit);
PY_STR_METH(py_str_split_splitlines);
PY_STR_METH(py_str_split_join);
PY_STR_METH(py_str_split_partition);
PY_STR_METH(py_str_split_rpartition);
PY_STR_METH(py_str_split_expandtabs);
// str_case.c
PY_STR_METH(py_str_case_upper);
PY_STR_METH(py_str_case_lower);
PY_STR_METH(py_str_case_casefold);
PY_STR_METH(py_str_case_capitalize);
PY_STR_METH(py_str_case_title);
PY_STR_METH(py_str_case_swapcase);
PY_STR_METH(py_str_case_isdigit);
PY_STR_METH(py_str_case_isalpha);
PY_STR_METH(py_str_case_isalnum);
PY_STR_METH(py_str_case_isspace);
PY_STR_METH(py_str_case_isupper);
PY_STR_METH(py_str_case_islower);
PY_STR_METH(py_str_case_isdecimal);
PY_STR_METH(py_str_case_isnumeric);
PY_STR_METH(py_str_case_isidentifier);
PY_STR_METH(py_str_case_isprintable);
PY_STR_METH(py_str_case_istitle);
PY_STR_METH(py_str_case_isascii);
// str_methods.c
PY_STR_METH(py_str_methods_strip);
PY_STR_METH(py_str_methods_lstrip);
PY_STR_METH(py_str_methods_rstrip);
PY_STR_METH(py_str_methods_startswith);
PY_STR_METH(py_str_methods_endswith);
PY_STR_METH(py_str_methods_find);
PY_STR_METH(py_str_methods_rfind);
PY_STR_METH(py_str_methods_index);
PY_STR_METH(py_str_methods_rindex);
PY_STR_METH(py_str_methods_count);
PY_STR_METH(py_str_methods_replace);
PY_STR_METH(py_str_methods_center);
PY_STR_METH(py_str_methods_ljust);
PY_STR_METH(py_str_methods_rjust);
PY_STR_METH(py_str_methods_zfill);
PY_STR_METH(py_str_methods_removeprefix);
PY_STR_METH(py_str_methods_removesuffix);
PY_STR_METH(py_str_methods_maketrans);
PY_STR_METH(py_str_methods_translate);
// str_encode.c
PY_STR_METH(py_str_encode_encode);
// str_format.c
PY_STR_METH(py_str_format_format);
PY_STR_METH(py_str_format_format_map);
PY_STR_METH(py_str_format_dunder);   // str.__format__

// str_percent.c: fmt % args for a str [fmt].
py_val_t py_str_percent_format(py_vm_t *vm, py_val_t fmt, py_val_t args);

// ---- what str % and bytes % share (str_pct.c) ----
// One directive: flags, width and precision (-1 when absent), type character.
typedef struct py_pct_spec {
    bool left, plus, space, alt, zero;
    int64_t width, prec;
    char type;
} py_pct_spec_t;

// How a type formats: its %(key) keys, its conversions, its name in errors.
typedef struct py_pct_ops {
    py_val_t (*make_key)(py_vm_t *vm, const char *s, size_t n);   // a str or bytes key
    // Appends directive [sp] applied to [v]; the type character is at byte [at].
    void (*convert)(py_vm_t *vm, py_strbuf_t *b, py_pct_spec_t *sp, py_val_t v, size_t at,
                    void *ctx);
    const char *what;   // "string" or "bytes": "not all arguments converted during bytes formatting"
} py_pct_ops_t;

// Formats the [len] bytes of [f] (kept alive by the caller; objects do not
// move) with [args] (a tuple, a mapping when [mapping], else one value) into
// [b], through [ops]. Raises TypeError/ValueError as CPython; may allocate.
void py_str_pct_run(py_vm_t *vm, py_strbuf_t *b, const char *f, size_t len, py_val_t args,
                    bool mapping, const py_pct_ops_t *ops, void *ctx);

// str_spec.c: format(v, spec) pieces that %-formatting shares.
// Formats a double as C printf would for [type] in "eEfFgG" with [prec]
// (alternate form when [alt]) into [buf] of [size]; returns the length.
size_t py_str_spec_double(double d, char type, int prec, bool alt, char *buf, size_t size);

// str_buf.c: makes room for [extra] more bytes in [b] at once, so that a
// result whose size is known up front (padding, replace) fails with
// MemoryError before any work when it cannot fit. May raise MemoryError.
void py_strbuf_reserve(py_vm_t *vm, py_strbuf_t *b, size_t extra);

#endif
