// SPDX-License-Identifier: MIT
// interp/hash.c: the keyed hash of str and bytes contents (SipHash-1-3, as CPython uses),
// keyed per VM by vm->hash_k0/hash_k1 (derived from the host's hash_seed).
#include <string.h>

#include "state.h"

static inline uint64_t rotl(uint64_t x, int b) { return (x << b) | (x >> (64 - b)); }

#define SIPROUND(v0, v1, v2, v3)                                                                   \
    do {                                                                                           \
        v0 += v1;                                                                                  \
        v1 = rotl(v1, 13);                                                                         \
        v1 ^= v0;                                                                                  \
        v0 = rotl(v0, 32);                                                                         \
        v2 += v3;                                                                                  \
        v3 = rotl(v3, 16);                                                                         \
        v3 ^= v2;                                                                                  \
        v0 += v3;                                                                                  \
        v3 = rotl(v3, 21);                                                                         \
        v3 ^= v0;                                                                                  \
        v2 += v1;                                                                                  \
        v1 = rotl(v1, 17);                                                                         \
        v1 ^= v2;                                                                                  \
        v2 = rotl(v2, 32);                                                                         \
    } while (0)

// A little-endian 64-bit load, independent of host byte order (one instruction on x86).
static inline uint64_t load_le64(const uint8_t *p) {
    uint64_t m;
    memcpy(&m, p, 8);
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_BIG_ENDIAN__
    m = __builtin_bswap64(m);
#endif
    return m;
}

static uint64_t siphash13(uint64_t k0, uint64_t k1, const uint8_t *p, size_t len) {
    uint64_t b = (uint64_t)len << 56;
    uint64_t v0 = k0 ^ 0x736f6d6570736575ULL;
    uint64_t v1 = k1 ^ 0x646f72616e646f6dULL;
    uint64_t v2 = k0 ^ 0x6c7967656e657261ULL;
    uint64_t v3 = k1 ^ 0x7465646279746573ULL;
    while (len >= 8) {
        uint64_t m = load_le64(p);
        v3 ^= m;
        SIPROUND(v0, v1, v2, v3);
        v0 ^= m;
        p += 8;
        len -= 8;
    }
    uint64_t t = 0;
    for (size_t i = len; i > 0; i--) {
        t = (t << 8) | p[i - 1];
    }
    b |= t;
    v3 ^= b;
    SIPROUND(v0, v1, v2, v3);
    v0 ^= b;
    v2 ^= 0xff;
    SIPROUND(v0, v1, v2, v3);
    SIPROUND(v0, v1, v2, v3);
    SIPROUND(v0, v1, v2, v3);
    return (v0 ^ v1) ^ (v2 ^ v3);
}

int64_t kr_hash_bytes(KrVm *vm, const void *p, size_t len) {
    if (len == 0) {
        return 0; // CPython: hash('') == hash(b'') == 0
    }
    int64_t h = (int64_t)siphash13(vm->hash_k0, vm->hash_k1, p, len);
    return h == -1 ? -2 : h;
}
