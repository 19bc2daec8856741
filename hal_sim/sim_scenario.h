// hal_sim/sim_scenario.h: scenario files (-X scenario=FILE): timed steps that drive
// and check the simulated board from outside, parsed and run on the board clock.
// Layer: simulated board (hal_sim); plain C, no VM headers (docs/scenarios.md).
// SPDX-License-Identifier: MIT

#ifndef SIM_SCENARIO_H
#define SIM_SCENARIO_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "sim_board.h"

// The exit statuses a scenario ends with: all steps done (or `exit`), a
// failed expectation or step, the timeout (wokwi-cli's 42), a bad file.
enum { SIM_SCN_OK = 0, SIM_SCN_FAILED = 1, SIM_SCN_BAD_FILE = 2, SIM_SCN_TIMEOUT = 42 };

// The timeout when the file gives none, in ns of board time.
#define SIM_SCN_DEFAULT_TIMEOUT_NS 30000000000ull

typedef enum {
    SIM_STEP_WAIT, SIM_STEP_PRESS, SIM_STEP_RELEASE, SIM_STEP_SET, SIM_STEP_EXPECT_PIN,
    SIM_STEP_EXPECT_LED, SIM_STEP_WAIT_CONSOLE, SIM_STEP_WRITE_CONSOLE, SIM_STEP_SEND_UART,
    SIM_STEP_WAIT_UART, SIM_STEP_SCREENSHOT, SIM_STEP_EXIT,
} sim_step_kind_t;

typedef struct sim_step {
    sim_step_kind_t kind;
    int line;               // in the file, for messages
    uint64_t ns;            // wait: the duration
    char *name;             // part id, pin name
    char *prop;             // set: the property, NULL for the part's main value
    double value;           // set: the value; expect: the level (0/1)
    char *text;             // console/uart text (may hold NULs: [len]); screenshot path
    size_t len;
    int uart;               // send-uart, wait-uart: the UART number
    int index;              // after start: the part or pin index
} sim_step_t;

// A text stream the scenario watches (console, a UART's TX): what arrived
// after the last match, kept up to a bound.
typedef struct sim_scn_stream {
    char *buf;
    size_t len, cap;
} sim_scn_stream_t;

typedef struct sim_scenario {
    char *path;             // as given, for messages
    sim_step_t *steps;
    int nsteps;
    uint64_t timeout_ns;
    // While running:
    sim_board_t *b;
    int cur;                // the step being run or waited on
    bool waiting;           // cur is a wait-console/wait-uart still unmatched
    bool continue_queued;   // an event at the current time will go on
    bool ended;
    int status;             // SIM_SCN_* once ended
    char msg[512];          // what went wrong, "" when it passed
    sim_scn_stream_t console;
    sim_scn_stream_t uart[8];
    // Where write-console text goes (the program's stdin), set by the front end.
    int (*console_in)(void *ctx, const char *data, size_t n);
    void *console_ctx;
    // The screenshot step: writes board [b]'s picture to [path] (0 or -errno).
    // Set by the front end (the renderer lives above hal_sim, in sim/); NULL:
    // the step fails.
    int (*screenshot)(void *ctx, const sim_board_t *b, const char *path);
    void *screenshot_ctx;
} sim_scenario_t;

// Parses scenario [text] ([path] names it in messages). 0 and *out, or
// -EINVAL with "scenario PATH:LINE: ..." in [err], or -ENOMEM.
int sim_scenario_parse(sim_scenario_t **out, const char *path, const char *text, char *err,
                       size_t err_len);
// Reads and parses the file [path]: as sim_scenario_parse, or -errno when
// the file cannot be read (message in [err]).
int sim_scenario_load(sim_scenario_t **out, const char *path, char *err, size_t err_len);
// Frees a scenario (NULL is fine).
void sim_scenario_free(sim_scenario_t *s);
// Starts [s] on board [b] at the board's current time: resolves part and
// pin names (-EINVAL with "scenario PATH:LINE: no part 'x' on board 'pico'"
// in [err]), queues the timeout, and runs the steps due at once. -ENOMEM.
int sim_scenario_start(sim_scenario_t *s, sim_board_t *b, char *err, size_t err_len);
// Bytes the program wrote to its console (stdout). Never fails; may queue
// the scenario's next steps at the board's current time.
void sim_scenario_console_out(sim_scenario_t *s, const char *data, size_t n);
// Bytes the MCU sent on UART [uart]. As sim_scenario_console_out.
void sim_scenario_uart_out(sim_scenario_t *s, int uart, const uint8_t *data, size_t n);
// True while a write-console step is still to come (the program's stdin
// may yet get data). Never fails.
bool sim_scenario_wants_input(const sim_scenario_t *s);

// ---- UART steps (hal_sim/sim_scenario_uart.c, on hal_sim/sim_uart.h).
// Bytes arriving on the MCU's RX of [uart] from [at_ns] on: 0 or -errno.
int sim_scenario_uart_send(sim_board_t *b, int uart, const uint8_t *data, size_t n,
                           uint64_t at_ns);
// Makes the board report what the MCU sends on its UARTs to [s]. Never fails.
void sim_scenario_uart_watch(sim_board_t *b, sim_scenario_t *s);

#endif
