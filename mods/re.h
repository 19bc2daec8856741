// mods/re.h: what the re module's files share: the compiled program's
// instruction set, the compiler (re_compile.c) and the matcher (re_exec.c).
// Layer: library modules. SPDX-License-Identifier: MIT
//
// A pattern compiles to a flat array of int32 words: an opcode and its
// operands. Jump operands are relative to the instruction's own first word,
// so a compiled piece can be copied (counted repeats copy their body). The
// matcher backtracks with an explicit stack (no C recursion per character),
// so only the nesting of lookarounds in the pattern recurses in C.

#ifndef PY_MOD_RE_H
#define PY_MOD_RE_H

#include <stddef.h>
#include <stdint.h>

#include "obj.h"
#include "obj_str.h"
#include "vm.h"

// The flags of CPython's re module, with its values.
enum {
    RE_TEMPLATE = 1, RE_IGNORECASE = 2, RE_LOCALE = 4, RE_MULTILINE = 8, RE_DOTALL = 16,
    RE_UNICODE = 32, RE_VERBOSE = 64, RE_DEBUG = 128, RE_ASCII = 256,
};

// Opcodes; the operand words follow each one, as listed.
enum {
    RX_MATCH,            // success (top level)
    RX_CHAR,             // c
    RX_CHAR_I,           // c: compares case-folded (Unicode simple folding)
    RX_CHAR_IA,          // c: compares with ASCII case folding
    RX_ANY,              // any character but '\n'
    RX_ANYALL,           // any character
    RX_CLASS,            // nwords negate fold n (kind lo hi)*n: nwords counts the whole instruction
    RX_BOL, RX_BOL_M,    // ^ without and with MULTILINE
    RX_EOL, RX_EOL_M,    // $ without and with MULTILINE
    RX_BEGIN, RX_END,    // \A \Z
    RX_WORDB, RX_NWORDB, // \b \B; operand: 1 for Unicode word characters, 0 for ASCII
    RX_SPLIT,            // a b: try pc+a first, then pc+b
    RX_JMP,              // a: continue at pc+a
    RX_SAVE,             // slot: records the position (group starts and ends)
    RX_BACKREF,          // group fold(0 none, 1 ascii, 2 unicode)
    RX_REPSTART,         // reg: records the position at the start of a loop iteration
    RX_REPCHECK,         // reg exit: after an iteration that consumed nothing, go to pc+exit
    RX_REPEAT1,          // min max greedy: repeats the one-character instruction that follows
    RX_LOOK,             // kind width skip: a lookaround whose body follows, ending in RX_LOOKEND
    RX_ATOMIC,           // skip: an atomic group (?>...) whose body follows, ending in RX_LOOKEND
    RX_LOOKEND,
};

// Lookaround kinds (RX_LOOK's first operand).
enum { RX_AHEAD, RX_NOT_AHEAD, RX_BEHIND, RX_NOT_BEHIND };

// Items of RX_CLASS: a range, or one of the class escapes. RX_CL_UNICODE is
// added to an escape for its Unicode meaning (str patterns without ASCII).
enum { RX_CL_RANGE, RX_CL_DIGIT, RX_CL_NDIGIT, RX_CL_WORD, RX_CL_NWORD, RX_CL_SPACE,
       RX_CL_NSPACE, RX_CL_UNICODE = 16 };

#define RX_INF (-1)   // an unbounded repeat's max

// The result of compiling a pattern: a program in malloc'd memory, or an
// error (message and position in the pattern) when [code] is NULL.
typedef struct py_re_prog {
    int32_t *code;
    size_t ncode;
    int ngroups;        // capturing groups, group 0 not counted
    int nregs;          // loop registers (RX_REPSTART)
    int flags;          // the flags with the pattern's inline global flags added
    // Group names (malloc'd UTF-8) and their group numbers.
    char **names;
    int *name_groups;
    int nnames;
    char err[160];
    size_t err_pos;
    bool err_has_pos;
} py_re_prog_t;

// Compiles [len] code points of [pat] with [flags] (RE_*); [is_bytes] for a
// bytes pattern. Returns false with prog->err set on a syntax error. Never
// raises and never touches the GC heap (all memory is malloc'd: release it
// with py_re_prog_free, after success or failure).
bool py_re_compile(const uint32_t *pat, size_t len, int flags, bool is_bytes, py_re_prog_t *prog);
void py_re_prog_free(py_re_prog_t *prog);

// The text being matched: bytes ([b]) or code points ([w]), [len] of them.
typedef struct py_re_subject {
    const uint8_t *b;
    const uint32_t *w;
    size_t len;
} py_re_subject_t;

// One attempt to find a match of [code] in [subj] between [pos] and [endpos]:
// only at [pos] when [anchored], anywhere after it otherwise; the match
// must end at [endpos] when [full]. With [must_advance], a match starting at
// [pos] may not be empty (the rule findall/sub/split use after an empty
// match). On success returns true and fills [slots] (2 per group, group 0
// first, -1 when unset; [nslots] = 2 * (ngroups + 1)) and *lastindex.
// Raises RecursionError when backtracking needs too much memory,
// KeyboardInterrupt on Ctrl-C; may allocate (the backtrack stack).
bool py_re_exec(py_vm_t *vm, const int32_t *code, int ngroups, int nregs,
                const py_re_subject_t *subj, size_t pos, size_t endpos, bool anchored,
                bool full, bool must_advance, int32_t *slots, int *lastindex);

// Case folding and the class escapes as the matcher applies them; shared
// with the compiler, which folds literal characters once.
uint32_t py_re_fold(uint32_t c, bool unicode);
bool py_re_class_item(int kind, uint32_t c);

#endif

// ---- the Python objects (re.c, re_match.c, re_sub.c) -------------------------------------

// A compiled pattern (re.Pattern).
typedef struct py_re_pattern {
    py_obj_t base;
    py_val_t pattern;      // the source: str or bytes
    py_val_t groupindex;   // dict: group name -> number
    py_val_t match_type;   // the re.Match type its matches get
    int32_t *code;         // the program (GC bytes)
    int flags, ngroups, nregs;
    bool is_bytes;
} py_re_pattern_t;

// A subject prepared for matching: its text as bytes or code points.
typedef struct py_re_text {
    py_val_t string;       // the object given
    py_val_t data;         // str or bytes whose bytes are [subj.b] (ASCII str, bytes), or PY_NULL
    uint32_t *w;           // GC bytes of code points for non-ASCII strs, else NULL
    bool is_bytes;
    py_re_subject_t subj;
} py_re_text_t;

// A match (re.Match).
typedef struct py_re_match {
    py_obj_t base;
    py_val_t pattern;      // the Pattern
    py_re_text_t text;
    size_t pos, endpos;
    int lastindex;         // -1 when no group matched
    int32_t *slots;        // GC bytes: 2 * (ngroups + 1) positions, -1 when unset
} py_re_match_t;

// Prepares [string] for matching with [p]: raises TypeError for a string of
// the wrong kind ("cannot use a string pattern on a bytes-like object").
// May allocate.
void py_re_text_init(py_vm_t *vm, py_re_pattern_t *p, py_val_t string, py_re_text_t *t);
// The subject's characters [s, e) as a str or bytes, or [dflt] when s < 0. May allocate.
py_val_t py_re_text_slice(py_vm_t *vm, const py_re_text_t *t, int32_t s, int32_t e, py_val_t dflt);
// Appends the characters [s, e) to [b] (UTF-8 for str subjects). May allocate.
void py_re_text_append(py_vm_t *vm, const py_re_text_t *t, int32_t s, int32_t e, py_strbuf_t *b);
// One search of [p] in [t] as py_re_exec does it, the result left in
// [slots] and *lastindex; false when there is no match (or endpos < pos).
// May raise; may allocate.
bool py_re_find(py_vm_t *vm, py_re_pattern_t *p, py_re_text_t *t, size_t pos, size_t endpos,
                bool anchored, bool full, bool must_advance, int32_t *slots, int *lastindex);
// A Match holding a copy of [slots], for a search of [t] between [pos] and [endpos]. May allocate.
py_val_t py_re_match_new(py_vm_t *vm, py_re_pattern_t *p, py_re_text_t *t, size_t pos,
                         size_t endpos, const int32_t *slots, int lastindex);
// One search (or match/fullmatch) of [p] in [t] from [pos] to [endpos]: a new
// Match or None. May raise (matcher limits, Ctrl-C); may allocate.
py_val_t py_re_search(py_vm_t *vm, py_re_pattern_t *p, py_re_text_t *t, size_t pos,
                      size_t endpos, bool anchored, bool full, bool must_advance);
// Raises re.error(msg, pattern, pos) ([pos] < 0: no position). May allocate.
_Noreturn void py_re_raise_error(py_vm_t *vm, const char *msg, py_val_t pattern, long pos);

// Match methods (re_match.c): the type spec, and group [g] (an int or a
// name) of [m] or [dflt] when it did not take part; IndexError "no such group".
extern const py_type_spec_t py_re_match_spec;
py_val_t py_re_match_group(py_vm_t *vm, py_re_match_t *m, py_val_t g, py_val_t dflt);

// Pattern methods of re_sub.c, with the vectorcall convention (args[0] is the Pattern).
py_val_t py_re_pattern_sub(py_vm_t *vm, size_t nargs, const py_val_t *args, py_val_t kwnames);
py_val_t py_re_pattern_subn(py_vm_t *vm, size_t nargs, const py_val_t *args, py_val_t kwnames);
py_val_t py_re_pattern_split(py_vm_t *vm, size_t nargs, const py_val_t *args, py_val_t kwnames);
py_val_t py_re_pattern_findall(py_vm_t *vm, size_t nargs, const py_val_t *args, py_val_t kwnames);
py_val_t py_re_pattern_finditer(py_vm_t *vm, size_t nargs, const py_val_t *args, py_val_t kwnames);
// match.expand(template) (re_sub.c). May raise; may allocate.
py_val_t py_re_match_expand(py_vm_t *vm, py_re_match_t *m, py_val_t template);

// Sorts a C function's arguments by the NULL-terminated [names] into [out]
// (PY_NULL where absent) and checks that the first [nreq] are given, with
// CPython's messages: those of a Python function when [pyfunc] (the module
// functions), else those of a C method. May raise.
void py_re_args(py_vm_t *vm, const char *fn, size_t nargs, const py_val_t *args,
                py_val_t kwnames, const char *const *names, int nreq, bool pyfunc, py_val_t *out);
// The [pos, endpos] arguments clamped to [0, len] as CPython does. May raise.
void py_re_span_args(py_vm_t *vm, py_val_t pos, py_val_t endpos, size_t len, size_t *p, size_t *e);
