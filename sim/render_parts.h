// sim/render_parts.h: the pictures of the board's parts (LEDs, RGB LEDs, buttons,
// switches, WS2812 strips, displays, other devices) and the sliders of pots and
// sensors. Layer: the board's view (sim/); no SDL, no VM.
// SPDX-License-Identifier: MIT

#ifndef SIM_RENDER_PARTS_H
#define SIM_RENDER_PARTS_H

#include <stdbool.h>

#include "layout.h"

struct sim_board;

// The picture's colours (0xRRGGBB), shared by the renderer's files.
enum {
    SIM_COL_BG = 0x1e2228, SIM_COL_CARD = 0x2a3038, SIM_COL_EDGE = 0x4a5260,
    SIM_COL_TEXT = 0xe0e4e8, SIM_COL_DIM = 0x8a94a0, SIM_COL_OFF = 0x202020,
    SIM_COL_ACCENT = 0x50a0f0, SIM_COL_HELD = 0xf0c040,
};

// Draws part card [p] as the board has it now; [held]: a mouse holds it down.
// Never fails.
void sim_render_parts_card(const sim_canvas_t *c, struct sim_board *b, const sim_lay_part_t *p,
                           bool held);
// Draws slider [s]: its label, track, knob and value. Never fails.
void sim_render_parts_slider(const sim_canvas_t *c, const struct sim_board *b,
                             const sim_lay_slider_t *s);
// The value slider [s] shows (its part's property now). Never fails.
double sim_render_parts_value(const struct sim_board *b, const sim_lay_slider_t *s);
// An LED's colour from its board file's "color" attr (a name or "#rrggbb"); red
// when absent or unknown. Never fails.
uint32_t sim_render_parts_led_color(const struct sim_board *b, int part);

#endif
