// mods/json.h: what the json module's files share: the encoder's options and
// the two halves (json_encode.c writes JSON text, json.c parses it).
// Layer: library modules. SPDX-License-Identifier: MIT

#ifndef PY_MOD_JSON_H
#define PY_MOD_JSON_H

#include "obj.h"
#include "obj_str.h"
#include "vm.h"

// The options of json.dumps, as CPython's JSONEncoder takes them.
typedef struct py_json_opts {
    bool skipkeys, ensure_ascii, check_circular, allow_nan, sort_keys;
    py_val_t indent;     // the indent unit as a str, or PY_NULL for compact output
    py_val_t item_sep;   // str: ", " (or "," with an indent) by default
    py_val_t key_sep;    // str: ": " by default
    py_val_t default_fn; // called for objects JSON cannot encode; PY_NULL if none
} py_json_opts_t;

// Encodes [obj] as JSON text (a str) with [opts]. Raises TypeError "Object of
// type X is not JSON serializable", ValueError for circular references and,
// without allow_nan, for inf/nan; RecursionError for too deep nesting.
// May allocate.
py_val_t py_json_encode(py_vm_t *vm, py_val_t obj, const py_json_opts_t *opts);

#endif
