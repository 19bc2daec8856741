// hal_sim/dev_ssd1306.h: the SSD1306 OLED controller model (128x64 GDDRAM) on I2C.
// hal_sim layer, no VM.
// SPDX-License-Identifier: MIT

#ifndef DEV_SSD1306_H
#define DEV_SSD1306_H

#include "sim_dev.h"

typedef enum { SSD_CTL, SSD_CMD_ONE, SSD_DATA_ONE, SSD_CMD_STREAM, SSD_DATA_STREAM } ssd_phase_t;

// The controller's registers, GDDRAM and I2C parser state. Fields are readable by tests and
// by the window; only the functions below change them.
typedef struct sim_ssd1306 {
    sim_i2c_dev_t i2c;
    int height;        // panel rows: 64, or 32 for a 128x32 module
    bool external_vcc; // the panel has its own VCC, so it lights without the charge pump
    uint8_t ram[8][128]; // GDDRAM: 8 pages of 128 columns, bit 0 the page's top row
    ssd_phase_t phase; // what the next byte of the I2C write is
    uint8_t cmd[8];    // the command being collected and its arguments
    int cmd_len, cmd_need;
    bool on, inverse, entire_on, seg_remap, com_remap, charge_pump, scroll_active;
    uint8_t contrast, mode; // mode: 0 horizontal, 1 vertical, 2 page
    uint8_t col_start, col_end, page_start, page_end; // 0x21/0x22 windows
    uint8_t col, page;     // the RAM pointer
    uint8_t page_col;      // page mode's column start (0x00-0x1F)
    uint8_t mux, offset, start_line, clock_div, precharge, com_pins, vcomh;
    unsigned unknown_cmds; // commands the model does not know (ignored, as NOPs)
} sim_ssd1306_t;

// Sets up a controller at 7-bit `addr` (0x3C or 0x3D) in its reset state (display off, page
// addressing, RAM cleared) for a panel of `height` rows (32 or 64). Returns 0, or -EINVAL
// for another height.
int sim_ssd1306_init(sim_ssd1306_t *d, uint8_t addr, int height, bool external_vcc);

// The reset state again (registers and parser; RAM is kept, as on the chip).
void sim_ssd1306_reset(sim_ssd1306_t *d);

// Whether the panel's pixel at (x, y) is lit, (0, 0) being the top left of a breakout module
// as drivers orient it (with 0xA1 and 0xC8, RAM column 0 / row 0 shows there): display on and powered (charge pump or
// external VCC), entire-on, inverse, segment remap, COM scan direction, COM pin
// configuration, multiplex ratio, display offset and start line all applied. False outside
// the panel.
bool sim_ssd1306_pixel(const sim_ssd1306_t *d, int x, int y);

// The raw GDDRAM byte at (page 0-7, column 0-127); 0 outside.
uint8_t sim_ssd1306_ram(const sim_ssd1306_t *d, int page, int col);

#endif
