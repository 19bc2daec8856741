// tests/unit/test_repl_indent.c: the friendly REPL's continuation and auto-indent rules
// (unix/repl_indent.c; the reference's §3). Layer: unit tests (Criterion).
// SPDX-License-Identifier: MIT

#include <criterion/criterion.h>
#include <string.h>

#include "repl_indent.h"

static size_t next(const char *text) { return py_repl_indent_next(text, strlen(text)); }

Test(repl_indent, simple_lines_do_not_continue) {
    cr_assert(!py_repl_indent_continues(""));
    cr_assert(!py_repl_indent_continues("1+1"));
    cr_assert(!py_repl_indent_continues("x = 'if'"));
    cr_assert(!py_repl_indent_continues("iffy = 3"));   // a word, not the keyword
    cr_assert(!py_repl_indent_continues("format(3)"));
}

Test(repl_indent, compound_statements_continue_until_an_empty_line) {
    cr_assert(py_repl_indent_continues("for i in range(2):"));
    cr_assert(py_repl_indent_continues("if x: y"));
    cr_assert(py_repl_indent_continues("@deco"));
    cr_assert(py_repl_indent_continues("async def f():"));
    cr_assert(py_repl_indent_continues("for i in x:\n    print(i)"));
    cr_assert(py_repl_indent_continues("for i in x:\n    print(i)\n    "));   // spaces count
    cr_assert(!py_repl_indent_continues("for i in x:\n    print(i)\n"));
}

Test(repl_indent, open_brackets_quotes_and_backslash_continue) {
    cr_assert(py_repl_indent_continues("x = [1,"));
    cr_assert(py_repl_indent_continues("f(a, (b"));
    cr_assert(py_repl_indent_continues("d = {"));
    cr_assert(!py_repl_indent_continues("x = [1, 2]"));
    cr_assert(!py_repl_indent_continues("x = '(['"));    // brackets inside a string
    cr_assert(py_repl_indent_continues("s = '''abc"));
    cr_assert(py_repl_indent_continues("s = \"\"\"abc\n"));
    cr_assert(!py_repl_indent_continues("s = '''abc'''"));
    cr_assert(!py_repl_indent_continues("s = 'it\\'s ('"));   // escaped quote stays in
    cr_assert(py_repl_indent_continues("x = 1 + \\"));
}

Test(repl_indent, a_colon_adds_a_level) {
    cr_assert_eq(next("for i in x:\n"), 4);
    cr_assert_eq(next("for i in x:\n    if i:\n"), 8);
}

Test(repl_indent, other_lines_keep_their_level) {
    cr_assert_eq(next("for i in x:\n    print(i)\n"), 4);
    cr_assert_eq(next("x = [1,\n"), 0);
    cr_assert_eq(next("def f():\n      y = 1\n"), 4);   // 6 spaces round down to one level
}

Test(repl_indent, enter_three_times_ends_a_block) {
    // The reference's observed sequence: body, blank (indent kept), blank (indent gone).
    cr_assert_eq(next("for i in range(2):\n    print(i)\n    \n"), 4);
    cr_assert_eq(next("for i in range(2):\n    print(i)\n    \n    \n"), 0);
    cr_assert_eq(next("for i in range(2):\n    print(i)\n\n"), 0);   // an empty line: level 0
    cr_assert_eq(next("for i in range(2):\n    print(i)\n\n\n"), 0);
}
