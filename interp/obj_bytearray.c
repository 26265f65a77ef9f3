// SPDX-License-Identifier: MIT
// interp/obj_bytearray.c: the bytearray type (a mutable byte buffer): slots, item and slice
// assignment, the mutating methods, + * += *=, and its iterator. The non-mutating methods are
// bytes' own (obj_bytes.c, see bytes_common.h), which return bytearrays for a bytearray self.
#include "bytes_common.h"
#include "module.h"
#include "state.h"
#include "unicode.h"

// ----- Storage -----

static void ba_free(KrVm *vm, Obj *o) {
    ByteArray *b = (ByteArray *)o;
    if (b->data) {
        kr_mem_free(vm, b->data, (size_t)b->cap);
    }
    kr_mem_free(vm, b, sizeof(ByteArray));
}

// MemoryError for a size no allocation could satisfy, before asking the allocator.
static int too_big(KrVm *vm, int64_t n) {
    size_t limit = vm->cfg.limits.max_memory;
    if (n < 0 || n > INT64_MAX / 2 || (limit && (uint64_t)n > limit)) {
        kr_raise_nomem(vm);
        return -1;
    }
    return 0;
}

// Make room for [need] bytes (len unchanged). Grows by 1/8 over the need, like CPython.
static int reserve(KrVm *vm, ByteArray *b, int64_t need) {
    if (need <= b->cap) {
        return 0;
    }
    if (too_big(vm, need) < 0) {
        return -1;
    }
    int64_t cap = need + (need >> 3) + (need < 9 ? 3 : 6);
    if (too_big(vm, cap) < 0) {
        cap = need;
    }
    uint8_t *p = b->data ? kr_mem_realloc(vm, b->data, (size_t)b->cap, (size_t)cap)
                         : kr_mem_alloc(vm, (size_t)cap);
    if (!p) {
        return -1;
    }
    b->data = p;
    b->cap = cap;
    return 0;
}

// Give memory back once the buffer is mostly unused. Never fails (keeps the block on OOM).
static void shrink(KrVm *vm, ByteArray *b) {
    if (b->cap > 64 && b->len < b->cap / 4) {
        int64_t cap = b->len + (b->len >> 3) + 8;
        uint8_t *p = kr_mem_realloc(vm, b->data, (size_t)b->cap, (size_t)cap);
        if (p) {
            b->data = p;
            b->cap = cap;
        } else {
            kr_exc_take(vm);
        }
    }
}

static ByteArray *ba_alloc(KrVm *vm, int64_t len) {
    if (too_big(vm, len) < 0) {
        return NULL;
    }
    ByteArray *b = kr_gc_alloc(vm, &kr_type_bytearray, sizeof(ByteArray));
    if (!b) {
        return NULL;
    }
    if (len > 0) {
        b->data = kr_mem_alloc(vm, (size_t)len);
        if (!b->data) {
            return NULL;
        }
        b->cap = len;
    }
    b->len = len;
    return b;
}

Value kr_bytearray_new(KrVm *vm, const uint8_t *data, size_t len) {
    ByteArray *b = ba_alloc(vm, (int64_t)len);
    if (!b) {
        return VAL_EXC;
    }
    if (len) {
        memcpy(b->data, data, len);
    }
    return kr_obj(b);
}

static ByteArray *self_of(const Value *argv) { return AS_BYTEARRAY(argv[0]); }

// Replace bytes [lo, hi) of [b] with the [n] bytes at [src] (src must not point into b).
static int set_range(KrVm *vm, ByteArray *b, int64_t lo, int64_t hi, const uint8_t *src,
                     int64_t n) {
    int64_t newlen = b->len - (hi - lo) + n;
    if (reserve(vm, b, newlen) < 0) {
        return -1;
    }
    if (b->len - hi > 0 && hi - lo != n) {
        memmove(b->data + lo + n, b->data + hi, (size_t)(b->len - hi));
    }
    if (n) {
        memcpy(b->data + lo, src, (size_t)n);
    }
    b->len = newlen;
    shrink(vm, b);
    return 0;
}

// CPython's _getbytevalue: an int in range(256).
static int byte_value(KrVm *vm, Value v, uint8_t *out) {
    int64_t x;
    if (IS_BIGINT(v)) {
        x = -1;
    } else if (kr_arg_index(vm, v, &x) < 0) {
        return -1;
    }
    if (x < 0 || x > 255) {
        kr_raise(vm, EXC_ValueError, "byte must be in range(0, 256)");
        return -1;
    }
    *out = (uint8_t)x;
    return 0;
}

// Append every int of the iterator [it] to [b] (a new, private bytearray). Runs Python code.
// On failure the buffer is released at once, so that a MemoryError handler has room to run
// before the next collection.
static int fill_from_iter(KrVm *vm, ByteArray *b, Value it) {
    for (;;) {
        Value x = kr_next(vm, it);
        if (IS_UNDEF(x)) {
            return 0;
        }
        uint8_t byte;
        if (IS_EXC(x) || byte_value(vm, x, &byte) < 0 || kr_tick(vm, 1) < 0 ||
            reserve(vm, b, b->len + 1) < 0) {
            if (b->data) {
                kr_mem_free(vm, b->data, (size_t)b->cap);
            }
            b->data = NULL;
            b->len = b->cap = 0;
            return -1;
        }
        b->data[b->len++] = byte;
    }
}

// ----- Constructor -----

static Value ba_ctor(KrVm *vm, int argc, const Value *argv, Value kw) {
    static const char *const names[] = {"source", "encoding", "errors"};
    Value a[3];
    if (kr_args_bind(vm, "bytearray", argc, argv, kw, names, 3, 0, 3, 0, a) < 0) {
        return VAL_EXC;
    }
    Value src = a[0];
    const char *enc = NULL, *err = NULL;
    for (int i = 1; i < 3; i++) {
        if (IS_UNDEF(a[i])) {
            continue;
        }
        if (!IS_STR(a[i])) {
            return kr_raise(vm, EXC_TypeError, "bytearray() argument '%s' must be str, not %T",
                            names[i], a[i]);
        }
        *(i == 1 ? &enc : &err) = AS_STR(a[i])->data;
    }
    if (IS_UNDEF(src)) {
        if (enc || err) {
            return kr_raise(vm, EXC_TypeError, enc ? "encoding without a string argument"
                                                   : "errors without a string argument");
        }
        return kr_bytearray_new(vm, NULL, 0);
    }
    if (IS_STR(src)) {
        if (!enc) {
            return kr_raise(vm, EXC_TypeError, "string argument without an encoding");
        }
        Value r = kr_str_encode(vm, src, enc, err);
        if (IS_EXC(r)) {
            return r;
        }
        return kr_bytearray_new(vm, AS_BYTES(r)->data, (size_t)AS_BYTES(r)->len);
    }
    if (enc || err) {
        return kr_raise(vm, EXC_TypeError, enc ? "encoding without a string argument"
                                               : "errors without a string argument");
    }
    const uint8_t *p;
    int64_t n;
    if (kr_bytes_view(src, &p, &n)) {
        return kr_bytearray_new(vm, p, (size_t)n);
    }
    if (kr_is_intlike(src)) {
        if (IS_BIGINT(src)) {
            return kr_raise(vm, EXC_OverflowError, "cannot fit 'int' into an index-sized integer");
        }
        n = AS_INT(src);
        if (n < 0) {
            return kr_raise(vm, EXC_ValueError, "negative count");
        }
        ByteArray *b = ba_alloc(vm, n);
        if (!b) {
            return VAL_EXC;
        }
        if (n) {
            memset(b->data, 0, (size_t)n);
        }
        return kr_obj(b);
    }
    if (!kr_type_of(src)->iter) {
        return kr_raise(vm, EXC_TypeError, "cannot convert '%s' object to bytearray",
                        kr_typename(src));
    }
    Value it = kr_iter(vm, src); // Runs Python code
    if (IS_EXC(it)) {
        return it;
    }
    ByteArray *b = ba_alloc(vm, 0);
    if (!b || fill_from_iter(vm, b, it) < 0) {
        return VAL_EXC;
    }
    return kr_obj(b);
}

// ----- Slots -----

static Value ba_repr(KrVm *vm, Value self) { return kr_bytes_repr(vm, self); }

static int ba_hash(KrVm *vm, Value self, int64_t *out) {
    kr_raise(vm, EXC_TypeError, "unhashable type: 'bytearray'");
    return -1;
}

static int64_t ba_len(KrVm *vm, Value self) { return AS_BYTEARRAY(self)->len; }

static int ba_truthy(KrVm *vm, Value self) { return AS_BYTEARRAY(self)->len != 0; }

static Value ba_getitem(KrVm *vm, Value self, Value key) {
    ByteArray *b = AS_BYTEARRAY(self);
    if (kr_isa(key, &kr_type_slice)) {
        int64_t start, stop, step, n;
        if (kr_slice_indices(vm, (Slice *)AS_OBJ(key), b->len, &start, &stop, &step, &n) < 0) {
            return VAL_EXC;
        }
        if (n <= 0) {
            return kr_bytearray_new(vm, NULL, 0);
        }
        if (step == 1) {
            return kr_bytearray_new(vm, b->data + start, (size_t)n);
        }
        if (kr_tick(vm, n) < 0) {
            return VAL_EXC;
        }
        ByteArray *r = ba_alloc(vm, n);
        if (!r) {
            return VAL_EXC;
        }
        for (int64_t i = 0, k = start; i < n; i++, k += step) {
            r->data[i] = b->data[k];
        }
        return kr_obj(r);
    }
    if (!kr_is_intlike(key)) {
        return kr_raise(vm, EXC_TypeError, "bytearray indices must be integers or slices, not %s",
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
        return kr_raise(vm, EXC_IndexError, "bytearray index out of range");
    }
    return kr_int(b->data[i]);
}

// Delete the [n] positions start, start+step, ... (step > 0) in one compacting pass.
static void delete_stepped(KrVm *vm, ByteArray *b, int64_t start, int64_t step, int64_t n) {
    int64_t w = start, next = start, done = 0;
    for (int64_t r = start; r < b->len; r++) {
        if (done < n && r == next) {
            done++;
            next += step;
            continue;
        }
        b->data[w++] = b->data[r];
    }
    b->len = w;
    shrink(vm, b);
}

// The new contents of a slice assignment as a bytes object (a private snapshot, so assigning
// a bytearray to a slice of itself works). Runs Python code for iterables.
static Value slice_source(KrVm *vm, Value v) {
    const uint8_t *p;
    int64_t n;
    if (IS_BYTES(v)) {
        return v;
    }
    if (kr_bytes_view(v, &p, &n)) {
        return kr_bytes_new(vm, p, (size_t)n);
    }
    if (IS_INT(v) || IS_BOOL(v) || IS_BIGINT(v) || IS_FLOAT(v) || IS_STR(v)) {
        return kr_raise(vm, EXC_TypeError,
                        "can assign only bytes, buffers, or iterables of ints in range(0, 256)");
    }
    Value arr = ba_ctor(vm, 1, &v, VAL_UNDEF);
    if (IS_EXC(arr)) {
        return arr;
    }
    return kr_bytes_new(vm, AS_BYTEARRAY(arr)->data, (size_t)AS_BYTEARRAY(arr)->len);
}

static int ba_setitem(KrVm *vm, Value self, Value key, Value v) {
    ByteArray *b = AS_BYTEARRAY(self);
    int64_t start, stop, step, slicelen;
    if (kr_isa(key, &kr_type_slice)) {
        if (kr_slice_indices(vm, (Slice *)AS_OBJ(key), b->len, &start, &stop, &step, &slicelen) <
            0) {
            return -1;
        }
        // Then convert the value; that may run Python code which resizes the bytearray, so the
        // indices are computed again below.
        Value src = VAL_UNDEF;
        if (!IS_UNDEF(v)) {
            src = slice_source(vm, v);
            if (IS_EXC(src)) {
                return -1;
            }
        }
        if (kr_slice_indices(vm, (Slice *)AS_OBJ(key), b->len, &start, &stop, &step, &slicelen) <
            0) {
            return -1;
        }
        const uint8_t *p = IS_UNDEF(src) ? NULL : AS_BYTES(src)->data;
        int64_t needed = IS_UNDEF(src) ? 0 : AS_BYTES(src)->len;
        if ((step < 0 && start < stop) || (step > 0 && start > stop)) {
            stop = start; // b[5:2] = x inserts at 5
        }
        if (step == 1) {
            return set_range(vm, b, start, stop, p, needed);
        }
        if (kr_tick(vm, slicelen + 1) < 0) {
            return -1;
        }
        if (needed == 0) {
            // CPython deletes for an empty value even with a step: b[::2] = b''.
            if (slicelen <= 0) {
                return 0;
            }
            if (step < 0) {
                start = start + step * (slicelen - 1);
                step = -step;
            }
            delete_stepped(vm, b, start, step, slicelen);
            return 0;
        }
        if (needed != slicelen) {
            kr_raise(vm, EXC_ValueError,
                     "attempt to assign bytes of size %zd to extended slice of size %zd",
                     (size_t)needed, (size_t)slicelen);
            return -1;
        }
        for (int64_t i = 0, k = start; i < slicelen; i++, k += step) {
            b->data[k] = p[i];
        }
        return 0;
    }
    if (!kr_is_intlike(key)) {
        kr_raise(vm, EXC_TypeError, "bytearray indices must be integers or slices, not %s",
                 kr_typename(key));
        return -1;
    }
    int64_t i;
    if (kr_index(vm, key, &i) < 0) {
        return -1;
    }
    uint8_t byte = 0;
    if (!IS_UNDEF(v) && byte_value(vm, v, &byte) < 0) {
        return -1;
    }
    if (i < 0) {
        i += b->len;
    }
    if (i < 0 || i >= b->len) {
        kr_raise(vm, EXC_IndexError, "bytearray index out of range");
        return -1;
    }
    if (IS_UNDEF(v)) {
        return set_range(vm, b, i, i + 1, NULL, 0);
    }
    b->data[i] = byte;
    return 0;
}

// ----- Operators -----

static Value repeat(KrVm *vm, Value self, Value count, bool inplace) {
    int64_t k;
    if (IS_BIGINT(count)) {
        return kr_raise(vm, EXC_OverflowError, "cannot fit 'int' into an index-sized integer");
    }
    if (kr_index(vm, count, &k) < 0) {
        return VAL_EXC;
    }
    ByteArray *b = AS_BYTEARRAY(self);
    int64_t len = b->len;
    if (k < 0) {
        k = 0;
    }
    if (k > 0 && len > INT64_MAX / k) {
        return kr_raise_nomem(vm);
    }
    int64_t total = len * k;
    ByteArray *r = inplace ? b : ba_alloc(vm, 0);
    if (!r || too_big(vm, total) < 0 || reserve(vm, r, total) < 0) {
        return VAL_EXC;
    }
    if (kr_tick(vm, (total >> 4) + 1) < 0) {
        return VAL_EXC;
    }
    if (!inplace && total) {
        memcpy(r->data, b->data, (size_t)len);
    }
    // Doubling copies: O(log k) memcpy calls.
    int64_t done = total ? len : 0;
    while (done < total) {
        int64_t chunk = done < total - done ? done : total - done;
        memcpy(r->data + done, r->data, (size_t)chunk);
        done += chunk;
    }
    r->len = total;
    if (inplace) {
        shrink(vm, r);
    }
    return kr_obj(r);
}

Value kr_bytearray_binop(KrVm *vm, int op, Value a, Value b) {
    int base = op & 15;
    bool inplace = op >= BINOP_INPLACE;
    if (base == BINOP_ADD && IS_BYTEARRAY(a)) {
        const uint8_t *p;
        int64_t n;
        if (!kr_bytes_view(b, &p, &n)) {
            return vm->notimpl;
        }
        ByteArray *x = AS_BYTEARRAY(a);
        if (n > INT64_MAX / 2 - x->len) {
            return kr_raise_nomem(vm);
        }
        if (inplace) {
            if (AS_OBJ(b) == AS_OBJ(a) && n > 0) {
                // CPython exports a's buffer while resizing it: b += b fails.
                return kr_raise(vm, EXC_BufferError,
                                "Existing exports of data: object cannot be re-sized");
            }
            if (reserve(vm, x, x->len + n) < 0) {
                return VAL_EXC;
            }
            kr_bytes_view(b, &p, &n);
            if (n) {
                memcpy(x->data + x->len, p, (size_t)n);
            }
            x->len += n;
            return a;
        }
        ByteArray *r = ba_alloc(vm, x->len + n);
        if (!r) {
            return VAL_EXC;
        }
        kr_bytes_view(b, &p, &n);
        if (x->len) {
            memcpy(r->data, x->data, (size_t)x->len);
        }
        if (n) {
            memcpy(r->data + x->len, p, (size_t)n);
        }
        return kr_obj(r);
    }
    if (base == BINOP_MUL) {
        if (IS_BYTEARRAY(a) && kr_is_intlike(b)) {
            return repeat(vm, a, b, inplace);
        }
        if (IS_BYTEARRAY(b) && kr_is_intlike(a) && !inplace) {
            return repeat(vm, b, a, false);
        }
        return vm->notimpl;
    }
    if (base == BINOP_MOD && IS_BYTEARRAY(a)) {
        return kr_bytes_mod(vm, a, b);
    }
    return vm->notimpl;
}

// ----- Mutating methods -----

static Value bytearray_append(KrVm *vm, int argc, const Value *argv, Value kw) {
    uint8_t byte;
    if (byte_value(vm, argv[1], &byte) < 0) {
        return VAL_EXC;
    }
    ByteArray *b = self_of(argv);
    if (reserve(vm, b, b->len + 1) < 0) {
        return VAL_EXC;
    }
    b->data[b->len++] = byte;
    return VAL_NONE;
}

static Value bytearray_clear(KrVm *vm, int argc, const Value *argv, Value kw) {
    ByteArray *b = self_of(argv);
    if (b->data) {
        kr_mem_free(vm, b->data, (size_t)b->cap);
    }
    b->data = NULL;
    b->len = b->cap = 0;
    return VAL_NONE;
}

static Value bytearray_copy(KrVm *vm, int argc, const Value *argv, Value kw) {
    ByteArray *b = self_of(argv);
    return kr_bytearray_new(vm, b->data, (size_t)b->len);
}

static Value bytearray_extend(KrVm *vm, int argc, const Value *argv, Value kw) {
    Value src = argv[1];
    const uint8_t *p;
    int64_t n;
    if (!kr_bytes_view(src, &p, &n)) {
        if (!kr_type_of(src)->iter) {
            return kr_raise(vm, EXC_TypeError, "can't extend bytearray with %s",
                            kr_typename(src));
        }
        // Collect into a private buffer first: a bad item leaves self unchanged.
        Value it = kr_iter(vm, src); // Runs Python code
        if (IS_EXC(it)) {
            return it;
        }
        ByteArray *tmp = ba_alloc(vm, 0);
        if (!tmp || fill_from_iter(vm, tmp, it) < 0) {
            return VAL_EXC;
        }
        src = kr_obj(tmp);
    } else if (AS_OBJ(src) == AS_OBJ(argv[0])) {
        src = kr_bytes_new(vm, p, (size_t)n); // b.extend(b): a snapshot, as slice assignment
        if (IS_EXC(src)) {
            return src;
        }
    }
    if (IS_EXC(kr_bytearray_binop(vm, BINOP_ADD + BINOP_INPLACE, argv[0], src))) {
        return VAL_EXC;
    }
    return VAL_NONE;
}

static Value bytearray_insert(KrVm *vm, int argc, const Value *argv, Value kw) {
    int64_t i;
    uint8_t byte;
    if (kr_arg_index(vm, argv[1], &i) < 0 || byte_value(vm, argv[2], &byte) < 0) {
        return VAL_EXC;
    }
    ByteArray *b = self_of(argv);
    if (i < 0) {
        i += b->len;
        if (i < 0) {
            i = 0;
        }
    }
    if (i > b->len) {
        i = b->len;
    }
    if (set_range(vm, b, i, i, &byte, 1) < 0) {
        return VAL_EXC;
    }
    return VAL_NONE;
}

static Value bytearray_pop(KrVm *vm, int argc, const Value *argv, Value kw) {
    int64_t i = -1;
    if (argc > 1 && kr_arg_index(vm, argv[1], &i) < 0) {
        return VAL_EXC;
    }
    ByteArray *b = self_of(argv);
    if (b->len == 0) {
        return kr_raise(vm, EXC_IndexError, "pop from empty bytearray");
    }
    if (i < 0) {
        i += b->len;
    }
    if (i < 0 || i >= b->len) {
        return kr_raise(vm, EXC_IndexError, "pop index out of range");
    }
    uint8_t byte = b->data[i];
    if (set_range(vm, b, i, i + 1, NULL, 0) < 0) {
        return VAL_EXC;
    }
    return kr_int(byte);
}

static Value bytearray_remove(KrVm *vm, int argc, const Value *argv, Value kw) {
    uint8_t byte;
    if (byte_value(vm, argv[1], &byte) < 0) {
        return VAL_EXC;
    }
    ByteArray *b = self_of(argv);
    const uint8_t *at = b->len ? memchr(b->data, byte, (size_t)b->len) : NULL;
    if (!at) {
        return kr_raise(vm, EXC_ValueError, "value not found in bytearray");
    }
    int64_t i = at - b->data;
    if (set_range(vm, b, i, i + 1, NULL, 0) < 0) {
        return VAL_EXC;
    }
    return VAL_NONE;
}

static Value bytearray_reverse(KrVm *vm, int argc, const Value *argv, Value kw) {
    ByteArray *b = self_of(argv);
    for (int64_t i = 0, j = b->len - 1; i < j; i++, j--) {
        uint8_t t = b->data[i];
        b->data[i] = b->data[j];
        b->data[j] = t;
    }
    return VAL_NONE;
}

static const NativeDef bytearray_methods[] = {
    KR_BYTES_SHARED_METHODS(KR_BYTES_NATIVE_ROW)
    NATIVE("append", bytearray_append, 1, 1, 0),
    NATIVE("clear", bytearray_clear, 0, 0, 0),
    NATIVE("copy", bytearray_copy, 0, 0, 0),
    NATIVE("extend", bytearray_extend, 1, 1, 0),
    NATIVE("insert", bytearray_insert, 2, 2, 0),
    NATIVE("pop", bytearray_pop, 0, 1, 0),
    NATIVE("remove", bytearray_remove, 1, 1, 0),
    NATIVE("reverse", bytearray_reverse, 0, 0, 0),
    NATIVE_END,
};

// ----- Iterator -----

typedef struct ByteArrayIter {
    Obj hdr;
    Value ba; // ByteArray, or VAL_UNDEF once exhausted
    int64_t pos;
} ByteArrayIter;

static void ba_iter_trace(KrVm *vm, Obj *o) { kr_gc_mark_value(vm, ((ByteArrayIter *)o)->ba); }

static Value ba_iter(KrVm *vm, Value self) {
    ByteArrayIter *it = kr_gc_alloc(vm, &kr_type_bytearray_iter, sizeof(ByteArrayIter));
    if (!it) {
        return VAL_EXC;
    }
    it->ba = self;
    it->pos = 0;
    return kr_obj(it);
}

static Value ba_iter_self(KrVm *vm, Value self) { return self; }

static Value ba_iter_next(KrVm *vm, Value self) {
    ByteArrayIter *it = (ByteArrayIter *)AS_OBJ(self);
    if (IS_UNDEF(it->ba)) {
        return VAL_UNDEF;
    }
    ByteArray *b = AS_BYTEARRAY(it->ba);
    if (it->pos >= b->len) {
        it->ba = VAL_UNDEF;
        return VAL_UNDEF;
    }
    return kr_int(b->data[it->pos++]);
}

static Value ba_iter_length_hint(KrVm *vm, int argc, const Value *argv, Value kw) {
    ByteArrayIter *it = (ByteArrayIter *)AS_OBJ(argv[0]);
    if (IS_UNDEF(it->ba)) {
        return kr_int(0);
    }
    int64_t left = AS_BYTEARRAY(it->ba)->len - it->pos;
    return kr_int(left < 0 ? 0 : left);
}

static const NativeDef ba_iter_methods[] = {
    NATIVE("__length_hint__", ba_iter_length_hint, 0, 0, 0),
    NATIVE_END,
};

const Type kr_type_bytearray_iter = {
    .name = "bytearray_iterator",
    .id = TY_BYTEARRAY_ITER,
    .basic_size = sizeof(ByteArrayIter),
    .trace = ba_iter_trace,
    .iter = ba_iter_self,
    .next = ba_iter_next,
    .methods = ba_iter_methods,
};

const Type kr_type_bytearray = {
    .name = "bytearray",
    .id = TY_BYTEARRAY,
    .basic_size = sizeof(ByteArray),
    .free = ba_free,
    .repr = ba_repr,
    .hash = ba_hash,
    .richcmp = kr_bytes_richcmp,
    .iter = ba_iter,
    .len = ba_len,
    .getitem = ba_getitem,
    .setitem = ba_setitem,
    .contains = kr_bytes_contains,
    .ctor = ba_ctor,
    .truthy = ba_truthy,
    .methods = bytearray_methods,
    .is_sequence = 1,
};
