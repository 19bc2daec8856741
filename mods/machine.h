// mods/machine.h: what the files of the machine module share: the Pin object and
// the per-file init functions. Layer: library modules (front end of mods/hal.h).
// SPDX-License-Identifier: MIT

#ifndef PY_MACHINE_H
#define PY_MACHINE_H

#include "hal_front.h"
#include "obj.h"
#include "vm.h"

// A machine.Pin: one object per MCU pin (Pin.cpu holds them), so Pin(25) is
// Pin("LED") when they name the same pin and its irq is the pin's.
typedef struct machine_pin {
    py_obj_t base;
    int number;            // the MCU pin number (the HAL handle)
    int mode, pull;        // as last set, -1 before any
    uint32_t irq_tag;      // its event source (mods/hal_front.h), 0 when none
    uint32_t irq_trigger;
} machine_pin_t;

// The board, brought up if needed. May raise (see py_hal_up).
const py_hal_t *py_machine_board(py_vm_t *vm, void **b);

// Makes Pin (with Pin.board and Pin.cpu) in [module]. May raise; allocates.
void py_machine_pin_init(py_vm_t *vm, py_val_t module);
// True when [v] is a machine.Pin. Never raises.
bool py_machine_pin_check(py_vm_t *vm, py_val_t v);
// The Pin object of pin [number] (the one Pin(number) gives while it lives), without
// opening the pin. May raise; may allocate.
py_val_t py_machine_pin_object(py_vm_t *vm, int number);
// Pin(args...) as the constructor, for Signal(<Pin args>). May raise.
py_val_t py_machine_pin_make(py_vm_t *vm, size_t nargs, const py_val_t *args, py_val_t kwnames);
// The level of a pin object: a Pin's through the HAL, any other's (a
// PinBase subclass) through its value() method. May raise.
int py_machine_pin_get(py_vm_t *vm, py_val_t pin);
// Sets a pin object's level the same way. May raise.
void py_machine_pin_set(py_vm_t *vm, py_val_t pin, int level);

// The irq object Pin.irq() and UART.irq() return: trigger() gives [trigger],
// flags() the events of source [tag]'s last report, translated through
// [map] ({hal bit, IRQ_* value} pairs ending in 0, static; NULL: as
// reported). Allocates; may raise MemoryError.
py_val_t py_machine_irq_new(py_vm_t *vm, uint32_t tag, uint32_t trigger, const uint32_t *map);

// Makes Signal and PinBase in [module]. May raise; allocates.
void py_machine_signal_init(py_vm_t *vm, py_val_t module);
// Makes Timer in [module]. May raise; allocates.
void py_machine_timer_init(py_vm_t *vm, py_val_t module);
// Makes mem8, mem16 and mem32 in [module]. May raise; allocates.
void py_machine_mem_init(py_vm_t *vm, py_val_t module);
// spiuart: makes SPI and SoftSPI (mods/machine_spi.c), UART (mods/machine_uart.c) in
// [module]. May raise; allocates.
void py_machine_spi_init(py_vm_t *vm, py_val_t module);
void py_machine_uart_init(py_vm_t *vm, py_val_t module);

#endif
