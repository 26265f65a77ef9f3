// SPDX-License-Identifier: MIT
// interp/obj_list.c: the list type, its forward and reverse iterators, and list.sort.
//
// Element comparisons (kr_eq/kr_lt/kr_compare) and iteration may run Python code that mutates
// the list, so loops re-read len/items after every such call and never keep a pointer into the
// storage across one. sort() detaches the items (the list looks empty while it sorts, like
// CPython) and reports "list modified during sort" if Python code touched the list meanwhile.
#include "module.h"

typedef struct ListIter {
    Obj hdr;
    List *l; // NULL once exhausted
    int64_t index;
} ListIter;

// ----- Storage -----

static void list_trace(KrVm *vm, Obj *o) {
    List *l = (List *)o;
    for (int64_t i = 0; i < l->len; i++) {
        kr_gc_mark_value(vm, l->items[i]);
    }
}

static void list_free(KrVm *vm, Obj *o) {
    List *l = (List *)o;
    if (l->items) {
        kr_mem_free(vm, l->items, (size_t)l->cap * sizeof(Value));
    }
    kr_mem_free(vm, o, sizeof(List));
}

// Set the capacity to exactly [cap] (>= len).
static int set_cap(KrVm *vm, List *l, int64_t cap) {
    size_t nbytes;
    if (cap < 0 || !kr_mul_ok((size_t)cap, sizeof(Value), &nbytes) || cap > INT64_MAX / 32) {
        kr_raise_nomem(vm);
        return -1;
    }
    if (cap == l->cap) {
        return 0;
    }
    if (cap == 0) {
        if (l->items) {
            kr_mem_free(vm, l->items, (size_t)l->cap * sizeof(Value));
        }
        l->items = NULL;
        l->cap = 0;
        return 0;
    }
    Value *n = kr_mem_realloc(vm, l->items, l->items ? (size_t)l->cap * sizeof(Value) : 0, nbytes);
    if (!n) {
        return -1;
    }
    l->items = n;
    l->cap = cap;
    return 0;
}

// CPython's list_resize: over-allocate on growth, shrink below half. New slots are None.
static int list_resize(KrVm *vm, List *l, int64_t newsize) {
    if (l->cap >= newsize && newsize >= (l->cap >> 1)) {
        for (int64_t i = l->len; i < newsize; i++) {
            l->items[i] = VAL_NONE;
        }
        l->len = newsize;
        return 0;
    }
    if (newsize > INT64_MAX / 32) {
        kr_raise_nomem(vm);
        return -1;
    }
    int64_t alloc = (newsize + (newsize >> 3) + 6) & ~(int64_t)3;
    if (newsize - l->len > alloc - newsize) {
        alloc = (newsize + 3) & ~(int64_t)3;
    }
    if (newsize == 0) {
        alloc = 0;
    }
    if (set_cap(vm, l, alloc) < 0) {
        return -1;
    }
    for (int64_t i = l->len; i < newsize; i++) {
        l->items[i] = VAL_NONE;
    }
    l->len = newsize;
    return 0;
}

List *kr_list_new(KrVm *vm, int64_t cap) {
    List *l = kr_gc_alloc(vm, &kr_type_list, sizeof(List));
    if (!l) {
        return NULL;
    }
    if (cap > 0 && set_cap(vm, l, cap) < 0) {
        return NULL;
    }
    return l;
}

Value kr_list_from(KrVm *vm, int64_t n, const Value *items) {
    List *l = kr_list_new(vm, n);
    if (!l) {
        return VAL_EXC;
    }
    if (n > 0) {
        memcpy(l->items, items, (size_t)n * sizeof(Value));
    }
    l->len = n;
    return kr_obj(l);
}

int kr_list_append(KrVm *vm, List *l, Value v) {
    if (l->len < l->cap) {
        l->items[l->len++] = v;
        return 0;
    }
    if (list_resize(vm, l, l->len + 1) < 0) {
        return -1;
    }
    l->items[l->len - 1] = v;
    return 0;
}

// Append [n] values from [src] (which may be l's own storage: re-read after growing).
static int extend_items(KrVm *vm, List *l, Value srcv, int64_t n) {
    if (n == 0) {
        return 0;
    }
    int64_t old = l->len;
    if (list_resize(vm, l, old + n) < 0) {
        return -1;
    }
    const Value *src = IS_LIST(srcv) ? AS_LIST(srcv)->items : AS_TUPLE(srcv)->items;
    memcpy(l->items + old, src, (size_t)n * sizeof(Value));
    return 0;
}

// Drain iterator [it] into [l]. Runs Python code.
static int extend_from_iter(KrVm *vm, List *l, Value it) {
    int64_t count = 0;
    for (;;) {
        size_t mark = kr_scope_open(vm);
        Value x = kr_next(vm, it);
        if (IS_UNDEF(x)) {
            kr_scope_close(vm, mark);
            return 0;
        }
        if (IS_EXC(x) || kr_list_append(vm, l, x) < 0) {
            kr_scope_close(vm, mark);
            return -1;
        }
        kr_scope_close(vm, mark);
        // [l] and [it] are held by the caller (kr_list_extend): the item's garbage is not.
        if (kr_gc_poll(vm) < 0 || ((++count & 63) == 0 && kr_tick(vm, 64) < 0)) {
            return -1;
        }
    }
}

int kr_list_extend(KrVm *vm, List *l, Value iterable) {
    if (IS_LIST(iterable)) {
        return extend_items(vm, l, iterable, AS_LIST(iterable)->len);
    }
    if (IS_TUPLE(iterable)) {
        return extend_items(vm, l, iterable, AS_TUPLE(iterable)->len);
    }
    size_t mark = kr_scope_open(vm);
    if (kr_scope_hold(vm, kr_obj(l)) < 0) {
        return -1;
    }
    Value it = kr_iter(vm, iterable);
    int rc = -1;
    if (!IS_EXC(it) && kr_scope_hold(vm, it) == 0) {
        rc = extend_from_iter(vm, l, it);
    }
    kr_scope_close(vm, mark);
    return rc;
}

Value kr_list_from_iterable(KrVm *vm, Value it) {
    List *l = kr_list_new(vm, 0);
    if (!l) {
        return VAL_EXC;
    }
    if (kr_list_extend(vm, l, it) < 0) {
        return VAL_EXC;
    }
    return kr_obj(l);
}

// PySequence_Fast: [v] itself if a list or tuple, else a new list of its items. A failing
// iter() becomes TypeError [msg]. Runs Python code.
static Value seq_fast(KrVm *vm, Value v, const char *msg) {
    if (IS_LIST(v) || IS_TUPLE(v)) {
        return v;
    }
    Value it = kr_iter(vm, v);
    if (IS_EXC(it)) {
        if (kr_exc_pending_is(vm, EXC_TypeError)) {
            (void)kr_exc_take(vm);
            kr_raise(vm, EXC_TypeError, "%s", msg);
        }
        return VAL_EXC;
    }
    List *l = kr_list_new(vm, 0);
    if (!l) {
        return VAL_EXC;
    }
    size_t mark = kr_scope_open(vm);
    int rc = -1;
    if (kr_scope_hold(vm, it) == 0 && kr_scope_hold(vm, kr_obj(l)) == 0) {
        rc = extend_from_iter(vm, l, it);
    }
    kr_scope_close(vm, mark);
    return rc < 0 ? VAL_EXC : kr_obj(l);
}

static int64_t seq_len(Value s) { return IS_LIST(s) ? AS_LIST(s)->len : AS_TUPLE(s)->len; }
static Value *seq_items(Value s) { return IS_LIST(s) ? AS_LIST(s)->items : AS_TUPLE(s)->items; }

// ----- repr -----

static Value list_repr(KrVm *vm, Value self) {
    List *l = AS_LIST(self);
    if (l->len == 0) {
        return kr_str_new(vm, "[]", 2);
    }
    if (l->hdr.flags & KR_REPR_BUSY) {
        return kr_str_new(vm, "[...]", 5);
    }
    l->hdr.flags |= KR_REPR_BUSY;
    StrBuf sb;
    kr_sb_init(&sb, vm);
    if (kr_sb_addc(&sb, '[') < 0) {
        goto fail;
    }
    for (int64_t i = 0; i < l->len; i++) { // len re-read: repr may mutate the list
        // Charged per item: the repr of a DAG of shared lists is exponential.
        if (kr_tick(vm, 1) < 0 || (i > 0 && kr_sb_adds(&sb, ", ") < 0)) {
            goto fail;
        }
        Value r = kr_repr(vm, l->items[i]);
        if (IS_EXC(r) || kr_sb_add_str(&sb, r) < 0) {
            goto fail;
        }
    }
    if (kr_sb_addc(&sb, ']') < 0) {
        goto fail;
    }
    l->hdr.flags &= (uint8_t)~KR_REPR_BUSY;
    return kr_sb_to_str(&sb);
fail:
    l->hdr.flags &= (uint8_t)~KR_REPR_BUSY;
    kr_sb_free(&sb);
    return VAL_EXC;
}

// ----- Comparison -----

static Value cmp_sizes(int64_t a, int64_t b, CmpOp op) {
    switch (op) {
    case CMP_LT:
        return kr_bool(a < b);
    case CMP_LE:
        return kr_bool(a <= b);
    case CMP_EQ:
        return kr_bool(a == b);
    case CMP_NE:
        return kr_bool(a != b);
    case CMP_GT:
        return kr_bool(a > b);
    default:
        return kr_bool(a >= b);
    }
}

static Value list_richcmp(KrVm *vm, Value a, Value b, CmpOp op) {
    if (!IS_LIST(a) || !IS_LIST(b)) {
        return vm->notimpl;
    }
    List *x = AS_LIST(a), *y = AS_LIST(b);
    if (x->len != y->len && (op == CMP_EQ || op == CMP_NE)) {
        return kr_bool(op == CMP_NE);
    }
    int64_t i;
    for (i = 0; i < x->len && i < y->len; i++) {
        // Charged per item: long lists, and DAGs of shared lists (exponential in C).
        if (kr_tick(vm, 1) < 0) {
            return VAL_EXC;
        }
        Value vi = x->items[i], wi = y->items[i];
        if (kr_is(vi, wi)) {
            continue;
        }
        int k = kr_eq(vm, vi, wi);
        if (k < 0) {
            return VAL_EXC;
        }
        if (!k) {
            break;
        }
    }
    if (i >= x->len || i >= y->len) {
        return cmp_sizes(x->len, y->len, op);
    }
    if (op == CMP_EQ) {
        return VAL_FALSE;
    }
    if (op == CMP_NE) {
        return VAL_TRUE;
    }
    return kr_compare(vm, x->items[i], y->items[i], op);
}

// ----- Sequence protocol -----

static int64_t list_len(KrVm *vm, Value self) { return AS_LIST(self)->len; }

static int list_contains(KrVm *vm, Value self, Value v) {
    List *l = AS_LIST(self);
    for (int64_t i = 0; i < l->len; i++) {
        if (kr_tick(vm, 1) < 0) {
            return -1;
        }
        int k = kr_eq(vm, l->items[i], v);
        if (k != 0) {
            return k;
        }
    }
    return 0;
}

static Value list_slice(KrVm *vm, List *l, int64_t lo, int64_t hi) {
    if (lo < 0) {
        lo = 0;
    }
    if (hi > l->len) {
        hi = l->len;
    }
    if (hi < lo) {
        hi = lo;
    }
    // An empty list may have no buffer yet: never form NULL + offset.
    return kr_list_from(vm, hi - lo, hi > lo ? l->items + lo : NULL);
}

static Value list_getitem(KrVm *vm, Value self, Value key) {
    List *l = AS_LIST(self);
    if (kr_is_intlike(key)) {
        int64_t i;
        if (kr_index(vm, key, &i) < 0) {
            return VAL_EXC;
        }
        if (i < 0) {
            i += l->len;
        }
        if (i < 0 || i >= l->len) {
            return kr_raise(vm, EXC_IndexError, "list index out of range");
        }
        return l->items[i];
    }
    if (kr_isa(key, &kr_type_slice)) {
        int64_t start, stop, step, n;
        if (kr_slice_indices(vm, (Slice *)AS_OBJ(key), l->len, &start, &stop, &step, &n) < 0) {
            return VAL_EXC;
        }
        if (step == 1) {
            return list_slice(vm, l, start, start + n);
        }
        List *r = kr_list_new(vm, n);
        if (!r) {
            return VAL_EXC;
        }
        for (int64_t i = 0, j = start; i < n; i++, j += step) {
            r->items[i] = l->items[j];
        }
        r->len = n;
        return kr_obj(r);
    }
    return kr_raise(vm, EXC_TypeError, "list indices must be integers or slices, not %s",
                    kr_typename(key));
}

// list[lo:hi] = v (v VAL_UNDEF: delete). Runs Python code (materializing v).
static int ass_slice(KrVm *vm, List *l, int64_t lo, int64_t hi, Value v) {
    Value seq = VAL_UNDEF;
    int64_t n = 0;
    if (!IS_UNDEF(v)) {
        if (IS_LIST(v) && AS_LIST(v) == l) {
            seq = list_slice(vm, l, 0, l->len);
        } else {
            seq = seq_fast(vm, v, "can only assign an iterable");
        }
        if (IS_EXC(seq)) {
            return -1;
        }
        n = seq_len(seq);
    }
    // Clamp against the current length: materializing v may have changed the list.
    if (lo < 0) {
        lo = 0;
    } else if (lo > l->len) {
        lo = l->len;
    }
    if (hi < lo) {
        hi = lo;
    } else if (hi > l->len) {
        hi = l->len;
    }
    int64_t d = n - (hi - lo);
    int64_t oldlen = l->len;
    if (d < 0) {
        memmove(l->items + hi + d, l->items + hi, (size_t)(oldlen - hi) * sizeof(Value));
        if (list_resize(vm, l, oldlen + d) < 0) {
            return -1;
        }
    } else if (d > 0) {
        if (list_resize(vm, l, oldlen + d) < 0) {
            return -1;
        }
        memmove(l->items + hi + d, l->items + hi, (size_t)(oldlen - hi) * sizeof(Value));
    }
    if (n > 0) {
        memcpy(l->items + lo, seq_items(seq), (size_t)n * sizeof(Value));
    }
    return 0;
}

static int list_setitem(KrVm *vm, Value self, Value key, Value v) {
    List *l = AS_LIST(self);
    if (kr_is_intlike(key)) {
        int64_t i;
        if (kr_index(vm, key, &i) < 0) {
            return -1;
        }
        if (i < 0) {
            i += l->len;
        }
        if (i < 0 || i >= l->len) {
            kr_raise(vm, EXC_IndexError, "list assignment index out of range");
            return -1;
        }
        if (IS_UNDEF(v)) {
            return ass_slice(vm, l, i, i + 1, VAL_UNDEF);
        }
        l->items[i] = v;
        return 0;
    }
    if (!kr_isa(key, &kr_type_slice)) {
        kr_raise(vm, EXC_TypeError, "list indices must be integers or slices, not %s",
                 kr_typename(key));
        return -1;
    }
    Slice *sl = (Slice *)AS_OBJ(key);
    int64_t start, stop, step, n;
    if (kr_slice_indices(vm, sl, l->len, &start, &stop, &step, &n) < 0) {
        return -1;
    }
    if (step == 1) {
        return ass_slice(vm, l, start, stop, v);
    }
    if (IS_UNDEF(v)) {
        if (n <= 0) {
            return 0;
        }
        if (step < 0) { // walk forwards
            stop = start + 1;
            start = stop + step * (n - 1) - 1;
            step = -step;
        }
        // Compact in one pass, skipping the n deleted positions.
        int64_t w = start, next_del = start, deleted = 0;
        for (int64_t r = start; r < l->len; r++) {
            if (r == next_del && deleted < n) {
                deleted++;
                next_del += step;
                continue;
            }
            l->items[w++] = l->items[r];
        }
        return list_resize(vm, l, l->len - n);
    }
    Value seq;
    if (IS_LIST(v) && AS_LIST(v) == l) {
        seq = list_slice(vm, l, 0, l->len);
    } else {
        seq = seq_fast(vm, v, "must assign iterable to extended slice");
    }
    if (IS_EXC(seq)) {
        return -1;
    }
    // Recompute against the current length: materializing v may have run Python code.
    if (kr_slice_indices(vm, sl, l->len, &start, &stop, &step, &n) < 0) {
        return -1;
    }
    if (seq_len(seq) != n) {
        kr_raise(vm, EXC_ValueError,
                 "attempt to assign sequence of size %zd to extended slice of size %zd",
                 (ptrdiff_t)seq_len(seq), (ptrdiff_t)n);
        return -1;
    }
    Value *src = seq_items(seq);
    for (int64_t i = 0, j = start; i < n; i++, j += step) {
        l->items[j] = src[i];
    }
    return 0;
}

static Value list_ctor(KrVm *vm, int argc, const Value *argv, Value kw) {
    if (kr_args_no_kw(vm, "list", kw) < 0) {
        return VAL_EXC;
    }
    if (argc > 1) {
        return kr_raise(vm, EXC_TypeError, "list expected at most 1 argument, got %d", argc);
    }
    if (argc == 0) {
        List *l = kr_list_new(vm, 0);
        return l ? kr_obj(l) : VAL_EXC;
    }
    return kr_list_from_iterable(vm, argv[0]);
}

// ----- Operators -----

static int repeat_count(KrVm *vm, Value n, int64_t *out) {
    if (IS_BIGINT(n)) {
        kr_raise(vm, EXC_OverflowError, "cannot fit 'int' into an index-sized integer");
        return -1;
    }
    *out = n.u.i < 0 ? 0 : n.u.i;
    return 0;
}

// Fill l->items[len .. len*n) with copies of the first len items (l already sized).
static void repeat_fill(List *l, int64_t len, int64_t n) {
    for (int64_t i = 1; i < n; i++) {
        memcpy(l->items + i * len, l->items, (size_t)len * sizeof(Value));
    }
}

Value kr_list_binop(KrVm *vm, int op, Value a, Value b) {
    int base = op & 15;
    bool inplace = op >= BINOP_INPLACE;
    if (base == BINOP_ADD) {
        if (!IS_LIST(a)) {
            return vm->notimpl;
        }
        if (inplace) {
            return kr_list_extend(vm, AS_LIST(a), b) < 0 ? VAL_EXC : a;
        }
        if (!IS_LIST(b)) {
            return vm->notimpl;
        }
        List *x = AS_LIST(a), *y = AS_LIST(b);
        List *r = kr_list_new(vm, x->len + y->len);
        if (!r) {
            return VAL_EXC;
        }
        if (x->len) {
            memcpy(r->items, x->items, (size_t)x->len * sizeof(Value));
        }
        if (y->len) {
            memcpy(r->items + x->len, y->items, (size_t)y->len * sizeof(Value));
        }
        r->len = x->len + y->len;
        return kr_obj(r);
    }
    if (base != BINOP_MUL) {
        return vm->notimpl;
    }
    Value seq = IS_LIST(a) ? a : b, nv = IS_LIST(a) ? b : a;
    if (!kr_is_intlike(nv)) {
        return vm->notimpl;
    }
    int64_t n;
    if (repeat_count(vm, nv, &n) < 0) {
        return VAL_EXC;
    }
    List *l = AS_LIST(seq);
    int64_t len = l->len;
    if (n > 0 && len > INT64_MAX / n) {
        return kr_raise_nomem(vm);
    }
    int64_t total = len * n;
    if (kr_tick(vm, total) < 0) {
        return VAL_EXC;
    }
    if (inplace && IS_LIST(a)) {
        if (n == 0 || len == 0) {
            if (list_resize(vm, l, 0) < 0) {
                return VAL_EXC;
            }
            return a;
        }
        if (list_resize(vm, l, total) < 0) {
            return VAL_EXC;
        }
        repeat_fill(l, len, n);
        return a;
    }
    List *r = kr_list_new(vm, total);
    if (!r) {
        return VAL_EXC;
    }
    if (total > 0) {
        memcpy(r->items, l->items, (size_t)len * sizeof(Value));
        r->len = total;
        repeat_fill(r, len, n);
    }
    return kr_obj(r);
}

// ----- Sort -----
// CPython's timsort run detection (count_run) and binary insertion sort make the result of
// short lists (< 64 items) identical to CPython's even for inconsistent orders (NaN); longer
// lists merge minrun-sized runs bottom-up, which is stable and gives the same result for any
// consistent order. Keys and values move in parallel.

typedef struct SortState {
    KrVm *vm;
    Value *keys;
    Value *vals; // NULL without key=
    Value *tk, *tv; // scratch (GC-visible through a temp list)
} SortState;

// Every value being sorted stays in a GC-visible array (the list's storage, the keys, the
// scratch) at each comparison, so a comparison is a collection point: __lt__ methods that make
// garbage without reaching a safepoint of their own cannot fill the heap.
static int islt(SortState *s, Value a, Value b) {
    KrVm *vm = s->vm;
    if (kr_tick(vm, 1) < 0) {
        return -1;
    }
    if (IS_INT(a) && IS_INT(b)) {
        return AS_INT(a) < AS_INT(b);
    }
    if ((IS_FLOAT(a) && IS_FLOAT(b)) || (IS_STR(a) && IS_STR(b))) {
        return kr_lt(vm, a, b); // no Python code, no garbage
    }
    size_t mark = kr_scope_open(vm);
    int r = kr_lt(vm, a, b);
    kr_scope_close(vm, mark);
    if (r >= 0 && kr_gc_poll(vm) < 0) {
        return -1;
    }
    return r;
}

static void rev_range(SortState *s, int64_t lo, int64_t hi) {
    for (int64_t i = lo, j = hi - 1; i < j; i++, j--) {
        Value t = s->keys[i];
        s->keys[i] = s->keys[j];
        s->keys[j] = t;
        if (s->vals) {
            t = s->vals[i];
            s->vals[i] = s->vals[j];
            s->vals[j] = t;
        }
    }
}

// Length of the run starting at lo (strictly descending runs are reversed in place).
static int64_t count_run(SortState *s, int64_t lo, int64_t hi) {
    if (lo + 1 >= hi) {
        return 1;
    }
    int64_t n = 2;
    int k = islt(s, s->keys[lo + 1], s->keys[lo]);
    if (k < 0) {
        return -1;
    }
    if (k) {
        for (int64_t p = lo + 2; p < hi; p++, n++) {
            k = islt(s, s->keys[p], s->keys[p - 1]);
            if (k < 0) {
                return -1;
            }
            if (!k) {
                break;
            }
        }
        rev_range(s, lo, lo + n);
    } else {
        for (int64_t p = lo + 2; p < hi; p++, n++) {
            k = islt(s, s->keys[p], s->keys[p - 1]);
            if (k < 0) {
                return -1;
            }
            if (k) {
                break;
            }
        }
    }
    return n;
}

// Binary insertion sort of [lo, hi) where [lo, start) is already sorted.
static int binarysort(SortState *s, int64_t lo, int64_t hi, int64_t start) {
    if (lo == start) {
        start++;
    }
    for (; start < hi; start++) {
        int64_t l = lo, r = start;
        Value pivot = s->keys[start]; // stays in place until the search ends
        do {
            int64_t p = l + ((r - l) >> 1);
            int k = islt(s, pivot, s->keys[p]);
            if (k < 0) {
                return -1;
            }
            if (k) {
                r = p;
            } else {
                l = p + 1;
            }
        } while (l < r);
        Value pv = s->vals ? s->vals[start] : VAL_UNDEF;
        for (int64_t p = start; p > l; p--) {
            s->keys[p] = s->keys[p - 1];
            if (s->vals) {
                s->vals[p] = s->vals[p - 1];
            }
        }
        s->keys[l] = pivot;
        if (s->vals) {
            s->vals[l] = pv;
        }
    }
    return 0;
}

// Merge the sorted runs [lo, mid) and [mid, hi), copying the shorter one to the scratch (as
// CPython's merge_lo / merge_hi do), so the scratch needs half the slice. On error the slice
// stays a permutation.
static int merge_runs(SortState *s, int64_t lo, int64_t mid, int64_t hi) {
    int64_t na = mid - lo, nb = hi - mid;
    int rc = 0;
    if (na <= nb) {
        memcpy(s->tk, s->keys + lo, (size_t)na * sizeof(Value));
        if (s->vals) {
            memcpy(s->tv, s->vals + lo, (size_t)na * sizeof(Value));
        }
        int64_t i = 0, j = mid, k = lo;
        while (i < na && j < hi) {
            int lt = islt(s, s->keys[j], s->tk[i]);
            if (lt < 0) {
                rc = -1;
                break;
            }
            if (lt) {
                s->keys[k] = s->keys[j];
                if (s->vals) {
                    s->vals[k] = s->vals[j];
                }
                j++;
            } else {
                s->keys[k] = s->tk[i];
                if (s->vals) {
                    s->vals[k] = s->tv[i];
                }
                i++;
            }
            k++;
        }
        memcpy(s->keys + k, s->tk + i, (size_t)(na - i) * sizeof(Value));
        if (s->vals) {
            memcpy(s->vals + k, s->tv + i, (size_t)(na - i) * sizeof(Value));
        }
        return rc;
    }
    // The right run is shorter: merge from the back. Ties put the right item last (stable).
    memcpy(s->tk, s->keys + mid, (size_t)nb * sizeof(Value));
    if (s->vals) {
        memcpy(s->tv, s->vals + mid, (size_t)nb * sizeof(Value));
    }
    int64_t i = mid - 1, j = nb - 1, k = hi - 1;
    while (i >= lo && j >= 0) {
        int lt = islt(s, s->tk[j], s->keys[i]);
        if (lt < 0) {
            rc = -1;
            break;
        }
        if (lt) {
            s->keys[k] = s->keys[i];
            if (s->vals) {
                s->vals[k] = s->vals[i];
            }
            i--;
        } else {
            s->keys[k] = s->tk[j];
            if (s->vals) {
                s->vals[k] = s->tv[j];
            }
            j--;
        }
        k--;
    }
    // The right items not placed yet go just below k (the left ones left are already in place).
    memcpy(s->keys + (k - j), s->tk, (size_t)(j + 1) * sizeof(Value));
    if (s->vals) {
        memcpy(s->vals + (k - j), s->tv, (size_t)(j + 1) * sizeof(Value));
    }
    return rc;
}

static int64_t compute_minrun(int64_t n) {
    int64_t r = 0;
    while (n >= 64) {
        r |= n & 1;
        n >>= 1;
    }
    return n + r;
}

static int sort_slices(SortState *s, int64_t n, List *runs) {
    int64_t minrun = compute_minrun(n);
    int64_t lo = 0;
    // runs holds run start offsets (as ints); the GC ignores them.
    while (lo < n) {
        int64_t r = count_run(s, lo, n);
        if (r < 0) {
            return -1;
        }
        if (r < minrun) {
            int64_t force = n - lo < minrun ? n - lo : minrun;
            if (binarysort(s, lo, lo + force, lo + r) < 0) {
                return -1;
            }
            r = force;
        }
        if (kr_list_append(s->vm, runs, kr_int(lo)) < 0) {
            return -1;
        }
        lo += r;
    }
    // Bottom-up: merge neighbouring runs until one remains.
    while (runs->len > 1) {
        int64_t w = 0;
        for (int64_t i = 0; i < runs->len; i += 2) {
            int64_t a = AS_INT(runs->items[i]);
            if (i + 1 < runs->len) {
                int64_t m = AS_INT(runs->items[i + 1]);
                int64_t e = i + 2 < runs->len ? AS_INT(runs->items[i + 2]) : n;
                if (merge_runs(s, a, m, e) < 0) {
                    return -1;
                }
            }
            runs->items[w++] = kr_int(a);
        }
        runs->len = w;
    }
    return 0;
}

int kr_list_sort(KrVm *vm, List *l, Value key, bool reverse) {
    size_t mark = kr_scope_open(vm);
    int rc = -1;
    // Detach the items into a temp list (GC-visible) so the list looks empty while sorting.
    List *hold = kr_list_new(vm, 0);
    List *keys = NULL, *scratch = NULL, *runs = NULL;
    if (!hold || kr_scope_hold(vm, kr_obj(hold)) < 0 || kr_scope_hold(vm, kr_obj(l)) < 0) {
        kr_scope_close(vm, mark);
        return -1;
    }
    hold->items = l->items;
    hold->len = l->len;
    hold->cap = l->cap;
    l->items = NULL;
    l->len = 0;
    l->cap = 0;
    int64_t n = hold->len;
    SortState s = {.vm = vm};
    if (!IS_NONE(key) && !IS_UNDEF(key)) {
        keys = kr_list_new(vm, n);
        if (!keys || kr_scope_hold(vm, kr_obj(keys)) < 0) {
            goto restore;
        }
        for (int64_t i = 0; i < n; i++) {
            // The key is kept in [keys]; whatever else the call made is garbage now.
            size_t kmark = kr_scope_open(vm);
            Value arg = hold->items[i];
            Value k = kr_call(vm, key, 1, &arg, VAL_UNDEF);
            kr_scope_close(vm, kmark);
            if (IS_EXC(k)) {
                goto restore;
            }
            keys->items[i] = k;
            keys->len = i + 1;
            if (kr_tick(vm, 1) < 0 || kr_gc_poll(vm) < 0) {
                goto restore;
            }
        }
        s.keys = keys->items;
        s.vals = hold->items;
    } else {
        s.keys = hold->items;
    }
    if (n < 2) {
        rc = 0;
        goto restore;
    }
    // Collect before taking the scratch if one is due: sorted() has just copied a big list,
    // and the previous copy may be garbage.
    if (kr_gc_poll(vm) < 0) {
        goto restore;
    }
    int64_t half = n / 2 + 1; // merge_runs copies the shorter run
    scratch = kr_list_new(vm, s.vals ? 2 * half : half);
    runs = kr_list_new(vm, 0);
    if (!scratch || !runs || kr_scope_hold(vm, kr_obj(scratch)) < 0 ||
        kr_scope_hold(vm, kr_obj(runs)) < 0) {
        goto restore;
    }
    scratch->len = scratch->cap;
    for (int64_t i = 0; i < scratch->len; i++) {
        scratch->items[i] = VAL_NONE;
    }
    s.tk = scratch->items;
    s.tv = s.vals ? scratch->items + half : NULL;
    if (reverse) {
        rev_range(&s, 0, n);
    }
    rc = sort_slices(&s, n, runs);
    if (reverse) {
        rev_range(&s, 0, n);
    }
restore:;
    bool modified = l->items != NULL || l->len != 0;
    if (l->items) {
        kr_mem_free(vm, l->items, (size_t)l->cap * sizeof(Value));
    }
    l->items = hold->items;
    l->len = hold->len;
    l->cap = hold->cap;
    hold->items = NULL;
    hold->len = 0;
    hold->cap = 0;
    if (rc == 0 && modified) {
        kr_raise(vm, EXC_ValueError, "list modified during sort");
        rc = -1;
    }
    kr_scope_close(vm, mark);
    return rc;
}

// ----- Methods -----

#define SELF AS_LIST(argv[0])

static Value list_append(KrVm *vm, int argc, const Value *argv, Value kw) {
    return kr_list_append(vm, SELF, argv[1]) < 0 ? VAL_EXC : VAL_NONE;
}

static Value list_extend_m(KrVm *vm, int argc, const Value *argv, Value kw) {
    return kr_list_extend(vm, SELF, argv[1]) < 0 ? VAL_EXC : VAL_NONE;
}

static Value list_insert(KrVm *vm, int argc, const Value *argv, Value kw) {
    List *l = SELF;
    int64_t i;
    if (kr_arg_index(vm, argv[1], &i) < 0) {
        return VAL_EXC;
    }
    int64_t n = l->len;
    if (i < 0) {
        i += n;
        if (i < 0) {
            i = 0;
        }
    }
    if (i > n) {
        i = n;
    }
    if (list_resize(vm, l, n + 1) < 0) {
        return VAL_EXC;
    }
    memmove(l->items + i + 1, l->items + i, (size_t)(n - i) * sizeof(Value));
    l->items[i] = argv[2];
    return VAL_NONE;
}

static Value list_remove(KrVm *vm, int argc, const Value *argv, Value kw) {
    List *l = SELF;
    for (int64_t i = 0; i < l->len; i++) {
        int k = kr_eq(vm, l->items[i], argv[1]);
        if (k < 0) {
            return VAL_EXC;
        }
        if (k) {
            if (i >= l->len) { // the comparison shrank the list
                break;
            }
            return ass_slice(vm, l, i, i + 1, VAL_UNDEF) < 0 ? VAL_EXC : VAL_NONE;
        }
    }
    return kr_raise(vm, EXC_ValueError, "list.remove(x): x not in list");
}

static Value list_pop(KrVm *vm, int argc, const Value *argv, Value kw) {
    List *l = SELF;
    int64_t i = -1;
    if (argc > 1 && kr_arg_index(vm, argv[1], &i) < 0) {
        return VAL_EXC;
    }
    if (l->len == 0) {
        return kr_raise(vm, EXC_IndexError, "pop from empty list");
    }
    if (i < 0) {
        i += l->len;
    }
    if (i < 0 || i >= l->len) {
        return kr_raise(vm, EXC_IndexError, "pop index out of range");
    }
    Value v = l->items[i];
    memmove(l->items + i, l->items + i + 1, (size_t)(l->len - i - 1) * sizeof(Value));
    if (list_resize(vm, l, l->len - 1) < 0) {
        return VAL_EXC;
    }
    return v;
}

// _PyEval_SliceIndexNotNone: huge ints clamp.
static int index_arg(KrVm *vm, Value v, int64_t *out) {
    if (IS_BIGINT(v)) {
        *out = kr_int_sign(v) < 0 ? INT64_MIN : INT64_MAX;
        return 0;
    }
    if (IS_INT(v) || IS_BOOL(v)) {
        *out = v.u.i;
        return 0;
    }
    kr_raise(vm, EXC_TypeError, "slice indices must be integers or have an __index__ method");
    return -1;
}

static Value list_index(KrVm *vm, int argc, const Value *argv, Value kw) {
    List *l = SELF;
    int64_t start = 0, stop = INT64_MAX;
    if (argc > 2 && index_arg(vm, argv[2], &start) < 0) {
        return VAL_EXC;
    }
    if (argc > 3 && index_arg(vm, argv[3], &stop) < 0) {
        return VAL_EXC;
    }
    if (start < 0) {
        start += l->len;
        if (start < 0) {
            start = 0;
        }
    }
    if (stop < 0) {
        stop += l->len;
        if (stop < 0) {
            stop = 0;
        }
    }
    for (int64_t i = start; i < stop && i < l->len; i++) {
        int k = kr_tick(vm, 1) < 0 ? -1 : kr_eq(vm, l->items[i], argv[1]);
        if (k < 0) {
            return VAL_EXC;
        }
        if (k) {
            return kr_int(i);
        }
    }
    return kr_raise(vm, EXC_ValueError, "%R is not in list", argv[1]);
}

static Value list_count(KrVm *vm, int argc, const Value *argv, Value kw) {
    List *l = SELF;
    int64_t n = 0;
    for (int64_t i = 0; i < l->len; i++) {
        int k = kr_tick(vm, 1) < 0 ? -1 : kr_eq(vm, l->items[i], argv[1]);
        if (k < 0) {
            return VAL_EXC;
        }
        n += k;
    }
    return kr_int(n);
}

static Value list_clear(KrVm *vm, int argc, const Value *argv, Value kw) {
    List *l = SELF;
    l->len = 0;
    (void)set_cap(vm, l, 0); // shrinking never fails
    return VAL_NONE;
}

static Value list_copy(KrVm *vm, int argc, const Value *argv, Value kw) {
    return kr_list_from(vm, SELF->len, SELF->items);
}

static Value list_reverse(KrVm *vm, int argc, const Value *argv, Value kw) {
    List *l = SELF;
    for (int64_t i = 0, j = l->len - 1; i < j; i++, j--) {
        Value t = l->items[i];
        l->items[i] = l->items[j];
        l->items[j] = t;
    }
    return VAL_NONE;
}

static Value list_sort_m(KrVm *vm, int argc, const Value *argv, Value kw) {
    static const char *const names[] = {"key", "reverse"};
    Value out[2];
    if (kr_args_bind(vm, "sort", argc - 1, argv + 1, kw, names, 2, 0, 0, 0, out) < 0) {
        return VAL_EXC;
    }
    bool rev = false;
    if (!IS_UNDEF(out[1])) {
        // Argument Clinic's bool(accept={int}): only int-likes are accepted.
        if (!kr_is_intlike(out[1])) {
            return kr_raise(vm, EXC_TypeError, "'%s' object cannot be interpreted as an integer",
                            kr_typename(out[1]));
        }
        int t = kr_truthy(vm, out[1]);
        rev = t;
    }
    Value key = IS_UNDEF(out[0]) ? VAL_NONE : out[0];
    return kr_list_sort(vm, SELF, key, rev) < 0 ? VAL_EXC : VAL_NONE;
}

// ----- Iterators -----

static Value new_iter(KrVm *vm, const Type *t, List *l, int64_t index) {
    ListIter *it = kr_gc_alloc(vm, t, sizeof(ListIter));
    if (!it) {
        return VAL_EXC;
    }
    it->l = l;
    it->index = index;
    return kr_obj(it);
}

static Value list_iter(KrVm *vm, Value self) {
    return new_iter(vm, &kr_type_list_iter, AS_LIST(self), 0);
}

static Value list_reversed(KrVm *vm, int argc, const Value *argv, Value kw) {
    return new_iter(vm, &kr_type_list_reviter, SELF, SELF->len - 1);
}

static void listiter_trace(KrVm *vm, Obj *o) {
    ListIter *it = (ListIter *)o;
    if (it->l) {
        kr_gc_mark(vm, &it->l->hdr);
    }
}

static Value listiter_iter(KrVm *vm, Value self) { return self; }

static Value listiter_next(KrVm *vm, Value self) {
    ListIter *it = (ListIter *)AS_OBJ(self);
    if (!it->l) {
        return VAL_UNDEF;
    }
    if (it->index < it->l->len) {
        return it->l->items[it->index++];
    }
    it->l = NULL;
    return VAL_UNDEF;
}

static Value listreviter_next(KrVm *vm, Value self) {
    ListIter *it = (ListIter *)AS_OBJ(self);
    if (!it->l) {
        return VAL_UNDEF;
    }
    if (it->index >= 0 && it->index < it->l->len) {
        return it->l->items[it->index--];
    }
    it->index = -1;
    it->l = NULL;
    return VAL_UNDEF;
}

static Value listiter_length_hint(KrVm *vm, int argc, const Value *argv, Value kw) {
    ListIter *it = (ListIter *)AS_OBJ(argv[0]);
    if (!it->l) {
        return kr_int(0);
    }
    int64_t n = it->l->len - it->index;
    return kr_int(n < 0 ? 0 : n);
}

static Value listreviter_length_hint(KrVm *vm, int argc, const Value *argv, Value kw) {
    ListIter *it = (ListIter *)AS_OBJ(argv[0]);
    if (!it->l || it->index >= it->l->len) {
        return kr_int(0);
    }
    return kr_int(it->index + 1);
}

static const NativeDef list_methods[] = {
    NATIVE("append", list_append, 1, 1, 0),
    NATIVE("extend", list_extend_m, 1, 1, 0),
    NATIVE("insert", list_insert, 2, 2, 0),
    NATIVE("remove", list_remove, 1, 1, 0),
    NATIVE("pop", list_pop, 0, 1, 0),
    NATIVE("index", list_index, 1, 3, 0),
    NATIVE("count", list_count, 1, 1, 0),
    NATIVE("clear", list_clear, 0, 0, 0),
    NATIVE("copy", list_copy, 0, 0, 0),
    NATIVE("reverse", list_reverse, 0, 0, 0),
    NATIVE("sort", list_sort_m, 0, -1, NATIVE_KW),
    NATIVE("__reversed__", list_reversed, 0, 0, 0),
    NATIVE_END,
};

const Type kr_type_list = {
    .name = "list",
    .id = TY_LIST,
    .basic_size = sizeof(List),
    .trace = list_trace,
    .free = list_free,
    .repr = list_repr,
    .richcmp = list_richcmp,
    .iter = list_iter,
    .len = list_len,
    .getitem = list_getitem,
    .setitem = list_setitem,
    .contains = list_contains,
    .ctor = list_ctor,
    .methods = list_methods,
    .is_sequence = 1,
};

static const NativeDef listiter_methods[] = {
    NATIVE("__length_hint__", listiter_length_hint, 0, 0, 0),
    NATIVE_END,
};

static const NativeDef listreviter_methods[] = {
    NATIVE("__length_hint__", listreviter_length_hint, 0, 0, 0),
    NATIVE_END,
};

const Type kr_type_list_iter = {
    .name = "list_iterator",
    .id = TY_LIST_ITER,
    .basic_size = sizeof(ListIter),
    .trace = listiter_trace,
    .iter = listiter_iter,
    .next = listiter_next,
    .methods = listiter_methods,
};

const Type kr_type_list_reviter = {
    .name = "list_reverseiterator",
    .id = TY_LIST_REVITER,
    .basic_size = sizeof(ListIter),
    .trace = listiter_trace,
    .iter = listiter_iter,
    .next = listreviter_next,
    .methods = listreviter_methods,
};

// ----- Snapshot support (snapshot.c) -----
// The private state of a list iterator: v[0] the list (VAL_UNDEF once exhausted), n[0] the
// index. With [set], validates the state and stores it into [o] (a zeroed object of o's type):
// -1 + ValueError on an impossible state. Without [set], -1 if [o] is not a list iterator.
int kr_list_snap(KrVm *vm, Obj *o, Value *v, int64_t *n, bool set);
int kr_list_snap(KrVm *vm, Obj *o, Value *v, int64_t *n, bool set) {
    if (o->type != &kr_type_list_iter && o->type != &kr_type_list_reviter) {
        return -1;
    }
    ListIter *it = (ListIter *)o;
    if (!set) {
        v[0] = it->l ? kr_obj(it->l) : VAL_UNDEF;
        n[0] = it->index;
        return 0;
    }
    if (!(IS_UNDEF(v[0]) || IS_LIST(v[0])) || (o->type == &kr_type_list_iter && n[0] < 0)) {
        kr_raise(vm, EXC_ValueError, "snapshot holds an invalid list iterator");
        return -1;
    }
    it->l = IS_UNDEF(v[0]) ? NULL : AS_LIST(v[0]);
    it->index = n[0];
    return 0;
}
