// mods/hal_front.h: the front end of the HAL (mods/hal.c): the one board the VM's
// modules share (machine, time, sim), its event sources and its clock. Layer: library modules.
// SPDX-License-Identifier: MIT

#ifndef PY_HAL_FRONT_H
#define PY_HAL_FRONT_H

#include "hal.h"
#include "obj.h"

// The board comes up on first need (import machine, -X board=...); from then
// on vm->hal_state is set and `time` reads the board clock.

// Sets a process option before any board is up, from the command line or
// the environment: "hal" (sim, linux), "board", "trace" (a VCD path),
// "realtime" (value ignored). Returns 0 or -EINVAL for an unknown key or
// backend. Never raises.
int py_hal_option(const char *key, const char *value);
// Brings the board up if it is not: options, else MICROPY_HAL and
// MICROPY_BOARD, else the sim backend with board "pico". Returns the
// backend and its board in *b. Raises OSError (no such board, unreadable
// trace) or ValueError (a bad board file, naming the file); may allocate.
const py_hal_t *py_hal_up(py_vm_t *vm, void **b);
// Finishes the board (closes the trace) at exit. Never raises; no-op when down.
void py_hal_down(py_vm_t *vm);
// Detaches the board from [vm] (about to be freed) without closing it, for a
// board reset: the next py_hal_up, in this VM or another, takes it over
// instead of opening a board. Returns false (and *hal, *b untouched) when no
// board is up. Never raises.
bool py_hal_keep(py_vm_t *vm, const py_hal_t **hal, void **b);
// True when a board kept by py_hal_keep waits to be taken over. Never raises.
bool py_hal_kept(void);
// Registers an event source: when the backend reports [tag], [handler](arg)
// is queued, under the heap lock if [hard]. [tag] 0 takes a new tag; else
// the source [tag] is replaced. Returns the tag. May allocate; may raise.
uint32_t py_hal_source_set(py_vm_t *vm, uint32_t tag, py_val_t handler, py_val_t arg,
                           bool hard);
// Forgets source [tag] (its events are ignored) and frees the tag. Never raises.
void py_hal_source_clear(py_vm_t *vm, uint32_t tag);
// The events of [tag]'s last report, 0 before any (irq.flags()). Never raises.
uint32_t py_hal_source_flags(py_vm_t *vm, uint32_t tag);
// Marks source [tag] as the one-shot timer [handle] of the backend: when it
// reports, the source is freed and so, right after the backend call, is the
// handle (timer_stop), so a fired one-shot holds nothing. Never raises.
void py_hal_source_oneshot(py_vm_t *vm, uint32_t tag, int handle);
// The arg source [tag] was registered with, or PY_NULL when the tag is free
// (a fired one-shot's): lets an owner check that a tag it kept is still its
// own. Never raises.
py_val_t py_hal_source_arg(py_vm_t *vm, uint32_t tag);
// Queues source [tag]'s handler as a report of [events] would (a level irq
// firing again, front-end events). False when the tag is free or the
// queue is full (the event is dropped). Never raises; does not allocate.
bool py_hal_source_fire(py_vm_t *vm, uint32_t tag, uint32_t events);
// The board clock in ns, after charging one access. May run due handlers
// (so may raise what they raise).
uint64_t py_hal_now_ns(py_vm_t *vm);
// Charges one HAL access's virtual time, running what falls due. May raise.
void py_hal_access(py_vm_t *vm);
// Advances the board clock by [ns] (a sleep), running every handler at its
// event's time on the way. Raises KeyboardInterrupt on Ctrl-C, and what
// handlers raise.
void py_hal_sleep_ns(py_vm_t *vm, uint64_t ns);
// The program waited [ns] of wall time on the host (a socket or select.poll
// wait): a virtual board clock moves on as much, running what falls due, so
// timeouts counted on it (asyncio's) expire while host I/O is awaited. No-op
// without a board or when its clock follows wall time. May raise.
void py_hal_host_waited_ns(py_vm_t *vm, uint64_t ns);
// Waits on the board clock for the next event, at most [max_ns], and runs
// the handlers it queued (machine.idle, lightsleep()). May raise.
void py_hal_idle(py_vm_t *vm, uint64_t max_ns);
// Installs the board's view (sim/window.c), NULL for none: [poll](ctx) runs
// on the VM's thread at each 10 ms tick of a board that is up and between
// 10 ms slices of real-time waits, and returns true when the user closed the
// view, which raises KeyboardInterrupt there. Never raises itself.
void py_hal_set_view(bool (*poll)(void *ctx), void *ctx);
// Raises OSError for the negative errno [err] of a backend call, or
// ValueError "<what> ..." for the errors users cause (-EINVAL, -EBUSY,
// -ENOENT) with [what] naming the pin or device. Always raises.
_Noreturn void py_hal_raise(py_vm_t *vm, int err, const char *what);
// Raises OSError(-err, message) when the backend has a message for the
// negative errno [err] its last failing call returned (py_hal_t.error_text:
// real hardware names the device and the cause); returns when it has none.
// py_hal_raise tries it first. May allocate.
void py_hal_raise_detail(py_vm_t *vm, int err);

// ---- scenario files (mods/hal_scenario.c; docs/scenarios.md)
// Reads and checks the scenario file [path] before any VM exists: 0, or a
// negative errno with "scenario FILE:LINE: ..." in [err]. Never raises.
int py_hal_scenario_load(const char *path, char *err, size_t err_len);
// Brings the board up and starts the loaded scenario (no-op without one):
// 0, or -EINVAL with the message in [err] (a name the board lacks). May
// raise what py_hal_up raises.
int py_hal_scenario_start(py_vm_t *vm, char *err, size_t err_len);
// True while a scenario runs on the board. Never fails.
bool py_hal_scenario_on(void);
// Called before and after the board clock moves: passes what the program
// printed to the scenario; once the scenario has ended, prints its message
// and raises SystemExit(status). No-op without a scenario.
void py_hal_scenario_poll(py_vm_t *vm);
// The port's stdout observer ([ctx] unused): the program's console output.
void py_hal_scenario_console(void *ctx, const char *data, size_t n);
// The port's stdin wait ([ctx] the VM): runs the board until the program's
// stdin has data or can get no more. May raise (SystemExit at the end).
void py_hal_scenario_stdin_wait(void *ctx);
// At the program's end with [status]: runs the board until the scenario
// ends and returns the exit status (the scenario's failure or timeout, else
// [status]). Never raises.
int py_hal_scenario_finish(py_vm_t *vm, int status);
// Frees the scenario (after py_hal_down). Never fails.
void py_hal_scenario_free(void);

#endif
