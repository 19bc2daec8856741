// sim/window.c: the board in an SDL2 window: opening it, pumping its events from the
// VM's safe points, redrawing the renderer's picture when due, closing. Layer: the
// board's view (sim/); SDL2 is loaded at run time (window_sdl.c).
// SPDX-License-Identifier: MIT
//
// Redraw policy: at most once per display refresh, and only when the board's
// fingerprint (window_state.c), the console or the input changed, or a
// second passed (the status line's clock). A frame is one sim_render_draw
// and one texture upload; polls between frames cost an event pump.

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "window.h"
#include "window_sdl.h"

static struct {
    sim_win_t w;
    bool open;
    void (*on_close)(void);
    Uint32 frame_ms;       // the display's refresh interval
    Uint32 last_draw;      // SDL ticks of the last frame
    uint64_t last_print;   // the board fingerprint it showed
} win;

// The refresh interval of the window's display (60 Hz when SDL cannot tell).
static Uint32 refresh_ms(void) {
    SDL_DisplayMode m;
    int d = sim_sdl.GetWindowDisplayIndex(win.w.win);
    if (d < 0 || sim_sdl.GetCurrentDisplayMode(d, &m) != 0 || m.refresh_rate <= 0) return 16;
    return (Uint32)(1000 / m.refresh_rate);
}

// The window's first size: the picture's, scaled down to fit the desktop.
static void first_size(int pw, int ph, int *w, int *h) {
    SDL_DisplayMode m;
    *w = pw, *h = ph;
    if (sim_sdl.GetDesktopDisplayMode(0, &m) != 0) return;
    double s = 1, sw = 0.9 * m.w / pw, sh = 0.9 * m.h / ph;
    if (sw < s) s = sw;
    if (sh < s) s = sh;
    *w = (int)(pw * s), *h = (int)(ph * s);
}

// MICROPY_WINDOW_MAP set: prints where each part is in the picture, for
// tests that click and drag with xdotool: "window: part ID X Y" (its centre,
// found with sim_render_hit) and, for each slider, "window: slider ID PROP
// X0 V0 X1 V1 Y" (its track's ends with the values there; PROP "-" for a
// pot's main value).
typedef struct {
    long sx, sy, n;           // the part's hits: sums of x and y, count
} map_part_t;

typedef struct {
    int part, x0, x1;
    const char *prop;
    double v0, v1;
    long sy, n;
} map_slider_t;

static map_slider_t *slider_of(map_slider_t *s, int *ns, sim_hit_t h) {
    for (int i = 0; i < *ns; i++)
        if (s[i].part == h.index &&
            (s[i].prop == h.prop || (s[i].prop && h.prop && !strcmp(s[i].prop, h.prop))))
            return &s[i];
    s[*ns] = (map_slider_t){.part = h.index, .prop = h.prop, .x0 = 1 << 30, .x1 = -1};
    return &s[(*ns)++];
}

static void print_map(void) {
    sim_win_t *w = &win.w;
    int pw = sim_render_width(w->r), ph = sim_render_height(w->r), ns = 0;
    map_part_t *parts = calloc((size_t)w->b->nparts + 1, sizeof *parts);
    map_slider_t *sl = calloc((size_t)w->b->nparts * 3 + 1, sizeof *sl);   // at most 3 a part
    if (!parts || !sl) goto out;
    for (int y = 0; y < ph; y += 2)
        for (int x = 0; x < pw; x += 2) {
            sim_hit_t h = sim_render_hit(w->r, w->b, x, y);
            if (h.kind != SIM_HIT_PART && h.kind != SIM_HIT_SLIDER) continue;
            parts[h.index].sx += x, parts[h.index].sy += y, parts[h.index].n++;
            if (h.kind != SIM_HIT_SLIDER || ns == w->b->nparts * 3) continue;
            map_slider_t *s = slider_of(sl, &ns, h);
            if (x < s->x0) s->x0 = x, s->v0 = h.value;
            if (x > s->x1) s->x1 = x, s->v1 = h.value;
            s->sy += y, s->n++;
        }
    fprintf(stderr, "window: size %d %d\n", pw, ph);
    for (int k = 0; k < w->b->nparts; k++)
        if (parts[k].n)
            fprintf(stderr, "window: part %s %ld %ld\n", w->b->parts[k].id,
                    parts[k].sx / parts[k].n, parts[k].sy / parts[k].n);
    for (int i = 0; i < ns; i++)
        fprintf(stderr, "window: slider %s %s %d %g %d %g %ld\n", w->b->parts[sl[i].part].id,
                sl[i].prop ? sl[i].prop : "-", sl[i].x0, sl[i].v0, sl[i].x1, sl[i].v1,
                sl[i].sy / sl[i].n);
out:
    free(parts);
    free(sl);
    fflush(stderr);
}

static int fail(int r, char *err, size_t len, const char *what) {
    snprintf(err, len, "cannot open the board window: %s: %s", what, sim_sdl.GetError());
    sim_window_close();
    return r;
}

// With no display SDL does not fail: it falls back to a video driver that
// draws nowhere ("offscreen", "dummy", or "evdev", the dummy with evdev
// input), and the program would run with a window nobody can see. True, with
// the message in [err], when SDL chose one of those.
static bool headless_driver(char *err, size_t len) {
    static const char *const none[] = {"offscreen", "dummy", "evdev"};
    const char *d = sim_sdl.GetCurrentVideoDriver();
    for (size_t i = 0; d && i < sizeof none / sizeof none[0]; i++)
        if (!strcmp(d, none[i])) {
            snprintf(err, len,
                     "cannot open the board window: no display (SDL has only its \"%s\" video "
                     "driver; set DISPLAY or WAYLAND_DISPLAY, or run headless with "
                     "-X screenshot=FILE.png)", d);
            return true;
        }
    return false;
}

int sim_window_open(struct sim_board *b, void (*on_close)(void), char *err, size_t err_len) {
    if (win.open) return 0;
    int r = sim_sdl_load(err, err_len);
    if (r < 0) return r;
    // Ctrl-C stays the terminal's (the port's SIGINT handler), not an SDL_QUIT.
    sim_sdl.SetHint(SDL_HINT_NO_SIGNAL_HANDLERS, "1");
    sim_sdl.SetHint(SDL_HINT_RENDER_VSYNC, "0");   // a present must never block the program
    if (sim_sdl.Init(SDL_INIT_VIDEO) != 0) {
        snprintf(err, err_len, "cannot open the board window: %s", sim_sdl.GetError());
        return -EIO;
    }
    if (headless_driver(err, err_len)) {
        sim_sdl.Quit();
        return -EIO;
    }
    sim_win_t *w = &win.w;
    *w = (sim_win_t){.b = b, .in = {-1, -1, -1}, .drag = -1, .dirty = true};
    win.open = true;
    win.on_close = on_close;
    if (!(w->r = sim_render_new(b))) return fail(-ENOMEM, err, err_len, "out of memory");
    int pw = sim_render_width(w->r), ph = sim_render_height(w->r), ww, wh;
    first_size(pw, ph, &ww, &wh);
    char title[128];
    snprintf(title, sizeof title, "micropython: %s", b->name ? b->name : "board");
    w->win = sim_sdl.CreateWindow(title, SDL_WINDOWPOS_UNDEFINED, SDL_WINDOWPOS_UNDEFINED, ww, wh,
                                  SDL_WINDOW_RESIZABLE);
    if (!w->win) return fail(-EIO, err, err_len, "window");
    sim_sdl.SetWindowMinimumSize(w->win, pw / 4 > 0 ? pw / 4 : 1, ph / 4 > 0 ? ph / 4 : 1);
    // Software rendering: one texture copy per frame needs no GPU, and it
    // spares the start-up of a GL driver (under Xvfb: Mesa's llvmpipe JIT).
    w->ren = sim_sdl.CreateRenderer(w->win, -1, SDL_RENDERER_SOFTWARE);
    if (!w->ren) w->ren = sim_sdl.CreateRenderer(w->win, -1, 0);
    if (!w->ren) return fail(-EIO, err, err_len, "renderer");
    // Scaled to fit, aspect kept; SDL maps mouse positions back to the picture's pixels.
    sim_sdl.RenderSetLogicalSize(w->ren, pw, ph);
    w->tex = sim_sdl.CreateTexture(w->ren, SDL_PIXELFORMAT_RGB888, SDL_TEXTUREACCESS_STREAMING,
                                   pw, ph);
    if (!w->tex) return fail(-EIO, err, err_len, "texture");
    win.frame_ms = refresh_ms();
    win.last_draw = sim_sdl.GetTicks() - 1000;
    if (getenv("MICROPY_WINDOW_MAP")) print_map();
    sim_window_poll(NULL);
    return 0;
}

static void draw(void) {
    sim_win_t *w = &win.w;
    sim_render_draw(w->r, w->b, &w->in);
    sim_sdl.UpdateTexture(w->tex, NULL, sim_render_pixels(w->r),
                          sim_render_width(w->r) * (int)sizeof(uint32_t));
    sim_sdl.SetRenderDrawColor(w->ren, 0, 0, 0, 255);
    sim_sdl.RenderClear(w->ren);
    sim_sdl.RenderCopy(w->ren, w->tex, NULL, NULL);
    sim_sdl.RenderPresent(w->ren);
}

bool sim_window_poll(void *ctx) {
    (void)ctx;
    if (!win.open) return false;
    sim_win_t *w = &win.w;
    SDL_Event e;
    bool closed = false;
    sim_window_hold_tick(w);
    while (sim_sdl.PollEvent(&e)) closed |= sim_window_event(w, &e);
    sim_window_release_due(w);
    if (closed) {
        void (*note)(void) = win.on_close;
        sim_window_close();
        if (note) note();
        return true;
    }
    Uint32 now = sim_sdl.GetTicks(), since = now - win.last_draw;
    if (since < win.frame_ms) return false;
    uint64_t print = sim_window_fingerprint(w->b);
    if (!w->dirty && print == win.last_print && since < 1000) return false;
    draw();
    w->dirty = false;
    win.last_print = print;
    win.last_draw = now;
    return false;
}

void sim_window_console(void *ctx, const char *data, size_t n) {
    (void)ctx;
    if (!win.open) return;
    sim_render_console(win.w.r, data, n);
    win.w.dirty = true;
}

void sim_window_close(void) {
    if (!win.open) return;
    sim_win_t *w = &win.w;
    if (w->tex) sim_sdl.DestroyTexture(w->tex);
    if (w->ren) sim_sdl.DestroyRenderer(w->ren);
    if (w->win) sim_sdl.DestroyWindow(w->win);
    sim_render_free(w->r);
    sim_sdl.Quit();
    *w = (sim_win_t){0};
    win.open = false;
}
