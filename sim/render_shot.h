// sim/render_shot.h: screenshots: the board's picture with the console text the program
// printed so far, written as a PNG (-X screenshot=FILE, the scenario's `screenshot` step).
// Layer: the board's view (sim/); no SDL, no VM.
// SPDX-License-Identifier: MIT

#ifndef SIM_RENDER_SHOT_H
#define SIM_RENDER_SHOT_H

#include <stddef.h>

struct sim_board;

// Keeps what the program printed (the last few KiB), for the screenshots'
// console pane: a stdout observer ([ctx] unused). Never fails (text beyond
// its room drops the oldest).
void sim_render_shot_console(void *ctx, const char *data, size_t n);
// Draws board [b] as it is now, headless, and writes the picture to [path] as
// a PNG: 0, or a negative errno (-ENOMEM, the file's error). Never raises.
int sim_render_shot_write(const struct sim_board *b, const char *path);

#endif
