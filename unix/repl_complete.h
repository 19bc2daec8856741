// unix/repl_complete.h: Tab completion for the REPL's editor (reference §4): names of
// __main__, attributes along a dotted chain, `import ` and module names. Layer: unix port.
// SPDX-License-Identifier: MIT

#ifndef PY_REPL_COMPLETE_H
#define PY_REPL_COMPLETE_H

#include <stdbool.h>
#include <stddef.h>

#include "repl_edit.h"
#include "vm.h"

// Completes the last dotted chain of [line] ([len] bytes: the text before the cursor)
// into *out (zeroed by the caller): the first name from __main__'s globals, each later
// one from the attributes (dir()) of what the chain so far names; after "import ", the
// linked-in and frozen modules; a first word that is a prefix of "import" and matches
// nothing becomes "import ". Names starting with "_" are left out unless a "_" was typed.
// Returns false when nothing completes. Never raises: an exception from a getattr or
// dir() along the chain is caught and dropped (nothing completes). May allocate (so the
// GC may run); holds no Python object after it returns.
bool py_repl_complete(py_vm_t *vm, const char *line, size_t len, py_completion_t *out);

// py_repl_complete as an editor hook (py_repl_edit_set_complete): [vm] is the py_vm_t *.
bool py_repl_complete_hook(void *vm, const char *line, size_t len, py_completion_t *out);

// The choice among candidate [names] (any order, repeats allowed) for the typed [prefix]
// ([plen] bytes): none match -> false; one, or several sharing more than the prefix ->
// out->insert is the rest; otherwise out->names lists the matches, sorted. "_" names are
// skipped unless [prefix] starts with "_". Needs no VM. Returns false without memory too.
bool py_repl_complete_pick(const char *prefix, size_t plen, const char *const *names,
                           size_t n, py_completion_t *out);

#endif
