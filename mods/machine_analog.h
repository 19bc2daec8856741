// mods/machine_analog.h: what the analog files of the machine module share and
// export: PWM, ADC, RTC, WDT, resets and deepsleep (with the rerun they ask
// unix/main.c for), bitstream. Layer: library modules (front end of mods/hal.h).
// SPDX-License-Identifier: MIT

#ifndef PY_MACHINE_ANALOG_H
#define PY_MACHINE_ANALOG_H

#include "machine.h"

// Make PWM, ADC, RTC and WDT in [module]. May raise; allocate.
void py_machine_pwm_init(py_vm_t *vm, py_val_t module);
void py_machine_adc_init(py_vm_t *vm, py_val_t module);
void py_machine_rtc_init(py_vm_t *vm, py_val_t module);
void py_machine_wdt_init(py_vm_t *vm, py_val_t module);

// The MCU number of a pin id (a Pin, a board or CPU name, an int). Raises
// ValueError for an unknown pin, TypeError for another type.
int py_machine_pin_number(py_vm_t *vm, py_val_t id);
// "Pin(GPIO15)" for error messages; never raises.
const char *py_machine_pin_label(py_vm_t *vm, int number, char *buf, size_t len);

// machine.reset(), machine.soft_reset(), machine.deepsleep([ms]): ask for a
// board reset and end the program (SystemExit); bitstream(pin, encoding,
// timing, data).
py_val_t py_machine_reset(py_vm_t *vm, size_t nargs, const py_val_t *args, py_val_t kwnames);
py_val_t py_machine_soft_reset(py_vm_t *vm, size_t nargs, const py_val_t *args, py_val_t kwnames);
py_val_t py_machine_deepsleep(py_vm_t *vm, size_t nargs, const py_val_t *args,
                              py_val_t kwnames);
py_val_t py_machine_bitstream(py_vm_t *vm, size_t nargs, const py_val_t *args,
                              py_val_t kwnames);

// The rerun loop (unix/main.c). py_machine_reset_pending: the cause of the
// board reset the program asked for (PY_HAL_*_RESET), 0 for none. Never
// raises. py_machine_reset_apply: detaches the board from [vm] (which is
// about to be freed), resets it and lets a deepsleep's time pass (a soft
// reset first prints "MPY: soft reboot" on stdout, as boards do); the next
// VM's py_hal_up takes the board over. Never raises.
int py_machine_reset_pending(void);
void py_machine_reset_apply(py_vm_t *vm);

#endif
