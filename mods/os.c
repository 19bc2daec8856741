// mods/os.c: the os module (also `uos`): files and directories, the environment.
// Layer: library modules. A POSIX subset with MicroPython's unix-port names; errors are
// OSError subclasses carrying errno and the path, as CPython's.
// SPDX-License-Identifier: MIT

#include <dirent.h>
#include <errno.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/random.h>
#include <sys/stat.h>
#include <sys/statvfs.h>
#include <sys/utsname.h>
#include <unistd.h>

#include "fs_root.h"
#include "io.h"
#include "sys.h"
#include "import.h"
#include "obj_dict.h"
#include "except.h"
#include "obj_bytes.h"
#include "obj_func.h"
#include "obj_int.h"
#include "obj_list.h"
#include "obj_module.h"
#include "obj_str.h"
#include "obj_tuple.h"
#include "runtime.h"

// The path in [v] for argument [what] ("remove: path"); [kinds] names what
// else CPython's function would take, for its TypeError message.
static const char *path_as(py_vm_t *vm, py_val_t v, const char *what, const char *kinds) {
    if (!py_is_str(vm, v)) py_raise_type_error(vm, "%s should be %s, not %T", what, kinds, v);
    // ValueError "embedded null byte", as CPython; a board path maps into its folder
    return py_fs_root_map(py_str_cstr_path(vm, v));
}

#define PATH_KINDS "string, bytes or os.PathLike"
#define PATH_FD_KINDS "string, bytes, os.PathLike or integer"

static const char *path_arg(py_vm_t *vm, py_val_t v, const char *what) {
    return path_as(vm, v, what, PATH_KINDS);
}

// A str argument that is not a path (environment names, commands).
static const char *str_arg(py_vm_t *vm, py_val_t v) {
    if (!py_is_str(vm, v)) py_raise_type_error(vm, "str expected, not %T", v);
    return py_str_cstr_path(vm, v);   // CPython says "embedded null byte" here too
}

static py_val_t check(py_vm_t *vm, int r, py_val_t path) {
    if (r < 0) py_raise_os_error(vm, errno, path);
    return PY_NONE;
}

static py_val_t os_remove(py_vm_t *vm, size_t nargs, const py_val_t *args, py_val_t kwnames) {
    (void)nargs, (void)kwnames;
    return check(vm, unlink(path_arg(vm, args[0], "remove: path")), args[0]);
}

static py_val_t os_rename(py_vm_t *vm, size_t nargs, const py_val_t *args, py_val_t kwnames) {
    (void)nargs, (void)kwnames;
    return check(vm, rename(path_arg(vm, args[0], "rename: src"), path_arg(vm, args[1], "rename: dst")), args[0]);
}

static py_val_t os_mkdir(py_vm_t *vm, size_t nargs, const py_val_t *args, py_val_t kwnames) {
    (void)kwnames;
    mode_t mode = nargs > 1 ? (mode_t)py_to_int64(vm, args[1]) : 0777;
    return check(vm, mkdir(path_arg(vm, args[0], "mkdir: path"), mode), args[0]);
}

static py_val_t os_rmdir(py_vm_t *vm, size_t nargs, const py_val_t *args, py_val_t kwnames) {
    (void)nargs, (void)kwnames;
    return check(vm, rmdir(path_arg(vm, args[0], "rmdir: path")), args[0]);
}

static py_val_t os_chdir(py_vm_t *vm, size_t nargs, const py_val_t *args, py_val_t kwnames) {
    (void)nargs, (void)kwnames;
    return check(vm, chdir(path_as(vm, args[0], "chdir: path", PATH_FD_KINDS)), args[0]);
}

static py_val_t os_getcwd(py_vm_t *vm, size_t nargs, const py_val_t *args, py_val_t kwnames) {
    (void)nargs, (void)args, (void)kwnames;
    char buf[PATH_MAX], board[PATH_MAX];
    if (!getcwd(buf, sizeof buf)) py_raise_os_error(vm, errno, PY_NULL);
    return py_str_from_c(vm, py_fs_root_unmap(buf, board, sizeof board));
}

// The entries of a directory except . and .., in the order the system gives;
// with [details], (name, type, inode, 0) tuples as MicroPython's ilistdir.
static py_val_t list_dir(py_vm_t *vm, py_val_t path, bool details) {
    DIR *d = opendir(path_as(vm, path, "listdir: path", "string, bytes, os.PathLike, integer or None"));
    if (!d) py_raise_os_error(vm, errno, path);
    py_val_t list = py_list_new(vm, 0, NULL);
    for (struct dirent *e; (e = readdir(d)) != NULL;) {
        if (strcmp(e->d_name, ".") == 0 || strcmp(e->d_name, "..") == 0) continue;
        py_val_t name = py_str_from_c(vm, e->d_name);  // MemoryError here leaks d: rare
        if (details) {
            int type = e->d_type == DT_DIR ? 0x4000 : e->d_type == DT_REG ? 0x8000 : 0;
            py_val_t items[4] = {name, py_small(type), py_int_from_u64(vm, e->d_ino), py_small(0)};
            name = py_tuple_new(vm, 4, items);
        }
        py_list_append(vm, list, name);
    }
    closedir(d);
    return list;
}

static py_val_t os_listdir(py_vm_t *vm, size_t nargs, const py_val_t *args, py_val_t kwnames) {
    (void)kwnames;
    return list_dir(vm, nargs > 0 ? args[0] : py_str_intern_c(vm, "."), false);
}

static py_val_t os_ilistdir(py_vm_t *vm, size_t nargs, const py_val_t *args, py_val_t kwnames) {
    (void)kwnames;
    return py_iter(vm, list_dir(vm, nargs > 0 ? args[0] : py_str_intern_c(vm, "."), true));
}

// os.stat(path): MicroPython's 10-tuple (mode, ino, dev, nlink, uid, gid,
// size, atime, mtime, ctime), whose items are also CPython's st_* attributes.
static py_val_t stat_result(py_vm_t *vm, const struct stat *s) {
    static const char *const names[10] = {"st_mode", "st_ino", "st_dev", "st_nlink", "st_uid",
                                          "st_gid", "st_size", "st_atime", "st_mtime",
                                          "st_ctime"};
    struct stat st = *s;
    py_val_t items[10] = {
        py_int_from_u64(vm, st.st_mode), py_int_from_u64(vm, st.st_ino),
        py_int_from_u64(vm, st.st_dev), py_int_from_u64(vm, st.st_nlink),
        py_int_from_u64(vm, st.st_uid), py_int_from_u64(vm, st.st_gid),
        py_int_from_i64(vm, st.st_size), py_int_from_i64(vm, st.st_atime),
        py_int_from_i64(vm, st.st_mtime), py_int_from_i64(vm, st.st_ctime),
    };
    return py_sys_attrtuple_new(vm, 10, names, items, false);
}

static py_val_t os_stat(py_vm_t *vm, size_t nargs, const py_val_t *args, py_val_t kwnames) {
    (void)nargs, (void)kwnames;
    struct stat st;
    if (stat(path_as(vm, args[0], "stat: path", PATH_FD_KINDS), &st) < 0) py_raise_os_error(vm, errno, args[0]);
    return stat_result(vm, &st);
}

static py_val_t os_lstat(py_vm_t *vm, size_t nargs, const py_val_t *args, py_val_t kwnames) {
    (void)nargs, (void)kwnames;
    struct stat st;
    if (lstat(path_arg(vm, args[0], "lstat: path"), &st) < 0) py_raise_os_error(vm, errno, args[0]);
    return stat_result(vm, &st);
}

// os.statvfs(path): (bsize, frsize, blocks, bfree, bavail, files, ffree,
// favail, flag, namemax), with CPython's f_* names.
static py_val_t os_statvfs(py_vm_t *vm, size_t nargs, const py_val_t *args, py_val_t kwnames) {
    (void)nargs, (void)kwnames;
    static const char *const names[10] = {"f_bsize", "f_frsize", "f_blocks", "f_bfree",
                                          "f_bavail", "f_files", "f_ffree", "f_favail",
                                          "f_flag", "f_namemax"};
    struct statvfs st;
    if (statvfs(path_as(vm, args[0], "statvfs: path", PATH_FD_KINDS), &st) < 0) py_raise_os_error(vm, errno, args[0]);
    // (the block and file counts are 64-bit on 32-bit hosts too: _FILE_OFFSET_BITS=64)
    uint64_t v[10] = {st.f_bsize, st.f_frsize, st.f_blocks, st.f_bfree, st.f_bavail,
                      st.f_files, st.f_ffree, st.f_favail, st.f_flag, st.f_namemax};
    py_val_t items[10];
    for (int i = 0; i < 10; i++) items[i] = py_int_from_u64(vm, v[i]);
    return py_sys_attrtuple_new(vm, 10, names, items, false);
}

// os.uname(): (sysname, nodename, release, version, machine), also as attributes.
static py_val_t os_uname(py_vm_t *vm, size_t nargs, const py_val_t *args, py_val_t kwnames) {
    (void)nargs, (void)args, (void)kwnames;
    static const char *const names[5] = {"sysname", "nodename", "release", "version", "machine"};
    struct utsname u;
    if (uname(&u) < 0) py_raise_os_error(vm, errno, PY_NULL);
    const char *v[5] = {u.sysname, u.nodename, u.release, u.version, u.machine};
    const char *sysname, *machine, *version;   // a board up in serial mode: its identity
    if (py_fs_root_identity(&sysname, &machine, &version)) {
        v[0] = v[1] = sysname, v[2] = PY_SYS_VERSION, v[3] = version, v[4] = machine;
    }
    py_val_t items[5];
    for (int i = 0; i < 5; i++) items[i] = py_str_from_c(vm, v[i]);
    return py_sys_attrtuple_new(vm, 5, names, items, true);
}

static py_val_t os_getpid(py_vm_t *vm, size_t nargs, const py_val_t *args, py_val_t kwnames) {
    (void)vm, (void)nargs, (void)args, (void)kwnames;
    return py_small(getpid());
}

static py_val_t os_putenv(py_vm_t *vm, size_t nargs, const py_val_t *args, py_val_t kwnames) {
    (void)nargs, (void)kwnames;
    const char *name = str_arg(vm, args[0]), *value = str_arg(vm, args[1]);
    if (!*name || strchr(name, '=')) py_raise_value_error(vm, "illegal environment variable name");
    return check(vm, setenv(name, value, 1), PY_NULL);
}

static py_val_t os_unsetenv(py_vm_t *vm, size_t nargs, const py_val_t *args, py_val_t kwnames) {
    (void)nargs, (void)kwnames;
    const char *name = str_arg(vm, args[0]);
    if (!*name || strchr(name, '=')) py_raise_value_error(vm, "illegal environment variable name");
    return check(vm, unsetenv(name), PY_NULL);
}

static py_val_t os_getenv(py_vm_t *vm, size_t nargs, const py_val_t *args, py_val_t kwnames) {
    (void)kwnames;
    // a name holding a NUL is in no environment (CPython's os.environ lookup)
    if (py_is_str(vm, args[0]) && memchr(py_str_bytes(args[0]), '\0', py_str_len(args[0])))
        return nargs > 1 ? args[1] : PY_NONE;
    const char *v = getenv(str_arg(vm, args[0]));
    if (v) return py_str_from_c(vm, v);
    return nargs > 1 ? args[1] : PY_NONE;
}

static py_val_t os_system(py_vm_t *vm, size_t nargs, const py_val_t *args, py_val_t kwnames) {
    (void)nargs, (void)kwnames;
    py_io_flush_quiet(vm, vm->stdout_obj);  // the child's output must come after ours
    return py_int_from_i64(vm, system(str_arg(vm, args[0])));
}

static py_val_t os_urandom(py_vm_t *vm, size_t nargs, const py_val_t *args, py_val_t kwnames) {
    (void)nargs, (void)kwnames;
    int64_t n = py_to_int64(vm, args[0]);
    if (n < 0) py_raise_value_error(vm, "negative argument not allowed");
    py_bytes_t *b = py_bytes_alloc(vm, (size_t)n);
    for (size_t got = 0; got < (size_t)n;) {
        ssize_t r = getrandom(b->data + got, (size_t)n - got, 0);
        if (r < 0 && errno != EINTR) py_raise_os_error(vm, errno, PY_NULL);
        if (r > 0) got += (size_t)r;
    }
    return py_from_obj(b);
}

// os.path is the frozen module posixpath, also importable as `os.path`.
// os must be in sys.modules first: posixpath imports it.
static void os_init(py_vm_t *vm, py_val_t module) {
    py_module_set(vm, module, "sep", py_str_intern_c(vm, "/"));
    py_module_set(vm, module, "name", py_str_intern_c(vm, "posix"));
    py_module_set(vm, module, "curdir", py_str_intern_c(vm, "."));
    py_module_set(vm, module, "pardir", py_str_intern_c(vm, ".."));
    py_module_set(vm, module, "linesep", py_str_intern_c(vm, "\n"));
    py_module_set(vm, module, "devnull", py_str_intern_c(vm, "/dev/null"));
    py_val_t os_name = py_str_intern_c(vm, "os");
    bool registered = py_dict_get(vm, vm->modules, os_name) != PY_NULL;
    if (!registered) py_dict_set(vm, vm->modules, os_name, module);
    py_val_t path = py_import(vm, py_str_intern_c(vm, "posixpath"), PY_NONE, 0, PY_NULL);
    if (!registered) py_dict_remove(vm, vm->modules, os_name);
    py_module_set(vm, module, "path", path);
    py_dict_set(vm, vm->modules, py_str_intern_c(vm, "os.path"), path);
}

static const py_method_def_t os_functions[] = {
    {"remove", os_remove, 1, 1, 0},
    {"unlink", os_remove, 1, 1, 0},
    {"rename", os_rename, 2, 2, 0},
    {"mkdir", os_mkdir, 1, 2, 0},
    {"rmdir", os_rmdir, 1, 1, 0},
    {"chdir", os_chdir, 1, 1, 0},
    {"getcwd", os_getcwd, 0, 0, 0},
    {"listdir", os_listdir, 0, 1, 0},
    {"ilistdir", os_ilistdir, 0, 1, 0},
    {"stat", os_stat, 1, 1, 0},
    {"lstat", os_lstat, 1, 1, 0},
    {"statvfs", os_statvfs, 1, 1, 0},
    {"uname", os_uname, 0, 0, 0},
    {"getpid", os_getpid, 0, 0, 0},
    {"putenv", os_putenv, 2, 2, 0},
    {"unsetenv", os_unsetenv, 1, 1, 0},
    {"getenv", os_getenv, 1, 2, 0},
    {"system", os_system, 1, 1, 0},
    {"urandom", os_urandom, 1, 1, 0},
    {NULL, NULL, 0, 0, 0},
};

const py_module_def_t py_mod_os = {"os", os_functions, os_init, NULL};
