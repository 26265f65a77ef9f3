// SPDX-License-Identifier: MIT
// interp/obj_range.c: the range type and its iterator.
//
// Bounds are ints of any size, as in CPython. Every range keeps its start/stop/step/length as
// int Values (Range.v*); when all of them fit in int64 (the common case) the int64 copies in
// Range.start/stop/step/len are valid too and the hot paths (iteration, `in`, indexing) use
// them. Otherwise RANGE_BIG is set and everything is computed with int arithmetic on Values;
// len() then raises CPython's OverflowError only if the length itself exceeds ssize_t.
#include <math.h>
#include <stdio.h>

#include "module.h"

typedef struct RangeIter {
    Obj hdr; // aux 1: long form (Values below), as CPython's longrange_iterator
    int64_t next;
    uint64_t step; // added with wrap-around, so a negated INT64_MIN step still works
    uint64_t left;
    Value bnext, bstep, bleft; // long form
} RangeIter;

static Range *RG(Value v) { return (Range *)AS_OBJ(v); }
static bool is_big(const Range *r) { return (r->hdr.flags & RANGE_BIG) != 0; }

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

// ----- int arithmetic on Values (any size) -----

static Value add(KrVm *vm, Value a, Value b) { return kr_int_binop(vm, BINOP_ADD, a, b); }
static Value sub(KrVm *vm, Value a, Value b) { return kr_int_binop(vm, BINOP_SUB, a, b); }
static Value mul(KrVm *vm, Value a, Value b) { return kr_int_binop(vm, BINOP_MUL, a, b); }

// CPython's compute_range_length.
static Value compute_len(KrVm *vm, Value start, Value stop, Value step) {
    Value lo = start, hi = stop;
    if (kr_int_sign(step) < 0) {
        lo = stop;
        hi = start;
        step = kr_int_neg(vm, step);
        if (IS_EXC(step)) {
            return VAL_EXC;
        }
    }
    if (kr_int_cmp(lo, hi) >= 0) {
        return kr_int(0);
    }
    Value d = sub(vm, hi, lo);
    if (!IS_EXC(d)) {
        d = sub(vm, d, kr_int(1));
    }
    if (!IS_EXC(d)) {
        d = kr_int_binop(vm, BINOP_FLOORDIV, d, step);
    }
    if (!IS_EXC(d)) {
        d = add(vm, d, kr_int(1));
    }
    return d;
}

// start + i * step
static Value compute_item(KrVm *vm, Range *r, Value i) {
    if (!is_big(r) && IS_INT(i)) {
        __int128 x = (__int128)r->start + (__int128)AS_INT(i) * r->step;
        if (x >= INT64_MIN && x <= INT64_MAX) {
            return kr_int((int64_t)x);
        }
    }
    Value p = mul(vm, i, r->vstep);
    return IS_EXC(p) ? p : add(vm, r->vstart, p);
}

Value kr_range_new_values(KrVm *vm, Value start, Value stop, Value step) {
    start = kr_int_normalize(vm, start);
    stop = kr_int_normalize(vm, stop);
    step = kr_int_normalize(vm, step);
    bool small = false;
    uint64_t n = 0;
    Value len;
    if (IS_INT(start) && IS_INT(stop) && IS_INT(step)) {
        n = ulen(AS_INT(start), AS_INT(stop), AS_INT(step));
        small = n <= (uint64_t)INT64_MAX;
    }
    if (small) {
        len = kr_int((int64_t)n);
    } else {
        len = compute_len(vm, start, stop, step);
        if (IS_EXC(len)) {
            return VAL_EXC;
        }
    }
    Range *r = kr_gc_alloc(vm, &kr_type_range, sizeof(Range));
    if (!r) {
        return VAL_EXC;
    }
    r->vstart = start;
    r->vstop = stop;
    r->vstep = step;
    r->vlen = len;
    if (small) {
        r->start = AS_INT(start);
        r->stop = AS_INT(stop);
        r->step = AS_INT(step);
        r->len = (int64_t)n;
    } else {
        r->hdr.flags |= RANGE_BIG;
    }
    return kr_obj(r);
}

Value kr_range_new(KrVm *vm, int64_t start, int64_t stop, int64_t step) {
    return kr_range_new_values(vm, kr_int(start), kr_int(stop), kr_int(step));
}

static void range_trace(KrVm *vm, Obj *o) {
    Range *r = (Range *)o;
    kr_gc_mark_value(vm, r->vstart);
    kr_gc_mark_value(vm, r->vstop);
    kr_gc_mark_value(vm, r->vstep);
    kr_gc_mark_value(vm, r->vlen);
}

// PyNumber_Index: an int Value (bools become ints) from an int or an object with __index__.
// VAL_UNDEF without an exception when [v] has no __index__.
static Value index_opt(KrVm *vm, Value v) {
    if (kr_is_intlike(v)) {
        return kr_int_normalize(vm, v);
    }
    if (!IS_OBJ(v)) {
        return VAL_UNDEF;
    }
    TypeObj *cls = kr_class_of(vm, v);
    if (!cls) {
        return VAL_UNDEF;
    }
    Value name = kr_str_intern(vm, "__index__", 9);
    if (IS_EXC(name)) {
        return VAL_EXC;
    }
    Value f = kr_class_getattr(vm, cls, name);
    if (IS_EXC(f) || IS_UNDEF(f)) {
        return f;
    }
    Value res = kr_call(vm, f, 1, &v, VAL_UNDEF);
    if (IS_EXC(res)) {
        return VAL_EXC;
    }
    if (!kr_is_intlike(res)) {
        return kr_raise(vm, EXC_TypeError, "__index__ returned non-int (type %T)", res);
    }
    return kr_int_normalize(vm, res);
}

static Value index_value(KrVm *vm, Value v) {
    Value r = index_opt(vm, v);
    if (IS_UNDEF(r)) {
        return kr_raise(vm, EXC_TypeError, "'%T' object cannot be interpreted as an integer", v);
    }
    return r;
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
    Value v[3] = {kr_int(0), kr_int(0), kr_int(1)};
    for (int i = 0; i < argc; i++) {
        v[i] = index_value(vm, argv[i]);
        if (IS_EXC(v[i])) {
            return VAL_EXC;
        }
    }
    if (argc == 1) {
        return kr_range_new_values(vm, kr_int(0), v[0], kr_int(1));
    }
    if (argc == 3 && kr_int_sign(v[2]) == 0) {
        return kr_raise(vm, EXC_ValueError, "range() arg 3 must not be zero");
    }
    return kr_range_new_values(vm, v[0], v[1], v[2]);
}

static Value range_repr(KrVm *vm, Value self) {
    Range *r = RG(self);
    Value parts[3] = {r->vstart, r->vstop, r->vstep};
    int n = kr_int_cmp(r->vstep, kr_int(1)) == 0 ? 2 : 3;
    StrBuf sb;
    kr_sb_init(&sb, vm);
    if (kr_sb_adds(&sb, "range(") < 0) {
        goto fail;
    }
    for (int i = 0; i < n; i++) {
        Value s = kr_int_repr(vm, parts[i]);
        if (IS_EXC(s) || (i && kr_sb_adds(&sb, ", ") < 0) || kr_sb_add_str(&sb, s) < 0) {
            goto fail;
        }
    }
    if (kr_sb_addc(&sb, ')') < 0) {
        goto fail;
    }
    return kr_sb_to_str(&sb);
fail:
    kr_sb_free(&sb);
    return VAL_EXC;
}

static int64_t range_len(KrVm *vm, Value self) {
    Range *r = RG(self);
    if (!IS_INT(r->vlen)) {
        kr_raise(vm, EXC_OverflowError, "Python int too large to convert to C ssize_t");
        return -1;
    }
    return AS_INT(r->vlen);
}

static int range_truthy(KrVm *vm, Value self) { return kr_int_sign(RG(self)->vlen) != 0; }

// CPython's range_contains_long: 1 if the int [v] is in r (O(1)), 0 if not, -1 on error.
static int contains_int(KrVm *vm, Range *r, Value v) {
    v = kr_int_normalize(vm, v);
    if (!is_big(r) && IS_INT(v)) {
        int64_t x = AS_INT(v);
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
    if (kr_int_sign(r->vstep) > 0) {
        if (!(kr_int_cmp(r->vstart, v) <= 0 && kr_int_cmp(v, r->vstop) < 0)) {
            return 0;
        }
    } else if (!(kr_int_cmp(r->vstop, v) < 0 && kr_int_cmp(v, r->vstart) <= 0)) {
        return 0;
    }
    Value d = sub(vm, v, r->vstart);
    if (!IS_EXC(d)) {
        d = kr_int_binop(vm, BINOP_MOD, d, r->vstep);
    }
    return IS_EXC(d) ? -1 : kr_int_sign(d) == 0;
}

// Generic search for non-int values (CPython's _PySequence_IterSearch): the count of equal
// items, or the first index when [first] (VAL_UNDEF if absent). VAL_EXC on error.
static Value generic_search(KrVm *vm, Range *r, Value v, bool first) {
    // Shortcuts with the same answer as the walk (which could take ages on a huge range): a
    // float equals an item only if it is integral and that int is in the range; built-in
    // non-numeric values never equal an int.
    if (IS_FLOAT(v)) {
        double d = AS_FLOAT(v);
        if (!isfinite(d) || floor(d) != d) {
            return first ? VAL_UNDEF : kr_int(0);
        }
        Value iv = kr_int_from_double(vm, d);
        int c = IS_EXC(iv) ? -1 : contains_int(vm, r, iv);
        if (c <= 0) {
            return c < 0 ? VAL_EXC : first ? VAL_UNDEF : kr_int(0);
        }
        if (!first) {
            return kr_int(1);
        }
        Value k = sub(vm, iv, r->vstart);
        return IS_EXC(k) ? k : kr_int_binop(vm, BINOP_FLOORDIV, k, r->vstep);
    }
    if (IS_NONE(v) || IS_STR(v) || IS_BYTES(v) || IS_LIST(v) || IS_TUPLE(v) || IS_DICT(v) ||
        kr_is_set(v) || kr_isa(v, &kr_type_range)) {
        return first ? VAL_UNDEF : kr_int(0);
    }
    if (!is_big(r)) {
        uint64_t n = (uint64_t)r->len;
        int64_t count = 0;
        for (uint64_t i = 0; i < n; i++) {
            int64_t item = (int64_t)((uint64_t)r->start + i * (uint64_t)r->step);
            int eq = kr_eq(vm, kr_int(item), v);
            if (eq < 0) {
                return VAL_EXC;
            }
            if (eq) {
                if (first) {
                    return kr_int((int64_t)i);
                }
                count++;
            }
            if ((i & 255) == 255 && kr_tick(vm, 256) < 0) {
                return VAL_EXC;
            }
        }
        return first ? VAL_UNDEF : kr_int(count);
    }
    // Long form: walk with Values (charged one unit per item). Only the current values stay
    // pinned, so a long walk does not accumulate temporaries on the root stack.
    Value item = r->vstart, i = kr_int(0), count = kr_int(0);
    size_t mark = kr_scope_open(vm);
    while (kr_int_cmp(i, r->vlen) < 0) {
        kr_scope_close(vm, mark);
        if (kr_scope_hold(vm, item) < 0 || kr_scope_hold(vm, i) < 0 ||
            kr_scope_hold(vm, count) < 0 || kr_tick(vm, 1) < 0) {
            return VAL_EXC;
        }
        int eq = kr_eq(vm, item, v);
        if (eq < 0) {
            return VAL_EXC;
        }
        if (eq) {
            if (first) {
                return i;
            }
            count = add(vm, count, kr_int(1));
            if (IS_EXC(count)) {
                return VAL_EXC;
            }
        }
        item = add(vm, item, r->vstep);
        i = add(vm, i, kr_int(1));
        if (IS_EXC(item) || IS_EXC(i)) {
            return VAL_EXC;
        }
    }
    return first ? VAL_UNDEF : count;
}

static int range_contains(KrVm *vm, Value self, Value v) {
    if (kr_is_intlike(v)) {
        return contains_int(vm, RG(self), v);
    }
    Value r = generic_search(vm, RG(self), v, true);
    return IS_EXC(r) ? -1 : !IS_UNDEF(r);
}

// r[i] for an int [i] (any size).
static Value range_item(KrVm *vm, Range *r, Value i) {
    if (!is_big(r) && IS_INT(i)) {
        int64_t k = AS_INT(i);
        if (k < 0) {
            k += r->len; // no overflow: len >= 0
        }
        if (k < 0 || k >= r->len) {
            return kr_raise(vm, EXC_IndexError, "range object index out of range");
        }
        return kr_int((int64_t)((uint64_t)r->start + (uint64_t)k * (uint64_t)r->step));
    }
    if (kr_int_sign(i) < 0) {
        i = add(vm, i, r->vlen);
        if (IS_EXC(i)) {
            return VAL_EXC;
        }
    }
    if (kr_int_sign(i) < 0 || kr_int_cmp(i, r->vlen) >= 0) {
        return kr_raise(vm, EXC_IndexError, "range object index out of range");
    }
    return compute_item(vm, r, i);
}

// evaluate_slice_index: a slice member as an int Value.
static Value slice_member(KrVm *vm, Value v) {
    Value r = index_opt(vm, v);
    if (IS_UNDEF(r)) {
        return kr_raise(vm, EXC_TypeError,
                        "slice indices must be integers or None or have an __index__ method");
    }
    return r;
}

// One bound of CPython's _PySlice_GetLongIndices.
static Value slice_bound(KrVm *vm, Value v, Value len, Value lower, Value upper) {
    Value x = slice_member(vm, v);
    if (IS_EXC(x)) {
        return VAL_EXC;
    }
    if (kr_int_sign(x) < 0) {
        x = add(vm, x, len);
        if (IS_EXC(x)) {
            return VAL_EXC;
        }
        if (kr_int_cmp(x, lower) < 0) {
            x = lower;
        }
    } else if (kr_int_cmp(x, upper) > 0) {
        x = upper;
    }
    return x;
}

// CPython's compute_slice over _PySlice_GetLongIndices (lengths of any size).
static Value range_slice(KrVm *vm, Range *r, Slice *s) {
    Value step = kr_int(1);
    if (!IS_NONE(s->step)) {
        step = slice_member(vm, s->step);
        if (IS_EXC(step)) {
            return VAL_EXC;
        }
        if (kr_int_sign(step) == 0) {
            return kr_raise(vm, EXC_ValueError, "slice step cannot be zero");
        }
    }
    bool neg = kr_int_sign(step) < 0;
    Value lower = kr_int(neg ? -1 : 0);
    Value upper = neg ? sub(vm, r->vlen, kr_int(1)) : r->vlen;
    if (IS_EXC(upper)) {
        return VAL_EXC;
    }
    Value start = neg ? upper : lower, stop = neg ? lower : upper;
    if (!IS_NONE(s->start)) {
        start = slice_bound(vm, s->start, r->vlen, lower, upper);
        if (IS_EXC(start)) {
            return VAL_EXC;
        }
    }
    if (!IS_NONE(s->stop)) {
        stop = slice_bound(vm, s->stop, r->vlen, lower, upper);
        if (IS_EXC(stop)) {
            return VAL_EXC;
        }
    }
    Value nstep = mul(vm, step, r->vstep);
    if (IS_EXC(nstep)) {
        return VAL_EXC;
    }
    Value nstart = compute_item(vm, r, start);
    if (IS_EXC(nstart)) {
        return VAL_EXC;
    }
    Value nstop = compute_item(vm, r, stop);
    if (IS_EXC(nstop)) {
        return VAL_EXC;
    }
    return kr_range_new_values(vm, nstart, nstop, nstep);
}

static Value range_getitem(KrVm *vm, Value self, Value key) {
    Range *r = RG(self);
    if (kr_is_intlike(key)) {
        return range_item(vm, r, kr_int_normalize(vm, key));
    }
    if (kr_isa(key, &kr_type_slice)) {
        return range_slice(vm, r, (Slice *)AS_OBJ(key));
    }
    Value i = index_opt(vm, key);
    if (IS_EXC(i)) {
        return VAL_EXC;
    }
    if (!IS_UNDEF(i)) {
        return range_item(vm, r, i);
    }
    return kr_raise(vm, EXC_TypeError, "range indices must be integers or slices, not %s",
                    kr_typename(key));
}

// CPython's range_equals: same length, then same start (if non-empty), then same step (if
// more than one item).
static Value range_richcmp(KrVm *vm, Value a, Value b, CmpOp op) {
    if (!kr_isa(a, &kr_type_range) || !kr_isa(b, &kr_type_range) ||
        (op != CMP_EQ && op != CMP_NE)) {
        return vm->notimpl;
    }
    Range *x = RG(a), *y = RG(b);
    bool eq;
    if (x == y) {
        eq = true;
    } else if (kr_int_cmp(x->vlen, y->vlen) != 0) {
        eq = false;
    } else if (kr_int_sign(x->vlen) == 0) {
        eq = true;
    } else if (kr_int_cmp(x->vstart, y->vstart) != 0) {
        eq = false;
    } else if (kr_int_cmp(x->vlen, kr_int(1)) == 0) {
        eq = true;
    } else {
        eq = kr_int_cmp(x->vstep, y->vstep) == 0;
    }
    return kr_bool(op == CMP_EQ ? eq : !eq);
}

// hash((len, start or None, step or None)), as CPython's range_hash.
static int range_hash(KrVm *vm, Value self, int64_t *out) {
    Range *r = RG(self);
    Value t[3];
    t[0] = r->vlen;
    t[1] = kr_int_sign(r->vlen) == 0 ? VAL_NONE : r->vstart;
    t[2] = kr_int_cmp(r->vlen, kr_int(1)) <= 0 ? VAL_NONE : r->vstep;
    return kr_tuple_hash_items(vm, 3, t, out);
}

// ----- Iteration -----

static void rangeiter_trace(KrVm *vm, Obj *o) {
    RangeIter *it = (RangeIter *)o;
    kr_gc_mark_value(vm, it->bnext);
    kr_gc_mark_value(vm, it->bstep);
    kr_gc_mark_value(vm, it->bleft);
}

static RangeIter *new_iter(KrVm *vm) {
    RangeIter *it = kr_gc_alloc(vm, &kr_type_range_iter, sizeof(RangeIter));
    if (it) {
        it->bnext = it->bstep = it->bleft = VAL_NONE;
    }
    return it;
}

static Value make_iter(KrVm *vm, int64_t first, uint64_t step, uint64_t n) {
    RangeIter *it = new_iter(vm);
    if (!it) {
        return VAL_EXC;
    }
    it->next = first;
    it->step = step;
    it->left = n;
    return kr_obj(it);
}

static Value make_long_iter(KrVm *vm, Value first, Value step, Value n) {
    RangeIter *it = new_iter(vm);
    if (!it) {
        return VAL_EXC;
    }
    it->hdr.aux = 1;
    it->bnext = first;
    it->bstep = step;
    it->bleft = n;
    return kr_obj(it);
}

static Value range_iter(KrVm *vm, Value self) {
    Range *r = RG(self);
    if (!is_big(r)) {
        return make_iter(vm, r->start, (uint64_t)r->step, (uint64_t)r->len);
    }
    return make_long_iter(vm, r->vstart, r->vstep, r->vlen);
}

static Value range_reversed(KrVm *vm, int argc, const Value *argv, Value kw) {
    Range *r = RG(argv[0]);
    if (!is_big(r)) {
        uint64_t n = (uint64_t)r->len;
        int64_t last = n ? (int64_t)((uint64_t)r->start + (n - 1) * (uint64_t)r->step) : r->start;
        return make_iter(vm, last, 0 - (uint64_t)r->step, n);
    }
    // start + (len - 1) * step, walking by -step.
    Value last = sub(vm, r->vlen, kr_int(1));
    if (!IS_EXC(last)) {
        last = compute_item(vm, r, last);
    }
    Value step = IS_EXC(last) ? VAL_EXC : kr_int_neg(vm, r->vstep);
    if (IS_EXC(step)) {
        return VAL_EXC;
    }
    return make_long_iter(vm, last, step, r->vlen);
}

static Value rangeiter_iter(KrVm *vm, Value self) { return self; }

static Value rangeiter_next(KrVm *vm, Value self) {
    RangeIter *it = (RangeIter *)AS_OBJ(self);
    if (it->hdr.aux) {
        if (kr_int_sign(it->bleft) <= 0) {
            return VAL_UNDEF;
        }
        Value v = it->bnext;
        Value next = add(vm, v, it->bstep);
        if (IS_EXC(next)) {
            return VAL_EXC;
        }
        Value left = sub(vm, it->bleft, kr_int(1));
        if (IS_EXC(left)) {
            return VAL_EXC;
        }
        it->bnext = next;
        it->bleft = left;
        return v;
    }
    if (it->left == 0) {
        return VAL_UNDEF;
    }
    int64_t v = it->next;
    it->left--;
    it->next = (int64_t)((uint64_t)it->next + it->step);
    return kr_int(v);
}

static Value rangeiter_length_hint(KrVm *vm, int argc, const Value *argv, Value kw) {
    RangeIter *it = (RangeIter *)AS_OBJ(argv[0]);
    if (it->hdr.aux) {
        return it->bleft;
    }
    return kr_int(it->left > (uint64_t)INT64_MAX ? INT64_MAX : (int64_t)it->left);
}

// ----- Methods -----

static Value range_count(KrVm *vm, int argc, const Value *argv, Value kw) {
    if (kr_is_intlike(argv[1])) {
        int c = contains_int(vm, RG(argv[0]), argv[1]);
        return c < 0 ? VAL_EXC : kr_int(c);
    }
    return generic_search(vm, RG(argv[0]), argv[1], false);
}

static Value range_index(KrVm *vm, int argc, const Value *argv, Value kw) {
    Range *r = RG(argv[0]);
    Value v = argv[1];
    if (kr_is_intlike(v)) {
        int c = contains_int(vm, r, v);
        if (c < 0) {
            return VAL_EXC;
        }
        if (!c) {
            return kr_raise(vm, EXC_ValueError, "%R is not in range", v);
        }
        Value d = sub(vm, kr_int_normalize(vm, v), r->vstart);
        return IS_EXC(d) ? d : kr_int_binop(vm, BINOP_FLOORDIV, d, r->vstep);
    }
    Value i = generic_search(vm, r, v, true);
    if (IS_UNDEF(i)) {
        return kr_raise(vm, EXC_ValueError, "sequence.index(x): x not in sequence");
    }
    return i;
}

static Value range_get_start(KrVm *vm, Value self) { return RG(self)->vstart; }
static Value range_get_stop(KrVm *vm, Value self) { return RG(self)->vstop; }
static Value range_get_step(KrVm *vm, Value self) { return RG(self)->vstep; }

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
    .trace = range_trace,
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
    .trace = rangeiter_trace,
    .iter = rangeiter_iter,
    .next = rangeiter_next,
    .methods = rangeiter_methods,
};

// ----- Snapshot support (snapshot.c) -----
// The private state of a range iterator: n[0] 1 for the long form, n[1..3] next/step/left of
// the fast form, v[0..2] next/step/left of the long form (ints). With [set], validates and
// stores it into [o] (-1 + ValueError if impossible).
int kr_range_snap(KrVm *vm, Obj *o, Value *v, int64_t *n, bool set);
int kr_range_snap(KrVm *vm, Obj *o, Value *v, int64_t *n, bool set) {
    if (o->type != &kr_type_range_iter) {
        return -1;
    }
    RangeIter *it = (RangeIter *)o;
    if (!set) {
        n[0] = it->hdr.aux ? 1 : 0;
        n[1] = it->next;
        n[2] = (int64_t)it->step;
        n[3] = (int64_t)it->left;
        v[0] = it->hdr.aux ? it->bnext : VAL_UNDEF;
        v[1] = it->hdr.aux ? it->bstep : VAL_UNDEF;
        v[2] = it->hdr.aux ? it->bleft : VAL_UNDEF;
        return 0;
    }
    if (n[0] != 0 && n[0] != 1) {
        kr_raise(vm, EXC_ValueError, "snapshot holds an invalid range iterator");
        return -1;
    }
    if (n[0] == 1) {
        for (int i = 0; i < 3; i++) {
            if (!kr_is_int(v[i])) {
                kr_raise(vm, EXC_ValueError, "snapshot holds an invalid range iterator");
                return -1;
            }
        }
        it->bnext = v[0];
        it->bstep = v[1];
        it->bleft = v[2];
    } else {
        it->bnext = it->bstep = it->bleft = VAL_UNDEF;
    }
    it->hdr.aux = (uint32_t)n[0];
    it->next = n[1];
    it->step = (uint64_t)n[2];
    it->left = (uint64_t)n[3];
    return 0;
}
