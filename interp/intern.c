// SPDX-License-Identifier: MIT
// interp/intern.c: string interning through the per-VM table vm->interned (a Dict mapping
// each interned Str to itself, so the GC keeps them alive as long as the VM lives).
#include "state.h"

static Value intern_slow(KrVm *vm, const char *s, size_t len);

Value kr_str_intern_value(KrVm *vm, Value s) {
    Str *str = AS_STR(s);
    if (str->hdr.flags & STR_INTERNED) {
        return s;
    }
    kr_str_hash(vm, str);
    Value found = kr_dict_get_str(vm, vm->interned, str);
    if (!IS_UNDEF(found)) {
        return found;
    }
    if (kr_dict_set(vm, vm->interned, s, s) < 0) {
        return VAL_EXC;
    }
    str->hdr.flags |= STR_INTERNED;
    return s;
}

// A name of 1..16 bytes as two zero-padded words.
static void memo_key(const char *s, size_t len, uint64_t *w0, uint64_t *w1) {
    uint64_t a = 0, b = 0;
    if (len >= 8) {
        memcpy(&a, s, 8);
        for (size_t i = 8; i < len; i++) {
            b |= (uint64_t)(uint8_t)s[i] << (8 * (i - 8));
        }
    } else {
        for (size_t i = 0; i < len; i++) {
            a |= (uint64_t)(uint8_t)s[i] << (8 * i);
        }
    }
    *w0 = a;
    *w1 = b;
}

Value kr_str_intern(KrVm *vm, const char *s, size_t len) {
    // Short names are looked up in a direct-mapped memo first: no SipHash, no dict probe.
    if (len - 1 >= 16) {
        return intern_slow(vm, s, len);
    }
    uint64_t w0, w1;
    memo_key(s, len, &w0, &w1);
    uint64_t mix = (w0 ^ (w1 * 0xC2B2AE3D27D4EB4Full) ^ len) * 0x9E3779B97F4A7C15ull;
    InternMemo *m = &vm->intern_memo[mix >> 58];
    if (m->w0 == w0 && m->w1 == w1 && m->str && (size_t)m->str->len == len) {
        return kr_obj(m->str);
    }
    Value r = intern_slow(vm, s, len);
    if (IS_STR(r)) {
        m->w0 = w0;
        m->w1 = w1;
        m->str = AS_STR(r);
    }
    return r;
}

static Value intern_slow(KrVm *vm, const char *s, size_t len) {
    // Most names are interned already: find them without allocating a string first.
    int64_t h = kr_hash_bytes(vm, s, len);
    Value found = kr_dict_get_bytes(vm->interned, h, s, len);
    if (!IS_UNDEF(found)) {
        return found;
    }
    Value v = kr_str_new(vm, s, len);
    if (IS_EXC(v)) {
        return v;
    }
    Str *str = AS_STR(v);
    if (str->hdr.flags & STR_INTERNED) {
        return v; // a shared constant string (e.g. the empty or a one-character string)
    }
    str->hash = h; // known absent: insert without hashing or probing again
    if (kr_dict_set(vm, vm->interned, v, v) < 0) {
        return VAL_EXC;
    }
    str->hdr.flags |= STR_INTERNED;
    return v;
}
