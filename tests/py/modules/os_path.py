# os.path: join, split, dirname, basename, splitext, normpath, abspath, isabs, exists/isdir/isfile, expanduser
import os
import os.path
from os import path as p
print(p is os.path)
print(p.join('a', 'b', 'c'), p.join('a/', 'b'), p.join('/a', '/b', 'c'), p.join('', 'x'), p.join('a', ''))
for s in ['a/b/c', '/a', '/', 'a', '', 'a/b/', '//a//b', 'a//b']:
    print(repr(s), p.split(s), p.dirname(s), p.basename(s))
for s in ['a.txt', 'a.b.c', '.bashrc', 'dir.d/file', 'a.', '..x', '/x/.y.z']:
    print(repr(s), p.splitext(s))
for s in ['a/./b/../c', '/../x', '../a/..', '', '.', '//a', '///a/b/', 'a/../..', '/a/b/../../..']:
    print(repr(s), p.normpath(s))
print(p.isabs('/x'), p.isabs('x'), p.abspath('x') == os.getcwd() + '/x', p.abspath('/a/../b'))
here = os.path.basename(__file__) if '__file__' in globals() else 'os_path.py'
print(p.exists('.'), p.isdir('.'), p.isfile('.'), p.exists('no_such_thing'), p.isdir('no_such'))
name = 'os_path_%d.tmp' % os.getpid()
open(name, 'w').close()
print(p.exists(name), p.isfile(name), p.isdir(name), p.getsize(name))
os.remove(name)
home = os.getenv('HOME')
print(p.expanduser('~/x') == (home.rstrip('/') or '/') + '/x' if home else True, p.expanduser('x~'))
print(p.commonprefix(['abc', 'abd', 'ab']), p.sep)
for bad in [lambda: p.join('a', 5), lambda: p.basename(None), lambda: p.isabs(3)]:
    try:
        bad()
    except TypeError as e:
        print(type(e).__name__, e)
