// sim/window_keys.c: which keyboard key presses which part in the board window:
// the part's "key" attr, else a default by kind and order. Layer: the board's view.
// SPDX-License-Identifier: MIT

#include <strings.h>

#include "sim_board.h"
#include "window.h"

// Defaults, so every board is playable without editing its file: buttons
// take the digits in board order, switches the top letter row.
static const char *const button_keys[] = {"1", "2", "3", "4", "5", "6", "7", "8", "9"};
static const char *const switch_keys[] = {"q", "w", "e", "r", "t"};

const char *sim_window_part_key(const struct sim_board *b, int part) {
    const sim_part_t *p = &b->parts[part];
    if (p->kind != SIM_PART_BUTTON && p->kind != SIM_PART_SWITCH) return NULL;
    const char *key = sim_json_str(sim_json_get(sim_json_get(p->json, "attrs"), "key"), NULL);
    if (key && *key) return key;
    int nth = 0;   // how many parts of the same kind come before it
    for (int k = 0; k < part; k++) nth += b->parts[k].kind == p->kind;
    if (p->kind == SIM_PART_BUTTON)
        return nth < (int)(sizeof button_keys / sizeof *button_keys) ? button_keys[nth] : NULL;
    return nth < (int)(sizeof switch_keys / sizeof *switch_keys) ? switch_keys[nth] : NULL;
}

int sim_window_key_part(const struct sim_board *b, const char *name) {
    for (int k = 0; k < b->nparts; k++) {
        const char *key = sim_window_part_key(b, k);
        if (key && strcasecmp(key, name) == 0) return k;
    }
    return -1;
}
