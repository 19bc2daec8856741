# errno: the Linux codes, errorcode's names (aliases map to CPython's choice), OSError.errno
import errno
print(errno.EPERM, errno.ENOENT, errno.EAGAIN, errno.EWOULDBLOCK, errno.EINVAL, errno.ETIMEDOUT)
print(errno.ECONNREFUSED, errno.EADDRINUSE, errno.EINPROGRESS, errno.ENOTSUP, errno.EOPNOTSUPP)
print(errno.EDEADLK, errno.EDEADLOCK, errno.ENOTRECOVERABLE, errno.EHWPOISON if hasattr(errno, 'EHWPOISON') else '-')
print(errno.errorcode[errno.EAGAIN], errno.errorcode[errno.EDEADLK], errno.errorcode[errno.ENOTSUP])
print(errno.errorcode[1], errno.errorcode[2], errno.errorcode[110], len(errno.errorcode))
names = sorted(n for n in dir(errno) if n.startswith('E'))
print(len(names), names[:5], names[-5:])
print(all(errno.errorcode[getattr(errno, n)] in names for n in names))
print(sorted(set(errno.errorcode.values())) == sorted(n for n in names if n not in ('EWOULDBLOCK', 'EOPNOTSUPP', 'EDEADLK')))
print(type(errno.errorcode).__name__, 999 in errno.errorcode)
try:
    open('/nonexistent_binmods_dir/x')
except OSError as e:
    print(type(e).__name__, e.errno == errno.ENOENT, errno.errorcode[e.errno])
try:
    errno.ENOSUCHTHING
except AttributeError as e:
    print(type(e).__name__)
