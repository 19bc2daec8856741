# Makefile: builds build/micropython and runs the test suites (DESIGN §7, §9).
# Handwritten, explicit source lists, out-of-tree build/ with -MMD dependencies.
# SPDX-License-Identifier: MIT
#
#   make                  build/micropython
#   make run              build, then the board showcase: in a window with a display,
#                         else headless under its scenario, writing build/showcase.png
#   make screenshots      docs/screenshots/NAME.png of each example (headless, its scenario)
#   make test             unit, cli, repl, py, heap and sim suites, each ending "N passed, N failed"
#   make test-unit        Criterion tests in tests/unit
#   make test-sim         tests/sim on the simulated board (output and VCD traces)
#   make test-window      the board window under Xvfb, clicked with xdotool (tests/window)
#   make test-linux       -X hal=linux in a VM with simulated GPIO/I2C (tests/linux)
#   make test-cli         the command line, exit statuses and REPL (tests/cli)
#   make test-repl        the REPL's modes and raw REPL on a PTY, byte for byte (tests/repl)
#   make test-py          tests/py against CPython
#   make test-net         tests/net: network, MQTT and HTTP against mosquitto and a test server
#   make test-valgrind    the py suite under valgrind; unix/startup.ld is current
#   make startup-order    rewrite unix/startup.ld (what start-up touches, placed together)
#   make asan test-asan   AddressSanitizer + UBSan build (build/asan) and its py, board, REPL, serial and net suites
#   make test-failalloc   the ASan build with chosen GC allocations failing (tests/failalloc)
#   make stress test-stress   GC-stress build (build/stress) and its py suite
#                         (test-stress-all: with the slow scripts of tests/py/stress_slow.txt)
#   make m32 test-m32     32-bit build (build/m32, gcc -m32) and its py suite
#   make check            make test, then the modes in CHECK_MODES (what .ci/run runs)
#   make bench [BENCH_RUNS=5]   bench/*.py under ours and /usr/bin/python3: times, RSS, build/bench.json
#   make fuzz [FUZZ_SECONDS=60]  libFuzzer targets of tests/fuzz (clang), each run that long
#   make fuzz-seed        remake the fuzz seed list tests/fuzz/seeds.txt from tests/py
#   make READLINE=readline|libedit ...   terminal input through that library (see README)

# ---- sources ------------------------------------------------------------------

VM_SRC = \
	vm/ast.c \
	vm/bytes_case.c vm/bytes_hex.c vm/bytes_pad.c vm/bytes_percent.c vm/bytes_search.c vm/bytes_split.c \
	vm/builtins.c vm/builtins_eval.c vm/builtins_io.c vm/builtins_num.c vm/builtins_obj.c vm/builtins_seq.c \
	vm/call.c \
	vm/compile.c vm/compile_error.c \
	vm/compiler.c vm/compiler_annot.c vm/compiler_assign.c vm/compiler_comp.c vm/compiler_expr.c \
	vm/compiler_func.c vm/compiler_match.c vm/compiler_stmt.c \
	vm/disasm.c \
	vm/exc_print.c vm/exc_unicode.c vm/except.c vm/except_emergency.c \
	vm/finalise.c \
	vm/float_hex.c \
	vm/float_repr.c \
	vm/gc.c vm/gc_fail.c vm/gc_roots.c vm/gc_sealed.c \
	vm/import.c \
	vm/interrupt.c \
	vm/lexer.c vm/lexer_string.c \
	vm/list_sort.c \
	vm/mpn.c vm/mpn_conv.c vm/mpn_div.c vm/mpn_mul.c \
	vm/obj_complex.c vm/obj_complex_format.c vm/obj_complex_new.c \
	vm/namespace.c \
	vm/num_text.c \
	vm/obj_asyncgen.c vm/obj_bool.c vm/obj_bytearray.c vm/obj_bytes.c vm/obj_code.c vm/obj_dict.c vm/obj_dict_views.c \
	vm/obj_exc.c vm/obj_float.c vm/obj_func.c vm/obj_gen.c vm/obj_gen_ops.c vm/obj_int.c vm/obj_int_arith.c \
	vm/obj_int_str.c vm/obj_int_type.c vm/obj_iter.c vm/obj_list.c vm/obj_mappingproxy.c \
	vm/obj_memoryview.c vm/obj_misc.c vm/obj_module.c vm/obj_object.c vm/obj_range.c vm/obj_set.c vm/obj_slots.c \
	vm/obj_slotwrap.c vm/obj_str.c vm/obj_super.c vm/obj_traceback.c vm/obj_tuple.c vm/obj_type.c \
	vm/parser.c vm/parser_args.c vm/parser_atom.c vm/parser_compound.c vm/parser_expr.c \
	vm/parser_pattern.c vm/parser_stmt.c vm/parser_string.c vm/parser_target.c \
	vm/runtime.c vm/runtime_attr.c vm/runtime_call.c vm/runtime_class.c vm/runtime_conv.c \
	vm/runtime_item.c vm/runtime_ops.c \
	vm/scope.c vm/schedule.c \
	vm/str_buf.c vm/str_case.c vm/str_cformat.c vm/str_format.c vm/str_intern.c \
	vm/str_methods.c vm/str_pct.c vm/str_percent.c vm/str_spec.c vm/str_split.c vm/str_utf8.c \
	vm/str_unicode.c vm/str_unicode_db.c vm/str_unicode_special.c vm/str_encode.c \
	vm/vm.c vm/vm_cache.c vm/vm_loop.c vm/vm_match.c vm/vm_ops.c

# The C modules linked in: each mods/NAME.c defines `py_mod_NAME`, and this
# list is the registry (build/gen/modules.c is generated from it).
MODULES = sys io os time gc micropython framebuf ffi math cmath random socket select json re
MODULES += errno binascii hashlib struct array
MODULES += machine sim
# network's board side (mods/network_board.c; issue 12): the frozen network module reads it.
MODULES += network_board
MODS_SRC = $(MODULES:%=mods/%.c)
# Files of mods/ that are not modules themselves (one concept per file).
MODS_SRC += mods/modkit.c mods/help.c
MODS_SRC += mods/framebuf_draw.c mods/framebuf_font.c
MODS_SRC += mods/math_int.c mods/math_sum.c
MODS_SRC += mods/socket_addr.c
MODS_SRC += mods/json_encode.c mods/re_compile.c mods/re_exec.c mods/re_match.c mods/re_sub.c
MODS_SRC += mods/struct_fmt.c mods/array_seq.c mods/hash.c mods/hash_md5.c mods/hash_sha1.c \
	mods/hash_sha256.c
# The HAL's front end (mods/hal.h) and the machine module's classes.
MODS_SRC += mods/hal.c mods/machine_pin.c mods/machine_signal.c mods/machine_timer.c \
	mods/machine_mem.c
MODS_SRC += mods/machine_spi.c mods/machine_softspi.c mods/machine_uart.c
MODS_SRC += mods/machine_i2c.c mods/machine_softi2c.c
MODS_SRC += mods/machine_pwm.c mods/machine_adc.c mods/machine_rtc.c mods/machine_wdt.c \
	mods/machine_bitstream.c mods/sim_analog.c
MODS_SRC += mods/hal_scenario.c
# The board's filesystem as a host folder (-X fs, serial mode).
MODS_SRC += mods/fs_root.c
# The simulated board behind mods/hal.h (hal_sim/; no VM headers).
HAL_SIM_SRC = hal_sim/sim_json.c hal_sim/sim_clock.c hal_sim/sim_vcd.c hal_sim/sim_load.c \
	hal_sim/sim_pin.c hal_sim/sim_part.c hal_sim/sim_hal.c \
	hal_sim/sim_bus.c hal_sim/sim_spi.c hal_sim/sim_uart.c
# The board's I2C: hardware buses and the I2C parts.
HAL_SIM_SRC += hal_sim/sim_i2c.c hal_sim/sim_i2c_devs.c
# PWM, ADC sources, WS2812/RGB, RTC, watchdog, resets.
HAL_SIM_SRC += hal_sim/sim_analog.c hal_sim/sim_pwm.c hal_sim/sim_adc.c hal_sim/sim_ws2812.c
# Scenario files (-X scenario=FILE).
HAL_SIM_SRC += hal_sim/sim_scenario.c hal_sim/sim_scenario_parse.c hal_sim/sim_scenario_uart.c
# The Linux backend (hal_linux/; issue 10; -X hal=linux): libgpiod v1 and the
# kernel's device files. Built when libgpiod's headers are there and not
# NO_LINUX_HAL (the 32-bit build); then PY_HAL_LINUX is defined and -lgpiod linked.
HAL_LINUX_SRC = hal_linux/linux_hal.c hal_linux/linux_gpio.c
ifeq ($(if $(NO_LINUX_HAL),,$(shell pkg-config --exists libgpiod && echo yes)),yes)
HAL_LINUX_ON = 1
else
HAL_LINUX_SRC =
endif
# Pure-Python modules frozen into the executable (tools/freeze.c makes
# build/gen/frozen.c from them); their import names are their paths under mods/.
FROZEN_PY = mods/heapq.py mods/collections.py mods/_iobuf.py mods/posixpath.py
FROZEN_PY += mods/asyncio/__init__.py mods/asyncio/core.py mods/asyncio/funcs.py \
	mods/asyncio/event.py mods/asyncio/lock.py mods/asyncio/stream.py
FROZEN_PY += mods/neopixel.py
# Connected devices (issue 12, docs/iot.md): network, MQTT and HTTP clients.
FROZEN_PY += mods/network.py mods/umqtt/__init__.py mods/umqtt/simple.py mods/umqtt/robust.py \
	mods/umqtt/aio.py mods/requests.py mods/urequests.py mods/aiorequests.py

# unix/main.c makes the executable; the rest is the port (the REPL engine too),
# which the unit tests link too.
UNIX_PORT_SRC = unix/port.c unix/line_edit.c unix/run.c
# The REPL engine (docs/repl.md): modes, raw REPL, the terminal console; in the port,
# so units drive it with a fake console (tests/unit/test_repl_*.c).
UNIX_PORT_SRC += unix/repl.c unix/repl_indent.c unix/repl_raw.c unix/console_tty.c
# The REPL's own line editor (issue 11): editor, history, completion.
UNIX_PORT_SRC += unix/repl_edit.c unix/repl_history.c unix/repl_complete.c
UNIX_MAIN_SRC = unix/main.c unix/image_build.c
# The board's serial link (-X serial): its PTY console and its boot sequence.
UNIX_MAIN_SRC += unix/console_pty.c unix/board_boot.c

# hal_sim's device models (I2C/SPI/UART parts; no VM): in the library, so the
# executable and the unit tests (tests/unit/test_dev_*.c) both link them.
SIM_DEV_SRC = hal_sim/dev_i2c_bus.c hal_sim/sim_i2c_wire.c hal_sim/dev_ssd1306.c \
	hal_sim/dev_bme280.c hal_sim/dev_eeprom.c hal_sim/dev_spiflash.c \
	hal_sim/dev_loopback.c hal_sim/dev_nmea.c hal_sim/dev_sht31.c hal_sim/sim_date.c

# The Linux backend's buses (hal_linux/, issue 10): I2C, SPI, UART, PWM, ADC over
# /dev and sysfs; plain POSIX + Linux headers, no extra library.
LINUX_BUS_SRC = hal_linux/linux_busutil.c hal_linux/linux_i2c.c hal_linux/linux_spi.c \
	hal_linux/linux_uart.c hal_linux/linux_pwm.c hal_linux/linux_adc.c

# The board's picture (sim/; issue 9): the renderer, its layout and the PNG
# writer, plain C and always built; the unit tests link them too.
SIM_SRC = sim/render.c sim/render_draw.c sim/render_parts.c sim/render_shot.c sim/layout.c \
	sim/png.c
# The board's view (sim/): the board window (issue 9). Only sim/window.c,
# window_input.c and window_sdl.c need SDL2's headers; libSDL2 itself is
# loaded with dlopen when a window opens (sim/window_sdl.h), so the
# executable does not link it and start-up does not load its ~50 libraries.
# Without the headers, or in the 32-bit build (NO_WINDOW=1),
# sim/window_none.c makes `-X window` say that there is no window.
SIM_WINDOW_SRC = sim/window_state.c
ifeq ($(if $(NO_WINDOW),,$(shell pkg-config --exists sdl2 && echo yes)),yes)
SIM_WINDOW_SRC += sim/window.c sim/window_input.c sim/window_sdl.c
SDL_CFLAGS := $(shell pkg-config --cflags sdl2)
else
SIM_WINDOW_SRC += sim/window_none.c
endif

UNIT_TESTS = $(sort $(wildcard tests/unit/test_*.c))
# Fixtures the tests share (unit_vm.c: a fresh VM per test).
UNIT_HELPERS = $(filter-out $(UNIT_TESTS),$(wildcard tests/unit/*.c))

# ---- options -------------------------------------------------------------------

BUILD ?= build
CC = gcc
OPT ?= -O2
EXTRA_CFLAGS ?=
EXTRA_LDFLAGS ?=
READLINE ?= none

# The REPL has its own line editor (docs/repl.md). READLINE=readline or libedit
# is an opt-in build whose terminal line input (the friendly REPL's lines and
# input()) goes through that library instead, loaded with dlopen when first
# used (unix/line_edit.c), so it is named here, not linked; the mode keys,
# auto-indent and the raw REPL then work only in the default build.
ifeq ($(READLINE),none)
READLINE_CFLAGS =
else ifeq ($(READLINE),libedit)
READLINE_CFLAGS = -DPY_LINE_EDIT_LIB='"libedit.so.2"'
else ifeq ($(READLINE),readline)
READLINE_CFLAGS = -DPY_LINE_EDIT_LIB='"libreadline.so.8"'
else
$(error READLINE must be none, readline or libedit)
endif

WARN = -Wall -Wextra -Werror
# Code layout: position-dependent code (the executable is linked -no-pie for
# the start-up image anyway, and absolute addresses need no GOT); one section
# per function and object, so that unix/startup.ld can place what start-up
# touches together and --gc-sections can drop what nothing uses; no
# .eh_frame (C code that never unwinds: gdb and valgrind read .debug_frame).
LAYOUT_CFLAGS = -fno-pie -ffunction-sections -fdata-sections -fno-asynchronous-unwind-tables
BASE_CFLAGS = -std=c11 $(OPT) -g $(WARN) $(LAYOUT_CFLAGS) -MMD -MP $(EXTRA_CFLAGS)
# vm/ is ISO C only; mods/ and unix/ may use POSIX. On 32-bit hosts, glibc's
# 64-bit time_t and off_t (2.34+; no effect on 64-bit hosts): dates past 2038
# and files past 2 GiB, as on 64-bit ones.
VM_CFLAGS = $(BASE_CFLAGS) -pedantic -Ivm
POSIX_CFLAGS = $(BASE_CFLAGS) -D_GNU_SOURCE -D_FILE_OFFSET_BITS=64 -D_TIME_BITS=64 \
	-Ivm -Imods -Iunix -Ihal_sim -Isim $(READLINE_CFLAGS)
LDLIBS = -lm
LDLIBS += -lffi -ldl
ifdef HAL_LINUX_ON
POSIX_CFLAGS += -DPY_HAL_LINUX -Ihal_linux
LDLIBS += -lgpiod
endif

# ---- objects -------------------------------------------------------------------

VM_OBJ = $(VM_SRC:%.c=$(BUILD)/%.o)
MODS_OBJ = $(MODS_SRC:%.c=$(BUILD)/%.o)
HAL_SIM_OBJ = $(HAL_SIM_SRC:%.c=$(BUILD)/%.o)
HAL_LINUX_OBJ = $(HAL_LINUX_SRC:%.c=$(BUILD)/%.o)
GEN_OBJ = $(BUILD)/gen/modules.o $(BUILD)/gen/frozen.o
PORT_OBJ = $(UNIX_PORT_SRC:%.c=$(BUILD)/%.o)
SIM_DEV_OBJ = $(SIM_DEV_SRC:%.c=$(BUILD)/%.o)
LINUX_BUS_OBJ = $(LINUX_BUS_SRC:%.c=$(BUILD)/%.o)
SIM_OBJ = $(SIM_SRC:%.c=$(BUILD)/%.o)
SIM_WINDOW_OBJ = $(SIM_WINDOW_SRC:%.c=$(BUILD)/%.o)
MAIN_OBJ = $(UNIX_MAIN_SRC:%.c=$(BUILD)/%.o)
# Everything but main and the REPL, as an archive so that a unit test pulls
# in only the objects it needs.
LIB = $(BUILD)/libmicropython.a
LIB_OBJ = $(VM_OBJ) $(MODS_OBJ) $(HAL_SIM_OBJ) $(HAL_LINUX_OBJ) $(LINUX_BUS_OBJ) $(SIM_DEV_OBJ) $(SIM_OBJ) \
	$(SIM_WINDOW_OBJ) $(GEN_OBJ) \
	$(PORT_OBJ)
UNIT_BIN = $(UNIT_TESTS:tests/unit/%.c=$(BUILD)/tests/%)
# An archive too, so a test that needs no VM (test_mpn) links without one.
UNIT_LIB = $(BUILD)/tests/libunit.a
UNIT_HELPER_OBJ = $(UNIT_HELPERS:tests/unit/%.c=$(BUILD)/tests/%.o)

.PHONY: FORCE all run test test-unit test-sim test-window test-linux test-cli test-repl test-py test-heap test-valgrind asan test-asan stress fuzz fuzz-build \
	fuzz-seed test-failalloc test-stress test-stress-all m32 test-m32 check \
	clean format deps bench startup-order

all: $(BUILD)/micropython

# The start-up image (vm/image.h, unix/image_store.c): the executable is
# linked twice, position-dependent, first with the image empty. That one runs
# start-up and writes what it made as C (image_data.h); the second link fills
# the image with it. Only the image's contents differ between the two, which
# the last step checks: every symbol must keep its address.
# unix/startup.ld puts start-up's code in an output section of its own, which
# valgrind does not read as code: its profiles then name those functions but
# not their files and lines. `make BUILD=build/prof STARTUP_LDFLAGS=` links
# without it, for profiling by line.
STARTUP_LDFLAGS ?= -Wl,-T,unix/startup.ld
LINK_MAIN = $(CC) $(EXTRA_CFLAGS) $(EXTRA_LDFLAGS) -no-pie -Wl,--gc-sections \
	$(STARTUP_LDFLAGS) -Wl,-Map=$@.map

$(BUILD)/unix/image_empty.o: unix/image_store.c $(BUILD)/cflags
	@mkdir -p $(@D)
	$(CC) $(POSIX_CFLAGS) -DPY_IMAGE_EMPTY -c $< -o $@

$(BUILD)/micropython-empty: $(MAIN_OBJ) $(BUILD)/unix/image_empty.o $(LIB) unix/startup.ld
	$(LINK_MAIN) -o $@ $(MAIN_OBJ) $(BUILD)/unix/image_empty.o $(LIB) $(LDLIBS)

$(BUILD)/gen/image_data.h: $(BUILD)/micropython-empty
	@mkdir -p $(@D)
	$< -X build-image=$@

$(BUILD)/unix/image_store.o: unix/image_store.c $(BUILD)/gen/image_data.h $(BUILD)/cflags
	$(CC) $(POSIX_CFLAGS) -I$(BUILD)/gen -c $< -o $@

$(BUILD)/micropython: $(MAIN_OBJ) $(BUILD)/unix/image_store.o $(LIB) unix/startup.ld
	$(LINK_MAIN) -o $@ $(MAIN_OBJ) $(BUILD)/unix/image_store.o $(LIB) $(LDLIBS)
	@nm $@ > $@.syms && nm $(BUILD)/micropython-empty | cmp -s - $@.syms \
		|| { echo "$@: the image moved the executable's symbols"; rm -f $@; exit 1; }
	@rm -f $@.syms

$(LIB): $(LIB_OBJ)
	@rm -f $@
	ar rcs $@ $^

# The compiler and flags a build directory was made with: rewritten only when
# they change, and every object depends on it, so `make asan` after a change
# of SAN_FLAGS (or OPT=...) recompiles instead of linking stale objects.
$(BUILD)/cflags: FORCE
	@mkdir -p $(@D)
	@echo '$(CC) $(BASE_CFLAGS) $(READLINE_CFLAGS) $(EXTRA_LDFLAGS)' > $@.tmp
	@cmp -s $@.tmp $@ && rm $@.tmp || mv $@.tmp $@

FORCE:

$(BUILD)/vm/%.o: vm/%.c $(BUILD)/cflags
	@mkdir -p $(@D)
	$(CC) $(VM_CFLAGS) -c $< -o $@

$(BUILD)/mods/%.o: mods/%.c $(BUILD)/cflags
	@mkdir -p $(@D)
	$(CC) $(POSIX_CFLAGS) -c $< -o $@

$(BUILD)/hal_sim/%.o: hal_sim/%.c $(BUILD)/cflags
	@mkdir -p $(@D)
	$(CC) $(POSIX_CFLAGS) -c $< -o $@

$(BUILD)/hal_linux/%.o: hal_linux/%.c $(BUILD)/cflags
	@mkdir -p $(@D)
	$(CC) $(POSIX_CFLAGS) -c $< -o $@

$(BUILD)/sim/%.o: sim/%.c $(BUILD)/cflags
	@mkdir -p $(@D)
	$(CC) $(POSIX_CFLAGS) $(SDL_CFLAGS) -c $< -o $@

$(BUILD)/unix/%.o: unix/%.c $(BUILD)/cflags
	@mkdir -p $(@D)
	$(CC) $(POSIX_CFLAGS) -c $< -o $@

# The module registry. Rewritten only when its text changes, so touching the
# Makefile does not relink everything.
$(BUILD)/gen/modules.c: Makefile
	@mkdir -p $(@D)
	@{ echo '// Generated by the Makefile from MODULES; do not edit.'; \
	  echo '#include "obj_module.h"'; \
	  echo 'extern const py_module_def_t $(subst $(space),$(comma)$(space),$(strip $(MODULES:%=py_mod_%)));'; \
	  echo 'const py_module_def_t *const py_builtin_modules[] = {$(MODULES:%=&py_mod_%,) NULL};'; \
	} > $@.tmp
	@cmp -s $@.tmp $@ && rm $@.tmp || mv $@.tmp $@

empty =
space = $(empty) $(empty)
comma = ,

$(BUILD)/gen/modules.o: $(BUILD)/gen/modules.c $(BUILD)/cflags
	$(CC) $(VM_CFLAGS) -c $< -o $@

# The frozen modules: a host tool turns the .py files into a C table.
$(BUILD)/tools/freeze: tools/freeze.c
	@mkdir -p $(@D)
	$(CC) -std=c11 -O2 $(WARN) -o $@ $<

$(BUILD)/gen/frozen.c: $(BUILD)/tools/freeze $(FROZEN_PY) Makefile
	@mkdir -p $(@D)
	$(BUILD)/tools/freeze mods $(FROZEN_PY) > $@.tmp && mv $@.tmp $@

$(BUILD)/gen/frozen.o: $(BUILD)/gen/frozen.c $(BUILD)/cflags
	$(CC) $(VM_CFLAGS) -c $< -o $@

# ---- running ---------------------------------------------------------------------

deps:
	@tools/deps.sh

# The board examples (examples/NAME.py), each driven by tests/sim/examples/NAME.scn.
EXAMPLES = blink button_led knob_dimmer oled_clock temp_logger traffic_light ws2812_rainbow showcase

# The showcase in a window when there is a display and this build has `-X window`
# (probed with `-c pass`: its window opens and closes at once, and without a
# usable display it fails); otherwise headless under its scenario, with a
# picture of the board at the end. tests/window/run_window.py runs both ways.
run: deps all
	@if [ -n "$$DISPLAY$$WAYLAND_DISPLAY" ] && $(BUILD)/micropython -X window -c pass 2>/dev/null; then \
		echo "$(BUILD)/micropython -X window examples/showcase.py"; \
		$(BUILD)/micropython -X window examples/showcase.py; \
	else \
		echo "no display or no window in this build: running headless"; \
		shot="-X screenshot=$(BUILD)/showcase.png"; \
		$(BUILD)/micropython $$shot -c pass 2>/dev/null || shot=""; \
		echo "$(BUILD)/micropython -X scenario=tests/sim/examples/showcase.scn $$shot examples/showcase.py"; \
		$(BUILD)/micropython -X scenario=tests/sim/examples/showcase.scn $$shot examples/showcase.py || exit 1; \
		if [ -n "$$shot" ]; then echo "wrote $(BUILD)/showcase.png"; \
		else echo "this build cannot write screenshots yet (-X screenshot)"; fi; \
	fi

# docs/screenshots/NAME.png: each example at the end of its scenario (README links them).
.PHONY: screenshots
screenshots: all
	@mkdir -p docs/screenshots
	@for e in $(EXAMPLES); do \
		$(BUILD)/micropython -X scenario=tests/sim/examples/$$e.scn \
			-X screenshot=docs/screenshots/$$e.png examples/$$e.py >/dev/null || exit 1; \
		echo "docs/screenshots/$$e.png"; \
	done

# ---- tests ------------------------------------------------------------------------

$(BUILD)/tests/%.o: tests/unit/%.c $(BUILD)/cflags
	@mkdir -p $(@D)
	$(CC) $(POSIX_CFLAGS) -Itests/unit -c $< -o $@

.PRECIOUS: $(BUILD)/tests/%.o

$(UNIT_LIB): $(UNIT_HELPER_OBJ)
	@rm -f $@
	ar rcs $@ $^

$(BUILD)/tests/%: $(BUILD)/tests/%.o $(UNIT_LIB) $(LIB)
	$(CC) $(EXTRA_CFLAGS) $(EXTRA_LDFLAGS) -no-pie -o $@ $< $(UNIT_LIB) $(LIB) -lcriterion $(LDLIBS)

test-unit: $(UNIT_BIN)
	@tools/run_unit.sh $(UNIT_BIN)

# hal_linux's I2C at C level inside linux-hw-vm (no py_hal_linux table needed).
.PHONY: test-linux-bus
test-linux-bus: all
	@BUILD=$(BUILD) tests/linux/run_i2c_check.sh

# machine.UART on the linux backend over a host pseudo-terminal (skips without the backend).
.PHONY: test-linux-uart
test-linux-uart: all
	@python3 tests/linux/run_uart_pty.py --bin $(BUILD)/micropython

test-py: all
	python3 tests/run_py.py --bin $(BUILD)/micropython -j 2

# tests/sim: scripts on the simulated board, output and pin traces against .exp files.
# Then the golden pictures (tests/sim/golden, docs/window.md); both run even when one fails.
test-sim: all
	@st=0; python3 tests/sim/run_sim.py --bin $(BUILD)/micropython || st=1; \
	python3 tests/sim/png_compare.py --golden --bin $(BUILD)/micropython || st=1; \
	python3 tests/sim/examples/check_readme.py --bin $(BUILD)/micropython || st=1; exit $$st

# tests/window: the board window under Xvfb, clicked with xdotool (SKIP without them).
test-window: all
	python3 tests/window/run_window.py --bin $(BUILD)/micropython

# tests/linux: the Linux backend in a VM with simulated GPIO/I2C hardware
# (../shared/tools/linux-hw-vm; one boot for all; SKIP without the tool).
test-linux: all
	@st=0; python3 tests/linux/run_linux.py --bin $(BUILD)/micropython || st=1; \
	python3 tests/linux/run_uart_pty.py --bin $(BUILD)/micropython || st=1; exit $$st

# tests/net: MQTT and HTTP clients against servers started on loopback (issue 12).
.PHONY: test-net
test-net: all
	@python3 tests/net/run_net.py --bin $(BUILD)/micropython

test-cli: all
	python3 tests/cli/test_cli.py --bin $(BUILD)/micropython

# tests/repl: the REPL engine on a pseudo-terminal, byte for byte (docs/repl.md).
test-repl: all
	python3 tests/repl/test_repl.py --bin $(BUILD)/micropython
	python3 tests/repl/test_complete.py --bin $(BUILD)/micropython

# tests/serial: the board's serial link (-X serial) over its PTY, as host tools drive it.
test-serial: all
	python3 tests/serial/run_serial.py $(BUILD)/micropython

test-valgrind: all
	python3 tests/run_py.py --bin $(BUILD)/micropython -j 2 --valgrind
	python3 tools/startup_order.py --bin $(BUILD)/micropython --check

# unix/startup.ld places the code and constants `micropython -c pass` touches
# together (tools/startup_order.py says why); test-valgrind fails when start-up
# touches something it does not list. Two links: the list is read from the map.
startup-order: all
	python3 tools/startup_order.py --bin $(BUILD)/micropython
	@$(MAKE) --no-print-directory all

# tests/heap: the MemoryError scripts at each fixed heap size (output as
# CPython's, whatever runs out), and 1 GB allocated through a 256 KiB heap.
# tests/heap/tiny also runs at 8K, where the other scripts' own code hardly fits.
HEAP_SIZES = 12K 16K 24K 32K 64K 256K 1M

test-heap: all
	@st=0; echo "heap 8K:"; \
	MICROPY_FLAGS="-X heapsize=8K" python3 tests/run_py.py --bin $(BUILD)/micropython -j 2 \
		tests/heap/tiny || st=1; \
	for h in $(HEAP_SIZES); do \
		echo "heap $$h:"; \
		MICROPY_FLAGS="-X heapsize=$$h" python3 tests/run_py.py --bin $(BUILD)/micropython -j 2 \
			tests/heap/oom tests/heap/tiny || st=1; \
	done; \
	echo "heap 256K:"; \
	MICROPY_FLAGS="-X heapsize=256K" python3 tests/run_py.py --bin $(BUILD)/micropython -j 2 \
		tests/heap/big || st=1; \
	test $$st = 0

# All suites run even when one fails; the status reports any failing.
test: deps
	@$(MAKE) --no-print-directory all
	@unit=0; cli=0; py=0; heap=0; sim=0; win=0; lin=0; repl=0; net=0; \
	$(MAKE) --no-print-directory test-unit || unit=1; \
	$(MAKE) --no-print-directory test-cli || cli=1; \
	$(MAKE) --no-print-directory test-repl || repl=1; \
	$(MAKE) --no-print-directory test-py || py=1; \
	$(MAKE) --no-print-directory test-heap || heap=1; \
	$(MAKE) --no-print-directory test-sim || sim=1; \
	$(MAKE) --no-print-directory test-window || win=1; \
	$(MAKE) --no-print-directory test-linux || lin=1; \
	$(MAKE) --no-print-directory test-net || net=1; \
	ser=0; $(MAKE) --no-print-directory test-serial || ser=1; \
	test $$unit = 0 -a $$cli = 0 -a $$py = 0 -a $$heap = 0 -a $$sim = 0 -a $$win = 0 -a $$lin = 0 -a $$repl = 0 \
		-a $$net = 0 -a $$ser = 0

SAN_FLAGS = -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined

# -O2 as the release build: at -O1 the interpreter loop keeps spilled values in
# stack slots longer, and the conservative scan then keeps objects alive whose
# __del__ tests expect to run. PY_CFG_GC_FAIL lets the same binary serve the
# failing-allocator runs (inactive unless PY_GC_FAIL is set).
# GCC 12's -Warray-bounds misfires on ASan-instrumented -O2 code (header
# pointers such as py_list_ptr(v)->len read as a zero-length array); the
# sanitizer itself checks those bounds at run time.
SAN_O2_FLAGS = -Wno-array-bounds
asan:
	@$(MAKE) --no-print-directory BUILD=build/asan OPT=-O2 \
		EXTRA_CFLAGS="$(SAN_FLAGS) $(SAN_O2_FLAGS) -DPY_CFG_GC_FAIL=1 -DPY_CFG_STR_NUL_CHECK=1" build/asan/micropython

# The conservative stack scan reads all of the C stack, which ASan would
# report as stack-buffer overflows; fake stacks would hide pointers from it.
# The board tests (tests/sim) run with leak checks: hal_sim's C state is
# malloc'd and must all be freed when the board goes.
test-asan: asan
	@st=0; ASAN_OPTIONS=detect_leaks=0:detect_stack_use_after_return=0:allocator_may_return_null=1 \
		python3 tests/run_py.py --bin build/asan/micropython -j 2 || st=1; \
	ASAN_OPTIONS=detect_stack_use_after_return=0 \
		python3 tests/sim/run_sim.py --bin build/asan/micropython || st=1; \
	export ASAN_OPTIONS=detect_stack_use_after_return=0; \
	python3 tests/repl/test_repl.py --bin build/asan/micropython || st=1; \
	python3 tests/repl/test_complete.py --bin build/asan/micropython || st=1; \
	python3 tests/serial/run_serial.py build/asan/micropython || st=1; \
	python3 tests/net/run_net.py --bin build/asan/micropython || st=1; exit $$st

# Failing allocator: the ASan binary (built with PY_CFG_GC_FAIL) runs a spread
# of the py suite with chosen allocations failing; no run may crash.
test-failalloc: asan
	python3 tests/failalloc/run.py --bin build/asan/micropython -j 2

# A collection walks every block of the heap (sweep, verification, finaliser
# queues), so its cost follows the heap's size, not the live data: a 256 KiB
# first arena instead of 2 MiB makes each one ~8x cheaper, and the heap still
# grows when a script needs more.
STRESS_FLAGS = -DPY_CFG_GC_STRESS=1 -DPY_CFG_GC_VERIFY=1 -DPY_CFG_DEFAULT_HEAP=262144
stress:
	@$(MAKE) --no-print-directory BUILD=build/stress EXTRA_CFLAGS="$(STRESS_FLAGS)" \
		build/stress/micropython

# A collection per allocation makes scripts with ~100k allocations take
# minutes: each script gets STRESS_TIMEOUT seconds instead of run_py's 30.
STRESS_TIMEOUT ?= 1200
# test-stress (in make check) leaves out the few scripts that take minutes
# each under stress, listed with their times in tests/py/stress_slow.txt;
# test-stress-all runs every script (about 25 CPU minutes more).
test-stress: stress
	@st=0; PY_TEST_TIMEOUT=$(STRESS_TIMEOUT) python3 tests/run_py.py --bin build/stress/micropython \
		-j 2 --exclude tests/py/stress_slow.txt || st=1; \
	python3 tests/sim/run_sim.py --bin build/stress/micropython || st=1; exit $$st

test-stress-all: stress
	PY_TEST_TIMEOUT=$(STRESS_TIMEOUT) python3 tests/run_py.py --bin build/stress/micropython -j 2

# 32-bit build: gcc-multilib and the i386 libraries (`tools/deps.sh m32`).
# SSE2 arithmetic, as every 32-bit target we aim at (ARMv7's VFP) rounds each
# double operation to 64 bits: i386's default x87 keeps 80-bit intermediates,
# whose double rounding changes float results in the last digit.
M32_FLAGS = -m32 -msse2 -mfpmath=sse
m32:
	@tools/deps.sh m32
	@$(MAKE) --no-print-directory BUILD=build/m32 NO_WINDOW=1 NO_LINUX_HAL=1 EXTRA_CFLAGS="$(M32_FLAGS)" \
		build/m32/micropython

test-m32: m32
	@st=0; python3 tests/run_py.py --bin build/m32/micropython -j 2 || st=1; \
	python3 tests/sim/run_sim.py --bin build/m32/micropython || st=1; exit $$st

# The build modes after `make test`; what .ci/run calls. Each mode runs even
# when an earlier one fails; the status reports any failure.
CHECK_MODES = test-asan test-failalloc test-m32 test-stress
check: test
	@fail=0; \
	for t in $(CHECK_MODES); do \
		echo "== $$t"; \
		$(MAKE) --no-print-directory $$t || fail=1; \
	done; \
	test $$fail = 0

# ---- benchmarks (bench/run.py; not part of make test or make check) -------------------

BENCH_RUNS ?= 5
bench: all
	python3 bench/run.py --bin $(BUILD)/micropython --runs $(BENCH_RUNS) --json $(BUILD)/bench.json

# ---- fuzzing (tests/fuzz/README.md; not part of `make test`) ----------------------------

FUZZ_TARGETS = fuzz_parse fuzz_compile fuzz_exec
FUZZ_SECONDS ?= 60
FUZZ_BUILD = build/fuzz
FUZZ_CFLAGS = -fsanitize=fuzzer-no-link,address,undefined -fno-omit-frame-pointer \
	-fno-sanitize-recover=undefined -DPY_CFG_GC_VERIFY=1 \
	-fsanitize-coverage-ignorelist=tests/fuzz/coverage_ignore.txt
# tests/fuzz/fuzz_port.o replaces unix/port.o and the module registry, so
# those archive members are never pulled in.
FUZZ_PORT_OBJ = $(BUILD)/fuzzobj/fuzz_port.o

fuzz-build:
	@$(MAKE) --no-print-directory BUILD=$(FUZZ_BUILD) CC=clang OPT=-O1 \
		EXTRA_CFLAGS="$(FUZZ_CFLAGS)" $(FUZZ_TARGETS:%=$(FUZZ_BUILD)/%)

$(BUILD)/fuzzobj/%.o: tests/fuzz/%.c $(BUILD)/cflags
	@mkdir -p $(@D)
	$(CC) $(POSIX_CFLAGS) -c $< -o $@

.PRECIOUS: $(BUILD)/fuzzobj/%.o

$(BUILD)/fuzz_%: $(BUILD)/fuzzobj/fuzz_%.o $(FUZZ_PORT_OBJ) $(LIB)
	$(CC) $(EXTRA_CFLAGS) -no-pie -fsanitize=fuzzer -o $@ $^ -lm

# Each target starts from its saved corpus and the seeds: the py suite's
# scripts tests/fuzz/seeds.txt lists, plus the hand-written ones of
# tests/fuzz/corpus, gathered in build/fuzz/seeds; new inputs go to
# build/fuzz/corpus/TARGET, findings to
# build/fuzz/crash-* (or leak-*, timeout-*). Every target runs even if an
# earlier one found something; the status says whether any did. The time is a
# bound: libFuzzer stops at its first finding, and `timeout` ends a run whose
# start (replaying a saved corpus, which -max_total_time does not count) has
# made it overrun by a minute.
FUZZ_RUN = -timeout=10 -max_len=4096 -dict=tests/fuzz/python.dict \
	-artifact_prefix=$(FUZZ_BUILD)/ -print_final_stats=1
fuzz: fuzz-build
	@rm -rf $(FUZZ_BUILD)/seeds && mkdir -p $(FUZZ_BUILD)/seeds
	@cp tests/fuzz/corpus/* $(FUZZ_BUILD)/seeds/
	@while read f; do cp "$$f" $(FUZZ_BUILD)/seeds/$$(echo "$${f#tests/py/}" | tr / _); \
		done < tests/fuzz/seeds.txt
	@status=0; for t in $(FUZZ_TARGETS); do \
		mkdir -p $(FUZZ_BUILD)/corpus/$$t; \
		echo "== $$t: $(FUZZ_SECONDS) s"; \
		timeout -k 10 $$(($(FUZZ_SECONDS) + 60)) $(FUZZ_BUILD)/$$t \
			-max_total_time=$(FUZZ_SECONDS) $(FUZZ_RUN) \
			$(FUZZ_BUILD)/corpus/$$t $(FUZZ_BUILD)/seeds < /dev/null; rc=$$?; \
		if [ $$rc = 124 ]; then echo "== $$t: stopped at the time bound"; \
		elif [ $$rc != 0 ]; then status=1; fi; \
	done; exit $$status

# Remakes tests/fuzz/seeds.txt: the smallest set of the py suite's scripts that
# covers (almost) every edge they cover together (tests/fuzz/seed.py).
.PHONY: fuzz-seed
fuzz-seed: fuzz-build
	@rm -rf $(FUZZ_BUILD)/seed && mkdir -p $(FUZZ_BUILD)/seed/in $(FUZZ_BUILD)/seed/out
	@find tests/py -name '*.py' -size -4k | while read f; do \
		cp "$$f" $(FUZZ_BUILD)/seed/in/$$(echo "$${f#tests/py/}" | tr / _); done
	$(FUZZ_BUILD)/fuzz_exec -merge=1 -use_counters=0 -max_len=4096 -timeout=10 \
		-artifact_prefix=$(FUZZ_BUILD)/ -merge_control_file=$(FUZZ_BUILD)/seed/control \
		$(FUZZ_BUILD)/seed/out $(FUZZ_BUILD)/seed/in < /dev/null
	python3 tests/fuzz/seed.py $(FUZZ_BUILD)/seed/control tests/fuzz/seeds.txt

# ---- housekeeping -------------------------------------------------------------------

clean:
	rm -rf build

# clang-format with the project's style (.clang-format if present).
FORMAT_STYLE = {BasedOnStyle: LLVM, IndentWidth: 4, ColumnLimit: 100, \
	AllowShortFunctionsOnASingleLine: All, AllowShortIfStatementsOnASingleLine: WithoutElse}
format:
	@if [ -f .clang-format ]; then style=file; else style='$(FORMAT_STYLE)'; fi; \
	clang-format -i --style="$$style" vm/*.c vm/*.h mods/*.c mods/*.h unix/*.c unix/*.h \
		tests/unit/*.c

-include $(LIB_OBJ:.o=.d) $(MAIN_OBJ:.o=.d) $(UNIT_BIN:=.d) $(UNIT_HELPER_OBJ:.o=.d) \
	$(wildcard $(BUILD)/fuzzobj/*.d)
