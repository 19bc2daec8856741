// sim/window_sdl.h: the SDL2 functions the board window uses, loaded with dlopen on
// first use, so that the executable does not link SDL2 (and its ~50 libraries) into
// every start-up. Layer: the board's view (sim/); only sim/window*.c include this.
// SPDX-License-Identifier: MIT

#ifndef SIM_WINDOW_SDL_H
#define SIM_WINDOW_SDL_H

#include <SDL.h>
#include <stdbool.h>
#include <stddef.h>

#include "render.h"
#include "sim_board.h"

typedef struct sim_sdl {
    SDL_bool (*SetHint)(const char *name, const char *value);
    int (*Init)(Uint32 flags);
    void (*Quit)(void);
    const char *(*GetError)(void);
    const char *(*GetCurrentVideoDriver)(void);
    SDL_Window *(*CreateWindow)(const char *title, int x, int y, int w, int h, Uint32 flags);
    void (*DestroyWindow)(SDL_Window *w);
    void (*SetWindowMinimumSize)(SDL_Window *w, int mw, int mh);
    int (*GetWindowDisplayIndex)(SDL_Window *w);
    int (*GetCurrentDisplayMode)(int index, SDL_DisplayMode *mode);
    int (*GetDesktopDisplayMode)(int index, SDL_DisplayMode *mode);
    SDL_Renderer *(*CreateRenderer)(SDL_Window *w, int index, Uint32 flags);
    void (*DestroyRenderer)(SDL_Renderer *r);
    int (*RenderSetLogicalSize)(SDL_Renderer *r, int w, int h);
    int (*SetRenderDrawColor)(SDL_Renderer *r, Uint8 red, Uint8 g, Uint8 b, Uint8 a);
    int (*RenderClear)(SDL_Renderer *r);
    int (*RenderCopy)(SDL_Renderer *r, SDL_Texture *t, const SDL_Rect *src, const SDL_Rect *dst);
    void (*RenderPresent)(SDL_Renderer *r);
    SDL_Texture *(*CreateTexture)(SDL_Renderer *r, Uint32 format, int access, int w, int h);
    void (*DestroyTexture)(SDL_Texture *t);
    int (*UpdateTexture)(SDL_Texture *t, const SDL_Rect *rect, const void *pixels, int pitch);
    int (*PollEvent)(SDL_Event *e);
    Uint32 (*GetTicks)(void);
    const char *(*GetKeyName)(SDL_Keycode key);
} sim_sdl_t;

// The loaded functions, valid after sim_sdl_load returned 0.
extern sim_sdl_t sim_sdl;
// Loads libSDL2 once: 0, or -ENOTSUP with the reason in [err]. Never raises.
int sim_sdl_load(char *err, size_t err_len);

#define SIM_WIN_MAX_HELD 16   // buttons held at once (more: released without the minimum hold)
#define SIM_WIN_MIN_HOLD_MS 100
// The most one poll-to-poll gap adds to a held button's time (the VM polls the
// window every 10 ms tick while it runs): a longer gap is time the program could
// not run (a loaded machine, a long C call), in which it could not see the press.
#define SIM_WIN_GAP_CAP_MS 20

// What the window's files share (sim/window.c, sim/window_input.c).
typedef struct sim_win {
    sim_board_t *b;
    sim_render_t *r;
    SDL_Window *win;
    SDL_Renderer *ren;
    SDL_Texture *tex;
    sim_view_input_t in;   // hover and the part the mouse holds (the renderer draws them)
    int drag;              // the slider's part being dragged, -1 for none
    const char *drag_prop; // the property that slider sets (NULL: the part's main value)
    bool dirty;            // something only the window knows changed: redraw
    // Buttons held down by a click or a key, each kept down at least
    // SIM_WIN_MIN_HOLD_MS, so that a quick tap (xdotool key, a fast finger:
    // press and release in one poll) is seen by programs that poll. The hold
    // is measured on the hold clock, not the wall clock: the wall time between
    // polls, each gap counted as at most SIM_WIN_GAP_CAP_MS, so that a program
    // stalled for a while after the press still gets its polls in before the
    // release (the board's clock follows the wall clock in the window).
    struct {
        int part;
        Uint32 since;      // the hold clock at the press
        bool releasing;    // released, up once the minimum hold has passed
    } held[SIM_WIN_MAX_HELD];
    int nheld;
    Uint32 hold_clock;     // ms: the capped sum of the gaps between polls
    Uint32 last_poll;      // SDL ticks of the last poll (0: none yet)
} sim_win_t;

// Applies one SDL event to the board and the view (sim/window_input.c): clicks
// and keys press buttons and toggle switches, drags set sliders. Returns true
// for a request to close the window. Never fails.
bool sim_window_event(sim_win_t *w, const SDL_Event *e);
// Advances the hold clock by the gap since the last poll, capped at
// SIM_WIN_GAP_CAP_MS (sim/window_input.c); called at every poll before its
// events. Never fails.
void sim_window_hold_tick(sim_win_t *w);
// Lets go of the buttons released at least SIM_WIN_MIN_HOLD_MS of the hold
// clock after their press (sim/window_input.c); called at every poll after
// its events. Never fails.
void sim_window_release_due(sim_win_t *w);

#endif
