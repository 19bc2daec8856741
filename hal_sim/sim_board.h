// hal_sim/sim_board.h: the simulated board's state: pins, parts, clock, timers,
// trace, and the functions the hal_sim files share. Layer: simulated board (hal_sim).
// SPDX-License-Identifier: MIT
//
// Nothing here holds Python objects: events leave through the sink as
// integer tags (mods/hal.h).

#ifndef SIM_BOARD_H
#define SIM_BOARD_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "hal.h"
#include "sim_clock.h"
#include "sim_json.h"
#include "sim_vcd.h"

// Virtual time one HAL access costs (a pin read or write, a tick read): about
// what a MicroPython pin call takes on a 125 MHz Cortex-M0+, so polling loops
// advance the clock the way they would on the board.
#define SIM_ACCESS_NS 1000u

struct sim_board;

typedef enum { SIM_PART_LED, SIM_PART_BUTTON, SIM_PART_SWITCH, SIM_PART_POT,
               SIM_PART_DEVICE } sim_part_kind_t;

struct sim_board;
struct sim_analog_part;
struct sim_analog;

typedef struct sim_part {
    const char *id;         // points into the board's JSON tree
    const char *type;       // "led", "button", "slide_switch", "pot", "ssd1306"...
    sim_part_kind_t kind;
    int pin;                // index into board.pins, -1 for bus devices
    int active;             // LED: the level that lights it; button: the level it drives pressed
    uint64_t bounce_ns;     // button: how long contacts chatter after a change (0: none)
    int state;              // button pressed, switch position, LED lit (0/1)
    int drive;              // the level the part puts on its pin now: 0, 1, -1 none
    double value;           // pot: wiper position 0..1
    const sim_json_t *json; // the part's entry in the board file (bus, address, attrs)
    // Sets property [prop] of the part (NULL: its main value; apply false:
    // only checks it): 0, -EINVAL for a property it lacks. NULL: the part has
    // only the main value sim_part_set handles (sim_part_set_prop).
    int (*set_prop)(struct sim_board *b, int part, const char *prop, double value, bool apply);
    // analog area: an ADC source's, RGB LED's or WS2812 strip's state (sim_analog.h)
    struct sim_analog_part *analog;
} sim_part_t;

typedef struct sim_pin {
    py_hal_pin_info_t info;
    bool input_only;        // no output driver (ESP32 GPIO34-39)
    bool no_pull;           // no pull resistors (ESP32 GPIO34-39)
    int mode;               // PY_HAL_PIN_*, -1 while not opened
    int pull;               // PY_HAL_PULL_*
    int out;                // the output buffer
    int level;              // the level at the pin
    uint32_t irq_trig, irq_tag;
    const char *claim;      // the peripheral using the pin, NULL when free for GPIO
    int i2c_bus;            // i2c: 1 + the device bus (sim_i2c.h) whose SCL or SDA it is, 0 none
} sim_pin_t;

// A region of the memory map (mem8/16/32): RAM, zeroed at bring-up.
typedef struct sim_mem {
    const char *name;
    uint32_t base, size;
    uint8_t *data;
} sim_mem_t;

typedef struct sim_timer {
    bool used;
    uint64_t period;
    bool periodic;
    uint32_t tag;
    int event;              // its clock event id
} sim_timer_t;

typedef struct sim_board {
    sim_json_t *json;       // the board file, kept: names point into it
    const char *name, *mcu;
    const char *title;      // display name ("title", else name): sim_load_machine
    int64_t freq;
    uint8_t uid[16];
    int uid_len;
    double vref;            // supply voltage, V (ADC full scale)
    sim_pin_t *pins;
    int npins;
    int *by_number;         // MCU pin number -> index in pins, -1 for none
    int max_number;
    const char **alias_names;
    int *alias_pins;        // index in pins
    int naliases;
    sim_part_t *parts;
    int nparts;
    sim_mem_t *mems;
    int nmems;

    sim_clock_t clock;
    uint64_t start;         // the clock at bring-up
    bool realtime;
    uint64_t wall_offset;   // realtime: board time = wall ns - wall_offset
    sim_vcd_t vcd;
    bool tracing;
    py_hal_sink_t sink;
    void *sink_ctx;
    bool reported;          // an event reached the sink since run_until began
    sim_timer_t *timers;
    int ntimers;
    int reset_cause;
    int shorts;             // times the MCU drove a pin against a part

    // ---- spiuart (hal_sim/sim_spi.c, sim_uart.c, sim_bus.c): SPI buses and
    // devices, UARTs and their peers; NULL until sim_spi_init/sim_uart_init.
    struct sim_spi_state *spi;
    struct sim_uart_state *uart;
    // Called with the bytes the MCU sends on UART [uart], as each leaves the
    // TX line (scenario's wait-uart); NULL for none.
    void (*uart_tx_observer)(void *ctx, int uart, const uint8_t *data, size_t n);
    void *uart_tx_ctx;

    struct sim_prop_change *prop_changes; // sim_part_set_prop's changes queued for later
    // ---- i2c (hal_sim/sim_i2c.c): hardware buses and the I2C parts; NULL until needed
    struct sim_i2c_state *i2c;
    // ---- analog (hal_sim/sim_analog.h): PWM outputs, RTC, watchdog
    struct sim_analog *analog;
} sim_board_t;

// ---- hal_sim/sim_load.c
// Loads board [name] (a name under the boards folder or a .json path) into a
// new board. 0, -ENOENT, -EINVAL (message in [err]), -ENOMEM.
int sim_load_board(sim_board_t **out, const char *name, char *err, size_t err_len);
// Frees a board made by sim_load_board (not its trace).
void sim_load_free(sim_board_t *b);
// Writes the board's machine text, "<title> with <MCU>" (the banner's and os.uname()'s),
// into [buf] (truncated to fit, always terminated). Never fails.
void sim_load_machine(const sim_board_t *b, char *buf, size_t len);

// ---- hal_sim/sim_pin.c
// The index of the pin with MCU number [number], or -ENOENT.
int sim_pin_index(const sim_board_t *b, int number);
// Recomputes pin [i]'s level from the MCU's drive, the parts and the pull;
// a change is traced, reported to the sink when its irq wants it, and seen
// by the parts on the pin. Never fails.
void sim_pin_update(sim_board_t *b, int i);
// Reports {tag, events} to the board's sink and remembers that it did.
void sim_board_report(sim_board_t *b, uint32_t tag, uint32_t events);

// ---- hal_sim/sim_part.c
// The index of the part [id], or -ENOENT.
int sim_part_find(const sim_board_t *b, const char *id);
// Sets a part's input at board time [t] (now if in the past): a button is
// pressed (1) or released (0), a switch moved, a pot set to [value] (0..1).
// 0, -EINVAL (the part takes no input), -ENOMEM.
int sim_part_set(sim_board_t *b, int part, double value, uint64_t t);
// Sets property [prop] of part [part] to [value] at board time [at_ns] (now
// if in the past): the one way tests and scenarios change parts. [prop] NULL
// is the part's main value (as sim_part_set). 0, -EINVAL (the part has no
// such property, or takes no input), -ENOMEM.
int sim_part_set_prop(sim_board_t *b, int part, const char *prop, double value, uint64_t at_ns);
// Frees the property changes still queued. Never fails.
void sim_part_free_props(sim_board_t *b);
// A part's state: LED lit, button pressed, switch position (0/1), pot
// position as 0..65535. Never fails.
int sim_part_state(const sim_board_t *b, int part);
// Lets the parts on pin [pin] see its new level (LEDs light). Never fails.
void sim_part_pin_changed(sim_board_t *b, int pin);

// ---- hal_sim/sim_hal.c: what the sim module (mods/sim.c) reaches beyond hal.h.
// The board behind a py_hal_sim handle.
sim_board_t *sim_hal_board(void *b);

#endif
