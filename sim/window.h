// sim/window.h: the board in an SDL2 window (issue 9): opening it on a board, the
// hooks the front end installs (polled at the VM's safe points, console output),
// closing it. Layer: the board's view (sim/), beside the unix front end.
// SPDX-License-Identifier: MIT
//
// The window is polled, never threaded: SDL's video calls run on the VM's
// thread from mods/hal.c's view hook (every 10 ms tick, and between the
// slices of a real-time wait), so the board is never read while it changes.
// Builds without SDL2 headers link sim/window_none.c, whose open fails.

#ifndef SIM_WINDOW_H
#define SIM_WINDOW_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

struct sim_board;

// Opens the window on board [b] (kept by the caller until sim_window_close).
// [on_close] (may be NULL) runs once when the user closes the window, before
// the poll reports it. 0, or a negative errno with a message in [err]:
// -ENOTSUP (this build has no window, or libSDL2 cannot be loaded), -EIO (no
// display: SDL's message, or SDL fell back to a driver that draws nowhere,
// offscreen/dummy), -ENOMEM. Never raises.
int sim_window_open(struct sim_board *b, void (*on_close)(void), char *err, size_t err_len);
// Pumps the window's events (clicks and keys press parts on the board) and
// redraws when due. [ctx] is unused (the view hook's signature). Returns
// true once, at the poll that sees the window closed; false otherwise and
// when no window is open. Never raises.
bool sim_window_poll(void *ctx);
// The port's stdout observer: the console pane's text. Never fails.
void sim_window_console(void *ctx, const char *data, size_t n);
// Closes the window (no-op when none is open). Never fails.
void sim_window_close(void);


// ---- sim/window_state.c (no SDL): change detection for redraws.
// A hash of everything the picture shows of board [b] except the clock:
// pin levels and modes, parts' states and values, LED brightness, strip
// colours, display pixels. Equal hashes: nothing to redraw. Never fails.
uint64_t sim_window_fingerprint(struct sim_board *b);

#endif
