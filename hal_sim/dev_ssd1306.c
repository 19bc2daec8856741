// hal_sim/dev_ssd1306.c: the SSD1306 model: the I2C control-byte protocol, the command set
// drivers use, GDDRAM writes in the three addressing modes, and the visible panel.
// hal_sim layer, no VM.
// SPDX-License-Identifier: MIT

#include <errno.h>
#include <string.h>
#include "dev_ssd1306.h"

void sim_ssd1306_reset(sim_ssd1306_t *d) {
    d->phase = SSD_CTL;
    d->cmd_len = d->cmd_need = 0;
    d->on = d->inverse = d->entire_on = d->seg_remap = d->com_remap = false;
    d->charge_pump = d->scroll_active = false;
    d->contrast = 0x7F;
    d->mode = 2;
    d->col_start = d->col = d->page_col = 0;
    d->col_end = 127;
    d->page_start = d->page = 0;
    d->page_end = 7;
    d->mux = 63;
    d->offset = d->start_line = 0;
    d->clock_div = 0x80;
    d->precharge = 0x22;
    d->com_pins = 0x12;
    d->vcomh = 0x20;
}

// How many argument bytes follow a command byte.
static int arg_count(uint8_t c) {
    switch (c) {
    case 0x81: case 0x20: case 0xA8: case 0xD3: case 0xDA: case 0xD5: case 0xD9: case 0xDB:
    case 0x8D:
        return 1;
    case 0x21: case 0x22: case 0xA3:
        return 2;
    case 0x29: case 0x2A:
        return 5;
    case 0x26: case 0x27:
        return 6;
    default:
        return 0;
    }
}

// Commands of one byte, which may carry a value in their low bits.
static void run_short(sim_ssd1306_t *d, uint8_t c) {
    if (c <= 0x0F) {
        if (d->mode == 2) d->col = d->page_col = (uint8_t)((d->page_col & 0xF0) | c);
    } else if (c <= 0x1F) {
        if (d->mode == 2) d->col = d->page_col = (uint8_t)(((c & 0x07) << 4) | (d->page_col & 0x0F));
    } else if (c >= 0x40 && c <= 0x7F) {
        d->start_line = c & 0x3F;
    } else if (c >= 0xB0 && c <= 0xB7) {
        if (d->mode == 2) d->page = c & 7;
    } else if (c == 0xA0 || c == 0xA1) {
        d->seg_remap = c & 1;
    } else if (c == 0xA4 || c == 0xA5) {
        d->entire_on = c & 1;
    } else if (c == 0xA6 || c == 0xA7) {
        d->inverse = c & 1;
    } else if (c == 0xAE || c == 0xAF) {
        d->on = c & 1;
    } else if (c == 0xC0 || c == 0xC8) {
        d->com_remap = c == 0xC8;
    } else if (c == 0x2E || c == 0x2F) {
        d->scroll_active = c == 0x2F;
    } else if (c != 0xE3) { // 0xE3 is the NOP
        d->unknown_cmds++;
    }
}

// A command with its arguments complete in d->cmd.
static void run_long(sim_ssd1306_t *d) {
    uint8_t *a = d->cmd + 1;
    switch (d->cmd[0]) {
    case 0x81: d->contrast = a[0]; break;
    case 0x20: if ((a[0] & 3) != 3) d->mode = a[0] & 3; break; // 3 is invalid: ignored
    case 0x21:
        d->col_start = d->col = a[0] & 0x7F;
        d->col_end = a[1] & 0x7F;
        break;
    case 0x22:
        d->page_start = d->page = a[0] & 7;
        d->page_end = a[1] & 7;
        break;
    case 0xA8: if ((a[0] & 0x3F) >= 15) d->mux = a[0] & 0x3F; break; // 0-14 are invalid
    case 0xD3: d->offset = a[0] & 0x3F; break;
    case 0xDA: d->com_pins = a[0] & 0x32; break;
    case 0xD5: d->clock_div = a[0]; break;
    case 0xD9: d->precharge = a[0]; break;
    case 0xDB: d->vcomh = a[0] & 0x70; break;
    case 0x8D: d->charge_pump = a[0] & 0x04; break;
    default: break; // scroll set-up and 0xA3: accepted, the panel does not scroll
    }
}

static void command_byte(sim_ssd1306_t *d, uint8_t b) {
    if (d->cmd_len == 0) {
        d->cmd_need = arg_count(b);
        if (d->cmd_need == 0) {
            run_short(d, b);
            return;
        }
    }
    d->cmd[d->cmd_len++] = b;
    if (d->cmd_len == d->cmd_need + 1) {
        run_long(d);
        d->cmd_len = 0;
    }
}

// One GDDRAM byte at the pointer, then the pointer moves as the addressing mode says.
static void data_byte(sim_ssd1306_t *d, uint8_t b) {
    d->ram[d->page & 7][d->col & 0x7F] = b;
    if (d->mode == 0) { // horizontal: along the column window, then the next page
        if (d->col++ >= d->col_end) {
            d->col = d->col_start;
            if (d->page++ >= d->page_end) d->page = d->page_start;
        }
    } else if (d->mode == 1) { // vertical: down the page window, then the next column
        if (d->page++ >= d->page_end) {
            d->page = d->page_start;
            if (d->col++ >= d->col_end) d->col = d->col_start;
        }
    } else { // page: along the page, back to the page's start column, same page
        if (d->col++ >= 127) d->col = d->page_col;
    }
}

static sim_ssd1306_t *self(sim_i2c_dev_t *dev) {
    return (sim_ssd1306_t *)dev;
}

static bool op_start(sim_i2c_dev_t *dev, bool read) {
    (void)read;
    self(dev)->phase = SSD_CTL;
    return true;
}

static bool op_write(sim_i2c_dev_t *dev, uint8_t b) {
    sim_ssd1306_t *d = self(dev);
    switch (d->phase) {
    case SSD_CTL:
        if (b & 0x80) d->phase = b & 0x40 ? SSD_DATA_ONE : SSD_CMD_ONE;
        else d->phase = b & 0x40 ? SSD_DATA_STREAM : SSD_CMD_STREAM;
        break;
    case SSD_CMD_ONE:
        command_byte(d, b);
        d->phase = SSD_CTL;
        break;
    case SSD_DATA_ONE:
        data_byte(d, b);
        d->phase = SSD_CTL;
        break;
    case SSD_CMD_STREAM: command_byte(d, b); break;
    case SSD_DATA_STREAM: data_byte(d, b); break;
    }
    return true;
}

// In I2C mode the controller only reports its status byte: bit 6 set while the display is
// off.
static uint8_t op_read(sim_i2c_dev_t *dev, bool ack) {
    (void)ack;
    return self(dev)->on ? 0x00 : 0x40;
}

static void op_stop(sim_i2c_dev_t *dev) {
    self(dev)->phase = SSD_CTL;
}

static const struct sim_i2c_ops ssd1306_ops = {op_start, op_write, op_read, op_stop};

int sim_ssd1306_init(sim_ssd1306_t *d, uint8_t addr, int height, bool external_vcc) {
    if (height != 64 && height != 32) return -EINVAL;
    memset(d, 0, sizeof *d);
    d->i2c.ops = &ssd1306_ops;
    d->i2c.addr = addr;
    d->height = height;
    d->external_vcc = external_vcc;
    sim_ssd1306_reset(d);
    return 0;
}

uint8_t sim_ssd1306_ram(const sim_ssd1306_t *d, int page, int col) {
    if (page < 0 || page > 7 || col < 0 || col > 127) return 0;
    return d->ram[page][col];
}

// The alternative COM pin configuration (0xDA bit 4) puts scan row k on pin k/2 (even k)
// or 32 + k/2 (odd k). A 64-row module is wired for it, a 32-row one for sequential pins; a
// mismatch interleaves rows as on the real panel. Returns the row counter position that
// panel row y shows, in the sequential numbering.
static int scan_index(const sim_ssd1306_t *d, int y) {
    bool alt = d->com_pins & 0x10;
    bool panel_alt = d->height == 64;
    if (alt == panel_alt) return y;
    if (panel_alt) return y % 2 == 0 ? y / 2 : 32 + y / 2; // the chip drives pins in order
    return y < 32 ? 2 * y : 2 * (y - 32) + 1;
}

// Breakout modules mount the glass turned half a turn from the chip's SEG0/COM0 corner, so
// that drivers' segment remap (0xA1) and reversed COM scan (0xC8) show RAM column 0 and row 0
// at the top left; (x, y) here are as a person looking at such a module sees them.
bool sim_ssd1306_pixel(const sim_ssd1306_t *d, int x, int y) {
    if (x < 0 || x > 127 || y < 0 || y >= d->height) return false;
    if (!d->on || !(d->external_vcc || d->charge_pump)) return false;
    if (d->entire_on) return true;
    x = 127 - x;
    y = d->height - 1 - y;
    int n = d->mux + 1;
    int c = scan_index(d, y);
    if (c >= n) return false; // pins beyond the multiplex ratio are not driven
    int k = d->com_remap ? n - 1 - c : c;
    int row = (k + d->offset + d->start_line) % 64;
    int col = d->seg_remap ? 127 - x : x;
    bool bit = (d->ram[row / 8][col] >> (row % 8)) & 1;
    return bit != d->inverse;
}
