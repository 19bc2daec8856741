// unix/image_build.c: `micropython -X build-image=FILE`: runs start-up into the image, writes it as C.
// Layer: unix port (a build step: make runs it with the executable whose image is empty).
// SPDX-License-Identifier: MIT
//
// Two audits make sure the image means the same in every process, and the
// build stops when either fails:
// - start-up must not change the executable's own static variables, which
//   a process adopting the image would see in their initial state (the
//   failing allocator's counters excepted: they count every process's
//   allocations, start-up's or not);
// - the image must hold no address of memory another process lays out
//   differently (the malloc heap, the stack, shared libraries): only its
//   own storage and the executable's code and data, which -no-pie fixes.

#include <stdio.h>
#include <stdlib.h>

#include "gc_fail.h"
#include "image_store.h"

// The executable's bounds and its writable data, from the GNU linker.
extern char __executable_start[], __data_start[], _end[];
extern char __start_py_image[], __stop_py_image[];

static FILE *out;
static int failures;
static unsigned char *statics_before;   // [__data_start, _end) before start-up

// The statics are read byte by byte, redzones between them included: not
// a bug for AddressSanitizer to report (nor for memcpy's interceptor).
#if defined(__GNUC__)
#define WHOLE_DATA __attribute__((no_sanitize_address))
#else
#define WHOLE_DATA
#endif

WHOLE_DATA static void snapshot_statics(py_image_t *image) {
    (void)image;
    size_t n = (size_t)(_end - __data_start);
    statics_before = malloc(n);
    const volatile char *data = __data_start;   // volatile: no memcpy call made of the loop
    for (size_t i = 0; statics_before && i < n; i++) statics_before[i] = (unsigned char)data[i];
}

WHOLE_DATA static void audit_statics(void) {
    if (!statics_before) {
        fprintf(stderr, "build-image: out of memory\n");
        failures++;
        return;
    }
    size_t fail_size;
    const char *fail_state = py_gc_fail_state(&fail_size);
    for (char *p = __data_start; p < _end; p++) {
        if (p >= __start_py_image && p < __stop_py_image) continue;
        if (p >= fail_state && p < fail_state + fail_size) continue;
        if ((unsigned char)*p == statics_before[p - __data_start]) continue;
        fprintf(stderr, "build-image: start-up changed the static at %p "
                        "(addr2line -f -e build/micropython %p)\n", (void *)p, (void *)p);
        failures++;
        p = (char *)((uintptr_t)p | (sizeof(void *) - 1));   // one report per word
    }
    free(statics_before);
}

// ---- addresses the image may not hold -----------------------------------------------------

typedef struct {
    uintptr_t lo, hi;
} range_t;

static range_t foreign[256];   // every mapping outside the executable
static size_t nforeign;

static void read_maps(void) {
    FILE *f = fopen("/proc/self/maps", "r");
    if (!f) return;
    unsigned long lo, hi;
    char line[512];
    while (fgets(line, sizeof line, f) && nforeign < 256) {
        if (sscanf(line, "%lx-%lx", &lo, &hi) != 2) continue;
        // Reservations of 1 GiB and more are a sanitizer's shadow memory, not
        // data: ordinary numbers and text fall in them.
        if (hi - lo >= (1ul << 30)) continue;
        if (hi <= (uintptr_t)__executable_start || lo >= (uintptr_t)_end)
            foreign[nforeign++] = (range_t){lo, hi};
    }
    fclose(f);
}

static void audit_words(const char *what, const uintptr_t *w, size_t n) {
    for (size_t i = 0; i < n; i++) {
        uintptr_t p = w[i] & ~(uintptr_t)PY_TAG_MASK;
        for (size_t r = 0; r < nforeign; r++) {
            if (p < foreign[r].lo || p >= foreign[r].hi) continue;
            fprintf(stderr, "build-image: %s word %zu holds %#jx, an address outside "
                            "the executable\n", what, i, (uintmax_t)w[i]);
            failures++;
        }
    }
}

// ---- writing ------------------------------------------------------------------------------

static void write_words(const char *name, const uintptr_t *w, size_t n) {
    fprintf(out, "#define PY_IMAGE_%s { \\\n", name);
    for (size_t i = 0; i < n; i++)
        fprintf(out, "0x%jx,%s", (uintmax_t)w[i], i % 8 == 7 || i + 1 == n ? " \\\n" : " ");
    fprintf(out, "}\n\n");
}

static void write_bytes(const char *name, const uint8_t *b, size_t n) {
    fprintf(out, "#define PY_IMAGE_%s { \\\n", name);
    for (size_t i = 0; i < n; i++)
        fprintf(out, "%u,%s", b[i], i % 24 == 23 || i + 1 == n ? " \\\n" : "");
    fprintf(out, "}\n\n");
}

static void write_info(const py_image_info_t *in) {
    fprintf(out, "#define PY_IMAGE_INFO {.magic = %#xu, .vm_size = %uu, .anchor = %#jxu, \\\n"
                 "    .used_blocks = %zuu, .blocks_in_use = %zuu, .fin_count = %zuu, \\\n"
                 "    .fin_lo = %zuu, .fin_hi = %zuu, .intern_cap = %zuu, .intern_count = %zuu}\n\n",
            (unsigned)in->magic, (unsigned)in->vm_size, (uintmax_t)in->anchor, in->used_blocks,
            in->blocks_in_use, in->fin_count, in->fin_lo, in->fin_hi, in->intern_cap,
            in->intern_count);
}

// Saves the image as start-up left it, before the process's part changes it.
static void capture(py_image_t *image, py_vm_t *vm) {
    (void)vm;
    audit_statics();
    const py_image_info_t *info = image->info;
    size_t nblock_words = info->used_blocks * 16 / sizeof(uintptr_t);
    size_t nvm_words = (info->vm_size + sizeof(uintptr_t) - 1) / sizeof(uintptr_t);
    read_maps();
    audit_words("arena", image->blocks, nblock_words);
    audit_words("VM", (const uintptr_t *)(void *)image->vm, nvm_words);
    audit_words("intern", (const uintptr_t *)(void *)image->intern, info->intern_cap);
    fprintf(out, "// Generated by `micropython -X build-image`: the start-up image filling\n"
                 "// unix/image_store.c. Do not edit; make rebuilds it.\n\n");
    write_info(info);
    write_words("BLOCKS", image->blocks, nblock_words);
    write_bytes("TABLE", image->table, (info->used_blocks + 1) / 2);
    write_words("VM", (const uintptr_t *)(void *)image->vm, nvm_words);
    write_words("INTERN", (const uintptr_t *)(void *)image->intern, info->intern_cap);
}

int py_image_build(const char *path) {
    out = fopen(path, "w");
    if (!out) {
        perror(path);
        return 1;
    }
    py_image_t *image = &py_startup_image;
    image->on_start = snapshot_statics;
    image->on_capture = capture;
    py_vm_t *vm = py_vm_new_image(0, image, true);
    if (!vm) {
        fprintf(stderr, "build-image: start-up failed or outgrew the image's storage "
                        "(unix/image_store.c)\n");
        failures++;
    }
    py_vm_free(vm);
    if (fclose(out) != 0 || failures) {
        remove(path);
        return 1;
    }
    return 0;
}
