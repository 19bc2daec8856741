// sim/render_shot.c: headless screenshots: a renderer made for the occasion, fed the
// console text kept here, drawn once and written with the PNG writer.
// Layer: the board's view (sim/); no SDL, no VM.
// SPDX-License-Identifier: MIT

#include "render_shot.h"

#include <errno.h>
#include <string.h>

#include "png.h"
#include "render.h"

// The last CONSOLE_KEEP bytes printed: more than any console pane shows.
enum { CONSOLE_KEEP = 16384 };
static char kept[CONSOLE_KEEP];
static size_t kept_len;

void sim_render_shot_console(void *ctx, const char *data, size_t n) {
    (void)ctx;
    if (n >= CONSOLE_KEEP) data += n - CONSOLE_KEEP, n = CONSOLE_KEEP, kept_len = 0;
    if (kept_len + n > CONSOLE_KEEP) {
        size_t drop = kept_len + n - CONSOLE_KEEP;
        memmove(kept, kept + drop, kept_len - drop);
        kept_len -= drop;
    }
    memcpy(kept + kept_len, data, n);
    kept_len += n;
}

int sim_render_shot_write(const struct sim_board *b, const char *path) {
    sim_render_t *r = sim_render_new(b);
    if (!r) return -ENOMEM;
    sim_render_console(r, kept, kept_len);
    sim_render_draw(r, b, NULL);
    int e = sim_png_write(path, sim_render_pixels(r), sim_render_width(r), sim_render_height(r));
    sim_render_free(r);
    return e;
}
