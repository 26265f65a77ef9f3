// SPDX-License-Identifier: MIT
// stdlib/random.c: the random module (CPython 3.11's Lib/random.py over Modules/_randommodule.c).
//
// Same seed, same results: the generator is MT19937 with CPython's init_by_array seeding
// (an int seeds with the 32-bit words of its absolute value; str/bytes/bytearray with
// version 2 append their SHA-512 digest first; other hashable seeds use hash(x) as a size_t),
// random() takes 53 bits from two outputs, getrandbits() fills 32-bit words low word first,
// and every method above them is a transcription of Lib/random.py: _randbelow via
// getrandbits, the two sample() branches chosen by the same set-size rule, choices() with
// bisect_right over the cumulative weights, and the float distributions with the same
// expression order (user values go through the generic binary operators, so ints, floats and
// mixed arithmetic round exactly as in CPython).
//
// Difference: without a seed CPython reads os.urandom; a sandbox has no ambient entropy, so an
// unseeded generator is seeded from the VM's hash key (KrConfig.hash_seed) and a per-VM serial
// number (conformance/differences/random_unseeded.py).
//
// The module functions share one hidden Random instance, kept as the module attribute `_inst`
// and looked up at each call, so that the generator state is an ordinary object a snapshot
// can carry (Random objects have snapshot hooks: the 624 words, the index, gauss_next).
#include <math.h>
#include <stdio.h>

#include "bigint.h"
#include "module.h"

#define MT_N 624
#define MT_M 397
#define TWOPI 6.283185307179586476925286766559
#define PI_ 3.141592653589793238462643383279502884
#define E_ 2.718281828459045235360287471352662498

typedef struct RandomObj {
    Obj hdr;
    int32_t index;    // next word of mt to temper; MT_N: regenerate first
    uint64_t serial;  // unseeded seedings done through this (module) instance
    Value gauss_next; // gauss()'s second value, or None (any value setstate() stored)
    uint32_t mt[MT_N];
} RandomObj;

extern const Type kr_type_rnd_random;

static void random_trace(KrVm *vm, Obj *o) {
    kr_gc_mark_value(vm, ((RandomObj *)o)->gauss_next);
}

// ----- MT19937 (Matsumoto & Nishimura, as in CPython) -----

static void init_genrand(RandomObj *r, uint32_t s) {
    uint32_t *mt = r->mt;
    mt[0] = s;
    for (int i = 1; i < MT_N; i++) {
        mt[i] = 1812433253u * (mt[i - 1] ^ (mt[i - 1] >> 30)) + (uint32_t)i;
    }
    r->index = MT_N;
}

static void init_by_array(RandomObj *r, const uint32_t *key, size_t klen) {
    uint32_t *mt = r->mt;
    init_genrand(r, 19650218u);
    size_t i = 1, j = 0;
    for (size_t k = MT_N > klen ? MT_N : klen; k; k--) {
        mt[i] = (mt[i] ^ ((mt[i - 1] ^ (mt[i - 1] >> 30)) * 1664525u)) + key[j] + (uint32_t)j;
        i++;
        j++;
        if (i >= MT_N) {
            mt[0] = mt[MT_N - 1];
            i = 1;
        }
        if (j >= klen) {
            j = 0;
        }
    }
    for (size_t k = MT_N - 1; k; k--) {
        mt[i] = (mt[i] ^ ((mt[i - 1] ^ (mt[i - 1] >> 30)) * 1566083941u)) - (uint32_t)i;
        i++;
        if (i >= MT_N) {
            mt[0] = mt[MT_N - 1];
            i = 1;
        }
    }
    mt[0] = 0x80000000u;
}

static uint32_t genrand(RandomObj *r) {
    static const uint32_t mag01[2] = {0, 0x9908b0dfu};
    uint32_t *mt = r->mt;
    uint32_t y;
    if (r->index >= MT_N) {
        int kk;
        for (kk = 0; kk < MT_N - MT_M; kk++) {
            y = (mt[kk] & 0x80000000u) | (mt[kk + 1] & 0x7fffffffu);
            mt[kk] = mt[kk + MT_M] ^ (y >> 1) ^ mag01[y & 1];
        }
        for (; kk < MT_N - 1; kk++) {
            y = (mt[kk] & 0x80000000u) | (mt[kk + 1] & 0x7fffffffu);
            mt[kk] = mt[kk + (MT_M - MT_N)] ^ (y >> 1) ^ mag01[y & 1];
        }
        y = (mt[MT_N - 1] & 0x80000000u) | (mt[0] & 0x7fffffffu);
        mt[MT_N - 1] = mt[MT_M - 1] ^ (y >> 1) ^ mag01[y & 1];
        r->index = 0;
    }
    y = mt[r->index++];
    y ^= y >> 11;
    y ^= (y << 7) & 0x9d2c5680u;
    y ^= (y << 15) & 0xefc60000u;
    y ^= y >> 18;
    return y;
}

static double gen_double(RandomObj *r) {
    uint32_t a = genrand(r) >> 5, b = genrand(r) >> 6;
    return (a * 67108864.0 + b) * (1.0 / 9007199254740992.0);
}

// getrandbits(k) for 0 <= k <= 64, consuming the same words as CPython.
static uint64_t bits_u64(RandomObj *r, int k) {
    if (k == 0) {
        return 0;
    }
    if (k <= 32) {
        return genrand(r) >> (32 - k);
    }
    uint64_t lo = genrand(r);
    uint32_t hi = genrand(r);
    if (k < 64) {
        hi >>= 64 - k;
    }
    return lo | (uint64_t)hi << 32;
}

// getrandbits(k) into words[0 .. (k-1)/32] (k > 0), low word first.
static void bits_words(RandomObj *r, uint32_t *words, int64_t k) {
    for (int64_t i = 0; k > 0; i++, k -= 32) {
        uint32_t w = genrand(r);
        if (k < 32) {
            w >>= 32 - k;
        }
        words[i] = w;
    }
}

// ----- SHA-512 (FIPS 180-4), for version 2 str/bytes seeds -----

static const uint64_t sha_k[80] = {
    0x428a2f98d728ae22ULL, 0x7137449123ef65cdULL, 0xb5c0fbcfec4d3b2fULL, 0xe9b5dba58189dbbcULL,
    0x3956c25bf348b538ULL, 0x59f111f1b605d019ULL, 0x923f82a4af194f9bULL, 0xab1c5ed5da6d8118ULL,
    0xd807aa98a3030242ULL, 0x12835b0145706fbeULL, 0x243185be4ee4b28cULL, 0x550c7dc3d5ffb4e2ULL,
    0x72be5d74f27b896fULL, 0x80deb1fe3b1696b1ULL, 0x9bdc06a725c71235ULL, 0xc19bf174cf692694ULL,
    0xe49b69c19ef14ad2ULL, 0xefbe4786384f25e3ULL, 0x0fc19dc68b8cd5b5ULL, 0x240ca1cc77ac9c65ULL,
    0x2de92c6f592b0275ULL, 0x4a7484aa6ea6e483ULL, 0x5cb0a9dcbd41fbd4ULL, 0x76f988da831153b5ULL,
    0x983e5152ee66dfabULL, 0xa831c66d2db43210ULL, 0xb00327c898fb213fULL, 0xbf597fc7beef0ee4ULL,
    0xc6e00bf33da88fc2ULL, 0xd5a79147930aa725ULL, 0x06ca6351e003826fULL, 0x142929670a0e6e70ULL,
    0x27b70a8546d22ffcULL, 0x2e1b21385c26c926ULL, 0x4d2c6dfc5ac42aedULL, 0x53380d139d95b3dfULL,
    0x650a73548baf63deULL, 0x766a0abb3c77b2a8ULL, 0x81c2c92e47edaee6ULL, 0x92722c851482353bULL,
    0xa2bfe8a14cf10364ULL, 0xa81a664bbc423001ULL, 0xc24b8b70d0f89791ULL, 0xc76c51a30654be30ULL,
    0xd192e819d6ef5218ULL, 0xd69906245565a910ULL, 0xf40e35855771202aULL, 0x106aa07032bbd1b8ULL,
    0x19a4c116b8d2d0c8ULL, 0x1e376c085141ab53ULL, 0x2748774cdf8eeb99ULL, 0x34b0bcb5e19b48a8ULL,
    0x391c0cb3c5c95a63ULL, 0x4ed8aa4ae3418acbULL, 0x5b9cca4f7763e373ULL, 0x682e6ff3d6b2b8a3ULL,
    0x748f82ee5defb2fcULL, 0x78a5636f43172f60ULL, 0x84c87814a1f0ab72ULL, 0x8cc702081a6439ecULL,
    0x90befffa23631e28ULL, 0xa4506cebde82bde9ULL, 0xbef9a3f7b2c67915ULL, 0xc67178f2e372532bULL,
    0xca273eceea26619cULL, 0xd186b8c721c0c207ULL, 0xeada7dd6cde0eb1eULL, 0xf57d4f7fee6ed178ULL,
    0x06f067aa72176fbaULL, 0x0a637dc5a2c898a6ULL, 0x113f9804bef90daeULL, 0x1b710b35131c471bULL,
    0x28db77f523047d84ULL, 0x32caab7b40c72493ULL, 0x3c9ebe0a15c9bebcULL, 0x431d67c49c100d4cULL,
    0x4cc5d4becb3e42b6ULL, 0x597f299cfc657e2aULL, 0x5fcb6fab3ad6faecULL, 0x6c44198c4a475817ULL,
};
static const uint64_t sha_h0[8] = {
    0x6a09e667f3bcc908ULL, 0xbb67ae8584caa73bULL, 0x3c6ef372fe94f82bULL, 0xa54ff53a5f1d36f1ULL,
    0x510e527fade682d1ULL, 0x9b05688c2b3e6c1fULL, 0x1f83d9abfb41bd6bULL, 0x5be0cd19137e2179ULL,
};

#define ROR64(x, n) (((x) >> (n)) | ((x) << (64 - (n))))

static void sha512_block(uint64_t h[8], const uint8_t *p) {
    uint64_t w[80];
    for (int i = 0; i < 16; i++) {
        uint64_t v = 0;
        for (int b = 0; b < 8; b++) {
            v = v << 8 | p[i * 8 + b];
        }
        w[i] = v;
    }
    for (int i = 16; i < 80; i++) {
        uint64_t s0 = ROR64(w[i - 15], 1) ^ ROR64(w[i - 15], 8) ^ (w[i - 15] >> 7);
        uint64_t s1 = ROR64(w[i - 2], 19) ^ ROR64(w[i - 2], 61) ^ (w[i - 2] >> 6);
        w[i] = w[i - 16] + s0 + w[i - 7] + s1;
    }
    uint64_t a = h[0], b = h[1], c = h[2], d = h[3], e = h[4], f = h[5], g = h[6], hh = h[7];
    for (int i = 0; i < 80; i++) {
        uint64_t t1 = hh + (ROR64(e, 14) ^ ROR64(e, 18) ^ ROR64(e, 41)) + ((e & f) ^ (~e & g)) +
                      sha_k[i] + w[i];
        uint64_t t2 = (ROR64(a, 28) ^ ROR64(a, 34) ^ ROR64(a, 39)) + ((a & b) ^ (a & c) ^ (b & c));
        hh = g;
        g = f;
        f = e;
        e = d + t1;
        d = c;
        c = b;
        b = a;
        a = t1 + t2;
    }
    h[0] += a;
    h[1] += b;
    h[2] += c;
    h[3] += d;
    h[4] += e;
    h[5] += f;
    h[6] += g;
    h[7] += hh;
}

// The 64-byte digest of [len] bytes at [p]; charges the work (-1 if a limit stopped the run).
static int sha512(KrVm *vm, const uint8_t *p, size_t len, uint8_t out[64]) {
    uint64_t h[8];
    memcpy(h, sha_h0, sizeof h);
    size_t done = 0;
    for (; len - done >= 128; done += 128) {
        sha512_block(h, p + done);
        if ((done & 0xffff) == 0 && kr_tick(vm, 64) < 0) {
            return -1;
        }
    }
    uint8_t tail[256];
    size_t rest = len - done;
    memset(tail, 0, sizeof tail);
    memcpy(tail, p + done, rest);
    tail[rest] = 0x80;
    size_t tl = rest + 1 + 16 <= 128 ? 128 : 256;
    uint64_t bits = (uint64_t)len << 3;
    tail[tl - 9] = (uint8_t)((uint64_t)len >> 61); // high word of the 128-bit length
    for (int b = 0; b < 8; b++) {
        tail[tl - 1 - b] = (uint8_t)(bits >> (8 * b));
    }
    for (size_t o = 0; o < tl; o += 128) {
        sha512_block(h, tail + o);
    }
    for (int i = 0; i < 8; i++) {
        for (int b = 0; b < 8; b++) {
            out[i * 8 + b] = (uint8_t)(h[i] >> (56 - 8 * b));
        }
    }
    return 0;
}

// ----- Int helpers -----

// An int Value from [n] little-endian words (non-negative).
static Value words_value(KrVm *vm, const uint32_t *w, size_t n) {
    n = kr_bigint_norm(w, n);
    if (n <= 2) {
        uint64_t m = n == 0 ? 0 : n == 1 ? w[0] : (w[0] | (uint64_t)w[1] << 32);
        if (m <= (uint64_t)INT64_MAX) {
            return kr_int((int64_t)m);
        }
    }
    size_t bytes;
    if (n > KR_BIGINT_MAX_LIMBS || !kr_mul_ok(n, sizeof(uint32_t), &bytes) ||
        !kr_add_ok(bytes, sizeof(BigInt), &bytes)) {
        return kr_raise_nomem(vm);
    }
    BigInt *b = kr_gc_alloc(vm, &kr_type_int, bytes);
    if (!b) {
        return VAL_EXC;
    }
    b->cap = (int64_t)n;
    b->size = (int64_t)n;
    memcpy(b->d, w, n * sizeof(uint32_t));
    return kr_obj(b);
}

// The magnitude of int/bool [v]: *d points into [buf] (2 words) or the BigInt.
static const uint32_t *int_mag(Value v, uint32_t buf[2], size_t *n, bool *neg) {
    if (IS_BIGINT(v)) {
        BigInt *b = kr_as_bigint(v);
        *neg = b->size < 0;
        *n = (size_t)(b->size < 0 ? -b->size : b->size);
        return b->d;
    }
    int64_t i = v.u.i;
    uint64_t m = i < 0 ? (uint64_t)0 - (uint64_t)i : (uint64_t)i;
    buf[0] = (uint32_t)m;
    buf[1] = (uint32_t)(m >> 32);
    *n = kr_bigint_norm(buf, 2);
    *neg = i < 0;
    return buf;
}

static Value cstr(KrVm *vm, const char *s) {
    return kr_str_intern(vm, s, strlen(s));
}

// Python truth of `a <op> b`: 0/1/-1.
static int cmp(KrVm *vm, Value a, Value b, CmpOp op) {
    Value r = kr_compare(vm, a, b, op);
    return IS_EXC(r) ? -1 : kr_truthy(vm, r);
}

static Value add(KrVm *vm, Value a, Value b) {
    return kr_binop(vm, BINOP_ADD, a, b);
}
static Value sub(KrVm *vm, Value a, Value b) {
    return kr_binop(vm, BINOP_SUB, a, b);
}
static Value mul(KrVm *vm, Value a, Value b) {
    return kr_binop(vm, BINOP_MUL, a, b);
}
static Value tdiv(KrVm *vm, Value a, Value b) {
    return kr_binop(vm, BINOP_TRUEDIV, a, b);
}

// A C int argument (Argument Clinic's "int" converter).
static int arg_cint(KrVm *vm, Value v, int64_t *out) {
    if (IS_BIGINT(v) || ((IS_INT(v)) && (v.u.i > INT32_MAX || v.u.i < INT32_MIN))) {
        kr_raise(vm, EXC_OverflowError, "Python int too large to convert to C int");
        return -1;
    }
    if (!IS_INT(v) && !IS_BOOL(v)) {
        kr_raise(vm, EXC_TypeError, "'%s' object cannot be interpreted as an integer",
                 kr_typename(v));
        return -1;
    }
    *out = v.u.i;
    return 0;
}

static RandomObj *as_rnd(Value v) {
    return (RandomObj *)AS_OBJ(v);
}

static int check_self(KrVm *vm, const char *name, int argc, const Value *argv) {
    if (argc < 1 || !kr_isa(argv[0], &kr_type_rnd_random)) {
        kr_raise(vm, EXC_TypeError,
                 "descriptor '%s' for 'Random' objects doesn't apply to a '%s' "
                 "object",
                 name, argc < 1 ? "NoneType" : kr_typename(argv[0]));
        return -1;
    }
    return 0;
}

// Binds a Python-def method's arguments (messages "Random.<name>() ...").
static int bind(KrVm *vm, const char *name, int argc, const Value *argv, Value kw,
                const char *const *names, int nnames, int nrequired, Value *out) {
    if (check_self(vm, name, argc, argv) < 0) {
        return -1;
    }
    char fname[64];
    snprintf(fname, sizeof fname, "Random.%s", name);
    return kr_args_bind_def(vm, fname, true, argc - 1, argv + 1, kw, names, nnames, nrequired, out);
}

// bind() for a def whose parameters from [npos] on are keyword-only (none required).
static int bind_kwonly(KrVm *vm, const char *name, int argc, const Value *argv, Value kw,
                       const char *const *names, int nnames, int npos, int nrequired, Value *out) {
    Value rest = kw;
    for (int i = npos; i < nnames; i++) {
        out[i] = VAL_UNDEF;
    }
    if (IS_DICT(kw) && AS_DICT(kw)->used > 0) {
        Dict *d = kr_dict_new(vm);
        if (!d) {
            return -1;
        }
        int64_t pos = 0;
        Value k, v;
        while (kr_dict_next(AS_DICT(kw), &pos, &k, &v)) {
            int j = npos;
            while (j < nnames && !(IS_STR(k) && strcmp(AS_STR(k)->data, names[j]) == 0)) {
                j++;
            }
            if (j < nnames) {
                out[j] = v;
            } else if (kr_dict_set(vm, d, k, v) < 0) {
                return -1;
            }
        }
        rest = kr_obj(d);
    }
    return bind(vm, name, argc, argv, rest, names, npos, nrequired, out);
}

// ----- Seeding -----

// The module's shared instance (module attribute _inst), or NULL (no exception) if the module
// is not imported or _inst was replaced.
static RandomObj *module_inst(KrVm *vm) {
    Value name = cstr(vm, "random");
    if (IS_EXC(name)) {
        kr_exc_take(vm);
        return NULL;
    }
    Value m = kr_dict_get_str(vm, vm->modules, AS_STR(name));
    if (!kr_isa(m, &kr_type_module)) {
        return NULL;
    }
    Value key = cstr(vm, "_inst");
    if (IS_EXC(key)) {
        kr_exc_take(vm);
        return NULL;
    }
    Value inst = kr_dict_get_str(vm, ((Module *)AS_OBJ(m))->dict, AS_STR(key));
    return kr_isa(inst, &kr_type_rnd_random) ? as_rnd(inst) : NULL;
}

// seed(None): the sandbox has no entropy source; the VM's hash key and a serial number stand
// in for os.urandom (reproducible per VM configuration, distinct per generator).
static void seed_unseeded(KrVm *vm, RandomObj *r) {
    RandomObj *m = module_inst(vm);
    uint64_t serial = m ? m->serial++ : 0;
    uint32_t key[6] = {(uint32_t)vm->hash_k0, (uint32_t)(vm->hash_k0 >> 32),
                       (uint32_t)vm->hash_k1, (uint32_t)(vm->hash_k1 >> 32),
                       (uint32_t)serial,      (uint32_t)(serial >> 32)};
    init_by_array(r, key, 6);
}

static int seed_words(KrVm *vm, RandomObj *r, const uint32_t *w, size_t n) {
    n = kr_bigint_norm(w, n);
    if (n > MT_N && kr_tick(vm, (int64_t)n) < 0) {
        return -1;
    }
    if (n == 0) {
        uint32_t zero = 0;
        init_by_array(r, &zero, 1);
    } else {
        init_by_array(r, w, n);
    }
    return 0;
}

// Version 2 seeding of a byte string: int.from_bytes(a + sha512(a).digest(), 'big').
static int seed_bytes_v2(KrVm *vm, RandomObj *r, const uint8_t *p, size_t len) {
    size_t total, nw, wbytes;
    if (!kr_add_ok(len, 64, &total) || !kr_add_ok(total, 3, &nw)) {
        kr_raise_nomem(vm);
        return -1;
    }
    nw /= 4;
    if (!kr_mul_ok(nw, sizeof(uint32_t), &wbytes)) {
        kr_raise_nomem(vm);
        return -1;
    }
    uint8_t digest[64];
    if (sha512(vm, p, len, digest) < 0) {
        return -1;
    }
    uint32_t *w = kr_mem_alloc(vm, wbytes);
    if (!w) {
        return -1;
    }
    memset(w, 0, wbytes);
    // Byte i from the end of the big-endian string is bits 8*i of the integer.
    for (size_t i = 0; i < total; i++) {
        uint8_t b = i < 64 ? digest[63 - i] : p[len - 1 - (i - 64)];
        w[i / 4] |= (uint32_t)b << (8 * (i % 4));
    }
    int rc = seed_words(vm, r, w, nw);
    kr_mem_free(vm, w, wbytes);
    return rc;
}

// Random.seed(a, version) as Lib/random.py + _random.Random.seed.
static int do_seed(KrVm *vm, RandomObj *r, Value a, Value version) {
    bool is_str = IS_STR(a), is_bytes = IS_BYTES(a), is_ba = IS_BYTEARRAY(a);
    int v1 = kr_eq(vm, version, kr_int(1));
    if (v1 < 0) {
        return -1;
    }
    if (v1 && (is_str || is_bytes)) {
        // The old (Python 2) string hash: x fits 64 bits, so uint64 arithmetic is exact.
        const uint8_t *p = is_str ? (const uint8_t *)AS_STR(a)->data : AS_BYTES(a)->data;
        size_t len = (size_t)(is_str ? AS_STR(a)->len : AS_BYTES(a)->len);
        uint64_t x = 0, nchars = 0;
        for (size_t i = 0; i < len; nchars++) {
            uint32_t c;
            if (is_str) {
                size_t adv;
                c = kr_utf8_decode((const char *)p + i, &adv);
                i += adv;
            } else {
                c = p[i++];
            }
            if (nchars == 0) {
                x = (uint64_t)c << 7;
            }
            x = (1000003u * x) ^ c;
        }
        if (len > 4096 && kr_tick(vm, (int64_t)len / 64) < 0) {
            return -1;
        }
        x ^= nchars;
        uint32_t w[2] = {(uint32_t)x, (uint32_t)(x >> 32)};
        if (seed_words(vm, r, w, 2) < 0) {
            return -1;
        }
        r->gauss_next = VAL_NONE;
        return 0;
    }
    int v2 = kr_eq(vm, version, kr_int(2));
    if (v2 < 0) {
        return -1;
    }
    if (v2 && (is_str || is_bytes || is_ba)) {
        const uint8_t *p = is_str     ? (const uint8_t *)AS_STR(a)->data
                           : is_bytes ? AS_BYTES(a)->data
                                      : AS_BYTEARRAY(a)->data;
        size_t len = (size_t)(is_str     ? AS_STR(a)->len
                              : is_bytes ? AS_BYTES(a)->len
                                         : AS_BYTEARRAY(a)->len);
        if (seed_bytes_v2(vm, r, p ? p : (const uint8_t *)"", len) < 0) {
            return -1;
        }
        r->gauss_next = VAL_NONE;
        return 0;
    }
    if (!(IS_NONE(a) || kr_is_intlike(a) || IS_FLOAT(a) || is_str || is_bytes || is_ba)) {
        kr_raise(vm, EXC_TypeError,
                 "The only supported seed types are: None,\n"
                 "int, float, str, bytes, and bytearray.");
        return -1;
    }
    if (IS_NONE(a)) {
        seed_unseeded(vm, r);
    } else if (kr_is_intlike(a)) {
        uint32_t buf[2];
        size_t n;
        bool neg;
        const uint32_t *d = int_mag(a, buf, &n, &neg);
        if (seed_words(vm, r, d, n) < 0) {
            return -1;
        }
    } else {
        int64_t h;
        if (kr_hash(vm, a, &h) < 0) {
            return -1;
        }
        uint64_t u = (uint64_t)h; // PyLong_FromSize_t((size_t)hash)
        uint32_t w[2] = {(uint32_t)u, (uint32_t)(u >> 32)};
        if (seed_words(vm, r, w, 2) < 0) {
            return -1;
        }
    }
    r->gauss_next = VAL_NONE;
    return 0;
}

static RandomObj *rnd_new(KrVm *vm) {
    RandomObj *r = kr_gc_alloc(vm, &kr_type_rnd_random, sizeof(RandomObj));
    if (r) {
        r->gauss_next = VAL_NONE;
        r->index = MT_N;
    }
    return r;
}

// Random(x=None)
static Value random_ctor(KrVm *vm, int argc, const Value *argv, Value kw) {
    static const char *const names[] = {"x"};
    Value a[1];
    if (kr_args_bind_def(vm, "Random.__init__", true, argc, argv, kw, names, 1, 0, a) < 0) {
        return VAL_EXC;
    }
    RandomObj *r = rnd_new(vm);
    if (!r || do_seed(vm, r, IS_UNDEF(a[0]) ? VAL_NONE : a[0], kr_int(2)) < 0) {
        return VAL_EXC;
    }
    return kr_obj(r);
}

static Value rnd_seed(KrVm *vm, int argc, const Value *argv, Value kw) {
    static const char *const names[] = {"a", "version"};
    Value a[2];
    if (bind(vm, "seed", argc, argv, kw, names, 2, 0, a) < 0) {
        return VAL_EXC;
    }
    if (do_seed(vm, as_rnd(argv[0]), IS_UNDEF(a[0]) ? VAL_NONE : a[0],
                IS_UNDEF(a[1]) ? kr_int(2) : a[1]) < 0) {
        return VAL_EXC;
    }
    return VAL_NONE;
}

// ----- Core: random, getrandbits, getstate, setstate -----

static Value rnd_random(KrVm *vm, int argc, const Value *argv, Value kw) {
    if (check_self(vm, "random", argc, argv) < 0) {
        return VAL_EXC;
    }
    if (kr_args_no_kw(vm, "Random.random", kw) < 0) {
        return VAL_EXC;
    }
    if (argc != 1) {
        return kr_raise(vm, EXC_TypeError, "Random.random() takes no arguments (%d given)",
                        argc - 1);
    }
    return kr_float(gen_double(as_rnd(argv[0])));
}

// getrandbits(k) as an int Value; k >= 0.
static Value getrandbits(KrVm *vm, RandomObj *r, int64_t k) {
    if (k <= 64) {
        uint64_t u = bits_u64(r, (int)k);
        return u <= (uint64_t)INT64_MAX ? kr_int((int64_t)u) : kr_int_from_u64(vm, u);
    }
    size_t n = (size_t)((k - 1) / 32 + 1), bytes;
    if (!kr_mul_ok(n, sizeof(uint32_t), &bytes) || !kr_add_ok(bytes, sizeof(BigInt), &bytes)) {
        return kr_raise_nomem(vm);
    }
    if (kr_tick(vm, (int64_t)n) < 0) {
        return VAL_EXC;
    }
    BigInt *b = kr_gc_alloc(vm, &kr_type_int, bytes);
    if (!b) {
        return VAL_EXC;
    }
    b->cap = (int64_t)n;
    bits_words(r, b->d, k);
    n = kr_bigint_norm(b->d, n);
    if (n <= 2) {
        uint64_t m = n == 0 ? 0 : n == 1 ? b->d[0] : (b->d[0] | (uint64_t)b->d[1] << 32);
        if (m <= (uint64_t)INT64_MAX) {
            return kr_int((int64_t)m);
        }
    }
    b->size = (int64_t)n;
    return kr_obj(b);
}

static Value rnd_getrandbits(KrVm *vm, int argc, const Value *argv, Value kw) {
    if (check_self(vm, "getrandbits", argc, argv) < 0) {
        return VAL_EXC;
    }
    if (kr_args_no_kw(vm, "Random.getrandbits", kw) < 0) {
        return VAL_EXC;
    }
    if (argc != 2) {
        return kr_raise(vm, EXC_TypeError,
                        "Random.getrandbits() takes exactly one argument (%d given)", argc - 1);
    }
    int64_t k;
    if (arg_cint(vm, argv[1], &k) < 0) {
        return VAL_EXC;
    }
    if (k < 0) {
        return kr_raise(vm, EXC_ValueError, "number of bits must be non-negative");
    }
    return getrandbits(vm, as_rnd(argv[0]), k);
}

static Value rnd_getstate(KrVm *vm, int argc, const Value *argv, Value kw) {
    static const char *const names[] = {"_"};
    Value a[1];
    if (bind(vm, "getstate", argc, argv, kw, names, 0, 0, a) < 0) {
        return VAL_EXC;
    }
    RandomObj *r = as_rnd(argv[0]);
    Tuple *t = kr_tuple_new(vm, MT_N + 1);
    if (!t) {
        return VAL_EXC;
    }
    for (int i = 0; i < MT_N; i++) {
        t->items[i] = kr_int(r->mt[i]);
    }
    t->items[MT_N] = kr_int(r->index);
    return kr_tuple_pack(vm, 3, kr_int(3), kr_obj(t), r->gauss_next);
}

// _random.Random.setstate(internalstate): all-or-nothing.
static int set_internal(KrVm *vm, RandomObj *r, Value st) {
    if (!IS_TUPLE(st)) {
        kr_raise(vm, EXC_TypeError, "state vector must be a tuple");
        return -1;
    }
    Tuple *t = AS_TUPLE(st);
    if (t->len != MT_N + 1) {
        kr_raise(vm, EXC_ValueError, "state vector is the wrong size");
        return -1;
    }
    uint32_t mt[MT_N];
    for (int i = 0; i < MT_N; i++) {
        Value v = t->items[i];
        if (!kr_is_intlike(v)) {
            kr_raise(vm, EXC_TypeError, "an integer is required");
            return -1;
        }
        if (kr_int_sign(v) < 0) {
            kr_raise(vm, EXC_OverflowError, "can't convert negative value to unsigned int");
            return -1;
        }
        uint32_t buf[2];
        size_t n;
        bool neg;
        const uint32_t *d = int_mag(v, buf, &n, &neg);
        if (n > 2) {
            kr_raise(vm, EXC_OverflowError, "Python int too large to convert to C unsigned long");
            return -1;
        }
        mt[i] = n ? d[0] : 0;
    }
    Value iv = t->items[MT_N];
    if (!kr_is_intlike(iv)) {
        kr_raise(vm, EXC_TypeError, "'%s' object cannot be interpreted as an integer",
                 kr_typename(iv));
        return -1;
    }
    if (IS_BIGINT(iv)) {
        kr_raise(vm, EXC_OverflowError, "Python int too large to convert to C long");
        return -1;
    }
    if (iv.u.i < 0 || iv.u.i > MT_N) {
        kr_raise(vm, EXC_ValueError, "invalid state");
        return -1;
    }
    memcpy(r->mt, mt, sizeof mt);
    r->index = (int32_t)iv.u.i;
    return 0;
}

// Unpacks exactly 3 items of [state] (any iterable) as `a, b, c = state`.
static int unpack3(KrVm *vm, Value state, Value out[3]) {
    if (IS_TUPLE(state) || IS_LIST(state)) {
        int64_t n = IS_TUPLE(state) ? AS_TUPLE(state)->len : AS_LIST(state)->len;
        const Value *items = IS_TUPLE(state) ? AS_TUPLE(state)->items : AS_LIST(state)->items;
        if (n < 3) {
            kr_raise(vm, EXC_ValueError, "not enough values to unpack (expected 3, got %ld)",
                     (long)n);
            return -1;
        }
        if (n > 3) {
            kr_raise(vm, EXC_ValueError, "too many values to unpack (expected 3)");
            return -1;
        }
        memcpy(out, items, 3 * sizeof(Value));
        return 0;
    }
    Value it = kr_iter(vm, state);
    if (IS_EXC(it)) {
        if (kr_exc_pending_is(vm, EXC_TypeError)) {
            kr_exc_take(vm);
            kr_raise(vm, EXC_TypeError, "cannot unpack non-iterable %s object", kr_typename(state));
        }
        return -1;
    }
    for (int i = 0; i < 4; i++) {
        Value v = kr_next(vm, it);
        if (IS_EXC(v)) {
            return -1;
        }
        if (IS_UNDEF(v)) {
            if (i == 3) {
                return 0;
            }
            kr_raise(vm, EXC_ValueError, "not enough values to unpack (expected 3, got %d)", i);
            return -1;
        }
        if (i == 3) {
            kr_raise(vm, EXC_ValueError, "too many values to unpack (expected 3)");
            return -1;
        }
        out[i] = v;
        if (kr_scope_hold(vm, v) < 0) {
            return -1;
        }
    }
    return 0;
}

static Value rnd_setstate(KrVm *vm, int argc, const Value *argv, Value kw) {
    static const char *const names[] = {"state"};
    Value a[1];
    if (bind(vm, "setstate", argc, argv, kw, names, 1, 1, a) < 0) {
        return VAL_EXC;
    }
    RandomObj *r = as_rnd(argv[0]);
    Value version = kr_getitem(vm, a[0], kr_int(0));
    if (IS_EXC(version)) {
        return VAL_EXC;
    }
    int is3 = kr_eq(vm, version, kr_int(3));
    int is2 = is3 ? 0 : kr_eq(vm, version, kr_int(2));
    if (is3 < 0 || is2 < 0) {
        return VAL_EXC;
    }
    if (!is3 && !is2) {
        return kr_raise(vm, EXC_ValueError,
                        "state with version %S passed to Random.setstate() of version 3", version);
    }
    Value parts[3];
    if (unpack3(vm, a[0], parts) < 0) {
        return VAL_EXC;
    }
    r->gauss_next = parts[2];
    Value internal = parts[1];
    if (is2) {
        // Version 2 saved signed words: tuple(x % 2**32 for x in internalstate).
        Value l = kr_list_from_iterable(vm, internal);
        if (IS_EXC(l)) {
            return VAL_EXC;
        }
        Value m32 = kr_int((int64_t)1 << 32);
        List *lst = AS_LIST(l);
        for (int64_t i = 0; i < lst->len; i++) {
            Value v = kr_binop(vm, BINOP_MOD, lst->items[i], m32);
            if (IS_EXC(v)) {
                if (kr_exc_pending_is(vm, EXC_ValueError)) {
                    kr_exc_take(vm);
                    kr_raise(vm, EXC_TypeError, "");
                }
                return VAL_EXC;
            }
            lst->items[i] = v;
        }
        internal = kr_tuple_from(vm, lst->len, lst->items);
        if (IS_EXC(internal)) {
            return VAL_EXC;
        }
    }
    if (set_internal(vm, r, internal) < 0) {
        return VAL_EXC;
    }
    return VAL_NONE;
}

// ----- Integers: _randbelow_with_getrandbits, randrange, randint -----

// A random int in [0, n) for int Value n > 0 (CPython's _randbelow_with_getrandbits).
static Value randbelow(KrVm *vm, RandomObj *r, Value n) {
    if (IS_INT(n) || IS_BOOL(n)) {
        uint64_t un = (uint64_t)n.u.i;
        int k = 64 - __builtin_clzll(un);
        uint64_t x = bits_u64(r, k);
        while (x >= un) {
            x = bits_u64(r, k);
        }
        return kr_int((int64_t)x);
    }
    uint32_t buf[2];
    size_t nn, bytes;
    bool neg;
    const uint32_t *d = int_mag(n, buf, &nn, &neg);
    uint64_t k = kr_bigint_bitlen(d, nn);
    if (!kr_mul_ok(nn, sizeof(uint32_t), &bytes)) {
        return kr_raise_nomem(vm);
    }
    uint32_t *w = kr_mem_alloc(vm, bytes);
    if (!w) {
        return VAL_EXC;
    }
    for (;;) {
        if (kr_tick(vm, (int64_t)nn) < 0) {
            kr_mem_free(vm, w, bytes);
            return VAL_EXC;
        }
        bits_words(r, w, (int64_t)k);
        d = kr_as_bigint(n)->d; // n is a BigInt here: its limbs do not move
        if (kr_bigint_cmp(w, kr_bigint_norm(w, nn), d, nn) < 0) {
            break;
        }
    }
    Value v = words_value(vm, w, nn);
    kr_mem_free(vm, w, bytes);
    return v;
}

// randbelow for a C count n > 0.
static int64_t randbelow_i(RandomObj *r, int64_t n) {
    uint64_t un = (uint64_t)n;
    int k = 64 - __builtin_clzll(un);
    uint64_t x = bits_u64(r, k);
    while (x >= un) {
        x = bits_u64(r, k);
    }
    return (int64_t)x;
}

// operator.index(v), else int(v) which must equal v ("non-integer <what> for randrange()").
static Value rr_index(KrVm *vm, Value v, const char *what) {
    if (kr_is_intlike(v)) {
        return kr_int_normalize(vm, v);
    }
    TypeObj *ic = kr_class_by_id(vm, TY_INT);
    if (!ic) {
        return VAL_EXC;
    }
    Value iv = kr_call(vm, kr_obj(ic), 1, &v, VAL_UNDEF);
    if (IS_EXC(iv)) {
        return VAL_EXC;
    }
    int eq = kr_eq(vm, iv, v);
    if (eq < 0) {
        return VAL_EXC;
    }
    if (!eq) {
        return kr_raise(vm, EXC_ValueError, "non-integer %s for randrange()", what);
    }
    // CPython also emits a DeprecationWarning here (krait has no warnings machinery).
    return iv;
}

static Value randrange(KrVm *vm, RandomObj *r, Value start, Value stop, Value step) {
    Value istart = rr_index(vm, start, "arg 1");
    if (IS_EXC(istart)) {
        return VAL_EXC;
    }
    if (IS_UNDEF(stop) || IS_NONE(stop)) {
        // `step is not _ONE`: only an omitted step or the int 1 itself passes.
        if (!IS_UNDEF(step) && !(IS_INT(step) && step.u.i == 1)) {
            return kr_raise(vm, EXC_TypeError, "Missing a non-None stop argument");
        }
        if (kr_int_sign(istart) > 0) {
            return randbelow(vm, r, istart);
        }
        return kr_raise(vm, EXC_ValueError, "empty range for randrange()");
    }
    Value istop = rr_index(vm, stop, "stop");
    if (IS_EXC(istop)) {
        return VAL_EXC;
    }
    Value width = kr_int_binop(vm, BINOP_SUB, istop, istart);
    if (IS_EXC(width)) {
        return VAL_EXC;
    }
    Value istep = IS_UNDEF(step) ? kr_int(1) : rr_index(vm, step, "step");
    if (IS_EXC(istep)) {
        return VAL_EXC;
    }
    if (IS_INT(istep) && istep.u.i == 1) {
        if (kr_int_sign(width) > 0) {
            Value off = randbelow(vm, r, width);
            return IS_EXC(off) ? off : kr_int_binop(vm, BINOP_ADD, istart, off);
        }
        return kr_raise(vm, EXC_ValueError, "empty range for randrange() (%S, %S, %S)", istart,
                        istop, width);
    }
    int sign = kr_int_sign(istep);
    if (sign == 0) {
        return kr_raise(vm, EXC_ValueError, "zero step for randrange()");
    }
    // n = (width + istep - 1) // istep, or (width + istep + 1) // istep for a negative step.
    Value t = kr_int_binop(vm, BINOP_ADD, width, istep);
    t = IS_EXC(t) ? t : kr_int_binop(vm, sign > 0 ? BINOP_SUB : BINOP_ADD, t, kr_int(1));
    Value n = IS_EXC(t) ? t : kr_int_binop(vm, BINOP_FLOORDIV, t, istep);
    if (IS_EXC(n)) {
        return VAL_EXC;
    }
    if (kr_int_sign(n) <= 0) {
        return kr_raise(vm, EXC_ValueError, "empty range for randrange()");
    }
    Value off = randbelow(vm, r, n);
    off = IS_EXC(off) ? off : kr_int_binop(vm, BINOP_MUL, istep, off);
    return IS_EXC(off) ? off : kr_int_binop(vm, BINOP_ADD, istart, off);
}

static Value rnd_randrange(KrVm *vm, int argc, const Value *argv, Value kw) {
    static const char *const names[] = {"start", "stop", "step"};
    Value a[3];
    if (bind(vm, "randrange", argc, argv, kw, names, 3, 1, a) < 0) {
        return VAL_EXC;
    }
    return randrange(vm, as_rnd(argv[0]), a[0], a[1], a[2]);
}

static Value rnd_randint(KrVm *vm, int argc, const Value *argv, Value kw) {
    static const char *const names[] = {"a", "b"};
    Value a[2];
    if (bind(vm, "randint", argc, argv, kw, names, 2, 2, a) < 0) {
        return VAL_EXC;
    }
    Value b1 = add(vm, a[1], kr_int(1));
    if (IS_EXC(b1)) {
        return VAL_EXC;
    }
    return randrange(vm, as_rnd(argv[0]), a[0], b1, VAL_UNDEF);
}

static Value rnd_randbytes(KrVm *vm, int argc, const Value *argv, Value kw) {
    static const char *const names[] = {"n"};
    Value a[1];
    if (bind(vm, "randbytes", argc, argv, kw, names, 1, 1, a) < 0) {
        return VAL_EXC;
    }
    Value nb = mul(vm, a[0], kr_int(8));
    if (IS_EXC(nb)) {
        return VAL_EXC;
    }
    int64_t k;
    if (arg_cint(vm, nb, &k) < 0) {
        return VAL_EXC;
    }
    if (k < 0) {
        return kr_raise(vm, EXC_ValueError, "number of bits must be non-negative");
    }
    int64_t n = k / 8; // n is an int here (a float n would have failed the C int conversion)
    RandomObj *r = as_rnd(argv[0]);
    if (kr_tick(vm, n / 4 + 1) < 0) {
        return VAL_EXC;
    }
    Bytes *b = kr_bytes_alloc(vm, n);
    if (!b) {
        return VAL_EXC;
    }
    // getrandbits(8n).to_bytes(n, 'little'): the words' bytes, low word first.
    for (int64_t i = 0, left = k; left > 0; i += 4, left -= 32) {
        uint32_t w = genrand(r);
        if (left < 32) {
            w >>= 32 - left;
        }
        for (int j = 0; j < 4 && i + j < n; j++) {
            b->data[i + j] = (uint8_t)(w >> (8 * j));
        }
    }
    return kr_obj(b);
}

// ----- Sequences: choice, shuffle, sample, choices -----

static Value item_at(KrVm *vm, Value seq, int64_t i) {
    if (IS_LIST(seq) && i >= 0 && i < AS_LIST(seq)->len) {
        return AS_LIST(seq)->items[i];
    }
    if (IS_TUPLE(seq) && i >= 0 && i < AS_TUPLE(seq)->len) {
        return AS_TUPLE(seq)->items[i];
    }
    return kr_getitem(vm, seq, kr_int(i));
}

static Value item_at_v(KrVm *vm, Value seq, Value i) {
    if (IS_INT(i)) {
        return item_at(vm, seq, i.u.i);
    }
    return kr_getitem(vm, seq, i);
}

static Value rnd_choice(KrVm *vm, int argc, const Value *argv, Value kw) {
    static const char *const names[] = {"seq"};
    Value a[1];
    if (bind(vm, "choice", argc, argv, kw, names, 1, 1, a) < 0) {
        return VAL_EXC;
    }
    int64_t n = kr_len(vm, a[0]);
    if (n < 0) {
        return VAL_EXC;
    }
    if (n == 0) {
        return kr_raise(vm, EXC_IndexError, "Cannot choose from an empty sequence");
    }
    return item_at(vm, a[0], randbelow_i(as_rnd(argv[0]), n));
}

static Value rnd_shuffle(KrVm *vm, int argc, const Value *argv, Value kw) {
    static const char *const names[] = {"x"};
    Value a[1];
    if (bind(vm, "shuffle", argc, argv, kw, names, 1, 1, a) < 0) {
        return VAL_EXC;
    }
    RandomObj *r = as_rnd(argv[0]);
    Value x = a[0];
    int64_t n = kr_len(vm, x);
    if (n < 0) {
        return VAL_EXC;
    }
    for (int64_t i = n - 1; i >= 1; i--) {
        if ((i & 1023) == 0 && kr_tick(vm, 1024) < 0) {
            return VAL_EXC;
        }
        int64_t j = randbelow_i(r, i + 1);
        if (IS_LIST(x) && AS_LIST(x)->len > i) {
            Value *it = AS_LIST(x)->items;
            Value t = it[i];
            it[i] = it[j];
            it[j] = t;
            continue;
        }
        // x[i], x[j] = x[j], x[i]
        Value vj = kr_getitem(vm, x, kr_int(j));
        if (IS_EXC(vj) || kr_scope_hold(vm, vj) < 0) {
            return VAL_EXC;
        }
        Value vi = kr_getitem(vm, x, kr_int(i));
        if (IS_EXC(vi) || kr_scope_hold(vm, vi) < 0) {
            return VAL_EXC;
        }
        if (kr_setitem(vm, x, kr_int(i), vj) < 0 || kr_setitem(vm, x, kr_int(j), vi) < 0) {
            return VAL_EXC;
        }
    }
    return VAL_NONE;
}

// list(accumulate(it)) with the generic + operator.
static Value accumulate_list(KrVm *vm, Value src) {
    Value it = kr_iter(vm, src);
    if (IS_EXC(it) || kr_scope_hold(vm, it) < 0) {
        return VAL_EXC;
    }
    List *out = kr_list_new(vm, 0);
    if (!out) {
        return VAL_EXC;
    }
    Value total = VAL_UNDEF;
    for (;;) {
        Value v = kr_next(vm, it);
        if (IS_EXC(v)) {
            return VAL_EXC;
        }
        if (IS_UNDEF(v)) {
            break;
        }
        total = IS_UNDEF(total) ? v : add(vm, total, v);
        if (IS_EXC(total) || kr_list_append(vm, out, total) < 0 || kr_tick(vm, 1) < 0) {
            return VAL_EXC;
        }
    }
    return kr_obj(out);
}

// bisect.bisect_right(a, x, lo, hi)
static int64_t bisect_right(KrVm *vm, Value a, Value x, int64_t lo, int64_t hi) {
    while (lo < hi) {
        int64_t mid = lo + (hi - lo) / 2;
        Value item = item_at(vm, a, mid);
        if (IS_EXC(item)) {
            return -1;
        }
        int lt = kr_lt(vm, x, item);
        if (lt < 0) {
            return -1;
        }
        if (lt) {
            hi = mid;
        } else {
            lo = mid + 1;
        }
    }
    return lo;
}

// isinstance(v, collections.abc.Sequence) for the built-in types (no classes to register).
static bool is_sequence(Value v) {
    return IS_LIST(v) || IS_TUPLE(v) || IS_STR(v) || IS_BYTES(v) || IS_BYTEARRAY(v) ||
           kr_isa(v, &kr_type_range) ||
           (IS_OBJ(v) && strcmp(AS_OBJ(v)->type->name, "collections.deque") == 0);
}

static Value sample(KrVm *vm, RandomObj *r, Value pop, Value k, Value counts) {
    if (!is_sequence(pop)) {
        return kr_raise(vm, EXC_TypeError,
                        "Population must be a sequence.  "
                        "For dicts or sets, use sorted(d).");
    }
    int64_t n = kr_len(vm, pop);
    if (n < 0) {
        return VAL_EXC;
    }
    if (!IS_UNDEF(counts) && !IS_NONE(counts)) {
        Value cum = accumulate_list(vm, counts);
        if (IS_EXC(cum)) {
            return VAL_EXC;
        }
        List *cl = AS_LIST(cum);
        if (cl->len != n) {
            return kr_raise(vm, EXC_ValueError,
                            "The number of counts does not match the population");
        }
        if (cl->len == 0) {
            return kr_raise(vm, EXC_IndexError, "pop from empty list");
        }
        Value total = cl->items[--cl->len];
        if (!kr_is_intlike(total)) {
            return kr_raise(vm, EXC_TypeError, "Counts must be integers");
        }
        if (kr_int_sign(total) <= 0) {
            return kr_raise(vm, EXC_ValueError, "Total of counts must be greater than zero");
        }
        TypeObj *rc = kr_class_by_id(vm, TY_RANGE);
        Value rng = rc ? kr_call(vm, kr_obj(rc), 1, &total, VAL_UNDEF) : VAL_EXC;
        Value sel = IS_EXC(rng) ? rng : sample(vm, r, rng, k, VAL_UNDEF);
        if (IS_EXC(sel)) {
            return VAL_EXC;
        }
        List *sl = AS_LIST(sel);
        for (int64_t i = 0; i < sl->len; i++) {
            int64_t idx = bisect_right(vm, cum, sl->items[i], 0, cl->len);
            if (idx < 0) {
                return VAL_EXC;
            }
            Value v = item_at(vm, pop, idx);
            if (IS_EXC(v)) {
                return VAL_EXC;
            }
            sl->items[i] = v;
        }
        return sel;
    }
    // if not 0 <= k <= n
    int ok = cmp(vm, kr_int(0), k, CMP_LE);
    if (ok > 0) {
        ok = cmp(vm, k, kr_int(n), CMP_LE);
    }
    if (ok < 0) {
        return VAL_EXC;
    }
    if (!ok) {
        return kr_raise(vm, EXC_ValueError, "Sample larger than population or is negative");
    }
    if (!kr_is_intlike(k)) {
        return kr_raise(vm, EXC_TypeError, "can't multiply sequence by non-int of type '%s'",
                        kr_typename(k));
    }
    int64_t kk = k.u.i; // 0 <= k <= n: a small int
    List *res = kr_list_new(vm, kk);
    if (!res) {
        return VAL_EXC;
    }
    for (int64_t i = 0; i < kk; i++) {
        res->items[i] = VAL_NONE;
    }
    res->len = kk;
    int64_t setsize = 21;
    if (kk > 5) {
        setsize += (int64_t)pow(4.0, ceil(log((double)(kk * 3)) / log(4.0)));
    }
    if (n <= setsize) {
        Value pv = kr_list_from_iterable(vm, pop);
        if (IS_EXC(pv)) {
            return VAL_EXC;
        }
        List *pool = AS_LIST(pv);
        for (int64_t i = 0; i < kk; i++) {
            int64_t j = randbelow_i(r, n - i);
            res->items[i] = pool->items[j];
            pool->items[j] = pool->items[n - i - 1];
        }
        return kr_obj(res);
    }
    Set *selected = kr_set_new(vm, false);
    if (!selected) {
        return VAL_EXC;
    }
    for (int64_t i = 0; i < kk; i++) {
        int64_t j = randbelow_i(r, n);
        for (;;) {
            int in = kr_set_contains(vm, selected, kr_int(j));
            if (in < 0 || kr_tick(vm, 1) < 0) {
                return VAL_EXC;
            }
            if (!in) {
                break;
            }
            j = randbelow_i(r, n);
        }
        if (kr_set_add(vm, selected, kr_int(j)) < 0) {
            return VAL_EXC;
        }
        Value v = item_at(vm, pop, j);
        if (IS_EXC(v)) {
            return VAL_EXC;
        }
        res->items[i] = v;
    }
    return kr_obj(res);
}

static Value rnd_sample(KrVm *vm, int argc, const Value *argv, Value kw) {
    static const char *const names[] = {"population", "k", "counts"};
    Value a[3];
    if (bind_kwonly(vm, "sample", argc, argv, kw, names, 3, 2, 2, a) < 0) {
        return VAL_EXC;
    }
    return sample(vm, as_rnd(argv[0]), a[0], a[1], a[2]);
}

static Value rnd_choices(KrVm *vm, int argc, const Value *argv, Value kw) {
    static const char *const names[] = {"population", "weights", "cum_weights", "k"};
    Value a[4];
    if (bind_kwonly(vm, "choices", argc, argv, kw, names, 4, 2, 1, a) < 0) {
        return VAL_EXC;
    }
    RandomObj *r = as_rnd(argv[0]);
    Value pop = a[0], weights = IS_UNDEF(a[1]) ? VAL_NONE : a[1];
    Value cum = IS_UNDEF(a[2]) ? VAL_NONE : a[2], kv = IS_UNDEF(a[3]) ? kr_int(1) : a[3];
    int64_t n = kr_len(vm, pop);
    if (n < 0) {
        return VAL_EXC;
    }
    int64_t k;
    List *res;
    if (IS_NONE(cum)) {
        if (IS_NONE(weights)) {
            if (kr_index(vm, kv, &k) < 0) {
                return VAL_EXC;
            }
            res = kr_list_new(vm, 0);
            if (!res) {
                return VAL_EXC;
            }
            double dn = (double)n;
            for (int64_t i = 0; i < k; i++) {
                Value idx = kr_int_from_double(vm, floor(gen_double(r) * dn));
                Value v = IS_EXC(idx) ? idx : item_at_v(vm, pop, idx);
                if (IS_EXC(v) || kr_list_append(vm, res, v) < 0 || kr_tick(vm, 1) < 0) {
                    return VAL_EXC;
                }
            }
            return kr_obj(res);
        }
        cum = accumulate_list(vm, weights);
        if (IS_EXC(cum)) {
            if (kr_exc_pending_is(vm, EXC_TypeError) && kr_is_intlike(weights)) {
                kr_exc_take(vm);
                return kr_raise(vm, EXC_TypeError,
                                "The number of choices must be a keyword argument: k=%R", weights);
            }
            return VAL_EXC;
        }
    } else if (!IS_NONE(weights)) {
        return kr_raise(vm, EXC_TypeError, "Cannot specify both weights and cumulative weights");
    }
    int64_t nc = kr_len(vm, cum);
    if (nc < 0) {
        return VAL_EXC;
    }
    if (nc != n) {
        return kr_raise(vm, EXC_ValueError, "The number of weights does not match the population");
    }
    Value last = kr_getitem(vm, cum, kr_int(-1));
    Value total = IS_EXC(last) ? last : add(vm, last, kr_float(0.0));
    if (IS_EXC(total)) {
        return VAL_EXC;
    }
    int le = cmp(vm, total, kr_float(0.0), CMP_LE);
    if (le < 0) {
        return VAL_EXC;
    }
    if (le) {
        return kr_raise(vm, EXC_ValueError, "Total of weights must be greater than zero");
    }
    double dt;
    if (kr_to_double(vm, total, &dt) < 0) {
        return VAL_EXC;
    }
    if (!isfinite(dt)) {
        return kr_raise(vm, EXC_ValueError, "Total of weights must be finite");
    }
    if (kr_index(vm, kv, &k) < 0) {
        return VAL_EXC;
    }
    res = kr_list_new(vm, 0);
    if (!res) {
        return VAL_EXC;
    }
    for (int64_t i = 0; i < k; i++) {
        Value x = mul(vm, kr_float(gen_double(r)), total);
        if (IS_EXC(x)) {
            return VAL_EXC;
        }
        int64_t idx = bisect_right(vm, cum, x, 0, n - 1);
        Value v = idx < 0 ? VAL_EXC : item_at(vm, pop, idx);
        if (IS_EXC(v) || kr_list_append(vm, res, v) < 0 || kr_tick(vm, 1) < 0) {
            return VAL_EXC;
        }
    }
    return kr_obj(res);
}

// ----- Real-valued distributions -----

static Value rnd_uniform(KrVm *vm, int argc, const Value *argv, Value kw) {
    static const char *const names[] = {"a", "b"};
    Value a[2];
    if (bind(vm, "uniform", argc, argv, kw, names, 2, 2, a) < 0) {
        return VAL_EXC;
    }
    // a + (b - a) * self.random()
    Value d = sub(vm, a[1], a[0]);
    if (IS_EXC(d)) {
        return VAL_EXC;
    }
    Value m = mul(vm, d, kr_float(gen_double(as_rnd(argv[0]))));
    return IS_EXC(m) ? m : add(vm, a[0], m);
}

static Value math_sqrt(KrVm *vm, Value v) {
    double d;
    if (kr_to_double(vm, v, &d) < 0) {
        return VAL_EXC;
    }
    if (d < 0) {
        return kr_raise(vm, EXC_ValueError, "math domain error");
    }
    return kr_float(sqrt(d));
}

static Value rnd_triangular(KrVm *vm, int argc, const Value *argv, Value kw) {
    static const char *const names[] = {"low", "high", "mode"};
    Value a[3];
    if (bind(vm, "triangular", argc, argv, kw, names, 3, 0, a) < 0) {
        return VAL_EXC;
    }
    Value low = IS_UNDEF(a[0]) ? kr_float(0.0) : a[0];
    Value high = IS_UNDEF(a[1]) ? kr_float(1.0) : a[1];
    Value mode = IS_UNDEF(a[2]) ? VAL_NONE : a[2];
    Value u = kr_float(gen_double(as_rnd(argv[0])));
    Value c;
    if (IS_NONE(mode)) {
        c = kr_float(0.5);
    } else {
        Value num = sub(vm, mode, low);
        Value den = IS_EXC(num) ? num : sub(vm, high, low);
        c = IS_EXC(den) ? den : tdiv(vm, num, den);
        if (IS_EXC(c)) {
            if (kr_exc_pending_is(vm, EXC_ZeroDivisionError)) {
                kr_exc_take(vm);
                return low;
            }
            return VAL_EXC;
        }
    }
    int gt = cmp(vm, u, c, CMP_GT);
    if (gt < 0) {
        return VAL_EXC;
    }
    if (gt) {
        u = kr_float(1.0 - AS_FLOAT(u));
        c = sub(vm, kr_float(1.0), c);
        if (IS_EXC(c)) {
            return VAL_EXC;
        }
        Value t = low;
        low = high;
        high = t;
    }
    // low + (high - low) * _sqrt(u * c)
    Value d = sub(vm, high, low);
    Value uc = IS_EXC(d) ? d : mul(vm, u, c);
    Value s = IS_EXC(uc) ? uc : math_sqrt(vm, uc);
    Value m = IS_EXC(s) ? s : mul(vm, d, s);
    return IS_EXC(m) ? m : add(vm, low, m);
}

static double normal_z(RandomObj *r) {
    const double nv_magic = 4 * exp(-0.5) / sqrt(2.0);
    for (;;) {
        double u1 = gen_double(r);
        double u2 = 1.0 - gen_double(r);
        double z = nv_magic * (u1 - 0.5) / u2;
        double zz = z * z / 4.0;
        if (zz <= -log(u2)) {
            return z;
        }
    }
}

// mu + z * sigma
static Value affine(KrVm *vm, Value mu, Value z, Value sigma) {
    Value m = mul(vm, z, sigma);
    return IS_EXC(m) ? m : add(vm, mu, m);
}

static Value rnd_normalvariate(KrVm *vm, int argc, const Value *argv, Value kw) {
    static const char *const names[] = {"mu", "sigma"};
    Value a[2];
    if (bind(vm, "normalvariate", argc, argv, kw, names, 2, 0, a) < 0) {
        return VAL_EXC;
    }
    double z = normal_z(as_rnd(argv[0]));
    return affine(vm, IS_UNDEF(a[0]) ? kr_float(0.0) : a[0], kr_float(z),
                  IS_UNDEF(a[1]) ? kr_float(1.0) : a[1]);
}

static Value rnd_gauss(KrVm *vm, int argc, const Value *argv, Value kw) {
    static const char *const names[] = {"mu", "sigma"};
    Value a[2];
    if (bind(vm, "gauss", argc, argv, kw, names, 2, 0, a) < 0) {
        return VAL_EXC;
    }
    RandomObj *r = as_rnd(argv[0]);
    Value z = r->gauss_next;
    r->gauss_next = VAL_NONE;
    if (IS_NONE(z)) {
        double x2pi = gen_double(r) * TWOPI;
        double g2rad = sqrt(-2.0 * log(1.0 - gen_double(r)));
        z = kr_float(cos(x2pi) * g2rad);
        r->gauss_next = kr_float(sin(x2pi) * g2rad);
    } else if (kr_scope_hold(vm, z) < 0) {
        return VAL_EXC;
    }
    return affine(vm, IS_UNDEF(a[0]) ? kr_float(0.0) : a[0], z,
                  IS_UNDEF(a[1]) ? kr_float(1.0) : a[1]);
}

// math.exp(v) with CPython's overflow rule.
static Value math_exp(KrVm *vm, Value v) {
    double d;
    if (kr_to_double(vm, v, &d) < 0) {
        return VAL_EXC;
    }
    double r = exp(d);
    if (isinf(r) && isfinite(d)) {
        return kr_raise(vm, EXC_OverflowError, "math range error");
    }
    return kr_float(r);
}

static Value rnd_lognormvariate(KrVm *vm, int argc, const Value *argv, Value kw) {
    static const char *const names[] = {"mu", "sigma"};
    Value a[2];
    if (bind(vm, "lognormvariate", argc, argv, kw, names, 2, 2, a) < 0) {
        return VAL_EXC;
    }
    double z = normal_z(as_rnd(argv[0]));
    Value n = affine(vm, a[0], kr_float(z), a[1]);
    return IS_EXC(n) ? n : math_exp(vm, n);
}

static Value rnd_expovariate(KrVm *vm, int argc, const Value *argv, Value kw) {
    static const char *const names[] = {"lambd"};
    Value a[1];
    if (bind(vm, "expovariate", argc, argv, kw, names, 1, 1, a) < 0) {
        return VAL_EXC;
    }
    double l = -log(1.0 - gen_double(as_rnd(argv[0])));
    return tdiv(vm, kr_float(l), a[0]);
}

static Value rnd_vonmisesvariate(KrVm *vm, int argc, const Value *argv, Value kw) {
    static const char *const names[] = {"mu", "kappa"};
    Value a[2];
    if (bind(vm, "vonmisesvariate", argc, argv, kw, names, 2, 2, a) < 0) {
        return VAL_EXC;
    }
    RandomObj *r = as_rnd(argv[0]);
    int small = cmp(vm, a[1], kr_float(1e-6), CMP_LE);
    if (small < 0) {
        return VAL_EXC;
    }
    if (small) {
        return kr_float(TWOPI * gen_double(r));
    }
    Value sv = tdiv(vm, kr_float(0.5), a[1]);
    double s;
    if (IS_EXC(sv) || kr_to_double(vm, sv, &s) < 0) {
        return VAL_EXC;
    }
    double rr = s + sqrt(1.0 + s * s), z;
    for (;;) {
        double u1 = gen_double(r);
        z = cos(PI_ * u1);
        double d = z / (rr + z);
        double u2 = gen_double(r);
        if (u2 < 1.0 - d * d || u2 <= (1.0 - d) * exp(d)) {
            break;
        }
    }
    double q = 1.0 / rr;
    double f = (q + z) / (1.0 + q * z);
    double u3 = gen_double(r);
    Value t = u3 > 0.5 ? add(vm, a[0], kr_float(acos(f))) : sub(vm, a[0], kr_float(acos(f)));
    return IS_EXC(t) ? t : kr_binop(vm, BINOP_MOD, t, kr_float(TWOPI));
}

// gammavariate(alpha, beta) as a Value.
static Value gammavariate(KrVm *vm, RandomObj *r, Value alpha, Value beta) {
    int bad = cmp(vm, alpha, kr_float(0.0), CMP_LE);
    if (bad == 0) {
        bad = cmp(vm, beta, kr_float(0.0), CMP_LE);
    }
    if (bad < 0) {
        return VAL_EXC;
    }
    if (bad) {
        return kr_raise(vm, EXC_ValueError, "gammavariate: alpha and beta must be > 0.0");
    }
    int gt1 = cmp(vm, alpha, kr_float(1.0), CMP_GT);
    if (gt1 < 0) {
        return VAL_EXC;
    }
    double al;
    if (gt1) {
        // Cheng's algorithm (alpha > 1).
        if (kr_to_double(vm, alpha, &al) < 0) {
            return VAL_EXC;
        }
        const double log4 = log(4.0), sg_magic = 1.0 + log(4.5);
        double ainv = sqrt(2.0 * al - 1.0);
        double bbb = al - log4;
        double ccc = al + ainv;
        for (;;) {
            double u1 = gen_double(r);
            if (!(1e-7 < u1 && u1 < 0.9999999)) {
                continue;
            }
            double u2 = 1.0 - gen_double(r);
            double v = log(u1 / (1.0 - u1)) / ainv;
            double x = al * exp(v);
            double z = u1 * u1 * u2;
            double rr = bbb + ccc * v - x;
            if (rr + sg_magic - 4.5 * z >= 0.0 || rr >= log(z)) {
                return mul(vm, kr_float(x), beta);
            }
        }
    }
    int eq1 = kr_eq(vm, alpha, kr_float(1.0));
    if (eq1 < 0) {
        return VAL_EXC;
    }
    if (eq1) {
        return mul(vm, kr_float(-log(1.0 - gen_double(r))), beta);
    }
    // ALGORITHM GS (0 < alpha < 1).
    if (kr_to_double(vm, alpha, &al) < 0) {
        return VAL_EXC;
    }
    double x;
    for (;;) {
        double u = gen_double(r);
        double b = (E_ + al) / E_;
        double p = b * u;
        if (p <= 1.0) {
            x = pow(p, 1.0 / al);
        } else {
            x = -log((b - p) / al);
        }
        double u1 = gen_double(r);
        if (p > 1.0) {
            if (u1 <= pow(x, al - 1.0)) {
                break;
            }
        } else if (u1 <= exp(-x)) {
            break;
        }
    }
    return mul(vm, kr_float(x), beta);
}

static Value rnd_gammavariate(KrVm *vm, int argc, const Value *argv, Value kw) {
    static const char *const names[] = {"alpha", "beta"};
    Value a[2];
    if (bind(vm, "gammavariate", argc, argv, kw, names, 2, 2, a) < 0) {
        return VAL_EXC;
    }
    return gammavariate(vm, as_rnd(argv[0]), a[0], a[1]);
}

static Value rnd_betavariate(KrVm *vm, int argc, const Value *argv, Value kw) {
    static const char *const names[] = {"alpha", "beta"};
    Value a[2];
    if (bind(vm, "betavariate", argc, argv, kw, names, 2, 2, a) < 0) {
        return VAL_EXC;
    }
    RandomObj *r = as_rnd(argv[0]);
    Value y = gammavariate(vm, r, a[0], kr_float(1.0));
    if (IS_EXC(y)) {
        return VAL_EXC;
    }
    int t = kr_truthy(vm, y);
    if (t < 0) {
        return VAL_EXC;
    }
    if (!t) {
        return kr_float(0.0);
    }
    Value y2 = gammavariate(vm, r, a[1], kr_float(1.0));
    Value s = IS_EXC(y2) ? y2 : add(vm, y, y2);
    return IS_EXC(s) ? s : tdiv(vm, y, s);
}

static Value rnd_paretovariate(KrVm *vm, int argc, const Value *argv, Value kw) {
    static const char *const names[] = {"alpha"};
    Value a[1];
    if (bind(vm, "paretovariate", argc, argv, kw, names, 1, 1, a) < 0) {
        return VAL_EXC;
    }
    double u = 1.0 - gen_double(as_rnd(argv[0]));
    Value e = tdiv(vm, kr_float(-1.0), a[0]);
    return IS_EXC(e) ? e : kr_binop(vm, BINOP_POW, kr_float(u), e);
}

static Value rnd_weibullvariate(KrVm *vm, int argc, const Value *argv, Value kw) {
    static const char *const names[] = {"alpha", "beta"};
    Value a[2];
    if (bind(vm, "weibullvariate", argc, argv, kw, names, 2, 2, a) < 0) {
        return VAL_EXC;
    }
    double u = 1.0 - gen_double(as_rnd(argv[0]));
    // alpha * (-_log(u)) ** (1.0 / beta)
    Value e = tdiv(vm, kr_float(1.0), a[1]);
    Value p = IS_EXC(e) ? e : kr_binop(vm, BINOP_POW, kr_float(-log(u)), e);
    return IS_EXC(p) ? p : mul(vm, a[0], p);
}

static Value random_get_gauss_next(KrVm *vm, Value self) {
    return as_rnd(self)->gauss_next;
}

static Value random_get_version(KrVm *vm, Value self) {
    return kr_int(3);
}

static const NativeDef random_methods[] = {
    NATIVE("seed", rnd_seed, 0, -1, NATIVE_KW),
    NATIVE("random", rnd_random, 0, -1, NATIVE_KW),
    NATIVE("getrandbits", rnd_getrandbits, 0, -1, NATIVE_KW),
    NATIVE("getstate", rnd_getstate, 0, -1, NATIVE_KW),
    NATIVE("setstate", rnd_setstate, 0, -1, NATIVE_KW),
    NATIVE("randbytes", rnd_randbytes, 0, -1, NATIVE_KW),
    NATIVE("randrange", rnd_randrange, 0, -1, NATIVE_KW),
    NATIVE("randint", rnd_randint, 0, -1, NATIVE_KW),
    NATIVE("choice", rnd_choice, 0, -1, NATIVE_KW),
    NATIVE("shuffle", rnd_shuffle, 0, -1, NATIVE_KW),
    NATIVE("sample", rnd_sample, 0, -1, NATIVE_KW),
    NATIVE("choices", rnd_choices, 0, -1, NATIVE_KW),
    NATIVE("uniform", rnd_uniform, 0, -1, NATIVE_KW),
    NATIVE("triangular", rnd_triangular, 0, -1, NATIVE_KW),
    NATIVE("normalvariate", rnd_normalvariate, 0, -1, NATIVE_KW),
    NATIVE("gauss", rnd_gauss, 0, -1, NATIVE_KW),
    NATIVE("lognormvariate", rnd_lognormvariate, 0, -1, NATIVE_KW),
    NATIVE("expovariate", rnd_expovariate, 0, -1, NATIVE_KW),
    NATIVE("vonmisesvariate", rnd_vonmisesvariate, 0, -1, NATIVE_KW),
    NATIVE("gammavariate", rnd_gammavariate, 0, -1, NATIVE_KW),
    NATIVE("betavariate", rnd_betavariate, 0, -1, NATIVE_KW),
    NATIVE("paretovariate", rnd_paretovariate, 0, -1, NATIVE_KW),
    NATIVE("weibullvariate", rnd_weibullvariate, 0, -1, NATIVE_KW),
    NATIVE_END,
};

static const GetSetDef random_getset[] = {
    {"gauss_next", random_get_gauss_next},
    {"VERSION", random_get_version},
    {NULL, NULL},
};

const Type kr_type_rnd_random = {
    .name = "Random",
    .id = TY_RND_RANDOM,
    .ctor = random_ctor,
    .basic_size = sizeof(RandomObj),
    .trace = random_trace,
    .methods = random_methods,
    .getset = random_getset,
};

// ----- Module functions: the methods of the shared instance random._inst -----

static Value with_inst(KrVm *vm, NativeFn fn, int argc, const Value *argv, Value kw) {
    RandomObj *r = module_inst(vm);
    if (!r) {
        return kr_raise(vm, EXC_RuntimeError, "random._inst is not a random.Random instance");
    }
    if (kr_scope_hold(vm, kr_obj(r)) < 0) {
        return VAL_EXC;
    }
    Value small[8];
    Value *args = small;
    size_t bytes = 0;
    if (argc + 1 > (int)KR_ARRAY_LEN(small)) {
        bytes = ((size_t)argc + 1) * sizeof(Value);
        args = kr_mem_alloc(vm, bytes);
        if (!args) {
            return VAL_EXC;
        }
    }
    args[0] = kr_obj(r);
    if (argc > 0) {
        memcpy(args + 1, argv, (size_t)argc * sizeof(Value));
    }
    Value res = fn(vm, argc + 1, args, kw);
    if (bytes) {
        kr_mem_free(vm, args, bytes);
    }
    return res;
}

#define MODFN(name)                                                                                \
    static Value random_##name(KrVm *vm, int argc, const Value *argv, Value kw) {                  \
        return with_inst(vm, rnd_##name, argc, argv, kw);                                          \
    }
MODFN(seed)
MODFN(random)
MODFN(getrandbits)
MODFN(getstate)
MODFN(setstate)
MODFN(randbytes)
MODFN(randrange)
MODFN(randint)
MODFN(choice)
MODFN(shuffle)
MODFN(sample)
MODFN(choices)
MODFN(uniform)
MODFN(triangular)
MODFN(normalvariate)
MODFN(gauss)
MODFN(lognormvariate)
MODFN(expovariate)
MODFN(vonmisesvariate)
MODFN(gammavariate)
MODFN(betavariate)
MODFN(paretovariate)
MODFN(weibullvariate)
#undef MODFN

static const NativeDef random_funcs[] = {
    NATIVE("seed", random_seed, 0, -1, NATIVE_KW),
    NATIVE("random", random_random, 0, -1, NATIVE_KW),
    NATIVE("getrandbits", random_getrandbits, 0, -1, NATIVE_KW),
    NATIVE("getstate", random_getstate, 0, -1, NATIVE_KW),
    NATIVE("setstate", random_setstate, 0, -1, NATIVE_KW),
    NATIVE("randbytes", random_randbytes, 0, -1, NATIVE_KW),
    NATIVE("randrange", random_randrange, 0, -1, NATIVE_KW),
    NATIVE("randint", random_randint, 0, -1, NATIVE_KW),
    NATIVE("choice", random_choice, 0, -1, NATIVE_KW),
    NATIVE("shuffle", random_shuffle, 0, -1, NATIVE_KW),
    NATIVE("sample", random_sample, 0, -1, NATIVE_KW),
    NATIVE("choices", random_choices, 0, -1, NATIVE_KW),
    NATIVE("uniform", random_uniform, 0, -1, NATIVE_KW),
    NATIVE("triangular", random_triangular, 0, -1, NATIVE_KW),
    NATIVE("normalvariate", random_normalvariate, 0, -1, NATIVE_KW),
    NATIVE("gauss", random_gauss, 0, -1, NATIVE_KW),
    NATIVE("lognormvariate", random_lognormvariate, 0, -1, NATIVE_KW),
    NATIVE("expovariate", random_expovariate, 0, -1, NATIVE_KW),
    NATIVE("vonmisesvariate", random_vonmisesvariate, 0, -1, NATIVE_KW),
    NATIVE("gammavariate", random_gammavariate, 0, -1, NATIVE_KW),
    NATIVE("betavariate", random_betavariate, 0, -1, NATIVE_KW),
    NATIVE("paretovariate", random_paretovariate, 0, -1, NATIVE_KW),
    NATIVE("weibullvariate", random_weibullvariate, 0, -1, NATIVE_KW),
    NATIVE_END,
};

static int random_init(KrVm *vm, Value module) {
    Dict *d = ((Module *)AS_OBJ(module))->dict;
    RandomObj *r = rnd_new(vm);
    if (!r) {
        return -1;
    }
    seed_unseeded(vm, r); // not yet _inst: serial 0
    r->serial = 1;
    const struct {
        const char *name;
        Value v;
    } consts[] = {
        {"BPF", kr_int(53)},
        {"RECIP_BPF", kr_float(1.0 / 9007199254740992.0)},
        {"TWOPI", kr_float(TWOPI)},
        {"LOG4", kr_float(log(4.0))},
        {"NV_MAGICCONST", kr_float(4 * exp(-0.5) / sqrt(2.0))},
        {"SG_MAGICCONST", kr_float(1.0 + log(4.5))},
    };
    for (size_t i = 0; i < KR_ARRAY_LEN(consts); i++) {
        if (kr_dict_set_str(vm, d, consts[i].name, consts[i].v) < 0) {
            return -1;
        }
    }
    return kr_dict_set_str(vm, d, "_inst", kr_obj(r));
}

// ----- Snapshots: 626 ints (index, serial, the 624 words) and gauss_next -----

static int random_save(KrVm *vm, Obj *o, KrSnapOut *out) {
    RandomObj *r = (RandomObj *)o;
    if (kr_snap_num(out, r->index) < 0 || kr_snap_num(out, (int64_t)(r->serial & INT64_MAX)) < 0) {
        return -1;
    }
    for (int i = 0; i < MT_N; i++) {
        if (kr_snap_num(out, r->mt[i]) < 0) {
            return -1;
        }
    }
    return kr_snap_val(out, r->gauss_next);
}

static Obj *random_alloc(KrVm *vm, const Type *t, const int64_t *nums, int64_t nnums) {
    if (nnums != MT_N + 2 || nums[0] < 0 || nums[0] > MT_N || nums[1] < 0) {
        kr_raise(vm, EXC_ValueError, "snapshot holds an invalid 'Random' object");
        return NULL;
    }
    for (int i = 0; i < MT_N; i++) {
        if (nums[2 + i] < 0 || nums[2 + i] > (int64_t)UINT32_MAX) {
            kr_raise(vm, EXC_ValueError, "snapshot holds an invalid 'Random' object");
            return NULL;
        }
    }
    RandomObj *r = rnd_new(vm);
    if (!r) {
        return NULL;
    }
    r->index = (int32_t)nums[0];
    r->serial = (uint64_t)nums[1];
    for (int i = 0; i < MT_N; i++) {
        r->mt[i] = (uint32_t)nums[2 + i];
    }
    return &r->hdr;
}

static int random_fill(KrVm *vm, Obj *o, const Value *vals, int64_t nvals) {
    if (nvals != 1 || IS_UNDEF(vals[0])) {
        kr_raise(vm, EXC_ValueError, "snapshot holds an invalid 'Random' object");
        return -1;
    }
    ((RandomObj *)o)->gauss_next = vals[0];
    return 0;
}

static const ModTypeSnap random_snap = {random_save, random_alloc, random_fill, NULL};

static const ModType random_types[] = {
    {TY_RND_RANDOM, "Random", &random_snap, NULL},
    MODTYPE_END,
};

const ModuleDef kr_mod_random = {"random", random_funcs, random_init, random_types};
