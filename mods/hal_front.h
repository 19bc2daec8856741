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
// The board clock in ns, after charging one access. May run due handlers
// (so may raise what they raise).
uint64_t py_hal_now_ns(py_vm_t *vm);
// Charges one HAL access's virtual time, running what falls due. May raise.
void py_hal_access(py_vm_t *vm);
// Advances the board clock by [ns] (a sleep), running every handler at its
// event's time on the way. Raises KeyboardInterrupt on Ctrl-C, and what
// handlers raise.
void py_hal_sleep_ns(py_vm_t *vm, uint64_t ns);
// Waits on the board clock for the next event, at most [max_ns], and runs
// the handlers it queued (machine.idle, lightsleep()). May raise.
void py_hal_idle(py_vm_t *vm, uint64_t max_ns);
// Raises OSError for the negative errno [err] of a backend call, or
// ValueError "<what> ..." for the errors users cause (-EINVAL, -EBUSY,
// -ENOENT) with [what] naming the pin or device. Always raises.
_Noreturn void py_hal_raise(py_vm_t *vm, int err, const char *what);

#endif
