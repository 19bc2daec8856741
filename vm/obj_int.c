// vm/obj_int.c: the int representation: small ints and bigints, conversion
// to and from C numbers and doubles, comparison and hashing.
// Layer: vm core (types). Operators are in obj_int_arith.c, text in
// obj_int_str.c, the type object in obj_int_type.c.
// SPDX-License-Identifier: MIT

#include <math.h>
#include "obj_int_impl.h"
#include "except.h"
#include "gc.h"

// ---- representation -----------------------------------------------------------

void py_int_view(py_val_t v, py_int_view_t *w) {
    v = py_int_unbool(v);
    if (py_is_small(v)) {
        py_int_t x = py_small_val(v);
        uint64_t m = x < 0 ? -(uint64_t)x : (uint64_t)x;
        w->neg = x < 0;
        w->buf[0] = (py_limb_t)m;
        w->buf[1] = (py_limb_t)(m >> 32);
        w->d = w->buf;
        w->n = py_mpn_norm(w->buf, 2);
        return;
    }
    py_bigint_t *b = (py_bigint_t *)py_obj(v);
    w->neg = b->size < 0;
    w->d = py_bigint_limbs(b);
    w->n = py_mpn_norm(w->d, (size_t)(b->size < 0 ? -(int64_t)b->size : b->size));
    if (w->n == 0) w->neg = false;
}

static void check_limbs(py_vm_t *vm, size_t n) {
    if (n > PY_INT_MAX_LIMBS) py_raise_memory_error(vm);
}

py_bigint_t *py_int_alloc(py_vm_t *vm, size_t n) {
    check_limbs(vm, n);
    py_bigint_t *b = py_gc_new(vm, vm->types[PY_T_int], sizeof(py_bigint_t) + n * sizeof(py_limb_t));
    b->offset = sizeof(py_bigint_t);
    return b;
}

// The magnitude as a uint64 when it has at most two limbs.
static uint64_t low64(const py_limb_t *d, size_t n) {
    uint64_t m = n > 0 ? d[0] : 0;
    if (n > 1) m |= (uint64_t)d[1] << 32;
    return m;
}

// The small int for a magnitude of <= 2 limbs, or PY_NULL when it does not fit.
static py_val_t small_from_mag(const py_limb_t *d, size_t n, bool neg) {
    if (n > 2) return PY_NULL;
    uint64_t m = low64(d, n);
    if (!neg && m <= (uint64_t)PY_SMALL_MAX) return py_small((py_int_t)m);
    if (neg && m <= (uint64_t)PY_SMALL_MAX + 1) return py_small((py_int_t)(-(int64_t)(m - 1) - 1));
    return PY_NULL;
}

py_val_t py_int_finish(py_bigint_t *b, size_t n, bool neg) {
    py_limb_t *d = py_bigint_limbs(b);
    n = py_mpn_norm(d, n);
    py_val_t s = small_from_mag(d, n, neg);
    if (s != PY_NULL) return s;
    b->size = neg ? -(int32_t)n : (int32_t)n;
    return py_from_obj(b);
}

py_val_t py_int_from_limbs(py_vm_t *vm, const py_limb_t *d, size_t n, bool neg) {
    n = py_mpn_norm(d, n);
    py_val_t s = small_from_mag(d, n, neg);
    if (s != PY_NULL) return s;
    py_bigint_t *b = py_int_alloc(vm, n);
    memcpy(py_bigint_limbs(b), d, n * sizeof(py_limb_t));
    return py_int_finish(b, n, neg);
}

py_limb_t *py_int_scratch(py_vm_t *vm, size_t n) {
    check_limbs(vm, n);
    return py_gc_new_bytes(vm, (n ? n : 1) * sizeof(py_limb_t));
}

void py_int_release(py_vm_t *vm, py_limb_t *p) {
    if (p) py_gc_release(vm, p);
}

py_limb_t *py_int_scratch_or(py_vm_t *vm, size_t n, py_limb_t *local) {
    return n <= PY_INT_LOCAL_LIMBS ? local : py_int_scratch(vm, n);
}

void py_int_release_or(py_vm_t *vm, py_limb_t *p, const py_limb_t *local) {
    if (p != local) py_int_release(vm, p);
}

// ---- C integers -----------------------------------------------------------------

static py_val_t from_mag64(py_vm_t *vm, uint64_t m, bool neg) {
    py_limb_t d[2] = {(py_limb_t)m, (py_limb_t)(m >> 32)};
    return py_int_from_limbs(vm, d, 2, neg);
}

py_val_t py_int_from_i64(py_vm_t *vm, int64_t i) {
    if (py_int_fits_small(i)) return py_small((py_int_t)i);
    return from_mag64(vm, i < 0 ? -(uint64_t)i : (uint64_t)i, i < 0);
}

py_val_t py_int_from_u64(py_vm_t *vm, uint64_t u) {
    if (u <= (uint64_t)PY_SMALL_MAX) return py_small((py_int_t)u);
    return from_mag64(vm, u, false);
}

bool py_int_to_i64(py_val_t v, int64_t *out) {
    v = py_int_unbool(v);
    if (py_is_small(v)) {
        *out = py_small_val(v);
        return true;
    }
    py_int_view_t w;
    py_int_view(v, &w);
    if (w.n > 2) return false;
    uint64_t m = low64(w.d, w.n);
    if (!w.neg && m > (uint64_t)INT64_MAX) return false;
    if (w.neg && m > (uint64_t)INT64_MAX + 1) return false;
    *out = w.neg ? (int64_t)(-(m - 1)) - 1 : (int64_t)m;
    return true;
}

int py_int_sign(py_val_t v) {
    v = py_int_unbool(v);
    if (py_is_small(v)) {
        py_int_t x = py_small_val(v);
        return (x > 0) - (x < 0);
    }
    py_int_view_t w;
    py_int_view(v, &w);
    return w.n == 0 ? 0 : w.neg ? -1 : 1;
}

// ---- doubles ----------------------------------------------------------------------

py_val_t py_int_from_double(py_vm_t *vm, double d) {
    if (isnan(d)) py_raise_value_error(vm, "cannot convert float NaN to integer");
    if (isinf(d)) py_raise_fmt(vm, PY_EXC_OverflowError, "cannot convert float infinity to integer");
    d = trunc(d);
    // 2^62 bounds every 64-bit small int and is exactly representable.
    if (fabs(d) < 4611686018427387904.0) return py_int_from_i64(vm, (int64_t)d);
    int e;
    double m = frexp(fabs(d), &e);                       // |d| = m * 2^e, e > 62
    uint64_t mant = (uint64_t)ldexp(m, 53);              // exact: 53 significant bits
    size_t shift = (size_t)e - 53, n = shift / 32 + 3;
    py_bigint_t *b = py_int_alloc(vm, n);
    py_limb_t *r = py_bigint_limbs(b);
    py_limb_t src[2] = {(py_limb_t)mant, (py_limb_t)(mant >> 32)};
    r[shift / 32 + 2] = py_mpn_shl(r + shift / 32, src, 2, (unsigned)(shift % 32));
    return py_int_finish(b, n, d < 0);
}

// The magnitude rounded to a double with the round-to-nearest-even of the
// hardware: the top 64 bits with any lower one bits folded into a sticky
// bit, so the one rounding happens in the final conversion.
static double mag_to_double(const py_limb_t *d, size_t n, size_t *exp_out) {
    size_t bits = py_mpn_bit_length(d, n);
    if (bits <= 64) {
        *exp_out = 0;
        return (double)low64(d, n);
    }
    size_t shift = bits - 64, li = shift / 32;
    unsigned bi = (unsigned)(shift % 32);
    py_limb_t top[3] = {d[li], li + 1 < n ? d[li + 1] : 0, li + 2 < n ? d[li + 2] : 0};
    py_limb_t lost = py_mpn_shr(top, top, 3, bi);
    uint64_t u = low64(top, 2);
    for (size_t i = 0; i < li && !lost; i++) lost |= d[i];
    *exp_out = shift;
    return (double)(u | (lost != 0));
}

double py_int_to_double(py_vm_t *vm, py_val_t v) {
    v = py_int_unbool(v);
    if (py_is_small(v)) return (double)py_small_val(v);
    py_int_view_t w;
    py_int_view(v, &w);
    size_t e;
    double m = mag_to_double(w.d, w.n, &e);
    double r = e > 2000 ? HUGE_VAL : ldexp(m, (int)e);
    if (isinf(r)) py_raise_fmt(vm, PY_EXC_OverflowError, "int too large to convert to float");
    return w.neg ? -r : r;
}

// ---- comparison and hashing -------------------------------------------------------------

static int cmp_views(const py_int_view_t *a, const py_int_view_t *b) {
    if (a->neg != b->neg) return a->neg ? -1 : 1;
    int c = py_mpn_cmp(a->d, a->n, b->d, b->n);
    return a->neg ? -c : c;
}

int py_int_cmp(py_val_t a, py_val_t b) {
    a = py_int_unbool(a);
    b = py_int_unbool(b);
    if (py_is_small(a) && py_is_small(b)) {
        py_int_t x = py_small_val(a), y = py_small_val(b);
        return (x > y) - (x < y);
    }
    py_int_view_t wa, wb;
    py_int_view(a, &wa);
    py_int_view(b, &wb);
    return cmp_views(&wa, &wb);
}

int py_int_cmp_double(py_vm_t *vm, py_val_t a, double d) {
    if (isnan(d)) return 2;
    if (isinf(d)) return d > 0 ? -1 : 1;
    a = py_int_unbool(a);
    // Below 2^53 the int converts to a double exactly.
    // (Through an int64_t variable: on 32-bit hosts every small int passes,
    // and comparing the narrower type itself would be an always-true test.)
    int64_t sv = py_is_small(a) ? (int64_t)py_small_val(a) : 0;
    if (py_is_small(a) && sv < ((int64_t)1 << 53) && sv > -((int64_t)1 << 53)) {
        double x = (double)py_small_val(a);
        return (x > d) - (x < d);
    }
    double fl = floor(d);
    int c = py_int_cmp(a, py_int_from_double(vm, fl));
    if (c != 0) return c;
    return d > fl ? -1 : 0;
}

// CPython's modulus for numeric hashes: 2^61 - 1 (2^31 - 1 on 32-bit hosts),
// a Mersenne prime, so reduction is a rotate within PY_HASH_BITS bits and
// hash(x) == hash(float(x)).
#define HASH_MOD (((uint64_t)1 << PY_HASH_BITS) - 1)
// 2^32 mod 2^BITS - 1 is 2^(32 mod BITS): multiplying by it rotates.
#define DIGIT_ROT (32 % PY_HASH_BITS)

py_hash_t py_int_hash(py_val_t v) {
    if (py_is_small(v)) {   // dict keys are mostly these: no digit loop
        int64_t x = py_small_val(v);
        uint64_t m = x < 0 ? -(uint64_t)x : (uint64_t)x;
        if (m >= HASH_MOD) m %= HASH_MOD;
        int64_t r = x < 0 ? -(int64_t)m : (int64_t)m;
        return (py_hash_t)(r == -1 ? -2 : r);
    }
    py_int_view_t w;
    py_int_view(v, &w);
    uint64_t h = 0;
    for (size_t i = w.n; i-- > 0;) {
        h = ((h << DIGIT_ROT) & HASH_MOD) | (h >> (PY_HASH_BITS - DIGIT_ROT));   // h * 2^32
        h += w.d[i];
        // A 32-bit digit may exceed a 31-bit modulus several times over.
        while (h >= HASH_MOD) h -= HASH_MOD;
    }
    int64_t r = w.neg ? -(int64_t)h : (int64_t)h;
    return (py_hash_t)(r == -1 ? -2 : r);
}
