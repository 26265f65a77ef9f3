// SPDX-License-Identifier: MIT
// interp/obj_int.c: the `int` type (unboxed V_INT small ints and BigInt objects), plus the
// descriptors of bool, NoneType, NotImplementedType and ellipsis.
//
// Canonical form: every result in int64 range is returned as V_INT; BigInt objects only hold
// values outside it (bi_done enforces this). Arithmetic on two small ints never allocates.
// Big results are computed into a BigInt allocated with an upper bound of limbs; long
// computations (pow) work in kr_mem scratch buffers so that no garbage objects pile up while a
// native runs. Semantics and messages follow CPython 3.11's Objects/longobject.c.
#include <math.h>
#include <stdio.h>

#include "bigint.h"
#include "bytes_common.h"
#include "module.h"
#include "unicode.h"

// ----- Small helpers -----

static void bigint_free(KrVm *vm, Obj *o) {
    BigInt *b = (BigInt *)o;
    kr_mem_free(vm, o, sizeof(BigInt) + (size_t)b->cap * sizeof(uint32_t));
}

static BigInt *bi_new(KrVm *vm, size_t n) {
    size_t bytes;
    if (n > KR_BIGINT_MAX_LIMBS || !kr_mul_ok(n, sizeof(uint32_t), &bytes) ||
        !kr_add_ok(bytes, sizeof(BigInt), &bytes)) {
        kr_raise_nomem(vm);
        return NULL;
    }
    BigInt *b = kr_gc_alloc(vm, &kr_type_int, bytes);
    if (!b) {
        return NULL;
    }
    b->cap = (int64_t)n;
    return b;
}

// Finish a result whose magnitude is in b->d[0..n): strip zeros, return a V_INT when it fits.
static Value bi_done(BigInt *b, size_t n, bool neg) {
    n = kr_bigint_norm(b->d, n);
    if (n <= 2) {
        uint64_t m = n == 0 ? 0 : n == 1 ? b->d[0] : (b->d[0] | (uint64_t)b->d[1] << 32);
        if (m <= (uint64_t)INT64_MAX) {
            return kr_int(neg ? -(int64_t)m : (int64_t)m);
        }
        if (neg && m == (uint64_t)1 << 63) {
            return kr_int(INT64_MIN);
        }
    }
    b->size = neg ? -(int64_t)n : (int64_t)n;
    return kr_obj(b);
}

// A Value from a magnitude (copied).
static Value mag_value(KrVm *vm, const uint32_t *d, size_t n, bool neg) {
    n = kr_bigint_norm(d, n);
    if (n <= 2) {
        uint64_t m = n == 0 ? 0 : n == 1 ? d[0] : (d[0] | (uint64_t)d[1] << 32);
        if (m <= (uint64_t)INT64_MAX) {
            return kr_int(neg ? -(int64_t)m : (int64_t)m);
        }
        if (neg && m == (uint64_t)1 << 63) {
            return kr_int(INT64_MIN);
        }
    }
    BigInt *b = bi_new(vm, n);
    if (!b) {
        return VAL_EXC;
    }
    memcpy(b->d, d, n * sizeof(uint32_t));
    b->size = neg ? -(int64_t)n : (int64_t)n;
    return kr_obj(b);
}

// A read-only view of any int/bool as sign + magnitude. Do not copy it (d may point at buf).
typedef struct IV {
    const uint32_t *d;
    size_t n;
    bool neg;
    uint32_t buf[2];
} IV;

static void iv_set(IV *x, Value v) {
    if (IS_OBJ(v)) {
        BigInt *b = kr_as_bigint(v);
        x->d = b->d;
        x->neg = b->size < 0;
        x->n = (size_t)(b->size < 0 ? -b->size : b->size);
        return;
    }
    int64_t i = AS_INT(v); // V_INT and V_BOOL share the payload
    uint64_t m = i < 0 ? (uint64_t)0 - (uint64_t)i : (uint64_t)i;
    x->buf[0] = (uint32_t)m;
    x->buf[1] = (uint32_t)(m >> 32);
    x->n = m == 0 ? 0 : (m >> 32) ? 2 : 1;
    x->neg = i < 0;
    x->d = x->buf;
}

static inline bool is_small(Value v) { return v.tag == V_INT || v.tag == V_BOOL; }

static Value int_from_mag_u64(uint64_t m, bool neg, KrVm *vm) {
    uint32_t d[2] = {(uint32_t)m, (uint32_t)(m >> 32)};
    return mag_value(vm, d, 2, neg);
}

Value kr_int_from_u64(KrVm *vm, uint64_t u) { return int_from_mag_u64(u, false, vm); }

Value kr_int_normalize(KrVm *vm, Value a) {
    if (IS_BOOL(a)) {
        return kr_int(AS_BOOL(a) ? 1 : 0);
    }
    return a;
}

int kr_int_sign(Value a) {
    if (IS_OBJ(a)) {
        return kr_as_bigint(a)->size < 0 ? -1 : 1;
    }
    return AS_INT(a) < 0 ? -1 : AS_INT(a) > 0;
}

// ----- Conversions -----

// Correctly rounded (half-even) conversion of a magnitude to double; inf when too large.
static double mag_to_double(const uint32_t *d, size_t n) {
    uint64_t bits = kr_bigint_bitlen(d, n);
    if (bits <= 64) {
        uint64_t m = n == 0 ? 0 : n == 1 ? d[0] : (d[0] | (uint64_t)d[1] << 32);
        return (double)m;
    }
    if (bits > 1025) {
        return HUGE_VAL;
    }
    // Take the top 55 bits plus a sticky bit, so the hardware conversion rounds correctly.
    uint64_t shift = bits - 55;
    uint64_t top = 0;
    for (int k = 0; k < 3; k++) { // bits shift .. shift+63 span at most 3 limbs
        uint64_t li = shift / 32 + (uint64_t)k;
        if (li < n) {
            int64_t off = (int64_t)li * 32 - (int64_t)shift;
            uint64_t v = d[li];
            top |= off >= 0 ? (off < 64 ? v << off : 0) : v >> (-off);
        }
    }
    top &= ((uint64_t)1 << 55) - 1;
    bool sticky = false;
    for (uint64_t i = 0; i < shift / 32 && !sticky; i++) {
        sticky = d[i] != 0;
    }
    if (!sticky && (shift % 32) && (d[shift / 32] & ((1u << (shift % 32)) - 1))) {
        sticky = true;
    }
    top |= sticky;
    return ldexp((double)top, (int)shift);
}

double kr_int_to_double(KrVm *vm, Value v, bool *overflow) {
    *overflow = false;
    if (is_small(v)) {
        return (double)AS_INT(v);
    }
    IV x;
    iv_set(&x, v);
    double r = mag_to_double(x.d, x.n);
    if (isinf(r)) {
        *overflow = true;
    }
    return x.neg ? -r : r;
}

int kr_int_to_int64(KrVm *vm, Value v, int64_t *out) {
    if (is_small(v)) {
        *out = AS_INT(v);
        return 0;
    }
    kr_raise(vm, EXC_OverflowError, "Python int too large to convert to C long");
    return -1;
}

Value kr_int_from_double(KrVm *vm, double d) {
    if (isinf(d)) {
        return kr_raise(vm, EXC_OverflowError, "cannot convert float infinity to integer");
    }
    if (isnan(d)) {
        return kr_raise(vm, EXC_ValueError, "cannot convert float NaN to integer");
    }
    d = trunc(d);
    if (d >= -9223372036854775808.0 && d < 9223372036854775808.0) {
        return kr_int((int64_t)d);
    }
    int e;
    double m = frexp(fabs(d), &e); // |d| = m * 2^e, e > 63
    uint64_t mant = (uint64_t)ldexp(m, 53);
    size_t shift = (size_t)e - 53;
    size_t n = shift / 32 + 3;
    BigInt *b = bi_new(vm, n);
    if (!b) {
        return VAL_EXC;
    }
    uint32_t lo[3] = {(uint32_t)mant, (uint32_t)(mant >> 32), 0};
    lo[2] = kr_bigint_shl(lo, lo, 2, (unsigned)(shift % 32));
    memcpy(b->d + shift / 32, lo, sizeof lo);
    return bi_done(b, n, d < 0);
}

// ----- Comparison and hashing -----

int kr_int_cmp(Value a, Value b) {
    if (is_small(a) && is_small(b)) {
        return AS_INT(a) < AS_INT(b) ? -1 : AS_INT(a) > AS_INT(b);
    }
    IV x, y;
    iv_set(&x, a);
    iv_set(&y, b);
    if (x.neg != y.neg) {
        return x.neg ? -1 : 1;
    }
    int c = kr_bigint_cmp(x.d, x.n, y.d, y.n);
    return x.neg ? -c : c;
}

int kr_int_float_cmp(Value i, double d) {
    if (isnan(d)) {
        return 2;
    }
    if (isinf(d)) {
        return d > 0 ? -1 : 1;
    }
    if (is_small(i)) {
        int64_t v = AS_INT(i);
        if (v >= -((int64_t)1 << 53) && v <= ((int64_t)1 << 53)) {
            double x = (double)v;
            return x < d ? -1 : x > d;
        }
        if (d >= 9223372036854775808.0) {
            return -1;
        }
        if (d < -9223372036854775808.0) {
            return 1;
        }
        double t = trunc(d);
        int64_t ti = (int64_t)t;
        if (v != ti) {
            return v < ti ? -1 : 1;
        }
        return t == d ? 0 : (d > t ? -1 : 1);
    }
    IV x;
    iv_set(&x, i);
    // |i| >= 2^63 here.
    if (d == 0 || (d < 0) != x.neg) {
        return x.neg ? -1 : 1;
    }
    int e;
    double m = frexp(fabs(d), &e);
    uint64_t nbits = kr_bigint_bitlen(x.d, x.n);
    int cm; // compare |i| with |d|
    if (e < 0 || nbits > (uint64_t)e) {
        cm = 1;
    } else if (nbits < (uint64_t)e) {
        cm = -1;
    } else {
        // Same bit length (>= 64): |d| = M * 2^(e-53) is an integer.
        uint64_t mant = (uint64_t)ldexp(m, 53);
        uint64_t shift = (uint64_t)e - 53;
        // top 53 bits of |i|
        uint64_t top = 0;
        for (int k = 0; k < 3; k++) {
            uint64_t li = shift / 32 + (uint64_t)k;
            if (li < x.n) {
                int64_t off = (int64_t)li * 32 - (int64_t)shift;
                uint64_t v = x.d[li];
                top |= off >= 0 ? (off < 64 ? v << off : 0) : v >> (-off);
            }
        }
        top &= ((uint64_t)1 << 53) - 1;
        top |= (uint64_t)1 << 52; // same bit length: the top bit is set in both
        if (top != mant) {
            cm = top < mant ? -1 : 1;
        } else {
            cm = 0;
            for (uint64_t li = 0; li < shift / 32 && !cm; li++) {
                cm = x.d[li] != 0;
            }
            if (!cm && (shift % 32) && (x.d[shift / 32] & ((1u << (shift % 32)) - 1))) {
                cm = 1;
            }
        }
    }
    return x.neg ? -cm : cm;
}

#define HASH_BITS 61
#define HASH_MOD (((uint64_t)1 << HASH_BITS) - 1)

int64_t kr_int_hash(Value a) {
    IV x;
    iv_set(&x, a);
    uint64_t h = 0;
    for (size_t i = x.n; i-- > 0;) {
        h = ((h << 32) & HASH_MOD) | (h >> (HASH_BITS - 32));
        h += x.d[i];
        if (h >= HASH_MOD) {
            h -= HASH_MOD;
        }
    }
    int64_t r = x.neg ? -(int64_t)h : (int64_t)h;
    return r == -1 ? -2 : r;
}

// ----- Arithmetic on views -----

static Value big_addsub(KrVm *vm, const IV *a, const IV *b, bool sub) {
    bool bneg = b->neg ^ sub;
    if (b->n == 0) {
        bneg = false;
    }
    const IV *x = a, *y = b;
    bool xneg = a->neg, yneg = bneg;
    if (a->n < b->n) {
        x = b;
        y = a;
        xneg = bneg;
        yneg = a->neg;
    }
    BigInt *r = bi_new(vm, x->n + 1);
    if (!r) {
        return VAL_EXC;
    }
    if (xneg == yneg) {
        kr_bigint_add(r->d, x->d, x->n, y->d, y->n);
        return bi_done(r, x->n + 1, xneg);
    }
    int c = kr_bigint_cmp(x->d, x->n, y->d, y->n);
    if (c == 0) {
        return kr_int(0);
    }
    if (c > 0) {
        kr_bigint_sub(r->d, x->d, x->n, y->d, y->n);
        return bi_done(r, x->n, xneg);
    }
    kr_bigint_sub(r->d, y->d, y->n, x->d, x->n);
    return bi_done(r, y->n, yneg);
}

static Value big_mul(KrVm *vm, const IV *a, const IV *b) {
    if (a->n == 0 || b->n == 0) {
        return kr_int(0);
    }
    BigInt *r = bi_new(vm, a->n + b->n);
    if (!r) {
        return VAL_EXC;
    }
    if (kr_bigint_mul(vm, r->d, a->d, a->n, b->d, b->n) < 0) {
        return VAL_EXC;
    }
    return bi_done(r, a->n + b->n, a->neg != b->neg);
}

// Floor division and modulo with Python's signs. qv / rv may be NULL. b must be non-zero.
static int big_divmod(KrVm *vm, const IV *a, const IV *b, Value *qv, Value *rv) {
    size_t qn = a->n >= b->n ? a->n - b->n + 1 : 0;
    BigInt *q = bi_new(vm, qn + 1);
    BigInt *r = q ? bi_new(vm, b->n) : NULL;
    if (!r) {
        return -1;
    }
    size_t rn = b->n;
    if (a->n < b->n) {
        memcpy(r->d, a->d, a->n * sizeof(uint32_t));
    } else if (kr_bigint_divmod(vm, q->d, r->d, a->d, a->n, b->d, b->n) < 0) {
        return -1;
    }
    rn = kr_bigint_norm(r->d, rn);
    bool qneg = a->neg != b->neg;
    if (qneg && rn > 0) {
        // floor: q += 1 (magnitude of a negative quotient), r = |b| - r
        for (size_t i = 0; i <= qn; i++) {
            if (++q->d[i] != 0) {
                break;
            }
        }
        kr_bigint_sub(r->d, b->d, b->n, r->d, rn);
        rn = b->n;
    }
    if (qv) {
        *qv = bi_done(q, qn + 1, qneg);
    }
    if (rv) {
        *rv = bi_done(r, rn, b->neg);
    }
    return 0;
}

static Value big_lshift(KrVm *vm, const IV *a, uint64_t n) {
    if (a->n == 0) {
        return kr_int(0);
    }
    uint64_t words = n / 32;
    size_t bytes;
    if (words > KR_BIGINT_MAX_LIMBS || !kr_mul_ok((size_t)words + a->n + 1, 4, &bytes) ||
        (vm->cfg.limits.max_memory && bytes > vm->cfg.limits.max_memory)) {
        return kr_raise_nomem(vm);
    }
    size_t rn = (size_t)words + a->n + 1;
    BigInt *r = bi_new(vm, rn);
    if (!r) {
        return VAL_EXC;
    }
    r->d[rn - 1] = kr_bigint_shl(r->d + words, a->d, a->n, (unsigned)(n % 32));
    return bi_done(r, rn, a->neg);
}

static Value big_rshift(KrVm *vm, const IV *a, uint64_t n) {
    uint64_t bits = kr_bigint_bitlen(a->d, a->n);
    if (n >= bits) {
        return kr_int(a->neg ? -1 : 0);
    }
    size_t words = (size_t)(n / 32);
    size_t rn = a->n - words;
    BigInt *r = bi_new(vm, rn + 1);
    if (!r) {
        return VAL_EXC;
    }
    uint32_t lost = kr_bigint_shr(r->d, a->d + words, rn, (unsigned)(n % 32));
    if (a->neg) {
        for (size_t i = 0; i < words && !lost; i++) {
            lost = a->d[i];
        }
        if (lost) { // round towards -inf: magnitude + 1
            for (size_t i = 0; i <= rn; i++) {
                if (++r->d[i] != 0) {
                    break;
                }
            }
        }
    }
    return bi_done(r, rn + 1, a->neg);
}

// Two's complement of a view into L limbs.
static void to_twos(uint32_t *t, const IV *a, size_t L) {
    memset(t, 0, L * sizeof(uint32_t));
    memcpy(t, a->d, a->n * sizeof(uint32_t));
    if (a->neg) {
        uint64_t c = 1;
        for (size_t i = 0; i < L; i++) {
            c += (uint32_t)~t[i];
            t[i] = (uint32_t)c;
            c >>= 32;
        }
    }
}

static Value big_bitop(KrVm *vm, int op, const IV *a, const IV *b) {
    size_t L = (a->n > b->n ? a->n : b->n) + 1;
    size_t bytes = 2 * L * sizeof(uint32_t);
    uint32_t *t = kr_mem_alloc(vm, bytes);
    if (!t) {
        return VAL_EXC;
    }
    BigInt *r = bi_new(vm, L);
    if (!r) {
        kr_mem_free(vm, t, bytes);
        return VAL_EXC;
    }
    uint32_t *x = t, *y = t + L;
    to_twos(x, a, L);
    to_twos(y, b, L);
    for (size_t i = 0; i < L; i++) {
        r->d[i] = op == BINOP_AND ? (x[i] & y[i]) : op == BINOP_OR ? (x[i] | y[i]) : (x[i] ^ y[i]);
    }
    kr_mem_free(vm, t, bytes);
    bool neg = r->d[L - 1] >> 31;
    if (neg) {
        uint64_t c = 1;
        for (size_t i = 0; i < L; i++) {
            c += (uint32_t)~r->d[i];
            r->d[i] = (uint32_t)c;
            c >>= 32;
        }
    }
    return bi_done(r, L, neg);
}

// ----- Power -----

// Owned scratch magnitude.
typedef struct Mag {
    uint32_t *d;
    size_t n, cap;
} Mag;

static int mag_init(KrVm *vm, Mag *m, size_t cap) {
    m->n = 0;
    m->cap = cap;
    m->d = kr_mem_alloc(vm, cap * sizeof(uint32_t));
    return m->d ? 0 : -1;
}

static void mag_free(KrVm *vm, Mag *m) {
    if (m->d) {
        kr_mem_free(vm, m->d, m->cap * sizeof(uint32_t));
        m->d = NULL;
    }
}

// r = a (mod m): r->cap >= mn. a normalized, m normalized (mn >= 1).
static int mag_mod(KrVm *vm, Mag *r, const uint32_t *a, size_t an, const uint32_t *m, size_t mn) {
    if (kr_bigint_cmp(a, an, m, mn) < 0) {
        memmove(r->d, a, an * sizeof(uint32_t));
        r->n = an;
        return 0;
    }
    if (kr_bigint_divmod(vm, NULL, r->d, a, an, m, mn) < 0) {
        return -1;
    }
    r->n = kr_bigint_norm(r->d, mn);
    return 0;
}

static bool iv_bit(const IV *e, uint64_t i) { return (e->d[i / 32] >> (i % 32)) & 1; }

// |a| ** e (e > 0, |a| >= 2), as a new Value with sign neg.
static Value pow_plain(KrVm *vm, const IV *a, const IV *e, bool neg) {
    uint64_t abits = kr_bigint_bitlen(a->d, a->n);
    uint64_t ev = e->n == 1 ? e->d[0] : (e->d[0] | (uint64_t)e->d[1] << 32);
    if (e->n > 2 || ev > ((uint64_t)1 << 40) / abits) {
        return kr_raise_nomem(vm);
    }
    uint64_t bits = abits * ev;
    if (vm->cfg.limits.max_memory && bits / 8 > vm->cfg.limits.max_memory) {
        return kr_raise_nomem(vm);
    }
    size_t cap = (size_t)(bits / 32) + 4;
    Mag r = {0}, t = {0};
    if (mag_init(vm, &r, cap) < 0 || mag_init(vm, &t, cap) < 0) {
        mag_free(vm, &r);
        return VAL_EXC;
    }
    r.d[0] = 1;
    r.n = 1;
    Value res = VAL_EXC;
    for (uint64_t i = kr_bigint_bitlen(e->d, e->n); i-- > 0;) {
        if (kr_bigint_mul(vm, t.d, r.d, r.n, r.d, r.n) < 0) {
            goto done;
        }
        t.n = kr_bigint_norm(t.d, 2 * r.n);
        Mag s = r;
        r = t;
        t = s;
        if (iv_bit(e, i)) {
            if (kr_bigint_mul(vm, t.d, r.d, r.n, a->d, a->n) < 0) {
                goto done;
            }
            t.n = kr_bigint_norm(t.d, r.n + a->n);
            s = r;
            r = t;
            t = s;
        }
    }
    res = mag_value(vm, r.d, r.n, neg);
done:
    mag_free(vm, &r);
    mag_free(vm, &t);
    return res;
}

// (base ** e) mod m with base, m magnitudes (m >= 2, base < m), e a view (non-negative).
static Value pow_mod_mag(KrVm *vm, const uint32_t *base, size_t bn, const IV *e, const uint32_t *m,
                         size_t mn, bool negout) {
    Mag r = {0}, p = {0};
    if (mag_init(vm, &r, mn + 1) < 0 || mag_init(vm, &p, 2 * mn + 2) < 0) {
        mag_free(vm, &r);
        return VAL_EXC;
    }
    r.d[0] = 1;
    r.n = 1;
    Value res = VAL_EXC;
    for (uint64_t i = kr_bigint_bitlen(e->d, e->n); i-- > 0;) {
        if (kr_bigint_mul(vm, p.d, r.d, r.n, r.d, r.n) < 0 ||
            mag_mod(vm, &r, p.d, kr_bigint_norm(p.d, 2 * r.n), m, mn) < 0) {
            goto done;
        }
        if (iv_bit(e, i)) {
            if (kr_bigint_mul(vm, p.d, r.d, r.n, base, bn) < 0 ||
                mag_mod(vm, &r, p.d, kr_bigint_norm(p.d, r.n + bn), m, mn) < 0) {
                goto done;
            }
        }
    }
    if (negout && r.n > 0) {
        // result - m, where m > result: -(m - result)
        kr_bigint_sub(p.d, m, mn, r.d, r.n);
        res = mag_value(vm, p.d, mn, true);
    } else {
        res = mag_value(vm, r.d, r.n, false);
    }
done:
    mag_free(vm, &r);
    mag_free(vm, &p);
    return res;
}

static Value int_binop2(KrVm *vm, int op, Value a, Value b);

// Modular inverse of a modulo m (m > 0), by the extended Euclidean algorithm.
static Value invmod(KrVm *vm, Value a, Value m) {
    Value b = m, x = kr_int(1), y = kr_int(0);
    a = int_binop2(vm, BINOP_MOD, a, m);
    while (!IS_EXC(a) && kr_int_sign(b) != 0) {
        Value q = VAL_EXC, r = VAL_EXC;
        IV ia, ib;
        iv_set(&ia, a);
        iv_set(&ib, b);
        if (big_divmod(vm, &ia, &ib, &q, &r) < 0) {
            return VAL_EXC;
        }
        Value qy = int_binop2(vm, BINOP_MUL, q, y);
        if (IS_EXC(qy)) {
            return VAL_EXC;
        }
        Value ny = int_binop2(vm, BINOP_SUB, x, qy);
        if (IS_EXC(ny)) {
            return VAL_EXC;
        }
        a = b;
        b = r;
        x = y;
        y = ny;
        if (kr_tick(vm, 1) < 0) {
            return VAL_EXC;
        }
    }
    if (IS_EXC(a)) {
        return VAL_EXC;
    }
    if (!(IS_INT(a) && AS_INT(a) == 1)) {
        return kr_raise(vm, EXC_ValueError, "base is not invertible for the given modulus");
    }
    return x;
}

Value kr_float_binop(KrVm *vm, int op, Value a, Value b);

Value kr_int_pow(KrVm *vm, Value a, Value b, Value mod) {
    a = kr_int_normalize(vm, a);
    b = kr_int_normalize(vm, b);
    if (IS_NONE(mod) || IS_UNDEF(mod)) {
        if (kr_int_sign(b) < 0) {
            return kr_float_binop(vm, BINOP_POW, a, b);
        }
        if (IS_INT(a) && IS_INT(b)) {
            // Small fast path: square-and-multiply with overflow checks.
            int64_t base = AS_INT(a), e = AS_INT(b), r = 1;
            bool ok = true;
            while (e > 0) {
                if (e & 1) {
                    ok = !__builtin_mul_overflow(r, base, &r);
                    if (!ok) {
                        break;
                    }
                }
                e >>= 1;
                if (e > 0 && __builtin_mul_overflow(base, base, &base)) {
                    ok = false;
                    break;
                }
            }
            if (ok) {
                return kr_int(r);
            }
        }
        IV x, e;
        iv_set(&x, a);
        iv_set(&e, b);
        if (e.n == 0) {
            return kr_int(1);
        }
        bool neg = x.neg && (e.d[0] & 1);
        if (x.n == 0) {
            return kr_int(0);
        }
        if (x.n == 1 && x.d[0] == 1) {
            return kr_int(neg ? -1 : 1);
        }
        return pow_plain(vm, &x, &e, neg);
    }
    mod = kr_int_normalize(vm, mod);
    if (kr_int_sign(mod) == 0) {
        return kr_raise(vm, EXC_ValueError, "pow() 3rd argument cannot be 0");
    }
    IV m;
    iv_set(&m, mod);
    bool negout = m.neg;
    if (m.n == 1 && m.d[0] == 1) {
        return kr_int(0);
    }
    Value absm = m.neg ? kr_int_neg(vm, mod) : mod;
    if (IS_EXC(absm)) {
        return VAL_EXC;
    }
    if (kr_int_sign(b) < 0) {
        a = invmod(vm, a, absm);
        if (IS_EXC(a)) {
            return VAL_EXC;
        }
        b = kr_int_neg(vm, b);
        if (IS_EXC(b)) {
            return VAL_EXC;
        }
    }
    Value base = int_binop2(vm, BINOP_MOD, a, absm); // non-negative, < |m|
    if (IS_EXC(base)) {
        return VAL_EXC;
    }
    IV ib, e, am;
    iv_set(&ib, base);
    iv_set(&e, b);
    iv_set(&am, absm);
    return pow_mod_mag(vm, ib.d, ib.n, &e, am.d, am.n, negout);
}

// ----- True division -----

#define DBL_MANT 53
#define DBL_MINEXP (-1021)
#define DBL_MAXEXP 1024

static Value int_truediv(KrVm *vm, Value av, Value bv) {
    IV a, b;
    iv_set(&a, av);
    iv_set(&b, bv);
    if (b.n == 0) {
        return kr_raise(vm, EXC_ZeroDivisionError, "division by zero");
    }
    bool neg = a.neg != b.neg;
    uint64_t abits = kr_bigint_bitlen(a.d, a.n), bbits = kr_bigint_bitlen(b.d, b.n);
    if (abits <= DBL_MANT && bbits <= DBL_MANT) {
        double x = (double)AS_INT(av), y = (double)AS_INT(bv);
        return kr_float(x / y);
    }
    if (a.n == 0) {
        return kr_float(neg ? -0.0 : 0.0);
    }
    int64_t diff = (int64_t)abits - (int64_t)bbits;
    if (diff > DBL_MAXEXP) {
        return kr_raise(vm, EXC_OverflowError, "integer division result too large for a float");
    }
    if (diff < DBL_MINEXP - DBL_MANT - 1) {
        return kr_float(neg ? -0.0 : 0.0);
    }
    int64_t shift = (diff > DBL_MINEXP ? diff : DBL_MINEXP) - DBL_MANT - 2;
    bool inexact = false;
    // x = |a| * 2^-shift
    size_t xn;
    Mag x = {0};
    if (shift <= 0) {
        size_t words = (size_t)(-shift) / 32;
        xn = a.n + words + 1;
        if (mag_init(vm, &x, xn) < 0) {
            return VAL_EXC;
        }
        memset(x.d, 0, xn * sizeof(uint32_t));
        x.d[xn - 1] = kr_bigint_shl(x.d + words, a.d, a.n, (unsigned)((-shift) % 32));
    } else {
        size_t words = (size_t)shift / 32;
        xn = a.n - words;
        if (mag_init(vm, &x, xn) < 0) {
            return VAL_EXC;
        }
        uint32_t lost = kr_bigint_shr(x.d, a.d + words, xn, (unsigned)(shift % 32));
        for (size_t i = 0; i < words && !lost; i++) {
            lost = a.d[i];
        }
        inexact = lost != 0;
    }
    xn = kr_bigint_norm(x.d, xn);
    uint64_t q = 0;
    if (xn >= b.n) {
        Mag qm = {0}, rm = {0};
        if (mag_init(vm, &qm, xn - b.n + 1) < 0 || mag_init(vm, &rm, b.n) < 0) {
            mag_free(vm, &qm);
            mag_free(vm, &x);
            return VAL_EXC;
        }
        if (kr_bigint_divmod(vm, qm.d, rm.d, x.d, xn, b.d, b.n) < 0) {
            mag_free(vm, &qm);
            mag_free(vm, &rm);
            mag_free(vm, &x);
            return VAL_EXC;
        }
        size_t qn = kr_bigint_norm(qm.d, xn - b.n + 1);
        q = qn == 0 ? 0 : qn == 1 ? qm.d[0] : (qm.d[0] | (uint64_t)qm.d[1] << 32);
        if (kr_bigint_norm(rm.d, b.n) != 0) {
            inexact = true;
        }
        mag_free(vm, &qm);
        mag_free(vm, &rm);
    } else {
        inexact = inexact || xn != 0;
    }
    mag_free(vm, &x);
    int64_t qbits = q ? 64 - __builtin_clzll(q) : 0;
    int64_t extra = (qbits > DBL_MINEXP - shift ? qbits : DBL_MINEXP - shift) - DBL_MANT;
    uint64_t mask = (uint64_t)1 << (extra - 1);
    uint64_t low = q | inexact;
    if ((low & mask) && (low & (3 * mask - 1))) {
        low += mask;
    }
    q = low & ~(2 * mask - 1);
    double dx = (double)q;
    if (shift + qbits >= DBL_MAXEXP &&
        (shift + qbits > DBL_MAXEXP || dx == ldexp(1.0, (int)qbits))) {
        return kr_raise(vm, EXC_OverflowError, "integer division result too large for a float");
    }
    double r = ldexp(dx, (int)shift);
    return kr_float(neg ? -r : r);
}

// ----- Binary operators -----

static Value int_binop2(KrVm *vm, int op, Value a, Value b) {
    if (is_small(a) && is_small(b)) {
        int64_t x = AS_INT(a), y = AS_INT(b), r;
        switch (op) {
        case BINOP_ADD:
            if (!__builtin_add_overflow(x, y, &r)) {
                return kr_int(r);
            }
            break;
        case BINOP_SUB:
            if (!__builtin_sub_overflow(x, y, &r)) {
                return kr_int(r);
            }
            break;
        case BINOP_MUL:
            if (!__builtin_mul_overflow(x, y, &r)) {
                return kr_int(r);
            }
            break;
        case BINOP_FLOORDIV:
        case BINOP_MOD:
            if (y == 0) {
                return kr_raise(vm, EXC_ZeroDivisionError,
                                op == BINOP_MOD ? "integer modulo by zero"
                                                : "integer division or modulo by zero");
            }
            if (!(x == INT64_MIN && y == -1)) {
                int64_t q = x / y, m = x % y;
                if (m != 0 && ((m < 0) != (y < 0))) {
                    q--;
                    m += y;
                }
                return kr_int(op == BINOP_MOD ? m : q);
            }
            if (op == BINOP_MOD) {
                return kr_int(0);
            }
            break;
        case BINOP_LSHIFT:
            if (y < 0) {
                return kr_raise(vm, EXC_ValueError, "negative shift count");
            }
            if (x == 0) {
                return kr_int(0);
            }
            if (y < 63) {
                int64_t s = (int64_t)((uint64_t)x << y);
                if ((s >> y) == x) {
                    return kr_int(s);
                }
            }
            break;
        case BINOP_RSHIFT:
            if (y < 0) {
                return kr_raise(vm, EXC_ValueError, "negative shift count");
            }
            return kr_int(y >= 64 ? (x < 0 ? -1 : 0) : (x >> y));
        case BINOP_AND:
            return kr_int(x & y);
        case BINOP_OR:
            return kr_int(x | y);
        case BINOP_XOR:
            return kr_int(x ^ y);
        default:
            break;
        }
    }
    IV x, y;
    iv_set(&x, a);
    iv_set(&y, b);
    switch (op) {
    case BINOP_ADD:
        return big_addsub(vm, &x, &y, false);
    case BINOP_SUB:
        return big_addsub(vm, &x, &y, true);
    case BINOP_MUL:
        return big_mul(vm, &x, &y);
    case BINOP_FLOORDIV:
    case BINOP_MOD: {
        if (y.n == 0) {
            return kr_raise(vm, EXC_ZeroDivisionError,
                            op == BINOP_MOD ? "integer modulo by zero"
                                            : "integer division or modulo by zero");
        }
        Value r = VAL_EXC;
        if (big_divmod(vm, &x, &y, op == BINOP_FLOORDIV ? &r : NULL, op == BINOP_MOD ? &r : NULL) <
            0) {
            return VAL_EXC;
        }
        return r;
    }
    case BINOP_LSHIFT:
    case BINOP_RSHIFT: {
        if (y.neg) {
            return kr_raise(vm, EXC_ValueError, "negative shift count");
        }
        uint64_t n = 0;
        if (y.n > 2) {
            n = UINT64_MAX;
        } else {
            n = y.n == 0 ? 0 : y.n == 1 ? y.d[0] : (y.d[0] | (uint64_t)y.d[1] << 32);
        }
        if (op == BINOP_RSHIFT) {
            return big_rshift(vm, &x, n);
        }
        if (n > (uint64_t)INT64_MAX && x.n != 0) {
            // CPython: a shift count beyond Py_ssize_t cannot even be sized.
            return kr_raise(vm, EXC_OverflowError, "too many digits in integer");
        }
        return big_lshift(vm, &x, n);
    }
    case BINOP_AND:
    case BINOP_OR:
    case BINOP_XOR:
        return big_bitop(vm, op, &x, &y);
    case BINOP_POW:
        return kr_int_pow(vm, a, b, VAL_NONE);
    case BINOP_TRUEDIV:
        return int_truediv(vm, a, b);
    default:
        return vm->notimpl;
    }
}

Value kr_int_binop(KrVm *vm, int op, Value a, Value b) {
    if (op >= BINOP_INPLACE) {
        op -= BINOP_INPLACE;
    }
    if (IS_BOOL(a) && IS_BOOL(b)) {
        if (op == BINOP_AND) {
            return kr_bool(AS_BOOL(a) & AS_BOOL(b));
        }
        if (op == BINOP_OR) {
            return kr_bool(AS_BOOL(a) | AS_BOOL(b));
        }
        if (op == BINOP_XOR) {
            return kr_bool(AS_BOOL(a) ^ AS_BOOL(b));
        }
    }
    if (op == BINOP_TRUEDIV) {
        return int_truediv(vm, a, b);
    }
    if (op == BINOP_POW) {
        return kr_int_pow(vm, a, b, VAL_NONE);
    }
    return int_binop2(vm, op, a, b);
}

Value kr_int_divmod(KrVm *vm, Value a, Value b) {
    Value q, r;
    if (is_small(a) && is_small(b) && !(AS_INT(a) == INT64_MIN && AS_INT(b) == -1)) {
        if (AS_INT(b) == 0) {
            return kr_raise(vm, EXC_ZeroDivisionError, "integer division or modulo by zero");
        }
        q = int_binop2(vm, BINOP_FLOORDIV, a, b);
        r = int_binop2(vm, BINOP_MOD, a, b);
    } else {
        IV x, y;
        iv_set(&x, a);
        iv_set(&y, b);
        if (y.n == 0) {
            return kr_raise(vm, EXC_ZeroDivisionError, "integer division or modulo by zero");
        }
        if (big_divmod(vm, &x, &y, &q, &r) < 0) {
            return VAL_EXC;
        }
    }
    return kr_tuple_pack(vm, 2, q, r);
}

Value kr_int_neg(KrVm *vm, Value a) {
    if (is_small(a)) {
        if (AS_INT(a) != INT64_MIN) {
            return kr_int(-AS_INT(a));
        }
        return kr_int_from_u64(vm, (uint64_t)1 << 63);
    }
    IV x;
    iv_set(&x, a);
    return mag_value(vm, x.d, x.n, !x.neg);
}

Value kr_int_abs(KrVm *vm, Value a) {
    if (kr_int_sign(a) < 0) {
        return kr_int_neg(vm, a);
    }
    return kr_int_normalize(vm, a);
}

Value kr_int_invert(KrVm *vm, Value a) {
    if (is_small(a)) {
        return kr_int(~AS_INT(a));
    }
    // ~a == -(a + 1)
    IV x, one;
    iv_set(&x, a);
    iv_set(&one, kr_int(1));
    Value s = big_addsub(vm, &x, &one, false);
    if (IS_EXC(s)) {
        return VAL_EXC;
    }
    return kr_int_neg(vm, s);
}

// ----- int <-> str -----

static Value digits_error(KrVm *vm) {
    return kr_raise(vm, EXC_ValueError,
                    "Exceeds the limit (%d digits) for integer string conversion; use "
                    "sys.set_int_max_str_digits() to increase the limit",
                    vm->cfg.limits.max_int_digits);
}

size_t kr_u64_digits(uint64_t u, char buf[KR_I64_DIGITS]) {
    size_t n = 0;
    do {
        buf[KR_I64_DIGITS - 1 - n++] = (char)('0' + u % 10);
        u /= 10;
    } while (u);
    return n;
}

Value kr_int_repr(KrVm *vm, Value a) {
    if (is_small(a)) {
        // Digits straight into the string (snprintf costs ~700 instructions here).
        char buf[KR_I64_DIGITS];
        int64_t x = AS_INT(a);
        size_t n = kr_u64_digits((uint64_t)(x < 0 ? (uint64_t)0 - (uint64_t)x : (uint64_t)x), buf);
        Str *s = kr_str_alloc(vm, (int64_t)n + (x < 0), (int64_t)n + (x < 0));
        if (!s) {
            return VAL_EXC;
        }
        s->data[0] = '-';
        memcpy(s->data + (x < 0), buf + sizeof buf - n, n);
        return kr_obj(s);
    }
    IV x;
    iv_set(&x, a);
    int limit = vm->cfg.limits.max_int_digits;
    uint64_t bits = kr_bigint_bitlen(x.d, x.n);
    // A lower bound of the digit count: floor((bits - 1) * log10(2)) + 1.
    if (limit > 0 && (double)(bits - 1) * 0.30102999566398 + 1 > (double)limit + 1) {
        return digits_error(vm);
    }
    // Base 10^9 conversion (CPython's algorithm): quadratic, fine under the digit limit.
    size_t cap = x.n + x.n / 9 + 2;
    size_t bytes = cap * sizeof(uint32_t);
    uint32_t *p = kr_mem_alloc(vm, bytes);
    if (!p) {
        return VAL_EXC;
    }
    size_t pn = 0;
    for (size_t i = x.n; i-- > 0;) {
        uint32_t hi = x.d[i];
        for (size_t j = 0; j < pn; j++) {
            uint64_t z = ((uint64_t)p[j] << 32) | hi;
            hi = (uint32_t)(z / 1000000000u);
            p[j] = (uint32_t)(z - (uint64_t)hi * 1000000000u);
        }
        while (hi) {
            p[pn++] = hi % 1000000000u;
            hi /= 1000000000u;
        }
        if (kr_tick(vm, (int64_t)pn / 16 + 1) < 0) {
            kr_mem_free(vm, p, bytes);
            return VAL_EXC;
        }
    }
    // Count digits.
    size_t ndig = (pn - 1) * 9;
    for (uint32_t t = p[pn - 1]; t; t /= 10) {
        ndig++;
    }
    if (limit > 0 && ndig > (size_t)limit) {
        kr_mem_free(vm, p, bytes);
        return digits_error(vm);
    }
    Str *s = kr_str_alloc(vm, (int64_t)(ndig + x.neg), (int64_t)(ndig + x.neg));
    if (!s) {
        kr_mem_free(vm, p, bytes);
        return VAL_EXC;
    }
    char *out = s->data;
    if (x.neg) {
        *out++ = '-';
    }
    char *w = s->data + ndig + x.neg;
    for (size_t j = 0; j < pn; j++) {
        uint32_t t = p[j];
        for (int k = 0; k < 9; k++) {
            if (j == pn - 1 && t == 0) {
                break;
            }
            *--w = (char)('0' + t % 10);
            t /= 10;
        }
    }
    kr_mem_free(vm, p, bytes);
    return kr_obj(s);
}

Value kr_int_to_base(KrVm *vm, Value a, int base, bool prefix) {
    if (base == 10) {
        return kr_int_repr(vm, kr_int_normalize(vm, a));
    }
    unsigned bpd = base == 2 ? 1 : base == 8 ? 3 : 4;
    IV x;
    iv_set(&x, a);
    uint64_t bits = kr_bigint_bitlen(x.d, x.n);
    uint64_t nd = bits == 0 ? 1 : (bits + bpd - 1) / bpd;
    size_t total = (size_t)nd + x.neg + (prefix ? 2 : 0);
    if (vm->cfg.limits.max_memory && total > vm->cfg.limits.max_memory) {
        return kr_raise_nomem(vm);
    }
    Str *s = kr_str_alloc(vm, (int64_t)total, (int64_t)total);
    if (!s) {
        return VAL_EXC;
    }
    char *o = s->data;
    if (x.neg) {
        *o++ = '-';
    }
    if (prefix) {
        *o++ = '0';
        *o++ = base == 2 ? 'b' : base == 8 ? 'o' : 'x';
    }
    static const char hex[] = "0123456789abcdef";
    for (uint64_t i = 0; i < nd; i++) {
        uint64_t bit = i * bpd; // lowest bit of this digit
        uint32_t v = 0;
        for (unsigned k = 0; k < bpd; k++) {
            uint64_t bb = bit + k;
            if (bb / 32 < x.n && ((x.d[bb / 32] >> (bb % 32)) & 1)) {
                v |= 1u << k;
            }
        }
        o[nd - 1 - i] = hex[v];
    }
    if (kr_tick(vm, (int64_t)(nd / 64)) < 0) {
        return VAL_EXC;
    }
    return kr_obj(s);
}

static bool ascii_space(unsigned char c) { return c == ' ' || (c >= 9 && c <= 13); }

char *kr_numstr_ascii(KrVm *vm, const char *s, size_t len, size_t *outlen) {
    char *buf = kr_mem_alloc(vm, len + 1);
    if (!buf) {
        return NULL;
    }
    size_t n = 0, i = 0;
    while (i < len) {
        unsigned char c = (unsigned char)s[i];
        if (c < 128) {
            buf[n++] = (char)c;
            i++;
            continue;
        }
        size_t adv = 1;
        uint32_t cp = kr_utf8_decode(s + i, &adv);
        i += adv ? adv : 1;
        int dv;
        if (kr_uni_isspace(cp)) {
            buf[n++] = ' ';
        } else if ((dv = kr_uni_decimal(cp)) >= 0) {
            buf[n++] = (char)('0' + dv);
        } else {
            buf[n++] = '?'; // makes the literal invalid, as CPython does
            break;
        }
    }
    buf[n] = '\0';
    *outlen = n;
    return buf;
}

static int digit_val(unsigned char c) {
    if (c >= '0' && c <= '9') {
        return c - '0';
    }
    if (c >= 'a' && c <= 'z') {
        return c - 'a' + 10;
    }
    if (c >= 'A' && c <= 'Z') {
        return c - 'A' + 10;
    }
    return 99;
}

static Value invalid_literal(KrVm *vm, int base, const char *s, size_t len, Value orig) {
    if (IS_UNDEF(orig)) {
        orig = kr_str_new(vm, s, len);
        if (IS_EXC(orig)) {
            return VAL_EXC;
        }
    }
    Value r = kr_repr(vm, orig);
    if (IS_EXC(r)) {
        return VAL_EXC;
    }
    Str *rs = AS_STR(r);
    if (rs->nchars > 200) { // CPython formats with %.200R
        size_t off = 0;
        for (int k = 0; k < 200; k++) {
            size_t adv;
            kr_utf8_decode(rs->data + off, &adv);
            off += adv;
        }
        r = kr_str_new(vm, rs->data, off);
        if (IS_EXC(r)) {
            return VAL_EXC;
        }
    }
    return kr_raise(vm, EXC_ValueError, "invalid literal for int() with base %d: %U", base, r);
}

// int(s, base) parsing; [orig] is the object for the error message (VAL_UNDEF: s as a str).
static Value parse_int(KrVm *vm, const char *s0, size_t len, int base, Value orig) {
    if (base != 0 && (base < 2 || base > 36)) {
        return kr_raise(vm, EXC_ValueError, "int() base must be >= 2 and <= 36, or 0");
    }
    int obase = base;
    const unsigned char *p = (const unsigned char *)s0, *e = p + len;
    while (p < e && ascii_space(*p)) {
        p++;
    }
    while (e > p && ascii_space(e[-1])) {
        e--;
    }
    bool neg = false;
    if (p < e && (*p == '+' || *p == '-')) {
        neg = *p == '-';
        p++;
    }
    bool prefixed = false, zero_lead = false;
    if (e - p >= 2 && p[0] == '0') {
        int c = p[1] | 0x20;
        int pb = c == 'x' ? 16 : c == 'o' ? 8 : c == 'b' ? 2 : 0;
        if (pb && (base == 0 || base == pb)) {
            base = pb;
            p += 2;
            prefixed = true;
        }
    }
    if (base == 0) {
        base = 10;
        zero_lead = p < e && p[0] == '0';
    }
    if (prefixed && p < e && *p == '_') {
        p++;
    }
    // Validate, count digits.
    size_t ndig = 0;
    bool prev_digit = false;
    for (const unsigned char *q = p; q < e; q++) {
        if (*q == '_') {
            if (!prev_digit || q + 1 >= e || q[1] == '_') {
                return invalid_literal(vm, obase, s0, len, orig);
            }
            prev_digit = false;
            continue;
        }
        if (digit_val(*q) >= base) {
            return invalid_literal(vm, obase, s0, len, orig);
        }
        if (zero_lead && *q != '0') {
            return invalid_literal(vm, obase, s0, len, orig);
        }
        prev_digit = true;
        ndig++;
    }
    if (ndig == 0) {
        return invalid_literal(vm, obase, s0, len, orig);
    }
    if (kr_tick(vm, (int64_t)(ndig / 64)) < 0) {
        return VAL_EXC;
    }
    // Fast path: fits easily in int64.
    if (ndig <= 18 && base <= 10) {
        int64_t v = 0;
        for (const unsigned char *q = p; q < e; q++) {
            if (*q != '_') {
                v = v * base + digit_val(*q);
            }
        }
        return kr_int(neg ? -v : v);
    }
    bool pow2 = (base & (base - 1)) == 0;
    int limit = vm->cfg.limits.max_int_digits;
    if (!pow2 && limit > 0 && ndig > (size_t)limit) {
        return kr_raise(vm, EXC_ValueError,
                        "Exceeds the limit (%d digits) for integer string conversion: value has "
                        "%zd digits; use sys.set_int_max_str_digits() to increase the limit",
                        limit, (ptrdiff_t)ndig);
    }
    double bits_per = log2((double)base);
    double nbits = (double)ndig * bits_per;
    if (vm->cfg.limits.max_memory && nbits / 8 > (double)vm->cfg.limits.max_memory) {
        return kr_raise_nomem(vm);
    }
    size_t n = (size_t)(nbits / 32) + 2;
    BigInt *b = bi_new(vm, n);
    if (!b) {
        return VAL_EXC;
    }
    if (pow2) {
        unsigned bpd = (unsigned)bits_per;
        uint64_t bit = 0;
        for (const unsigned char *q = e; q-- > p;) {
            if (*q == '_') {
                continue;
            }
            uint64_t v = (uint64_t)digit_val(*q);
            b->d[bit / 32] |= (uint32_t)(v << (bit % 32));
            if (bit % 32 + bpd > 32) {
                b->d[bit / 32 + 1] |= (uint32_t)(v >> (32 - bit % 32));
            }
            bit += bpd;
        }
        return bi_done(b, n, neg);
    }
    // Multiply-add in chunks of the largest power of base that fits in a limb.
    uint32_t big = (uint32_t)base;
    int per = 1;
    while ((uint64_t)big * (uint64_t)base <= 0xFFFFFFFFull) {
        big *= (uint32_t)base;
        per++;
    }
    size_t cur = 0;
    uint32_t acc = 0, mult = 1;
    int cnt = 0;
    for (const unsigned char *q = p; q <= e; q++) {
        if (q < e) {
            if (*q == '_') {
                continue;
            }
            acc = acc * (uint32_t)base + (uint32_t)digit_val(*q);
            mult *= (uint32_t)base;
            if (++cnt < per) {
                continue;
            }
        } else if (cnt == 0) {
            break;
        }
        uint32_t c = kr_bigint_mul1(b->d, b->d, cur, mult, acc);
        if (c) {
            b->d[cur++] = c;
        }
        acc = 0;
        mult = 1;
        cnt = 0;
        if (kr_tick(vm, (int64_t)cur / 16) < 0) {
            return VAL_EXC;
        }
    }
    return bi_done(b, n, neg);
}

static bool has_nonascii(const char *s, size_t len) {
    for (size_t i = 0; i < len; i++) {
        if ((unsigned char)s[i] >= 128) {
            return true;
        }
    }
    return false;
}

// int(str, base): non-ASCII decimal digits and spaces are mapped to ASCII first.
static Value parse_int_str(KrVm *vm, const char *s, size_t len, int base, Value orig) {
    if (!has_nonascii(s, len)) {
        return parse_int(vm, s, len, base, orig);
    }
    if (IS_UNDEF(orig)) {
        orig = kr_str_new(vm, s, len);
        if (IS_EXC(orig)) {
            return VAL_EXC;
        }
    }
    size_t n;
    char *buf = kr_numstr_ascii(vm, s, len, &n);
    if (!buf) {
        return VAL_EXC;
    }
    Value r = parse_int(vm, buf, n, base, orig);
    kr_mem_free(vm, buf, len + 1);
    return r;
}

Value kr_int_from_str(KrVm *vm, const char *s, size_t len, int base) {
    return parse_int_str(vm, s, len, base, VAL_UNDEF);
}

// ----- round(int, n) -----

Value kr_int_round(KrVm *vm, Value v, Value ndigits) {
    v = kr_int_normalize(vm, v);
    if (IS_NONE(ndigits) || IS_UNDEF(ndigits)) {
        return v;
    }
    if (!kr_is_intlike(ndigits)) {
        int64_t tmp;
        if (kr_index(vm, ndigits, &tmp) < 0) {
            return VAL_EXC;
        }
        ndigits = kr_int(tmp);
    }
    if (kr_int_sign(ndigits) >= 0) {
        return v;
    }
    // |v| < 10**(digits(v)) <= 10**(-ndigits - 1) rounds to 0.
    IV x;
    iv_set(&x, v);
    uint64_t maxdig = (uint64_t)((double)kr_bigint_bitlen(x.d, x.n) * 0.30103) + 2;
    if (!is_small(ndigits) || (uint64_t)(-AS_INT(ndigits)) > maxdig) {
        return kr_int(0);
    }
    Value p = kr_int_pow(vm, kr_int(10), kr_int(-AS_INT(ndigits)), VAL_NONE);
    if (IS_EXC(p)) {
        return VAL_EXC;
    }
    // CPython's _PyLong_DivmodNear: q, r = divmod(v, p); round half to even.
    Value q, r;
    IV a, b;
    iv_set(&a, v);
    iv_set(&b, p);
    if (big_divmod(vm, &a, &b, &q, &r) < 0) {
        return VAL_EXC;
    }
    Value twice = int_binop2(vm, BINOP_MUL, r, kr_int(2));
    if (IS_EXC(twice)) {
        return VAL_EXC;
    }
    int c = kr_int_cmp(twice, p);
    bool qodd = (is_small(q) ? (AS_INT(q) & 1) : (kr_as_bigint(q)->d[0] & 1)) != 0;
    if (c > 0 || (c == 0 && qodd)) {
        q = int_binop2(vm, BINOP_ADD, q, kr_int(1));
        if (IS_EXC(q)) {
            return VAL_EXC;
        }
    }
    return int_binop2(vm, BINOP_MUL, q, p);
}

// ----- The int type -----

static Value int_repr_slot(KrVm *vm, Value self) { return kr_int_repr(vm, self); }

static int int_hash_slot(KrVm *vm, Value self, int64_t *out) {
    *out = kr_int_hash(self);
    return 0;
}

static Value cmp_result(int c, CmpOp op) {
    switch (op) {
    case CMP_LT:
        return kr_bool(c < 0);
    case CMP_LE:
        return kr_bool(c <= 0);
    case CMP_EQ:
        return kr_bool(c == 0);
    case CMP_NE:
        return kr_bool(c != 0);
    case CMP_GT:
        return kr_bool(c > 0);
    default:
        return kr_bool(c >= 0);
    }
}

static Value int_richcmp(KrVm *vm, Value a, Value b, CmpOp op) {
    if (kr_is_intlike(a) && kr_is_intlike(b)) {
        return cmp_result(kr_int_cmp(a, b), op);
    }
    if (kr_is_intlike(a) && IS_FLOAT(b)) {
        int c = kr_int_float_cmp(a, AS_FLOAT(b));
        return c == 2 ? kr_bool(op == CMP_NE) : cmp_result(c, op);
    }
    if (IS_FLOAT(a) && kr_is_intlike(b)) {
        int c = kr_int_float_cmp(b, AS_FLOAT(a));
        return c == 2 ? kr_bool(op == CMP_NE) : cmp_result(-c, op);
    }
    return vm->notimpl;
}

static int int_truthy(KrVm *vm, Value self) { return kr_int_sign(self) != 0; }

static Value lookup_special(KrVm *vm, Value x, const char *name) {
    TypeObj *cls = kr_class_of(vm, x);
    if (!cls) {
        return VAL_UNDEF;
    }
    Value n = kr_str_intern(vm, name, strlen(name));
    if (IS_EXC(n)) {
        return VAL_EXC;
    }
    return kr_class_getattr(vm, cls, n);
}

// int(x) for an object without a known numeric type: __int__, __index__, __trunc__.
static Value int_from_object(KrVm *vm, Value x) {
    static const char *const names[] = {"__int__", "__index__", "__trunc__"};
    for (size_t i = 0; i < KR_ARRAY_LEN(names); i++) {
        Value f = lookup_special(vm, x, names[i]);
        if (IS_EXC(f)) {
            return VAL_EXC;
        }
        if (IS_UNDEF(f)) {
            continue;
        }
        Value r = kr_call(vm, f, 1, &x, VAL_UNDEF);
        if (IS_EXC(r)) {
            return VAL_EXC;
        }
        if (kr_is_intlike(r)) {
            return kr_int_normalize(vm, r);
        }
        if (i == 2) {
            return int_from_object(vm, r);
        }
        return kr_raise(vm, EXC_TypeError, "%s returned non-int (type %T)", names[i], r);
    }
    return kr_raise(vm, EXC_TypeError,
                    "int() argument must be a string, a bytes-like object or a real number, not "
                    "'%T'",
                    x);
}

static Value int_ctor(KrVm *vm, int argc, const Value *argv, Value kw) {
    static const char *const names[] = {"", "base"};
    Value a[2];
    if (kr_args_bind(vm, "int", argc, argv, kw, names, 2, 1, 2, 0, a) < 0) {
        return VAL_EXC;
    }
    Value x = a[0], bv = a[1];
    if (IS_UNDEF(x)) {
        if (!IS_UNDEF(bv)) {
            return kr_raise(vm, EXC_TypeError, "int() missing string argument");
        }
        return kr_int(0);
    }
    if (IS_UNDEF(bv)) {
        if (kr_is_intlike(x)) {
            return kr_int_normalize(vm, x);
        }
        if (IS_FLOAT(x)) {
            return kr_int_from_double(vm, AS_FLOAT(x));
        }
        if (IS_STR(x)) {
            return parse_int_str(vm, AS_STR(x)->data, (size_t)AS_STR(x)->len, 10, x);
        }
        if (IS_BYTES(x)) {
            return parse_int(vm, (const char *)AS_BYTES(x)->data, (size_t)AS_BYTES(x)->len, 10, x);
        }
        return int_from_object(vm, x);
    }
    int64_t base;
    if (kr_arg_index(vm, bv, &base) < 0) {
        if (kr_exc_pending_is(vm, EXC_OverflowError)) {
            kr_exc_take(vm);
            return kr_raise(vm, EXC_ValueError, "int() base must be >= 2 and <= 36, or 0");
        }
        return VAL_EXC;
    }
    if (base != 0 && (base < 2 || base > 36)) {
        return kr_raise(vm, EXC_ValueError, "int() base must be >= 2 and <= 36, or 0");
    }
    if (IS_STR(x)) {
        return parse_int_str(vm, AS_STR(x)->data, (size_t)AS_STR(x)->len, (int)base, x);
    }
    if (IS_BYTES(x)) {
        return parse_int(vm, (const char *)AS_BYTES(x)->data, (size_t)AS_BYTES(x)->len, (int)base,
                         x);
    }
    return kr_raise(vm, EXC_TypeError, "int() can't convert non-string with explicit base");
}

static Value int_bit_length(KrVm *vm, int argc, const Value *argv, Value kw) {
    IV x;
    iv_set(&x, argv[0]);
    return kr_int((int64_t)kr_bigint_bitlen(x.d, x.n));
}

static Value int_bit_count(KrVm *vm, int argc, const Value *argv, Value kw) {
    IV x;
    iv_set(&x, argv[0]);
    int64_t c = 0;
    for (size_t i = 0; i < x.n; i++) {
        c += __builtin_popcount(x.d[i]);
    }
    return kr_int(c);
}

static Value int_conjugate(KrVm *vm, int argc, const Value *argv, Value kw) {
    return kr_int_normalize(vm, argv[0]);
}

// __int__ / __index__ / __trunc__ / __floor__ / __ceil__ / __pos__-like: the int itself (a
// bool becomes a plain int).
static Value int_int(KrVm *vm, int argc, const Value *argv, Value kw) {
    return kr_int_normalize(vm, argv[0]);
}

static Value int_float(KrVm *vm, int argc, const Value *argv, Value kw) {
    bool overflow = false;
    double d = kr_int_to_double(vm, argv[0], &overflow);
    if (overflow) {
        return kr_raise(vm, EXC_OverflowError, "int too large to convert to float");
    }
    return kr_float(d);
}

static Value int_round(KrVm *vm, int argc, const Value *argv, Value kw) {
    // int.__round__(None) is a TypeError (only the round() builtin maps None to "omitted").
    if (argc > 1 && IS_NONE(argv[1])) {
        return kr_raise(vm, EXC_TypeError, "'NoneType' object cannot be interpreted as an integer");
    }
    return kr_int_round(vm, argv[0], argc > 1 ? argv[1] : VAL_NONE);
}

static Value int_abs(KrVm *vm, int argc, const Value *argv, Value kw) {
    return kr_int_abs(vm, argv[0]);
}

static Value int_divmod(KrVm *vm, int argc, const Value *argv, Value kw) {
    if (!kr_is_intlike(argv[1])) {
        return vm->notimpl;
    }
    return kr_int_divmod(vm, kr_int_normalize(vm, argv[0]), kr_int_normalize(vm, argv[1]));
}

static Value int_rdivmod(KrVm *vm, int argc, const Value *argv, Value kw) {
    if (!kr_is_intlike(argv[1])) {
        return vm->notimpl;
    }
    return kr_int_divmod(vm, kr_int_normalize(vm, argv[1]), kr_int_normalize(vm, argv[0]));
}

static Value int_as_integer_ratio(KrVm *vm, int argc, const Value *argv, Value kw) {
    return kr_tuple_pack(vm, 2, kr_int_normalize(vm, argv[0]), kr_int(1));
}

// Parses byteorder/signed arguments: 0 ok, -1 error. *little set.
static int byteorder_arg(KrVm *vm, const char *fname, Value bo, bool *little) {
    *little = false;
    if (IS_UNDEF(bo)) {
        return 0;
    }
    if (!IS_STR(bo)) {
        kr_raise(vm, EXC_TypeError, "%s() argument 'byteorder' must be str, not %T", fname, bo);
        return -1;
    }
    if (strcmp(AS_STR(bo)->data, "little") == 0 && AS_STR(bo)->len == 6) {
        *little = true;
        return 0;
    }
    if (strcmp(AS_STR(bo)->data, "big") == 0 && AS_STR(bo)->len == 3) {
        return 0;
    }
    kr_raise(vm, EXC_ValueError, "byteorder must be either 'little' or 'big'");
    return -1;
}

static Value int_to_bytes(KrVm *vm, int argc, const Value *argv, Value kw) {
    static const char *const names[] = {"length", "byteorder", "signed"};
    Value a[3];
    if (kr_args_bind(vm, "to_bytes", argc - 1, argv + 1, kw, names, 3, 0, 2, 0, a) < 0) {
        return VAL_EXC;
    }
    int64_t length = 1;
    if (!IS_UNDEF(a[0]) && kr_arg_index(vm, a[0], &length) < 0) {
        return VAL_EXC;
    }
    if (length < 0) {
        return kr_raise(vm, EXC_ValueError, "length argument must be non-negative");
    }
    bool little;
    if (byteorder_arg(vm, "to_bytes", a[1], &little) < 0) {
        return VAL_EXC;
    }
    int sgn = 0;
    if (!IS_UNDEF(a[2])) {
        sgn = kr_truthy(vm, a[2]);
        if (sgn < 0) {
            return VAL_EXC;
        }
    }
    IV x;
    iv_set(&x, argv[0]);
    if (x.neg && !sgn) {
        return kr_raise(vm, EXC_OverflowError, "can't convert negative int to unsigned");
    }
    // Fits check: bits needed.
    uint64_t bits = kr_bigint_bitlen(x.d, x.n);
    uint64_t need = bits;
    if (sgn) {
        need = bits + 1;
        if (x.neg) {
            // -2^(k) needs only k+1 bits: check whether |x| is a power of two.
            bool pow2 = true;
            for (size_t i = 0; i + 1 < x.n && pow2; i++) {
                pow2 = x.d[i] == 0;
            }
            if (pow2 && x.n > 0 && (x.d[x.n - 1] & (x.d[x.n - 1] - 1)) == 0) {
                need = bits;
            }
        }
    }
    if (length == 0) {
        // CPython skips the sign-bit check for an empty result: 0 fits, and -1 when signed.
        need = bits == 0 || (x.neg && bits == 1) ? 0 : 1;
    }
    if (need > (uint64_t)length * 8) {
        return kr_raise(vm, EXC_OverflowError, "int too big to convert");
    }
    Bytes *b = kr_bytes_alloc(vm, length);
    if (!b) {
        return VAL_EXC;
    }
    uint64_t carry = 1;
    for (int64_t i = 0; i < length; i++) {
        size_t li = (size_t)i / 4;
        uint32_t limb = li < x.n ? x.d[li] : 0;
        uint32_t byte = (limb >> ((i % 4) * 8)) & 0xff;
        if (x.neg) { // two's complement, byte-wise
            carry += (~byte) & 0xff;
            byte = carry & 0xff;
            carry >>= 8;
        }
        b->data[little ? i : length - 1 - i] = (uint8_t)byte;
    }
    return kr_obj(b);
}

static Value int_from_bytes(KrVm *vm, int argc, const Value *argv, Value kw) {
    static const char *const names[] = {"bytes", "byteorder", "signed"};
    Value a[3];
    if (kr_args_bind(vm, "from_bytes", argc - 1, argv + 1, kw, names, 3, 0, 2, 1, a) < 0) {
        return VAL_EXC;
    }
    bool little;
    if (byteorder_arg(vm, "from_bytes", a[1], &little) < 0) {
        return VAL_EXC;
    }
    int sgn = 0;
    if (!IS_UNDEF(a[2])) {
        sgn = kr_truthy(vm, a[2]);
        if (sgn < 0) {
            return VAL_EXC;
        }
    }
    const uint8_t *data;
    int64_t len;
    uint8_t *tmp = NULL;
    size_t tmpn = 0;
    Value src = a[0];
    if (kr_bytes_view(src, &data, &len)) { // bytes or bytearray
    } else if (IS_LIST(src) || IS_TUPLE(src)) {
        int64_t n = IS_LIST(src) ? AS_LIST(src)->len : AS_TUPLE(src)->len;
        const Value *items = IS_LIST(src) ? AS_LIST(src)->items : AS_TUPLE(src)->items;
        tmpn = (size_t)n + 1;
        tmp = kr_mem_alloc(vm, tmpn);
        if (!tmp) {
            return VAL_EXC;
        }
        for (int64_t i = 0; i < n; i++) {
            Value it = items[i];
            if (!kr_is_intlike(it)) {
                kr_mem_free(vm, tmp, tmpn);
                return kr_raise(vm, EXC_TypeError,
                                "'%T' object cannot be interpreted as an integer", it);
            }
            if (!is_small(it) || AS_INT(it) < 0 || AS_INT(it) > 255) {
                kr_mem_free(vm, tmp, tmpn);
                return kr_raise(vm, EXC_ValueError, "bytes must be in range(0, 256)");
            }
            tmp[i] = (uint8_t)AS_INT(it);
        }
        data = tmp;
        len = n;
    } else {
        return kr_raise(vm, EXC_TypeError, "cannot convert '%T' object to bytes", src);
    }
    size_t n = (size_t)len / 4 + 1;
    BigInt *b = bi_new(vm, n);
    if (!b) {
        if (tmp) {
            kr_mem_free(vm, tmp, tmpn);
        }
        return VAL_EXC;
    }
    for (int64_t i = 0; i < len; i++) {
        uint8_t byte = data[little ? i : len - 1 - i];
        b->d[i / 4] |= (uint32_t)byte << ((i % 4) * 8);
    }
    bool neg = false;
    if (sgn && len > 0 && (data[little ? len - 1 : 0] & 0x80)) {
        // value - 2^(8*len): negate the two's complement over len bytes
        neg = true;
        size_t nl = ((size_t)len + 3) / 4;
        if (len % 4) {
            b->d[nl - 1] |= ~0u << ((len % 4) * 8);
        }
        uint64_t c = 1;
        for (size_t i = 0; i < nl; i++) {
            c += (uint32_t)~b->d[i];
            b->d[i] = (uint32_t)c;
            c >>= 32;
        }
    }
    if (tmp) {
        kr_mem_free(vm, tmp, tmpn);
    }
    Value r = bi_done(b, n, neg);
    if (IS_TYPEOBJ(argv[0]) && AS_TYPEOBJ(argv[0])->type_id == TY_BOOL) {
        return kr_bool(kr_int_sign(r) != 0);
    }
    return r;
}

static Value int_get_real(KrVm *vm, Value self) { return kr_int_normalize(vm, self); }
static Value int_get_imag(KrVm *vm, Value self) { return kr_int(0); }
static Value int_get_one(KrVm *vm, Value self) { return kr_int(1); }

static const NativeDef int_methods[] = {
    NATIVE("bit_length", int_bit_length, 0, 0, 0),
    NATIVE("bit_count", int_bit_count, 0, 0, 0),
    NATIVE("to_bytes", int_to_bytes, 0, 2, NATIVE_KW),
    NATIVE("from_bytes", int_from_bytes, 0, 2, NATIVE_KW | NATIVE_CLASS),
    NATIVE("conjugate", int_conjugate, 0, 0, 0),
    NATIVE("as_integer_ratio", int_as_integer_ratio, 0, 0, 0),
    NATIVE("__int__", int_int, 0, 0, 0),
    NATIVE("__index__", int_int, 0, 0, 0),
    NATIVE("__trunc__", int_int, 0, 0, 0),
    NATIVE("__floor__", int_int, 0, 0, 0),
    NATIVE("__ceil__", int_int, 0, 0, 0),
    NATIVE("__float__", int_float, 0, 0, 0),
    NATIVE("__round__", int_round, 0, 1, 0),
    NATIVE("__abs__", int_abs, 0, 0, 0),
    NATIVE("__divmod__", int_divmod, 1, 1, 0),
    NATIVE("__rdivmod__", int_rdivmod, 1, 1, 0),
    NATIVE_END,
};

static const GetSetDef int_getset[] = {
    {"real", int_get_real},       {"imag", int_get_imag}, {"numerator", int_get_real},
    {"denominator", int_get_one}, {NULL, NULL},
};

const Type kr_type_int = {
    .name = "int",
    .id = TY_INT,
    .basic_size = sizeof(BigInt),
    .free = bigint_free,
    .repr = int_repr_slot,
    .hash = int_hash_slot,
    .richcmp = int_richcmp,
    .ctor = int_ctor,
    .truthy = int_truthy,
    .methods = int_methods,
    .getset = int_getset,
};

// ----- bool -----

static Value bool_repr(KrVm *vm, Value self) {
    return kr_str_from_cstr(vm, AS_BOOL(self) ? "True" : "False");
}

static Value bool_ctor(KrVm *vm, int argc, const Value *argv, Value kw) {
    if (kr_args_no_kw(vm, "bool", kw) < 0) {
        return VAL_EXC;
    }
    if (argc > 1) {
        return kr_raise(vm, EXC_TypeError, "bool expected at most 1 argument, got %d", argc);
    }
    if (argc == 0) {
        return VAL_FALSE;
    }
    int t = kr_truthy(vm, argv[0]);
    return t < 0 ? VAL_EXC : kr_bool(t);
}

const Type kr_type_bool = {
    .name = "bool",
    .id = TY_BOOL,
    .repr = bool_repr,
    .hash = int_hash_slot,
    .richcmp = int_richcmp,
    .ctor = bool_ctor,
    .truthy = int_truthy,
    .getset = int_getset,
};

// ----- None, NotImplemented, Ellipsis -----

static Value none_repr(KrVm *vm, Value self) { return kr_str_from_cstr(vm, "None"); }
static int false_truthy(KrVm *vm, Value self) { return 0; }

static Value none_ctor(KrVm *vm, int argc, const Value *argv, Value kw) {
    if (argc || (!IS_UNDEF(kw) && !IS_NONE(kw))) {
        return kr_raise(vm, EXC_TypeError, "NoneType takes no arguments");
    }
    return VAL_NONE;
}

const Type kr_type_none = {
    .name = "NoneType",
    .id = TY_NONE,
    .repr = none_repr,
    .ctor = none_ctor,
    .truthy = false_truthy,
};

static Value notimpl_repr(KrVm *vm, Value self) { return kr_str_from_cstr(vm, "NotImplemented"); }

static Value notimpl_ctor(KrVm *vm, int argc, const Value *argv, Value kw) {
    if (argc || (!IS_UNDEF(kw) && !IS_NONE(kw))) {
        return kr_raise(vm, EXC_TypeError, "NotImplementedType takes no arguments");
    }
    return vm->notimpl;
}

const Type kr_type_notimpl = {
    .name = "NotImplementedType",
    .id = TY_NOTIMPL,
    .basic_size = sizeof(Obj),
    .repr = notimpl_repr,
    .ctor = notimpl_ctor,
};

static Value ellipsis_repr(KrVm *vm, Value self) { return kr_str_from_cstr(vm, "Ellipsis"); }

static Value ellipsis_ctor(KrVm *vm, int argc, const Value *argv, Value kw) {
    if (argc || (!IS_UNDEF(kw) && !IS_NONE(kw))) {
        return kr_raise(vm, EXC_TypeError, "ellipsis takes no arguments");
    }
    return vm->ellipsis;
}

const Type kr_type_ellipsis = {
    .name = "ellipsis",
    .id = TY_ELLIPSIS,
    .basic_size = sizeof(Obj),
    .repr = ellipsis_repr,
    .ctor = ellipsis_ctor,
};
