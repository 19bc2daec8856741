// mods/hal.h: the hardware contract between `machine` (the front end) and a board
// backend (hal_sim/ now, a Linux one later). Layer: library modules / HAL (DESIGN §8).
// SPDX-License-Identifier: MIT
//
// One py_hal_t table of function pointers per backend. Every call takes the
// backend's board state [b] first, uses plain C types and opaque integer
// handles, returns 0 (or a count, or a level) on success and a negative errno
// on failure, never touches Python objects and never raises. A backend that
// lacks a capability leaves its pointer NULL; the front end then raises
// OSError(EOPNOTSUPP) naming the capability.
//
// Time is in nanoseconds of the board clock (uint64_t, monotonic). Events a
// program waits for (pin edges, timer expiries, UART data) are never run
// inside the backend: it reports {tag, events} to the sink the front end
// installed, and the front end queues the Python handler (vm/schedule.h).

#ifndef PY_HAL_H
#define PY_HAL_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

// Reports that the source the front end registered as [tag] had [events]
// (PY_HAL_IRQ_* bits for pins, PY_HAL_TIMER_EXPIRED for timers...). Called
// by a backend only from inside one of its own calls, never from a signal
// or thread; must not call back into the backend.
typedef void (*py_hal_sink_t)(void *ctx, uint32_t tag, uint32_t events);

// Pin modes and pulls: the values of machine.Pin's constants.
enum {
    PY_HAL_PIN_IN = 0,
    PY_HAL_PIN_OUT = 1,
    PY_HAL_PIN_OPEN_DRAIN = 2,
    PY_HAL_PIN_ALT = 3,
    PY_HAL_PIN_ALT_OPEN_DRAIN = 4,
    PY_HAL_PIN_ANALOG = 5,
};
enum { PY_HAL_PULL_NONE = 0, PY_HAL_PULL_UP = 1, PY_HAL_PULL_DOWN = 2 };

// Pin interrupt triggers and events (OR-able; machine.Pin.IRQ_* values).
#define PY_HAL_IRQ_FALLING 4u
#define PY_HAL_IRQ_RISING 8u
#define PY_HAL_IRQ_LOW_LEVEL 1u
#define PY_HAL_IRQ_HIGH_LEVEL 2u
#define PY_HAL_TIMER_EXPIRED 1u
#define PY_HAL_UART_RX 1u
#define PY_HAL_WDT_EXPIRED 1u

// What a pin can do besides GPIO (bits of py_hal_pin_info_t.caps).
#define PY_HAL_CAP_ADC 1u
#define PY_HAL_CAP_PWM 2u
#define PY_HAL_CAP_I2C 4u
#define PY_HAL_CAP_SPI 8u
#define PY_HAL_CAP_UART 16u

// Reset causes (machine.reset_cause() values, MicroPython's numbering).
enum {
    PY_HAL_PWRON_RESET = 1,
    PY_HAL_HARD_RESET = 2,
    PY_HAL_WDT_RESET = 3,
    PY_HAL_DEEPSLEEP_RESET = 4,
    PY_HAL_SOFT_RESET = 5,
};

// A pin as the board file names it.
typedef struct py_hal_pin_info {
    const char *cpu_name;   // the MCU's name ("GPIO25"); never NULL
    int number;             // the MCU's pin number, what Pin(int) takes
    uint32_t caps;          // PY_HAL_CAP_* bits
    int adc_channel;        // -1 when the pin has no ADC
    const char *reserved;   // what uses the pin ("flash", "I2C0"), NULL when free for GPIO
} py_hal_pin_info_t;

// One segment of an I2C transfer: written from or read into [buf].
typedef struct py_hal_i2c_seg {
    uint8_t *buf;
    size_t len;
    bool read;
} py_hal_i2c_seg_t;

// Options of a backend's bring-up.
typedef struct py_hal_config {
    const char *board;        // board name (boards/NAME.json) or a path to a .json file
    const char *trace_path;   // VCD file to write, NULL for none
    bool realtime;            // the clock follows wall time (sleeps really wait)
    uint64_t start_ns;        // the board clock's value at bring-up
    char *err;                // where open() writes a message on failure
    size_t err_len;
} py_hal_config_t;

typedef struct py_hal {
    const char *name;   // "sim", "linux"

    // ---- bring-up. open() loads the board: 0 and *out, or -ENOENT (no such
    // board), -EINVAL (bad board file; cfg->err says where), -ENOMEM. close()
    // frees it and finishes the trace; never fails.
    int (*open)(void **out, const py_hal_config_t *cfg);
    void (*close)(void *b);
    // Installs the sink for every event of the board. Never fails.
    void (*set_sink)(void *b, py_hal_sink_t sink, void *ctx);

    // ---- clock and waits. now() reads the board clock; it is monotonic.
    uint64_t (*now)(void *b);
    // Moves the clock forward to [t_ns] (no-op when already past it), running
    // the board's events on the way in time order. Returns 1 as soon as an
    // event reported to the sink (the clock then stands at that event's
    // time, so the caller can run handlers before going on), 0 when [t_ns]
    // is reached, -EINTR when a real-time wait was interrupted by a signal.
    int (*run_until)(void *b, uint64_t t_ns);
    // The time of the board's next event (timer, queued part change...), or
    // UINT64_MAX when none is queued. Never fails.
    uint64_t (*next_event)(void *b);
    // The cost of one HAL access, in ns of virtual time (documented per
    // backend; 0 on real hardware). Never fails.
    uint64_t (*access_ns)(void *b);

    // ---- pins. Handles are the MCU pin numbers of py_hal_pin_info_t.
    // pin_find: the number of the pin named [name] (board alias first, then
    // CPU name), or -ENOENT. pin_info: 0 and *info for pin [pin], -ENOENT.
    int (*pin_find)(void *b, const char *name);
    int (*pin_info)(void *b, int pin, py_hal_pin_info_t *info);
    // The smallest pin number above [after] (-1 for the first), or -ENOENT.
    int (*pin_next)(void *b, int after);
    // Board-level names (aliases) one by one: [i] from 0; returns 0 and
    // *alias/*pin, or -ENOENT past the last.
    int (*pin_alias)(void *b, int i, const char **alias, int *pin);
    // Opens pin [pin] for GPIO in [mode] with [pull] (mode or pull -1: keep).
    // -ENOENT: no such pin; -EBUSY: reserved by the board, or claimed by a
    // peripheral when a mode or pull is given (with both -1 the pin is only
    // named, and a claimed pin stays its peripheral's); -EINVAL: mode or
    // pull the pin cannot do.
    int (*pin_open)(void *b, int pin, int mode, int pull);
    // The level at the pin, 0 or 1 (what the MCU's input buffer sees), or -errno.
    int (*pin_read)(void *b, int pin);
    // Sets the output buffer to [level] (0/1); it drives the pin in OUT mode,
    // pulls low for 0 in OPEN_DRAIN mode and waits in IN mode. 0 or -errno.
    int (*pin_write)(void *b, int pin, int level);
    // Reports [triggers] (PY_HAL_IRQ_*; 0 turns them off) of pin [pin] to the
    // sink as [tag]. Edges are reported at their exact time. 0 or -errno.
    int (*pin_irq)(void *b, int pin, uint32_t triggers, uint32_t tag);
    // Releases the pin (Hi-Z, irq off). 0 or -errno.
    int (*pin_close)(void *b, int pin);

    // ---- timers: alarms on the board clock. timer_start: a handle >= 0 for
    // an alarm firing first after [period_ns] (> 0), then every [period_ns]
    // if [periodic], reported as [tag] with PY_HAL_TIMER_EXPIRED; -EINVAL
    // for a zero period, -ENOMEM. Periodic expiries are counted from the
    // due times, so they never drift. timer_stop frees the handle (a
    // one-shot's too, after it fired): 0, or -ENOENT for a handle not held.
    int (*timer_start)(void *b, uint64_t period_ns, bool periodic, uint32_t tag);
    int (*timer_stop)(void *b, int handle);

    // ---- ADC: a 16-bit sample (0..65535) of channel [ch], or -ENOENT.
    // adc_read_uv: the voltage in µV, or -ENOENT.
    int (*adc_read_u16)(void *b, int ch);
    int64_t (*adc_read_uv)(void *b, int ch);

    // ---- PWM on pin [pin]: 0 or -EINVAL (no PWM there, or [freq_hz] out of
    // range), -EBUSY. Duty is 0..65535; [invert] swaps the levels. The new
    // settings take effect from the next period. pwm_stop releases the pin.
    // Outputs that share a generator (a slice) share its frequency: starting
    // one at a new [freq_hz] retunes the others; [freq_hz] 0 keeps the
    // generator's frequency (a board default at first). pwm_get reads pin [pin]'s
    // settings as they are now (0, or -ENOENT when no PWM runs there).
    int (*pwm_start)(void *b, int pin, uint32_t freq_hz, uint16_t duty, bool invert);
    int (*pwm_stop)(void *b, int pin);
    int (*pwm_get)(void *b, int pin, uint32_t *freq_hz, uint16_t *duty, bool *invert);

    // ---- I2C bus [bus] at [freq_hz]: open claims its pins (-EBUSY, -EINVAL;
    // -ENOENT: no such controller; opening an open bus moves it).
    // transfer: one START to [addr], then the segments (a repeated START
    // between a write and a read), then a STOP unless ![stop]. Returns the
    // count of bytes ACKed (and read), -ENODEV when the address is NACKed
    // (-EIO on boards whose controller reports that, as rp2's), -ETIMEDOUT
    // when the bus is held; takes the bus's bit time on the clock. A data
    // NACK ends the transfer (STOP still sent if [stop]): the count tells.
    int (*i2c_open)(void *b, int bus, int scl, int sda, uint32_t freq_hz);
    int (*i2c_transfer)(void *b, int bus, uint16_t addr, py_hal_i2c_seg_t *segs, size_t n,
                        bool stop);
    int (*i2c_close)(void *b, int bus);

    // ---- SPI bus [bus]: open with mode (polarity << 1 | phase), bits,
    // firstbit (0 MSB, 1 LSB). transfer: [len] bytes out of [tx] (NULL:
    // [fill]) and into [rx] (NULL: discarded); returns [len] or -errno.
    // spi_open claims the pins (-1: the board's default, see bus_pin):
    // -ENOENT no such bus, -EINVAL a pin that cannot take its role or a
    // setting the bus cannot do (bits other than 8), -EBUSY a pin reserved
    // or claimed by another peripheral; on success it returns the real baud
    // rate ([baud] rounded down to what the bus can do). A transfer takes its bit time on the
    // clock (events due meanwhile happen at their times; their handlers run
    // after the transfer, as on a board whose transfer blocks).
    int (*spi_open)(void *b, int bus, int sck, int mosi, int miso, uint32_t baud, int mode,
                    int bits, int firstbit);
    int (*spi_transfer)(void *b, int bus, const uint8_t *tx, uint8_t *rx, size_t len,
                        uint8_t fill);
    int (*spi_close)(void *b, int bus);

    // ---- UART [uart]: open claims tx/rx (-EBUSY, -EINVAL); write queues
    // bytes (count, taking their frame time); read takes what has arrived
    // (count, 0 when none: never waits); any counts waiting bytes. RX data is
    // reported as [tag] with PY_HAL_UART_RX once uart_irq set it.
    // uart_open: tx/rx -1 take the board's defaults (bus_pin); -ENOENT no
    // such UART. uart_write queues at most the free TX buffer space (the
    // count; 0 when full: the caller waits a frame time and retries);
    // parity is -1 none, 0 even, 1 odd.
    int (*uart_open)(void *b, int uart, int tx, int rx, uint32_t baud, int bits, int parity,
                     int stop);
    int (*uart_write)(void *b, int uart, const uint8_t *data, size_t len);
    int (*uart_read)(void *b, int uart, uint8_t *data, size_t len);
    int (*uart_any)(void *b, int uart);
    int (*uart_irq)(void *b, int uart, uint32_t triggers, uint32_t tag);
    int (*uart_close)(void *b, int uart);

    // ---- spiuart additions (session 19 round 2).
    // bus_pin: the board's default pin number for [role] ("sck", "mosi",
    // "miso", "tx", "rx") of bus [bus] ("spi1", "uart0"): the pin a part on
    // that bus is wired to, else the board file's "defaults", else the first
    // pin whose functions give the role. [role] NULL: 0 when the bus exists.
    // -ENOENT when the board has no such bus or pin.
    int (*bus_pin)(void *b, const char *bus, const char *role);
    // uart_txdone: 1 when every byte written has left the TX line, 0 while
    // some are still being sent, -errno. uart_sendbreak holds TX low for 13
    // bit times after the queued bytes (peers see nothing). 0 or -errno.
    int (*uart_txdone)(void *b, int uart);
    int (*uart_sendbreak)(void *b, int uart);

    // ---- RTC: seconds since 2000-01-01 plus µs. 0 or -errno.
    int (*rtc_get)(void *b, int64_t *secs, uint32_t *us);
    int (*rtc_set)(void *b, int64_t secs, uint32_t us);

    // ---- watchdog: start with [timeout_ms] (it cannot be stopped); feed
    // restarts the count. An expiry reports [tag] with PY_HAL_WDT_EXPIRED;
    // the front end then resets the board (reset below, cause WDT). 0,
    // -EINVAL (timeout out of range), -ENOENT (feed before start).
    int (*wdt_start)(void *b, uint32_t timeout_ms, uint32_t tag);
    int (*wdt_feed)(void *b);
    // ---- reset: the MCU resets with [cause] (PY_HAL_*_RESET): its timers,
    // pin irqs, PWM, watchdog and peripherals stop and its pins return to
    // their power-on state; the parts and the clock go on. reset_cause()
    // reports [cause] from then on. Never fails.
    void (*reset)(void *b, int cause);

    // ---- bitstream (machine.bitstream, encoding 0): drives pin [pin], opened
    // for output, with [len] bytes MSB first: a 0 bit is [timing][0] ns high
    // then [timing][1] ns low, a 1 bit [timing][2] high then [timing][3] low,
    // with interrupts held off (events due meanwhile run after it). Takes
    // the stream's time on the clock. 0, -ENOENT, -EINVAL (pin not output).
    int (*bitstream)(void *b, int pin, const uint32_t timing[4], const uint8_t *data,
                     size_t len);

    // ---- system: the reset cause (PY_HAL_*_RESET); the CPU frequency in
    // Hz; the unique id (bytes written, at most [max]).
    int (*reset_cause)(void *b);
    int64_t (*cpu_freq)(void *b);
    int (*unique_id)(void *b, uint8_t *out, size_t max);

    // ---- memory map for mem8/16/32: reads or writes [width] (1, 2, 4)
    // bytes at [addr]: 0, -EFAULT (nothing mapped), -EINVAL (misaligned).
    int (*mem_read)(void *b, uint32_t addr, int width, uint32_t *value);
    int (*mem_write)(void *b, uint32_t addr, int width, uint32_t value);

    // ---- the Linux backend's additions (session 19 round 4).
    // error_text: the message for the error [err] that the backend's last
    // failing call returned, naming the device and the cause with the errno's
    // name first ("ENOENT: no GPIO line named \"GPIO99\""), or NULL when it has
    // none for [err] (the front end then words its own). Never fails.
    const char *(*error_text)(void *b, int err);
} py_hal_t;

// The simulated board (hal_sim/sim_hal.c).
extern const py_hal_t py_hal_sim;
// Real devices on Linux (hal_linux/linux_hal.c; built when libgpiod is there,
// PY_HAL_LINUX defined).
extern const py_hal_t py_hal_linux;

#endif
