// tests/unit/test_sim_i2c.c: the board half of the simulated I2C (hal_sim/sim_i2c.c):
// hardware transfers and their bus time, pin claims, the NACK errno, a line held low,
// the pull-ups and the devices' ACKs at pin level, and sim_part_set_prop.
// Layer: tests (Criterion); no VM.
// SPDX-License-Identifier: MIT

#include <criterion/criterion.h>
#include <errno.h>
#include <string.h>

#include "sim_i2c.h"
#include "unit_sim.h"

#define H py_hal_sim
#define B unit_sim_b

TestSuite(sim_i2c, .fini = unit_sim_close);

// GP0/GP1: I2C0 SDA/SCL with an EEPROM (0x50) and a BME280 (0x76) on them; GP2/GP3:
// I2C1 with nothing; GP4: a button; [nack] goes in as the board's "i2c_nack".
static void open_board(const char *nack) {
    char text[2048], err[200] = "";
    snprintf(text, sizeof text,
             "{\"name\": \"i2c\", %s\n"
             " \"pins\": [\n"
             "  {\"cpu\": \"GPIO0\", \"number\": 0, \"functions\": {\"i2c0\": \"sda\"}},\n"
             "  {\"cpu\": \"GPIO1\", \"number\": 1, \"functions\": {\"i2c0\": \"scl\"}},\n"
             "  {\"cpu\": \"GPIO2\", \"number\": 2, \"functions\": {\"i2c1\": \"sda\"}},\n"
             "  {\"cpu\": \"GPIO3\", \"number\": 3, \"functions\": {\"i2c1\": \"scl\"}},\n"
             "  {\"cpu\": \"GPIO4\", \"number\": 4}],\n"
             " \"parts\": [\n"
             "  {\"id\": \"btn\", \"type\": \"button\", \"pin\": \"GPIO2\"},\n"
             "  {\"id\": \"ee\", \"type\": \"24lc256\", \"bus\": \"i2c0\",\n"
             "   \"pins\": {\"sda\": \"GPIO0\", \"scl\": \"GPIO1\"}, \"attrs\": {\"address\": 80}},\n"
             "  {\"id\": \"env\", \"type\": \"bme280\", \"bus\": \"i2c0\",\n"
             "   \"pins\": {\"sda\": \"GPIO0\", \"scl\": \"GPIO1\"}}]}\n",
             nack);
    int r = unit_sim_open_text(text, err, sizeof err);
    cr_assert_eq(r, 0, "open: %d %s", r, err);
}

static int probe(int bus, int addr) { return H.i2c_transfer(B, bus, (uint16_t)addr, NULL, 0, true); }

Test(sim_i2c, the_bus_pins_are_pulled_up) {
    open_board("");
    cr_assert_eq(H.pin_read(B, 0), 1);
    cr_assert_eq(H.pin_read(B, 1), 1);
    cr_assert_eq(H.pin_read(B, 4), 0, "a pin without a bus floats low");
}

Test(sim_i2c, hardware_transfers_reach_the_devices) {
    open_board("");
    cr_assert_eq(H.i2c_open(B, 0, 1, 0, 400000), 0);
    cr_assert_eq(probe(0, 0x50), 0);
    cr_assert_eq(probe(0, 0x76), 0);
    cr_assert_eq(probe(0, 0x51), -ENODEV);
    // BME280 id register: write the register, repeated START, read.
    uint8_t reg = 0xD0, id = 0;
    py_hal_i2c_seg_t segs[2] = {{&reg, 1, false}, {&id, 1, true}};
    cr_assert_eq(H.i2c_transfer(B, 0, 0x76, segs, 2, true), 2);
    cr_assert_eq(id, 0x60);
}

Test(sim_i2c, a_transfer_takes_its_bit_time) {
    open_board("");
    cr_assert_eq(H.i2c_open(B, 0, 1, 0, 100000), 0);
    uint64_t t0 = H.now(B);
    uint8_t data[2] = {0, 0};
    py_hal_i2c_seg_t seg = {data, 2, false};
    cr_assert_eq(H.i2c_transfer(B, 0, 0x50, &seg, 1, true), 2);
    // START + address + ACK (10 bits), 2 bytes (18), STOP (1) at 10 us a bit.
    cr_assert_eq(H.now(B) - t0, 29 * 10000u);
}

Test(sim_i2c, consecutive_writes_are_one_write) {
    open_board("");
    cr_assert_eq(H.i2c_open(B, 0, 1, 0, 400000), 0);
    uint8_t addr[2] = {0x01, 0x00}, data[3] = {'a', 'b', 'c'}, back[3] = {0};
    py_hal_i2c_seg_t w[2] = {{addr, 2, false}, {data, 3, false}};
    cr_assert_eq(H.i2c_transfer(B, 0, 0x50, w, 2, true), 5);
    cr_assert_eq(probe(0, 0x50), -ENODEV, "the write cycle NACKs the address");
    H.run_until(B, H.now(B) + 5000000);
    py_hal_i2c_seg_t r[2] = {{addr, 2, false}, {back, 3, true}};
    cr_assert_eq(H.i2c_transfer(B, 0, 0x50, r, 2, true), 5);
    cr_assert_eq(memcmp(back, "abc", 3), 0);
    cr_assert_eq(H.i2c_transfer(B, 0, 0x33, w, 2, true), -ENODEV);
}

Test(sim_i2c, rp2_boards_give_eio_for_an_absent_address) {
    open_board("\"i2c_nack\": \"EIO\",");
    cr_assert_eq(H.i2c_open(B, 0, 1, 0, 400000), 0);
    cr_assert_eq(probe(0, 0x10), -EIO);
    cr_assert_eq(probe(0, 0x50), 0);
}

Test(sim_i2c, open_checks_bus_pins_and_claims_them) {
    open_board("");
    cr_assert_eq(H.i2c_open(B, 5, 1, 0, 400000), -ENOENT);
    cr_assert_eq(H.i2c_open(B, 0, 0, 1, 400000), -EINVAL, "pins swapped");
    cr_assert_eq(H.i2c_open(B, 0, 1, 0, 0), -EINVAL);
    cr_assert_eq(H.i2c_open(B, 0, 1, 0, 400000), 0);
    cr_assert_eq(H.pin_open(B, 0, PY_HAL_PIN_OUT, -1), -EBUSY);
    cr_assert_eq(H.i2c_open(B, 0, 1, 0, 100000), 0, "re-opening moves the bus");
    cr_assert_eq(H.i2c_close(B, 0), 0);
    cr_assert_eq(H.i2c_close(B, 0), -ENOENT);
    cr_assert_eq(H.pin_open(B, 0, PY_HAL_PIN_OUT, -1), 0);
    cr_assert_eq(H.i2c_transfer(B, 0, 0x50, NULL, 0, true), -ENOENT, "closed");
}

Test(sim_i2c, a_line_held_low_times_out) {
    open_board("");
    cr_assert_eq(H.i2c_open(B, 1, 3, 2, 400000), 0);
    cr_assert_eq(probe(1, 0x50), -ENODEV, "nothing on I2C1");
    cr_assert_eq(sim_part_set(unit_sim_board, sim_part_find(unit_sim_board, "btn"), 1, 0), 0);
    cr_assert_eq(probe(1, 0x50), -ETIMEDOUT);
}

// Open-drain bit-banging of one byte on GP1 (SCL) / GP0 (SDA); returns the ACK bit level.
static int bang_byte(uint8_t v) {
    for (int i = 7; i >= 0; i--) {
        H.pin_write(B, 0, (v >> i) & 1);
        H.pin_write(B, 1, 1);
        H.pin_write(B, 1, 0);
    }
    H.pin_write(B, 0, 1);
    H.pin_write(B, 1, 1);
    int sda = H.pin_read(B, 0);
    H.pin_write(B, 1, 0);
    return sda;
}

Test(sim_i2c, devices_ack_at_pin_level) {
    open_board("");
    cr_assert_eq(H.pin_open(B, 0, PY_HAL_PIN_OPEN_DRAIN, -1), 0);
    cr_assert_eq(H.pin_open(B, 1, PY_HAL_PIN_OPEN_DRAIN, -1), 0);
    H.pin_write(B, 0, 1);
    H.pin_write(B, 1, 1);
    H.pin_write(B, 0, 0);   // START
    H.pin_write(B, 1, 0);
    cr_assert_eq(bang_byte(0x76 << 1), 0, "the BME280 pulls SDA low to ACK");
    cr_assert_eq(bang_byte(0xD0), 0);
    H.pin_write(B, 0, 1);   // repeated START
    H.pin_write(B, 1, 1);
    H.pin_write(B, 0, 0);
    H.pin_write(B, 1, 0);
    cr_assert_eq(bang_byte(0x76 << 1 | 1), 0);
    uint8_t id = 0;
    for (int i = 0; i < 8; i++) {
        H.pin_write(B, 1, 1);
        id = (uint8_t)(id << 1 | H.pin_read(B, 0));
        H.pin_write(B, 1, 0);
    }
    cr_assert_eq(id, 0x60, "the chip id, bit by bit on SDA");
    H.pin_write(B, 0, 1);   // NACK, then STOP
    H.pin_write(B, 1, 1);
    H.pin_write(B, 1, 0);
    H.pin_write(B, 0, 0);
    H.pin_write(B, 1, 1);
    H.pin_write(B, 0, 1);
    cr_assert_eq(H.pin_read(B, 0), 1, "released after the STOP");
    H.pin_write(B, 0, 0);   // START to nobody: SDA stays high in the ACK slot
    H.pin_write(B, 1, 0);
    cr_assert_eq(bang_byte(0x12 << 1), 1);
}

Test(sim_i2c, props_go_through_sim_part_set_prop) {
    open_board("");
    sim_board_t *b = unit_sim_board;
    int env = sim_part_find(b, "env"), btn = sim_part_find(b, "btn");
    cr_assert_eq(sim_part_set_prop(b, env, "temperature", 30.5, 0), 0);
    cr_assert_eq(sim_part_set_prop(b, env, "colour", 1, 0), -EINVAL);
    cr_assert_eq(sim_part_set_prop(b, btn, "temperature", 1, 0), -EINVAL);
    cr_assert_eq(sim_part_set_prop(b, sim_part_find(b, "ee"), "humidity", 1, 0), -EINVAL);
    cr_assert_eq(sim_part_set_prop(b, btn, NULL, 1, 0), 0, "NULL: the main value");
    cr_assert_eq(sim_part_state(b, btn), 1);
    // A change queued for later, and one left queued when the board closes.
    uint64_t now = H.now(B);
    cr_assert_eq(sim_part_set_prop(b, env, "humidity", 70, now + 1000), 0);
    cr_assert_eq(sim_part_set_prop(b, env, "pressure", 900, now + 5000000), 0);
    cr_assert_not_null(b->prop_changes);
    H.run_until(B, now + 2000);
    cr_assert_not_null(b->prop_changes, "the later one is still queued");
    H.run_until(B, now + 6000000);
    cr_assert_null(b->prop_changes, "each change leaves the list when it is applied");
    cr_assert_eq(sim_part_set_prop(b, env, "pressure", 900, H.now(B) + 1000), 0);
    // ...and the one still queued is freed with the board (fini).
}
