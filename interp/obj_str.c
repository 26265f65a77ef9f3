// SPDX-License-Identifier: MIT
// interp/obj_str.c: the str type: UTF-8 storage, slots, all str methods, codecs
// (utf-8 / ascii / latin-1) and the byte-level algorithms shared with obj_bytes.c.
//
// A Str holds UTF-8 and its code point count; nchars == len means pure ASCII, which gives
// O(1) indexing and slicing. Non-ASCII indexing walks the UTF-8 (correctness first). Lone
// surrogates (chr(0xd800)) are stored in the generalized 3-byte form so that they round-trip;
// encoding them to UTF-8 raises as CPython does.
#define _GNU_SOURCE 1 // memmem (two-way search, linear time)
#include <string.h>

#include "bytes_common.h"
#include "module.h"
#include "state.h"
#include "unicode.h"

// ----- UTF-8 -----

static inline bool is_cont(unsigned char c) { return (c & 0xC0) == 0x80; }

int64_t kr_utf8_count(const char *s, size_t len) {
    int64_t n = 0;
    const unsigned char *p = (const unsigned char *)s;
    size_t i = 0;
    // Count bytes that start a code point; 8 at a time over the ASCII prefix.
    for (; i + 8 <= len; i += 8) {
        uint64_t w;
        memcpy(&w, p + i, 8);
        if (!(w & 0x8080808080808080ULL)) {
            n += 8;
            continue;
        }
        for (size_t k = 0; k < 8; k++) {
            n += !is_cont(p[i + k]);
        }
    }
    if (len >= 8 && i < len) {
        // The tail: the last 8 bytes, overlapping what was counted (one word when ASCII).
        uint64_t w;
        memcpy(&w, p + len - 8, 8);
        if (!(w & 0x8080808080808080ULL)) {
            return n + (int64_t)(len - i);
        }
    }
    for (; i < len; i++) {
        n += !is_cont(p[i]);
    }
    return n;
}

bool kr_utf8_valid(const char *s, size_t len) {
    const unsigned char *p = (const unsigned char *)s;
    size_t i = 0;
    while (i < len) {
        unsigned c = p[i];
        if (c < 0x80) {
            i++;
            continue;
        }
        size_t n;
        uint32_t cp;
        if (c >= 0xC2 && c <= 0xDF) {
            n = 2;
            cp = c & 0x1F;
        } else if (c >= 0xE0 && c <= 0xEF) {
            n = 3;
            cp = c & 0x0F;
        } else if (c >= 0xF0 && c <= 0xF4) {
            n = 4;
            cp = c & 0x07;
        } else {
            return false;
        }
        if (i + n > len) {
            return false;
        }
        for (size_t k = 1; k < n; k++) {
            if (!is_cont(p[i + k])) {
                return false;
            }
            cp = (cp << 6) | (p[i + k] & 0x3F);
        }
        if ((n == 3 && cp < 0x800) || (n == 4 && (cp < 0x10000 || cp > 0x10FFFF))) {
            return false; // overlong or out of range (surrogates are allowed, see above)
        }
        i += n;
    }
    return true;
}

size_t kr_utf8_encode(uint32_t cp, char *out) {
    unsigned char *o = (unsigned char *)out;
    if (cp < 0x80) {
        o[0] = (unsigned char)cp;
        return 1;
    }
    if (cp < 0x800) {
        o[0] = (unsigned char)(0xC0 | (cp >> 6));
        o[1] = (unsigned char)(0x80 | (cp & 0x3F));
        return 2;
    }
    if (cp < 0x10000) {
        o[0] = (unsigned char)(0xE0 | (cp >> 12));
        o[1] = (unsigned char)(0x80 | ((cp >> 6) & 0x3F));
        o[2] = (unsigned char)(0x80 | (cp & 0x3F));
        return 3;
    }
    o[0] = (unsigned char)(0xF0 | (cp >> 18));
    o[1] = (unsigned char)(0x80 | ((cp >> 12) & 0x3F));
    o[2] = (unsigned char)(0x80 | ((cp >> 6) & 0x3F));
    o[3] = (unsigned char)(0x80 | (cp & 0x3F));
    return 4;
}

uint32_t kr_utf8_decode(const char *s, size_t *adv) {
    const unsigned char *p = (const unsigned char *)s;
    unsigned c = p[0];
    if (c < 0x80) {
        *adv = 1;
        return c;
    }
    if (c < 0xE0) {
        *adv = 2;
        return ((c & 0x1Fu) << 6) | (p[1] & 0x3Fu);
    }
    if (c < 0xF0) {
        *adv = 3;
        return ((c & 0x0Fu) << 12) | ((p[1] & 0x3Fu) << 6) | (p[2] & 0x3Fu);
    }
    *adv = 4;
    return ((c & 0x07u) << 18) | ((p[1] & 0x3Fu) << 12) | ((p[2] & 0x3Fu) << 6) | (p[3] & 0x3Fu);
}

// Code point ending just before byte offset [*pos]; moves *pos back over it.
static uint32_t decode_prev(const char *s, int64_t *pos) {
    int64_t i = *pos - 1;
    while (i > 0 && is_cont((unsigned char)s[i])) {
        i--;
    }
    size_t adv;
    uint32_t c = kr_utf8_decode(s + i, &adv);
    *pos = i;
    return c;
}

// Byte offset of code point [ci] (0 <= ci <= nchars).
static int64_t c2b(const Str *s, int64_t ci) {
    if (s->nchars == s->len || ci <= 0) {
        return ci;
    }
    if (ci >= s->nchars) {
        return s->len;
    }
    const unsigned char *p = (const unsigned char *)s->data;
    int64_t i = 0, n = 0;
    for (;;) {
        if (!is_cont(p[i])) {
            if (n == ci) {
                return i;
            }
            n++;
        }
        i++;
    }
}

// ----- Allocation -----

static void str_free(KrVm *vm, Obj *o) {
    Str *s = (Str *)o;
    // hdr.aux: spare capacity after the data (strings grown in place by `s += t`, see vm.c).
    kr_mem_free(vm, s, sizeof(Str) + (size_t)s->len + 1 + s->hdr.aux);
}

Value kr_str_append_inplace(KrVm *vm, Value a, Value b, bool owned) {
    Str *x = AS_STR(a), *y = AS_STR(b);
    if (owned && (size_t)y->len <= x->hdr.aux) {
        memcpy(x->data + x->len, y->data, (size_t)y->len);
        x->len += y->len;
        x->nchars += y->nchars;
        x->hdr.aux -= (uint32_t)y->len;
        x->data[x->len] = '\0';
        x->hash = -1;
        return a;
    }
    // Grow: a new string with room to spare (doubling), which becomes the uniquely owned one.
    size_t len = (size_t)x->len + (size_t)y->len;
    size_t spare = len < ((size_t)1 << 30) ? len : ((size_t)1 << 30);
    size_t limit = vm->cfg.limits.max_memory;
    size_t need = sizeof(Str) + len + 1;
    if (limit && need + spare > (vm->bytes < limit ? limit - vm->bytes : 0)) {
        // Doubling would cross the limit: spare half of what is left (so near the limit the
        // copies still shrink geometrically instead of one full copy per append).
        size_t left = vm->bytes < limit ? limit - vm->bytes : 0;
        spare = left > need ? (left - need) / 2 : 0;
        spare = spare < len ? spare : len;
    }
    size_t size;
    if (!kr_add_ok(sizeof(Str) + 1 + spare, len, &size)) {
        return kr_raise_nomem(vm);
    }
    Str *r = kr_gc_alloc_partial(vm, &kr_type_str, size, sizeof(Str));
    if (!r) {
        return VAL_EXC;
    }
    r->hdr.aux = (uint32_t)spare;
    r->len = (int64_t)len;
    r->nchars = x->nchars + y->nchars;
    r->hash = -1;
    memcpy(r->data, x->data, (size_t)x->len);
    memcpy(r->data + x->len, y->data, (size_t)y->len);
    r->data[len] = '\0';
    return kr_obj(r);
}

Str *kr_str_alloc(KrVm *vm, int64_t len, int64_t nchars) {
    size_t size;
    if (len < 0 || !kr_add_ok(sizeof(Str) + 1, (size_t)len, &size)) {
        kr_raise_nomem(vm);
        return NULL;
    }
    size_t limit = vm->cfg.limits.max_memory;
    if (limit && size > limit) {
        kr_raise_nomem(vm);
        return NULL;
    }
    Str *s = kr_gc_alloc_partial(vm, &kr_type_str, size, sizeof(Str));
    if (!s) {
        return NULL;
    }
    s->len = len;
    s->nchars = nchars;
    s->hash = -1;
    s->data[len] = '\0';
    return s;
}

static Value new_n(KrVm *vm, const char *p, int64_t len, int64_t nchars) {
    if (len == 0 && IS_OBJ(vm->empty_str)) {
        return vm->empty_str;
    }
    Str *s = kr_str_alloc(vm, len, nchars);
    if (!s) {
        return VAL_EXC;
    }
    if (len) {
        memcpy(s->data, p, (size_t)len);
    }
    return kr_obj(s);
}

Value kr_str_new(KrVm *vm, const char *utf8, size_t len) {
    return new_n(vm, utf8, (int64_t)len, kr_utf8_count(utf8, len));
}

Value kr_str_from_cstr(KrVm *vm, const char *s) { return kr_str_new(vm, s, strlen(s)); }

Value kr_str_from_codepoint(KrVm *vm, uint32_t cp) {
    char buf[4];
    size_t n = kr_utf8_encode(cp, buf);
    return new_n(vm, buf, (int64_t)n, 1);
}

int64_t kr_str_hash(KrVm *vm, Str *s) {
    if (s->hash == -1) {
        s->hash = kr_hash_bytes(vm, s->data, (size_t)s->len);
    }
    return s->hash;
}

bool kr_str_eq(const Str *a, const Str *b) {
    if (a == b) {
        return true;
    }
    if (a->len != b->len || (a->hash != -1 && b->hash != -1 && a->hash != b->hash)) {
        return false;
    }
    return memcmp(a->data, b->data, (size_t)a->len) == 0;
}

Value kr_str_concat(KrVm *vm, Value a, Value b) {
    if (IS_EXC(a) || IS_EXC(b)) {
        return VAL_EXC; // an operand's allocation failed: its MemoryError is pending
    }
    Str *x = AS_STR(a), *y = AS_STR(b);
    if (y->len == 0) {
        return a;
    }
    if (x->len == 0) {
        return b;
    }
    size_t n;
    if (!kr_add_ok((size_t)x->len, (size_t)y->len, &n) || n > (size_t)INT64_MAX / 2) {
        return kr_raise(vm, EXC_OverflowError, "strings are too large to concat");
    }
    Str *r = kr_str_alloc(vm, (int64_t)n, x->nchars + y->nchars);
    if (!r) {
        return VAL_EXC;
    }
    memcpy(r->data, x->data, (size_t)x->len);
    memcpy(r->data + x->len, y->data, (size_t)y->len);
    return kr_obj(r);
}

// Fill [dst] (total bytes) with copies of [src] (n bytes) by doubling memcpy.
static int fill_repeat(KrVm *vm, char *dst, size_t total, const char *src, size_t n) {
    if (kr_tick(vm, (int64_t)(total >> 6) + 1) < 0) {
        return -1;
    }
    if (total == 0) {
        return 0;
    }
    if (n == 1) {
        memset(dst, src[0], total);
        return 0;
    }
    memcpy(dst, src, n); // total is a multiple of n
    size_t done = n;
    while (done < total) {
        size_t k = done < total - done ? done : total - done;
        memcpy(dst + done, dst, k);
        done += k;
    }
    return 0;
}

Value kr_str_repeat(KrVm *vm, Value s, int64_t n) {
    Str *x = AS_STR(s);
    if (n <= 0 || x->len == 0) {
        return kr_str_new(vm, "", 0);
    }
    if (n == 1) {
        return s;
    }
    if (x->nchars > INT64_MAX / n) {
        return kr_raise(vm, EXC_OverflowError, "repeated string is too long");
    }
    size_t total;
    if (!kr_mul_ok((size_t)x->len, (size_t)n, &total) || total > (size_t)INT64_MAX) {
        return kr_raise_nomem(vm);
    }
    Str *r = kr_str_alloc(vm, (int64_t)total, x->nchars * n);
    if (!r) {
        return VAL_EXC;
    }
    if (fill_repeat(vm, r->data, total, x->data, (size_t)x->len) < 0) {
        return VAL_EXC;
    }
    return kr_obj(r);
}

// ----- repr -----

static const char hexd[] = "0123456789abcdef";

static int repr_into(StrBuf *sb, const Str *s) {
    const unsigned char *p = (const unsigned char *)s->data;
    bool sq = memchr(p, '\'', (size_t)s->len) != NULL;
    bool dq = memchr(p, '"', (size_t)s->len) != NULL;
    char quote = (sq && !dq) ? '"' : '\'';
    if (kr_sb_reserve(sb, (size_t)s->len + 2) < 0 || kr_sb_addc(sb, quote) < 0) {
        return -1;
    }
    int64_t i = 0;
    while (i < s->len) {
        unsigned c = p[i];
        if (c < 0x80) {
            i++;
            char esc[4] = {'\\', 0, 0, 0};
            size_t n = 2;
            if (c == (unsigned)quote || c == '\\') {
                esc[1] = (char)c;
            } else if (c == '\t') {
                esc[1] = 't';
            } else if (c == '\n') {
                esc[1] = 'n';
            } else if (c == '\r') {
                esc[1] = 'r';
            } else if (c < ' ' || c == 0x7F) {
                esc[1] = 'x';
                esc[2] = hexd[c >> 4];
                esc[3] = hexd[c & 15];
                n = 4;
            } else {
                esc[0] = (char)c;
                n = 1;
            }
            if (kr_sb_add(sb, esc, n) < 0) {
                return -1;
            }
            continue;
        }
        size_t adv;
        uint32_t cp = kr_utf8_decode((const char *)p + i, &adv);
        if (kr_uni_has(cp, UNI_PRINTABLE)) {
            if (kr_sb_add(sb, (const char *)p + i, adv) < 0) {
                return -1;
            }
        } else {
            char esc[10];
            int nd = cp <= 0xFF ? 2 : cp <= 0xFFFF ? 4 : 8;
            esc[0] = '\\';
            esc[1] = nd == 2 ? 'x' : nd == 4 ? 'u' : 'U';
            for (int k = 0; k < nd; k++) {
                esc[2 + k] = hexd[(cp >> (4 * (nd - 1 - k))) & 15];
            }
            if (kr_sb_add(sb, esc, (size_t)nd + 2) < 0) {
                return -1;
            }
        }
        i += (int64_t)adv;
    }
    return kr_sb_addc(sb, quote);
}

Value kr_str_repr(KrVm *vm, Value s) {
    StrBuf sb;
    kr_sb_init(&sb, vm);
    if (repr_into(&sb, AS_STR(s)) < 0) {
        kr_sb_free(&sb);
        return VAL_EXC;
    }
    return kr_sb_to_str(&sb);
}

// ----- Byte-level search (shared with obj_bytes.c) -----

int64_t kr_str_bfind(const char *h, int64_t hlen, const char *n, int64_t nlen) {
    if (nlen == 0) {
        return 0;
    }
    if (nlen > hlen) {
        return -1;
    }
    const char *r = nlen == 1 ? memchr(h, n[0], (size_t)hlen)
                              : memmem(h, (size_t)hlen, n, (size_t)nlen);
    return r ? (int64_t)(r - h) : -1;
}

int64_t kr_str_brfind(const char *h, int64_t hlen, const char *n, int64_t nlen) {
    if (nlen == 0) {
        return hlen;
    }
    if (nlen > hlen) {
        return -1;
    }
    if (nlen == 1) {
        const char *r = memrchr(h, n[0], (size_t)hlen);
        return r ? (int64_t)(r - h) : -1;
    }
    // Reverse Horspool: the next window to try is the nearest one in which the byte just
    // left of the current window lines up with an equal needle byte.
    int64_t skip[256];
    for (int i = 0; i < 256; i++) {
        skip[i] = nlen + 1;
    }
    for (int64_t i = nlen - 1; i >= 0; i--) {
        skip[(unsigned char)n[i]] = i + 1;
    }
    int64_t pos = hlen - nlen;
    for (;;) {
        if (h[pos] == n[0] && memcmp(h + pos, n, (size_t)nlen) == 0) {
            return pos;
        }
        if (pos == 0) {
            return -1;
        }
        pos -= skip[(unsigned char)h[pos - 1]];
        if (pos < 0) {
            return -1;
        }
    }
}

int64_t kr_str_bcount(const char *h, int64_t hlen, const char *n, int64_t nlen, int64_t max) {
    int64_t count = 0, i = 0;
    while (max < 0 || count < max) {
        int64_t r = kr_str_bfind(h + i, hlen - i, n, nlen);
        if (r < 0) {
            break;
        }
        count++;
        i += r + nlen;
    }
    return count;
}

// ----- Generic algorithms over KrSeq (str or bytes) -----

static inline bool seq_space(const KrSeq *q, uint32_t c) {
    if (q->bytes) {
        return c == ' ' || (c >= 9 && c <= 13);
    }
    return kr_uni_isspace(c);
}

static inline uint32_t seq_next(const KrSeq *q, int64_t i, int64_t *adv) {
    unsigned char c = (unsigned char)q->p[i];
    if (c < 0x80 || q->bytes) {
        *adv = 1;
        return c;
    }
    size_t a;
    uint32_t cp = kr_utf8_decode(q->p + i, &a);
    *adv = (int64_t)a;
    return cp;
}

static inline uint32_t seq_prev(const KrSeq *q, int64_t *i) {
    unsigned char c = (unsigned char)q->p[*i - 1];
    if (c < 0x80 || q->bytes) {
        (*i)--;
        return c;
    }
    return decode_prev(q->p, i);
}

Value kr_str_gsub(KrVm *vm, const KrSeq *q, int64_t from, int64_t to) {
    if (from == 0 && to == q->len && IS_OBJ(q->self)) {
        return q->self;
    }
    if (q->bytes) {
        return kr_bytes_new(vm, (const uint8_t *)q->p + from, (size_t)(to - from));
    }
    int64_t n = to - from;
    return new_n(vm, q->p + from, n, q->ascii ? n : kr_utf8_count(q->p + from, (size_t)n));
}

static int add_piece(KrVm *vm, List *l, const KrSeq *q, int64_t from, int64_t to) {
    Value v = kr_str_gsub(vm, q, from, to);
    if (IS_EXC(v)) {
        return -1;
    }
    return kr_list_append(vm, l, v);
}

static void list_reverse(List *l) {
    for (int64_t i = 0, j = l->len - 1; i < j; i++, j--) {
        Value t = l->items[i];
        l->items[i] = l->items[j];
        l->items[j] = t;
    }
}

Value kr_str_gsplit(KrVm *vm, const KrSeq *q, const char *sep, int64_t seplen, int64_t maxsplit,
                    bool right) {
    if (maxsplit < 0) {
        maxsplit = INT64_MAX;
    }
    if (kr_tick(vm, (q->len >> 4) + 1) < 0) {
        return VAL_EXC;
    }
    List *l = kr_list_new(vm, 0);
    if (!l) {
        return VAL_EXC;
    }
    int64_t len = q->len, adv;
    if (!sep && !right) {
        int64_t i = 0;
        while (maxsplit-- > 0) {
            while (i < len && seq_space(q, seq_next(q, i, &adv))) {
                i += adv;
            }
            if (i == len) {
                break;
            }
            int64_t j = i;
            seq_next(q, i, &adv);
            i += adv;
            while (i < len && !seq_space(q, seq_next(q, i, &adv))) {
                i += adv;
            }
            if (add_piece(vm, l, q, j, i) < 0) {
                return VAL_EXC;
            }
        }
        if (i < len) {
            while (i < len && seq_space(q, seq_next(q, i, &adv))) {
                i += adv;
            }
            if (i != len && add_piece(vm, l, q, i, len) < 0) {
                return VAL_EXC;
            }
        }
    } else if (!sep) {
        int64_t i = len;
        while (maxsplit-- > 0) {
            int64_t k = i;
            while (i > 0 && seq_space(q, seq_prev(q, &k))) {
                i = k;
            }
            if (i == 0) {
                break;
            }
            int64_t j = i;
            k = i;
            seq_prev(q, &k);
            i = k;
            while (i > 0 && !seq_space(q, seq_prev(q, &k))) {
                i = k;
            }
            k = i;
            if (add_piece(vm, l, q, i, j) < 0) {
                return VAL_EXC;
            }
        }
        if (i > 0) {
            int64_t k = i;
            while (i > 0 && seq_space(q, seq_prev(q, &k))) {
                i = k;
            }
            if (i != 0 && add_piece(vm, l, q, 0, i) < 0) {
                return VAL_EXC;
            }
        }
        list_reverse(l);
    } else if (!right) {
        int64_t i = 0;
        while (maxsplit-- > 0) {
            int64_t r = kr_str_bfind(q->p + i, len - i, sep, seplen);
            if (r < 0) {
                break;
            }
            if (add_piece(vm, l, q, i, i + r) < 0) {
                return VAL_EXC;
            }
            i += r + seplen;
        }
        if (add_piece(vm, l, q, i, len) < 0) {
            return VAL_EXC;
        }
    } else {
        int64_t j = len;
        while (maxsplit-- > 0) {
            int64_t r = kr_str_brfind(q->p, j, sep, seplen);
            if (r < 0) {
                break;
            }
            if (add_piece(vm, l, q, r + seplen, j) < 0) {
                return VAL_EXC;
            }
            j = r;
        }
        if (add_piece(vm, l, q, 0, j) < 0) {
            return VAL_EXC;
        }
        list_reverse(l);
    }
    return kr_obj(l);
}

static inline bool seq_linebreak(const KrSeq *q, uint32_t c) {
    if (c == '\n' || c == '\r') {
        return true;
    }
    if (q->bytes) {
        return false;
    }
    if (c < 0x80) {
        return c == 0x0B || c == 0x0C || (c >= 0x1C && c <= 0x1E);
    }
    return kr_uni_has(c, UNI_LINEBREAK);
}

Value kr_str_gsplitlines(KrVm *vm, const KrSeq *q, bool keepends) {
    if (kr_tick(vm, (q->len >> 4) + 1) < 0) {
        return VAL_EXC;
    }
    List *l = kr_list_new(vm, 0);
    if (!l) {
        return VAL_EXC;
    }
    int64_t i = 0, len = q->len, adv = 1;
    while (i < len) {
        int64_t j = i;
        uint32_t c = 0;
        while (i < len) {
            c = seq_next(q, i, &adv);
            if (seq_linebreak(q, c)) {
                break;
            }
            i += adv;
        }
        int64_t eol = i;
        if (i < len) {
            i += adv;
            if (c == '\r' && i < len && q->p[i] == '\n') {
                i++;
            }
            if (keepends) {
                eol = i;
            }
        }
        if (add_piece(vm, l, q, j, eol) < 0) {
            return VAL_EXC;
        }
    }
    return kr_obj(l);
}

// Set of strip characters: a byte table for single-byte members, a list for the others.
typedef struct CharSet {
    uint8_t tab[256];
    const char *p; // UTF-8 of multi-byte members (scanned linearly)
    int64_t len;
    bool wide;
} CharSet;

static bool set_has(const CharSet *cs, const KrSeq *q, uint32_t c) {
    if (c < 0x80 || q->bytes) {
        return cs->tab[c] != 0;
    }
    if (!cs->wide) {
        return false;
    }
    int64_t i = 0;
    while (i < cs->len) {
        size_t a;
        uint32_t d = kr_utf8_decode(cs->p + i, &a);
        if (d == c) {
            return true;
        }
        i += (int64_t)a;
    }
    return false;
}

Value kr_str_gstrip(KrVm *vm, const KrSeq *q, const char *chars, int64_t clen, int how) {
    CharSet cs;
    if (chars) {
        memset(cs.tab, 0, sizeof cs.tab);
        cs.p = chars;
        cs.len = clen;
        cs.wide = false;
        for (int64_t i = 0; i < clen; i++) {
            unsigned char c = (unsigned char)chars[i];
            if (c < 0x80 || q->bytes) {
                cs.tab[c] = 1;
            } else {
                cs.wide = true;
            }
        }
    }
    int64_t i = 0, j = q->len, adv;
    if (how & 1) {
        while (i < j) {
            uint32_t c = seq_next(q, i, &adv);
            if (chars ? !set_has(&cs, q, c) : !seq_space(q, c)) {
                break;
            }
            i += adv;
        }
    }
    if (how & 2) {
        while (j > i) {
            int64_t k = j;
            uint32_t c = seq_prev(q, &k);
            if (chars ? !set_has(&cs, q, c) : !seq_space(q, c)) {
                break;
            }
            j = k;
        }
    }
    if (kr_tick(vm, (q->len >> 4) + 1) < 0) {
        return VAL_EXC;
    }
    return kr_str_gsub(vm, q, i, j);
}

// A new str/bytes of [len] bytes (and [nchars] code points for str); *out gets its buffer.
static Value seq_alloc(KrVm *vm, const KrSeq *q, int64_t len, int64_t nchars, char **out) {
    if (q->bytes) {
        Bytes *b = kr_bytes_alloc(vm, len);
        if (!b) {
            return VAL_EXC;
        }
        *out = (char *)b->data;
        return kr_obj(b);
    }
    Str *s = kr_str_alloc(vm, len, nchars);
    if (!s) {
        return VAL_EXC;
    }
    *out = s->data;
    return kr_obj(s);
}

static int64_t seq_nchars(const KrSeq *q) {
    return (q->bytes || q->ascii) ? q->len : kr_utf8_count(q->p, (size_t)q->len);
}

Value kr_str_greplace(KrVm *vm, const KrSeq *q, const char *old, int64_t oldlen, const char *new_,
                      int64_t newlen, int64_t count) {
    if (count < 0) {
        count = INT64_MAX;
    }
    if (kr_tick(vm, (q->len >> 4) + 1) < 0) {
        return VAL_EXC;
    }
    int64_t len = q->len, adv;
    int64_t n; // number of replacements
    if (oldlen == 0) {
        int64_t slots = seq_nchars(q) + 1;
        n = count < slots ? count : slots;
    } else {
        n = count == 0 ? 0 : kr_str_bcount(q->p, len, old, oldlen, count);
    }
    if (n == 0) {
        return kr_str_gsub(vm, q, 0, len);
    }
    // result length = len + n * (newlen - oldlen), checked for overflow
    __int128 total = (__int128)len + (__int128)n * (newlen - oldlen);
    if (total > INT64_MAX / 2) {
        return kr_raise(vm, EXC_OverflowError, "replace string is too long");
    }
    size_t limit = vm->cfg.limits.max_memory;
    if (limit && total > (__int128)limit) {
        return kr_raise_nomem(vm);
    }
    int64_t nch = 0;
    if (!q->bytes) {
        int64_t nold = q->ascii ? oldlen : kr_utf8_count(old, (size_t)oldlen);
        int64_t nnew = kr_utf8_count(new_, (size_t)newlen);
        nch = seq_nchars(q) + n * (nnew - nold);
    }
    char *out;
    Value r = seq_alloc(vm, q, (int64_t)total, nch, &out);
    if (IS_EXC(r)) {
        return r;
    }
    if (kr_tick(vm, (int64_t)(total >> 4) + 1) < 0) {
        return VAL_EXC;
    }
    int64_t i = 0, o = 0;
    if (oldlen == 0) {
        for (int64_t k = 0; k < n; k++) {
            memcpy(out + o, new_, (size_t)newlen);
            o += newlen;
            if (i < len) {
                seq_next(q, i, &adv);
                memcpy(out + o, q->p + i, (size_t)adv);
                o += adv;
                i += adv;
            }
        }
    } else {
        for (int64_t k = 0; k < n; k++) {
            int64_t r2 = kr_str_bfind(q->p + i, len - i, old, oldlen);
            memcpy(out + o, q->p + i, (size_t)r2);
            o += r2;
            memcpy(out + o, new_, (size_t)newlen);
            o += newlen;
            i += r2 + oldlen;
        }
    }
    memcpy(out + o, q->p + i, (size_t)(len - i));
    return r;
}

Value kr_str_gpartition(KrVm *vm, const KrSeq *q, const char *sep, int64_t seplen, bool right) {
    int64_t r = right ? kr_str_brfind(q->p, q->len, sep, seplen)
                      : kr_str_bfind(q->p, q->len, sep, seplen);
    Value a, b, c;
    if (r < 0) {
        Value e = kr_str_gsub(vm, q, 0, 0);
        if (IS_EXC(e)) {
            return e;
        }
        Value whole = kr_str_gsub(vm, q, 0, q->len);
        if (IS_EXC(whole)) {
            return whole;
        }
        return right ? kr_tuple_pack(vm, 3, e, e, whole) : kr_tuple_pack(vm, 3, whole, e, e);
    }
    a = kr_str_gsub(vm, q, 0, r);
    if (IS_EXC(a)) {
        return a;
    }
    KrSeq sq = {sep, seplen, q->bytes, q->ascii, VAL_UNDEF};
    b = kr_str_gsub(vm, &sq, 0, seplen);
    if (IS_EXC(b)) {
        return b;
    }
    c = kr_str_gsub(vm, q, r + seplen, q->len);
    if (IS_EXC(c)) {
        return c;
    }
    return kr_tuple_pack(vm, 3, a, b, c);
}

Value kr_str_gpad(KrVm *vm, const KrSeq *q, int64_t left, int64_t right, const char *fill,
                  int64_t flen) {
    if (left <= 0 && right <= 0) {
        return kr_str_gsub(vm, q, 0, q->len);
    }
    size_t pad, total;
    if (!kr_add_ok((size_t)left, (size_t)right, &pad) || !kr_mul_ok(pad, (size_t)flen, &pad) ||
        !kr_add_ok(pad, (size_t)q->len, &total) || total > (size_t)INT64_MAX / 2) {
        return kr_raise_nomem(vm);
    }
    char *out;
    Value r = seq_alloc(vm, q, (int64_t)total, q->bytes ? 0 : seq_nchars(q) + left + right, &out);
    if (IS_EXC(r)) {
        return r;
    }
    if (fill_repeat(vm, out, (size_t)(left * flen), fill, (size_t)flen) < 0) {
        return VAL_EXC;
    }
    memcpy(out + left * flen, q->p, (size_t)q->len);
    if (fill_repeat(vm, out + left * flen + q->len, (size_t)(right * flen), fill, (size_t)flen) <
        0) {
        return VAL_EXC;
    }
    return r;
}

Value kr_str_gexpandtabs(KrVm *vm, const KrSeq *q, int64_t tabsize) {
    // First pass: the result size, checked for overflow.
    int64_t col = 0, total = 0, nch = 0;
    for (int64_t i = 0; i < q->len; i++) {
        unsigned char c = (unsigned char)q->p[i];
        if (c == '\t') {
            if (tabsize > 0) {
                int64_t inc = tabsize - col % tabsize;
                if (col > INT64_MAX / 4 - inc || total > INT64_MAX / 4 - inc) {
                    return kr_raise(vm, EXC_OverflowError, "new string is too long");
                }
                col += inc;
                total += inc;
                nch += inc;
            }
        } else {
            total++;
            if (q->bytes || !is_cont(c)) {
                col++;
                nch++;
            }
            if (c == '\n' || c == '\r') {
                col = 0;
            }
        }
    }
    size_t limit = vm->cfg.limits.max_memory;
    if (limit && (uint64_t)total > limit) {
        return kr_raise_nomem(vm);
    }
    if (kr_tick(vm, (total >> 4) + 1) < 0) {
        return VAL_EXC;
    }
    char *out;
    Value r = seq_alloc(vm, q, total, nch, &out);
    if (IS_EXC(r)) {
        return r;
    }
    int64_t o = 0;
    col = 0;
    for (int64_t i = 0; i < q->len; i++) {
        unsigned char c = (unsigned char)q->p[i];
        if (c == '\t') {
            if (tabsize > 0) {
                int64_t inc = tabsize - col % tabsize;
                memset(out + o, ' ', (size_t)inc);
                o += inc;
                col += inc;
            }
        } else {
            out[o++] = (char)c;
            if (q->bytes || !is_cont(c)) {
                col++;
            }
            if (c == '\n' || c == '\r') {
                col = 0;
            }
        }
    }
    return r;
}

Value kr_str_gzfill(KrVm *vm, const KrSeq *q, int64_t nchars, int64_t width) {
    if (width <= nchars) {
        return kr_str_gsub(vm, q, 0, q->len);
    }
    int64_t fill = width - nchars;
    size_t limit = vm->cfg.limits.max_memory;
    if (limit && (uint64_t)fill > limit) {
        return kr_raise_nomem(vm);
    }
    char *out;
    Value r = seq_alloc(vm, q, q->len + fill, width, &out);
    if (IS_EXC(r)) {
        return r;
    }
    memset(out, '0', (size_t)fill);
    memcpy(out + fill, q->p, (size_t)q->len);
    if (q->len > 0 && (q->p[0] == '+' || q->p[0] == '-')) {
        out[0] = q->p[0];
        out[fill] = '0';
    }
    return r;
}

// ----- Codecs: utf-8, ascii, latin-1 -----

enum { CODEC_UTF8, CODEC_ASCII, CODEC_LATIN1 };

// CPython's normalised codec names we support; -1 for anything else.
static int codec_id(const char *name) {
    char buf[32];
    size_t n = strlen(name);
    if (n >= sizeof buf) {
        return -1;
    }
    for (size_t i = 0; i <= n; i++) {
        char c = name[i];
        if (c >= 'A' && c <= 'Z') {
            c = (char)(c + 32);
        } else if (c == '_' || c == ' ') {
            c = '-';
        }
        buf[i] = c;
    }
    static const char *const utf8[] = {"utf-8", "utf8", "u8", "utf", "cp65001"};
    static const char *const ascii[] = {"ascii", "us-ascii", "646", "us"};
    static const char *const latin1[] = {"latin-1", "latin1", "latin", "l1",
                                         "iso-8859-1", "iso8859-1", "8859", "cp819",
                                         "iso-ir-100", "iso-8859-1:1987"};
    for (size_t i = 0; i < KR_ARRAY_LEN(utf8); i++) {
        if (!strcmp(buf, utf8[i])) {
            return CODEC_UTF8;
        }
    }
    for (size_t i = 0; i < KR_ARRAY_LEN(ascii); i++) {
        if (!strcmp(buf, ascii[i])) {
            return CODEC_ASCII;
        }
    }
    for (size_t i = 0; i < KR_ARRAY_LEN(latin1); i++) {
        if (!strcmp(buf, latin1[i])) {
            return CODEC_LATIN1;
        }
    }
    return -1;
}

static const char *const codec_names[] = {"utf-8", "ascii", "latin-1"};

enum { ERR_STRICT, ERR_IGNORE, ERR_REPLACE, ERR_BACKSLASH, ERR_XMLREF, ERR_UNKNOWN };

static int errors_id(const char *e) {
    if (!e || !strcmp(e, "strict")) {
        return ERR_STRICT;
    }
    if (!strcmp(e, "ignore")) {
        return ERR_IGNORE;
    }
    if (!strcmp(e, "replace")) {
        return ERR_REPLACE;
    }
    if (!strcmp(e, "backslashreplace")) {
        return ERR_BACKSLASH;
    }
    if (!strcmp(e, "xmlcharrefreplace")) {
        return ERR_XMLREF;
    }
    return ERR_UNKNOWN;
}

// exc.c's message formatter (kr_raise's directives), exported but not in a header.
Value kr_format_message(KrVm *vm, const char *fmt, va_list ap);

static Value fmt_str(KrVm *vm, const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    Value r = kr_format_message(vm, fmt, ap);
    va_end(ap);
    return r;
}

static void fmt_char(char *out, uint32_t cp);

// Raise UnicodeDecodeError/UnicodeEncodeError as CPython does: args are (encoding, object,
// start, end, reason), the same five are attributes, and str(e) is computed from them
// (kr_unicode_error_str).
static Value raise_unicode_error(KrVm *vm, ExcId id, const char *encoding, Value object,
                                 int64_t start, int64_t end, const char *reason) {
    static const char *const names[] = {"encoding", "object", "start", "end", "reason"};
    if (IS_EXC(object)) {
        return VAL_EXC;
    }
    Value vals[5] = {kr_str_from_cstr(vm, encoding), object, kr_int(start), kr_int(end),
                     kr_str_from_cstr(vm, reason)};
    if (IS_EXC(vals[0]) || IS_EXC(vals[4])) {
        return VAL_EXC;
    }
    Value args = kr_tuple_from(vm, 5, vals);
    if (IS_EXC(args)) {
        return VAL_EXC;
    }
    ExcObj *e = kr_exc_new(vm, kr_exc_class(vm, id), args);
    if (!e) {
        return VAL_EXC;
    }
    for (int i = 0; i < 5; i++) {
        Value name = kr_str_intern(vm, names[i], strlen(names[i]));
        if (IS_EXC(name) || kr_setattr(vm, kr_obj(e), name, vals[i]) < 0) {
            return VAL_EXC;
        }
    }
    return kr_raise_value(vm, kr_obj(e));
}

// One of the five UnicodeError fields: the attribute if set, else the constructor argument.
static Value uerr_field(KrVm *vm, ExcObj *e, int i, const char *name) {
    Value v = kr_exc_getattr(vm, kr_obj(e), kr_str_intern(vm, name, strlen(name)));
    if (IS_UNDEF(v) && IS_TUPLE(e->args) && AS_TUPLE(e->args)->len == 5) {
        v = AS_TUPLE(e->args)->items[i];
    }
    return v;
}

Value kr_unicode_error_str(KrVm *vm, Value exc) {
    ExcObj *e = AS_EXC(exc);
    bool dec = e->cls->exc_id == EXC_UnicodeDecodeError;
    Value enc = uerr_field(vm, e, 0, "encoding");
    Value obj = uerr_field(vm, e, 1, "object");
    Value sv = uerr_field(vm, e, 2, "start");
    Value ev = uerr_field(vm, e, 3, "end");
    Value reason = uerr_field(vm, e, 4, "reason");
    if (IS_EXC(enc) || IS_EXC(obj) || IS_EXC(sv) || IS_EXC(ev) || IS_EXC(reason)) {
        return VAL_EXC; // out of memory looking a field up
    }
    if (IS_UNDEF(enc) || IS_UNDEF(reason) || !IS_INT(sv) || !IS_INT(ev) ||
        !(dec ? IS_BYTES(obj) : IS_STR(obj))) {
        return VAL_UNDEF;
    }
    enc = kr_str(vm, enc);
    if (IS_EXC(enc)) {
        return VAL_EXC;
    }
    reason = kr_str(vm, reason);
    if (IS_EXC(reason)) {
        return VAL_EXC;
    }
    int64_t start = AS_INT(sv), end = AS_INT(ev);
    int64_t size = dec ? AS_BYTES(obj)->len : AS_STR(obj)->nchars;
    if (start >= 0 && start < size && end == start + 1) {
        char buf[16];
        if (dec) {
            uint8_t b = AS_BYTES(obj)->data[start];
            return fmt_str(vm, "'%U' codec can't decode byte 0x%c%c in position %zd: %U",
                                    enc, hexd[b >> 4], hexd[b & 15], (size_t)start, reason);
        }
        Value ch = kr_getitem(vm, obj, kr_int(start));
        if (IS_EXC(ch)) {
            return VAL_EXC;
        }
        size_t adv;
        fmt_char(buf, kr_utf8_decode(AS_STR(ch)->data, &adv));
        return fmt_str(vm, "'%U' codec can't encode character '%s' in position %zd: %U",
                                enc, buf, (size_t)start, reason);
    }
    return fmt_str(vm, dec ? "'%U' codec can't decode bytes in position %zd-%zd: %U"
                                    : "'%U' codec can't encode characters in position %zd-%zd: %U",
                            enc, (size_t)start, (size_t)(end - 1), reason);
}

static Value decode_error(KrVm *vm, int codec, const uint8_t *p, size_t len, int64_t start,
                          int64_t end, const char *reason) {
    return raise_unicode_error(vm, EXC_UnicodeDecodeError, codec_names[codec],
                               kr_bytes_new(vm, p, len), start, end, reason);
}

Value kr_str_decode(KrVm *vm, const uint8_t *p, size_t len, const char *encoding,
                    const char *errors) {
    int codec = encoding ? codec_id(encoding) : CODEC_UTF8;
    if (codec < 0) {
        return kr_raise(vm, EXC_LookupError, "unknown encoding: %s", encoding);
    }
    int err = errors_id(errors);
    if (kr_tick(vm, (int64_t)(len >> 4) + 1) < 0) {
        return VAL_EXC;
    }
    // Fast path: valid input needs no rewriting.
    if (codec == CODEC_UTF8 && kr_utf8_valid((const char *)p, len)) {
        // The generalized form admits encoded surrogates; real UTF-8 does not.
        bool sur = false;
        for (size_t i = 0; i + 1 < len; i++) {
            if (p[i] == 0xED && p[i + 1] >= 0xA0) {
                sur = true;
                break;
            }
        }
        if (!sur) {
            return kr_str_new(vm, (const char *)p, len);
        }
    }
    StrBuf sb;
    kr_sb_init(&sb, vm);
    size_t i = 0;
    while (i < len) {
        uint8_t c = p[i];
        size_t start = i, end;
        const char *reason;
        if (c < 0x80) {
            if (kr_sb_addc(&sb, (char)c) < 0) {
                goto fail;
            }
            i++;
            continue;
        }
        if (codec == CODEC_LATIN1) {
            char buf[2];
            size_t n = kr_utf8_encode(c, buf);
            if (kr_sb_add(&sb, buf, n) < 0) {
                goto fail;
            }
            i++;
            continue;
        }
        if (codec == CODEC_ASCII) {
            end = i + 1;
            reason = "ordinal not in range(128)";
        } else {
            size_t n = c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
            uint8_t lo = 0x80, hi = 0xBF;
            if (c == 0xE0) {
                lo = 0xA0;
            } else if (c == 0xED) {
                hi = 0x9F;
            } else if (c == 0xF0) {
                lo = 0x90;
            } else if (c == 0xF4) {
                hi = 0x8F;
            }
            if (c < 0xC2 || c > 0xF4) {
                end = i + 1;
                reason = "invalid start byte";
            } else if (i + 1 >= len) {
                end = len;
                reason = "unexpected end of data";
            } else if (p[i + 1] < lo || p[i + 1] > hi) {
                end = i + 1;
                reason = "invalid continuation byte";
            } else {
                size_t k = i + 2;
                reason = NULL;
                end = 0;
                for (; k < i + n; k++) {
                    if (k >= len) {
                        end = len;
                        reason = "unexpected end of data";
                        break;
                    }
                    if (!is_cont(p[k])) {
                        end = k;
                        reason = "invalid continuation byte";
                        break;
                    }
                }
                if (!reason) {
                    if (kr_sb_add(&sb, (const char *)p + i, n) < 0) {
                        goto fail;
                    }
                    i += n;
                    continue;
                }
            }
        }
        switch (err) {
        case ERR_STRICT:
            decode_error(vm, codec, p, len, (int64_t)start, (int64_t)end, reason);
            goto fail;
        case ERR_IGNORE:
            break;
        case ERR_REPLACE:
            if (kr_sb_add(&sb, "\xEF\xBF\xBD", 3) < 0) {
                goto fail;
            }
            break;
        case ERR_BACKSLASH:
            for (size_t k = start; k < end; k++) {
                char esc[4] = {'\\', 'x', hexd[p[k] >> 4], hexd[p[k] & 15]};
                if (kr_sb_add(&sb, esc, 4) < 0) {
                    goto fail;
                }
            }
            break;
        default:
            kr_raise(vm, EXC_LookupError, "unknown error handler name '%s'", errors);
            goto fail;
        }
        i = end;
    }
    return kr_sb_to_str(&sb);
fail:
    kr_sb_free(&sb);
    return VAL_EXC;
}

static void fmt_char(char *out, uint32_t cp) {
    int nd = cp <= 0xFF ? 2 : cp <= 0xFFFF ? 4 : 8;
    *out++ = '\\';
    *out++ = nd == 2 ? 'x' : nd == 4 ? 'u' : 'U';
    for (int k = 0; k < nd; k++) {
        *out++ = hexd[(cp >> (4 * (nd - 1 - k))) & 15];
    }
    *out = '\0';
}

// str.encode: [encoding]/[errors] may be NULL (utf-8, strict).
static Value str_encode_impl(KrVm *vm, Str *s, const char *encoding, const char *errors) {
    int codec = encoding ? codec_id(encoding) : CODEC_UTF8;
    if (codec < 0) {
        return kr_raise(vm, EXC_LookupError, "unknown encoding: %s", encoding);
    }
    if (s->nchars == s->len) {
        return kr_bytes_new(vm, (const uint8_t *)s->data, (size_t)s->len);
    }
    if (kr_tick(vm, (s->len >> 4) + 1) < 0) {
        return VAL_EXC;
    }
    int err = errors_id(errors);
    uint32_t limit = codec == CODEC_UTF8 ? 0x110000 : codec == CODEC_ASCII ? 0x80 : 0x100;
    StrBuf sb;
    kr_sb_init(&sb, vm);
    int64_t i = 0, ci = 0;
    while (i < s->len) {
        size_t adv;
        uint32_t cp = kr_utf8_decode(s->data + i, &adv);
        bool bad = cp >= limit || (cp >= 0xD800 && cp <= 0xDFFF);
        if (!bad) {
            if (codec == CODEC_UTF8) {
                if (kr_sb_add(&sb, s->data + i, adv) < 0) {
                    goto fail;
                }
            } else if (kr_sb_addc(&sb, (char)cp) < 0) {
                goto fail;
            }
            i += (int64_t)adv;
            ci++;
            continue;
        }
        // The run of consecutive unencodable characters is reported / replaced as a unit.
        int64_t j = i, cj = ci;
        while (j < s->len) {
            size_t a2;
            uint32_t c2 = kr_utf8_decode(s->data + j, &a2);
            if (!(c2 >= limit || (c2 >= 0xD800 && c2 <= 0xDFFF))) {
                break;
            }
            j += (int64_t)a2;
            cj++;
        }
        const char *reason = codec == CODEC_UTF8    ? "surrogates not allowed"
                             : codec == CODEC_ASCII ? "ordinal not in range(128)"
                                                    : "ordinal not in range(256)";
        if (err == ERR_STRICT) {
            raise_unicode_error(vm, EXC_UnicodeEncodeError, codec_names[codec], kr_obj(s), ci, cj,
                                reason);
            goto fail;
        }
        if (err == ERR_UNKNOWN) {
            kr_raise(vm, EXC_LookupError, "unknown error handler name '%s'", errors);
            goto fail;
        }
        for (int64_t k = i; k < j;) {
            size_t a2;
            uint32_t c2 = kr_utf8_decode(s->data + k, &a2);
            k += (int64_t)a2;
            char buf[16];
            int r = 0;
            if (err == ERR_REPLACE) {
                r = kr_sb_addc(&sb, '?');
            } else if (err == ERR_BACKSLASH) {
                fmt_char(buf, c2);
                r = kr_sb_adds(&sb, buf);
            } else if (err == ERR_XMLREF) {
                int n = 0;
                char dig[12];
                uint32_t v = c2;
                do {
                    dig[n++] = (char)('0' + v % 10);
                    v /= 10;
                } while (v);
                buf[0] = '&';
                buf[1] = '#';
                for (int d = 0; d < n; d++) {
                    buf[2 + d] = dig[n - 1 - d];
                }
                buf[2 + n] = ';';
                r = kr_sb_add(&sb, buf, (size_t)n + 3);
            }
            if (r < 0) {
                goto fail;
            }
        }
        i = j;
        ci = cj;
    }
    return kr_sb_to_bytes(&sb);
fail:
    kr_sb_free(&sb);
    return VAL_EXC;
}

// ----- Argument helpers -----

static KrSeq seq_of(Value v) {
    Str *s = AS_STR(v);
    KrSeq q = {s->data, s->len, false, s->nchars == s->len, v};
    return q;
}

// A start/end argument: None keeps the default; huge ints clamp (CPython's _PyEval_SliceIndex).
static int slice_arg(KrVm *vm, Value v, int64_t *out) {
    if (IS_UNDEF(v) || IS_NONE(v)) {
        return 0;
    }
    if (IS_INT(v) || IS_BOOL(v)) {
        *out = AS_INT(v);
        return 0;
    }
    if (IS_BIGINT(v)) {
        *out = kr_int_sign(v) < 0 ? INT64_MIN : INT64_MAX;
        return 0;
    }
    kr_raise(vm, EXC_TypeError,
             "slice indices must be integers or None or have an __index__ method");
    return -1;
}

static int se_args(KrVm *vm, int argc, const Value *argv, int first, int64_t *start,
                   int64_t *end) {
    *start = 0;
    *end = INT64_MAX;
    if (argc > first && slice_arg(vm, argv[first], start) < 0) {
        return -1;
    }
    if (argc > first + 1 && slice_arg(vm, argv[first + 1], end) < 0) {
        return -1;
    }
    return 0;
}

static void adjust(int64_t *start, int64_t *end, int64_t len) {
    if (*end > len) {
        *end = len;
    } else if (*end < 0) {
        *end += len;
        if (*end < 0) {
            *end = 0;
        }
    }
    if (*start < 0) {
        *start += len;
        if (*start < 0) {
            *start = 0;
        }
    }
}

static Str *need_str(KrVm *vm, Value v) {
    if (!IS_STR(v)) {
        kr_raise(vm, EXC_TypeError, "must be str, not %T", v);
        return NULL;
    }
    return AS_STR(v);
}

static int int_arg(KrVm *vm, Value v, int64_t *out) { return kr_arg_index(vm, v, out); }

// ----- find / count / index -----

// Char index of [sub] in s[start:end] or -1 (dir > 0: leftmost; else rightmost).
static int64_t find_in(Str *s, Str *sub, int64_t start, int64_t end, int dir) {
    adjust(&start, &end, s->nchars);
    if (end - start < sub->nchars) {
        return -1;
    }
    if (sub->len == 0) {
        return dir > 0 ? start : end;
    }
    int64_t bs = c2b(s, start), be = c2b(s, end);
    int64_t r = dir > 0 ? kr_str_bfind(s->data + bs, be - bs, sub->data, sub->len)
                        : kr_str_brfind(s->data + bs, be - bs, sub->data, sub->len);
    if (r < 0) {
        return -1;
    }
    return s->nchars == s->len ? start + r : start + kr_utf8_count(s->data + bs, (size_t)r);
}

static Value find_common(KrVm *vm, int argc, const Value *argv, int dir, bool raise) {
    Str *sub = need_str(vm, argv[1]);
    int64_t start, end;
    if (!sub || se_args(vm, argc, argv, 2, &start, &end) < 0) {
        return VAL_EXC;
    }
    Str *s = AS_STR(argv[0]);
    if (kr_tick(vm, (s->len >> 4) + 1) < 0) {
        return VAL_EXC;
    }
    int64_t r = find_in(s, sub, start, end, dir);
    if (r < 0 && raise) {
        return kr_raise(vm, EXC_ValueError, "substring not found");
    }
    return kr_int(r);
}

static Value str_find(KrVm *vm, int argc, const Value *argv, Value kw) {
    return find_common(vm, argc, argv, 1, false);
}
static Value str_rfind(KrVm *vm, int argc, const Value *argv, Value kw) {
    return find_common(vm, argc, argv, -1, false);
}
static Value str_index(KrVm *vm, int argc, const Value *argv, Value kw) {
    return find_common(vm, argc, argv, 1, true);
}
static Value str_rindex(KrVm *vm, int argc, const Value *argv, Value kw) {
    return find_common(vm, argc, argv, -1, true);
}

static Value str_count(KrVm *vm, int argc, const Value *argv, Value kw) {
    Str *sub = need_str(vm, argv[1]);
    int64_t start, end;
    if (!sub || se_args(vm, argc, argv, 2, &start, &end) < 0) {
        return VAL_EXC;
    }
    Str *s = AS_STR(argv[0]);
    adjust(&start, &end, s->nchars);
    if (end - start < sub->nchars) {
        return kr_int(0);
    }
    if (sub->len == 0) {
        return kr_int(end - start + 1);
    }
    if (kr_tick(vm, (s->len >> 4) + 1) < 0) {
        return VAL_EXC;
    }
    int64_t bs = c2b(s, start), be = c2b(s, end);
    return kr_int(kr_str_bcount(s->data + bs, be - bs, sub->data, sub->len, -1));
}

// startswith / endswith with a str or a tuple of str.
static Value tail_common(KrVm *vm, int argc, const Value *argv, bool end_side, const char *name) {
    Str *s = AS_STR(argv[0]);
    int64_t start, end;
    if (se_args(vm, argc, argv, 2, &start, &end) < 0) {
        return VAL_EXC;
    }
    Value arg = argv[1];
    int64_t n = 1;
    const Value *items = &arg;
    bool tuple = IS_TUPLE(arg);
    if (tuple) {
        n = AS_TUPLE(arg)->len;
        items = AS_TUPLE(arg)->items;
    } else if (!IS_STR(arg)) {
        return kr_raise(vm, EXC_TypeError, "%s first arg must be str or a tuple of str, not %T",
                        name, arg);
    }
    for (int64_t k = 0; k < n; k++) {
        if (!IS_STR(items[k])) {
            return kr_raise(vm, EXC_TypeError, "tuple for %s must only contain str, not %T", name,
                            items[k]);
        }
        Str *sub = AS_STR(items[k]);
        int64_t st = start, en = end;
        adjust(&st, &en, s->nchars);
        en -= sub->nchars;
        if (en < st) {
            continue;
        }
        if (sub->len == 0) {
            return VAL_TRUE;
        }
        int64_t b = end_side ? c2b(s, en) : c2b(s, st);
        if (b + sub->len <= s->len && memcmp(s->data + b, sub->data, (size_t)sub->len) == 0) {
            return VAL_TRUE;
        }
    }
    return VAL_FALSE;
}

static Value str_startswith(KrVm *vm, int argc, const Value *argv, Value kw) {
    return tail_common(vm, argc, argv, false, "startswith");
}
static Value str_endswith(KrVm *vm, int argc, const Value *argv, Value kw) {
    return tail_common(vm, argc, argv, true, "endswith");
}

// ----- Case mapping -----

enum { CM_LOWER, CM_UPPER, CM_TITLE, CM_CAPITALIZE, CM_SWAPCASE, CM_FOLD };

// Full lowercase of [c] at byte offset [pos] of [s], with CPython's final-sigma rule.
static int lower_at(const Str *s, int64_t pos, uint32_t c, uint32_t out[3]) {
    if (c != 0x3A3) {
        return kr_uni_lower(c, out);
    }
    int64_t j = pos;
    uint32_t d = 0;
    bool found = false;
    while (j > 0) {
        d = decode_prev(s->data, &j);
        if (!kr_uni_has(d, UNI_CASE_IGNORABLE)) {
            found = true;
            break;
        }
    }
    bool final = found && kr_uni_has(d, UNI_CASED);
    if (final) {
        j = pos + 2;
        while (j < s->len) {
            size_t a;
            d = kr_utf8_decode(s->data + j, &a);
            if (!kr_uni_has(d, UNI_CASE_IGNORABLE)) {
                break;
            }
            j += (int64_t)a;
        }
        final = j == s->len || !kr_uni_has(d, UNI_CASED);
    }
    out[0] = final ? 0x3C2 : 0x3C3;
    return 1;
}

static Value case_map(KrVm *vm, Value self, int mode) {
    Str *s = AS_STR(self);
    if (kr_tick(vm, (s->len >> 4) + 1) < 0) {
        return VAL_EXC;
    }
    if (s->nchars == s->len) {
        Str *r = kr_str_alloc(vm, s->len, s->len);
        if (!r) {
            return VAL_EXC;
        }
        bool prev = false;
        for (int64_t i = 0; i < s->len; i++) {
            char c = s->data[i];
            bool up = c >= 'A' && c <= 'Z', lo = c >= 'a' && c <= 'z';
            bool to_up = false, to_lo = false;
            switch (mode) {
            case CM_LOWER:
            case CM_FOLD:
                to_lo = true;
                break;
            case CM_UPPER:
                to_up = true;
                break;
            case CM_TITLE:
                to_up = !prev;
                to_lo = prev;
                prev = up || lo;
                break;
            case CM_CAPITALIZE:
                to_up = i == 0;
                to_lo = i != 0;
                break;
            default:
                to_up = lo;
                to_lo = up;
                break;
            }
            if (to_up && lo) {
                c = (char)(c - 32);
            } else if (to_lo && up) {
                c = (char)(c + 32);
            }
            r->data[i] = c;
        }
        return kr_obj(r);
    }
    StrBuf sb;
    kr_sb_init(&sb, vm);
    bool prev = false;
    int64_t i = 0, ci = 0;
    while (i < s->len) {
        size_t adv;
        uint32_t c = kr_utf8_decode(s->data + i, &adv);
        uint32_t m[3];
        int n;
        switch (mode) {
        case CM_LOWER:
            n = lower_at(s, i, c, m);
            break;
        case CM_FOLD:
            n = kr_uni_fold(c, m);
            break;
        case CM_UPPER:
            n = kr_uni_upper(c, m);
            break;
        case CM_TITLE:
            n = prev ? lower_at(s, i, c, m) : kr_uni_title(c, m);
            prev = kr_uni_has(c, UNI_CASED);
            break;
        case CM_CAPITALIZE:
            n = ci == 0 ? kr_uni_title(c, m) : lower_at(s, i, c, m);
            break;
        default:
            if (kr_uni_has(c, UNI_UPPER)) {
                n = lower_at(s, i, c, m);
            } else if (kr_uni_has(c, UNI_LOWER)) {
                n = kr_uni_upper(c, m);
            } else {
                m[0] = c;
                n = 1;
            }
            break;
        }
        for (int k = 0; k < n; k++) {
            char buf[4];
            if (kr_sb_add(&sb, buf, kr_utf8_encode(m[k], buf)) < 0) {
                kr_sb_free(&sb);
                return VAL_EXC;
            }
        }
        i += (int64_t)adv;
        ci++;
    }
    return kr_sb_to_str(&sb);
}

static Value str_lower(KrVm *vm, int argc, const Value *argv, Value kw) {
    return case_map(vm, argv[0], CM_LOWER);
}
static Value str_upper(KrVm *vm, int argc, const Value *argv, Value kw) {
    return case_map(vm, argv[0], CM_UPPER);
}
static Value str_title(KrVm *vm, int argc, const Value *argv, Value kw) {
    return case_map(vm, argv[0], CM_TITLE);
}
static Value str_capitalize(KrVm *vm, int argc, const Value *argv, Value kw) {
    return case_map(vm, argv[0], CM_CAPITALIZE);
}
static Value str_swapcase(KrVm *vm, int argc, const Value *argv, Value kw) {
    return case_map(vm, argv[0], CM_SWAPCASE);
}
static Value str_casefold(KrVm *vm, int argc, const Value *argv, Value kw) {
    return case_map(vm, argv[0], CM_FOLD);
}

// ----- Predicates -----

enum { P_ALPHA, P_ALNUM, P_DECIMAL, P_DIGIT, P_NUMERIC, P_SPACE, P_PRINTABLE, P_ASCII };

static bool pred_cp(uint32_t c, int what) {
    switch (what) {
    case P_ALPHA:
        return kr_uni_has(c, UNI_ALPHA);
    case P_ALNUM:
        return kr_uni_isalnum(c);
    case P_DECIMAL:
        return kr_uni_has(c, UNI_DECIMAL);
    case P_DIGIT:
        return kr_uni_has(c, UNI_DIGIT);
    case P_NUMERIC:
        return kr_uni_has(c, UNI_NUMERIC);
    case P_SPACE:
        return kr_uni_isspace(c);
    case P_PRINTABLE:
        return kr_uni_has(c, UNI_PRINTABLE);
    default:
        return c < 0x80;
    }
}

static Value pred(KrVm *vm, Value self, int what) {
    Str *s = AS_STR(self);
    if (what == P_ASCII) {
        return kr_bool(s->nchars == s->len);
    }
    if (s->len == 0) {
        return kr_bool(what == P_PRINTABLE);
    }
    if (kr_tick(vm, (s->len >> 4) + 1) < 0) {
        return VAL_EXC;
    }
    int64_t i = 0;
    while (i < s->len) {
        size_t adv;
        uint32_t c = kr_utf8_decode(s->data + i, &adv);
        if (!pred_cp(c, what)) {
            return VAL_FALSE;
        }
        i += (int64_t)adv;
    }
    return VAL_TRUE;
}

static Value str_isalpha(KrVm *vm, int argc, const Value *argv, Value kw) {
    return pred(vm, argv[0], P_ALPHA);
}
static Value str_isalnum(KrVm *vm, int argc, const Value *argv, Value kw) {
    return pred(vm, argv[0], P_ALNUM);
}
static Value str_isdecimal(KrVm *vm, int argc, const Value *argv, Value kw) {
    return pred(vm, argv[0], P_DECIMAL);
}
static Value str_isdigit(KrVm *vm, int argc, const Value *argv, Value kw) {
    return pred(vm, argv[0], P_DIGIT);
}
static Value str_isnumeric(KrVm *vm, int argc, const Value *argv, Value kw) {
    return pred(vm, argv[0], P_NUMERIC);
}
static Value str_isspace(KrVm *vm, int argc, const Value *argv, Value kw) {
    return pred(vm, argv[0], P_SPACE);
}
static Value str_isprintable(KrVm *vm, int argc, const Value *argv, Value kw) {
    return pred(vm, argv[0], P_PRINTABLE);
}
static Value str_isascii(KrVm *vm, int argc, const Value *argv, Value kw) {
    return pred(vm, argv[0], P_ASCII);
}

// islower / isupper / istitle (CPython's cased-character rules).
static Value case_pred(KrVm *vm, Value self, int what) {
    Str *s = AS_STR(self);
    bool cased = false, prev = false;
    int64_t i = 0;
    while (i < s->len) {
        size_t adv;
        uint32_t c = kr_utf8_decode(s->data + i, &adv);
        i += (int64_t)adv;
        bool up = kr_uni_has(c, UNI_UPPER), lo = kr_uni_has(c, UNI_LOWER);
        bool ti = kr_uni_has(c, UNI_TITLE);
        if (what == 0) { // islower
            if (up || ti) {
                return VAL_FALSE;
            }
            cased = cased || lo;
        } else if (what == 1) { // isupper
            if (lo || ti) {
                return VAL_FALSE;
            }
            cased = cased || up;
        } else if (up || ti) {
            if (prev) {
                return VAL_FALSE;
            }
            prev = cased = true;
        } else if (lo) {
            if (!prev) {
                return VAL_FALSE;
            }
            prev = cased = true;
        } else {
            prev = false;
        }
    }
    return kr_bool(cased);
}

static Value str_islower(KrVm *vm, int argc, const Value *argv, Value kw) {
    return case_pred(vm, argv[0], 0);
}
static Value str_isupper(KrVm *vm, int argc, const Value *argv, Value kw) {
    return case_pred(vm, argv[0], 1);
}
static Value str_istitle(KrVm *vm, int argc, const Value *argv, Value kw) {
    return case_pred(vm, argv[0], 2);
}

static Value str_isidentifier(KrVm *vm, int argc, const Value *argv, Value kw) {
    Str *s = AS_STR(argv[0]);
    if (s->len == 0) {
        return VAL_FALSE;
    }
    int64_t i = 0;
    bool first = true;
    while (i < s->len) {
        size_t adv;
        uint32_t c = kr_utf8_decode(s->data + i, &adv);
        i += (int64_t)adv;
        bool ok = first ? (c == '_' || kr_uni_has(c, UNI_XID_START))
                        : kr_uni_has(c, UNI_XID_CONTINUE);
        if (!ok) {
            return VAL_FALSE;
        }
        first = false;
    }
    return VAL_TRUE;
}

// ----- split / strip / partition / replace / padding -----

static Value split_common(KrVm *vm, int argc, const Value *argv, Value kw, bool right) {
    static const char *const names[] = {"sep", "maxsplit"};
    Value a[2];
    if (kr_args_bind(vm, right ? "rsplit" : "split", argc - 1, argv + 1, kw, names, 2, 0, 2, 0,
                     a) < 0) {
        return VAL_EXC;
    }
    int64_t maxsplit = -1;
    if (!IS_UNDEF(a[1]) && int_arg(vm, a[1], &maxsplit) < 0) {
        return VAL_EXC;
    }
    KrSeq q = seq_of(argv[0]);
    if (IS_UNDEF(a[0]) || IS_NONE(a[0])) {
        return kr_str_gsplit(vm, &q, NULL, 0, maxsplit, right);
    }
    if (!IS_STR(a[0])) {
        return kr_raise(vm, EXC_TypeError, "must be str or None, not %T", a[0]);
    }
    Str *sep = AS_STR(a[0]);
    if (sep->len == 0) {
        return kr_raise(vm, EXC_ValueError, "empty separator");
    }
    return kr_str_gsplit(vm, &q, sep->data, sep->len, maxsplit, right);
}

static Value str_split(KrVm *vm, int argc, const Value *argv, Value kw) {
    return split_common(vm, argc, argv, kw, false);
}
static Value str_rsplit(KrVm *vm, int argc, const Value *argv, Value kw) {
    return split_common(vm, argc, argv, kw, true);
}

static Value str_splitlines(KrVm *vm, int argc, const Value *argv, Value kw) {
    static const char *const names[] = {"keepends"};
    Value a[1];
    if (kr_args_bind(vm, "splitlines", argc - 1, argv + 1, kw, names, 1, 0, 1, 0, a) < 0) {
        return VAL_EXC;
    }
    int64_t keep = 0;
    if (!IS_UNDEF(a[0]) && int_arg(vm, a[0], &keep) < 0) {
        return VAL_EXC;
    }
    KrSeq q = seq_of(argv[0]);
    return kr_str_gsplitlines(vm, &q, keep != 0);
}

static Value strip_common(KrVm *vm, int argc, const Value *argv, int how, const char *name) {
    KrSeq q = seq_of(argv[0]);
    if (argc < 2 || IS_NONE(argv[1])) {
        return kr_str_gstrip(vm, &q, NULL, 0, how);
    }
    if (!IS_STR(argv[1])) {
        return kr_raise(vm, EXC_TypeError, "%s arg must be None or str", name);
    }
    Str *c = AS_STR(argv[1]);
    return kr_str_gstrip(vm, &q, c->data, c->len, how);
}

static Value str_strip(KrVm *vm, int argc, const Value *argv, Value kw) {
    return strip_common(vm, argc, argv, 3, "strip");
}
static Value str_lstrip(KrVm *vm, int argc, const Value *argv, Value kw) {
    return strip_common(vm, argc, argv, 1, "lstrip");
}
static Value str_rstrip(KrVm *vm, int argc, const Value *argv, Value kw) {
    return strip_common(vm, argc, argv, 2, "rstrip");
}

static Value partition_common(KrVm *vm, const Value *argv, bool right) {
    Str *sep = need_str(vm, argv[1]);
    if (!sep) {
        return VAL_EXC;
    }
    if (sep->len == 0) {
        return kr_raise(vm, EXC_ValueError, "empty separator");
    }
    KrSeq q = seq_of(argv[0]);
    return kr_str_gpartition(vm, &q, sep->data, sep->len, right);
}

static Value str_partition(KrVm *vm, int argc, const Value *argv, Value kw) {
    return partition_common(vm, argv, false);
}
static Value str_rpartition(KrVm *vm, int argc, const Value *argv, Value kw) {
    return partition_common(vm, argv, true);
}

static Value str_replace(KrVm *vm, int argc, const Value *argv, Value kw) {
    for (int i = 1; i <= 2; i++) {
        if (!IS_STR(argv[i])) {
            return kr_raise(vm, EXC_TypeError, "replace() argument %d must be str, not %T", i,
                            argv[i]);
        }
    }
    int64_t count = -1;
    if (argc > 3 && int_arg(vm, argv[3], &count) < 0) {
        return VAL_EXC;
    }
    KrSeq q = seq_of(argv[0]);
    Str *o = AS_STR(argv[1]), *n = AS_STR(argv[2]);
    return kr_str_greplace(vm, &q, o->data, o->len, n->data, n->len, count);
}

static Value fix_affix(KrVm *vm, const Value *argv, bool prefix) {
    if (!IS_STR(argv[1])) {
        return kr_raise(vm, EXC_TypeError, "%s() argument must be str, not %T",
                        prefix ? "removeprefix" : "removesuffix", argv[1]);
    }
    Str *s = AS_STR(argv[0]), *a = AS_STR(argv[1]);
    KrSeq q = seq_of(argv[0]);
    if (a->len == 0 || a->len > s->len) {
        return argv[0];
    }
    if (prefix && memcmp(s->data, a->data, (size_t)a->len) == 0) {
        return kr_str_gsub(vm, &q, a->len, s->len);
    }
    if (!prefix && memcmp(s->data + s->len - a->len, a->data, (size_t)a->len) == 0) {
        return kr_str_gsub(vm, &q, 0, s->len - a->len);
    }
    return argv[0];
}

static Value str_removeprefix(KrVm *vm, int argc, const Value *argv, Value kw) {
    return fix_affix(vm, argv, true);
}
static Value str_removesuffix(KrVm *vm, int argc, const Value *argv, Value kw) {
    return fix_affix(vm, argv, false);
}

// center / ljust / rjust: [where] 0 center, 1 ljust, 2 rjust.
static Value pad_common(KrVm *vm, int argc, const Value *argv, int where) {
    int64_t width;
    if (int_arg(vm, argv[1], &width) < 0) {
        return VAL_EXC;
    }
    const char *fill = " ";
    int64_t flen = 1;
    if (argc > 2) {
        if (!IS_STR(argv[2])) {
            return kr_raise(vm, EXC_TypeError,
                            "The fill character must be a unicode character, not %T", argv[2]);
        }
        Str *f = AS_STR(argv[2]);
        if (f->nchars != 1) {
            return kr_raise(vm, EXC_TypeError,
                            "The fill character must be exactly one character long");
        }
        fill = f->data;
        flen = f->len;
    }
    Str *s = AS_STR(argv[0]);
    KrSeq q = seq_of(argv[0]);
    if (width <= s->nchars) {
        return argv[0];
    }
    int64_t marg = width - s->nchars, left, right;
    if (where == 0) {
        left = marg / 2 + (marg & width & 1);
        right = marg - left;
    } else if (where == 1) {
        left = 0;
        right = marg;
    } else {
        left = marg;
        right = 0;
    }
    return kr_str_gpad(vm, &q, left, right, fill, flen);
}

static Value str_center(KrVm *vm, int argc, const Value *argv, Value kw) {
    return pad_common(vm, argc, argv, 0);
}
static Value str_ljust(KrVm *vm, int argc, const Value *argv, Value kw) {
    return pad_common(vm, argc, argv, 1);
}
static Value str_rjust(KrVm *vm, int argc, const Value *argv, Value kw) {
    return pad_common(vm, argc, argv, 2);
}

static Value str_zfill(KrVm *vm, int argc, const Value *argv, Value kw) {
    int64_t width;
    if (int_arg(vm, argv[1], &width) < 0) {
        return VAL_EXC;
    }
    KrSeq q = seq_of(argv[0]);
    return kr_str_gzfill(vm, &q, AS_STR(argv[0])->nchars, width);
}

static Value str_expandtabs(KrVm *vm, int argc, const Value *argv, Value kw) {
    static const char *const names[] = {"tabsize"};
    Value a[1];
    if (kr_args_bind(vm, "expandtabs", argc - 1, argv + 1, kw, names, 1, 0, 1, 0, a) < 0) {
        return VAL_EXC;
    }
    int64_t tab = 8;
    if (!IS_UNDEF(a[0]) && int_arg(vm, a[0], &tab) < 0) {
        return VAL_EXC;
    }
    if (tab > INT32_MAX || tab < INT32_MIN) {
        return kr_raise(vm, EXC_OverflowError, "Python int too large to convert to C int");
    }
    KrSeq q = seq_of(argv[0]);
    if (!memchr(q.p, '\t', (size_t)q.len)) {
        return argv[0];
    }
    return kr_str_gexpandtabs(vm, &q, tab);
}

// ----- join -----

Value kr_str_join(KrVm *vm, Value sep, Value iterable) {
    Value seq = iterable;
    if (!IS_LIST(iterable) && !IS_TUPLE(iterable)) {
        Value it = kr_iter(vm, iterable);
        if (IS_EXC(it)) {
            if (kr_exc_pending_is(vm, EXC_TypeError)) {
                kr_exc_take(vm);
                return kr_raise(vm, EXC_TypeError, "can only join an iterable");
            }
            return it;
        }
        seq = kr_list_from_iterable(vm, it);
        if (IS_EXC(seq)) {
            return seq;
        }
    }
    // No Python code runs from here on: items can be read straight from the storage.
    int64_t n = IS_LIST(seq) ? AS_LIST(seq)->len : AS_TUPLE(seq)->len;
    const Value *items = IS_LIST(seq) ? AS_LIST(seq)->items : AS_TUPLE(seq)->items;
    Str *sp = AS_STR(sep);
    if (n == 0) {
        return kr_str_new(vm, "", 0);
    }
    if (n == 1 && IS_STR(items[0])) {
        return items[0];
    }
    size_t total = 0;
    int64_t nch = 0;
    for (int64_t i = 0; i < n; i++) {
        if (!IS_STR(items[i])) {
            return kr_raise(vm, EXC_TypeError, "sequence item %zd: expected str instance, %T found",
                            (size_t)i, items[i]);
        }
        Str *s = AS_STR(items[i]);
        if (!kr_add_ok(total, (size_t)s->len, &total) ||
            (i > 0 && !kr_add_ok(total, (size_t)sp->len, &total)) || total > (size_t)INT64_MAX / 2) {
            return kr_raise(vm, EXC_OverflowError, "join() result is too long for a Python string");
        }
        nch += s->nchars + (i > 0 ? sp->nchars : 0);
    }
    if (kr_tick(vm, (int64_t)(total >> 4) + n) < 0) {
        return VAL_EXC;
    }
    Str *r = kr_str_alloc(vm, (int64_t)total, nch);
    if (!r) {
        return VAL_EXC;
    }
    char *o = r->data;
    for (int64_t i = 0; i < n; i++) {
        if (i > 0 && sp->len) {
            memcpy(o, sp->data, (size_t)sp->len);
            o += sp->len;
        }
        Str *s = AS_STR(items[i]);
        memcpy(o, s->data, (size_t)s->len);
        o += s->len;
    }
    return kr_obj(r);
}

static Value str_join(KrVm *vm, int argc, const Value *argv, Value kw) {
    return kr_str_join(vm, argv[0], argv[1]);
}

// ----- translate / maketrans -----

static Value str_translate(KrVm *vm, int argc, const Value *argv, Value kw) {
    Str *s = AS_STR(argv[0]);
    Value table = argv[1];
    StrBuf sb;
    kr_sb_init(&sb, vm);
    int64_t i = 0;
    while (i < s->len) {
        size_t adv;
        uint32_t c = kr_utf8_decode(s->data + i, &adv);
        if (kr_tick(vm, 1) < 0) {
            goto fail;
        }
        Value m = kr_getitem(vm, table, kr_int(c)); // Runs Python code; s is immutable
        if (IS_EXC(m)) {
            if (!kr_exc_pending_is(vm, EXC_LookupError)) {
                goto fail;
            }
            kr_exc_take(vm);
            if (kr_sb_add(&sb, s->data + i, adv) < 0) {
                goto fail;
            }
        } else if (IS_NONE(m)) {
            // deleted
        } else if (IS_INT(m) || IS_BIGINT(m) || IS_BOOL(m)) {
            int64_t v = IS_BIGINT(m) ? -1 : AS_INT(m);
            if (v < 0 || v > 0x10FFFF) {
                kr_raise(vm, EXC_ValueError, "character mapping must be in range(0x110000)");
                goto fail;
            }
            char buf[4];
            if (kr_sb_add(&sb, buf, kr_utf8_encode((uint32_t)v, buf)) < 0) {
                goto fail;
            }
        } else if (IS_STR(m)) {
            if (kr_sb_add_str(&sb, m) < 0) {
                goto fail;
            }
        } else {
            kr_raise(vm, EXC_TypeError, "character mapping must return integer, None or str");
            goto fail;
        }
        i += (int64_t)adv;
    }
    return kr_sb_to_str(&sb);
fail:
    kr_sb_free(&sb);
    return VAL_EXC;
}

static Value str_maketrans(KrVm *vm, int argc, const Value *argv, Value kw) {
    Dict *d = kr_dict_new(vm);
    if (!d) {
        return VAL_EXC;
    }
    if (argc == 1) {
        if (!IS_DICT(argv[0])) {
            return kr_raise(vm, EXC_TypeError,
                            "if you give only one argument to maketrans it must be a dict");
        }
        int64_t pos = 0;
        Value k, v;
        while (kr_dict_next(AS_DICT(argv[0]), &pos, &k, &v)) {
            Value key = k;
            if (IS_STR(k)) {
                Str *ks = AS_STR(k);
                if (ks->nchars != 1) {
                    return kr_raise(vm, EXC_ValueError,
                                    "string keys in translate table must be of length 1");
                }
                size_t adv;
                key = kr_int(kr_utf8_decode(ks->data, &adv));
            } else if (!kr_is_intlike(k)) {
                return kr_raise(vm, EXC_TypeError,
                                "keys in translate table must be strings or integers");
            }
            if (kr_dict_set(vm, d, key, v) < 0) {
                return VAL_EXC;
            }
        }
        return kr_obj(d);
    }
    // Argument clinic checks the types of y and z before the body looks at x.
    for (int i = 1; i < argc; i++) {
        if (!IS_STR(argv[i])) {
            return kr_raise(vm, EXC_TypeError, "maketrans() argument %d must be str, not %T",
                            i + 1, argv[i]);
        }
    }
    if (!IS_STR(argv[0])) {
        return kr_raise(vm, EXC_TypeError,
                        "first maketrans argument must be a string if there is a second argument");
    }
    Str *x = AS_STR(argv[0]), *y = AS_STR(argv[1]);
    if (x->nchars != y->nchars) {
        return kr_raise(vm, EXC_ValueError,
                        "the first two maketrans arguments must have equal length");
    }
    int64_t i = 0, j = 0;
    while (i < x->len) {
        size_t a1, a2;
        uint32_t c1 = kr_utf8_decode(x->data + i, &a1);
        uint32_t c2 = kr_utf8_decode(y->data + j, &a2);
        if (kr_dict_set(vm, d, kr_int(c1), kr_int(c2)) < 0) {
            return VAL_EXC;
        }
        i += (int64_t)a1;
        j += (int64_t)a2;
    }
    if (argc > 2) {
        Str *z = AS_STR(argv[2]);
        i = 0;
        while (i < z->len) {
            size_t a1;
            uint32_t c1 = kr_utf8_decode(z->data + i, &a1);
            if (kr_dict_set(vm, d, kr_int(c1), VAL_NONE) < 0) {
                return VAL_EXC;
            }
            i += (int64_t)a1;
        }
    }
    return kr_obj(d);
}

// ----- encode / format -----

static Value str_encode(KrVm *vm, int argc, const Value *argv, Value kw) {
    static const char *const names[] = {"encoding", "errors"};
    Value a[2];
    if (kr_args_bind(vm, "encode", argc - 1, argv + 1, kw, names, 2, 0, 2, 0, a) < 0) {
        return VAL_EXC;
    }
    const char *enc = NULL, *err = NULL;
    for (int i = 0; i < 2; i++) {
        if (IS_UNDEF(a[i])) {
            continue;
        }
        if (!IS_STR(a[i])) {
            return kr_raise(vm, EXC_TypeError, "encode() argument '%s' must be str, not %T",
                            names[i], a[i]);
        }
        *(i == 0 ? &enc : &err) = AS_STR(a[i])->data;
    }
    return str_encode_impl(vm, AS_STR(argv[0]), enc, err);
}

Value kr_str_encode(KrVm *vm, Value s, const char *encoding, const char *errors) {
    return str_encode_impl(vm, AS_STR(s), encoding, errors);
}

static Value str_format(KrVm *vm, int argc, const Value *argv, Value kw) {
    return kr_str_format(vm, argv[0], argc - 1, argv + 1, kw);
}

static Value str_format_map(KrVm *vm, int argc, const Value *argv, Value kw) {
    // format.c looks names up in [kw] with __getitem__ semantics (any mapping).
    return kr_str_format_map(vm, argv[0], argv[1]);
}

// ----- Type slots -----

static Value str_repr_slot(KrVm *vm, Value self) { return kr_str_repr(vm, self); }
static Value str_str_slot(KrVm *vm, Value self) { return self; }

static int str_hash_slot(KrVm *vm, Value self, int64_t *out) {
    *out = kr_str_hash(vm, AS_STR(self));
    return 0;
}

static Value str_richcmp(KrVm *vm, Value a, Value b, CmpOp op) {
    if (!IS_STR(b)) {
        return vm->notimpl;
    }
    Str *x = AS_STR(a), *y = AS_STR(b);
    if (op == CMP_EQ || op == CMP_NE) {
        return kr_bool(kr_str_eq(x, y) == (op == CMP_EQ));
    }
    // UTF-8 byte order is code point order.
    int64_t n = x->len < y->len ? x->len : y->len;
    int c = memcmp(x->data, y->data, (size_t)n);
    if (c == 0) {
        c = x->len < y->len ? -1 : x->len > y->len;
    }
    switch (op) {
    case CMP_LT:
        return kr_bool(c < 0);
    case CMP_LE:
        return kr_bool(c <= 0);
    case CMP_GT:
        return kr_bool(c > 0);
    default:
        return kr_bool(c >= 0);
    }
}

static int64_t str_len_slot(KrVm *vm, Value self) { return AS_STR(self)->nchars; }

static int str_truthy_slot(KrVm *vm, Value self) { return AS_STR(self)->len != 0; }

static int str_contains_slot(KrVm *vm, Value self, Value v) {
    if (!IS_STR(v)) {
        kr_raise(vm, EXC_TypeError, "'in <string>' requires string as left operand, not %T", v);
        return -1;
    }
    Str *s = AS_STR(self), *sub = AS_STR(v);
    if (kr_tick(vm, (s->len >> 4) + 1) < 0) {
        return -1;
    }
    return kr_str_bfind(s->data, s->len, sub->data, sub->len) >= 0;
}

static Value str_getitem_slot(KrVm *vm, Value self, Value key) {
    Str *s = AS_STR(self);
    if (kr_isa(key, &kr_type_slice)) {
        int64_t start, stop, step, n;
        if (kr_slice_indices(vm, (Slice *)AS_OBJ(key), s->nchars, &start, &stop, &step, &n) < 0) {
            return VAL_EXC;
        }
        if (n <= 0) {
            return kr_str_new(vm, "", 0);
        }
        if (step == 1) {
            if (n == s->nchars) {
                return self;
            }
            int64_t bs = c2b(s, start);
            int64_t be = s->nchars == s->len ? start + n : c2b(s, start + n);
            return new_n(vm, s->data + bs, be - bs, n);
        }
        if (kr_tick(vm, n) < 0) {
            return VAL_EXC;
        }
        if (s->nchars == s->len) {
            Str *r = kr_str_alloc(vm, n, n);
            if (!r) {
                return VAL_EXC;
            }
            for (int64_t i = 0, k = start; i < n; i++, k += step) {
                r->data[i] = s->data[k];
            }
            return kr_obj(r);
        }
        // Non-ASCII with a step: index the code point offsets once.
        size_t tsize = ((size_t)s->nchars + 1) * sizeof(int64_t);
        int64_t *off = kr_mem_alloc(vm, tsize);
        if (!off) {
            return VAL_EXC;
        }
        int64_t ci = 0;
        for (int64_t i = 0; i < s->len; i++) {
            if (!is_cont((unsigned char)s->data[i])) {
                off[ci++] = i;
            }
        }
        off[ci] = s->len;
        StrBuf sb;
        kr_sb_init(&sb, vm);
        for (int64_t i = 0, k = start; i < n; i++, k += step) {
            if (kr_sb_add(&sb, s->data + off[k], (size_t)(off[k + 1] - off[k])) < 0) {
                kr_mem_free(vm, off, tsize);
                kr_sb_free(&sb);
                return VAL_EXC;
            }
        }
        kr_mem_free(vm, off, tsize);
        return kr_sb_to_str(&sb);
    }
    if (!kr_is_intlike(key)) {
        return kr_raise(vm, EXC_TypeError, "string indices must be integers, not '%s'",
                        kr_typename(key));
    }
    int64_t i;
    if (kr_index(vm, key, &i) < 0) {
        return VAL_EXC;
    }
    if (i < 0) {
        i += s->nchars;
    }
    if (i < 0 || i >= s->nchars) {
        return kr_raise(vm, EXC_IndexError, "string index out of range");
    }
    if (s->nchars == s->len) {
        return new_n(vm, s->data + i, 1, 1);
    }
    int64_t b = c2b(s, i);
    size_t adv;
    kr_utf8_decode(s->data + b, &adv);
    return new_n(vm, s->data + b, (int64_t)adv, 1);
}

// ----- Iterator -----

typedef struct StrIter {
    Obj hdr;
    Value str; // Str, or VAL_UNDEF once exhausted
    int64_t pos; // byte offset of the next code point
} StrIter;

static void str_iter_trace(KrVm *vm, Obj *o) { kr_gc_mark_value(vm, ((StrIter *)o)->str); }

static Value str_iter_slot(KrVm *vm, Value self) {
    StrIter *it = kr_gc_alloc(vm, &kr_type_str_iter, sizeof(StrIter));
    if (!it) {
        return VAL_EXC;
    }
    it->str = self;
    it->pos = 0;
    return kr_obj(it);
}

static Value str_iter_self(KrVm *vm, Value self) { return self; }

static Value str_iter_next(KrVm *vm, Value self) {
    StrIter *it = (StrIter *)AS_OBJ(self);
    if (IS_UNDEF(it->str)) {
        return VAL_UNDEF;
    }
    Str *s = AS_STR(it->str);
    if (it->pos >= s->len) {
        it->str = VAL_UNDEF;
        return VAL_UNDEF;
    }
    size_t adv = 1;
    if ((unsigned char)s->data[it->pos] >= 0x80) {
        kr_utf8_decode(s->data + it->pos, &adv);
    }
    Value r = new_n(vm, s->data + it->pos, (int64_t)adv, 1);
    if (!IS_EXC(r)) {
        it->pos += (int64_t)adv;
    }
    return r;
}

static Value str_iter_length_hint(KrVm *vm, int argc, const Value *argv, Value kw) {
    StrIter *it = (StrIter *)AS_OBJ(argv[0]);
    if (IS_UNDEF(it->str)) {
        return kr_int(0);
    }
    Str *s = AS_STR(it->str);
    int64_t left = s->len - it->pos;
    return kr_int(s->nchars == s->len ? left : kr_utf8_count(s->data + it->pos, (size_t)left));
}

static const NativeDef str_iter_methods[] = {
    NATIVE("__length_hint__", str_iter_length_hint, 0, 0, 0),
    NATIVE_END,
};

const Type kr_type_str_iter = {
    .name = "str_ascii_iterator",
    .id = TY_STR_ITER,
    .basic_size = sizeof(StrIter),
    .trace = str_iter_trace,
    .iter = str_iter_self,
    .next = str_iter_next,
    .methods = str_iter_methods,
};

// ----- Constructor -----

static Value str_ctor(KrVm *vm, int argc, const Value *argv, Value kw) {
    static const char *const names[] = {"object", "encoding", "errors"};
    Value a[3];
    if (kr_args_bind(vm, "str", argc, argv, kw, names, 3, 0, 3, 0, a) < 0) {
        return VAL_EXC;
    }
    if (IS_UNDEF(a[1]) && IS_UNDEF(a[2])) {
        if (IS_UNDEF(a[0])) {
            return kr_str_new(vm, "", 0);
        }
        return kr_str(vm, a[0]);
    }
    const char *enc = NULL, *err = NULL;
    for (int i = 1; i < 3; i++) {
        if (IS_UNDEF(a[i])) {
            continue;
        }
        if (!IS_STR(a[i])) {
            return kr_raise(vm, EXC_TypeError, "str() argument '%s' must be str, not %T",
                            names[i], a[i]);
        }
        *(i == 1 ? &enc : &err) = AS_STR(a[i])->data;
    }
    if (IS_UNDEF(a[0])) {
        return kr_str_new(vm, "", 0);
    }
    if (IS_STR(a[0])) {
        return kr_raise(vm, EXC_TypeError, "decoding str is not supported");
    }
    const uint8_t *bp;
    int64_t bn;
    if (!kr_bytes_view(a[0], &bp, &bn)) { // bytes or bytearray
        return kr_raise(vm, EXC_TypeError, "decoding to str: need a bytes-like object, %T found",
                        a[0]);
    }
    return kr_str_decode(vm, bp, (size_t)bn, enc, err);
}

// ----- Method table and type -----

static const NativeDef str_methods[] = {
    NATIVE("capitalize", str_capitalize, 0, 0, 0),
    NATIVE("casefold", str_casefold, 0, 0, 0),
    NATIVE("center", str_center, 1, 2, 0),
    NATIVE("count", str_count, 1, 3, NATIVE_OLDARGS),
    NATIVE("encode", str_encode, 0, 2, NATIVE_KW),
    NATIVE("endswith", str_endswith, 1, 3, NATIVE_OLDARGS),
    NATIVE("expandtabs", str_expandtabs, 0, 1, NATIVE_KW),
    NATIVE("find", str_find, 1, 3, NATIVE_OLDARGS),
    NATIVE("format", str_format, 0, -1, NATIVE_KW),
    NATIVE("format_map", str_format_map, 1, 1, 0),
    NATIVE("index", str_index, 1, 3, NATIVE_OLDARGS),
    NATIVE("isalnum", str_isalnum, 0, 0, 0),
    NATIVE("isalpha", str_isalpha, 0, 0, 0),
    NATIVE("isascii", str_isascii, 0, 0, 0),
    NATIVE("isdecimal", str_isdecimal, 0, 0, 0),
    NATIVE("isdigit", str_isdigit, 0, 0, 0),
    NATIVE("isidentifier", str_isidentifier, 0, 0, 0),
    NATIVE("islower", str_islower, 0, 0, 0),
    NATIVE("isnumeric", str_isnumeric, 0, 0, 0),
    NATIVE("isprintable", str_isprintable, 0, 0, 0),
    NATIVE("isspace", str_isspace, 0, 0, 0),
    NATIVE("istitle", str_istitle, 0, 0, 0),
    NATIVE("isupper", str_isupper, 0, 0, 0),
    NATIVE("join", str_join, 1, 1, 0),
    NATIVE("ljust", str_ljust, 1, 2, 0),
    NATIVE("lower", str_lower, 0, 0, 0),
    NATIVE("lstrip", str_lstrip, 0, 1, 0),
    NATIVE("maketrans", str_maketrans, 1, 3, NATIVE_STATIC),
    NATIVE("partition", str_partition, 1, 1, 0),
    NATIVE("removeprefix", str_removeprefix, 1, 1, 0),
    NATIVE("removesuffix", str_removesuffix, 1, 1, 0),
    NATIVE("replace", str_replace, 2, 3, 0),
    NATIVE("rfind", str_rfind, 1, 3, NATIVE_OLDARGS),
    NATIVE("rindex", str_rindex, 1, 3, NATIVE_OLDARGS),
    NATIVE("rjust", str_rjust, 1, 2, 0),
    NATIVE("rpartition", str_rpartition, 1, 1, 0),
    NATIVE("rsplit", str_rsplit, 0, 2, NATIVE_KW),
    NATIVE("rstrip", str_rstrip, 0, 1, 0),
    NATIVE("split", str_split, 0, 2, NATIVE_KW),
    NATIVE("splitlines", str_splitlines, 0, 1, NATIVE_KW),
    NATIVE("startswith", str_startswith, 1, 3, NATIVE_OLDARGS),
    NATIVE("strip", str_strip, 0, 1, 0),
    NATIVE("swapcase", str_swapcase, 0, 0, 0),
    NATIVE("title", str_title, 0, 0, 0),
    NATIVE("translate", str_translate, 1, 1, 0),
    NATIVE("upper", str_upper, 0, 0, 0),
    NATIVE("zfill", str_zfill, 1, 1, 0),
    NATIVE_END,
};

const Type kr_type_str = {
    .name = "str",
    .id = TY_STR,
    .basic_size = sizeof(Str),
    .free = str_free,
    .repr = str_repr_slot,
    .str = str_str_slot,
    .hash = str_hash_slot,
    .richcmp = str_richcmp,
    .iter = str_iter_slot,
    .len = str_len_slot,
    .getitem = str_getitem_slot,
    .contains = str_contains_slot,
    .ctor = str_ctor,
    .truthy = str_truthy_slot,
    .methods = str_methods,
    .is_sequence = 1,
};

// ----- Snapshot support (snapshot.c) -----
// The private state of a str iterator: v[0] the str (VAL_UNDEF once exhausted), n[0] the byte
// offset of the next code point. With [set], validates and stores it into [o] (-1 +
// ValueError if impossible: the offset must be on a code point boundary within the string).
int kr_str_snap(KrVm *vm, Obj *o, Value *v, int64_t *n, bool set);
int kr_str_snap(KrVm *vm, Obj *o, Value *v, int64_t *n, bool set) {
    if (o->type != &kr_type_str_iter) {
        return -1;
    }
    StrIter *it = (StrIter *)o;
    if (!set) {
        v[0] = it->str;
        n[0] = it->pos;
        return 0;
    }
    bool ok = IS_UNDEF(v[0]) || (IS_STR(v[0]) && n[0] >= 0 && n[0] <= AS_STR(v[0])->len &&
                                 (n[0] == AS_STR(v[0])->len ||
                                  ((unsigned char)AS_STR(v[0])->data[n[0]] & 0xc0) != 0x80));
    if (!ok) {
        kr_raise(vm, EXC_ValueError, "snapshot holds an invalid str iterator");
        return -1;
    }
    it->str = v[0];
    it->pos = IS_UNDEF(v[0]) ? 0 : n[0];
    return 0;
}
