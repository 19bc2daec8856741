// vm/num_text.h: Unicode text for int() and float(): the ASCII form of a str.
// Layer: vm core (types).
// SPDX-License-Identifier: MIT

#ifndef PY_NUM_TEXT_H
#define PY_NUM_TEXT_H

#include "obj.h"
#include "vm.h"

// The str [s] with each decimal digit of any script replaced by its ASCII
// digit, each Unicode space by ' ' and other non-ASCII characters by '?'
// (one byte per code point); [s] itself when it is ASCII. May allocate.
py_val_t py_num_text_ascii(py_vm_t *vm, py_val_t s);

#endif
