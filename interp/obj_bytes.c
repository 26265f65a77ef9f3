// SPDX-License-Identifier: MIT
// interp/obj_bytes.c: the bytes type: slots, methods and the bytes iterator. The split /
// strip / replace / padding algorithms are shared with str (obj_str.c, see unicode.h).
#include "module.h"
#include "state.h"
#include "unicode.h"
#include "bytes_common.h"

static const char hexd[] = "0123456789abcdef";

static void bytes_free(KrVm *vm, Obj *o) {
    Bytes *b = (Bytes *)o;
    kr_mem_free(vm, b, sizeof(Bytes) + (size_t)b->len + 1);
}

Bytes *kr_bytes_alloc(KrVm *vm, int64_t len) {
    size_t size;
    if (len < 0 || !kr_add_ok(sizeof(Bytes) + 1, (size_t)len, &size)) {
        kr_raise_nomem(vm);
        return NULL;
    }
    size_t limit = vm->cfg.limits.max_memory;
    if (limit && size > limit) {
        kr_raise_nomem(vm);
        return NULL;
    }
    Bytes *b = kr_gc_alloc_partial(vm, &kr_type_bytes, size, sizeof(Bytes));
    if (!b) {
        return NULL;
    }
    b->len = len;
    b->hash = -1;
    b->data[len] = 0;
    return b;
}

Value kr_bytes_new(KrVm *vm, const uint8_t *data, size_t len) {
    Bytes *b = kr_bytes_alloc(vm, (int64_t)len);
    if (!b) {
        return VAL_EXC;
    }
    if (len) {
        memcpy(b->data, data, len);
    }
    return kr_obj(b);
}

// The bytes-like contents of a method's self (bytes or bytearray). A bytearray's view is taken
// after argument conversion, which may run Python code (__index__) that resizes it.
typedef struct View {
    const uint8_t *p;
    int64_t len;
} View;

static View view_of(Value v) {
    View w = {(const uint8_t *)"", 0};
    kr_bytes_view(v, &w.p, &w.len);
    return w;
}

// A bytearray self is never returned as the result itself (CPython's bytearray methods always
// make a new object), so its KrSeq has no self.
static KrSeq seq_of(Value v) {
    View w = view_of(v);
    KrSeq q = {(const char *)w.p, w.len, true, true, IS_BYTES(v) ? v : VAL_UNDEF};
    return q;
}

static Value to_bytearray(KrVm *vm, Value b) {
    if (!IS_BYTES(b)) {
        return b;
    }
    return kr_bytearray_new(vm, AS_BYTES(b)->data, (size_t)AS_BYTES(b)->len);
}

Value kr_bytes_result_as(KrVm *vm, Value self, Value r) {
    if (IS_EXC(r) || !IS_BYTEARRAY(self)) {
        return r;
    }
    if (IS_LIST(r) || IS_TUPLE(r)) {
        int64_t n = IS_LIST(r) ? AS_LIST(r)->len : AS_TUPLE(r)->len;
        Value *items = IS_LIST(r) ? AS_LIST(r)->items : AS_TUPLE(r)->items;
        for (int64_t i = 0; i < n; i++) {
            Value x = to_bytearray(vm, items[i]);
            if (IS_EXC(x)) {
                return x;
            }
            items[i] = x;
        }
        return r;
    }
    return to_bytearray(vm, r);
}

Value kr_bytes_concat(KrVm *vm, Value a, Value b) {
    View x = view_of(a), y = view_of(b);
    size_t n;
    if (!kr_add_ok((size_t)x.len, (size_t)y.len, &n) || n > (size_t)INT64_MAX / 2) {
        return kr_raise_nomem(vm);
    }
    Bytes *r = kr_bytes_alloc(vm, (int64_t)n);
    if (!r) {
        return VAL_EXC;
    }
    memcpy(r->data, x.p, (size_t)x.len);
    memcpy(r->data + x.len, y.p, (size_t)y.len);
    return kr_obj(r);
}

Value kr_bytes_repeat(KrVm *vm, Value b, int64_t n) {
    Bytes *x = AS_BYTES(b);
    if (n <= 0 || x->len == 0) {
        return kr_bytes_new(vm, NULL, 0);
    }
    if (n == 1) {
        return b;
    }
    if (x->len > INT64_MAX / n) {
        return kr_raise(vm, EXC_OverflowError, "repeated bytes are too long");
    }
    // Padding an empty sequence with n copies of the content is exactly repetition.
    KrSeq empty = {"", 0, true, true, VAL_UNDEF};
    return kr_str_gpad(vm, &empty, 0, n, (const char *)x->data, x->len);
}

Value kr_bytes_repr(KrVm *vm, Value v) {
    View b = view_of(v);
    bool ba = IS_BYTEARRAY(v);
    bool sq = memchr(b.p, '\'', (size_t)b.len) != NULL;
    bool dq = memchr(b.p, '"', (size_t)b.len) != NULL;
    char quote = (sq && !dq) ? '"' : '\'';
    StrBuf sb;
    kr_sb_init(&sb, vm);
    if (kr_sb_reserve(&sb, (size_t)b.len + 3) < 0 || (ba && kr_sb_adds(&sb, "bytearray(") < 0) ||
        kr_sb_addc(&sb, 'b') < 0 || kr_sb_addc(&sb, quote) < 0) {
        goto fail;
    }
    if (kr_tick(vm, (b.len >> 4) + 1) < 0) {
        goto fail;
    }
    for (int64_t i = 0; i < b.len; i++) {
        unsigned c = b.p[i];
        char esc[4] = {'\\', 0, 0, 0};
        size_t n = 2;
        // bytearray's repr escapes ' even inside "..." (CPython's bytearray_repr).
        if (c == (unsigned)quote || c == '\\' || (ba && c == '\'')) {
            esc[1] = (char)c;
        } else if (c == '\t') {
            esc[1] = 't';
        } else if (c == '\n') {
            esc[1] = 'n';
        } else if (c == '\r') {
            esc[1] = 'r';
        } else if (c < ' ' || c >= 0x7F) {
            esc[1] = 'x';
            esc[2] = hexd[c >> 4];
            esc[3] = hexd[c & 15];
            n = 4;
        } else {
            esc[0] = (char)c;
            n = 1;
        }
        if (kr_sb_add(&sb, esc, n) < 0) {
            goto fail;
        }
    }
    if (kr_sb_addc(&sb, quote) < 0 || (ba && kr_sb_addc(&sb, ')') < 0)) {
        goto fail;
    }
    return kr_sb_to_str(&sb);
fail:
    kr_sb_free(&sb);
    return VAL_EXC;
}

// ----- Argument helpers -----

// A bytes-like argument; TypeError otherwise. Take it after any argument that may run Python.
static int need_buf(KrVm *vm, Value v, View *out) {
    if (!kr_bytes_view(v, &out->p, &out->len)) {
        kr_raise(vm, EXC_TypeError, "a bytes-like object is required, not '%s'", kr_typename(v));
        return -1;
    }
    return 0;
}

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

// Sub-argument of find/count/index: bytes or an int in range(256) (written to *byte).
static int sub_arg(KrVm *vm, Value v, const char **p, int64_t *len, char *byte) {
    const uint8_t *bp;
    if (kr_bytes_view(v, &bp, len)) {
        *p = (const char *)bp;
        return 0;
    }
    if (kr_is_intlike(v)) {
        int64_t x = IS_BIGINT(v) ? -1 : AS_INT(v);
        if (x < 0 || x > 255) {
            kr_raise(vm, EXC_ValueError, "byte must be in range(0, 256)");
            return -1;
        }
        *byte = (char)x;
        *p = byte;
        *len = 1;
        return 0;
    }
    kr_raise(vm, EXC_TypeError, "argument should be integer or bytes-like object, not '%s'",
             kr_typename(v));
    return -1;
}

// ----- find / count / index / startswith -----

static Value find_common(KrVm *vm, int argc, const Value *argv, int dir, bool raise) {
    const char *sp;
    int64_t sl, start, end;
    char byte;
    if (sub_arg(vm, argv[1], &sp, &sl, &byte) < 0 || se_args(vm, argc, argv, 2, &start, &end) < 0) {
        return VAL_EXC;
    }
    View b = view_of(argv[0]);
    adjust(&start, &end, b.len);
    int64_t r = -1;
    if (end - start >= sl) {
        if (kr_tick(vm, (b.len >> 4) + 1) < 0) {
            return VAL_EXC;
        }
        const char *h = (const char *)b.p + start;
        r = dir > 0 ? kr_str_bfind(h, end - start, sp, sl) : kr_str_brfind(h, end - start, sp, sl);
        if (r >= 0) {
            r += start;
        }
    }
    if (r < 0 && raise) {
        return kr_raise(vm, EXC_ValueError, "subsection not found");
    }
    return kr_int(r);
}

Value kr_bytes_m_find(KrVm *vm, int argc, const Value *argv, Value kw) {
    return find_common(vm, argc, argv, 1, false);
}
Value kr_bytes_m_rfind(KrVm *vm, int argc, const Value *argv, Value kw) {
    return find_common(vm, argc, argv, -1, false);
}
Value kr_bytes_m_index(KrVm *vm, int argc, const Value *argv, Value kw) {
    return find_common(vm, argc, argv, 1, true);
}
Value kr_bytes_m_rindex(KrVm *vm, int argc, const Value *argv, Value kw) {
    return find_common(vm, argc, argv, -1, true);
}

Value kr_bytes_m_count(KrVm *vm, int argc, const Value *argv, Value kw) {
    const char *sp;
    int64_t sl, start, end;
    char byte;
    if (sub_arg(vm, argv[1], &sp, &sl, &byte) < 0 || se_args(vm, argc, argv, 2, &start, &end) < 0) {
        return VAL_EXC;
    }
    View b = view_of(argv[0]);
    adjust(&start, &end, b.len);
    if (end - start < sl) {
        return kr_int(0);
    }
    if (sl == 0) {
        return kr_int(end - start + 1);
    }
    if (kr_tick(vm, (b.len >> 4) + 1) < 0) {
        return VAL_EXC;
    }
    return kr_int(kr_str_bcount((const char *)b.p + start, end - start, sp, sl, -1));
}

static Value tail_common(KrVm *vm, int argc, const Value *argv, bool end_side, const char *name) {
    int64_t start, end;
    if (se_args(vm, argc, argv, 2, &start, &end) < 0) {
        return VAL_EXC;
    }
    View s = view_of(argv[0]);
    Value arg = argv[1];
    int64_t n = 1;
    const Value *items = &arg;
    if (IS_TUPLE(arg)) {
        n = AS_TUPLE(arg)->len;
        items = AS_TUPLE(arg)->items;
    } else if (!IS_BYTES(arg) && !IS_BYTEARRAY(arg)) {
        return kr_raise(vm, EXC_TypeError,
                        "%s first arg must be bytes or a tuple of bytes, not %T", name, arg);
    }
    for (int64_t k = 0; k < n; k++) {
        View sub;
        if (need_buf(vm, items[k], &sub) < 0) {
            return VAL_EXC;
        }
        int64_t st = start, en = end;
        adjust(&st, &en, s.len);
        en -= sub.len;
        if (en < st) {
            continue;
        }
        int64_t at = end_side ? en : st;
        if (memcmp(s.p + at, sub.p, (size_t)sub.len) == 0) {
            return VAL_TRUE;
        }
    }
    return VAL_FALSE;
}

Value kr_bytes_m_startswith(KrVm *vm, int argc, const Value *argv, Value kw) {
    return tail_common(vm, argc, argv, false, "startswith");
}
Value kr_bytes_m_endswith(KrVm *vm, int argc, const Value *argv, Value kw) {
    return tail_common(vm, argc, argv, true, "endswith");
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
    if (!IS_UNDEF(a[1]) && kr_arg_index(vm, a[1], &maxsplit) < 0) {
        return VAL_EXC;
    }
    KrSeq q = seq_of(argv[0]);
    if (IS_UNDEF(a[0]) || IS_NONE(a[0])) {
        return kr_bytes_result_as(vm, argv[0], kr_str_gsplit(vm, &q, NULL, 0, maxsplit, right));
    }
    View sep;
    if (need_buf(vm, a[0], &sep) < 0) {
        return VAL_EXC;
    }
    if (sep.len == 0) {
        return kr_raise(vm, EXC_ValueError, "empty separator");
    }
    return kr_bytes_result_as(
        vm, argv[0], kr_str_gsplit(vm, &q, (const char *)sep.p, sep.len, maxsplit, right));
}

Value kr_bytes_m_split(KrVm *vm, int argc, const Value *argv, Value kw) {
    return split_common(vm, argc, argv, kw, false);
}
Value kr_bytes_m_rsplit(KrVm *vm, int argc, const Value *argv, Value kw) {
    return split_common(vm, argc, argv, kw, true);
}

Value kr_bytes_m_splitlines(KrVm *vm, int argc, const Value *argv, Value kw) {
    static const char *const names[] = {"keepends"};
    Value a[1];
    if (kr_args_bind(vm, "splitlines", argc - 1, argv + 1, kw, names, 1, 0, 1, 0, a) < 0) {
        return VAL_EXC;
    }
    int64_t keep = 0;
    if (!IS_UNDEF(a[0]) && kr_arg_index(vm, a[0], &keep) < 0) {
        return VAL_EXC;
    }
    KrSeq q = seq_of(argv[0]);
    return kr_bytes_result_as(vm, argv[0], kr_str_gsplitlines(vm, &q, keep != 0));
}

static Value strip_common(KrVm *vm, int argc, const Value *argv, int how) {
    KrSeq q = seq_of(argv[0]);
    if (argc < 2 || IS_NONE(argv[1])) {
        return kr_bytes_result_as(vm, argv[0], kr_str_gstrip(vm, &q, NULL, 0, how));
    }
    View c;
    if (need_buf(vm, argv[1], &c) < 0) {
        return VAL_EXC;
    }
    return kr_bytes_result_as(vm, argv[0],
                              kr_str_gstrip(vm, &q, (const char *)c.p, c.len, how));
}

Value kr_bytes_m_strip(KrVm *vm, int argc, const Value *argv, Value kw) {
    return strip_common(vm, argc, argv, 3);
}
Value kr_bytes_m_lstrip(KrVm *vm, int argc, const Value *argv, Value kw) {
    return strip_common(vm, argc, argv, 1);
}
Value kr_bytes_m_rstrip(KrVm *vm, int argc, const Value *argv, Value kw) {
    return strip_common(vm, argc, argv, 2);
}

static Value partition_common(KrVm *vm, const Value *argv, bool right) {
    View sep;
    if (need_buf(vm, argv[1], &sep) < 0) {
        return VAL_EXC;
    }
    if (sep.len == 0) {
        return kr_raise(vm, EXC_ValueError, "empty separator");
    }
    KrSeq q = seq_of(argv[0]);
    return kr_bytes_result_as(vm, argv[0],
                              kr_str_gpartition(vm, &q, (const char *)sep.p, sep.len, right));
}

Value kr_bytes_m_partition(KrVm *vm, int argc, const Value *argv, Value kw) {
    return partition_common(vm, argv, false);
}
Value kr_bytes_m_rpartition(KrVm *vm, int argc, const Value *argv, Value kw) {
    return partition_common(vm, argv, true);
}

Value kr_bytes_m_replace(KrVm *vm, int argc, const Value *argv, Value kw) {
    int64_t count = -1;
    if (argc > 3 && kr_arg_index(vm, argv[3], &count) < 0) {
        return VAL_EXC;
    }
    View o, n;
    if (need_buf(vm, argv[1], &o) < 0 || need_buf(vm, argv[2], &n) < 0) {
        return VAL_EXC;
    }
    KrSeq q = seq_of(argv[0]);
    return kr_bytes_result_as(vm, argv[0],
                              kr_str_greplace(vm, &q, (const char *)o.p, o.len,
                                              (const char *)n.p, n.len, count));
}

static Value fix_affix(KrVm *vm, const Value *argv, bool prefix) {
    View a;
    if (need_buf(vm, argv[1], &a) < 0) {
        return VAL_EXC;
    }
    View s = view_of(argv[0]);
    KrSeq q = seq_of(argv[0]);
    int64_t from = 0, to = s.len;
    if (a.len > 0 && a.len <= s.len) {
        if (prefix && memcmp(s.p, a.p, (size_t)a.len) == 0) {
            from = a.len;
        } else if (!prefix && memcmp(s.p + s.len - a.len, a.p, (size_t)a.len) == 0) {
            to = s.len - a.len;
        }
    }
    return kr_bytes_result_as(vm, argv[0], kr_str_gsub(vm, &q, from, to));
}

Value kr_bytes_m_removeprefix(KrVm *vm, int argc, const Value *argv, Value kw) {
    return fix_affix(vm, argv, true);
}
Value kr_bytes_m_removesuffix(KrVm *vm, int argc, const Value *argv, Value kw) {
    return fix_affix(vm, argv, false);
}

static Value pad_common(KrVm *vm, int argc, const Value *argv, int where, const char *name) {
    int64_t width;
    if (kr_arg_index(vm, argv[1], &width) < 0) {
        return VAL_EXC;
    }
    const char *fill = " ";
    if (argc > 2) {
        View f;
        if (!kr_bytes_view(argv[2], &f.p, &f.len) || f.len != 1) {
            return kr_raise(vm, EXC_TypeError,
                            "%s() argument 2 must be a byte string of length 1, not %T", name,
                            argv[2]);
        }
        fill = (const char *)f.p;
    }
    View s = view_of(argv[0]);
    KrSeq q = seq_of(argv[0]);
    if (width <= s.len) {
        return kr_bytes_result_as(vm, argv[0], kr_str_gsub(vm, &q, 0, s.len));
    }
    int64_t marg = width - s.len, left, right;
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
    return kr_bytes_result_as(vm, argv[0], kr_str_gpad(vm, &q, left, right, fill, 1));
}

Value kr_bytes_m_center(KrVm *vm, int argc, const Value *argv, Value kw) {
    return pad_common(vm, argc, argv, 0, "center");
}
Value kr_bytes_m_ljust(KrVm *vm, int argc, const Value *argv, Value kw) {
    return pad_common(vm, argc, argv, 1, "ljust");
}
Value kr_bytes_m_rjust(KrVm *vm, int argc, const Value *argv, Value kw) {
    return pad_common(vm, argc, argv, 2, "rjust");
}

Value kr_bytes_m_zfill(KrVm *vm, int argc, const Value *argv, Value kw) {
    int64_t width;
    if (kr_arg_index(vm, argv[1], &width) < 0) {
        return VAL_EXC;
    }
    KrSeq q = seq_of(argv[0]);
    return kr_bytes_result_as(vm, argv[0], kr_str_gzfill(vm, &q, q.len, width));
}

Value kr_bytes_m_expandtabs(KrVm *vm, int argc, const Value *argv, Value kw) {
    static const char *const names[] = {"tabsize"};
    Value a[1];
    if (kr_args_bind(vm, "expandtabs", argc - 1, argv + 1, kw, names, 1, 0, 1, 0, a) < 0) {
        return VAL_EXC;
    }
    int64_t tab = 8;
    if (!IS_UNDEF(a[0]) && kr_arg_index(vm, a[0], &tab) < 0) {
        return VAL_EXC;
    }
    if (tab > INT32_MAX || tab < INT32_MIN) {
        return kr_raise(vm, EXC_OverflowError, "Python int too large to convert to C int");
    }
    KrSeq q = seq_of(argv[0]);
    return kr_bytes_result_as(vm, argv[0], kr_str_gexpandtabs(vm, &q, tab));
}

// ----- join -----

Value kr_bytes_join(KrVm *vm, Value sep, Value iterable) {
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
    int64_t n = IS_LIST(seq) ? AS_LIST(seq)->len : AS_TUPLE(seq)->len;
    const Value *items = IS_LIST(seq) ? AS_LIST(seq)->items : AS_TUPLE(seq)->items;
    View sp = view_of(sep); // read after the iteration above, which may run Python code
    size_t total = 0;
    for (int64_t i = 0; i < n; i++) {
        View it;
        if (!kr_bytes_view(items[i], &it.p, &it.len)) {
            return kr_raise(vm, EXC_TypeError,
                            "sequence item %zd: expected a bytes-like object, %T found",
                            (size_t)i, items[i]);
        }
        if (!kr_add_ok(total, (size_t)it.len, &total) ||
            (i > 0 && !kr_add_ok(total, (size_t)sp.len, &total)) || total > (size_t)INT64_MAX / 2) {
            return kr_raise_nomem(vm);
        }
    }
    if (kr_tick(vm, (int64_t)(total >> 4) + n) < 0) {
        return VAL_EXC;
    }
    Bytes *r = kr_bytes_alloc(vm, (int64_t)total);
    if (!r) {
        return VAL_EXC;
    }
    uint8_t *o = r->data;
    for (int64_t i = 0; i < n; i++) {
        if (i > 0 && sp.len) {
            memcpy(o, sp.p, (size_t)sp.len);
            o += sp.len;
        }
        View s = view_of(items[i]);
        memcpy(o, s.p, (size_t)s.len);
        o += s.len;
    }
    return kr_obj(r);
}

Value kr_bytes_m_join(KrVm *vm, int argc, const Value *argv, Value kw) {
    return kr_bytes_result_as(vm, argv[0], kr_bytes_join(vm, argv[0], argv[1]));
}

// ----- ASCII case mapping and predicates -----

static inline bool b_upper(uint8_t c) { return c >= 'A' && c <= 'Z'; }
static inline bool b_lower(uint8_t c) { return c >= 'a' && c <= 'z'; }
static inline bool b_alpha(uint8_t c) { return b_upper(c) || b_lower(c); }
static inline bool b_digit(uint8_t c) { return c >= '0' && c <= '9'; }
static inline bool b_space(uint8_t c) { return c == ' ' || (c >= 9 && c <= 13); }

enum { CM_LOWER, CM_UPPER, CM_TITLE, CM_CAPITALIZE, CM_SWAPCASE };

static Value case_map(KrVm *vm, Value self, int mode) {
    View s = view_of(self);
    Bytes *r = kr_bytes_alloc(vm, s.len);
    if (!r) {
        return VAL_EXC;
    }
    bool prev = false;
    for (int64_t i = 0; i < s.len; i++) {
        uint8_t c = s.p[i];
        bool to_up, to_lo;
        switch (mode) {
        case CM_LOWER:
            to_up = false;
            to_lo = true;
            break;
        case CM_UPPER:
            to_up = true;
            to_lo = false;
            break;
        case CM_TITLE:
            to_up = !prev;
            to_lo = prev;
            prev = b_alpha(c);
            break;
        case CM_CAPITALIZE:
            to_up = i == 0;
            to_lo = i != 0;
            break;
        default:
            to_up = b_lower(c);
            to_lo = b_upper(c);
            break;
        }
        if (to_up && b_lower(c)) {
            c = (uint8_t)(c - 32);
        } else if (to_lo && b_upper(c)) {
            c = (uint8_t)(c + 32);
        }
        r->data[i] = c;
    }
    return kr_bytes_result_as(vm, self, kr_obj(r));
}

Value kr_bytes_m_lower(KrVm *vm, int argc, const Value *argv, Value kw) {
    return case_map(vm, argv[0], CM_LOWER);
}
Value kr_bytes_m_upper(KrVm *vm, int argc, const Value *argv, Value kw) {
    return case_map(vm, argv[0], CM_UPPER);
}
Value kr_bytes_m_title(KrVm *vm, int argc, const Value *argv, Value kw) {
    return case_map(vm, argv[0], CM_TITLE);
}
Value kr_bytes_m_capitalize(KrVm *vm, int argc, const Value *argv, Value kw) {
    return case_map(vm, argv[0], CM_CAPITALIZE);
}
Value kr_bytes_m_swapcase(KrVm *vm, int argc, const Value *argv, Value kw) {
    return case_map(vm, argv[0], CM_SWAPCASE);
}

enum { P_ALNUM, P_ALPHA, P_DIGIT, P_SPACE, P_ASCII, P_LOWER, P_UPPER, P_TITLE };

static Value pred(Value self, int what) {
    View w = view_of(self);
    const View *s = &w;
    if (what == P_ASCII) {
        for (int64_t i = 0; i < s->len; i++) {
            if (s->p[i] >= 0x80) {
                return VAL_FALSE;
            }
        }
        return VAL_TRUE;
    }
    if (what == P_LOWER || what == P_UPPER || what == P_TITLE) {
        bool cased = false, prev = false;
        for (int64_t i = 0; i < s->len; i++) {
            uint8_t c = s->p[i];
            if (what == P_LOWER) {
                if (b_upper(c)) {
                    return VAL_FALSE;
                }
                cased = cased || b_lower(c);
            } else if (what == P_UPPER) {
                if (b_lower(c)) {
                    return VAL_FALSE;
                }
                cased = cased || b_upper(c);
            } else if (b_upper(c)) {
                if (prev) {
                    return VAL_FALSE;
                }
                prev = cased = true;
            } else if (b_lower(c)) {
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
    if (s->len == 0) {
        return VAL_FALSE;
    }
    for (int64_t i = 0; i < s->len; i++) {
        uint8_t c = s->p[i];
        bool ok = what == P_ALNUM   ? (b_alpha(c) || b_digit(c))
                  : what == P_ALPHA ? b_alpha(c)
                  : what == P_DIGIT ? b_digit(c)
                                    : b_space(c);
        if (!ok) {
            return VAL_FALSE;
        }
    }
    return VAL_TRUE;
}

Value kr_bytes_m_isalnum(KrVm *vm, int argc, const Value *argv, Value kw) {
    return pred(argv[0], P_ALNUM);
}
Value kr_bytes_m_isalpha(KrVm *vm, int argc, const Value *argv, Value kw) {
    return pred(argv[0], P_ALPHA);
}
Value kr_bytes_m_isdigit(KrVm *vm, int argc, const Value *argv, Value kw) {
    return pred(argv[0], P_DIGIT);
}
Value kr_bytes_m_isspace(KrVm *vm, int argc, const Value *argv, Value kw) {
    return pred(argv[0], P_SPACE);
}
Value kr_bytes_m_isascii(KrVm *vm, int argc, const Value *argv, Value kw) {
    return pred(argv[0], P_ASCII);
}
Value kr_bytes_m_islower(KrVm *vm, int argc, const Value *argv, Value kw) {
    return pred(argv[0], P_LOWER);
}
Value kr_bytes_m_isupper(KrVm *vm, int argc, const Value *argv, Value kw) {
    return pred(argv[0], P_UPPER);
}
Value kr_bytes_m_istitle(KrVm *vm, int argc, const Value *argv, Value kw) {
    return pred(argv[0], P_TITLE);
}

// ----- decode / hex / fromhex / translate / maketrans -----

Value kr_bytes_m_decode(KrVm *vm, int argc, const Value *argv, Value kw) {
    static const char *const names[] = {"encoding", "errors"};
    Value a[2];
    if (kr_args_bind(vm, "decode", argc - 1, argv + 1, kw, names, 2, 0, 2, 0, a) < 0) {
        return VAL_EXC;
    }
    const char *enc = NULL, *err = NULL;
    for (int i = 0; i < 2; i++) {
        if (IS_UNDEF(a[i])) {
            continue;
        }
        if (!IS_STR(a[i])) {
            return kr_raise(vm, EXC_TypeError, "decode() argument '%s' must be str, not %T",
                            names[i], a[i]);
        }
        *(i == 0 ? &enc : &err) = AS_STR(a[i])->data;
    }
    View b = view_of(argv[0]);
    return kr_str_decode(vm, b.p, (size_t)b.len, enc, err);
}

Value kr_bytes_m_hex(KrVm *vm, int argc, const Value *argv, Value kw) {
    static const char *const names[] = {"sep", "bytes_per_sep"};
    Value a[2];
    if (kr_args_bind(vm, "hex", argc - 1, argv + 1, kw, names, 2, 0, 2, 0, a) < 0) {
        return VAL_EXC;
    }
    // CPython's argument clinic converts bytes_per_sep (a C int) before the body looks at sep.
    int64_t per = 1;
    if (!IS_UNDEF(a[1])) {
        if (IS_BIGINT(a[1])) {
            return kr_raise(vm, EXC_OverflowError, "Python int too large to convert to C int");
        }
        if (kr_arg_index(vm, a[1], &per) < 0) {
            return VAL_EXC;
        }
        if (per != (int32_t)per) {
            return kr_raise(vm, EXC_OverflowError, "Python int too large to convert to C int");
        }
    }
    char sep = 0;
    if (!IS_UNDEF(a[0]) && !IS_NONE(a[0])) {
        // As _Py_strhex_impl: the length first (any sized object), then the type.
        int64_t sl = kr_len(vm, a[0]);
        if (sl < 0) {
            return VAL_EXC;
        }
        if (sl != 1) {
            return kr_raise(vm, EXC_ValueError, "sep must be length 1.");
        }
        const char *sp;
        if (IS_STR(a[0])) {
            sp = AS_STR(a[0])->data;
        } else if (IS_BYTES(a[0])) {
            sp = (const char *)AS_BYTES(a[0])->data;
        } else {
            return kr_raise(vm, EXC_TypeError, "sep must be str or bytes.");
        }
        if ((unsigned char)sp[0] >= 0x80) {
            return kr_raise(vm, EXC_ValueError, "sep must be ASCII.");
        }
        sep = sp[0];
    }
    View bv = view_of(argv[0]); // after bytes_per_sep's conversion (may run Python code)
    const View *b = &bv;
    if (b->len == 0) {
        return kr_str_new(vm, "", 0);
    }
    int64_t aper = per < 0 ? -per : per; // |per| fits: per is a C int (any |per| >= len: one group)
    if (!sep || aper == 0 || aper >= b->len) {
        sep = 0;
    }
    int64_t nsep = sep ? (b->len - 1) / aper : 0;
    size_t total;
    if (!kr_mul_ok((size_t)b->len, 2, &total) || !kr_add_ok(total, (size_t)nsep, &total)) {
        return kr_raise_nomem(vm);
    }
    Str *r = kr_str_alloc(vm, (int64_t)total, (int64_t)total);
    if (!r) {
        return VAL_EXC;
    }
    if (kr_tick(vm, b->len >> 4) < 0) {
        return VAL_EXC;
    }
    char *o = r->data;
    for (int64_t i = 0; i < b->len; i++) {
        if (sep && i > 0) {
            // per > 0 groups from the right, per < 0 from the left
            bool cut = per > 0 ? ((b->len - i) % aper == 0) : (i % aper == 0);
            if (cut) {
                *o++ = sep;
            }
        }
        *o++ = hexd[b->p[i] >> 4];
        *o++ = hexd[b->p[i] & 15];
    }
    return kr_obj(r);
}

static int hexval(unsigned char c) {
    if (c >= '0' && c <= '9') {
        return c - '0';
    }
    if (c >= 'a' && c <= 'f') {
        return c - 'a' + 10;
    }
    if (c >= 'A' && c <= 'F') {
        return c - 'A' + 10;
    }
    return -1;
}

Value kr_bytes_m_fromhex(KrVm *vm, int argc, const Value *argv, Value kw) {
    Value arg = argv[1]; // argv[0] is the class
    if (!IS_STR(arg)) {
        return kr_raise(vm, EXC_TypeError, "fromhex() argument must be str, not %T", arg);
    }
    Str *s = AS_STR(arg);
    StrBuf sb;
    kr_sb_init(&sb, vm);
    const unsigned char *p = (const unsigned char *)s->data;
    int64_t i = 0, ci = 0;
    // Positions in the message count code points; non-ASCII is never a hex digit.
    while (i < s->len) {
        if (b_space(p[i])) {
            i++;
            ci++;
            continue;
        }
        int hi = hexval(p[i]);
        if (hi < 0) {
            goto bad;
        }
        i++;
        ci++;
        int lo = i < s->len ? hexval(p[i]) : -1;
        if (lo < 0) {
            goto bad;
        }
        i++;
        ci++;
        if (kr_sb_addc(&sb, (char)(hi * 16 + lo)) < 0) {
            kr_sb_free(&sb);
            return VAL_EXC;
        }
    }
    Value r = kr_sb_to_bytes(&sb);
    if (IS_TYPEOBJ(argv[0]) && AS_TYPEOBJ(argv[0])->kind == &kr_type_bytearray) {
        return to_bytearray(vm, r);
    }
    return r;
bad:
    kr_sb_free(&sb);
    return kr_raise(vm, EXC_ValueError,
                    "non-hexadecimal number found in fromhex() arg at position %zd", (size_t)ci);
}

Value kr_bytes_m_translate(KrVm *vm, int argc, const Value *argv, Value kw) {
    static const char *const names[] = {"table", "delete"};
    Value a[2];
    if (kr_args_bind(vm, "translate", argc - 1, argv + 1, kw, names, 2, 1, 2, 1, a) < 0) {
        return VAL_EXC;
    }
    const uint8_t *table = NULL;
    if (!IS_NONE(a[0])) {
        View t;
        if (need_buf(vm, a[0], &t) < 0) {
            return VAL_EXC;
        }
        if (t.len != 256) {
            return kr_raise(vm, EXC_ValueError, "translation table must be 256 characters long");
        }
        table = t.p;
    }
    uint8_t del[256] = {0};
    if (!IS_UNDEF(a[1])) {
        View d;
        if (need_buf(vm, a[1], &d) < 0) {
            return VAL_EXC;
        }
        for (int64_t i = 0; i < d.len; i++) {
            del[d.p[i]] = 1;
        }
    }
    View s = view_of(argv[0]);
    StrBuf sb;
    kr_sb_init(&sb, vm);
    if (kr_sb_reserve(&sb, (size_t)s.len) < 0) {
        return VAL_EXC;
    }
    for (int64_t i = 0; i < s.len; i++) {
        uint8_t c = s.p[i];
        if (!del[c]) {
            sb.data[sb.len++] = (char)(table ? table[c] : c);
        }
    }
    return kr_bytes_result_as(vm, argv[0], kr_sb_to_bytes(&sb));
}

Value kr_bytes_m_maketrans(KrVm *vm, int argc, const Value *argv, Value kw) {
    View f, t;
    if (need_buf(vm, argv[0], &f) < 0 || need_buf(vm, argv[1], &t) < 0) {
        return VAL_EXC;
    }
    if (f.len != t.len) {
        return kr_raise(vm, EXC_ValueError, "maketrans arguments must have same length");
    }
    Bytes *r = kr_bytes_alloc(vm, 256);
    if (!r) {
        return VAL_EXC;
    }
    for (int i = 0; i < 256; i++) {
        r->data[i] = (uint8_t)i;
    }
    for (int64_t i = 0; i < f.len; i++) {
        r->data[f.p[i]] = t.p[i];
    }
    return kr_obj(r);
}

// ----- Slots -----

static Value bytes_repr_slot(KrVm *vm, Value self) { return kr_bytes_repr(vm, self); }

static int bytes_hash_slot(KrVm *vm, Value self, int64_t *out) {
    Bytes *b = AS_BYTES(self);
    if (b->hash == -1) {
        b->hash = kr_hash_bytes(vm, b->data, (size_t)b->len);
    }
    *out = b->hash;
    return 0;
}

// Also bytearray's richcmp: any two bytes-likes compare by content.
Value kr_bytes_richcmp(KrVm *vm, Value a, Value b, CmpOp op) {
    View x, y;
    if (!kr_bytes_view(a, &x.p, &x.len) || !kr_bytes_view(b, &y.p, &y.len)) {
        return vm->notimpl;
    }
    if ((op == CMP_EQ || op == CMP_NE) && x.len != y.len) {
        return kr_bool(op == CMP_NE);
    }
    int64_t n = x.len < y.len ? x.len : y.len;
    int c = n ? memcmp(x.p, y.p, (size_t)n) : 0;
    if (c == 0) {
        c = x.len < y.len ? -1 : x.len > y.len;
    }
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

static int64_t bytes_len_slot(KrVm *vm, Value self) { return AS_BYTES(self)->len; }

static int bytes_truthy_slot(KrVm *vm, Value self) { return AS_BYTES(self)->len != 0; }

// Also bytearray's `in`.
int kr_bytes_contains(KrVm *vm, Value self, Value v) {
    View b = view_of(self);
    if (kr_is_intlike(v)) {
        int64_t x = IS_BIGINT(v) ? -1 : AS_INT(v);
        if (x < 0 || x > 255) {
            kr_raise(vm, EXC_ValueError, "byte must be in range(0, 256)");
            return -1;
        }
        return b.len && memchr(b.p, (int)x, (size_t)b.len) != NULL;
    }
    View sub;
    if (need_buf(vm, v, &sub) < 0) {
        return -1;
    }
    if (kr_tick(vm, (b.len >> 4) + 1) < 0) {
        return -1;
    }
    return kr_str_bfind((const char *)b.p, b.len, (const char *)sub.p, sub.len) >= 0;
}

static Value bytes_getitem_slot(KrVm *vm, Value self, Value key) {
    Bytes *b = AS_BYTES(self);
    if (kr_isa(key, &kr_type_slice)) {
        int64_t start, stop, step, n;
        if (kr_slice_indices(vm, (Slice *)AS_OBJ(key), b->len, &start, &stop, &step, &n) < 0) {
            return VAL_EXC;
        }
        if (n <= 0) {
            return kr_bytes_new(vm, NULL, 0);
        }
        if (step == 1) {
            if (n == b->len) {
                return self;
            }
            return kr_bytes_new(vm, b->data + start, (size_t)n);
        }
        if (kr_tick(vm, n) < 0) {
            return VAL_EXC;
        }
        Bytes *r = kr_bytes_alloc(vm, n);
        if (!r) {
            return VAL_EXC;
        }
        for (int64_t i = 0, k = start; i < n; i++, k += step) {
            r->data[i] = b->data[k];
        }
        return kr_obj(r);
    }
    if (!kr_is_intlike(key)) {
        return kr_raise(vm, EXC_TypeError, "byte indices must be integers or slices, not %s",
                        kr_typename(key));
    }
    int64_t i;
    if (kr_index(vm, key, &i) < 0) {
        return VAL_EXC;
    }
    if (i < 0) {
        i += b->len;
    }
    if (i < 0 || i >= b->len) {
        return kr_raise(vm, EXC_IndexError, "index out of range");
    }
    return kr_int(b->data[i]);
}

// ----- Iterator -----

typedef struct BytesIter {
    Obj hdr;
    Value bytes; // Bytes, or VAL_UNDEF once exhausted
    int64_t pos;
} BytesIter;

static void bytes_iter_trace(KrVm *vm, Obj *o) { kr_gc_mark_value(vm, ((BytesIter *)o)->bytes); }

static Value bytes_iter_slot(KrVm *vm, Value self) {
    BytesIter *it = kr_gc_alloc(vm, &kr_type_bytes_iter, sizeof(BytesIter));
    if (!it) {
        return VAL_EXC;
    }
    it->bytes = self;
    it->pos = 0;
    return kr_obj(it);
}

static Value bytes_iter_self(KrVm *vm, Value self) { return self; }

static Value bytes_iter_next(KrVm *vm, Value self) {
    BytesIter *it = (BytesIter *)AS_OBJ(self);
    if (IS_UNDEF(it->bytes)) {
        return VAL_UNDEF;
    }
    Bytes *b = AS_BYTES(it->bytes);
    if (it->pos >= b->len) {
        it->bytes = VAL_UNDEF;
        return VAL_UNDEF;
    }
    return kr_int(b->data[it->pos++]);
}

static Value bytes_iter_length_hint(KrVm *vm, int argc, const Value *argv, Value kw) {
    BytesIter *it = (BytesIter *)AS_OBJ(argv[0]);
    return kr_int(IS_UNDEF(it->bytes) ? 0 : AS_BYTES(it->bytes)->len - it->pos);
}

static const NativeDef bytes_iter_methods[] = {
    NATIVE("__length_hint__", bytes_iter_length_hint, 0, 0, 0),
    NATIVE_END,
};

const Type kr_type_bytes_iter = {
    .name = "bytes_iterator",
    .id = TY_BYTES_ITER,
    .basic_size = sizeof(BytesIter),
    .trace = bytes_iter_trace,
    .iter = bytes_iter_self,
    .next = bytes_iter_next,
    .methods = bytes_iter_methods,
};

// ----- Constructor -----

static Value bytes_ctor(KrVm *vm, int argc, const Value *argv, Value kw) {
    static const char *const names[] = {"source", "encoding", "errors"};
    Value a[3];
    if (kr_args_bind(vm, "bytes", argc, argv, kw, names, 3, 0, 3, 0, a) < 0) {
        return VAL_EXC;
    }
    Value src = a[0];
    if (IS_UNDEF(src)) {
        if (!IS_UNDEF(a[1]) || !IS_UNDEF(a[2])) {
            return kr_raise(vm, EXC_TypeError, IS_UNDEF(a[1])
                                                   ? "errors without a string argument"
                                                   : "encoding without a string argument");
        }
        return kr_bytes_new(vm, NULL, 0);
    }
    const char *enc = NULL, *err = NULL;
    for (int i = 1; i < 3; i++) {
        if (IS_UNDEF(a[i])) {
            continue;
        }
        if (!IS_STR(a[i])) {
            return kr_raise(vm, EXC_TypeError, "bytes() argument '%s' must be str, not %T",
                            names[i], a[i]);
        }
        *(i == 1 ? &enc : &err) = AS_STR(a[i])->data;
    }
    if (IS_STR(src)) {
        if (!enc) {
            return kr_raise(vm, EXC_TypeError, "string argument without an encoding");
        }
        return kr_str_encode(vm, src, enc, err);
    }
    if (enc || err) {
        return kr_raise(vm, EXC_TypeError, enc ? "encoding without a string argument"
                                               : "errors without a string argument");
    }
    if (IS_BYTES(src)) {
        return src;
    }
    if (IS_BYTEARRAY(src)) {
        return kr_bytes_new(vm, AS_BYTEARRAY(src)->data, (size_t)AS_BYTEARRAY(src)->len);
    }
    if (kr_is_intlike(src)) {
        int64_t n;
        if (kr_arg_index(vm, src, &n) < 0) {
            return VAL_EXC;
        }
        if (n < 0) {
            return kr_raise(vm, EXC_ValueError, "negative count");
        }
        Bytes *b = kr_bytes_alloc(vm, n);
        if (!b) {
            return VAL_EXC;
        }
        memset(b->data, 0, (size_t)n);
        return kr_obj(b);
    }
    if (!kr_type_of(src)->iter) {
        return kr_raise(vm, EXC_TypeError, "cannot convert '%s' object to bytes",
                        kr_typename(src));
    }
    Value list = kr_list_from_iterable(vm, src); // Runs Python code
    if (IS_EXC(list)) {
        return list;
    }
    List *l = AS_LIST(list);
    Bytes *b = kr_bytes_alloc(vm, l->len);
    if (!b) {
        return VAL_EXC;
    }
    for (int64_t i = 0; i < l->len; i++) {
        int64_t x;
        if (kr_arg_index(vm, l->items[i], &x) < 0) {
            if (kr_exc_pending_is(vm, EXC_OverflowError)) {
                kr_exc_take(vm);
                return kr_raise(vm, EXC_ValueError, "bytes must be in range(0, 256)");
            }
            return VAL_EXC;
        }
        if (x < 0 || x > 255) {
            return kr_raise(vm, EXC_ValueError, "bytes must be in range(0, 256)");
        }
        b->data[i] = (uint8_t)x;
    }
    return kr_obj(b);
}

// ----- Method table and type -----

static const NativeDef bytes_methods[] = {
    KR_BYTES_SHARED_METHODS(KR_BYTES_NATIVE_ROW)
    NATIVE_END,
};

const Type kr_type_bytes = {
    .name = "bytes",
    .id = TY_BYTES,
    .basic_size = sizeof(Bytes),
    .free = bytes_free,
    .repr = bytes_repr_slot,
    .hash = bytes_hash_slot,
    .richcmp = kr_bytes_richcmp,
    .iter = bytes_iter_slot,
    .len = bytes_len_slot,
    .getitem = bytes_getitem_slot,
    .contains = kr_bytes_contains,
    .ctor = bytes_ctor,
    .truthy = bytes_truthy_slot,
    .methods = bytes_methods,
    .is_sequence = 1,
};
