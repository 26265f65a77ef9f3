// SPDX-License-Identifier: MIT
// interp/bigint.c: arbitrary-precision magnitude arithmetic on 32-bit limbs (no Values).
//
// Schoolbook multiplication below KARATSUBA_CUTOFF limbs, Karatsuba above it (with the
// lopsided split CPython uses when one operand is much longer); Knuth's algorithm D for
// division. Loops proportional to operand sizes are charged with kr_tick.
#include "bigint.h"

#define KARATSUBA_CUTOFF 40

size_t kr_bigint_norm(const uint32_t *a, size_t n) {
    while (n > 0 && a[n - 1] == 0) {
        n--;
    }
    return n;
}

int kr_bigint_cmp(const uint32_t *a, size_t an, const uint32_t *b, size_t bn) {
    if (an != bn) {
        return an < bn ? -1 : 1;
    }
    while (an-- > 0) {
        if (a[an] != b[an]) {
            return a[an] < b[an] ? -1 : 1;
        }
    }
    return 0;
}

void kr_bigint_add(uint32_t *r, const uint32_t *a, size_t an, const uint32_t *b, size_t bn) {
    uint64_t c = 0;
    size_t i = 0;
    for (; i < bn; i++) {
        c += (uint64_t)a[i] + b[i];
        r[i] = (uint32_t)c;
        c >>= 32;
    }
    for (; i < an; i++) {
        c += a[i];
        r[i] = (uint32_t)c;
        c >>= 32;
    }
    r[an] = (uint32_t)c;
}

void kr_bigint_sub(uint32_t *r, const uint32_t *a, size_t an, const uint32_t *b, size_t bn) {
    int64_t c = 0;
    size_t i = 0;
    for (; i < bn; i++) {
        c += (int64_t)a[i] - b[i];
        r[i] = (uint32_t)c;
        c >>= 32; // arithmetic shift: 0 or -1
    }
    for (; i < an; i++) {
        c += a[i];
        r[i] = (uint32_t)c;
        c >>= 32;
    }
}

uint32_t kr_bigint_mul1(uint32_t *r, const uint32_t *a, size_t n, uint32_t m, uint32_t add) {
    uint64_t c = add;
    for (size_t i = 0; i < n; i++) {
        c += (uint64_t)a[i] * m;
        r[i] = (uint32_t)c;
        c >>= 32;
    }
    return (uint32_t)c;
}

uint32_t kr_bigint_div1(uint32_t *q, const uint32_t *a, size_t n, uint32_t d) {
    uint64_t rem = 0;
    while (n-- > 0) {
        uint64_t cur = (rem << 32) | a[n];
        q[n] = (uint32_t)(cur / d);
        rem = cur % d;
    }
    return (uint32_t)rem;
}

uint32_t kr_bigint_shl(uint32_t *r, const uint32_t *a, size_t n, unsigned s) {
    if (s == 0) {
        if (r != a) {
            memmove(r, a, n * sizeof(uint32_t));
        }
        return 0;
    }
    uint32_t carry = 0;
    for (size_t i = 0; i < n; i++) {
        uint32_t x = a[i];
        r[i] = (x << s) | carry;
        carry = x >> (32 - s);
    }
    return carry;
}

uint32_t kr_bigint_shr(uint32_t *r, const uint32_t *a, size_t n, unsigned s) {
    if (s == 0) {
        if (r != a) {
            memmove(r, a, n * sizeof(uint32_t));
        }
        return 0;
    }
    uint32_t carry = 0;
    while (n-- > 0) {
        uint32_t x = a[n];
        r[n] = (x >> s) | carry;
        carry = x << (32 - s);
    }
    return carry >> (32 - s);
}

uint64_t kr_bigint_bitlen(const uint32_t *a, size_t n) {
    if (n == 0) {
        return 0;
    }
    return (uint64_t)(n - 1) * 32 + (uint64_t)(32 - __builtin_clz(a[n - 1]));
}

// ----- Multiplication -----

// r = a * b, schoolbook; r has an + bn limbs.
static void school(uint32_t *r, const uint32_t *a, size_t an, const uint32_t *b, size_t bn) {
    memset(r, 0, (an + bn) * sizeof(uint32_t));
    for (size_t i = 0; i < bn; i++) {
        uint64_t m = b[i];
        if (m == 0) {
            continue;
        }
        uint64_t c = 0;
        uint32_t *ri = r + i;
        for (size_t j = 0; j < an; j++) {
            c += (uint64_t)a[j] * m + ri[j];
            ri[j] = (uint32_t)c;
            c >>= 32;
        }
        ri[an] = (uint32_t)c;
    }
}

// r[0..rn) += x[0..xn) (xn <= rn); the true sum fits in rn limbs.
static void add_into(uint32_t *r, size_t rn, const uint32_t *x, size_t xn) {
    uint64_t c = 0;
    size_t i = 0;
    for (; i < xn; i++) {
        c += (uint64_t)r[i] + x[i];
        r[i] = (uint32_t)c;
        c >>= 32;
    }
    for (; c && i < rn; i++) {
        c += r[i];
        r[i] = (uint32_t)c;
        c >>= 32;
    }
}

// x[0..xn) -= y[0..yn) (x >= y as values).
static void sub_into(uint32_t *x, size_t xn, const uint32_t *y, size_t yn) {
    int64_t c = 0;
    size_t i = 0;
    for (; i < yn; i++) {
        c += (int64_t)x[i] - y[i];
        x[i] = (uint32_t)c;
        c >>= 32;
    }
    for (; c && i < xn; i++) {
        c += x[i];
        x[i] = (uint32_t)c;
        c >>= 32;
    }
}

static int kmul(KrVm *vm, uint32_t *r, const uint32_t *a, size_t an, const uint32_t *b, size_t bn) {
    if (an < bn) {
        const uint32_t *t = a;
        a = b;
        b = t;
        size_t tn = an;
        an = bn;
        bn = tn;
    }
    size_t rn = an + bn;
    if (bn < KARATSUBA_CUTOFF) {
        if (kr_tick(vm, (int64_t)(an / 16 + 1) * (int64_t)(bn + 1)) < 0) {
            return -1;
        }
        school(r, a, an, b, bn);
        return 0;
    }
    if (2 * bn <= an) {
        // Lopsided: multiply b by bn-sized slices of a and accumulate.
        size_t tn = 2 * bn;
        uint32_t *t = kr_mem_alloc(vm, tn * sizeof(uint32_t));
        if (!t) {
            return -1;
        }
        memset(r, 0, rn * sizeof(uint32_t));
        for (size_t off = 0; off < an; off += bn) {
            size_t cl = an - off < bn ? an - off : bn;
            if (kmul(vm, t, a + off, cl, b, bn) < 0) {
                kr_mem_free(vm, t, tn * sizeof(uint32_t));
                return -1;
            }
            add_into(r + off, rn - off, t, cl + bn);
        }
        kr_mem_free(vm, t, tn * sizeof(uint32_t));
        return 0;
    }
    size_t s = an / 2; // bn > s here
    const uint32_t *a0 = a, *a1 = a + s, *b0 = b, *b1 = b + s;
    size_t a1n = an - s, b1n = bn - s;
    // Scratch: sa (a1n + 1), sb (max(s, b1n) + 1), z1 (their sum of lengths).
    size_t san = a1n + 1, sbn = (s > b1n ? s : b1n) + 1, z1n = san + sbn;
    size_t tot = san + sbn + z1n;
    uint32_t *buf = kr_mem_alloc(vm, tot * sizeof(uint32_t));
    if (!buf) {
        return -1;
    }
    uint32_t *sa = buf, *sb = buf + san, *z1 = sb + sbn;
    int rc = -1;
    // z0 -> r[0..2s), z2 -> r[2s..rn)
    if (kmul(vm, r, a0, s, b0, s) < 0 || kmul(vm, r + 2 * s, a1, a1n, b1, b1n) < 0) {
        goto done;
    }
    kr_bigint_add(sa, a1, a1n, a0, s);
    if (b1n >= s) {
        kr_bigint_add(sb, b1, b1n, b0, s);
        if (sbn > b1n + 1) {
            sb[sbn - 1] = 0;
        }
    } else {
        kr_bigint_add(sb, b0, s, b1, b1n);
    }
    if (kmul(vm, z1, sa, san, sb, sbn) < 0) {
        goto done;
    }
    sub_into(z1, z1n, r, 2 * s);
    sub_into(z1, z1n, r + 2 * s, rn - 2 * s);
    add_into(r + s, rn - s, z1, kr_bigint_norm(z1, z1n));
    rc = 0;
done:
    kr_mem_free(vm, buf, tot * sizeof(uint32_t));
    return rc;
}

int kr_bigint_mul(KrVm *vm, uint32_t *r, const uint32_t *a, size_t an, const uint32_t *b,
                  size_t bn) {
    if (an == 0 || bn == 0) {
        memset(r, 0, (an + bn) * sizeof(uint32_t));
        return 0;
    }
    return kmul(vm, r, a, an, b, bn);
}

// ----- Division (Knuth, TAOCP vol. 2, 4.3.1, algorithm D) -----

int kr_bigint_divmod(KrVm *vm, uint32_t *q, uint32_t *rem, const uint32_t *a, size_t an,
                     const uint32_t *b, size_t bn) {
    if (bn == 1) {
        uint32_t r1;
        if (q) {
            r1 = kr_bigint_div1(q, a, an, b[0]);
        } else {
            uint64_t r64 = 0;
            for (size_t i = an; i-- > 0;) {
                r64 = ((r64 << 32) | a[i]) % b[0];
            }
            r1 = (uint32_t)r64;
        }
        if (rem) {
            rem[0] = r1;
        }
        return kr_tick(vm, (int64_t)an / 16 + 1) < 0 ? -1 : 0;
    }
    if (kr_tick(vm, (int64_t)(an / 16 + 1) * (int64_t)(bn + 1)) < 0) {
        return -1;
    }
    size_t m = an - bn;
    size_t un_n = an + 1;
    size_t bytes = (un_n + bn) * sizeof(uint32_t);
    uint32_t *un = kr_mem_alloc(vm, bytes);
    if (!un) {
        return -1;
    }
    uint32_t *vn = un + un_n;
    // D1: normalize so the divisor's top bit is set.
    unsigned s = (unsigned)__builtin_clz(b[bn - 1]);
    kr_bigint_shl(vn, b, bn, s);
    un[an] = kr_bigint_shl(un, a, an, s);
    uint64_t vtop = vn[bn - 1], vnext = vn[bn - 2];
    for (size_t j = m + 1; j-- > 0;) {
        // D3: estimate qhat from the top two limbs, refine with the next one.
        uint64_t num = ((uint64_t)un[j + bn] << 32) | un[j + bn - 1];
        uint64_t qhat = num / vtop;
        uint64_t rhat = num % vtop;
        while (qhat > 0xFFFFFFFFull || qhat * vnext > ((rhat << 32) | un[j + bn - 2])) {
            qhat--;
            rhat += vtop;
            if (rhat > 0xFFFFFFFFull) {
                break;
            }
        }
        // D4: multiply and subtract.
        int64_t borrow = 0;
        uint64_t carry = 0;
        for (size_t i = 0; i < bn; i++) {
            uint64_t p = qhat * vn[i] + carry;
            carry = p >> 32;
            int64_t t = (int64_t)un[i + j] - (int64_t)(uint32_t)p + borrow;
            un[i + j] = (uint32_t)t;
            borrow = t >> 32;
        }
        int64_t t = (int64_t)un[j + bn] - (int64_t)carry + borrow;
        un[j + bn] = (uint32_t)t;
        if (t < 0) {
            // D6: add back (rare).
            qhat--;
            uint64_t c = 0;
            for (size_t i = 0; i < bn; i++) {
                c += (uint64_t)un[i + j] + vn[i];
                un[i + j] = (uint32_t)c;
                c >>= 32;
            }
            un[j + bn] += (uint32_t)c;
        }
        if (q) {
            q[j] = (uint32_t)qhat;
        }
    }
    if (rem) {
        // D8: unnormalize the remainder.
        kr_bigint_shr(rem, un, bn, s);
        if (s) {
            rem[bn - 1] |= un[bn] << (32 - s);
        }
    }
    kr_mem_free(vm, un, bytes);
    return 0;
}
