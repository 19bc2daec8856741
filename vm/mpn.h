// vm/mpn.h: natural-number arithmetic on arrays of 32-bit limbs (least
// significant first). Layer: vm support library; knows nothing of the VM.
// SPDX-License-Identifier: MIT
//
// Every function works in memory the caller provides: results, and a scratch
// area whose size a matching *_scratch function reports. Nothing here
// allocates, raises or touches objects, so the library tests standalone and
// the caller (vm/obj_int*.c) decides where memory comes from.
//
// Limbs are uint32_t with uint64_t intermediates: portable ISO C (no
// __int128), and a 32x32->64 multiply is one instruction on every host.
//
// "Normalised" means the most significant limb is nonzero (zero has 0 limbs).
// Unless a comment says otherwise, inputs may be unnormalised, result arrays
// must not overlap inputs, and sizes are in limbs.

#ifndef PY_MPN_H
#define PY_MPN_H

#include <stddef.h>
#include <stdint.h>

typedef uint32_t py_limb_t;
typedef uint64_t py_dlimb_t;
#define PY_LIMB_BITS 32
#define PY_LIMB_MAX UINT32_MAX

// Operand size (in limbs, of the shorter factor) from which py_mpn_mul uses
// Karatsuba. A variable so tests can force either path; the default was
// measured (see py_mpn_mul in vm/mpn_mul.c).
extern size_t py_mpn_karatsuba_threshold;

// ---- interruption (vm/mpn.c) ----------------------------------------------------------------
//
// A product of million-limb numbers runs for seconds with no VM to ask about
// Ctrl-C, so the host installs a hook. The long operations (mul, divmod,
// to_dec, from_dec, from_digits) call it after about a million limb products
// and, once it returns nonzero, stop early: their outputs are then
// unspecified but written only within their usual bounds. The hook must keep
// returning nonzero until the caller, which checks the same condition after
// every such call, has discarded the result. NULL (the default): never stop.
extern int (*py_mpn_stop_hook)(void);
// Counts [work] limb products; true when the operation must stop (the hook
// said so, now or earlier). For the library's own loops; never raises.
int py_mpn_poll(size_t work);

// ---- basics (vm/mpn.c) -------------------------------------------------------------

// [n] minus the high zero limbs of [a].
size_t py_mpn_norm(const py_limb_t *a, size_t n);
// -1, 0 or 1 as a < b, a == b, a > b; any sizes, normalised or not.
int py_mpn_cmp(const py_limb_t *a, size_t an, const py_limb_t *b, size_t bn);
// r = a + b with an >= bn; writes an limbs and returns the carry. [r] may be [a].
py_limb_t py_mpn_add(py_limb_t *r, const py_limb_t *a, size_t an, const py_limb_t *b,
                     size_t bn);
// r = a - b with an >= bn; writes an limbs and returns the borrow (1 when a < b).
// [r] may be [a].
py_limb_t py_mpn_sub(py_limb_t *r, const py_limb_t *a, size_t an, const py_limb_t *b,
                     size_t bn);
// r = a + b for one limb b; returns the carry. [r] may be [a].
py_limb_t py_mpn_add_1(py_limb_t *r, const py_limb_t *a, size_t n, py_limb_t b);
// r = a - b for one limb b; returns the borrow. [r] may be [a].
py_limb_t py_mpn_sub_1(py_limb_t *r, const py_limb_t *a, size_t n, py_limb_t b);
// r = a * m; returns the high limb. [r] may be [a].
py_limb_t py_mpn_mul_1(py_limb_t *r, const py_limb_t *a, size_t n, py_limb_t m);
// r += a * m over n limbs; returns the carry out of r[n-1].
py_limb_t py_mpn_addmul_1(py_limb_t *r, const py_limb_t *a, size_t n, py_limb_t m);
// r -= a * m over n limbs; returns the borrow out of r[n-1].
py_limb_t py_mpn_submul_1(py_limb_t *r, const py_limb_t *a, size_t n, py_limb_t m);
// r = a << s for 0 <= s < 32; returns the bits shifted out. [r] may be [a].
py_limb_t py_mpn_shl(py_limb_t *r, const py_limb_t *a, size_t n, unsigned s);
// r = a >> s for 0 <= s < 32; returns the bits shifted out, in the high end
// of the limb. [r] may be [a].
py_limb_t py_mpn_shr(py_limb_t *r, const py_limb_t *a, size_t n, unsigned s);
// Number of significant bits (0 for zero).
size_t py_mpn_bit_length(const py_limb_t *a, size_t n);
// Number of one bits.
size_t py_mpn_popcount(const py_limb_t *a, size_t n);

// ---- multiplication (vm/mpn_mul.c) -------------------------------------------------------

// r = a * b by schoolbook; writes an + bn limbs. Needs no scratch.
void py_mpn_mul_basecase(py_limb_t *r, const py_limb_t *a, size_t an, const py_limb_t *b,
                         size_t bn);
// Scratch limbs py_mpn_mul needs for operands of [an] and [bn] limbs.
size_t py_mpn_mul_scratch(size_t an, size_t bn);
// r = a * b; writes an + bn limbs; Karatsuba for large operands.
void py_mpn_mul(py_limb_t *r, const py_limb_t *a, size_t an, const py_limb_t *b, size_t bn,
                py_limb_t *scratch);

// ---- division (vm/mpn_div.c) -------------------------------------------------------------

// q = a / d, returning a % d; d != 0. Writes n limbs of q. [q] may be [a].
py_limb_t py_mpn_divmod_1(py_limb_t *q, const py_limb_t *a, size_t n, py_limb_t d);
// a % d without a quotient.
py_limb_t py_mpn_mod_1(const py_limb_t *a, size_t n, py_limb_t d);
// Scratch limbs py_mpn_divmod needs.
size_t py_mpn_divmod_scratch(size_t an, size_t bn);
// q = a / b, r = a % b (Knuth's algorithm D) for an >= bn >= 1 and b
// normalised. Writes an - bn + 1 limbs of q and bn limbs of r; [q] or [r]
// may be NULL when not wanted.
void py_mpn_divmod(py_limb_t *q, py_limb_t *r, const py_limb_t *a, size_t an,
                   const py_limb_t *b, size_t bn, py_limb_t *scratch);
// a / b when the quotient fits one limb: bn >= 2, b normalised, an == bn or
// an == bn + 1 with a < b * 2^32. Sets *rem_zero to whether b divides a.
// One read-only pass; needs no scratch.
py_limb_t py_mpn_div_qlimb(const py_limb_t *a, size_t an, const py_limb_t *b, size_t bn,
                           int *rem_zero);

// ---- text (vm/mpn_conv.c) -----------------------------------------------------------------

// Bytes of output buffer py_mpn_to_dec needs for an [n]-limb number.
size_t py_mpn_to_dec_size(size_t n);
// Scratch limbs py_mpn_to_dec needs for an [n]-limb number.
size_t py_mpn_to_dec_scratch(size_t n);
// Writes the decimal digits of a (no sign, no NUL; "0" for zero) to [out]
// and returns their count. Divide and conquer over powers 10^(9*2^k).
size_t py_mpn_to_dec(char *out, const py_limb_t *a, size_t n, py_limb_t *scratch);
// Limbs of result py_mpn_from_dec needs for [len] digits.
size_t py_mpn_from_dec_limbs(size_t len);
// Scratch limbs py_mpn_from_dec needs for [len] digits.
size_t py_mpn_from_dec_scratch(size_t len);
// Parses [len] ASCII decimal digits (only '0'..'9') into [r]; returns the
// normalised size. Divide and conquer with Karatsuba products.
size_t py_mpn_from_dec(py_limb_t *r, const char *s, size_t len, py_limb_t *scratch);
// Writes a in base 2**[bits] (bits 1..5; digits 0-9a-v) to [out], which
// holds at least (bit_length + bits - 1) / bits bytes (1 for zero); returns
// the count.
size_t py_mpn_to_pow2(char *out, const py_limb_t *a, size_t n, unsigned bits);
// Limbs of result py_mpn_from_digits needs for [len] digits of [base].
size_t py_mpn_from_digits_limbs(size_t len, unsigned base);
// Builds the number whose digits in [base] (2..36) are the values
// digits[0..len) (most significant first, each < base) into [r]; returns
// the normalised size. Direct for powers of two, quadratic otherwise (use
// py_mpn_from_dec for long decimal input).
size_t py_mpn_from_digits(py_limb_t *r, const uint8_t *digits, size_t len, unsigned base);

#endif
