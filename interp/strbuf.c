// SPDX-License-Identifier: MIT
// interp/strbuf.c: StrBuf, the growable byte buffer behind every string builder.
//
// The buffer grows by doubling through kr_mem_realloc, so the VM's memory limit applies; a
// doubling that would cross the limit falls back to the exact size needed.
#include "module.h"

void kr_sb_init(StrBuf *sb, KrVm *vm) {
    sb->vm = vm;
    sb->data = NULL;
    sb->len = 0;
    sb->cap = 0;
}

int kr_sb_reserve(StrBuf *sb, size_t extra) {
    size_t need;
    if (!kr_add_ok(sb->len, extra, &need) || !kr_add_ok(need, 1, &need)) {
        kr_raise_nomem(sb->vm);
        return -1;
    }
    if (need <= sb->cap) {
        return 0;
    }
    size_t cap = sb->cap ? sb->cap : 32;
    while (cap < need) {
        if (cap > SIZE_MAX / 2) {
            cap = need;
            break;
        }
        cap *= 2;
    }
    size_t limit = sb->vm->cfg.limits.max_memory;
    if (limit && cap > need && sb->vm->bytes + (cap - sb->cap) > limit) {
        // Doubling would cross the limit: take what is left under it (one last growth, not
        // one per append, which would copy the whole buffer each time), or exactly [need].
        size_t left = sb->vm->bytes - sb->cap < limit ? limit - (sb->vm->bytes - sb->cap) : 0;
        left = left > 64 ? left - 64 : 0; // the allocator's rounding
        cap = left > need ? left : need;
    }
    // Charge big growth to the time/step budget: filling and copying a buffer costs time in
    // proportion to its size ('{:>1000000}'.format(x) in a loop is one VM step per round).
    if (cap - sb->cap >= 4096 && kr_tick(sb->vm, (int64_t)((cap - sb->cap) / 64)) < 0) {
        return -1;
    }
    char *p = kr_mem_realloc(sb->vm, sb->data, sb->cap, cap);
    if (!p) {
        return -1;
    }
    sb->data = p;
    sb->cap = cap;
    return 0;
}

int kr_sb_add(StrBuf *sb, const char *s, size_t len) {
    if (len == 0) {
        return 0;
    }
    if (sb->cap - sb->len <= len && kr_sb_reserve(sb, len) < 0) {
        return -1;
    }
    memcpy(sb->data + sb->len, s, len);
    sb->len += len;
    return 0;
}

int kr_sb_addc(StrBuf *sb, char c) {
    if (sb->len + 1 >= sb->cap && kr_sb_reserve(sb, 1) < 0) {
        return -1;
    }
    sb->data[sb->len++] = c;
    return 0;
}

int kr_sb_adds(StrBuf *sb, const char *s) { return kr_sb_add(sb, s, strlen(s)); }

int kr_sb_add_str(StrBuf *sb, Value s) {
    Str *str = AS_STR(s);
    return kr_sb_add(sb, str->data, (size_t)str->len);
}

int kr_sb_fill(StrBuf *sb, char c, size_t n) {
    if (n == 0) {
        return 0;
    }
    size_t limit = sb->vm->cfg.limits.max_memory;
    if (limit && n > limit) {
        kr_raise_nomem(sb->vm);
        return -1;
    }
    if (kr_sb_reserve(sb, n) < 0) {
        return -1;
    }
    memset(sb->data + sb->len, c, n);
    sb->len += n;
    return 0;
}

void kr_sb_free(StrBuf *sb) {
    if (sb->data) {
        kr_mem_free(sb->vm, sb->data, sb->cap);
    }
    sb->data = NULL;
    sb->len = sb->cap = 0;
}

Value kr_sb_to_str(StrBuf *sb) {
    KrVm *vm = sb->vm;
    KR_ASSERT(sb->len == 0 || kr_utf8_valid(sb->data, sb->len));
    Value r;
    if (sb->len == 0) {
        r = kr_str_new(vm, "", 0);
    } else {
        int64_t n = kr_utf8_count(sb->data, sb->len);
        Str *s = kr_str_alloc(vm, (int64_t)sb->len, n);
        if (s) {
            memcpy(s->data, sb->data, sb->len);
            r = kr_obj(s);
        } else {
            r = VAL_EXC;
        }
    }
    kr_sb_free(sb);
    return r;
}

Value kr_sb_to_bytes(StrBuf *sb) {
    Value r = kr_bytes_new(sb->vm, (const uint8_t *)sb->data, sb->len);
    kr_sb_free(sb);
    return r;
}
