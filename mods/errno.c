// mods/errno.c: the errno module (also `uerrno`): Linux's error codes and errorcode.
// Layer: library modules; the values come from the C library's <errno.h>.
// SPDX-License-Identifier: MIT

#include <errno.h>

#include "obj_dict.h"
#include "obj_module.h"
#include "obj_str.h"

// Every code CPython's errno module has on Linux, as (name, alias). An alias
// shares its value with another name and is not the one errorcode gives for
// it (errorcode[11] is 'EAGAIN', not 'EWOULDBLOCK'), as in CPython.
#define ERRNO_CODES(E) \
    E(E2BIG, 0) \
    E(EACCES, 0) \
    E(EADDRINUSE, 0) \
    E(EADDRNOTAVAIL, 0) \
    E(EADV, 0) \
    E(EAFNOSUPPORT, 0) \
    E(EAGAIN, 0) \
    E(EALREADY, 0) \
    E(EBADE, 0) \
    E(EBADF, 0) \
    E(EBADFD, 0) \
    E(EBADMSG, 0) \
    E(EBADR, 0) \
    E(EBADRQC, 0) \
    E(EBADSLT, 0) \
    E(EBFONT, 0) \
    E(EBUSY, 0) \
    E(ECANCELED, 0) \
    E(ECHILD, 0) \
    E(ECHRNG, 0) \
    E(ECOMM, 0) \
    E(ECONNABORTED, 0) \
    E(ECONNREFUSED, 0) \
    E(ECONNRESET, 0) \
    E(EDEADLK, 1) \
    E(EDEADLOCK, 0) \
    E(EDESTADDRREQ, 0) \
    E(EDOM, 0) \
    E(EDOTDOT, 0) \
    E(EDQUOT, 0) \
    E(EEXIST, 0) \
    E(EFAULT, 0) \
    E(EFBIG, 0) \
    E(EHOSTDOWN, 0) \
    E(EHOSTUNREACH, 0) \
    E(EIDRM, 0) \
    E(EILSEQ, 0) \
    E(EINPROGRESS, 0) \
    E(EINTR, 0) \
    E(EINVAL, 0) \
    E(EIO, 0) \
    E(EISCONN, 0) \
    E(EISDIR, 0) \
    E(EISNAM, 0) \
    E(EKEYEXPIRED, 0) \
    E(EKEYREJECTED, 0) \
    E(EKEYREVOKED, 0) \
    E(EL2HLT, 0) \
    E(EL2NSYNC, 0) \
    E(EL3HLT, 0) \
    E(EL3RST, 0) \
    E(ELIBACC, 0) \
    E(ELIBBAD, 0) \
    E(ELIBEXEC, 0) \
    E(ELIBMAX, 0) \
    E(ELIBSCN, 0) \
    E(ELNRNG, 0) \
    E(ELOOP, 0) \
    E(EMEDIUMTYPE, 0) \
    E(EMFILE, 0) \
    E(EMLINK, 0) \
    E(EMSGSIZE, 0) \
    E(EMULTIHOP, 0) \
    E(ENAMETOOLONG, 0) \
    E(ENAVAIL, 0) \
    E(ENETDOWN, 0) \
    E(ENETRESET, 0) \
    E(ENETUNREACH, 0) \
    E(ENFILE, 0) \
    E(ENOANO, 0) \
    E(ENOBUFS, 0) \
    E(ENOCSI, 0) \
    E(ENODATA, 0) \
    E(ENODEV, 0) \
    E(ENOENT, 0) \
    E(ENOEXEC, 0) \
    E(ENOKEY, 0) \
    E(ENOLCK, 0) \
    E(ENOLINK, 0) \
    E(ENOMEDIUM, 0) \
    E(ENOMEM, 0) \
    E(ENOMSG, 0) \
    E(ENONET, 0) \
    E(ENOPKG, 0) \
    E(ENOPROTOOPT, 0) \
    E(ENOSPC, 0) \
    E(ENOSR, 0) \
    E(ENOSTR, 0) \
    E(ENOSYS, 0) \
    E(ENOTBLK, 0) \
    E(ENOTCONN, 0) \
    E(ENOTDIR, 0) \
    E(ENOTEMPTY, 0) \
    E(ENOTNAM, 0) \
    E(ENOTRECOVERABLE, 0) \
    E(ENOTSOCK, 0) \
    E(ENOTSUP, 0) \
    E(ENOTTY, 0) \
    E(ENOTUNIQ, 0) \
    E(ENXIO, 0) \
    E(EOPNOTSUPP, 1) \
    E(EOVERFLOW, 0) \
    E(EOWNERDEAD, 0) \
    E(EPERM, 0) \
    E(EPFNOSUPPORT, 0) \
    E(EPIPE, 0) \
    E(EPROTO, 0) \
    E(EPROTONOSUPPORT, 0) \
    E(EPROTOTYPE, 0) \
    E(ERANGE, 0) \
    E(EREMCHG, 0) \
    E(EREMOTE, 0) \
    E(EREMOTEIO, 0) \
    E(ERESTART, 0) \
    E(ERFKILL, 0) \
    E(EROFS, 0) \
    E(ESHUTDOWN, 0) \
    E(ESOCKTNOSUPPORT, 0) \
    E(ESPIPE, 0) \
    E(ESRCH, 0) \
    E(ESRMNT, 0) \
    E(ESTALE, 0) \
    E(ESTRPIPE, 0) \
    E(ETIME, 0) \
    E(ETIMEDOUT, 0) \
    E(ETOOMANYREFS, 0) \
    E(ETXTBSY, 0) \
    E(EUCLEAN, 0) \
    E(EUNATCH, 0) \
    E(EUSERS, 0) \
    E(EWOULDBLOCK, 1) \
    E(EXDEV, 0) \
    E(EXFULL, 0)

typedef struct {
    const char *name;
    int code;
    bool alias;
} errno_entry_t;

static const errno_entry_t codes[] = {
#define E(name, alias) {#name, name, alias},
    ERRNO_CODES(E)
#undef E
};

static void errno_init(py_vm_t *vm, py_val_t module) {
    py_val_t errorcode = py_dict_new(vm);
    py_module_set(vm, module, "errorcode", errorcode);
    for (size_t i = 0; i < sizeof codes / sizeof codes[0]; i++) {
        py_val_t name = py_str_intern_c(vm, codes[i].name);
        py_module_set(vm, module, codes[i].name, py_small(codes[i].code));
        if (!codes[i].alias) py_dict_set(vm, errorcode, py_small(codes[i].code), name);
    }
}

const py_module_def_t py_mod_errno = {"errno", NULL, errno_init, NULL};
