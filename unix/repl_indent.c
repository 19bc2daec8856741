// unix/repl_indent.c: when a statement typed at the friendly REPL goes on, and its auto-indent
// (the reference's §3). Layer: unix port; pure C, no VM.
// SPDX-License-Identifier: MIT
//
// These are textual rules, not the parser's: they decide what a board's REPL decides
// (MicroPython's pyexec), so a line like "if x: y" still asks for more and an unfinished
// expression in brackets does too, whatever the compiler would make of it.

#include <string.h>

#include "repl_indent.h"

// [s] starts with [word] followed by something that is not part of a name.
static bool starts_with_word(const char *s, const char *word) {
    size_t n = strlen(word);
    if (strncmp(s, word, n) != 0) return false;
    char c = s[n];
    return !(c == '_' || (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'));
}

static bool starts_compound(const char *s) {
    static const char *const words[] = {"if", "while", "for", "try", "with", "def", "class",
                                        "async", NULL};
    if (s[0] == '@') return true;
    for (const char *const *w = words; *w; w++)
        if (starts_with_word(s, *w)) return true;
    return false;
}

enum { Q_NONE, Q_1_SINGLE, Q_1_DOUBLE, Q_3_SINGLE, Q_3_DOUBLE };

// Quote state and bracket depth after [text]; a quote inside the other kind is text.
static int scan(const char *text, int *depth) {
    int q = Q_NONE;
    *depth = 0;
    for (const char *p = text; *p; p++) {
        char c = *p;
        if (c == '\'' || c == '"') {
            int one = c == '\'' ? Q_1_SINGLE : Q_1_DOUBLE, three = one + 2;
            if ((q == Q_NONE || q == three) && p[1] == c && p[2] == c) {
                p += 2;
                q = q == Q_NONE ? three : Q_NONE;
            } else if (q == Q_NONE || q == one) {
                q = q == Q_NONE ? one : Q_NONE;
            }
        } else if (c == '\\' && (p[1] == '\'' || p[1] == '"' || p[1] == '\\')) {
            if (q != Q_NONE) p++;
        } else if (q == Q_NONE) {
            if (c == '(' || c == '[' || c == '{') (*depth)++;
            else if (c == ')' || c == ']' || c == '}') (*depth)--;
        }
    }
    return q;
}

bool py_repl_indent_continues(const char *text) {
    size_t n = strlen(text);
    if (n == 0) return false;
    int depth;
    int q = scan(text, &depth);
    if (q == Q_3_SINGLE || q == Q_3_DOUBLE) return true;
    if (depth > 0 && q == Q_NONE) return true;
    if (text[n - 1] == '\\') return true;
    return starts_compound(text) && text[n - 1] != '\n';
}

// True when the line of [text] from [start] to [end] is all spaces.
static bool blank(const char *text, size_t start, size_t end) {
    for (size_t i = start; i < end; i++)
        if (text[i] != ' ') return false;
    return true;
}

size_t py_repl_indent_next(const char *text, size_t len) {
    if (len < 2 || text[len - 1] != '\n') return 0;
    size_t end = len - 1, start = end;   // the previous line is [start, end)
    while (start > 0 && text[start - 1] != '\n') start--;
    size_t spaces = 0;
    while (start + spaces < end && text[start + spaces] == ' ') spaces++;
    if (start > 0 && start + spaces == end) {
        // The previous line is blank and not the first: if the one before it is blank
        // too, the block is over.
        size_t pend = start - 1, pstart = pend;
        while (pstart > 0 && text[pstart - 1] != '\n') pstart--;
        if (blank(text, pstart, pend)) return 0;
    }
    size_t levels = spaces / 4 + (end > start && text[end - 1] == ':');
    return levels * 4;
}
