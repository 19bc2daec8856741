// hal_sim/sim_vcd.h: a Value Change Dump writer (IEEE 1364 §18) for pin traces,
// readable by GTKWave and PulseView. Layer: simulated board (hal_sim); plain C.
// SPDX-License-Identifier: MIT

#ifndef SIM_VCD_H
#define SIM_VCD_H

#include <stdint.h>
#include <stdio.h>

// A trace: timestamps are ns since [t0] (timescale 1 ns), so the file is
// the same run to run whatever the board clock started at.
typedef struct sim_vcd {
    FILE *f;
    uint64_t t0;
    uint64_t last;   // time of the last "#t" line written
    int started;     // the header and initial values are written
} sim_vcd_t;

// Opens [path] for writing. 0 or -errno.
int sim_vcd_open(sim_vcd_t *v, const char *path, uint64_t t0);
// Writes the header: [n] one-bit signals named [names] (under module
// [scope]) and their values at t0 ([levels], 0/1). 0 or -EIO.
int sim_vcd_header(sim_vcd_t *v, const char *scope, int n, const char *const *names,
                   const int *levels);
// The same with [nreal] real-valued variables after the wires, in a scope
// [sub] within [scope], all starting at 0 (PWM duties). Their indexes for
// sim_vcd_real are n, n + 1... 0 or -EIO.
int sim_vcd_header_ex(sim_vcd_t *v, const char *scope, int n, const char *const *names,
                      const int *levels, const char *sub, int nreal,
                      const char *const *real_names);
// Records that real variable [index] took [value] at board time [t]. 0 or -EIO.
int sim_vcd_real(sim_vcd_t *v, uint64_t t, int index, double value);
// Records that signal [index] took [level] (0, 1, or -1 for high impedance)
// at board time [t] (>= the last). 0 or -EIO.
int sim_vcd_change(sim_vcd_t *v, uint64_t t, int index, int level);
// Ends the trace at time [t] and closes the file. 0 or -EIO.
int sim_vcd_close(sim_vcd_t *v, uint64_t t);

#endif
