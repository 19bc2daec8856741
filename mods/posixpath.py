# mods/posixpath.py: os.path for POSIX paths (mods/os.c installs it as os.path).
# Layer: library modules (frozen Python). CPython's posixpath semantics for str paths.
# SPDX-License-Identifier: MIT

import os

sep = '/'
curdir = '.'
pardir = '..'
extsep = '.'
altsep = None
pathsep = ':'
devnull = '/dev/null'

_S_IFMT = 0o170000
_S_IFDIR = 0o040000
_S_IFREG = 0o100000
_S_IFLNK = 0o120000


def _str(p):
    if isinstance(p, str):
        return p
    if hasattr(p, '__fspath__'):
        return p.__fspath__()
    raise TypeError('expected str, bytes or os.PathLike object, not %s' % type(p).__name__)


def isabs(s):
    return _str(s).startswith('/')


def join(a, *p):
    path = _str(a)
    for b in p:
        if not isinstance(b, str):
            raise TypeError("join() argument must be str, bytes, or os.PathLike object, not %r"
                            % type(b).__name__)
        if b.startswith('/'):
            path = b
        elif not path or path.endswith('/'):
            path += b
        else:
            path += '/' + b
    return path


def split(p):
    p = _str(p)
    i = p.rfind('/') + 1
    head, tail = p[:i], p[i:]
    if head and head != '/' * len(head):
        head = head.rstrip('/')
    return head, tail


def splitext(p):
    p = _str(p)
    dot = p.rfind('.')
    slash = p.rfind('/')
    if dot > slash:
        # a leading dot of the file name (".bashrc") is not an extension
        i = slash + 1
        while i < dot and p[i] == '.':
            i += 1
        if i < dot:
            return p[:dot], p[dot:]
    return p, ''


def basename(p):
    p = _str(p)
    return p[p.rfind('/') + 1:]


def dirname(p):
    return split(p)[0]


def normpath(path):
    path = _str(path)
    if not path:
        return '.'
    initial = 0
    if path.startswith('/'):
        # POSIX keeps exactly two leading slashes; three or more mean one
        initial = 2 if path.startswith('//') and not path.startswith('///') else 1
    parts = []
    for comp in path.split('/'):
        if comp in ('', '.'):
            continue
        if comp != '..' or (not initial and not parts) or (parts and parts[-1] == '..'):
            parts.append(comp)
        elif parts:
            parts.pop()
    path = '/' * initial + '/'.join(parts)
    return path or '.'


def abspath(path):
    path = _str(path)
    if not isabs(path):
        path = join(os.getcwd(), path)
    return normpath(path)


def _mode(path):
    try:
        return os.stat(path)[0]
    except (OSError, ValueError):
        return None


def exists(path):
    return _mode(path) is not None


def isdir(path):
    m = _mode(path)
    return m is not None and m & _S_IFMT == _S_IFDIR


def isfile(path):
    m = _mode(path)
    return m is not None and m & _S_IFMT == _S_IFREG


def getsize(path):
    return os.stat(path)[6]


def expanduser(path):
    path = _str(path)
    if not path.startswith('~'):
        return path
    i = path.find('/')
    if i < 0:
        i = len(path)
    if i != 1:
        return path   # ~user: not looked up
    home = os.getenv('HOME')
    if home is None:
        return path
    home = home.rstrip('/') or '/'
    return home + path[i:]


def commonprefix(m):
    if not m:
        return ''
    s1, s2 = min(m), max(m)
    for i, c in enumerate(s1):
        if c != s2[i]:
            return s1[:i]
    return s1
