# pystone: a mix of calls, globals, records, arrays and string compares in the spirit of Dhrystone.
# SPDX-License-Identifier: MIT
# Written here from the idea (a fixed loop of procedures over record objects); not the original code.

import sys

DEFAULT = 180000
TINY = 50

IDENT1, IDENT2, IDENT3, IDENT4, IDENT5 = range(1, 6)


class Record:
    def __init__(self, link=None, discr=0, enum=0, num=0, text=""):
        self.link = link
        self.discr = discr
        self.enum = enum
        self.num = num
        self.text = text

    def copy(self):
        return Record(self.link, self.discr, self.enum, self.num, self.text)


int_glob = 0
bool_glob = False
char1 = "\0"
char2 = "\0"
array1 = [0] * 51
array2 = [[0] * 51 for _ in range(51)]
ptr_glob = None
ptr_next = None


def func1(c1, c2):
    ch = c1
    if ch != c2:
        return IDENT1
    return IDENT2


def func2(s1, s2):
    i = 1
    ch = "A"
    while i <= 1:
        if func1(s1[i], s2[i + 1]) == IDENT1:
            ch = "A"
            i += 1
    if "W" <= ch <= "Z":
        i = 7
    if ch == "X":
        return True
    if s1 > s2:
        return True
    return False


def func3(e):
    return e == IDENT3


def proc1(rec):
    nxt = rec.link = ptr_glob.copy()
    rec.num = 5
    nxt.num = rec.num
    nxt.link = rec.link
    nxt.link = proc3(nxt.link)
    if nxt.discr == IDENT1:
        nxt.num = 6
        nxt.enum = proc6(rec.enum)
        nxt.link = ptr_glob.link
        nxt.num = proc7(nxt.num, 10)
    else:
        rec = nxt.copy()
    nxt.link = None
    return rec


def proc2(n):
    loc = n + 10
    e = 0
    while True:
        if char1 == "A":
            loc -= 1
            n = loc - int_glob
            e = IDENT1
        if e == IDENT1:
            return n


def proc3(p):
    global int_glob
    if ptr_glob is not None:
        p = ptr_glob.link
    else:
        int_glob = 100
    ptr_glob.num = proc7(10, int_glob)
    return p


def proc4():
    global char2
    b = char1 == "A"
    b = b or bool_glob
    char2 = "B"


def proc5():
    global char1, bool_glob
    char1 = "A"
    bool_glob = False


def proc6(e):
    out = e
    if not func3(e):
        out = IDENT4
    if e == IDENT1:
        out = IDENT1
    elif e == IDENT2:
        out = IDENT1 if int_glob > 100 else IDENT4
    elif e == IDENT3:
        out = IDENT2
    elif e == IDENT5:
        out = IDENT3
    return out


def proc7(a, b):
    return a + 2 + b


def proc8(a1, a2, i1, i2):
    global int_glob
    loc = i1 + 5
    a1[loc] = i2
    a1[loc + 1] = a1[loc]
    a1[loc + 30] = loc
    for i in range(loc, loc + 2):
        a2[loc][i] = loc
    a2[loc][loc - 1] += 1
    a2[loc + 20][loc] = a1[loc]
    int_glob = 5


def run(loops):
    global int_glob, bool_glob, char1, char2, ptr_glob, ptr_next
    ptr_next = Record()
    ptr_glob = Record(ptr_next, IDENT1, IDENT3, 40, "DHRYSTONE PROGRAM, SOME STRING")
    s1 = "DHRYSTONE PROGRAM, 1'ST STRING"
    array2[8][7] = 10
    acc = 0
    for _ in range(loops):
        proc5()
        proc4()
        i1 = 2
        i2 = 3
        s2 = "DHRYSTONE PROGRAM, 2'ND STRING"
        e = IDENT2
        bool_glob = not func2(s1, s2)
        while i1 < i2:
            i3 = 5 * i1 - i2
            i3 = proc7(i1, i3)
            i1 += 1
        proc8(array1, array2, i1, i3)
        ptr_glob = proc1(ptr_glob)
        ch = "A"
        while ch <= char2:
            if e == func1(ch, "C"):
                e = proc6(IDENT1)
            ch = chr(ord(ch) + 1)
        i3 = i2 * i1
        i2 = i3 // i1
        i2 = 7 * (i3 - i2) - i1
        i1 = proc2(i1)
        acc = (acc + i1 + i2 + i3 + ptr_glob.num) % 1000000007
    return acc


def main(loops):
    acc = run(loops)
    print(loops, acc, int_glob, bool_glob, char1, char2, array1[8], array2[8][7])


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT)
