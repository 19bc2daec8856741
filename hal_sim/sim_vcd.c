// hal_sim/sim_vcd.c: writes pin changes as a VCD file (timescale 1 ns).
// Layer: simulated board (hal_sim); plain C, no VM.
// SPDX-License-Identifier: MIT

#include "sim_vcd.h"

#include <errno.h>

int sim_vcd_open(sim_vcd_t *v, const char *path, uint64_t t0) {
    *v = (sim_vcd_t){.t0 = t0};
    v->f = fopen(path, "w");
    return v->f ? 0 : -errno;
}

// A signal's identifier: base 94 over the printable characters '!'..'~'.
static void put_id(FILE *f, int index) {
    do {
        fputc('!' + index % 94, f);
        index /= 94;
    } while (index);
}

int sim_vcd_header(sim_vcd_t *v, const char *scope, int n, const char *const *names,
                   const int *levels) {
    return sim_vcd_header_ex(v, scope, n, names, levels, NULL, 0, NULL);
}

static void declare(FILE *f, const char *kind, int id, const char *name) {
    fprintf(f, "$var %s ", kind);
    put_id(f, id);
    fprintf(f, " %s $end\n", name);
}

int sim_vcd_header_ex(sim_vcd_t *v, const char *scope, int n, const char *const *names,
                      const int *levels, const char *sub, int nreal,
                      const char *const *real_names) {
    if (!v->f) return -EIO;
    // No $date: the file must be the same on every run.
    fprintf(v->f, "$version micropython hal_sim $end\n$timescale 1ns $end\n");
    fprintf(v->f, "$scope module %s $end\n", scope);
    for (int i = 0; i < n; i++) declare(v->f, "wire 1", i, names[i]);
    if (nreal) {
        fprintf(v->f, "$scope module %s $end\n", sub);
        for (int k = 0; k < nreal; k++) declare(v->f, "real 64", n + k, real_names[k]);
        fputs("$upscope $end\n", v->f);
    }
    fputs("$upscope $end\n$enddefinitions $end\n#0\n$dumpvars\n", v->f);
    for (int i = 0; i < n; i++) {
        fputc(levels[i] < 0 ? 'z' : '0' + levels[i], v->f);
        put_id(v->f, i);
        fputc('\n', v->f);
    }
    for (int k = 0; k < nreal; k++) {
        fputs("r0 ", v->f);
        put_id(v->f, n + k);
        fputc('\n', v->f);
    }
    fputs("$end\n", v->f);
    v->started = 1;
    return ferror(v->f) ? -EIO : 0;
}

// Starts the lines of time [t] unless they are started.
static void stamp(sim_vcd_t *v, uint64_t t) {
    uint64_t rel = t > v->t0 ? t - v->t0 : 0;
    if (rel != v->last) {
        fprintf(v->f, "#%llu\n", (unsigned long long)rel);
        v->last = rel;
    }
}

int sim_vcd_real(sim_vcd_t *v, uint64_t t, int index, double value) {
    if (!v->f || !v->started) return -EIO;
    stamp(v, t);
    fprintf(v->f, "r%.6g ", value);
    put_id(v->f, index);
    fputc('\n', v->f);
    return ferror(v->f) ? -EIO : 0;
}

int sim_vcd_change(sim_vcd_t *v, uint64_t t, int index, int level) {
    if (!v->f || !v->started) return -EIO;
    stamp(v, t);
    fputc(level < 0 ? 'z' : '0' + level, v->f);
    put_id(v->f, index);
    fputc('\n', v->f);
    return ferror(v->f) ? -EIO : 0;
}

int sim_vcd_close(sim_vcd_t *v, uint64_t t) {
    if (!v->f) return 0;
    uint64_t rel = t > v->t0 ? t - v->t0 : 0;
    if (v->started && rel != v->last) fprintf(v->f, "#%llu\n", (unsigned long long)rel);
    int bad = ferror(v->f);
    if (fclose(v->f) != 0) bad = 1;
    v->f = NULL;
    return bad ? -EIO : 0;
}
