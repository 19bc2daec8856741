// unix/repl_edit_min.c: a throwaway line reader for the REPL engine (echo, backspace, Enter,
// the Ctrl keys) until s20-editor's unix/repl_edit.c is merged. Layer: unix port.
// SPDX-License-Identifier: MIT

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "repl_edit_min.h"

#define HISTORY_MAX 50

struct py_repl_edit {
    int last;                   // the previous key: an \n right after \r is not a second Enter
    char *hist[HISTORY_MAX];
    int nhist;
};

py_repl_edit_t *py_repl_edit_new(void) { return calloc(1, sizeof(py_repl_edit_t)); }

void py_repl_edit_free(py_repl_edit_t *ed) {
    if (!ed) return;
    for (int i = 0; i < ed->nhist; i++) free(ed->hist[i]);
    free(ed);
}

static void hist_add(py_repl_edit_t *ed, const char *s, size_t n) {
    if (n == 0) return;
    if (ed->nhist && strlen(ed->hist[ed->nhist - 1]) == n && !memcmp(ed->hist[ed->nhist - 1], s, n))
        return;
    char *c = malloc(n + 1);
    if (!c) return;
    memcpy(c, s, n);
    c[n] = 0;
    if (ed->nhist == HISTORY_MAX) {
        free(ed->hist[0]);
        memmove(ed->hist, ed->hist + 1, (HISTORY_MAX - 1) * sizeof(char *));
        ed->nhist--;
    }
    ed->hist[ed->nhist++] = c;
}

void py_repl_edit_history_load(py_repl_edit_t *ed, const char *path) {
    FILE *f = ed && path ? fopen(path, "r") : NULL;
    if (!f) return;
    char buf[1024];
    while (fgets(buf, sizeof buf, f)) hist_add(ed, buf, strcspn(buf, "\n"));
    fclose(f);
}

void py_repl_edit_history_save(py_repl_edit_t *ed, const char *path) {
    FILE *f = ed && path ? fopen(path, "w") : NULL;
    if (!f) return;
    for (int i = 0; i < ed->nhist; i++) fprintf(f, "%s\n", ed->hist[i]);
    fclose(f);
}

py_edit_result_t py_repl_edit_line(py_repl_edit_t *ed, py_console_t *con, const char *prompt,
                                   const char *indent, char **line, size_t *len) {
    size_t n = strlen(indent), cap = n + 64;
    char *buf = malloc(cap);
    if (!buf) return PY_EDIT_EOF;
    memcpy(buf, indent, n);
    con->write(con, prompt, strlen(prompt));
    con->write(con, indent, n);
    for (;;) {
        int c = con->getc(con);
        int prev = ed->last;
        ed->last = c;
        py_edit_result_t key = PY_EDIT_LINE;
        if (c < 0) key = PY_EDIT_EOF;
        else if (c == 3) key = PY_EDIT_CTRL_C;
        else if (c >= 1 && c <= 5 && n == 0) key = (py_edit_result_t)(PY_EDIT_CTRL_A + c - 1);
        if (key != PY_EDIT_LINE) {
            free(buf);
            return key;
        }
        if (c == '\n' && prev == '\r') continue;
        if (c == '\r' || c == '\n') {
            con->write(con, "\r\n", 2);
            buf[n] = 0;
            hist_add(ed, buf, n);
            *line = buf;
            *len = n;
            return PY_EDIT_LINE;
        }
        if ((c == 8 || c == 127) && n > 0) {
            n--;
            con->write(con, "\b\x1b[K", 4);
        } else if (c >= 32 && c != 127) {
            if (n + 2 > cap) {
                char *nb = realloc(buf, cap *= 2);
                if (!nb) {
                    free(buf);
                    return PY_EDIT_EOF;
                }
                buf = nb;
            }
            buf[n++] = (char)c;
            char ch = (char)c;
            con->write(con, &ch, 1);
        }
    }
}
