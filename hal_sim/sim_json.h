// hal_sim/sim_json.h: a small JSON reader for board files, so hal_sim does not
// depend on the VM's json module. Layer: simulated board (hal_sim).
// SPDX-License-Identifier: MIT

#ifndef SIM_JSON_H
#define SIM_JSON_H

#include <stdbool.h>
#include <stddef.h>

typedef enum { SIM_JSON_NULL, SIM_JSON_BOOL, SIM_JSON_NUM, SIM_JSON_STR, SIM_JSON_ARR,
               SIM_JSON_OBJ } sim_json_kind_t;

// A parsed value. Arrays and objects keep their items in [items] ([keys]
// holds an object's member names, in file order).
typedef struct sim_json {
    sim_json_kind_t kind;
    double num;             // NUM; BOOL as 0/1
    char *str;              // STR, NUL-terminated (no embedded NULs: \u0000 is refused)
    struct sim_json **items;
    char **keys;
    size_t len;
} sim_json_t;

// Parses [text] (NUL-terminated). Returns the tree, or NULL with a message
// "line N: ..." in [err] for bad JSON or when memory runs out. Never raises.
sim_json_t *sim_json_parse(const char *text, char *err, size_t err_len);
// Frees a tree (NULL is fine).
void sim_json_free(sim_json_t *v);
// The member [key] of object [v], or NULL when absent or [v] is not an object.
const sim_json_t *sim_json_get(const sim_json_t *v, const char *key);
// [v]'s string, or [dflt] when [v] is NULL or not a string.
const char *sim_json_str(const sim_json_t *v, const char *dflt);
// [v]'s number (a bool counts as 0/1), or [dflt] when NULL or not a number.
double sim_json_num(const sim_json_t *v, double dflt);

#endif
