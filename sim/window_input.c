// sim/window_input.c: the board window's input: mouse clicks and keys press buttons
// (while held) and toggle switches, drags set pots and sensors, the mouse's position
// is the hover the renderer shows pins' states for. Layer: the board's view (sim/).
// SPDX-License-Identifier: MIT
//
// Parts change through sim_part_set_prop, 1 ns after the board's current
// time (see set_part), the same way scenarios and the sim module change
// them, so a press through the window is traced and fires IRQs like any
// other. A button stays down at least SIM_WIN_MIN_HOLD_MS of the hold clock
// (window_sdl.h): polls' gaps, each capped, so a stall cannot eat a tap.

#include <ctype.h>
#include <stdio.h>
#include <string.h>

#include "window.h"
#include "window_sdl.h"

// The change is queued on the board's clock 1 ns from now rather than made
// at once: the window runs between the slices of a sleep, outside the
// clock's run, and a pin IRQ the change fires is then reported by that run,
// so its Python handler runs during the sleep, not after it.
static void set_part(sim_win_t *w, int part, const char *prop, double value) {
    sim_part_set_prop(w->b, part, prop, value, w->b->clock.now + 1);
    w->dirty = true;
}

static int held_slot(sim_win_t *w, int k) {
    for (int i = 0; i < w->nheld; i++)
        if (w->held[i].part == k) return i;
    return -1;
}

static void let_go(sim_win_t *w, int slot) {
    set_part(w, w->held[slot].part, NULL, 0);
    w->held[slot] = w->held[--w->nheld];
}

// A click or a key on part [k]: a button goes down until released (and at
// least SIM_WIN_MIN_HOLD_MS), a switch flips.
static void press(sim_win_t *w, int k) {
    const sim_part_t *p = &w->b->parts[k];
    if (p->kind == SIM_PART_SWITCH) set_part(w, k, NULL, !sim_part_state(w->b, k));
    if (p->kind != SIM_PART_BUTTON) return;
    set_part(w, k, NULL, 1);
    int i = held_slot(w, k);
    if (i < 0 && w->nheld < SIM_WIN_MAX_HELD) i = w->nheld++;
    if (i >= 0) w->held[i].part = k, w->held[i].since = w->hold_clock, w->held[i].releasing = false;
}

static void release(sim_win_t *w, int k) {
    if (k < 0 || w->b->parts[k].kind != SIM_PART_BUTTON) return;
    int i = held_slot(w, k);
    if (i < 0) set_part(w, k, NULL, 0);
    else if (w->hold_clock - w->held[i].since >= SIM_WIN_MIN_HOLD_MS) let_go(w, i);
    else w->held[i].releasing = true;
}

void sim_window_hold_tick(sim_win_t *w) {
    Uint32 now = sim_sdl.GetTicks();
    if (w->last_poll) {
        Uint32 gap = now - w->last_poll;
        w->hold_clock += gap > SIM_WIN_GAP_CAP_MS ? SIM_WIN_GAP_CAP_MS : gap;
    }
    w->last_poll = now ? now : 1;
}

void sim_window_release_due(sim_win_t *w) {
    for (int i = w->nheld - 1; i >= 0; i--)
        if (w->held[i].releasing && w->hold_clock - w->held[i].since >= SIM_WIN_MIN_HOLD_MS)
            let_go(w, i);
}

static void mouse_down(sim_win_t *w, int x, int y) {
    sim_hit_t h = sim_render_hit(w->r, w->b, x, y);
    if (h.kind == SIM_HIT_SLIDER) {
        w->drag = h.index, w->drag_prop = h.prop;
        set_part(w, h.index, h.prop, h.value);
    } else if (h.kind == SIM_HIT_PART) {
        press(w, h.index);
        if (w->b->parts[h.index].kind == SIM_PART_BUTTON) w->in.held_part = h.index;
        w->dirty = true;
    }
}

static void mouse_up(sim_win_t *w) {
    release(w, w->in.held_part);
    w->in.held_part = -1;
    w->drag = -1;
    w->dirty = true;
}

static void mouse_move(sim_win_t *w, int x, int y) {
    w->in.hover_x = x, w->in.hover_y = y;
    w->dirty = true;
    if (w->drag < 0) return;
    sim_hit_t h = sim_render_hit(w->r, w->b, x, y);
    bool same = h.kind == SIM_HIT_SLIDER && h.index == w->drag &&
                (h.prop == w->drag_prop || (h.prop && w->drag_prop && !strcmp(h.prop, w->drag_prop)));
    if (same) set_part(w, h.index, h.prop, h.value);
}

// The part a key answers to: the renderer's mapping (it draws each part's
// key), one character, matched without case ("A" and "a"; SDL names digits
// and letters by themselves).
static int key_part(sim_win_t *w, SDL_Keycode code) {
    const char *name = sim_sdl.GetKeyName(code);
    if (!name[0] || name[1]) return -1;   // "Space", "Left"...: no part has those
    int part = sim_render_key_part(w->r, tolower((unsigned char)name[0]));
    return part >= 0 ? part : sim_render_key_part(w->r, toupper((unsigned char)name[0]));
}

bool sim_window_event(sim_win_t *w, const SDL_Event *e) {
    switch (e->type) {
    case SDL_QUIT: return true;
    case SDL_WINDOWEVENT:
        if (e->window.event == SDL_WINDOWEVENT_CLOSE) return true;
        if (e->window.event == SDL_WINDOWEVENT_LEAVE) w->in.hover_x = w->in.hover_y = -1;
        w->dirty = true;   // exposed, resized, left: draw again
        break;
    case SDL_MOUSEBUTTONDOWN:
        if (e->button.button == SDL_BUTTON_LEFT) mouse_down(w, e->button.x, e->button.y);
        break;
    case SDL_MOUSEBUTTONUP:
        if (e->button.button == SDL_BUTTON_LEFT) mouse_up(w);
        break;
    case SDL_MOUSEMOTION: mouse_move(w, e->motion.x, e->motion.y); break;
    case SDL_KEYDOWN:
        if (!e->key.repeat) {
            int k = key_part(w, e->key.keysym.sym);
            if (k >= 0) press(w, k);
        }
        break;
    case SDL_KEYUP: release(w, key_part(w, e->key.keysym.sym)); break;
    default: break;
    }
    return false;
}
