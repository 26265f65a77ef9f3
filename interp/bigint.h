// SPDX-License-Identifier: MIT
// interp/bigint.h: arbitrary-precision magnitude arithmetic (no Values) and the BigInt layout.
//
// A magnitude is a little-endian array of 32-bit limbs. Functions take explicit lengths and
// write into caller-provided buffers; a length is "normalized" when the top limb is non-zero
// (zero has length 0). Only the multiplication and division routines allocate scratch memory,
// through kr_mem_* of [vm], and charge their work with kr_tick.
#ifndef KR_BIGINT_H
#define KR_BIGINT_H

#include "object.h"

// An int outside the int64 range (inside it, ints are always unboxed V_INT).
typedef struct BigInt {
    Obj hdr;
    int64_t size; // number of limbs, negated for negative values (like CPython's ob_size)
    int64_t cap;  // allocated limbs (the object's byte size is sizeof(BigInt) + 4 * cap)
    uint32_t d[];
} BigInt;

#define KR_BIGINT_MAX_LIMBS ((size_t)1 << 36) // far past any memory limit; keeps sizes sane

static inline BigInt *kr_as_bigint(Value v) { return (BigInt *)AS_OBJ(v); }

// Length of [a] without leading zero limbs.
size_t kr_bigint_norm(const uint32_t *a, size_t n);
// Compare normalized magnitudes: -1/0/1.
int kr_bigint_cmp(const uint32_t *a, size_t an, const uint32_t *b, size_t bn);
// r = a + b (an >= bn); r has an + 1 limbs (r[an] receives the carry). r may alias a.
void kr_bigint_add(uint32_t *r, const uint32_t *a, size_t an, const uint32_t *b, size_t bn);
// r = a - b (a >= b, an >= bn); r has an limbs. r may alias a.
void kr_bigint_sub(uint32_t *r, const uint32_t *a, size_t an, const uint32_t *b, size_t bn);
// r = a * m + add over n limbs; returns the carry limb. r may alias a.
uint32_t kr_bigint_mul1(uint32_t *r, const uint32_t *a, size_t n, uint32_t m, uint32_t add);
// q = a / d over n limbs; returns the remainder. q may alias a. d != 0.
uint32_t kr_bigint_div1(uint32_t *q, const uint32_t *a, size_t n, uint32_t d);
// r = a << s (s < 32) over n limbs; returns the bits shifted out. r may alias a.
uint32_t kr_bigint_shl(uint32_t *r, const uint32_t *a, size_t n, unsigned s);
// r = a >> s (s < 32) over n limbs; returns the bits shifted out (in the low s bits). r may
// alias a.
uint32_t kr_bigint_shr(uint32_t *r, const uint32_t *a, size_t n, unsigned s);
// r = a * b; r has an + bn limbs and must not alias a or b. Karatsuba above a threshold.
// -1 on MemoryError or a stopped run.
MUST_CHECK int kr_bigint_mul(KrVm *vm, uint32_t *r, const uint32_t *a, size_t an, const uint32_t *b,
                             size_t bn);
// Knuth's algorithm D: q = a / b (an - bn + 1 limbs, or NULL), rem = a % b (bn limbs, or
// NULL). Requires normalized bn >= 1 and an >= bn. -1 on MemoryError or a stopped run.
MUST_CHECK int kr_bigint_divmod(KrVm *vm, uint32_t *q, uint32_t *rem, const uint32_t *a, size_t an,
                                const uint32_t *b, size_t bn);
// Number of significant bits of a normalized magnitude.
uint64_t kr_bigint_bitlen(const uint32_t *a, size_t n);

// Shared by obj_int.c and obj_float.c (not arithmetic): copy the UTF-8 text [s, s+len) to a
// new kr_mem buffer of len + 1 bytes (NUL-terminated), mapping non-ASCII Unicode spaces to ' '
// and decimal digits to '0'..'9', and stopping with '?' at any other non-ASCII character
// (CPython's _PyUnicode_TransformDecimalAndSpaceToASCII). The caller frees len + 1 bytes.
// NULL + MemoryError.
char *kr_numstr_ascii(KrVm *vm, const char *s, size_t len, size_t *outlen);

#endif
