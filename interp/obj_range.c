// SPDX-License-Identifier: MIT
// interp/obj_range.c: the range type and its iterator.
//
// Bounds are int64 (range() rejects bigger ints with CPython's ssize_t OverflowError). The
// length can still exceed INT64_MAX (range(-2**63, 2**63-1)): Range.len is then -1 and the
// unsigned length is recomputed where needed; len() raises like CPython does for such ranges.
#include <stdio.h>

#include "module.h"

typedef struct RangeIter {
    Obj hdr;
    int64_t next;
    uint64_t step; // added with wrap-around, so a negated INT64_MIN step still works
    uint64_t left;
} RangeIter;

static uint64_t ulen(int64_t start, int64_t stop, int64_t step) {
    if (step > 0) {
        if (start < stop) {
            return ((uint64_t)stop - (uint64_t)start - 1) / (uint64_t)step + 1;
        }
    } else if (start > stop) {
        return ((uint64_t)start - (uint64_t)stop - 1) / (0 - (uint64_t)step) + 1;
    }
    return 0;
}

Value kr_range_new(KrVm *vm, int64_t start, int64_t stop, int64_t step) {
    Range *r = kr_gc_alloc(vm, &kr_type_range, sizeof(Range));
    if (!r) {
        return VAL_EXC;
    }
    r->start = start;
    r->stop = stop;
    r->step = step;
    uint64_t n = ulen(start, stop, step);
    r->len = n > (uint64_t)INT64_MAX ? -1 : (int64_t)n;
    return kr_obj(r);
}

static Range *RG(Value v) { return (Range *)AS_OBJ(v); }
static uint64_t range_ulen(Range *r) { return r->len >= 0 ? (uint64_t)r->len : ulen(r->start, r->stop, r->step); }

static int64_t item_at(Range *r, uint64_t i) {
    return (int64_t)((uint64_t)r->start + i * (uint64_t)r->step);
}

static Value range_ctor(KrVm *vm, int argc, const Value *argv, Value kw) {
    if (kr_args_no_kw(vm, "range", kw) < 0) {
        return VAL_EXC;
    }
    if (argc < 1) {
        return kr_raise(vm, EXC_TypeError, "range expected at least 1 argument, got %d", argc);
    }
    if (argc > 3) {
        return kr_raise(vm, EXC_TypeError, "range expected at most 3 arguments, got %d", argc);
    }
    int64_t v[3] = {0, 0, 1};
    for (int i = 0; i < argc; i++) {
        if (kr_arg_index(vm, argv[i], &v[i]) < 0) {
            return VAL_EXC;
        }
    }
    if (argc == 1) {
        return kr_range_new(vm, 0, v[0], 1);
    }
    if (argc == 3 && v[2] == 0) {
        return kr_raise(vm, EXC_ValueError, "range() arg 3 must not be zero");
    }
    return kr_range_new(vm, v[0], v[1], v[2]);
}

static Value range_repr(KrVm *vm, Value self) {
    Range *r = RG(self);
    char buf[96];
    if (r->step == 1) {
        snprintf(buf, sizeof buf, "range(%lld, %lld)", (long long)r->start, (long long)r->stop);
    } else {
        snprintf(buf, sizeof buf, "range(%lld, %lld, %lld)", (long long)r->start,
                 (long long)r->stop, (long long)r->step);
    }
    return kr_str_from_cstr(vm, buf);
}

static int64_t range_len(KrVm *vm, Value self) {
    Range *r = RG(self);
    if (r->len < 0) {
        kr_raise(vm, EXC_OverflowError, "Python int too large to convert to C ssize_t");
        return -1;
    }
    return r->len;
}

static int range_truthy(KrVm *vm, Value self) { return range_ulen(RG(self)) != 0; }

// 1 if the int [v] is in r (O(1)), 0 if not.
static int contains_int(Range *r, Value v) {
    if (IS_BIGINT(v)) {
        return 0; // bounds are int64
    }
    int64_t x = v.u.i;
    if (r->step > 0) {
        if (!(r->start <= x && x < r->stop)) {
            return 0;
        }
    } else if (!(r->stop < x && x <= r->start)) {
        return 0;
    }
    __int128 d = (__int128)x - r->start;
    return d % r->step == 0;
}

// Generic search for non-int values (CPython's _PySequence_IterSearch): count of equal items,
// or the first index when [first] (-1 if absent). -2 on error.
static int64_t generic_search(KrVm *vm, Range *r, Value v, bool first) {
    uint64_t n = range_ulen(r);
    int64_t count = 0;
    for (uint64_t i = 0; i < n; i++) {
        int eq = kr_eq(vm, kr_int(item_at(r, i)), v);
        if (eq < 0) {
            return -2;
        }
        if (eq) {
            if (first) {
                return (int64_t)i;
            }
            count++;
        }
        if ((i & 255) == 255 && kr_tick(vm, 256) < 0) {
            return -2;
        }
    }
    return first ? -1 : count;
}

static int range_contains(KrVm *vm, Value self, Value v) {
    if (kr_is_intlike(v)) {
        return contains_int(RG(self), v);
    }
    int64_t r = generic_search(vm, RG(self), v, true);
    return r == -2 ? -1 : r >= 0;
}

static Value range_item(KrVm *vm, Range *r, Value key) {
    if (IS_BIGINT(key)) {
        return kr_raise(vm, EXC_IndexError, "range object index out of range");
    }
    int64_t i = key.u.i;
    uint64_t n = range_ulen(r);
    __int128 k = i;
    if (k < 0) {
        k += (__int128)n;
    }
    if (k < 0 || k >= (__int128)n) {
        return kr_raise(vm, EXC_IndexError, "range object index out of range");
    }
    return kr_int(item_at(r, (uint64_t)k));
}

static Value range_getitem(KrVm *vm, Value self, Value key) {
    Range *r = RG(self);
    if (kr_is_intlike(key)) {
        return range_item(vm, r, key);
    }
    if (kr_isa(key, &kr_type_slice)) {
        if (r->len < 0) {
            return kr_raise(vm, EXC_OverflowError, "Python int too large to convert to C ssize_t");
        }
        int64_t a, b, st, n;
        if (kr_slice_indices(vm, (Slice *)AS_OBJ(key), r->len, &a, &b, &st, &n) < 0) {
            return VAL_EXC;
        }
        __int128 na = (__int128)r->start + (__int128)a * r->step;
        __int128 nb = (__int128)r->start + (__int128)b * r->step;
        __int128 ns = (__int128)st * r->step;
        if (na < INT64_MIN || na > INT64_MAX || nb < INT64_MIN || nb > INT64_MAX ||
            ns < INT64_MIN || ns > INT64_MAX) {
            return kr_raise(vm, EXC_OverflowError, "Python int too large to convert to C ssize_t");
        }
        return kr_range_new(vm, (int64_t)na, (int64_t)nb, (int64_t)ns);
    }
    if (IS_OBJ(key) && kr_class_of(vm, key)->type_id < 0) {
        int64_t i;
        if (kr_index(vm, key, &i) == 0) {
            return range_item(vm, r, kr_int(i));
        }
        if (!kr_exc_pending_is(vm, EXC_TypeError)) {
            return VAL_EXC;
        }
        (void)kr_exc_take(vm);
    }
    return kr_raise(vm, EXC_TypeError, "range indices must be integers or slices, not %s",
                    kr_typename(key));
}

static Value range_richcmp(KrVm *vm, Value a, Value b, CmpOp op) {
    if (!kr_isa(a, &kr_type_range) || !kr_isa(b, &kr_type_range) ||
        (op != CMP_EQ && op != CMP_NE)) {
        return vm->notimpl;
    }
    Range *x = RG(a), *y = RG(b);
    uint64_t n = range_ulen(x);
    bool eq;
    if (x == y) {
        eq = true;
    } else if (n != range_ulen(y)) {
        eq = false;
    } else if (n == 0) {
        eq = true;
    } else if (x->start != y->start) {
        eq = false;
    } else if (n == 1) {
        eq = true;
    } else {
        eq = x->step == y->step;
    }
    return kr_bool(op == CMP_EQ ? eq : !eq);
}

static int range_hash(KrVm *vm, Value self, int64_t *out) {
    Range *r = RG(self);
    uint64_t n = range_ulen(r);
    Value t[3];
    t[0] = n > (uint64_t)INT64_MAX ? kr_int_from_u64(vm, n) : kr_int((int64_t)n);
    if (IS_EXC(t[0])) {
        return -1;
    }
    t[1] = n == 0 ? VAL_NONE : kr_int(r->start);
    t[2] = n <= 1 ? VAL_NONE : kr_int(r->step);
    return kr_tuple_hash_items(vm, 3, t, out);
}

// ----- Iteration -----

static Value make_iter(KrVm *vm, int64_t first, uint64_t step, uint64_t n) {
    RangeIter *it = kr_gc_alloc(vm, &kr_type_range_iter, sizeof(RangeIter));
    if (!it) {
        return VAL_EXC;
    }
    it->next = first;
    it->step = step;
    it->left = n;
    return kr_obj(it);
}

static Value range_iter(KrVm *vm, Value self) {
    Range *r = RG(self);
    return make_iter(vm, r->start, (uint64_t)r->step, range_ulen(r));
}

static Value range_reversed(KrVm *vm, int argc, const Value *argv, Value kw) {
    Range *r = RG(argv[0]);
    uint64_t n = range_ulen(r);
    int64_t last = n ? item_at(r, n - 1) : r->start;
    return make_iter(vm, last, 0 - (uint64_t)r->step, n);
}

static Value rangeiter_iter(KrVm *vm, Value self) { return self; }

static Value rangeiter_next(KrVm *vm, Value self) {
    RangeIter *it = (RangeIter *)AS_OBJ(self);
    if (it->left == 0) {
        return VAL_UNDEF;
    }
    int64_t v = it->next;
    it->left--;
    it->next = (int64_t)((uint64_t)it->next + it->step);
    return kr_int(v);
}

static int64_t rangeiter_len(KrVm *vm, Value self) {
    uint64_t n = ((RangeIter *)AS_OBJ(self))->left;
    return n > (uint64_t)INT64_MAX ? INT64_MAX : (int64_t)n;
}

static Value rangeiter_length_hint(KrVm *vm, int argc, const Value *argv, Value kw) {
    return kr_int(rangeiter_len(vm, argv[0]));
}

// ----- Methods -----

static Value range_count(KrVm *vm, int argc, const Value *argv, Value kw) {
    if (kr_is_intlike(argv[1])) {
        return kr_int(contains_int(RG(argv[0]), argv[1]));
    }
    int64_t r = generic_search(vm, RG(argv[0]), argv[1], false);
    return r == -2 ? VAL_EXC : kr_int(r);
}

static Value range_index(KrVm *vm, int argc, const Value *argv, Value kw) {
    Range *r = RG(argv[0]);
    Value v = argv[1];
    if (kr_is_intlike(v)) {
        if (!contains_int(r, v)) {
            return kr_raise(vm, EXC_ValueError, "%R is not in range", v);
        }
        __int128 d = ((__int128)v.u.i - r->start) / r->step;
        return kr_int((int64_t)d);
    }
    int64_t i = generic_search(vm, r, v, true);
    if (i == -2) {
        return VAL_EXC;
    }
    if (i < 0) {
        return kr_raise(vm, EXC_ValueError, "sequence.index(x): x not in sequence");
    }
    return kr_int(i);
}

static Value range_get_start(KrVm *vm, Value self) { return kr_int(RG(self)->start); }
static Value range_get_stop(KrVm *vm, Value self) { return kr_int(RG(self)->stop); }
static Value range_get_step(KrVm *vm, Value self) { return kr_int(RG(self)->step); }

static const NativeDef range_methods[] = {
    NATIVE("count", range_count, 1, 1, 0),
    NATIVE("index", range_index, 1, 1, 0),
    NATIVE("__reversed__", range_reversed, 0, 0, 0),
    NATIVE_END,
};

static const GetSetDef range_getset[] = {
    {"start", range_get_start},
    {"stop", range_get_stop},
    {"step", range_get_step},
    {NULL, NULL},
};

const Type kr_type_range = {
    .name = "range",
    .id = TY_RANGE,
    .basic_size = sizeof(Range),
    .repr = range_repr,
    .hash = range_hash,
    .richcmp = range_richcmp,
    .iter = range_iter,
    .len = range_len,
    .getitem = range_getitem,
    .contains = range_contains,
    .ctor = range_ctor,
    .truthy = range_truthy,
    .methods = range_methods,
    .getset = range_getset,
    .is_sequence = 1,
};

static const NativeDef rangeiter_methods[] = {
    NATIVE("__length_hint__", rangeiter_length_hint, 0, 0, 0),
    NATIVE_END,
};

const Type kr_type_range_iter = {
    .name = "range_iterator",
    .id = TY_RANGE_ITER,
    .basic_size = sizeof(RangeIter),
    .iter = rangeiter_iter,
    .next = rangeiter_next,
    .methods = rangeiter_methods,
};
