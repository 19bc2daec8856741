// sim/render.h: drawing the simulated board (hal_sim's state) into pixels, the same
// way for the window and for headless screenshots. Layer: the board's view (sim/).
// SPDX-License-Identifier: MIT
//
// The renderer reads a sim_board_t and never changes it; it knows nothing of the
// VM. It draws into a plain 32-bit XRGB8888 pixel buffer that it owns, so a
// screenshot needs no display, no SDL video driver and no GPU: the window copies
// the buffer into an SDL texture, the PNG writer (sim/png.h) writes it to a file.
// Coordinates are pixels of that buffer, (0, 0) at the top left.

#ifndef SIM_RENDER_H
#define SIM_RENDER_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

struct sim_board;

typedef struct sim_render sim_render_t;

// What the user is doing, which only the window knows (the renderer draws it).
typedef struct sim_view_input {
    int hover_x, hover_y;   // the mouse, -1 when outside (hovered pins show their state)
    int held_part;          // the part a mouse button holds down (-1: none)
} sim_view_input_t;

// What is at a point of the picture (sim_render_hit).
typedef enum {
    SIM_HIT_NONE,
    SIM_HIT_PIN,      // index: a pin of board->pins
    SIM_HIT_PART,     // index: a part of board->parts (button, switch, LED, display...)
    SIM_HIT_SLIDER,   // index: the part a slider sets; value: the slider's value there
} sim_hit_kind_t;

typedef struct sim_hit {
    sim_hit_kind_t kind;
    int index;
    double value;     // SIM_HIT_SLIDER: the value (0.0-1.0, or the part's range) at x
    // SIM_HIT_SLIDER: the property the slider sets, as sim_part_set_prop takes it
    // (NULL: the part's main value, a pot's position; a BME280 has three sliders).
    const char *prop;
} sim_hit_t;

// Lays out board [b] (the MCU with its labelled pins, every part, the console pane
// and the status line) and returns a renderer with a buffer of that size, or NULL
// when out of memory. The layout depends only on the board file, so screenshots
// of one board always have the same size.
sim_render_t *sim_render_new(const struct sim_board *b);
// Frees the renderer (NULL is fine).
void sim_render_free(sim_render_t *r);

// The buffer's size in pixels and its pixels (XRGB8888, row after row, no padding).
int sim_render_width(const sim_render_t *r);
int sim_render_height(const sim_render_t *r);
const uint32_t *sim_render_pixels(const sim_render_t *r);

// Draws the board as it is now into the buffer: LEDs in their colour at their
// brightness, RGB LEDs, WS2812 strips, displays' pixels, buttons (pressed or not),
// switches, sliders for pots and sensors, the console pane's last lines, and the
// status line (board name, virtual time). [input] may be NULL (headless).
void sim_render_draw(sim_render_t *r, const struct sim_board *b, const sim_view_input_t *input);

// The console pane: text the program printed (kept by the renderer, last lines shown).
void sim_render_console(sim_render_t *r, const char *text, size_t n);

// What is at (x, y): a pin, a part, a slider position, or nothing. Never fails.
sim_hit_t sim_render_hit(const sim_render_t *r, const struct sim_board *b, int x, int y);

// The keyboard key (an ASCII character) that works part [part] (a button or a
// switch): its board file's "key" attr, else the next free one of "1234567890"
// in board order; 0 when none. Never fails.
int sim_render_key(const sim_render_t *r, int part);
// The part key [key] works, or -1. Never fails.
int sim_render_key_part(const sim_render_t *r, int key);

#endif
