// tests/unit/test_repl_edit.c: the REPL's line editor, byte for byte, on a fake console
// (keys of reference §2, auto-indent rules of §3, completion display of §4, history §8).
// Layer: tests. No VM.
// SPDX-License-Identifier: MIT

#include <criterion/criterion.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "fake_console.h"
#include "repl_edit.h"

typedef fake_console_t fake_t;

static fake_t fake;
static py_repl_edit_t *ed;
static char *line;
static size_t len;

static void setup(void) {
    fake_console_init(&fake, false, NULL, 0);
    ed = py_repl_edit_new(PY_REPL_HISTORY_MAX);
    cr_assert(ed);
    line = NULL;
}

static void teardown(void) {
    free(line);
    py_repl_edit_free(ed);
}

// Feeds [keys] (NUL-free string, or use feed_n) from the start.
static void feed_n(const char *keys, size_t n) {
    fake.in = keys;
    fake.in_len = n;
    fake.pos = 0;
    fake.out_len = 0;
    fake.out[0] = 0;
}

static void feed(const char *keys) { feed_n(keys, strlen(keys)); }

// Reads one line with [prompt] and [indent]; the line is left in `line`.
static py_edit_result_t read_line(const char *prompt, const char *indent) {
    free(line);
    line = NULL;
    return py_repl_edit_line(ed, &fake.con, prompt, indent, &line, &len);
}

// Expects one line [want] from [keys] at ">>> ", and the output [out].
static void expect_line(const char *keys, const char *want, const char *out) {
    feed(keys);
    cr_assert_eq(read_line(">>> ", NULL), PY_EDIT_LINE, "keys %s", keys);
    cr_assert_str_eq(line, want, "keys %s", keys);
    cr_assert_eq(len, strlen(want));
    cr_assert_str_eq(fake.out, out, "keys %s", keys);
}

TestSuite(repl_edit, .init = setup, .fini = teardown);

// ---- typing, Enter ----------------------------------------------------------------------------

Test(repl_edit, typed_line_and_enter) {
    expect_line("1+1\r", "1+1", ">>> 1+1\r\n");
    expect_line("x\n", "x", ">>> x\r\n");
}

Test(repl_edit, enter_pair_counts_once) {
    feed("a\r\nb\n\rc\r\r");
    cr_assert_eq(read_line(">>> ", NULL), PY_EDIT_LINE);
    cr_assert_str_eq(line, "a");
    fake.out_len = 0;
    cr_assert_eq(read_line(">>> ", NULL), PY_EDIT_LINE);
    cr_assert_str_eq(line, "b");
    cr_assert_eq(read_line(">>> ", NULL), PY_EDIT_LINE);
    cr_assert_str_eq(line, "c");
    cr_assert_eq(read_line(">>> ", NULL), PY_EDIT_LINE);   // "\r\r" is two Enters
    cr_assert_str_eq(line, "");
    cr_assert_eq(read_line(">>> ", NULL), PY_EDIT_EOF);
}

Test(repl_edit, end_of_input) {
    feed("abc");
    cr_assert_eq(read_line(">>> ", NULL), PY_EDIT_EOF);
    cr_assert_null(line);
    cr_assert_str_eq(fake.out, ">>> abc");
}

// ---- movement -----------------------------------------------------------------------------------

Test(repl_edit, left_right_insert_in_middle) {
    expect_line("abc\x1b[D\x1b[DX\r", "aXbc", ">>> abc\b\bXbc\b\b\r\n");
    expect_line("abc\x02\x02\x06Y\r", "abYc", ">>> abc\b\bbYc\b\r\n");
    expect_line("ab\x1b[C\x1b[D\x1b[C\r", "ab", ">>> ab\bb\r\n");
}

Test(repl_edit, home_keys) {
    const char *homes[] = {"\x1b[H", "\x1bOH", "\x1b[1~", "\x1b[7~", "\x01"};
    for (size_t i = 0; i < 5; i++) {
        char keys[32];
        snprintf(keys, sizeof keys, "abc%sX\r", homes[i]);
        expect_line(keys, "Xabc", ">>> abc\b\b\bXabc\b\b\b\r\n");
    }
    expect_line("abcdef\x01Z\r", "Zabcdef", ">>> abcdef\x1b[6DZabcdef\x1b[6D\r\n");
}

Test(repl_edit, end_keys) {
    const char *ends[] = {"\x1b[F", "\x1bOF", "\x1b[4~", "\x1b[8~", "\x05"};
    for (size_t i = 0; i < 5; i++) {
        char keys[32];
        snprintf(keys, sizeof keys, "abc\x01%sY\r", ends[i]);
        expect_line(keys, "abcY", ">>> abc\b\b\babcY\r\n");
    }
}

Test(repl_edit, word_moves) {
    // Alt-b twice from the end of "ab cd": before "ab"; Alt-f: after "ab".
    expect_line("ab cd\x1b" "b\x1b" "bX\r", "Xab cd", ">>> ab cd\b\b\b\b\bXab cd\x1b[5D\r\n");
    expect_line("ab cd\x01\x1b" "fX\r", "abX cd", ">>> ab cd\x1b[5DabX cd\b\b\b\r\n");
    expect_line("ab cd\x1b[1;5D\x1b[1;5DX\r", "Xab cd", ">>> ab cd\b\b\b\b\bXab cd\x1b[5D\r\n");
    expect_line("ab cd\x01\x1b[1;5CX\r", "abX cd", ">>> ab cd\x1b[5DabX cd\b\b\b\r\n");
}

// ---- deleting ------------------------------------------------------------------------------------

Test(repl_edit, backspace_both_codes) {
    expect_line("ab\x7f\r", "a", ">>> ab\b\x1b[K\r\n");
    expect_line("ab\x08\r", "a", ">>> ab\b\x1b[K\r\n");
    expect_line("\x7f\r", "", ">>> \r\n");   // nothing to delete, nothing written
    expect_line("abc\x1b[D\x7f\r", "ac", ">>> abc\b\b\x1b[Kc\b\r\n");
}

Test(repl_edit, delete_under_cursor) {
    expect_line("abc\x01\x1b[3~\r", "bc", ">>> abc\b\b\b\x1b[Kbc\b\b\r\n");
    expect_line("abc\x01\x04\r", "bc", ">>> abc\b\b\b\x1b[Kbc\b\b\r\n");
    expect_line("abc\x04\r", "abc", ">>> abc\r\n");   // at the end: nothing to delete
}

Test(repl_edit, cut_to_end_and_start) {
    expect_line("abcd\x1b[D\x1b[D\x0b\r", "ab", ">>> abcd\b\b\x1b[K\r\n");
    expect_line("abcd\x1b[D\x15\r", "d", ">>> abcd\b\b\b\b\x1b[Kd\b\r\n");
}

Test(repl_edit, delete_words) {
    expect_line("foo bar\x17\r", "foo ", ">>> foo bar\b\b\b\x1b[K\r\n");
    expect_line("foo bar\x1b\x7f\r", "foo ", ">>> foo bar\b\b\b\x1b[K\r\n");
    expect_line("foo bar\x01\x1b" "d\r", " bar", ">>> foo bar\x1b[7D\x1b[K bar\b\b\b\b\r\n");
}

// ---- control keys --------------------------------------------------------------------------------

Test(repl_edit, mode_keys_on_empty_line) {
    struct { const char *key; py_edit_result_t r; } rows[] = {
        {"\x01", PY_EDIT_CTRL_A}, {"\x02", PY_EDIT_CTRL_B}, {"\x03", PY_EDIT_CTRL_C},
        {"\x04", PY_EDIT_CTRL_D}, {"\x05", PY_EDIT_CTRL_E},
    };
    for (size_t i = 0; i < 5; i++) {
        feed(rows[i].key);
        cr_assert_eq(read_line(">>> ", NULL), rows[i].r, "key %zu", i);
        cr_assert_null(line);
        cr_assert_str_eq(fake.out, ">>> ");
    }
}

Test(repl_edit, ctrl_c_drops_any_line) {
    feed("print(1\x03");
    cr_assert_eq(read_line(">>> ", NULL), PY_EDIT_CTRL_C);
    cr_assert_null(line);
    cr_assert_str_eq(fake.out, ">>> print(1");
    feed("ab\x1b[\x03");   // inside an escape sequence too
    cr_assert_eq(read_line(">>> ", NULL), PY_EDIT_CTRL_C);
    cr_assert_eq(py_repl_history_get(py_repl_edit_history(ed), 0), NULL);
}

Test(repl_edit, mode_keys_edit_after_typing_then_erasing) {
    feed("a\x7f\x04");   // the line is empty again: Ctrl-D is the mode key
    cr_assert_eq(read_line(">>> ", NULL), PY_EDIT_CTRL_D);
}

Test(repl_edit, unknown_keys_ignored) {
    expect_line("a\x1b[Z\x1b[5~\x1bx\x07\x1bO5Ab\r", "ab", ">>> ab\r\n");
}

// ---- auto-indent (§3) --------------------------------------------------------------------------

Test(repl_edit, indent_is_preinserted) {
    feed("print(i)\r");
    cr_assert_eq(read_line("... ", "    "), PY_EDIT_LINE);
    cr_assert_str_eq(line, "    print(i)");
    cr_assert_str_eq(fake.out, "...     print(i)\r\n");
}

Test(repl_edit, indent_only_line_is_content) {
    feed("\r");
    cr_assert_eq(read_line("... ", "    "), PY_EDIT_LINE);
    cr_assert_str_eq(line, "    ");
    cr_assert_str_eq(fake.out, "...     \r\n");
    feed("\x04\x01\x05\r");   // not mode keys: delete (nothing), home, end
    cr_assert_eq(read_line("... ", "    "), PY_EDIT_LINE);
    cr_assert_str_eq(line, "    ");
    cr_assert_str_eq(fake.out, "...     \b\b\b\b    \r\n");
}

Test(repl_edit, backspace_removes_four_in_indent) {
    feed("\x7f\x7f\r");
    cr_assert_eq(read_line("... ", "        "), PY_EDIT_LINE);
    cr_assert_str_eq(line, "");
    cr_assert_str_eq(fake.out, "...         \b\b\b\b\x1b[K\b\b\b\b\x1b[K\r\n");
    feed("  \x7f\r");   // 2 spaces: one at a time
    cr_assert_eq(read_line(">>> ", NULL), PY_EDIT_LINE);
    cr_assert_str_eq(line, " ");
    feed("      \x7f\r");   // 6 spaces: 4 go
    cr_assert_eq(read_line(">>> ", NULL), PY_EDIT_LINE);
    cr_assert_str_eq(line, "  ");
    feed("    x\x1b[D\x7f\r");   // not all spaces before the cursor... cursor after spaces
    cr_assert_eq(read_line(">>> ", NULL), PY_EDIT_LINE);
    cr_assert_str_eq(line, "x");
}

Test(repl_edit, tab_after_indent_turns_it_off) {
    feed("\tx\r");
    cr_assert_eq(read_line("... ", "    "), PY_EDIT_LINE);
    cr_assert(py_repl_edit_indent_off(ed));
    cr_assert_str_eq(line, "    x");
    cr_assert_str_eq(fake.out, "...     x\r\n");
    feed("x\r");
    cr_assert_eq(read_line("... ", "    "), PY_EDIT_LINE);
    cr_assert(!py_repl_edit_indent_off(ed));
}

Test(repl_edit, space_after_indent_takes_its_place) {
    feed("    x\r");   // pasted code with its own indentation keeps it
    cr_assert_eq(read_line("... ", "    "), PY_EDIT_LINE);
    cr_assert_str_eq(line, "    x");
    cr_assert_str_eq(fake.out, "...     \b\b\b\x1b[K   x\r\n");
    feed(" \r");
    cr_assert_eq(read_line("... ", "        "), PY_EDIT_LINE);
    cr_assert_str_eq(line, " ");
    feed("x \r");   // only right after the indent
    cr_assert_eq(read_line("... ", "    "), PY_EDIT_LINE);
    cr_assert_str_eq(line, "    x ");
}

// ---- Tab and completion (§4) ---------------------------------------------------------------------

Test(repl_edit, tab_after_whitespace_indents) {
    expect_line("x = \t\r", "x =     ", ">>> x =     \r\n");
    expect_line("\t\r", "    ", ">>>     \r\n");
    expect_line("abc\t\r", "abc", ">>> abc\r\n");   // no hook: a word stays as it is
}

static char *copy_str(const char *s) {
    char *d = malloc(strlen(s) + 1);
    strcpy(d, s);
    return d;
}

static char seen[64];

// A hook that completes "sys.ar" to "sys.argv" and lists five names for "sys.".
static bool fake_complete(void *ctx, const char *text, size_t n, py_completion_t *out) {
    cr_assert_eq(ctx, &fake);
    snprintf(seen, sizeof seen, "%.*s", (int)n, text);
    if (n >= 6 && !memcmp(text + n - 6, "sys.ar", 6)) {
        out->insert = copy_str("gv");
        return true;
    }
    if (n >= 4 && !memcmp(text + n - 4, "sys.", 4)) {
        static const char *names[] = {"argv", "atexit", "byteorder", "exc_info",
                                      "implementation_x", "path"};
        out->names = calloc(6, sizeof *out->names);
        for (int i = 0; i < 6; i++) out->names[i] = copy_str(names[i]);
        out->n_names = 6;
        return true;
    }
    return false;
}

Test(repl_edit, completion_inserts) {
    py_repl_edit_set_complete(ed, fake_complete, &fake);
    expect_line("sys.ar\t\r", "sys.argv", ">>> sys.argv\r\n");
    cr_assert_str_eq(seen, "sys.ar");
    // in the middle of a line: completes the text before the cursor
    expect_line("sys.ar)\x1b[D\t\r", "sys.argv)", ">>> sys.ar)\bgv)\b\r\n");
    cr_assert_str_eq(seen, "sys.ar");
}

Test(repl_edit, completion_lists_in_columns) {
    py_repl_edit_set_complete(ed, fake_complete, &fake);
    expect_line("sys.\t\r", "sys.",
                ">>> sys.\r\n"
                "argv            atexit          byteorder       exc_info\r\n"
                "implementation_x                path\r\n"
                ">>> sys.\r\n");
    expect_line("x(sys.)\x1b[D\t\r", "x(sys.)",
                ">>> x(sys.)\b\r\n"
                "argv            atexit          byteorder       exc_info\r\n"
                "implementation_x                path\r\n"
                ">>> x(sys.)\b\r\n");
}

// ---- history (§8) ----------------------------------------------------------------------------------

Test(repl_edit, history_up_down) {
    feed("one\rtwo\r\x1b[A\x1b[A\x1b[A\x1b[B\r");
    read_line(">>> ", NULL);
    read_line(">>> ", NULL);
    fake.out_len = 0;
    cr_assert_eq(read_line(">>> ", NULL), PY_EDIT_LINE);
    cr_assert_str_eq(line, "two");
    cr_assert_str_eq(fake.out, ">>> two\b\b\bone\b\b\btwo\r\n");
    feed("\x10\x10\x0e\x0e\r");   // Ctrl-P, Ctrl-N: back to an empty line
    cr_assert_eq(read_line(">>> ", NULL), PY_EDIT_LINE);
    cr_assert_str_eq(line, "");
    cr_assert_str_eq(fake.out, ">>> two\b\b\bone\b\b\btwo\b\b\b\x1b[K\r\n");
}

Test(repl_edit, history_skips_empty_and_repeats) {
    feed("a\r\ra\r    \rb\r");
    for (int i = 0; i < 5; i++) read_line("... ", NULL);
    py_repl_history_t *h = py_repl_edit_history(ed);
    cr_assert_eq(h->count, 3);
    cr_assert_str_eq(py_repl_history_get(h, 0), "b");
    cr_assert_str_eq(py_repl_history_get(h, 1), "    ");   // the quirk: indent is kept
    cr_assert_str_eq(py_repl_history_get(h, 2), "a");
}

// ---- UTF-8 --------------------------------------------------------------------------------------------

Test(repl_edit, utf8_moves_by_code_point) {
    expect_line("a\xc3\xa9\x1b[D\x1b[DX\r", "Xa\xc3\xa9", ">>> a\xc3\xa9\b\bXa\xc3\xa9\b\b\r\n");
    expect_line("\xc3\xa9\x7f\r", "", ">>> \xc3\xa9\b\x1b[K\r\n");
}
