// sim/font.h: the 8x8 glyphs the board picture's text uses, taken from the framebuf
// module's font (mods/framebuf_font.c) so there is one copy of the art. Layer: sim/.
// SPDX-License-Identifier: MIT

#ifndef SIM_FONT_H
#define SIM_FONT_H

#include <stdint.h>

#include "framebuf.h"   // py_framebuf_font: plain data, no VM types

#define SIM_FONT_COLS 8
#define SIM_FONT_ROWS 8

// The 8 rows of character [c] (bit 7 the leftmost column); '?' for anything
// outside ASCII 32-127. Never fails.
static inline const uint8_t *sim_font_glyph(unsigned char c) {
    if (c < 32 || c > 127) c = '?';
    return py_framebuf_font[c - 32];
}

#endif
