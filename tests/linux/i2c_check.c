// tests/linux/i2c_check.c: drives hal_linux/linux_i2c.c directly against the kernel's
// adapters inside linux-hw-vm (i2c-stub: SMBus only; i2c-regstub: I2C_RDWR), printing
// what each transfer returns, compared with i2c_check.exp by tests/linux/run_i2c_check.sh.
// SPDX-License-Identifier: MIT
//
// Usage: i2c_check BUS ADDR. A C-level check of the backend that needs no
// py_hal_linux table; the Python tests (i2c_*.py) go through machine.I2C.

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "linux_bus.h"

static int bus;
static uint16_t addr;

static void show(const char *what, int r, const uint8_t *data, size_t n) {
    printf("%s: %d", what, r);
    if (r < 0) printf(" (%s)", linux_bus_error());
    for (size_t i = 0; r >= 0 && i < n; i++) printf(" %02x", data[i]);
    printf("\n");
}

static int xfer(uint8_t *w, size_t wn, uint8_t *r, size_t rn) {
    py_hal_i2c_seg_t s[2] = {{w, wn, false}, {r, rn, true}};
    if (!rn) return linux_i2c_transfer(NULL, bus, addr, s, 1, true);
    if (!wn) return linux_i2c_transfer(NULL, bus, addr, s + 1, 1, true);
    return linux_i2c_transfer(NULL, bus, addr, s, 2, true);
}

int main(int argc, char **argv) {
    if (argc != 3) return 2;
    bus = atoi(argv[1]);
    addr = (uint16_t)strtol(argv[2], NULL, 0);
    show("open", linux_i2c_open(NULL, bus, -1, -1, 100000), NULL, 0);
    uint8_t w[48], r[48];
    // writeto_mem(addr, 0x10, b"\x11\x22\x33"): memaddr and data as two write segments
    uint8_t reg = 0x10, data[3] = {0x11, 0x22, 0x33};
    py_hal_i2c_seg_t segs[2] = {{&reg, 1, false}, {data, 3, false}};
    show("writeto_mem 3", linux_i2c_transfer(NULL, bus, addr, segs, 2, true), NULL, 0);
    w[0] = 0x10;
    show("readfrom_mem 3", xfer(w, 1, r, 3), r, 3);
    show("readfrom_mem 2", xfer(w, 1, r, 2), r, 2);
    w[0] = 0x11;
    show("readfrom_mem 1", xfer(w, 1, r, 1), r, 1);
    w[0] = 0x20, w[1] = 0xab;
    show("writeto 2", xfer(w, 2, NULL, 0), NULL, 0);
    w[0] = 0x20;
    show("readfrom_mem 1", xfer(w, 1, r, 1), r, 1);
    w[0] = 0x12;
    show("writeto 1", xfer(w, 1, NULL, 0), NULL, 0);
    show("readfrom 1", xfer(NULL, 0, r, 1), r, 1);
    for (int i = 0; i < 40; i++) w[1 + i] = (uint8_t)(0x40 + i);
    w[0] = 0x80;
    show("writeto 41", xfer(w, 41, NULL, 0), NULL, 0);
    w[0] = 0x80;
    show("readfrom_mem 40", xfer(w, 1, r, 40), r, 40);
    uint8_t w16[2] = {0x00, 0x10};
    show("readfrom_mem addrsize=16", xfer(w16, 2, r, 1), r, 1);
    printf("scan:");
    for (int a = 0x08; a <= 0x77; a++) {
        uint16_t keep = addr;
        addr = (uint16_t)a;
        if (linux_i2c_transfer(NULL, bus, addr, NULL, 0, true) >= 0) printf(" 0x%02x", a);
        addr = keep;
    }
    printf("\n");
    addr = 0x77;
    w[0] = 0;
    show("absent writeto", xfer(w, 1, NULL, 0), NULL, 0);
    show("absent readfrom_mem", xfer(w, 1, r, 1), r, 1);
    show("close", linux_i2c_close(NULL, bus), NULL, 0);
    show("open 42", linux_i2c_open(NULL, 42, -1, -1, 100000), NULL, 0);
    return 0;
}
