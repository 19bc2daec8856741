// tests/unit/test_re.c: the regex compiler (mods/re_compile.c) and matcher (mods/re_exec.c).
// Layer: tests (Criterion). Program shapes, error reports without raising, matching
// with captures, the empty-match rule and the explicit backtrack stack on long subjects.
// SPDX-License-Identifier: MIT

#include <criterion/criterion.h>
#include <stdlib.h>
#include "except.h"
#include "re.h"
#include "unit_vm.h"

// Code points of an ASCII C string, in a static buffer.
static const uint32_t *cps(const char *s, size_t *n) {
    static uint32_t buf[256];
    *n = strlen(s);
    for (size_t i = 0; i < *n; i++) buf[i] = (unsigned char)s[i];
    return buf;
}

static bool compile(const char *pat, int flags, py_re_prog_t *p) {
    size_t n;
    const uint32_t *c = cps(pat, &n);
    return py_re_compile(c, n, flags, false, p);
}

// Searches [subject] for [pat]; returns the match span in *s/*e, or false.
static bool find(const char *pat, const char *subject, int32_t *slots, bool must_advance) {
    py_re_prog_t p;
    cr_assert(compile(pat, 0, &p), "compile %s: %s", pat, p.err);
    py_re_subject_t subj = {.b = (const uint8_t *)subject, .len = strlen(subject)};
    int last;
    bool ok = py_re_exec(vm, p.code, p.ngroups, p.nregs, &subj, 0, subj.len, false, false,
                         must_advance, slots, &last);
    py_re_prog_free(&p);
    return ok;
}

Test(re, single_char_repeat_compiles_to_one_instruction, .init = unit_vm_setup,
     .fini = unit_vm_teardown) {
    py_re_prog_t p;
    cr_assert(compile("a*", 0, &p));
    cr_assert_eq(p.code[0], RX_REPEAT1);
    cr_assert_eq(p.code[1], 0);
    cr_assert_eq(p.code[2], RX_INF);
    cr_assert_eq(p.code[4], RX_CHAR);
    cr_assert_eq(p.code[6], RX_MATCH);
    cr_assert_eq(p.ncode, 7);
    py_re_prog_free(&p);
}

Test(re, errors_are_reported_not_raised, .init = unit_vm_setup, .fini = unit_vm_teardown) {
    static const struct { const char *pat, *msg; size_t pos; } cases[] = {
        {"(a", "missing ), unterminated subpattern", 0},
        {"a)", "unbalanced parenthesis", 1},
        {"a**", "multiple repeat", 2},
        {"[z-a]", "bad character range z-a", 1},
        {"(?P<a>x)(?P<a>y)", "redefinition of group name 'a' as group 2; was group 1", 12},
    };
    for (size_t k = 0; k < sizeof cases / sizeof cases[0]; k++) {
        py_re_prog_t p;
        cr_assert_not(compile(cases[k].pat, 0, &p));
        cr_assert_str_eq(p.err, cases[k].msg);
        cr_assert(p.err_has_pos);
        cr_assert_eq(p.err_pos, cases[k].pos);
        cr_assert_null(p.code);
        py_re_prog_free(&p);
    }
}

Test(re, named_groups_are_collected, .init = unit_vm_setup, .fini = unit_vm_teardown) {
    py_re_prog_t p;
    cr_assert(compile("(?P<x>a)(b)(?P<y>c)", 0, &p));
    cr_assert_eq(p.ngroups, 3);
    cr_assert_eq(p.nnames, 2);
    cr_assert_str_eq(p.names[1], "y");
    cr_assert_eq(p.name_groups[1], 3);
    cr_assert_eq(p.flags & RE_UNICODE, RE_UNICODE);
    py_re_prog_free(&p);
}

Test(re, captures_and_backtracking, .init = unit_vm_setup, .fini = unit_vm_teardown) {
    int32_t s[8];
    cr_assert(find("(a|ab)(c|bcd)(d*)", "xabcd", s, false));
    cr_assert_eq(s[0], 1);
    cr_assert_eq(s[1], 5);
    cr_assert_eq(s[2], 1);   // group 1 is 'a'
    cr_assert_eq(s[3], 2);
    cr_assert_eq(s[6], 5);   // group 3 is empty, at the end
    cr_assert(find("(\\w)\\1", "abccd", s, false));
    cr_assert_eq(s[0], 2);
    cr_assert_not(find("a(?=b)", "ac", s, false));
}

Test(re, must_advance_refuses_an_empty_match_at_the_start, .init = unit_vm_setup,
     .fini = unit_vm_teardown) {
    int32_t s[2];
    cr_assert(find("x*", "abx", s, true));
    cr_assert_eq(s[0], 1);   // the empty match at 0 is refused, the one at 1 taken
    cr_assert_eq(s[1], 1);
    cr_assert(find("x*", "xbx", s, true));
    cr_assert_eq(s[0], 0);   // a non-empty match at the start is fine
    cr_assert_eq(s[1], 1);
}

Test(re, long_subjects_use_the_heap_stack, .init = unit_vm_setup, .fini = unit_vm_teardown) {
    size_t n = 200000;
    char *subject = malloc(n + 1);
    memset(subject, 'a', n);
    subject[n] = 0;
    int32_t s[4];
    cr_assert(find("(a|b)*c|a+$", subject, s, false));
    cr_assert_eq(s[0], 0);
    cr_assert_eq(s[1], (int32_t)n);
    free(subject);
}
