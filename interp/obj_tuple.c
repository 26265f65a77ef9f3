// SPDX-License-Identifier: MIT
// interp/obj_tuple.c: the tuple type (immutable sequence, CPython's xxHash-based tuplehash)
// and its iterator.
#include "module.h"

typedef struct TupleIter {
    Obj hdr;
    Tuple *t; // NULL once exhausted
    int64_t index;
} TupleIter;

static size_t tuple_size(int64_t n) { return sizeof(Tuple) + (size_t)n * sizeof(Value); }

Tuple *kr_tuple_new(KrVm *vm, int64_t n) {
    if (n == 0 && IS_OBJ(vm->empty_tuple)) {
        return AS_TUPLE(vm->empty_tuple);
    }
    size_t bytes;
    if (n < 0 || !kr_mul_ok((size_t)n, sizeof(Value), &bytes) ||
        !kr_add_ok(bytes, sizeof(Tuple), &bytes)) {
        kr_raise_nomem(vm);
        return NULL;
    }
    Tuple *t = kr_gc_alloc(vm, &kr_type_tuple, bytes);
    if (!t) {
        return NULL;
    }
    t->len = n;
    for (int64_t i = 0; i < n; i++) {
        t->items[i] = VAL_NONE;
    }
    return t;
}

Value kr_tuple_from(KrVm *vm, int64_t n, const Value *items) {
    Tuple *t = kr_tuple_new(vm, n);
    if (!t) {
        return VAL_EXC;
    }
    if (n > 0) {
        memcpy(t->items, items, (size_t)n * sizeof(Value));
    }
    return kr_obj(t);
}

Value kr_tuple_pack(KrVm *vm, int n, ...) {
    Tuple *t = kr_tuple_new(vm, n);
    if (!t) {
        return VAL_EXC;
    }
    va_list ap;
    va_start(ap, n);
    for (int i = 0; i < n; i++) {
        t->items[i] = va_arg(ap, Value);
    }
    va_end(ap);
    return kr_obj(t);
}

Value kr_tuple_from_iterable(KrVm *vm, Value it) {
    if (IS_TUPLE(it)) {
        return it;
    }
    if (IS_LIST(it)) {
        return kr_tuple_from(vm, AS_LIST(it)->len, AS_LIST(it)->items);
    }
    Value l = kr_list_from_iterable(vm, it);
    if (IS_EXC(l)) {
        return VAL_EXC;
    }
    return kr_tuple_from(vm, AS_LIST(l)->len, AS_LIST(l)->items);
}

static void tuple_trace(KrVm *vm, Obj *o) {
    Tuple *t = (Tuple *)o;
    for (int64_t i = 0; i < t->len; i++) {
        kr_gc_mark_value(vm, t->items[i]);
    }
}

static void tuple_free(KrVm *vm, Obj *o) { kr_mem_free(vm, o, tuple_size(((Tuple *)o)->len)); }

// ----- Hash -----

int kr_tuple_hash_items(KrVm *vm, int64_t n, const Value *items, int64_t *out) {
    const uint64_t p1 = 11400714785074694791ULL, p2 = 14029467366897019727ULL,
                   p5 = 2870177450012600261ULL;
    uint64_t acc = p5;
    for (int64_t i = 0; i < n; i++) {
        int64_t h;
        // Charged per item: a DAG of shared tuples makes this exponential in C.
        if (kr_tick(vm, 1) < 0 || kr_hash(vm, items[i], &h) < 0) {
            return -1;
        }
        acc += (uint64_t)h * p2;
        acc = (acc << 31) | (acc >> 33);
        acc *= p1;
    }
    acc += (uint64_t)n ^ (p5 ^ 3527539ULL);
    if (acc == (uint64_t)-1) {
        acc = 1546275796;
    }
    *out = (int64_t)acc;
    return 0;
}

static int tuple_hash(KrVm *vm, Value self, int64_t *out) {
    Tuple *t = AS_TUPLE(self);
    // Items are immutable, so hashing cannot change them; element hashes may run Python code
    // but the tuple keeps its items alive.
    return kr_tuple_hash_items(vm, t->len, t->items, out);
}

// ----- repr -----

static Value tuple_repr(KrVm *vm, Value self) {
    Tuple *t = AS_TUPLE(self);
    if (t->len == 0) {
        return kr_str_new(vm, "()", 2);
    }
    if (t->hdr.flags & KR_REPR_BUSY) {
        return kr_str_new(vm, "(...)", 5);
    }
    t->hdr.flags |= KR_REPR_BUSY;
    StrBuf sb;
    kr_sb_init(&sb, vm);
    if (kr_sb_addc(&sb, '(') < 0) {
        goto fail;
    }
    for (int64_t i = 0; i < t->len; i++) {
        // Charged per item: the repr of a DAG of shared tuples is exponential.
        if (kr_tick(vm, 1) < 0 || (i > 0 && kr_sb_adds(&sb, ", ") < 0)) {
            goto fail;
        }
        Value r = kr_repr(vm, t->items[i]);
        if (IS_EXC(r) || kr_sb_add_str(&sb, r) < 0) {
            goto fail;
        }
    }
    if (kr_sb_adds(&sb, t->len == 1 ? ",)" : ")") < 0) {
        goto fail;
    }
    t->hdr.flags &= (uint8_t)~KR_REPR_BUSY;
    return kr_sb_to_str(&sb);
fail:
    t->hdr.flags &= (uint8_t)~KR_REPR_BUSY;
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

static Value tuple_richcmp(KrVm *vm, Value a, Value b, CmpOp op) {
    if (!IS_TUPLE(a) || !IS_TUPLE(b)) {
        return vm->notimpl;
    }
    Tuple *x = AS_TUPLE(a), *y = AS_TUPLE(b);
    int64_t i;
    for (i = 0; i < x->len && i < y->len; i++) {
        if (kr_tick(vm, 1) < 0) {
            return VAL_EXC;
        }
        int k = kr_eq(vm, x->items[i], y->items[i]);
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

static int64_t tuple_len(KrVm *vm, Value self) { return AS_TUPLE(self)->len; }

static int tuple_contains(KrVm *vm, Value self, Value v) {
    Tuple *t = AS_TUPLE(self);
    for (int64_t i = 0; i < t->len; i++) {
        if (kr_tick(vm, 1) < 0) {
            return -1;
        }
        int k = kr_eq(vm, t->items[i], v);
        if (k != 0) {
            return k;
        }
    }
    return 0;
}

static Value tuple_getitem(KrVm *vm, Value self, Value key) {
    Tuple *t = AS_TUPLE(self);
    if (kr_is_intlike(key)) {
        int64_t i;
        if (kr_index(vm, key, &i) < 0) {
            return VAL_EXC;
        }
        if (i < 0) {
            i += t->len;
        }
        if (i < 0 || i >= t->len) {
            return kr_raise(vm, EXC_IndexError, "tuple index out of range");
        }
        return t->items[i];
    }
    if (kr_isa(key, &kr_type_slice)) {
        int64_t start, stop, step, n;
        if (kr_slice_indices(vm, (Slice *)AS_OBJ(key), t->len, &start, &stop, &step, &n) < 0) {
            return VAL_EXC;
        }
        if (step == 1 && n == t->len) {
            return self;
        }
        Tuple *r = kr_tuple_new(vm, n);
        if (!r) {
            return VAL_EXC;
        }
        for (int64_t i = 0, j = start; i < n; i++, j += step) {
            r->items[i] = t->items[j];
        }
        return kr_obj(r);
    }
    return kr_raise(vm, EXC_TypeError, "tuple indices must be integers or slices, not %s",
                    kr_typename(key));
}

static Value tuple_ctor(KrVm *vm, int argc, const Value *argv, Value kw) {
    if (kr_args_no_kw(vm, "tuple", kw) < 0) {
        return VAL_EXC;
    }
    if (argc > 1) {
        return kr_raise(vm, EXC_TypeError, "tuple expected at most 1 argument, got %d", argc);
    }
    if (argc == 0) {
        Tuple *t = kr_tuple_new(vm, 0);
        return t ? kr_obj(t) : VAL_EXC;
    }
    return kr_tuple_from_iterable(vm, argv[0]);
}

// ----- Operators -----

static int repeat_count(KrVm *vm, Value n, int64_t *out) {
    if (IS_BIGINT(n)) {
        kr_raise(vm, EXC_OverflowError, "cannot fit 'int' into an index-sized integer");
        return -1;
    }
    *out = n.u.i;
    return 0;
}

Value kr_tuple_binop(KrVm *vm, int op, Value a, Value b) {
    int base = op & 15;
    if (base == BINOP_ADD) {
        if (!IS_TUPLE(a) || !IS_TUPLE(b)) {
            return vm->notimpl;
        }
        Tuple *x = AS_TUPLE(a), *y = AS_TUPLE(b);
        if (y->len == 0) {
            return a;
        }
        if (x->len == 0) {
            return b;
        }
        Tuple *r = kr_tuple_new(vm, x->len + y->len);
        if (!r) {
            return VAL_EXC;
        }
        memcpy(r->items, x->items, (size_t)x->len * sizeof(Value));
        memcpy(r->items + x->len, y->items, (size_t)y->len * sizeof(Value));
        return kr_obj(r);
    }
    if (base == BINOP_MUL) {
        Value seq = IS_TUPLE(a) ? a : b, nv = IS_TUPLE(a) ? b : a;
        if (!kr_is_intlike(nv)) {
            return vm->notimpl;
        }
        int64_t n;
        if (repeat_count(vm, nv, &n) < 0) {
            return VAL_EXC;
        }
        Tuple *t = AS_TUPLE(seq);
        if (n < 0) {
            n = 0;
        }
        if (t->len == 0 || n == 1) {
            return seq;
        }
        if (n == 0) {
            Tuple *e = kr_tuple_new(vm, 0);
            return e ? kr_obj(e) : VAL_EXC;
        }
        if (t->len > INT64_MAX / n) {
            return kr_raise_nomem(vm);
        }
        int64_t total = t->len * n;
        if (kr_tick(vm, total) < 0) {
            return VAL_EXC;
        }
        Tuple *r = kr_tuple_new(vm, total);
        if (!r) {
            return VAL_EXC;
        }
        for (int64_t i = 0; i < n; i++) {
            memcpy(r->items + i * t->len, t->items, (size_t)t->len * sizeof(Value));
        }
        return kr_obj(r);
    }
    return vm->notimpl;
}

// ----- Methods -----

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

static Value tuple_index(KrVm *vm, int argc, const Value *argv, Value kw) {
    Tuple *t = AS_TUPLE(argv[0]);
    int64_t start = 0, stop = INT64_MAX;
    if (argc > 2 && index_arg(vm, argv[2], &start) < 0) {
        return VAL_EXC;
    }
    if (argc > 3 && index_arg(vm, argv[3], &stop) < 0) {
        return VAL_EXC;
    }
    if (start < 0) {
        start += t->len;
        if (start < 0) {
            start = 0;
        }
    }
    if (stop < 0) {
        stop += t->len;
    }
    for (int64_t i = start; i < stop && i < t->len; i++) {
        int k = kr_tick(vm, 1) < 0 ? -1 : kr_eq(vm, t->items[i], argv[1]);
        if (k < 0) {
            return VAL_EXC;
        }
        if (k) {
            return kr_int(i);
        }
    }
    return kr_raise(vm, EXC_ValueError, "tuple.index(x): x not in tuple");
}

static Value tuple_count(KrVm *vm, int argc, const Value *argv, Value kw) {
    Tuple *t = AS_TUPLE(argv[0]);
    int64_t n = 0;
    for (int64_t i = 0; i < t->len; i++) {
        int k = kr_tick(vm, 1) < 0 ? -1 : kr_eq(vm, t->items[i], argv[1]);
        if (k < 0) {
            return VAL_EXC;
        }
        n += k;
    }
    return kr_int(n);
}

// ----- Iterator -----

static Value tuple_iter(KrVm *vm, Value self) {
    TupleIter *it = kr_gc_alloc(vm, &kr_type_tuple_iter, sizeof(TupleIter));
    if (!it) {
        return VAL_EXC;
    }
    it->t = AS_TUPLE(self);
    return kr_obj(it);
}

static void tupleiter_trace(KrVm *vm, Obj *o) {
    TupleIter *it = (TupleIter *)o;
    if (it->t) {
        kr_gc_mark(vm, &it->t->hdr);
    }
}

static Value tupleiter_iter(KrVm *vm, Value self) { return self; }

static Value tupleiter_next(KrVm *vm, Value self) {
    TupleIter *it = (TupleIter *)AS_OBJ(self);
    if (!it->t) {
        return VAL_UNDEF;
    }
    if (it->index < it->t->len) {
        return it->t->items[it->index++];
    }
    it->t = NULL;
    return VAL_UNDEF;
}

static Value tupleiter_length_hint(KrVm *vm, int argc, const Value *argv, Value kw) {
    TupleIter *it = (TupleIter *)AS_OBJ(argv[0]);
    return kr_int(it->t ? it->t->len - it->index : 0);
}

static const NativeDef tuple_methods[] = {
    NATIVE("index", tuple_index, 1, 3, 0),
    NATIVE("count", tuple_count, 1, 1, 0),
    NATIVE_END,
};

const Type kr_type_tuple = {
    .name = "tuple",
    .id = TY_TUPLE,
    .basic_size = sizeof(Tuple),
    .trace = tuple_trace,
    .free = tuple_free,
    .repr = tuple_repr,
    .hash = tuple_hash,
    .richcmp = tuple_richcmp,
    .iter = tuple_iter,
    .len = tuple_len,
    .getitem = tuple_getitem,
    .contains = tuple_contains,
    .ctor = tuple_ctor,
    .methods = tuple_methods,
    .is_sequence = 1,
};

static const NativeDef tupleiter_methods[] = {
    NATIVE("__length_hint__", tupleiter_length_hint, 0, 0, 0),
    NATIVE_END,
};

const Type kr_type_tuple_iter = {
    .name = "tuple_iterator",
    .id = TY_TUPLE_ITER,
    .basic_size = sizeof(TupleIter),
    .trace = tupleiter_trace,
    .iter = tupleiter_iter,
    .next = tupleiter_next,
    .methods = tupleiter_methods,
};

// ----- Snapshot support (snapshot.c) -----
// The private state of a tuple iterator: v[0] the tuple (VAL_UNDEF once exhausted), n[0] the
// index. With [set], validates and stores it into [o] (-1 + ValueError if impossible).
int kr_tuple_snap(KrVm *vm, Obj *o, Value *v, int64_t *n, bool set);
int kr_tuple_snap(KrVm *vm, Obj *o, Value *v, int64_t *n, bool set) {
    if (o->type != &kr_type_tuple_iter) {
        return -1;
    }
    TupleIter *it = (TupleIter *)o;
    if (!set) {
        v[0] = it->t ? kr_obj(it->t) : VAL_UNDEF;
        n[0] = it->index;
        return 0;
    }
    if (!(IS_UNDEF(v[0]) || IS_TUPLE(v[0])) || n[0] < 0) {
        kr_raise(vm, EXC_ValueError, "snapshot holds an invalid tuple iterator");
        return -1;
    }
    it->t = IS_UNDEF(v[0]) ? NULL : AS_TUPLE(v[0]);
    it->index = n[0];
    return 0;
}
