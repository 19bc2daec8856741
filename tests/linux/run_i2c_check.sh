#!/bin/sh
# tests/linux/run_i2c_check.sh: builds tests/linux/i2c_check.c against hal_linux's bus
# objects and runs it inside linux-hw-vm on both I2C adapters (i2c-stub, i2c-regstub) in one
# boot, comparing the output with tests/linux/i2c_check.exp (`make test-linux-bus`).
# SPDX-License-Identifier: MIT
#
# A C-level check of hal_linux/linux_i2c.c that needs no py_hal_linux table; the Python
# tests tests/linux/i2c_*.py cover the same through machine.I2C (run_linux.py).
set -eu
BUILD=${BUILD:-build}
VM=${LHV_TOOL:-}
for c in ../shared/tools/linux-hw-vm ../../shared/tools/linux-hw-vm; do
    [ -z "$VM" ] && [ -x "$c" ] && VM=$c
done
if [ -z "$VM" ] || [ ! -x "$VM" ]; then echo "linux-bus: SKIP (no linux-hw-vm tool: set LHV_TOOL)"; exit 0; fi
${CC:-gcc} -std=c11 -Wall -Wextra -Werror -D_GNU_SOURCE -no-pie -Imods -Ihal_linux \
    tests/linux/i2c_check.c $BUILD/hal_linux/linux_i2c.o $BUILD/hal_linux/linux_busutil.o \
    $BUILD/hal_linux/linux_spi.o $BUILD/hal_linux/linux_uart.o $BUILD/hal_linux/linux_pwm.o \
    -o $BUILD/i2c_check
out=$BUILD/i2c_check.out
status=0
"$VM" -c $BUILD/i2c_check -a 0x48,0x49 -r 0x50,0x51 -- sh -c \
    'echo "== i2c-stub"; ./i2c_check $LHV_I2C_BUS 0x48; echo "== i2c-regstub"; ./i2c_check $LHV_I2C_RDWR_BUS 0x50' \
    >"$out" 2>&1 || status=$?
if [ "$status" != 0 ]; then cat "$out"; echo "linux-bus: FAIL (VM status $status)"; exit 1; fi
if diff -u tests/linux/i2c_check.exp "$out"; then echo "linux-bus: 1 passed, 0 failed"
else echo "linux-bus: 0 passed, 1 failed"; exit 1; fi
