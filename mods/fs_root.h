// mods/fs_root.h: the simulated board's filesystem, a host folder seen as the board's "/"
// (-X fs=DIR, ./board_fs by default in serial mode), and the board identity os reports.
// Layer: library modules (POSIX). Off (the default) every call here is a no-op pass-through.
// SPDX-License-Identifier: MIT

#ifndef PY_MODS_FS_ROOT_H
#define PY_MODS_FS_ROOT_H

#include <stdbool.h>
#include <stddef.h>

// Makes [dir] (created if missing) the board's root and chdirs into it; later paths
// given to os, open() and imports are board paths. Returns 0, or a negative errno
// (the folder cannot be made or entered; nothing changes). Never raises.
int py_fs_root_set(const char *dir);
// True once py_fs_root_set succeeded. Never raises.
bool py_fs_root_on(void);
// Goes back to the board's "/" (a soft reset does). Returns 0 or a negative errno.
int py_fs_root_reset_cwd(void);

// The host path for board path [path]: absolute paths are taken under the root,
// relative ones from the board's current folder, and ".." stops at the root, so no
// path leaves the folder (symlinks inside it are followed as they are). When the root
// is off [path] itself is returned. The result lives in one of a few rotating static
// buffers: use it before the fourth call after. Never raises; a path too long for
// PATH_MAX comes back unmapped-and-refused as "" (which every call rejects with ENOENT).
const char *py_fs_root_map(const char *path);
// The board path for host path [host] (os.getcwd): "/" plus what follows the root,
// or [host] itself when the root is off or [host] is outside it. Writes at most
// [size] bytes with the NUL into [out]; returns out. Never raises.
const char *py_fs_root_unmap(const char *host, char *out, size_t size);

// The board's identity for os.uname() (machine "<board name> with <MCU>", version as
// in the banner): NULL strings put back the host's uname. The strings are copied.
void py_fs_root_set_identity(const char *sysname, const char *machine, const char *version);
// The identity set above, or false when none is (os.uname() reports the host).
bool py_fs_root_identity(const char **sysname, const char **machine, const char **version);

#endif
