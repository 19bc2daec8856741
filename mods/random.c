// mods/random.c: the random module (also `urandom`): a Random class on the
// xoshiro256** generator, and module functions bound to one hidden instance
// as CPython's are. Layer: library modules. SPDX-License-Identifier: MIT
//
// Seeded sequences differ from CPython's (a different generator) but are
// reproducible: the same seed always gives the same sequence. Without a
// seed, the state comes from the system's entropy (getrandom).

#include <math.h>
#include <errno.h>
#include <string.h>
#include <sys/random.h>

#include "builtins.h"
#include "except.h"
#include "gc.h"
#include "obj_float.h"
#include "obj_func.h"
#include "obj_int.h"
#include "obj_list.h"
#include "obj_module.h"
#include "obj_str.h"
#include "obj_tuple.h"
#include "obj_type.h"
#include "runtime.h"

typedef struct {
    py_obj_t base;
    uint64_t s[4];   // xoshiro256** state; never all zero
} random_t;

static random_t *self_of(const py_val_t *args) { return (random_t *)py_obj(args[0]); }

// ---- the generator: xoshiro256** (Blackman and Vigna, 2018) --------------------------

static uint64_t rotl(uint64_t x, int k) { return (x << k) | (x >> (64 - k)); }

static uint64_t next_u64(random_t *r) {
    uint64_t *s = r->s;
    uint64_t out = rotl(s[1] * 5, 7) * 9, t = s[1] << 17;
    s[2] ^= s[0];
    s[3] ^= s[1];
    s[1] ^= s[2];
    s[0] ^= s[3];
    s[2] ^= t;
    s[3] = rotl(s[3], 45);
    return out;
}

// splitmix64: spreads seed material over the state words, as xoshiro's
// authors recommend, so similar seeds give unrelated sequences.
static uint64_t splitmix(uint64_t *x) {
    uint64_t z = (*x += 0x9e3779b97f4a7c15u);
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9u;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebu;
    return z ^ (z >> 31);
}

// Folds [len] bytes into the running 64-bit digest [h].
static uint64_t mix_bytes(uint64_t h, const uint8_t *p, size_t len) {
    for (size_t i = 0; i < len; i++) {
        h ^= p[i];
        h = splitmix(&h);
    }
    return h ^ len;
}

static void seed_state(random_t *r, uint64_t digest) {
    for (int i = 0; i < 4; i++) r->s[i] = splitmix(&digest);
    if (!(r->s[0] | r->s[1] | r->s[2] | r->s[3])) r->s[0] = 1;
}

// A uniform double in [0, 1) from the top 53 bits.
static double next_double(random_t *r) { return (double)(next_u64(r) >> 11) * 0x1.0p-53; }

// ---- seeding --------------------------------------------------------------------------

static void seed_from_entropy(py_vm_t *vm, random_t *r) {
    size_t got = 0;
    while (got < sizeof r->s) {
        ssize_t n = getrandom((char *)r->s + got, sizeof r->s - got, 0);
        if (n < 0) py_raise_os_error(vm, errno, PY_NULL);
        got += (size_t)n;
    }
    if (!(r->s[0] | r->s[1] | r->s[2] | r->s[3])) r->s[0] = 1;
}

// The digest of an int's magnitude, 32 bits at a time from the low end.
static uint64_t int_digest(py_vm_t *vm, py_val_t v) {
    if (py_int_sign(v) < 0) v = py_int_binary(vm, PY_OP_SUB, py_small(0), v);
    uint64_t h = 0x5eed;
    do {
        int64_t low;
        py_int_to_i64(py_int_binary(vm, PY_OP_AND, v, py_int_from_u64(vm, 0xffffffffu)), &low);
        uint8_t b[4] = {(uint8_t)low, (uint8_t)(low >> 8), (uint8_t)(low >> 16), (uint8_t)(low >> 24)};
        h = mix_bytes(h, b, 4);
        v = py_int_binary(vm, PY_OP_RSHIFT, v, py_small(32));
    } while (py_int_sign(v) != 0);
    return h;
}

// seed(a=None): None draws from the system; ints by value (a and -a alike,
// as CPython), str/bytes/bytearray by content, float by hash.
static void seed_with(py_vm_t *vm, random_t *r, py_val_t a) {
    if (a == PY_NULL || a == PY_NONE) {
        seed_from_entropy(vm, r);
        return;
    }
    py_buffer_t view;
    if (py_is_bool(a) || py_is_int(vm, a)) {
        seed_state(r, int_digest(vm, a == PY_TRUE ? py_small(1) : a == PY_FALSE ? py_small(0) : a));
    } else if (py_is_float(vm, a)) {
        seed_state(r, int_digest(vm, py_int_from_i64(vm, py_hash(vm, a))));
    } else if (py_is_str(vm, a)) {
        seed_state(r, mix_bytes(0x57, (const uint8_t *)py_str_bytes(a), py_str_len(a)));
    } else if ((py_is_a(vm, a, PY_T_bytes) || py_is_a(vm, a, PY_T_bytearray)) &&
               py_buffer_get(vm, a, &view, false)) {
        seed_state(r, mix_bytes(0xb7, view.data, view.len));
    } else {
        py_raise_type_error(vm, "The only supported seed types are: None,\n"
                                "int, float, str, bytes, and bytearray.");
    }
}

static const char *const seed_kw[] = {"a", "version", NULL};

static py_val_t random_seed(py_vm_t *vm, size_t nargs, const py_val_t *args, py_val_t kw) {
    py_val_t a[2] = {PY_NULL, PY_NULL};
    py_builtins_kwargs(vm, "seed", nargs, args, kw, seed_kw, a);
    if (nargs > 1) a[0] = args[1];
    seed_with(vm, self_of(args), a[0]);
    return PY_NONE;
}

// getstate()/setstate(state): the four state words as a tuple of ints.
static py_val_t random_getstate(py_vm_t *vm, size_t nargs, const py_val_t *args, py_val_t kw) {
    (void)nargs, (void)kw;
    random_t *r = self_of(args);
    py_val_t items[4];
    for (int i = 0; i < 4; i++) items[i] = py_int_from_u64(vm, r->s[i]);
    return py_tuple_new(vm, 4, items);
}

static py_val_t random_setstate(py_vm_t *vm, size_t nargs, const py_val_t *args, py_val_t kw) {
    (void)nargs, (void)kw;
    py_val_t st = args[1];
    if (!py_is_a(vm, st, PY_T_tuple) || py_tuple_ptr(st)->len != 4)
        py_raise_value_error(vm, "state must be a tuple of 4 ints from getstate()");
    uint64_t s[4];
    for (int i = 0; i < 4; i++) {
        py_val_t v = py_tuple_ptr(st)->items[i];
        int64_t lo, hi;
        if (!py_is_int(vm, v) || py_int_sign(v) < 0) py_raise_value_error(vm, "state must be a tuple of 4 ints from getstate()");
        py_int_to_i64(py_int_binary(vm, PY_OP_AND, v, py_int_from_u64(vm, 0xffffffffu)), &lo);
        py_int_to_i64(py_int_binary(vm, PY_OP_RSHIFT, v, py_small(32)), &hi);
        s[i] = (uint64_t)lo | (uint64_t)hi << 32;
    }
    if (!(s[0] | s[1] | s[2] | s[3])) py_raise_value_error(vm, "state must not be all zero");
    memcpy(self_of(args)->s, s, sizeof s);
    return PY_NONE;
}

// ---- bits and integers ----------------------------------------------------------------

// [k] random bits as an int: whole 64-bit words, then the rest from the
// top of one more word.
static py_val_t rand_bits(py_vm_t *vm, random_t *r, uint64_t k) {
    if (k <= 64) return py_int_from_u64(vm, k ? next_u64(r) >> (64 - k) : 0);
    py_val_t v = py_small(0);
    for (; k >= 64; k -= 64) {
        v = py_int_binary(vm, PY_OP_LSHIFT, v, py_small(64));
        v = py_int_binary(vm, PY_OP_OR, v, py_int_from_u64(vm, next_u64(r)));
    }
    if (k == 0) return v;
    v = py_int_binary(vm, PY_OP_LSHIFT, v, py_small((py_int_t)k));
    return py_int_binary(vm, PY_OP_OR, v, py_int_from_u64(vm, next_u64(r) >> (64 - k)));
}

static uint64_t bit_length(py_vm_t *vm, py_val_t n) {
    int64_t v;
    if (py_int_to_i64(n, &v)) return v ? 64 - (uint64_t)__builtin_clzll((uint64_t)v) : 0;
    py_val_t b = py_call_method(vm, n, py_str_intern_c(vm, "bit_length"), 0, NULL);
    py_int_to_i64(b, &v);
    return (uint64_t)v;
}

// A uniform int in [0, n) for an int n > 0, by rejection: draw as many bits
// as n has until the value is below n (fewer than 2 draws on average).
static py_val_t rand_below(py_vm_t *vm, random_t *r, py_val_t n) {
    uint64_t k = bit_length(vm, n);
    int64_t small;
    if (py_int_to_i64(n, &small)) {
        uint64_t x;
        do x = next_u64(r) >> (64 - k);
        while (x >= (uint64_t)small);
        return py_int_from_u64(vm, x);
    }
    py_val_t x;
    do x = rand_bits(vm, r, k);
    while (py_int_cmp(x, n) >= 0);
    return x;
}

static py_val_t random_getrandbits(py_vm_t *vm, size_t nargs, const py_val_t *args, py_val_t kw) {
    (void)nargs, (void)kw;
    py_val_t k = py_index(vm, args[1]);
    if (py_int_sign(k) < 0) py_raise_value_error(vm, "number of bits must be non-negative");
    int64_t bits;
    if (!py_int_to_i64(k, &bits)) py_raise_memory_error(vm);
    return rand_bits(vm, self_of(args), (uint64_t)bits);
}

static py_val_t random_randbytes(py_vm_t *vm, size_t nargs, const py_val_t *args, py_val_t kw) {
    (void)nargs, (void)kw;
    int64_t n = py_to_int64(vm, args[1]);
    if (n < 0) py_raise_value_error(vm, "number of bits must be non-negative");
    random_t *r = self_of(args);
    py_val_t b = py_call1(vm, py_from_obj(vm->types[PY_T_bytearray]), py_int_from_i64(vm, n));
    py_buffer_t view;
    py_buffer_get(vm, b, &view, true);
    for (int64_t i = 0; i < n; i += 8) {
        uint64_t w = next_u64(r);
        for (int j = 0; j < 8 && i + j < n; j++) view.data[i + j] = (uint8_t)(w >> (8 * j));
    }
    return py_call1(vm, py_from_obj(vm->types[PY_T_bytes]), b);
}

// An argument of randrange as an int: ints and __index__ objects, or a
// float with an integral value (CPython 3.11 still accepts those).
static py_val_t range_arg(py_vm_t *vm, py_val_t v, const char *what) {
    if (py_is_float(vm, v)) {
        double d = py_float_val(v);
        if (isfinite(d) && d == floor(d)) return py_int_from_double(vm, d);
        py_raise_value_error(vm, "non-integer %s for randrange()", what);
    }
    if (py_is_bool(v) || py_is_int(vm, v)) return py_index(vm, v);
    py_val_t m = py_type_lookup(vm, py_type_of(vm, v), py_str_intern_c(vm, "__index__"));
    if (m != PY_NULL) return py_index(vm, v);
    // CPython tries int(v) (its TypeError stands) and refuses a changed value.
    py_val_t i = py_call1(vm, py_from_obj(vm->types[PY_T_int]), v);
    if (!py_equal(vm, i, v)) py_raise_value_error(vm, "non-integer %s for randrange()", what);
    return i;
}

// randrange(start[, stop[, step]]) with CPython's checks and messages.
static py_val_t rand_range(py_vm_t *vm, random_t *r, py_val_t start, py_val_t stop, py_val_t step) {
    py_val_t istart = range_arg(vm, start, "arg 1");
    if (stop == PY_NULL || stop == PY_NONE) {
        if (step != PY_NULL && step != py_small(1))   // CPython: `step is not 1`
            py_raise_type_error(vm, "Missing a non-None stop argument");
        if (py_int_sign(istart) > 0) return rand_below(vm, r, istart);
        py_raise_value_error(vm, "empty range for randrange()");
    }
    py_val_t istop = range_arg(vm, stop, "stop");
    py_val_t width = py_int_binary(vm, PY_OP_SUB, istop, istart);
    py_val_t istep = step == PY_NULL ? py_small(1) : range_arg(vm, step, "step");
    if (istep == py_small(1)) {
        if (py_int_sign(width) > 0)
            return py_int_binary(vm, PY_OP_ADD, istart, rand_below(vm, r, width));
        py_raise_value_error(vm, "empty range for randrange() (%S, %S, %S)", istart, istop, width);
    }
    int sign = py_int_sign(istep);
    if (sign == 0) py_raise_value_error(vm, "zero step for randrange()");
    py_val_t adj = py_int_binary(vm, PY_OP_ADD, istep, py_small(sign > 0 ? -1 : 1));
    py_val_t n = py_int_binary(vm, PY_OP_FLOORDIV, py_int_binary(vm, PY_OP_ADD, width, adj), istep);
    if (py_int_sign(n) <= 0) py_raise_value_error(vm, "empty range for randrange()");
    py_val_t off = py_int_binary(vm, PY_OP_MUL, istep, rand_below(vm, r, n));
    return py_int_binary(vm, PY_OP_ADD, istart, off);
}

static const char *const randrange_kw[] = {"start", "stop", "step", NULL};

static py_val_t random_randrange(py_vm_t *vm, size_t nargs, const py_val_t *args, py_val_t kw) {
    py_val_t a[3] = {PY_NULL, PY_NULL, PY_NULL};
    py_builtins_kwargs(vm, "randrange", nargs, args, kw, randrange_kw, a);
    for (size_t i = 1; i < nargs; i++) a[i - 1] = args[i];
    if (a[0] == PY_NULL)
        py_raise_type_error(vm, "randrange() missing 1 required positional argument: 'start'");
    return rand_range(vm, self_of(args), a[0], a[1], a[2]);
}

static py_val_t random_randint(py_vm_t *vm, size_t nargs, const py_val_t *args, py_val_t kw) {
    (void)nargs, (void)kw;
    py_val_t stop = py_binary(vm, PY_OP_ADD, args[2], py_small(1));
    return rand_range(vm, self_of(args), args[1], stop, PY_NULL);
}

// ---- floats -----------------------------------------------------------------------------

static py_val_t random_random(py_vm_t *vm, size_t nargs, const py_val_t *args, py_val_t kw) {
    (void)nargs, (void)kw;
    return py_float_new(vm, next_double(self_of(args)));
}

// uniform(a, b) = a + (b - a) * random(), through the operators as CPython.
static py_val_t random_uniform(py_vm_t *vm, size_t nargs, const py_val_t *args, py_val_t kw) {
    (void)nargs, (void)kw;
    py_val_t d = py_binary(vm, PY_OP_SUB, args[2], args[1]);
    py_val_t u = py_float_new(vm, next_double(self_of(args)));
    return py_binary(vm, PY_OP_ADD, args[1], py_binary(vm, PY_OP_MUL, d, u));
}

static const char *const gauss_kw[] = {"mu", "sigma", NULL};

// gauss(mu=0.0, sigma=1.0): a normal deviate by the Box-Muller transform.
static py_val_t random_gauss(py_vm_t *vm, size_t nargs, const py_val_t *args, py_val_t kw) {
    py_val_t a[2] = {PY_NULL, PY_NULL};
    py_builtins_kwargs(vm, "gauss", nargs, args, kw, gauss_kw, a);
    for (size_t i = 1; i < nargs; i++) a[i - 1] = args[i];
    double mu = a[0] == PY_NULL ? 0.0 : py_to_double(vm, a[0]);
    double sigma = a[1] == PY_NULL ? 1.0 : py_to_double(vm, a[1]);
    random_t *r = self_of(args);
    double u1 = 1.0 - next_double(r), u2 = next_double(r);   // u1 in (0, 1]: log(u1) is finite
    return py_float_new(vm, mu + sigma * sqrt(-2.0 * log(u1)) * cos(2 * M_PI * u2));
}

// ---- sequences --------------------------------------------------------------------------

static py_val_t random_choice(py_vm_t *vm, size_t nargs, const py_val_t *args, py_val_t kw) {
    (void)nargs, (void)kw;
    size_t n = py_len(vm, args[1]);
    if (n == 0) py_raise_index_error(vm, "Cannot choose from an empty sequence");
    py_val_t i = rand_below(vm, self_of(args), py_int_from_u64(vm, n));
    return py_getitem(vm, args[1], i);
}

// shuffle(x): Fisher-Yates in place, through x's own item protocol.
static py_val_t random_shuffle(py_vm_t *vm, size_t nargs, const py_val_t *args, py_val_t kw) {
    (void)nargs, (void)kw;
    py_val_t x = args[1];
    random_t *r = self_of(args);
    for (size_t i = py_len(vm, x); i > 1; i--) {
        py_val_t a = py_int_from_u64(vm, i - 1);
        py_val_t b = rand_below(vm, r, py_int_from_u64(vm, i));
        py_val_t va = py_getitem(vm, x, a), vb = py_getitem(vm, x, b);
        py_setitem(vm, x, a, vb);
        py_setitem(vm, x, b, va);
    }
    return PY_NONE;
}

static const char *const sample_kw[] = {"population", "k", NULL};

// sample(population, k): k distinct positions by a partial Fisher-Yates
// shuffle of a copy of the population.
static py_val_t random_sample(py_vm_t *vm, size_t nargs, const py_val_t *args, py_val_t kw) {
    py_val_t a[2] = {PY_NULL, PY_NULL};
    py_builtins_kwargs(vm, "sample", nargs, args, kw, sample_kw, a);
    for (size_t i = 1; i < nargs && i <= 2; i++) a[i - 1] = args[i];
    if (nargs > 3) py_raise_type_error(vm, "sample() takes 3 positional arguments but %zu were given", nargs);
    if (a[0] == PY_NULL || a[1] == PY_NULL)
        py_raise_type_error(vm, "sample() missing 1 required positional argument: '%s'",
                            a[0] == PY_NULL ? "population" : "k");
    py_val_t pop = a[0];
    if (py_is_a(vm, pop, PY_T_set) || py_is_a(vm, pop, PY_T_frozenset) || py_is_a(vm, pop, PY_T_dict) ||
        !py_type_lookup(vm, py_type_of(vm, pop), py_str_intern_c(vm, "__getitem__")))
        py_raise_type_error(vm, "Population must be a sequence.  For dicts or sets, use sorted(d).");
    size_t n = py_len(vm, pop);
    py_val_t kv = py_index(vm, a[1]);
    int64_t k;
    if (!py_int_to_i64(kv, &k) || k < 0 || (uint64_t)k > n)
        py_raise_value_error(vm, "Sample larger than population or is negative");
    py_val_t pool = py_list_from_iter(vm, pop);
    random_t *r = self_of(args);
    py_val_t out = py_list_new(vm, (size_t)k, NULL);
    for (size_t i = 0; i < (size_t)k; i++) {
        size_t j = (size_t)py_small_val(rand_below(vm, r, py_int_from_u64(vm, n - i)));
        py_list_ptr(out)->items[i] = py_list_ptr(pool)->items[j];
        py_list_ptr(pool)->items[j] = py_list_ptr(pool)->items[n - i - 1];
    }
    return out;
}

static const char *const choices_kw[] = {"population", "weights", "cum_weights", "k", NULL};

// The running sums of [weights] as doubles, in GC memory.
static double *cumulate(py_vm_t *vm, py_val_t weights, bool already, size_t n) {
    py_val_t w = py_list_from_iter(vm, weights);
    if (py_list_ptr(w)->len != n)
        py_raise_value_error(vm, "The number of weights does not match the population");
    double *cum = py_gc_new_bytes(vm, (n ? n : 1) * sizeof(double)), total = 0;
    for (size_t i = 0; i < n; i++) {
        double x = py_to_double(vm, py_list_ptr(w)->items[i]);
        cum[i] = already ? x : (total += x);
    }
    return cum;
}

// choices(population, weights=None, *, cum_weights=None, k=1): k picks with
// replacement, by bisecting the cumulative weights.
static py_val_t random_choices(py_vm_t *vm, size_t nargs, const py_val_t *args, py_val_t kw) {
    py_val_t a[4] = {PY_NULL, PY_NULL, PY_NULL, PY_NULL};
    py_builtins_kwargs(vm, "choices", nargs, args, kw, choices_kw, a);
    if (nargs > 3) py_raise_type_error(vm, "choices() takes from 2 to 3 positional arguments but %zu were given", nargs);
    for (size_t i = 1; i < nargs; i++) a[i - 1] = args[i];
    if (a[0] == PY_NULL)
        py_raise_type_error(vm, "choices() missing 1 required positional argument: 'population'");
    py_val_t pop = a[0], weights = a[1] == PY_NONE ? PY_NULL : a[1];
    py_val_t cumw = a[2] == PY_NONE ? PY_NULL : a[2];
    int64_t k = a[3] == PY_NULL ? 1 : py_to_int64(vm, a[3]);
    size_t n = py_len(vm, pop);
    random_t *r = self_of(args);
    py_val_t out = py_list_new(vm, 0, NULL);
    if (weights == PY_NULL && cumw == PY_NULL) {
        for (int64_t i = 0; i < k; i++)
            py_list_append(vm, out, py_getitem(vm, pop, py_int_from_u64(vm, (uint64_t)floor(next_double(r) * (double)n))));
        return out;
    }
    if (weights != PY_NULL && cumw != PY_NULL)
        py_raise_type_error(vm, "Cannot specify both weights and cumulative weights");
    double *cum = cumulate(vm, cumw != PY_NULL ? cumw : weights, cumw != PY_NULL, n);
    double total = n ? cum[n - 1] : 0.0;
    if (n == 0) py_raise_index_error(vm, "list index out of range");
    if (!(total > 0.0)) py_raise_value_error(vm, "Total of weights must be greater than zero");
    if (!isfinite(total)) py_raise_value_error(vm, "Total of weights must be finite");
    for (int64_t i = 0; i < k; i++) {
        double x = next_double(r) * total;
        size_t lo = 0, hi = n - 1;
        while (lo < hi) {   // the first position whose running sum exceeds x
            size_t mid = (lo + hi) / 2;
            if (x < cum[mid]) hi = mid;
            else lo = mid + 1;
        }
        py_list_append(vm, out, py_getitem(vm, pop, py_int_from_u64(vm, lo)));
    }
    return out;
}

// ---- the Random class and the module ------------------------------------------------------

static py_val_t random_make_new(py_vm_t *vm, py_type_t *type, size_t nargs, const py_val_t *args,
                                py_val_t kw) {
    py_arg_no_kw(vm, "Random", kw);
    py_arg_check(vm, "Random", nargs, 0, 1);
    random_t *r = py_gc_new(vm, type, sizeof(random_t));
    seed_with(vm, r, nargs ? args[0] : PY_NULL);
    return py_from_obj(r);
}

#define M(name, lo, hi, flags) {#name, random_##name, lo, hi, flags}

static const py_method_def_t random_methods[] = {
    M(seed, 1, 3, PY_METH_KEYWORDS), M(getstate, 1, 1, 0), M(setstate, 2, 2, 0),
    M(random, 1, 1, 0), M(getrandbits, 2, 2, 0), M(randbytes, 2, 2, 0),
    M(randrange, 1, 4, PY_METH_KEYWORDS), M(randint, 3, 3, 0), M(uniform, 3, 3, 0),
    M(gauss, 1, 3, PY_METH_KEYWORDS), M(choice, 2, 2, 0), M(shuffle, 2, 2, 0),
    M(sample, 1, 3, PY_METH_KEYWORDS), M(choices, 1, 3, PY_METH_KEYWORDS),
    {NULL, NULL, 0, 0, 0},
};

static const py_type_spec_t random_spec = {
    .name = "Random",
    .base = PY_T_object,
    .basicsize = sizeof(random_t),
    .flags = 0,
    .slots = {.make_new = random_make_new},
    .methods = random_methods,
};

// Makes the Random class and the module's hidden instance, whose bound
// methods are the module's functions (so random.seed() reseeds random.random()).
static void random_init(py_vm_t *vm, py_val_t module) {
    py_type_t *type = py_type_from_spec(vm, &random_spec, vm->types[PY_T_object]);
    py_module_set(vm, module, "Random", py_from_obj(type));
    py_val_t inst = py_call0(vm, py_from_obj(type));
    py_module_set(vm, module, "_inst", inst);
    for (const py_method_def_t *m = random_methods; m->name; m++)
        py_module_set(vm, module, m->name, py_getattr(vm, inst, py_str_intern_c(vm, m->name)));
}

const py_module_def_t py_mod_random = {"random", NULL, random_init, NULL};
