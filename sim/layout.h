// sim/layout.h: where everything of a board goes in its picture, computed once from
// the board file (pins, parts, optional "layout" hints), and what is at a point.
// Layer: the board's view (sim/); no SDL, no VM.
// SPDX-License-Identifier: MIT

#ifndef SIM_LAYOUT_H
#define SIM_LAYOUT_H

#include <stdbool.h>

#include "render.h"
#include "render_draw.h"

struct sim_board;

// How a part is drawn.
typedef enum {
    SIM_LAY_LED, SIM_LAY_RGB, SIM_LAY_BUTTON, SIM_LAY_SWITCH, SIM_LAY_STRIP,
    SIM_LAY_DISPLAY, SIM_LAY_DEVICE,
} sim_lay_kind_t;

typedef struct sim_lay_pin {
    sim_rect_t pad;          // the pad on the chip's edge
    sim_rect_t hit;          // pad and label: what hovering finds
    const char *label;       // board name, else alias, else CPU name (board file strings)
    bool right;              // on the chip's right side: the label goes right of the pad
} sim_lay_pin_t;

typedef struct sim_lay_part {
    int part;                // index in board->parts
    sim_lay_kind_t kind;
    sim_rect_t box;          // its card
    int dw, dh, scale;       // displays: the panel's size and the pixels' scale
    char key;                // the keyboard key that works it (buttons, switches), 0 none
} sim_lay_part_t;

typedef struct sim_lay_slider {
    int part;
    const char *prop;        // NULL: the part's main value (a pot's position)
    const char *unit;        // shown after the value
    double min, max;
    sim_rect_t row, track;   // the whole row; the track (full row height: easy to grab)
} sim_lay_slider_t;

typedef struct sim_layout {
    int w, h;
    sim_rect_t status, chip, console;
    int console_lines, console_cols;
    const char *title;       // the chip's label: the MCU's name
    sim_lay_pin_t *pins;     // one per board pin, same index
    int npins;
    sim_lay_part_t *parts;   // the drawn parts, in board order within each section
    int nparts;
    sim_lay_slider_t *sliders;
    int nsliders;
} sim_layout_t;

// Lays out board [b] into [l]: 0, or -ENOMEM (then [l] holds nothing to free).
int sim_layout_make(sim_layout_t *l, const struct sim_board *b);
// Frees what sim_layout_make allocated. Never fails.
void sim_layout_free(sim_layout_t *l);
// What is at (x, y): sliders first, then parts' cards, then pins. Never fails.
sim_hit_t sim_layout_hit(const sim_layout_t *l, int x, int y);
// The layout entry of part [part], or NULL when it is not drawn (hidden, a
// sensor drawn only as sliders).
const sim_lay_part_t *sim_layout_part(const sim_layout_t *l, int part);

#endif
