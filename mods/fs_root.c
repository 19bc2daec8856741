// mods/fs_root.c: board paths mapped into a host folder, so the simulated board's
// filesystem is ./board_fs (or -X fs=DIR) and nothing outside it can be reached by name.
// Layer: library modules (POSIX). Why a mapping and not chroot: chroot needs privileges.
// SPDX-License-Identifier: MIT

#include <errno.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "fs_root.h"

static char root[PATH_MAX];   // the host folder, absolute, no trailing '/'; "" when off
static size_t root_len;

int py_fs_root_set(const char *dir) {
    char real[PATH_MAX];
    if (mkdir(dir, 0777) < 0 && errno != EEXIST) return -errno;
    if (!realpath(dir, real)) return -errno;
    if (chdir(real) < 0) return -errno;
    if (strcmp(real, "/") == 0) real[0] = 0;   // the whole host: no mapping (off)
    root_len = strlen(real);
    memcpy(root, real, root_len + 1);
    return 0;
}

bool py_fs_root_on(void) { return root_len > 0; }

int py_fs_root_reset_cwd(void) {
    if (!py_fs_root_on()) return 0;
    return chdir(root) < 0 ? -errno : 0;
}

// Appends component [c] of length [n] to board path [out] (which is "/" or
// "/a/b"), handling "." and "..": ".." at "/" stays at "/".
static bool push_component(char *out, size_t *len, const char *c, size_t n, size_t cap) {
    if (n == 0 || (n == 1 && c[0] == '.')) return true;
    if (n == 2 && c[0] == '.' && c[1] == '.') {
        while (*len > 1 && out[*len - 1] != '/') (*len)--;
        if (*len > 1) (*len)--;   // the '/' before the dropped component
        out[*len] = 0;
        return true;
    }
    if (*len + 1 + n + 1 > cap) return false;
    if (*len > 1) out[(*len)++] = '/';
    memcpy(out + *len, c, n);
    *len += n;
    out[*len] = 0;
    return true;
}

// Board path [path] made absolute and normal into [out] ("/" at least).
static bool normalise(const char *path, char *out, size_t cap) {
    size_t len = 1;
    out[0] = '/', out[1] = 0;
    if (path[0] != '/') {
        char cwd[PATH_MAX], board[PATH_MAX];
        if (!getcwd(cwd, sizeof cwd)) return false;
        py_fs_root_unmap(cwd, board, sizeof board);
        if (board[0] != '/') return false;   // the process left the root somehow
        if (!normalise(board, out, cap)) return false;
        len = strlen(out);
    }
    for (const char *p = path; *p;) {
        const char *slash = strchr(p, '/');
        size_t n = slash ? (size_t)(slash - p) : strlen(p);
        if (!push_component(out, &len, p, n, cap)) return false;
        p += n + (slash != NULL);
    }
    return true;
}

#define RING 4
const char *py_fs_root_map(const char *path) {
    static char ring[RING][PATH_MAX];
    static int next;
    if (!py_fs_root_on()) return path;
    char *out = ring[next];
    next = (next + 1) % RING;
    char board[PATH_MAX];
    if (!normalise(path, board, sizeof board) ||
        (size_t)snprintf(out, PATH_MAX, "%s%s", root, strcmp(board, "/") == 0 ? "" : board) >=
            PATH_MAX)
        out[0] = 0;
    return out;
}

const char *py_fs_root_unmap(const char *host, char *out, size_t size) {
    if (size == 0) return out;
    const char *rest = host;
    if (py_fs_root_on() && strncmp(host, root, root_len) == 0 &&
        (host[root_len] == 0 || host[root_len] == '/'))
        rest = host[root_len] ? host + root_len : "/";
    snprintf(out, size, "%s", rest);
    return out;
}

// ---- identity ------------------------------------------------------------------------

static char *ident[3];   // sysname, machine, version; malloc'd

void py_fs_root_set_identity(const char *sysname, const char *machine, const char *version) {
    const char *in[3] = {sysname, machine, version};
    for (int i = 0; i < 3; i++) {
        free(ident[i]);
        ident[i] = in[i] ? strdup(in[i]) : NULL;
    }
}

bool py_fs_root_identity(const char **sysname, const char **machine, const char **version) {
    if (!ident[0] || !ident[1] || !ident[2]) return false;
    *sysname = ident[0], *machine = ident[1], *version = ident[2];
    return true;
}
